// Mutation testing (`npm run mutation`, not part of `npm test`): see docs/mutacion.md.
// One target: `npm run mutation -- calendario` (or reglas, plazos); see scripts/mutation.mjs.
const MUTATE = {
  calendario: ['src/calendar/**/*.ts'],
  reglas: ['src/rules/**/*.ts'],
  plazos: ['src/deadlines/**/*.ts'],
};
const target = process.env.PQRSD_MUTATION_TARGET ?? '';
const report = target === '' ? 'artifacts/mutation' : `artifacts/mutation/${target}`;

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
  // One folder per target, so two targets can run at once.
  tempDirName: target === '' ? '.stryker-tmp' : `.stryker-tmp-${target}`,
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: null },
};
