/**
 * Registers {@link pqrsdMatchers} in vitest and adds their types to `expect(…)`. Import it once, in a
 * test file or in a `setupFiles` entry of `vitest.config.ts`:
 *
 * ```ts no-run
 * import 'pqrsd/testing/vitest';
 * expect({ type: 'peticion', receivedAt: '2026-11-27' }).toBeDueOn('2026-12-21');
 * ```
 *
 * Only this entry imports `vitest`: `pqrsd` and `pqrsd/testing` never do.
 *
 * @module pqrsd/testing/vitest
 */
import { expect } from 'vitest';
import { type PqrsdMatchers, pqrsdMatchers } from './matchers.js';

expect.extend(pqrsdMatchers);

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the type parameter must match vitest's declaration.
  interface Matchers<T = any> extends PqrsdMatchers<T> {}
}

export { pqrsdMatchers };
