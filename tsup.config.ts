import { defineConfig } from 'tsup';

/**
 * One entry per public subpath. Every layer is its own entry so that an app importing
 * `pqrsd/calendar` never pulls in zod or the CLI.
 */
export const entries = {
  index: 'src/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'rules/index': 'src/rules/index.ts',
  'deadlines/index': 'src/deadlines/index.ts',
  'schema/index': 'src/schema/index.ts',
  'nit/index': 'src/nit/index.ts',
  'indicators/index': 'src/indicators/index.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/vitest': 'src/testing/vitest.ts',
  'testing/jest': 'src/testing/jest.ts',
} as const;

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: false,
    external: ['zod', /^zod\//, 'vitest', '@jest/globals'],
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: false,
    splitting: false,
    treeshake: false,
    // The command must work from `npx pqrsd` without the optional peer dependency.
    noExternal: [/^zod(\/|$)/],
  },
]);
