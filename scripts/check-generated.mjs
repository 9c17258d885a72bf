#!/usr/bin/env node
// Generated files that are committed (the JSON Schema, the conformance vectors) must match
// what their generators produce from the current sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const GENERATED = [
  { file: 'schema.json', script: 'scripts/generate-schema.ts', fix: 'npx tsx scripts/generate-schema.ts' },
  {
    file: 'conformance.json',
    script: 'scripts/generate-conformance.ts',
    fix: 'npx tsx scripts/generate-conformance.ts',
  },
  {
    file: 'examples/registro-pqrsd.csv',
    script: 'scripts/generate-example.ts',
    fix: 'npx tsx scripts/generate-example.ts',
  },
  // the JSON Schema of each JSON output of the CLI (src/cli/json-output.ts)
  ...['festivos', 'habiles', 'vencimiento', 'auditar', 'mapa', 'mapa-columnas'].map((name) => ({
    file: `schemas/${name}.schema.json`,
    script: 'scripts/generate-output-schemas.ts',
    args: [name],
    fix: 'npx tsx scripts/generate-output-schemas.ts',
  })),
];

let stale = 0;
for (const g of GENERATED) {
  const r = spawnSync('node_modules/.bin/tsx', [g.script, '--stdout', ...(g.args ?? [])], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.log(`error al generar ${g.file}:\n${r.stderr}`);
    stale++;
    continue;
  }
  const current = existsSync(g.file) ? readFileSync(g.file, 'utf8') : '';
  if (current !== r.stdout) {
    console.log(`${g.file} está desactualizado: ejecute \`${g.fix}\``);
    stale++;
  } else console.log(`ok ${g.file}`);
}
process.exit(stale === 0 ? 0 : 1);
