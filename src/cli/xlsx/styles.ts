/**
 * Which cell styles of a workbook show numbers as dates (`xl/styles.xml`): a number in such a cell is
 * a date serial. A style points to a number format by id: the built-in date and time formats are
 * ids 14-22 and 45-47; a custom format is a date when its code, outside quoted text, `[…]` sections
 * (colours, locales, elapsed time) and escaped characters, has a day, month, year, hour or second
 * letter (`d`, `m`, `y`, `h`, `s`: the file keeps the codes in that form whatever the language of Excel).
 *
 * @module
 */

import { attr, XmlTokenizer } from './xml.js';

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format code shows a date or time.
 *
 * @example
 * ```ts
 * isDateFormatCode('dd/mm/yyyy hh:mm'); //=> true
 * isDateFormatCode('"Día "0'); //=> false
 * isDateFormatCode('#,##0.00'); //=> false
 * ```
 */
export function isDateFormatCode(code: string): boolean {
  // Only the first section (positive numbers) decides.
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '')
    .split(';')[0]!;
  if (/^\s*general\s*$/i.test(stripped)) return false;
  return /[dmyhs]/i.test(stripped);
}

/**
 * Reads `styles.xml` and returns, per cell style index (`<c s="…">`), whether it is a date style.
 *
 * @example
 * ```ts
 * dateStyles('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'); //=> [false, true]
 * ```
 */
export function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  const t = new XmlTokenizer({
    wantText: false,
    open(name, tag, empty) {
      if (name === 'numFmt') {
        custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      } else if (name === 'cellXfs') {
        inCellXfs = !empty;
      } else if (name === 'xf' && inCellXfs) {
        formats.push(Number(attr(tag, 'numFmtId') ?? 0));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  t.push(xml);
  t.end();
  return formats.map((id) => {
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATES.has(id) : isDateFormatCode(code);
  });
}
