/**
 * Shape checks for the arguments of public functions (internal, not exported): a wrong shape is a
 * {@link PqrsdError} `INVALID_ARGUMENT` that quotes what was received, never a `TypeError` from deep
 * inside.
 *
 * @module
 */
import { PqrsdError } from './errors.js';
import { show } from './show.js';

function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'una lista';
  return typeof value === 'object' ? 'un objeto' : `«${show(value)}»`;
}

/**
 * `value` as an object (not null, not a list), or `INVALID_ARGUMENT` naming `what`.
 *
 * @example
 * ```ts no-run
 * const o = objectArgument(options, 'las opciones de sampleSize');
 * ```
 */
export function objectArgument(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PqrsdError('INVALID_ARGUMENT', `${what} debe ser un objeto; se recibió ${received(value)}.`, {
      value,
    });
  }
  return value as Record<string, unknown>;
}

/** Like {@link objectArgument}, but `undefined` gives an empty object (an optional options bag). */
export function optionalObjectArgument(value: unknown, what: string): Record<string, unknown> {
  return value === undefined ? {} : objectArgument(value, what);
}

/**
 * `value` as an iterable (a list, a Set, a generator…), or `INVALID_ARGUMENT` naming `what`. A string
 * is refused: it iterates its characters, never records.
 *
 * @example
 * ```ts no-run
 * for (const r of iterableArgument(records, 'los registros')) …
 * ```
 */
export function iterableArgument<T>(value: unknown, what: string): Iterable<T> {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `${what} debe ser una lista (o un iterable); se recibió ${received(value)}.`,
      { value },
    );
  }
  return value as Iterable<T>;
}

/** `value` as an array, or `INVALID_ARGUMENT` naming `what`. */
export function arrayArgument<T>(value: unknown, what: string): readonly T[] {
  if (!Array.isArray(value)) {
    throw new PqrsdError('INVALID_ARGUMENT', `${what} debe ser una lista; se recibió ${received(value)}.`, {
      value,
    });
  }
  return value as readonly T[];
}
