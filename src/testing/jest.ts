/**
 * Registers {@link pqrsdMatchers} in jest (on the global `expect`) and adds their types to
 * `expect(…)` through the global `jest.Matchers` interface. Import it from a `setupFilesAfterEnv`
 * entry of the jest configuration:
 *
 * ```ts no-run
 * import 'pqrsd/testing/jest';
 * expect('2026-12-08').toBeHoliday('Inmaculada');
 * ```
 *
 * With `@jest/globals` (no global `expect`), call `expect.extend(pqrsdMatchers)` from `pqrsd/testing`
 * instead and augment `declare module 'expect' { interface Matchers<R> extends PqrsdMatchers<R> {} }`.
 *
 * @module pqrsd/testing/jest
 */
import { PqrsdError } from '../errors.js';
import { type PqrsdMatchers, pqrsdMatchers } from './matchers.js';

const globalExpect = (globalThis as { expect?: { extend?: (matchers: object) => void } }).expect;
if (typeof globalExpect?.extend !== 'function') {
  throw new PqrsdError(
    'INVALID_ARGUMENT',
    `pqrsd/testing/jest necesita el «expect» global de jest (impórtelo desde setupFilesAfterEnv); se encontró: «${typeof globalExpect}».`,
    { value: typeof globalExpect },
  );
}
globalExpect.extend(pqrsdMatchers);

declare global {
  namespace jest {
    // biome-ignore lint/complexity/noBannedTypes: the type parameters must match @types/jest's declaration.
    interface Matchers<R, T = {}> extends PqrsdMatchers<R> {}
  }
}

export { pqrsdMatchers };
