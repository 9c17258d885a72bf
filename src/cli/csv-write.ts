/**
 * Writing CSV that is safe to open in a spreadsheet.
 *
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice
 * and Google Sheets as a formula; their fullwidth forms `＝ ＋ － ＠` are neutralised as well ("CSV injection", OWASP). Every such cell is neutralised by prefixing
 * an apostrophe, which spreadsheets show as text. Cells are quoted (RFC 4180) when they contain the
 * separator, a quote or a line break.
 *
 * @module
 */

// Fullwidth ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) too: spreadsheets in CJK locales turn what
// is typed with them into formulas, and the guard costs one apostrophe on a cell nobody writes.
const DANGEROUS_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Neutralises a cell that a spreadsheet would run as a formula (prefix `'`). Other values are unchanged.
 *
 * @example
 * ```ts
 * neutralizeCell('=HYPERLINK("http://x")'); //=> "'=HYPERLINK(\"http://x\")"
 * neutralizeCell('2026-11-27'); //=> '2026-11-27'
 * ```
 */
export function neutralizeCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV cell: neutralised, then quoted when needed. `null` and `undefined` become an empty cell;
 * numbers and booleans are written as text. Negative numbers are kept (they are data, not formulas).
 *
 * @example
 * ```ts
 * csvCell('a;b', ';'); //=> '"a;b"'
 * csvCell('+57 300', ','); //=> "'+57 300"
 * csvCell(-3, ','); //=> '-3'
 * ```
 */
export function csvCell(value: string | number | boolean | null | undefined, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutralizeCell(value);
  if (safe.includes(separator) || safe.includes('"') || safe.includes('\n') || safe.includes('\r')) {
    return `"${safe.replaceAll('"', '""')}"`;
  }
  return safe;
}

/**
 * One CSV line (with CRLF, as RFC 4180 and Excel expect).
 *
 * @example
 * ```ts
 * csvLine(['radicado', '=1+1'], ','); //=> "radicado,'=1+1\r\n"
 * ```
 */
export function csvLine(
  values: readonly (string | number | boolean | null | undefined)[],
  separator: string,
): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += separator;
    out += csvCell(values[i], separator);
  }
  return `${out}\r\n`;
}
