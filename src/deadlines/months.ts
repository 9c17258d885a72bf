/**
 * Terms in calendar months on day numbers (CPACA art. 17 petitioner's month; CPACA art. 86 recursos;
 * Ley 4 de 1913 art. 62).
 *
 * @internal
 * @module
 */

import { civilFromDays, daysFromCivil, daysInMonth, MAX_YEAR } from '../calendar/civil-date.js';
import { type BusinessCalendar, fromDayNumber, toDayNumber } from '../calendar/index.js';
import { fmt } from './format-day.js';

/**
 * Raw `n` calendar months after `dn`, clamped to the month's last day (no business-day extension).
 * @internal
 */
export function rawMonths(dn: number, n: number): number {
  // Integer arithmetic; past MAX_YEAR, the string path below throws the usual YEAR_OUT_OF_RANGE.
  const p = civilFromDays(dn);
  const total = ((p >> 5) & 15) - 1 + n;
  const endYear = (p >> 9) + Math.floor(total / 12);
  if (endYear <= MAX_YEAR) {
    const endMonth = (total % 12) + 1;
    return daysFromCivil(endYear, endMonth, Math.min(p & 31, daysInMonth(endYear, endMonth)));
  }
  return rawMonthsChecked(dn, n);
}

function rawMonthsChecked(dn: number, n: number): number {
  const iso = fromDayNumber(dn);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const months = m - 1 + n;
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const day = Math.min(d, last);
  return toDayNumber(`${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`);
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
