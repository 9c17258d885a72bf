/**
 * Civil dates as strict `YYYY-MM-DD` strings outside and integer day numbers (days since
 * 1970-01-01) inside. No `Date` object is used: the conversions are the integer algorithms
 * `days_from_civil` / `civil_from_days` of the proleptic Gregorian calendar (H. Hinnant), written here.
 *
 * @module
 */
import { PqrsdError, type Result } from '../errors.js';
import { show } from '../show.js';
import type { DateInput, IsoDate } from './types.js';

/**
 * First year supported by the calendar: 1984, the first full year under Ley 51 de 1983
 * (in force since 1983-12-22). Earlier dates raise `YEAR_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { MIN_YEAR } from 'pqrsd/calendar';
 * MIN_YEAR; //=> 1984
 * ```
 */
export const MIN_YEAR = 1984;

/**
 * Last year supported by the calendar. Later dates raise `YEAR_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { MAX_YEAR } from 'pqrsd/calendar';
 * MAX_YEAR; //=> 2199
 * ```
 */
export const MAX_YEAR = 2199;

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian), for years >= 1. @internal */
export function daysFromCivil(y: number, m: number, d: number): number {
  if (m <= 2) y -= 1;
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  return era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719468;
}

/**
 * Year, month (1-12) and day of a non-negative day number, packed without allocation as
 * `year << 9 | month << 5 | day`. @internal
 */
export function civilFromDays(n: number): number {
  const z = n + 719468;
  const era = (z / 146097) | 0;
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return ((yoe + era * 400 + (m <= 2 ? 1 : 0)) << 9) | (m << 5) | (doy - (((153 * mp + 2) / 5) | 0) + 1);
}

/** Day number of {@link MIN_YEAR}-01-01. @internal */
export const MIN_DAY = 5113;
/** Day number of {@link MAX_YEAR}-12-31. @internal */
export const MAX_DAY = 84_005;

/** Days in a month of a year. @internal */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The `YEAR_OUT_OF_RANGE` error for a value. @internal */
export function outOfRange(value: unknown): PqrsdError {
  return new PqrsdError(
    'YEAR_OUT_OF_RANGE',
    `«${show(value)}» está fuera del rango soportado (${MIN_YEAR}-01-01 a ${MAX_YEAR}-12-31)`,
    { value },
  );
}

function invalidDate(value: unknown): PqrsdError {
  return new PqrsdError('INVALID_DATE', `«${show(value)}» no es una fecha válida (se espera AAAA-MM-DD)`, {
    value,
  });
}

/** Throws unless `n` is an integer day number inside the supported range. @internal */
export function checkDayNumber(n: number): number {
  if (!Number.isInteger(n)) {
    throw new PqrsdError('INVALID_DATE', `«${show(n)}» no es un número de día entero`, { value: n });
  }
  if (n < MIN_DAY || n > MAX_DAY) throw outOfRange(n);
  return n;
}

/**
 * The digit at `i` from its ASCII code ('0' is 48; '-' gives -3; anything else leaves 0..9).
 * Module-level on purpose: a closure created per call is costly in the hot path.
 */
function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/**
 * Parses a strict `YYYY-MM-DD` civil date to its day number, without allocating.
 * @internal
 */
export function parseDayNumber(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) throw invalidDate(value);
  // Each character read once (this runs for every date the engine and the CLI read).
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    digit(value, 4) !== -3 ||
    digit(value, 7) !== -3
  ) {
    throw invalidDate(value);
  }
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw invalidDate(value);
  if (y < MIN_YEAR || y > MAX_YEAR) throw outOfRange(value);
  return daysFromCivil(y, m, d);
}

/**
 * Validates a value as a civil date `YYYY-MM-DD` and returns it branded.
 *
 * Strict: exactly four digits, dash, two digits, dash, two digits; a real day of the Gregorian
 * calendar; a year between {@link MIN_YEAR} and {@link MAX_YEAR}.
 *
 * @throws `PqrsdError` `INVALID_DATE` for a non-string or malformed or impossible date
 * (`2026-02-30`, `2026-13-01`, `20261201`, `2026-1-01`); `YEAR_OUT_OF_RANGE` outside the range.
 * @example
 * ```ts
 * import { parseIsoDate } from 'pqrsd/calendar';
 * parseIsoDate('2026-11-27'); //=> '2026-11-27'
 * parseIsoDate('2026-02-30'); // lanza PqrsdError INVALID_DATE
 * ```
 */
export function parseIsoDate(value: unknown): IsoDate {
  parseDayNumber(value);
  return value as IsoDate;
}

