/**
 * A memo in front of {@link toDayNumber} for the hot paths that read the same few dates again and
 * again: a record's receipt, its events and its due dates, read by the audit's checks, the engine and
 * the comparison in turn. It keeps the last valid date read for each day of the month (32 slots) and
 * answers with its day number when the same text comes again; anything else goes to `toDayNumber`,
 * so the results and the errors are the same. Not part of `pqrsd/calendar` (nor of its size budget).
 *
 * @internal
 * @module
 */

import { toDayNumber } from './civil-date.js';

const SEEN: string[] = new Array<string>(32).fill('');
const SEEN_DAY = new Int32Array(32);

/**
 * The day number of a civil date `YYYY-MM-DD`, as {@link toDayNumber} (same errors), remembered.
 *
 * @example
 * ```ts no-run
 * dayNumberOf('2026-11-27'); //=> 20784
 * ```
 */
export function dayNumberOf(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return toDayNumber(value as string);
  const slot = (value.charCodeAt(8) * 10 + value.charCodeAt(9)) & 31;
  if (SEEN[slot] === value) return SEEN_DAY[slot] as number;
  const day = toDayNumber(value);
  SEEN[slot] = value;
  SEEN_DAY[slot] = day;
  return day;
}
