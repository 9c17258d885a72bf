/**
 * Instants (a radicación timestamp) to civil dates in Colombia (America/Bogota), without reading
 * the host time zone and without `Intl` at runtime.
 *
 * Colombia has used UTC-5 since 1914 (Decreto 2707 de 1982), except the daylight-saving period
 * of 1992–93 (UTC-4, "hora Gaviria"): Decreto 717 de 1992 art. 2 moved the clock "a las
 * veinticuatro horas del día 1º de mayo" (1992-05-02 00:00 local, 05:00 UTC, clocks jump to
 * 01:00) and Decreto 267 de 1993 art. 2 moved it back "a las veinticuatro horas del día 6 de
 * febrero" (1993-02-07 04:00 UTC, clocks go back to 23:00 of 6 February). The IANA database
 * (`Rule CO`) agrees from tzdata 2026d; earlier releases start the period a day late.
 *
 * @module
 */
import { PqrsdError } from '../errors.js';
import { show } from '../show.js';
import { daysFromCivil, daysInMonth, fromDayNumber, parseIsoDate } from './civil-date.js';
import type { IsoDate } from './types.js';

/** Start of daylight time (Decreto 717 de 1992 art. 2): 1992-05-02T05:00:00Z, 24:00 of 1 May. */
const DST_START = 704_782_800_000;
/** End of daylight time (Decreto 267 de 1993 art. 2): 1993-02-07T04:00:00Z, 24:00 of 6 Feb. */
const DST_END = 729_057_600_000;
const DAY_MS = 86_400_000;

/**
 * The civil date and time of an instant in America/Bogota, returned by {@link toCivilDateTime}.
 *
 * @example
 * ```ts
 * import { toCivilDateTime, type CivilDateTime } from 'pqrsd/calendar';
 * const t: CivilDateTime = toCivilDateTime('2026-11-27T17:30:00-05:00'); // { date: '2026-11-27', minutes: 1050 }
 * ```
 */
export interface CivilDateTime {
  /** Civil date in Colombia. */
  readonly date: IsoDate;
  /** Minutes since local midnight (0–1439). */
  readonly minutes: number;
}

function invalidInstant(value: unknown, why: string): PqrsdError {
  const shown = value instanceof Date ? 'Date inválido' : show(value);
  return new PqrsdError('INVALID_INSTANT', `«${shown}» no es un instante válido: ${why}`, { value });
}

/**
 * UTC offset of Bogotá at an instant, in minutes: -300 (UTC-5), or -240 during the
 * 1992–93 daylight period.
 *
 * @throws `PqrsdError` `INVALID_INSTANT` for an invalid `Date`.
 * @example
 * ```ts
 * import { bogotaOffsetMinutes } from 'pqrsd/calendar';
 * bogotaOffsetMinutes(new Date('2026-11-27T12:00:00Z')); //=> -300
 * bogotaOffsetMinutes(new Date('1992-12-01T12:00:00Z')); //=> -240
 * ```
 */
export function bogotaOffsetMinutes(instant: Date): number {
  return offsetOfMs(msOf(instant));
}

function offsetOfMs(ms: number): number {
  return ms >= DST_START && ms < DST_END ? -240 : -300;
}

function msOf(instant: unknown): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw invalidInstant(instant, 'se espera un Date válido');
  return ms;
}

// YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** Milliseconds since the epoch of an ISO 8601 string with offset. */
function parseInstantString(s: string): number {
  const m = INSTANT_RE.exec(s);
  if (!m) {
    throw invalidInstant(s, 'se espera ISO 8601 con zona (Z o ±HH:MM); sin zona la hora es ambigua');
  }
  const [y, mo, d, h, mi, se = '0', frac = '', z, sign, oh = '0', om = '0'] = m.slice(1) as string[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(se);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    Number(oh) > 23 ||
    Number(om) > 59
  ) {
    throw invalidInstant(s, 'fecha, hora o zona fuera de rango');
  }
  const offset = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const local =
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offset) * 60 + second) * 1000;
  return local + Math.floor(Number(`0${frac}`) * 1000);
}

/**
 * The civil date and the minutes since local midnight of an instant in America/Bogota.
 * Accepts what {@link toCivilDate} accepts; a bare `'YYYY-MM-DD'` gives `minutes: 0`
 * (no time known: the start of that day).
 *
 * @throws `PqrsdError` `INVALID_INSTANT`, `INVALID_DATE` or `YEAR_OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { toCivilDateTime } from 'pqrsd/calendar';
 * toCivilDateTime('2026-11-28T04:30:00Z'); //=> { date: '2026-11-27', minutes: 1410 }
 * ```
 */
export function toCivilDateTime(instant: Date | string): CivilDateTime {
  let ms: number;
  if (typeof instant === 'string') {
    if (instant.length === 10) return { date: parseIsoDate(instant), minutes: 0 };
    ms = parseInstantString(instant);
  } else {
    ms = msOf(instant);
  }
  const local = ms + offsetOfMs(ms) * 60_000;
  const day = Math.floor(local / DAY_MS);
  return { date: fromDayNumber(day), minutes: Math.floor((local - day * DAY_MS) / 60_000) };
}

/**
 * The civil date in Colombia (America/Bogota) of an instant: a `Date`, or an ISO 8601 string
 * WITH offset or `Z` (`'2026-11-27T23:30:00-05:00'`, `'2026-11-28T04:30:00Z'`). A bare
 * `'YYYY-MM-DD'` is returned validated as is. Never depends on the host time zone.
 *
 * @throws `PqrsdError` `INVALID_INSTANT` for an invalid `Date`, a malformed string or a local
 * time without offset (ambiguous); `YEAR_OUT_OF_RANGE` when the date leaves the supported range.
 * @example
 * ```ts
 * import { toCivilDate } from 'pqrsd/calendar';
 * toCivilDate('2026-11-28T04:30:00Z'); //=> '2026-11-27'
 * toCivilDate(new Date('2026-11-28T05:00:00Z')); //=> '2026-11-28'
 * ```
 */
export function toCivilDate(instant: Date | string): IsoDate {
  return toCivilDateTime(instant).date;
}
