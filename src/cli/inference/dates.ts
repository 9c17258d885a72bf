/**
 * Whether a cell looks like a date, and its civil day, for telling columns apart by their content.
 * Broader than what the audit reads (this only has to recognise a column of dates and order them):
 * ISO dates and date-times (with fractions of a second), `D/M/AAAA` and `D/M/AA` with an optional
 * time and `a. m.`/`p. m.`, `05-mar-2021`, and spreadsheet serial numbers (1900 system).
 *
 * @module
 */

const MONTHS: Readonly<Record<string, number>> = {
  ene: 1,
  feb: 2,
  mar: 3,
  abr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  ago: 8,
  sep: 9,
  set: 9,
  oct: 10,
  nov: 11,
  dic: 12,
  jan: 1,
  apr: 4,
  aug: 8,
  dec: 12,
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[ t].*)?$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ t,].*)?$/;
const D_MON_Y = /^(\d{1,2})[-/ ]([a-z]{3})[a-z]*\.?[-/ ](\d{2}|\d{4})(?:[ t].*)?$/;
const SERIAL = /^(\d{5})(?:\.\d+)?$/;

/**
 * The civil day of a date-looking cell as `AAAA-MM-DD` (for ordering), or `null`.
 *
 * @example
 * ```ts
 * sortableDate('5/03/2021 10:22:00 a. m.'); //=> '2021-03-05'
 * sortableDate('45680'); //=> '2025-01-23'
 * sortableDate('Petición'); //=> null
 * ```
 */
export function sortableDate(cell: string): string | null {
  const v = cell.trim().toLowerCase();
  if (v.length < 5 || v.length > 40) return null;
  let m = ISO.exec(v) ?? YMD_SLASH.exec(v);
  if (m) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(v);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return civil(y, Number(m[2]), Number(m[1]));
  }
  m = D_MON_Y.exec(v);
  if (m) {
    const month = MONTHS[m[2]!];
    if (month === undefined) return null;
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return civil(y, month, Number(m[1]));
  }
  m = SERIAL.exec(v);
  if (m) {
    const serial = Number(m[1]);
    // 1995-01-01 .. 2064-12-31 in the 1900 system: a plausible registry date, not an id.
    if (serial < 34700 || serial > 60600) return null;
    const ms = Date.UTC(1899, 11, 30) + serial * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return null;
}

function civil(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
