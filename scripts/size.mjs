#!/usr/bin/env node
// Consumer bundle sizes: what an app pays for importing one subpath of the built package
// (esbuild, minified, ESM, browser platform, gzip). `--check` fails when a budget is exceeded.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** subpath → [import statement, gzip budget in bytes, may it bundle zod?] */
export const BUDGETS = [
  { name: 'pqrsd/calendar (todo)', entry: "export * from './dist/calendar/index.js';", budget: 5 * 1024 },
  { name: 'pqrsd/rules (todo)', entry: "export * from './dist/rules/index.js';", budget: 6 * 1024 },
  { name: 'pqrsd/deadlines (todo)', entry: "export * from './dist/deadlines/index.js';", budget: 20 * 1024 },
  { name: 'pqrsd (raíz, todo)', entry: "export * from './dist/index.js';", budget: 24 * 1024 },
  {
    name: 'pqrsd/indicators (createAggregator)',
    entry: "export { createAggregator } from './dist/indicators/index.js';",
    // snapshot()/merge() with the full validation of a snapshot (it may come from another process).
    budget: 10 * 1024,
  },
  {
    name: 'pqrsd/indicators (todo)',
    entry: "export * from './dist/indicators/index.js';",
    // The engine with one handler module per event (state in properties, not locals): +0.3 KB gzip.
    budget: 36.5 * 1024,
  },
  { name: 'pqrsd/testing (todo)', entry: "export * from './dist/testing/index.js';", budget: 26 * 1024 },
  {
    name: 'pqrsd/schema (PqrsdRecordSchema, zod incluido)',
    entry: "export { PqrsdRecordSchema } from './dist/schema/index.js';",
    budget: 34 * 1024,
  },
  {
    name: 'pqrsd/schema (parsePqrsdRecord, zod incluido)',
    entry: "export { parsePqrsdRecord } from './dist/schema/index.js';",
    budget: 36 * 1024,
  },
];

const check = process.argv.includes('--check');
let failed = false;
for (const b of BUDGETS) {
  const file = b.entry.match(/'(.+)'/)?.[1];
  if (file && !existsSync(file)) {
    console.log(`${b.name}: falta ${file} (¿se ejecutó npm run build?)`);
    failed = true;
    continue;
  }
  const out = await build({
    stdin: { contents: b.entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  const ok = gz <= b.budget;
  if (!ok) failed = true;
  console.log(
    `${ok ? 'ok ' : 'EXCEDE'} ${b.name}: ${(code.length / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(2)} KB gzip (límite ${(b.budget / 1024).toFixed(1)} KB)`,
  );
}
if (check && failed) process.exit(1);
