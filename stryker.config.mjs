// Mutation testing (`npm run mutation`, not part of `npm test`): see docs/mutacion.md.
// One target: `npm run mutation -- calendario` (or reglas, plazos); see scripts/mutation.mjs.
const MUTATE = {
  calendario: ['src/calendar/**/*.ts'],
  reglas: ['src/rules/**/*.ts'],
  plazos: ['src/deadlines/**/*.ts'],
};
const target = process.env.PQRSD_MUTATION_TARGET ?? '';
// A part of a target (`PQRSD_MUTATION_PART`, e.g. a few files given with --mutate) keeps its own report
// and temporary folder, so parts can run side by side; scripts/mutation-score.mjs merges the reports.
const part = process.env.PQRSD_MUTATION_PART ?? '';
const name = [target, part].filter((x) => x !== '').join('-');
const report = name === '' ? 'artifacts/mutation' : `artifacts/mutation/${name}`;

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    ...(MUTATE[target] ?? ['src/calendar/**/*.ts', 'src/rules/**/*.ts', 'src/deadlines/**/*.ts']),
    '!src/**/index.ts',
    '!src/**/types.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${report}/index.html` },
  jsonReporter: { fileName: `${report}/mutation.json` },
  // One folder per target and part, so they can run at once.
  tempDirName: name === '' ? '.stryker-tmp' : `.stryker-tmp-${name}`,
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: null },
};
