/**
 * Safe display of a user's value inside an error message (internal, not exported).
 *
 * @module
 */

/** `String(value)`, or its type when even that throws (an object without prototype, a hostile Proxy). */
export function show(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}
