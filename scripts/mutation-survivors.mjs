#!/usr/bin/env node
// The mutants no test detected (Survived, NoCoverage), from Stryker JSON reports, by file and line:
// `node scripts/mutation-survivors.mjs artifacts/mutation/calendario/mutation.json [--file calendar.ts]`.
// A mutant detected by any of the reports given (a later run of the same lines) is not listed.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const fileIdx = args.indexOf('--file');
const only = fileIdx >= 0 ? args.splice(fileIdx, 2)[1] : undefined;
const key = (file, m) =>
  `${file}|${m.mutatorName}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}|${m.replacement ?? ''}`;
const detected = new Set();
const left = new Map();
for (const path of args) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    if (only !== undefined && !file.endsWith(only)) continue;
    const lines = source.split('\n');
    for (const m of mutants) {
      const k = key(file, m);
      if (m.status === 'Killed' || m.status === 'Timeout') detected.add(k);
      else if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const line = m.location.start.line;
        left.set(k, {
          file,
          line,
          status: m.status,
          mutator: m.mutatorName,
          replacement: m.replacement,
          code: lines[line - 1]?.trim(),
        });
      }
    }
  }
}
const rows = [...left].filter(([k]) => !detected.has(k)).map(([, v]) => v);
rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
for (const r of rows) {
  console.log(
    `${r.file}:${r.line} ${r.mutator}${r.status === 'NoCoverage' ? ' (sin cobertura)' : ''} → ${JSON.stringify(r.replacement)?.slice(0, 80)}\n    ${r.code?.slice(0, 140)}`,
  );
}
console.log(`${rows.length} sin detectar`);
