import { defineConfig } from 'vitest/config';

// Tests that `npm run mutation` (Stryker) runs against each mutant of src/calendar, src/rules and
// src/deadlines: the library's own suites, without the CLI, the docs and the browser (they need
// dist/ and would run against the unmutated build).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    setupFiles: ['test/setup/fast-check.ts'],
    include: [
      'test/calendar/**/*.test.ts',
      'test/rules/**/*.test.ts',
      'test/deadlines/**/*.test.ts',
      'test/golden/**/*.test.ts',
      'test/hardening/**/*.test.ts',
      'test/errors.test.ts',
      'test/domain.test.ts',
    ],
  },
});
