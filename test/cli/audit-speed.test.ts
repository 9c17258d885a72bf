// The audit's speed-ups (memoised engine work per distinct input, closure-free row building, boxed
// tallies in the aggregator) must never change a result: every row gets exactly the status the engine
// gives it alone, and every count is the same whatever the cap on listed items.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, type IsoDate } from '../../src/calendar/index.js';
import { type AuditedRow, engineHash, Memo, runAudit, sameEngineInput } from '../../src/cli/audit.js';
import { resolveHeader } from '../../src/cli/mapping.js';
import { buildRecord } from '../../src/cli/record.js';
import { requestStatus } from '../../src/deadlines/index.js';
import { REQUEST_TYPES } from '../../src/domain.js';
import { createAggregator } from '../../src/indicators/index.js';
import type { PqrsdRecord } from '../../src/schema/index.js';
import { ROOT } from './helpers.js';

const AS_OF = '2026-11-27' as IsoDate;
const EXAMPLE = readFileSync(`${ROOT}/examples/registro-pqrsd.csv`, 'utf8');

async function audit(text: string, options: { maxListed?: number; rows?: AuditedRow[] } = {}) {
  const rows = options.rows;
  return runAudit(
    {
      format: 'csv',
      name: 'registro.csv',
      chunks: (async function* () {
        yield text;
      })(),
    },
    {
      asOf: AS_OF,
      ...(options.maxListed === undefined ? {} : { maxListed: options.maxListed }),
      ...(rows === undefined ? {} : { onRow: (r: AuditedRow) => rows.push(r) }),
    },
  );
}

/** The example's rows twice over, the copies with fresh radicados: every engine input repeats. */
function repeated(times: number): string {
  const [header, ...body] = EXAMPLE.split('\r\n').filter((l) => l !== '');
  const out = [header];
  for (let k = 0; k < times; k++) {
    for (const line of body) out.push(`K${k}-${line.slice(line.indexOf(','))}`);
  }
  return `${out.join('\r\n')}\r\n`;
}

