#!/usr/bin/env node
// The whole gate: `npm test`. Runs every check in order, keeps going after a failure so the
// report is complete, and ends with the line `N passed, N failed` (test cases plus gate steps).
// It never touches the network.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const TZS = ['America/Bogota', 'Asia/Tokyo', 'Pacific/Kiritimati'];
const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  { name: 'typecheck (tsc --noEmit)', cmd: bin('tsc'), args: ['--noEmit'] },
  { name: 'lint (biome check)', cmd: bin('biome'), args: ['check', '.'] },
  { name: 'build (tsup)', cmd: bin('tsup'), args: [] },
  {
    name: 'tests + coverage (vitest, TZ=UTC)',
    cmd: bin('vitest'),
    args: [
      'run',
      '--coverage',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.vitest-report.json',
    ],
    env: { TZ: 'UTC' },
    report: '.vitest-report.json',
  },
  ...TZS.map((tz, i) => ({
    name: `tests (vitest, TZ=${tz})`,
    cmd: bin('vitest'),
    args: ['run', '--reporter=dot', '--reporter=json', `--outputFile.json=.vitest-report-${i}.json`],
    env: { TZ: tz },
    report: `.vitest-report-${i}.json`,
  })),
  { name: 'generated files up to date', cmd: 'node', args: ['scripts/check-generated.mjs'] },
  { name: 'bundle size', cmd: 'node', args: ['scripts/size.mjs', '--check'] },
  {
    name: 'consumer matrix (npm pack → proyectos temporales, sin red)',
    cmd: 'node',
    args: ['scripts/consumers.mjs'],
  },
  { name: 'publint --strict', cmd: bin('publint'), args: ['--strict'] },
  {
    name: 'attw --pack (pqrsd/testing/vitest es solo ESM, como vitest)',
    cmd: bin('attw'),
    args: ['--pack', '.', '--profile', 'node16', '--exclude-entrypoints', './testing/vitest'],
  },
  { name: 'typedoc --treatWarningsAsErrors', cmd: bin('typedoc'), args: ['--treatWarningsAsErrors'] },
  { name: 'documentation site (docs/site)', cmd: 'node', args: ['scripts/build-site.mjs', '--quiet'] },
];

let passed = 0;
let failed = 0;
const failures = [];
const failedTests = [];
for (const step of steps) {
  if (step.report) rmSync(step.report, { force: true });
  process.stdout.write(`\n=== ${step.name}\n`);
  const started = Date.now();
  const r = spawnSync(step.cmd, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env, FORCE_COLOR: '0' },
  });
  const ok = r.status === 0;
  if (step.report && existsSync(step.report)) {
    const json = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += (json.numFailedTests ?? 0) + (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    for (const file of json.testResults ?? []) {
      const where = String(file.name ?? '').replace(`${process.cwd()}/`, '');
      for (const t of file.assertionResults ?? []) {
        if (t.status !== 'passed')
          failedTests.push(`${step.env?.TZ ?? ''} ${where} › ${t.fullName} (${t.status})`);
      }
      if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
        failedTests.push(`${step.env?.TZ ?? ''} ${where}: ${String(file.message ?? '').split('\n')[0]}`);
      }
    }
    rmSync(step.report, { force: true });
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (ok) {
    passed += 1;
    process.stdout.write(`--- ok: ${step.name} (${secs} s)\n`);
  } else {
    failed += 1;
    failures.push(step.name);
    process.stdout.write(`--- FALLÓ: ${step.name} (${secs} s)\n`);
  }
}
if (failedTests.length > 0) {
  // Printed last, next to the summary, so the names survive a log that keeps only its tail.
  process.stdout.write(`\nPruebas fallidas o no ejecutadas (${failedTests.length}):\n`);
  for (const t of failedTests.slice(0, 40)) process.stdout.write(`  ${t}\n`);
}
if (failures.length > 0) process.stdout.write(`\nPasos fallidos: ${failures.join('; ')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
