#!/usr/bin/env node
// Scores per file from one or more Stryker JSON reports (artifacts/mutation/**/mutation.json), merged:
// a mutant counts as detected if any report killed it or timed it out (a later, narrower run of the
// static mutants fills in the ones an `--ignoreStatic` run left out). Score = detected ÷ (detected +
// survived + no coverage); ignored, compile-error and runtime-error mutants are not in the score.
// `node scripts/mutation-score.mjs artifacts/mutation/calendario/mutation.json …` → a Markdown table.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('uso: node scripts/mutation-score.mjs <mutation.json> [<mutation.json> …]');
  process.exit(2);
}
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
/** file → (mutant key → best status) */
const byFile = new Map();
for (const path of files) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const seen = byFile.get(file) ?? new Map();
    byFile.set(file, seen);
    for (const m of mutants) {
      const { start, end } = m.location;
      const key = `${m.mutatorName}|${start.line}:${start.column}-${end.line}:${end.column}|${m.replacement ?? ''}`;
      const before = seen.get(key);
      if (before === undefined || (!DETECTED.has(before.status) && m.status !== 'Ignored')) seen.set(key, m);
    }
  }
}
const rows = [];
let totD = 0;
let totU = 0;
let totI = 0;
for (const [file, seen] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  let d = 0;
  let u = 0;
  let ignored = 0;
  for (const m of seen.values()) {
    if (DETECTED.has(m.status)) d++;
    else if (UNDETECTED.has(m.status)) u++;
    else if (m.status === 'Ignored') ignored++;
  }
  totD += d;
  totU += u;
  totI += ignored;
  rows.push([file, d, u, ignored]);
}
const pct = (d, u) => (d + u === 0 ? '—' : `${((100 * d) / (d + u)).toFixed(1).replace('.', ',')} %`);
console.log('| archivo | detectados | sobreviven | sin medir | puntaje |');
console.log('|---|---:|---:|---:|---:|');
for (const [file, d, u, i] of rows) console.log(`| \`${file}\` | ${d} | ${u} | ${i} | ${pct(d, u)} |`);
console.log(`| **total** | ${totD} | ${totU} | ${totI} | ${pct(totD, totU)} |`);
