/**
 * Validating PQRSD records: `parsePqrsdRecord` (screen + zod + Spanish issues) against the naive
 * alternatives measured side by side in one run: the bare zod schema (`safeParse`, no screen, English
 * messages) and an independent JSON Schema validator (ajv, compiled from schema.json, fewer rules).
 * Run with `npx tsx bench/schema.bench.ts`.
 *
 * Cases: a complete valid record; a record with five bad fields; and a hostile record whose description
 * is 1,000,000 characters long (the screen rejects it without running the schema).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { Bench } from 'tinybench';
import { PqrsdRecordSchema, parsePqrsdRecord } from '../src/schema/index.js';
import { withChange } from '../test/schema/fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strictRequired: false }).compile(schema);

const good = withChange(() => {});
const bad = withChange((r) => {
  r.type = 'tutela';
  r.receivedAt = '2026-02-30';
  r.petitioner.document.number = '12';
  r.petitioner.contact.email = 'sin arroba';
  r.satisfaction.score = 9;
});
const hostile = withChange((r) => (r.description = 'a'.repeat(1_000_000)));

// Sanity: every contender sees what the others see (where its rules allow).
if (!parsePqrsdRecord(good).ok || !validate(good) || !PqrsdRecordSchema.safeParse(good).success) {
  throw new Error('el registro válido no pasa en todos los validadores');
}
if (parsePqrsdRecord(bad).ok || validate(bad) || parsePqrsdRecord(hostile).ok) {
  throw new Error('un registro inválido pasa');
}

const bench = new Bench({ time: 500, warmupTime: 100 });
const cases = { válido: good, inválido: bad, hostil: hostile } as const;
for (const [name, input] of Object.entries(cases)) {
  bench
    .add(`${name}: parsePqrsdRecord`, () => {
      parsePqrsdRecord(input);
    })
    .add(`${name}: zod safeParse (sin filtro)`, () => {
      PqrsdRecordSchema.safeParse(input);
    })
    .add(`${name}: ajv (schema.json)`, () => {
      validate(input);
    });
}
await bench.run();

const rows = bench.tasks.map((t) => {
  const r = t.result as { latency?: { mean?: number }; throughput?: { mean?: number } } | undefined;
  const mean = r?.latency?.mean ?? Number.NaN; // ms
  return {
    tarea: t.name,
    'µs/registro': Number((mean * 1000).toFixed(2)),
    'registros/s': Math.round(1000 / mean),
  };
});
console.table(rows);

for (const name of Object.keys(cases)) {
  const get = (suffix: string) =>
    rows.find((r) => r.tarea === `${name}: ${suffix}`)?.['µs/registro'] ?? Number.NaN;
  const ours = get('parsePqrsdRecord');
  console.log(
    `${name}: parsePqrsdRecord = ${(ours / get('zod safeParse (sin filtro)')).toFixed(2)}× zod solo, ${(ours / get('ajv (schema.json)')).toFixed(2)}× ajv`,
  );
}
