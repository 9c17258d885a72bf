import { defineConfig } from 'vitest/config';

// Tests that `npm run mutation` (Stryker) runs against each mutant: the library's own suites, without
// the CLI, the docs and the browser (they need dist/ and would run against the unmutated build).
// `PQRSD_MUTATION_TARGET` (set by scripts/mutation.mjs) narrows them to what can see the target's
// mutants: a mutant in code that runs at import time (a table, a constant) is "static" and every test
// of this list runs for it, so the calendar's list stays short.
const TARGETS: Record<string, readonly string[]> = {
  calendario: [
    'test/calendar/**/*.test.ts',
    'test/golden/**/*.test.ts',
    'test/hardening/**/*.test.ts',
    'test/errors.test.ts',
  ],
  reglas: [
    'test/rules/**/*.test.ts',
    'test/golden/**/*.test.ts',
    'test/deadlines/golden.test.ts',
    'test/hardening/**/*.test.ts',
    'test/errors.test.ts',
  ],
};
const ALL = [
  'test/calendar/**/*.test.ts',
  'test/rules/**/*.test.ts',
  'test/deadlines/**/*.test.ts',
  'test/golden/**/*.test.ts',
  'test/hardening/**/*.test.ts',
  'test/errors.test.ts',
  'test/domain.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    setupFiles: ['test/setup/fast-check.ts'],
    include: [...(TARGETS[process.env.PQRSD_MUTATION_TARGET ?? ''] ?? ALL)],
  },
});