describe('the memoised audit', () => {
  it('gives every row of a repeated registry the status the engine computes for it alone', async () => {
    const rows: AuditedRow[] = [];
    const report = await audit(repeated(2), { rows });
    expect(rows.length).toBe(2 * 3008);
    let checked = 0;
    for (const r of rows) {
      if (!r.valid || r.record === undefined) continue;
      const alone = requestStatus(r.record, AS_OF);
      expect(JSON.stringify(r.status)).toBe(JSON.stringify(alone));
      checked++;
    }
    expect(checked).toBe(report.rows.valid);
    expect(checked).toBeGreaterThan(5990);
  });

  it('counts the same disagreements, causes and states whatever the cap on listed items', async () => {
    const text = repeated(2);
    const wide = await audit(text, { maxListed: 100_000 });
    const narrow = await audit(text, { maxListed: 1 });
    expect(narrow.disagreements.items.length).toBe(1);
    expect(wide.disagreements.items.length).toBe(wide.disagreements.count);
    for (const field of ['compared', 'count', 'late', 'byCause', 'bySeccional'] as const) {
      expect(narrow.disagreements[field]).toEqual(wide.disagreements[field]);
    }
    expect(narrow.states).toEqual(wide.states);
    expect(narrow.indicators).toEqual(wide.indicators);
    // Twice the example: every count of the comparison doubles.
    const once = await audit(EXAMPLE);
    expect(wide.disagreements.compared).toBe(2 * once.disagreements.compared);
    expect(wide.disagreements.count).toBe(2 * once.disagreements.count);
  });

  it('stays exact when there are more distinct inputs than the memo holds (evictions)', async () => {
    // 9,900 distinct engine inputs (3 types × 3,300 receipt dates), audited twice, the second time in
    // reverse order: the last ones are found in the memo, the middle ones in its older generation
    // (and promoted), the first ones were evicted and are computed again.
    const n = 9900;
    const types = ['peticion', 'queja', 'consulta'];
    const line = (pass: number, i: number) => {
      const received = addCalendarDays('2015-01-02', Math.floor(i / 3));
      const answered = i % 4 === 0 ? '' : addCalendarDays(received, 5 + (i % 40));
      const entity = addCalendarDays(received, 14 + (i % 4));
      return `R${pass}-${i},${types[i % 3]},${received},web,x,${answered},${entity}`;
    };
    const lines = ['radicado,tipo,fecha_radicacion,canal,asunto,fecha_respuesta,fecha_vencimiento'];
    for (let i = 0; i < n; i++) lines.push(line(0, i));
    for (let i = n - 1; i >= 0; i--) lines.push(line(1, i));
    const rows: AuditedRow[] = [];
    const report = await audit(`${lines.join('\n')}\n`, { rows });
    expect(report.rows).toEqual({
      total: 2 * n,
      valid: 2 * n,
      invalid: 0,
      warned: 0,
      warnings: 0,
      outOfScope: 0,
    });
    for (let i = 0; i < n; i += 7) {
      const first = rows[i] as AuditedRow;
      const second = rows[2 * n - 1 - i] as AuditedRow;
      expect(second.radicado).toBe(`R1-${i}`);
      expect(JSON.stringify(second.status)).toBe(JSON.stringify(first.status));
      expect(second.disagreement?.cause).toBe(first.disagreement?.cause);
      expect(JSON.stringify(second.status)).toBe(
        JSON.stringify(requestStatus(second.record as NonNullable<AuditedRow['record']>, AS_OF)),
      );
    }
  });

  it('rejects a row the engine refuses every time it appears (errors are not memoised)', async () => {
    const text =
      'radicado,tipo,fecha_radicacion,canal,asunto\nA,peticion,2027-01-04,web,x\nB,peticion,2027-01-04,web,x\n';
    const report = await audit(text);
    expect(report.rows).toEqual({ total: 2, valid: 0, invalid: 2, warned: 0, warnings: 0, outOfScope: 0 });
    expect(report.invalidRows.map((r) => r.radicado)).toEqual(['A', 'B']);
    expect(report.invalidRows[1]?.reasons[0]).toMatch(/^motor de términos: /);
  });
});

describe('the memo policy', () => {
  const input = (i: number) =>
    ({
      type: REQUEST_TYPES[Math.floor(i / 40_000)],
      receivedAt: addCalendarDays('1990-01-02', i % 40_000),
      channel: 'escrito',
    }) as unknown as PqrsdRecord;
  // Looks `keys` up in order, storing each miss; returns the rows answered from the memo.
  function run(memo: Memo<number>, keys: readonly number[]): number {
    let hits = 0;
    for (const k of keys) {
      if (!memo.active()) continue;
      const r = input(k);
      const h = engineHash(r);
      const v = memo.get(r, h);
      if (v === undefined) memo.set(r, h, k);
      else {
        expect(v).toBe(k);
        hits++;
      }
    }
    return hits;
  }

  it('stays on, and exact, for a registry that repeats the same few thousand requests', () => {
    // A cycle of 3,000 inputs (the example's size): larger than the small memo, within the large one.
    const keys = Array.from({ length: 60_000 }, (_, i) => i % 3000);
    const memo = new Memo<number>();
    expect(run(memo, keys)).toBeGreaterThan(45_000);
    expect(memo.active()).toBe(true);
  });

  it('pauses itself when under 90 % of the lookups hit (entries churn: the collector pays)', () => {
    // Half the rows repeat the previous input, half are new.
    const keys = Array.from({ length: 60_000 }, (_, i) => Math.floor(i / 2));
    const memo = new Memo<number>();
    const hits = run(memo, keys);
    expect(hits).toBeLessThan(10_000);
    let paused = 0;
    for (let i = 0; i < 1000; i++) if (!memo.active()) paused++;
    expect(paused).toBe(1000);
  });

  it('stays exact with cold inputs among hot ones (evictions while it stays on)', () => {
    // 96 % of lookups from 400 hot inputs, 4 % new cold ones: it stays on, and the cold ones fill
    // and rotate its generations many times over.
    const keys: number[] = [];
    for (let i = 0; i < 200_000; i++) keys.push(i % 25 === 0 ? 1_000 + i : i % 400);
    const memo = new Memo<number>();
    expect(run(memo, keys)).toBeGreaterThan(170_000);
    expect(memo.active()).toBe(true);
  });
});

