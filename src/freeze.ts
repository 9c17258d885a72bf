/**
 * Freezing of the published tables (internal, not exported).
 *
 * Every legal rule, source, holiday rule, policy default and catalogue table is frozen once, when
 * its module loads, so a caller that writes `computeDeadline(…).rule.term.amount = 30` gets a
 * `TypeError` in strict mode (or nothing, in sloppy mode) and later computations never change.
 *
 * @module
 */

/**
 * Freezes `value` and everything reachable through its own properties; returns it. A `RegExp` is
 * left as is: matching writes its `lastIndex` (its pattern and flags cannot change anyway).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !(value instanceof RegExp)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
