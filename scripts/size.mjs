#!/usr/bin/env node
// Consumer bundle sizes: what an app pays for importing one subpath of the built package
// (esbuild, minified, ESM, browser platform, gzip). `--check` fails when a budget is exceeded.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * subpath → import statement, gzip budget in bytes and `zod: true` when it may bundle zod. Every other
 * entry is bundled with zod made unresolvable, as in an app that has not installed it.
 */
export const BUDGETS = [
  // formatIsoDate and PqrsdError show a hostile value as text instead of throwing a TypeError: +0.08 KB.
  { name: 'pqrsd/calendar (todo)', entry: "export * from './dist/calendar/index.js';", budget: 5.25 * 1024 },
  { name: 'pqrsd/rules (todo)', entry: "export * from './dist/rules/index.js';", budget: 6 * 1024 },
  // The recursos after the answer (term, late recurso, reposición and its silencio, sending to the
  // Superintendencia, firmness, SAP recognition, with their alert texts): +3.2 KB gzip; the
  // notification chain (citación, aviso, electronic, conducta concluyente, edicto): +2.6 KB; the
  // decision of the apelación (CPACA arts. 74, 86, 87 num. 2; Ley 142 art. 159): +0.65 KB.
  {
    name: 'pqrsd/deadlines (todo)',
    entry: "export * from './dist/deadlines/index.js';",
    budget: 27.25 * 1024,
  },
  { name: 'pqrsd (raíz, todo)', entry: "export * from './dist/index.js';", budget: 29.25 * 1024 },
  {
    name: 'pqrsd/indicators (createAggregator)',
    entry: "export { createAggregator } from './dist/indicators/index.js';",
    // snapshot()/merge() with the full validation of a snapshot (it may come from another process);
    // the shape of every hand-made IndicatorRecord checked before it is read, with the field named
    // (INVALID_RECORD, never a TypeError), and lists, options and groupBy checked: +1.0 KB.
    budget: 11.25 * 1024,
  },
  {
    name: 'pqrsd/indicators (todo)',
    entry: "export * from './dist/indicators/index.js';",
    // The engine with one handler module per event (state in properties, not locals): +0.3 KB gzip;
    // the frozen catalogue, argument checks and alert texts for people (≥, «seccional Cali»): +0.2 KB;
    // the recursos after the answer: +3.2 KB; every public function's argument checks (records,
    // results, periods, options): +1.2 KB; the notification chain: +2.8 KB; the apelación: +0.7 KB.
    budget: 46.25 * 1024,
  },
  // The recursos after the answer, through requestStatus: +3.3 KB gzip; the notification chain: +2.7 KB;
  // the decision of the apelación: +0.65 KB.
  { name: 'pqrsd/testing (todo)', entry: "export * from './dist/testing/index.js';", budget: 34.25 * 1024 },
  // The NIT helpers have their own entry with no zod: an app that only validates NITs pays < 1 KB.
  { name: 'pqrsd/nit (todo, sin zod)', entry: "export * from './dist/nit/index.js';", budget: 1024 },
  {
    name: 'pqrsd/schema (PqrsdRecordSchema, zod incluido)',
    entry: "export { PqrsdRecordSchema } from './dist/schema/index.js';",
    zod: true,
    budget: 34 * 1024,
  },
  {
    name: 'pqrsd/schema (parsePqrsdRecord, zod incluido)',
    entry: "export { parsePqrsdRecord } from './dist/schema/index.js';",
    zod: true,
    budget: 36 * 1024,
  },
];

/** Makes `zod` (and its subpaths) unresolvable: the bundle fails if the entry needs it. */
const withoutZod = {
  name: 'sin-zod',
  setup(b) {
    b.onResolve({ filter: /^zod(\/|$)/ }, (args) => ({
      errors: [{ text: `necesita zod (${args.path}, importado desde ${args.importer})` }],
    }));
  },
};

// Run as a command (`node scripts/size.mjs`); imported (scripts/consumers.mjs), it only gives BUDGETS.
const isMain = process.argv[1] !== undefined && import.meta.filename === resolve(process.argv[1]);
if (isMain) await main();

async function main() {
  const check = process.argv.includes('--check');
  let failed = false;
  for (const b of BUDGETS) {
    const file = b.entry.match(/'(.+)'/)?.[1];
    if (file && !existsSync(file)) {
      console.log(`${b.name}: falta ${file} (¿se ejecutó npm run build?)`);
      failed = true;
      continue;
    }
    let out;
    try {
      out = await build({
        stdin: { contents: b.entry, resolveDir: process.cwd(), loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
        plugins: b.zod ? [] : [withoutZod],
      });
    } catch (error) {
      console.log(`FALLA  ${b.name}: no se empaqueta sin zod: ${error.errors?.[0]?.text ?? error.message}`);
      failed = true;
      continue;
    }
    const code = out.outputFiles[0].contents;
    const gz = gzipSync(code, { level: 9 }).length;
    const ok = gz <= b.budget;
    if (!ok) failed = true;
    console.log(
      `${ok ? 'ok ' : 'EXCEDE'} ${b.name}: ${(code.length / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(2)} KB gzip (límite ${(b.budget / 1024).toFixed(1)} KB)`,
    );
  }
  if (check && failed) process.exit(1);
}