/**
 * Non-throwing twin of {@link parseIsoDate}.
 *
 * @example
 * ```ts
 * import { safeParseIsoDate } from 'pqrsd/calendar';
 * safeParseIsoDate('2026-11-27'); //=> { ok: true, value: '2026-11-27' }
 * safeParseIsoDate('2026-13-01').ok; //=> false
 * ```
 */
export function safeParseIsoDate(value: unknown): Result<IsoDate> {
  try {
    return { ok: true, value: parseIsoDate(value) };
  } catch (error) {
    return { ok: false, error: error as PqrsdError };
  }
}

/**
 * Whether a value is a valid {@link IsoDate} inside the supported range.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'pqrsd/calendar';
 * isIsoDate('2024-02-29'); //=> true
 * isIsoDate('2023-02-29'); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return safeParseIsoDate(value).ok;
}

/**
 * Builds an {@link IsoDate} from its parts, validating them.
 *
 * @throws `PqrsdError` `INVALID_DATE` for an impossible date (or a year without four digits);
 * `YEAR_OUT_OF_RANGE` outside the range.
 * @example
 * ```ts
 * import { formatIsoDate } from 'pqrsd/calendar';
 * formatIsoDate(2026, 7, 13); //=> '2026-07-13'
 * ```
 */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  for (const n of [year, month, day]) {
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      throw new PqrsdError(
        'INVALID_DATE',
        `Año, mes y día deben ser enteros: «${show(year)}», «${show(month)}», «${show(day)}».`,
        { value: [year, month, day] },
      );
    }
  }
  const two = (n: number): string => (n >= 0 && n < 10 ? `0${n}` : `${n}`);
  return parseIsoDate(`${year}-${two(month)}-${two(day)}`);
}

/**
 * Days since 1970-01-01 of a civil date (an integer; validated).
 *
 * @example
 * ```ts
 * import { toDayNumber } from 'pqrsd/calendar';
 * toDayNumber('1984-01-01'); //=> 5113
 * ```
 */
export function toDayNumber(d: DateInput): number {
  return parseDayNumber(d);
}

/**
 * The civil date of a day number (days since 1970-01-01).
 *
 * @throws `PqrsdError` `INVALID_DATE` for a non-integer; `YEAR_OUT_OF_RANGE` outside the range.
 * @example
 * ```ts
 * import { fromDayNumber } from 'pqrsd/calendar';
 * fromDayNumber(20_419); //=> '2025-11-27'
 * ```
 */
export function fromDayNumber(n: number): IsoDate {
  const p = civilFromDays(checkDayNumber(n));
  const m = (p >> 5) & 15;
  const d = p & 31;
  return `${p >> 9}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as IsoDate;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a non-negative day number (1970-01-01 was a Thursday). @internal */
export function weekdayOfDayNumber(n: number): number {
  return ((n + 3) % 7) + 1;
}

/**
 * ISO weekday of a civil date: 1 = lunes … 7 = domingo.
 *
 * @example
 * ```ts
 * import { weekday } from 'pqrsd/calendar';
 * weekday('2026-11-27'); //=> 5 (viernes)
 * ```
 */
export function weekday(d: DateInput): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return weekdayOfDayNumber(parseDayNumber(d)) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** Throws `INVALID_DAY_COUNT` unless `n` is a (safe) integer; with `what`, a non-negative one. @internal */
export function checkCount(n: number, what?: string): number {
  if (!Number.isSafeInteger(n) || (what && n < 0)) {
    throw new PqrsdError(
      'INVALID_DAY_COUNT',
      `«${show(n)}» no es un número entero ${what ? `no negativo de ${what}` : 'de días'}`,
      { value: n },
    );
  }
  return n;
}

/**
 * Adds `n` calendar days (any integer, negative included) to a civil date.
 *
 * @throws `PqrsdError` `INVALID_DAY_COUNT` for a non-integer `n`; `YEAR_OUT_OF_RANGE` when the
 * result leaves the range.
 * @example
 * ```ts
 * import { addCalendarDays } from 'pqrsd/calendar';
 * addCalendarDays('2026-12-31', 1); //=> '2027-01-01'
 * ```
 */
export function addCalendarDays(d: DateInput, n: number): IsoDate {
  const start = parseDayNumber(d);
  return fromDayNumber(start + checkCount(n));
}

/**
 * Compares two civil dates: -1 when `a` is earlier, 0 when equal, 1 when later.
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @example
 * ```ts
 * import { compareDates } from 'pqrsd/calendar';
 * compareDates('2026-01-02', '2026-01-10'); //=> -1
 * ```
 */
export function compareDates(a: DateInput, b: DateInput): -1 | 0 | 1 {
  const x = parseDayNumber(a);
  const y = parseDayNumber(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
