/**
 * The dates of registry exports, as entities write them, read into what the schema reads: a civil
 * date `YYYY-MM-DD`, or an ISO instant with its offset.
 *
 * Accepted (see {@link DATE_FORMATS_TEXT}, the one list every message quotes):
 * - `2026-11-27` (ISO) and `2026/11/27`;
 * - `27/11/2026`, `27-11-2026`, `27.11.2026`: the Colombian order, day first. A cell that could be
 *   read month first (`05/03/2021`) is always read day first, and one that is only valid month
 *   first (`03/25/2021`) is rejected, never swapped;
 * - a two-digit year (`05/03/21`): `00`–`69` are 2000–2069, `70`–`99` are 1970–1999;
 * - a month name or abbreviation, Spanish or English (`05-mar-2021`, `5 sept 2021`,
 *   `5 de marzo de 2021`, `05-Dec-21`);
 * - any of the above with a time `HH:MM`, `HH:MM:SS` or `HH:MM:SS.ffffff` (the fraction is
 *   dropped), in 24 hours or with `a. m.` / `p. m.` (`a.m.`, `am`, `AM`…), and an ISO date-time
 *   without offset (`2021-03-05T00:00:00.000`): read in America/Bogota;
 * - an ISO instant with `Z` or an offset, as is;
 * - an Excel serial number written as text (`45680`, `45680.4375`: days since 1899-12-30, which
 *   absorbs Excel's fictitious 29 February 1900), only from {@link EXCEL_SERIAL_MIN} (1990-01-01) to
 *   {@link EXCEL_SERIAL_MAX} (2100-12-31): a smaller or larger number is not taken for a date.
 *
 * The common shapes (`YYYY-MM-DD`, `DD/MM/YYYY`) are tried first, with the same cost as before; the
 * others only when they fail.
 *
 * @module
 */

import { daysFromCivil } from '../calendar/civil-date.js';
import { fromDayNumber, type IsoDate, toCivilDate } from '../calendar/index.js';
import { PqrsdError } from '../errors.js';

/**
 * The accepted date formats, in the words of every message about a date cell or argument.
 *
 * @example
 * ```ts
 * DATE_FORMATS_TEXT.startsWith('AAAA-MM-DD'); //=> true
 * ```
 */
export const DATE_FORMATS_TEXT =
  'AAAA-MM-DD, AAAA/MM/DD, DD/MM/AAAA (también con - o .; día primero), DD/MM/AA ' +
  '(00–69: 2000–2069; 70–99: 1970–1999), DD-mmm-AAAA (ene, feb, … sept, dic, o en inglés), ' +
  'cualquiera de ellas con hora HH:MM[:SS[.fracción]] de 24 horas o con a. m./p. m. (hora de Bogotá), ' +
  'AAAA-MM-DDTHH:MM:SS con Z o con zona (-05:00), o un número de serie de Excel entre 32874 y 73415 ' +
  '(1990-01-01 a 2100-12-31)';

/**
 * The smallest Excel serial read as a date: 1990-01-01.
 *
 * @example
 * ```ts
 * EXCEL_SERIAL_MIN; //=> 32874
 * ```
 */
export const EXCEL_SERIAL_MIN = 32874;
/**
 * The largest Excel serial read as a date: 2100-12-31.
 *
 * @example
 * ```ts
 * EXCEL_SERIAL_MAX; //=> 73415
 * ```
 */
export const EXCEL_SERIAL_MAX = 73415;
/** Day number (days since 1970-01-01) of Excel's day 0 in the 1900 system, for serials ≥ 61. */
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