describe('buildRecord without closures', () => {
  const names = ['radicado', 'tipo', 'fecha_radicacion', 'canal', 'seccional', 'asunto', 'fecha_respuesta'];
  const header = resolveHeader(names);
  const clean = ['R-1', 'peticion', '2026-11-03', 'web', 'Bogotá', 'Copia', '2026-11-20'];

  it('trims every blank String.prototype.trim trims, and only those', () => {
    const blanks = [' ', '\t', '\u00a0', '\u2003', '\ufeff', '\u3000'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...blanks, ''), fc.constantFrom(...blanks, '')), {
          minLength: clean.length,
          maxLength: clean.length,
        }),
        (pads) => {
          const padded = clean.map((v, i) => `${pads[i]?.[0]}${v}${pads[i]?.[1]}`);
          // The same record, problems and warnings (the cells themselves are kept as read).
          const { fields: _padded, ...a } = buildRecord(padded, header);
          const { fields: _clean, ...b } = buildRecord(clean, header);
          expect(a).toEqual(b);
        },
      ),
    );
    expect(buildRecord(clean, header).input).toMatchObject({ seccional: 'Bogotá', subject: 'Copia' });
  });

  it('reads a short row as empty cells', () => {
    const b = buildRecord(['R-1', 'queja'], header);
    // An empty channel cell: the channel «otro», with a warning (the row is not rejected for it).
    expect(b.input).toMatchObject({ radicado: 'R-1', type: 'queja', receivedAt: '', channel: 'otro' });
    expect(b.warnings).toEqual(['canal: celda vacía; se registra «otro»']);
    expect(b.input.seccional).toBeUndefined();
    expect(b.input.events).toBeUndefined();
  });
});

