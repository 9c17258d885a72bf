/**
 * Terms in calendar months on day numbers (CPACA art. 17 petitioner's month; CPACA art. 86 recursos;
 * Ley 4 de 1913 art. 62).
 *
 * @internal
 * @module
 */

import { civilFromDays, daysFromCivil, daysInMonth, MAX_YEAR, outOfRange } from '../calendar/civil-date.js';
import { type BusinessCalendar, toDayNumber } from '../calendar/index.js';
import { fmt } from './format-day.js';

/**
 * Raw `n` calendar months after `dn`, clamped to the month's last day (no business-day extension).
 * @internal
 */
export function rawMonths(dn: number, n: number): number {
  const p = civilFromDays(dn);
  const total = ((p >> 5) & 15) - 1 + n;
  const endYear = (p >> 9) + Math.floor(total / 12);
  // Past the supported range the same YEAR_OUT_OF_RANGE as BusinessCalendar.addCalendarMonths (the
  // engine's other month counts reach that check first).
  if (endYear > MAX_YEAR) throw outOfRange(`${fmt(dn)} + ${n}`);
  const endMonth = (total % 12) + 1;
  return daysFromCivil(endYear, endMonth, Math.min(p & 31, daysInMonth(endYear, endMonth)));
}

/**
 * `toDayNumber(cal.addCalendarMonths(fromDayNumber(dn), n))` without the string round trip: the same
 * steps as {@link BusinessCalendar.addCalendarMonths} (n calendar months, clamped to the month's last
 * day, extended to the next business day of `cal`; Ley 4 de 1913 art. 62) on day numbers. Anything
 * unusual (a count that is not a non-negative integer, a year past MAX_YEAR) takes the calendar's own
 * method, which throws its usual error.
 * @internal
 */
export function addMonthsNumber(cal: BusinessCalendar, dn: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) return toDayNumber(cal.addCalendarMonths(fmt(dn), n));
  const p = civilFromDays(dn);
  const total = ((p >> 5) & 15) - 1 + n;
  const endYear = (p >> 9) + Math.floor(total / 12);
  if (endYear > MAX_YEAR) return toDayNumber(cal.addCalendarMonths(fmt(dn), n));
  const endMonth = (total % 12) + 1;
  const end = daysFromCivil(endYear, endMonth, Math.min(p & 31, daysInMonth(endYear, endMonth)));
  return cal.isBusinessDayNumber(end) ? end : cal.addBusinessDaysNumber(end, 1);
}