/** Whether a 10-character string is `DDDD-DD-DD` (ASCII digits), without a regular expression. */
function isIsoShape(v: string): boolean {
  for (let i = 0; i < 10; i++) {
    const c = v.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

// The shapes that were read before, unchanged and tried first (their cost is the audit's).
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
// The others, tried only when those fail.
const SERIAL = /^(\d{5})(?:\.(\d{1,15}))?$/;
/** Blanks: space, tab, no-break space and narrow no-break space (Excel's «a. m.» carries them). */
const B = '[ \\t\\u00a0\\u202f]';
const TIME = `(?:${B}+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?:${B}*([aApP])\\.?${B}*[mM]\\.?)?`;
const DMY_LONG = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:${TIME})?$`);
const YMD_LONG = new RegExp(`^(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})(?:${TIME})?$`);
const NAMED = new RegExp(
  `^(\\d{1,2})(?:${B}*[/.-]${B}*|${B}+(?:de${B}+)?)([A-Za-zÁÉÍÓÚáéíóú]{3,10})\\.?(?:${B}*[/.-]${B}*|${B}+(?:de(?:l)?${B}+)?)(\\d{4}|\\d{2})(?:${TIME})?$`,
);

/** Month names and abbreviations (Spanish and English, lower case, without accents) → month. */
const MONTHS: Readonly<Record<string, number>> = {
  ene: 1,
  enero: 1,
  jan: 1,
  january: 1,
  feb: 2,
  febrero: 2,
  february: 2,
  mar: 3,
  marzo: 3,
  march: 3,
  abr: 4,
  abril: 4,
  apr: 4,
  april: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  junio: 6,
  june: 6,
  jul: 7,
  julio: 7,
  july: 7,
  ago: 8,
  agosto: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  set: 9,
  septiembre: 9,
  setiembre: 9,
  september: 9,
  oct: 10,
  octubre: 10,
  october: 10,
  nov: 11,
  noviembre: 11,
  november: 11,
  dic: 12,
  diciembre: 12,
  dec: 12,
  december: 12,
};

function pad2(s: string | number): string {
  const t = String(s);
  return t.length === 1 ? `0${t}` : t;
}

/** Bogotá's UTC offset for a local civil date (Decretos 717 de 1992 y 267 de 1993: 1992-05-02 a 1993-02-06). */
function bogotaOffset(date: string): string {
  return date >= '1992-05-02' && date < '1993-02-07' ? '-04:00' : '-05:00';
}

function localInstant(date: string, h: string, m: string, s: string | undefined): string {
  return `${date}T${pad2(h)}:${m}:${s ?? '00'}${bogotaOffset(date)}`;
}

/** A two-digit year in four: 00–69 → 2000–2069, 70–99 → 1970–1999. */
function fullYear(y: string): string {
  if (y.length === 4) return y;
  return `${Number(y) < 70 ? '20' : '19'}${y}`;
}

/**
 * The date, and the time when given, of a match whose groups from `t` are hour, minute, second and
 * the a. m./p. m. letter; `undefined` when the time does not exist (25:00, 13 p. m., 0 a. m.).
 */
function withTime(date: string, m: RegExpExecArray, t: number): string | undefined {
  const hRaw = m[t];
  if (hRaw === undefined) return date;
  let h = Number(hRaw);
  const minute = m[t + 1]!;
  const second = m[t + 2];
  const half = m[t + 3];
  if (Number(minute) > 59 || (second !== undefined && Number(second) > 59)) return undefined;
  if (half !== undefined) {
    if (h < 1 || h > 12) return undefined;
    const pm = half === 'p' || half === 'P';
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  } else if (h > 23) return undefined;
  return localInstant(date, String(h), minute, second);
}

/** An Excel serial (1900 system) as a date, or a Bogotá local instant when it has a time fraction. */
function fromSerial(m: RegExpExecArray): string | undefined {
  const days = Number(m[1]);
  if (days < EXCEL_SERIAL_MIN || days > EXCEL_SERIAL_MAX) return undefined;
  const fraction = m[2];
  const date = fromDayNumber(EXCEL_EPOCH + days);
  if (fraction === undefined || /^0+$/.test(fraction)) return date;
  let seconds = Math.round(Number(`0.${fraction}`) * 86_400);
  if (seconds >= 86_400) {
    if (days === EXCEL_SERIAL_MAX) return undefined;
    return fromDayNumber(EXCEL_EPOCH + days + 1);
  }
  const h = Math.floor(seconds / 3600);
  seconds -= h * 3600;
  const min = Math.floor(seconds / 60);
  return localInstant(date, String(h), pad2(min), pad2(seconds - min * 60));
}

/** The accent-free lower-case month token. */
function monthOf(name: string): number | undefined {
  const key = name.toLowerCase().replace(/[áéíóú]/g, (c) => ({ á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' })[c]!);
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}

/** The shapes tried after the common ones: `undefined` when none fits. */
function normalizeRare(value: string): string | undefined {
  let m = SERIAL.exec(value);
  if (m) return fromSerial(m);
  m = DMY_LONG.exec(value);
  if (m) return withTime(`${fullYear(m[4]!)}-${pad2(m[3]!)}-${pad2(m[1]!)}`, m, 5);
  m = YMD_LONG.exec(value);
  if (m) return withTime(`${m[1]}-${pad2(m[3]!)}-${pad2(m[4]!)}`, m, 5);
  m = NAMED.exec(value);
  if (m) {
    const month = monthOf(m[2]!);
    if (month === undefined) return undefined;
    return withTime(`${fullYear(m[3]!)}-${pad2(month)}-${pad2(m[1]!)}`, m, 4);
  }
  return undefined;
}

/**
 * Normalises a date cell to what the schema reads: `YYYY-MM-DD`, or an ISO instant with offset (a
 * local time is read in America/Bogota). Any of the formats of the module is accepted; anything else
 * is returned trimmed and unchanged, for the validation to reject (quoting the cell as written, with
 * {@link dateCellMessage}). The shapes are normalised, not validated: `31/02/2026` gives
 * `2026-02-31`, which the calendar then rejects. Empty text gives `undefined`.
 *
 * @example
 * ```ts
 * normalizeDateCell('27/11/2026'); //=> '2026-11-27'
 * normalizeDateCell('2026-11-27 18:30'); //=> '2026-11-27T18:30:00-05:00'
 * normalizeDateCell('5/03/2021 10:22:00 a. m.'); //=> '2021-03-05T10:22:00-05:00'
 * normalizeDateCell('45680'); //=> '2025-01-23'
 * normalizeDateCell('05-mar-21'); //=> '2021-03-05'
 * normalizeDateCell('2026-11-27T23:30:00Z'); //=> '2026-11-27T23:30:00Z'
 * ```
 */
export function normalizeDateCell(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (value.length === 10 && isIsoShape(value)) return value;
  let m = DMY.exec(value);
  if (m) {
    const date = `${m[3]}-${pad2(m[2]!)}-${pad2(m[1]!)}`;
    return m[4] === undefined ? date : localInstant(date, m[4], m[5]!, m[6]);
  }
  m = YMD_SLASH.exec(value);
  if (m) return `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`;
  m = LOCAL_DATETIME.exec(value);
  if (m) return localInstant(m[1]!, m[2]!, m[3]!, m[4]);
  return normalizeRare(value) ?? value;
}

/**
 * The message for a date cell or argument that cannot be read: the cell quoted as written, then the
 * accepted formats.
 *
 * @example
 * ```ts
 * dateCellMessage('31/02/2026').startsWith('«31/02/2026» no es una fecha válida'); //=> true
 * ```
 */
export function dateCellMessage(raw: string): string {
  return `«${raw.trim()}» no es una fecha válida (formatos aceptados: ${DATE_FORMATS_TEXT})`;
}

/**
 * Reads a date cell or argument strictly: the normalised date (`YYYY-MM-DD`) or instant (with its
 * offset), checked against the calendar. Throws `PqrsdError` `INVALID_DATE` (with
 * {@link dateCellMessage}: the text as written and the accepted formats) for an empty, unreadable or
 * impossible date, and `YEAR_OUT_OF_RANGE` (same message) outside the calendar's years.
 *
 * @example
 * ```ts
 * parseDateCell('5/03/2021 02:10:00 p. m.'); //=> '2021-03-05T14:10:00-05:00'
 * parseDateCell('31/02/2026'); // lanza PqrsdError INVALID_DATE: «31/02/2026» no es una fecha válida…
 * ```
 */
export function parseDateCell(raw: string): string {
  const value = normalizeDateCell(raw);
  if (value !== undefined) {
    try {
      toCivilDate(value);
      return value;
    } catch (error) {
      const code =
        (error as { code?: unknown }).code === 'YEAR_OUT_OF_RANGE' ? 'YEAR_OUT_OF_RANGE' : 'INVALID_DATE';
      throw new PqrsdError(code, dateCellMessage(raw), { value: raw });
    }
  }
  throw new PqrsdError('INVALID_DATE', dateCellMessage(raw), { value: raw });
}

/**
 * Reads a date argument strictly to its civil date in Colombia (an instant gives its Bogotá date):
 * for the commands' date arguments (`--corte`, `habiles 5/03/2021 10`…). Throws as
 * {@link parseDateCell}.
 *
 * @example
 * ```ts
 * parseCivilDateCell('05-mar-2021'); //=> '2021-03-05'
 * parseCivilDateCell('45680.9'); //=> '2025-01-23'
 * ```
 */
export function parseCivilDateCell(raw: string): IsoDate {
  return toCivilDate(parseDateCell(raw));
}

/**
 * A command's date argument (`--corte`, `--radicado`, `habiles <desde>`…), read by
 * {@link parseDateCell} (`civil`: to its civil date in Colombia, by {@link parseCivilDateCell}).
 * Throws the usage error (`INVALID_ARGUMENT`, exit 2) naming the argument, quoting the text as written
 * and listing the accepted formats.
 *
 * @example
 * ```ts
 * dateArgument('5/03/2021', '--corte', true); //=> '2021-03-05'
 * dateArgument('mañana', '--corte', true); // lanza: --corte: «mañana» no es una fecha válida (formatos aceptados: …)
 * ```
 */
export function dateArgument(raw: string, name: string, civil = false): string {
  if (raw.trim() === '') throw new PqrsdError('INVALID_ARGUMENT', `${name} está vacío`, { value: raw });
  try {
    return civil ? parseCivilDateCell(raw) : parseDateCell(raw);
  } catch (error) {
    throw new PqrsdError('INVALID_ARGUMENT', `${name}: ${(error as Error).message}`, { value: raw });
  }
}
