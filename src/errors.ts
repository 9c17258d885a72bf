/**
 * The one error family of pqrsd. Every failure the library raises is a {@link PqrsdError}
 * with a stable machine-readable {@link PqrsdErrorCode} and a Spanish message for people.
 *
 * Codes never change meaning between versions; messages may be improved.
 *
 * @module
 */
import { show } from './show.js';

/**
 * Stable error codes. Match on these, never on the message.
 *
 * | code | when |
 * |---|---|
 * | `INVALID_DATE` | a string or value that is not a real `YYYY-MM-DD` civil date |
 * | `INVALID_INSTANT` | an instant (ISO string with offset, or `Date`) that cannot be read |
 * | `YEAR_OUT_OF_RANGE` | a date or year outside the supported range of the calendar |
 * | `INVALID_DAY_COUNT` | a non-integer or non-finite number of days or months |
 * | `INVALID_CALENDAR_OPTIONS` | a malformed entity calendar (closure, suspension, workweek) |
 * | `UNKNOWN_REQUEST_TYPE` | a request type that the catalogue does not know |
 * | `UNKNOWN_REGIME` | a regime that the catalogue does not know |
 * | `NO_RULE` | no legal term applies to that type in that regime |
 * | `INVALID_EVENT` | a lifecycle event that cannot be read (bad date, unknown type) |
 * | `INVALID_POLICY` | a policy value that is not one of the documented options |
 * | `INVALID_RECORD` | a PQRSD record that does not satisfy the schema |
 * | `INVALID_ARGUMENT` | any other argument of the wrong shape |
 *
 * @example
 * ```ts
 * import { attempt, addBusinessDays, type PqrsdErrorCode } from 'pqrsd';
 * const r = attempt(() => addBusinessDays('2026-02-30', 1));
 * const code: PqrsdErrorCode | undefined = r.ok ? undefined : r.error.code;
 * code; //=> 'INVALID_DATE'
 * ```
 */
export type PqrsdErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'YEAR_OUT_OF_RANGE'
  | 'INVALID_DAY_COUNT'
  | 'INVALID_CALENDAR_OPTIONS'
  | 'UNKNOWN_REQUEST_TYPE'
  | 'UNKNOWN_REGIME'
  | 'NO_RULE'
  | 'INVALID_EVENT'
  | 'INVALID_POLICY'
  | 'INVALID_RECORD'
  | 'INVALID_ARGUMENT';

/**
 * Every code in {@link PqrsdErrorCode}, for exhaustive checks and documentation.
 *
 * @example
 * ```ts
 * import { PQRSD_ERROR_CODES } from 'pqrsd';
 * PQRSD_ERROR_CODES.includes('INVALID_DATE'); //=> true
 * ```
 */
export const PQRSD_ERROR_CODES = /* @__PURE__ */ Object.freeze([
  'INVALID_DATE',
  'INVALID_INSTANT',
  'YEAR_OUT_OF_RANGE',
  'INVALID_DAY_COUNT',
  'INVALID_CALENDAR_OPTIONS',
  'UNKNOWN_REQUEST_TYPE',
  'UNKNOWN_REGIME',
  'NO_RULE',
  'INVALID_EVENT',
  'INVALID_POLICY',
  'INVALID_RECORD',
  'INVALID_ARGUMENT',
] as const satisfies readonly PqrsdErrorCode[]);

/**
 * The error raised by every function of pqrsd.
 *
 * `code` is stable; `message` is Spanish; `details` carries the offending value and any
 * structured context (for example the list of issues of an invalid record).
 *
 * @example
 * ```ts
 * import { PqrsdError, parseIsoDate } from 'pqrsd';
 * try {
 *   parseIsoDate('2026-02-30');
 * } catch (error) {
 *   if (error instanceof PqrsdError && error.code === 'INVALID_DATE') {
 *     console.log(error.message); // «2026-02-30» no es una fecha válida …
 *   }
 * }
 * ```
 */
export class PqrsdError extends Error {
  /** Stable machine-readable code. */
  readonly code: PqrsdErrorCode;
  /** Structured context: the offending value, a path, a list of issues. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - stable code
   * @param message - Spanish message for people
   * @param details - structured context
   */
  constructor(code: PqrsdErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(show(message));
    this.name = 'PqrsdError';
    this.code = code;
    this.details = Object.freeze(typeof details === 'object' && details !== null ? { ...details } : {});
  }
}

/**
 * Type guard for {@link PqrsdError}, optionally narrowed to one code.
 * Works across realms and duplicated copies of the package (it checks the name and code,
 * not only the prototype chain).
 *
 * @example
 * ```ts
 * import { isPqrsdError, addBusinessDays } from 'pqrsd';
 * try { addBusinessDays('2026-11-27', 1.5); } catch (e) { isPqrsdError(e, 'INVALID_DAY_COUNT'); } //=> true
 * ```
 */
export function isPqrsdError(value: unknown, code?: PqrsdErrorCode): value is PqrsdError {
  if (!(value instanceof Error) || value.name !== 'PqrsdError') return false;
  const actual = (value as { code?: unknown }).code;
  if (typeof actual !== 'string' || !(PQRSD_ERROR_CODES as readonly string[]).includes(actual)) return false;
  return code === undefined || actual === code;
}

/**
 * The result of a `safe…` function: never throws, carries either a value or the error.
 *
 * @example
 * ```ts
 * import { safeParseIsoDate } from 'pqrsd';
 * const r = safeParseIsoDate('2026-13-01');
 * if (!r.ok) console.log(r.error.code); //=> 'INVALID_DATE'
 * ```
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: PqrsdError };

/**
 * Runs `fn` and captures a {@link PqrsdError} as a failed {@link Result}. Other errors propagate,
 * because they are bugs, not bad input.
 *
 * @example
 * ```ts
 * import { attempt, parseIsoDate } from 'pqrsd';
 * attempt(() => parseIsoDate('2026-11-27')); //=> { ok: true, value: '2026-11-27' }
 * ```
 */
export function attempt<T>(fn: () => T): Result<T> {
  if (typeof fn !== 'function') {
    throw new PqrsdError('INVALID_ARGUMENT', `attempt necesita una función; se recibió «${show(fn)}».`, {
      value: fn,
    });
  }
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (isPqrsdError(error)) return { ok: false, error };
    throw error;
  }
}
