/**
 * Excel's date serials. A date in a workbook is a number of days (the fraction is the time of day)
 * counted in one of two date systems, chosen per workbook (`workbook.xml`, `workbookPr date1904`):
 *
 * - 1900 system (the default): serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's error of taking
 *   1900 as a leap year, so serial 60 is the fictitious 1900-02-29 and serials 1-59 are one day
 *   off the usual count (serial 61 is 1900-03-01).
 * - 1904 system (old Mac workbooks): serial 0 is 1904-01-01.
 *
 * The result is local civil time as the cell shows it (`YYYY-MM-DD` or `YYYY-MM-DD HH:MM[:SS]`, no
 * offset), the text the date columns of the audit already read. Computed in UTC arithmetic: the host's
 * time zone plays no part.
 *
 * @module
 */

const DAY_MS = 86_400_000;
/** 1899-12-30: serial 0 for serials from 61 on in the 1900 system. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01: serial 0 in the 1904 system. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, Excel's last date, in the 1900 system. */
const MAX_SERIAL = 2_958_465;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The text of a date serial, or `undefined` when the number is no date Excel can show (negative,
 * past 9999-12-31, not finite). The fictitious 1900-02-29 (serial 60) and 1900-01-00 (serial 0)
 * are returned as such, so that the audit rejects them as invalid dates instead of shifting them.
 * A time of day is rounded to the second; a whole day gives the date alone.
 *
 * @example
 * ```ts
 * excelSerialToText(45680, false); //=> '2025-01-23'
 * excelSerialToText(45680.5, false); //=> '2025-01-23 12:00'
 * excelSerialToText(60, false); //=> '1900-02-29'
 * excelSerialToText(0, true); //=> '1904-01-01'
 * ```
 */
export function excelSerialToText(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= MAX_SERIAL + 1 - (date1904 ? 1462 : 0))
    return undefined;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days++;
    seconds = 0;
  }
  let date: string;
  if (date1904) date = isoDay(EPOCH_1904 + days * DAY_MS);
  else if (days === 0) date = '1900-01-00';
  else if (days === 60) date = '1900-02-29';
  else date = isoDay(EPOCH_1900 + (days < 60 ? days + 1 : days) * DAY_MS);
  if (seconds === 0) return date;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${date} ${pad(h)}:${pad(m)}${s === 0 ? '' : `:${pad(s)}`}`;
}

/** Recent days already formatted (a registry has a few thousand distinct days). */
const DAY_CACHE = new Map<number, string>();

function isoDay(ms: number): string {
  let text = DAY_CACHE.get(ms);
  if (text === undefined) {
    const d = new Date(ms);
    text = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (DAY_CACHE.size >= 20_000) DAY_CACHE.clear();
    DAY_CACHE.set(ms, text);
  }
  return text;
}

/**
 * The text of an ISO 8601 date cell (`t="d"`, strict SpreadsheetML): the date alone at midnight,
 * else `YYYY-MM-DD HH:MM:SS` (local, as written; a trailing `Z` or fraction is dropped).
 *
 * @example
 * ```ts
 * isoCellText('2021-03-05T00:00:00'); //=> '2021-03-05'
 * isoCellText('2021-03-05T10:22:00.000Z'); //=> '2021-03-05 10:22:00'
 * ```
 */
export function isoCellText(raw: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?Z?)?$/.exec(raw.trim());
  if (m === null) return raw.trim();
  const time = m[2];
  return time === undefined || /^00:00(:00)?$/.test(time) ? m[1]! : `${m[1]} ${time}`;
}