describe('the aggregator tallies', () => {
  it('keep a group value named «__proto__» as an ordinary key', () => {
    const agg = createAggregator({ asOf: AS_OF });
    const status = requestStatus({ type: 'peticion', receivedAt: '2026-11-03' }, AS_OF);
    agg.add({ type: 'peticion', dependencia: '__proto__', status });
    agg.add({ type: 'peticion', dependencia: 'Jurídica', status });
    const byDependencia = agg.result().groups[0]?.byDependencia as Record<string, number>;
    expect(Object.keys(byDependencia)).toEqual(['Jurídica', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(byDependencia, '__proto__')?.value).toBe(1);
    expect(Object.getPrototypeOf(byDependencia)).toBe(Object.prototype);
  });
});

describe('the memo key of an engine input', () => {
  it('tells apart two events of any type of the schema that differ in any one field', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}/schema.json`, 'utf8'));
    const variants: { properties: Record<string, { const?: string; enum?: string[]; type?: string }> }[] =
      schema.properties.events.items.oneOf;
    let compared = 0;
    for (const v of variants) {
      const types =
        v.properties.type?.const === undefined ? (v.properties.type?.enum ?? []) : [v.properties.type.const];
      expect(types.length).toBeGreaterThan(0);
      for (const type of types) {
        const event: Record<string, unknown> = { type };
        for (const [k, p] of Object.entries(v.properties)) {
          if (k === 'type') continue;
          event[k] =
            p.type === 'integer' || p.type === 'number' ? 5 : p.type === 'boolean' ? true : '2026-10-05';
        }
        const record = (e: Record<string, unknown>) =>
          ({ type: 'peticion', receivedAt: '2026-10-01', events: [e] }) as unknown as PqrsdRecord;
        expect(sameEngineInput(record(event), record({ ...event }))).toBe(true);
        expect(engineHash(record(event))).toBe(engineHash(record({ ...event })));
        for (const k of Object.keys(event)) {
          if (k === 'type') continue;
          const value = event[k];
          const changed = {
            ...event,
            [k]: typeof value === 'number' ? 6 : typeof value === 'boolean' ? !value : '2026-10-06',
          };
          expect(sameEngineInput(record(event), record(changed)), `${type}.${k}`).toBe(false);
          expect(engineHash(record(event)), `${type}.${k}`).not.toBe(engineHash(record(changed)));
          const { [k]: _, ...without } = event;
          expect(sameEngineInput(record(event), record(without)), `${type} sin ${k}`).toBe(false);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('tells apart two records that differ only in their channel (a verbal petition, CPACA art. 21)', () => {
    const base = {
      type: 'peticion',
      receivedAt: '2026-11-27',
      channel: 'verbal',
      events: [{ type: 'traslado', date: '2026-11-30' }],
    } as unknown as PqrsdRecord;
    const written = { ...base, channel: 'escrito' } as PqrsdRecord;
    expect(sameEngineInput(base, { ...base })).toBe(true);
    expect(sameEngineInput(base, written)).toBe(false);
    expect(engineHash(base)).not.toBe(engineHash(written));
  });

  it('never gives a row the status of another input that differs in one event field', async () => {
    // Rows drawn from a small space (many repeats, many near-misses: same receipt, a prórroga of 5
    // or 6 days, a traslado to one entity or another, an answer with one outcome or another): each
    // row must get exactly the status the engine gives it alone.
    const row = fc.record({
      type: fc.constantFrom('peticion', 'queja'),
      day: fc.integer({ min: 1, max: 3 }),
      days: fc.constantFrom('', '5', '6'),
      to: fc.constantFrom('', 'DIAN', 'DIAM'),
      outcome: fc.constantFrom('', 'favorable', 'desfavorable'),
      answer: fc.constantFrom('', '2026-10-20', '2026-10-21'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 2, maxLength: 40 }), async (spec) => {
        const lines = [
          'radicado,tipo,fecha_radicacion,canal,asunto,fecha_prorroga,dias_prorroga,fecha_traslado,entidad_traslado,fecha_respuesta,resultado',
        ];
        spec.forEach((r, i) => {
          const extension = r.days === '' ? ',' : `2026-10-0${r.day + 5},${r.days}`;
          const traslado = r.to === '' ? ',' : `2026-10-0${r.day + 1},${r.to}`;
          const outcome = r.answer === '' ? '' : r.outcome;
          lines.push(
            `R-${i},${r.type},2026-10-0${r.day},web,x,${extension},${traslado},${r.answer},${outcome}`,
          );
        });
        const rows: AuditedRow[] = [];
        await audit(`${lines.join('\n')}\n`, { rows });
        expect(rows.length).toBe(spec.length);
        for (const r of rows) {
          expect(r.valid).toBe(true);
          const alone = requestStatus(r.record as NonNullable<AuditedRow['record']>, AS_OF);
          expect(JSON.stringify(r.status)).toBe(JSON.stringify(alone));
        }
      }),
      { seed: 20261128, numRuns: 60 },
    );
  });
});

describe('seccionales named like properties of an object', () => {
  it('counts each one apart and leaves Object.prototype alone', async () => {
    const text = [
      'radicado,tipo,fecha_radicacion,canal,seccional,asunto,fecha_vencimiento',
      'R-1,peticion,2026-11-03,web,__proto__,x,2026-11-30',
      'R-2,peticion,2026-11-03,web,constructor,x,2026-11-30',
      'R-3,peticion,2026-11-03,web,Norte,x,2026-11-30',
      'R-4,peticion,2026-11-03,web,toString,x,2026-11-30',
    ].join('\n');
    const report = await audit(text);
    const bySeccional = report.disagreements.bySeccional;
    expect(Object.keys(bySeccional)).toEqual(['Norte', '__proto__', 'constructor', 'toString']);
    for (const sec of Object.keys(bySeccional)) expect(Object.values(bySeccional[sec] ?? {})).toEqual([1]);
    expect(({} as Record<string, unknown>).desconocida).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).desconocida).toBeUndefined();
  });
});
