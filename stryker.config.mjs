// Mutation testing (`npm run mutation`, not part of `npm test`): see docs/mutacion.md.
// A subset: `npm run mutation -- --mutate "src/calendar/**/*.ts"`.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/calendar/**/*.ts',
    'src/rules/**/*.ts',
    'src/deadlines/**/*.ts',
    '!src/**/index.ts',
    '!src/**/types.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'artifacts/mutation/index.html' },
  jsonReporter: { fileName: 'artifacts/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: null },
};
