/**
 * The rows of a worksheet (`xl/worksheets/sheetN.xml`), streamed: each `<row>` becomes a list of cell
 * texts as the sheet shows them, with the sheet's own row number. Cells are placed by their reference
 * (`<c r="D5">` after `B5` leaves `C5` empty); shared strings, inline strings (rich runs joined),
 * numbers, booleans, errors and formula results are read; a number in a date style becomes a date
 * text ({@link excelSerialToText}). Rows with no text at all are skipped, as blank lines of a CSV.
 *
 * @module
 */

import { excelSerialToText, isoCellText } from './dates.js';
import { attr, attrStart, decodeOoxmlEscapes, XmlError, XmlTokenizer } from './xml.js';

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

/**
 * The zero-based column of a cell reference (`B5` → 1), or -1 when it is not one.
 *
 * @example
 * ```ts
 * columnIndex('AB12'); //=> 27
 * ```
 */
export function columnIndex(ref: string, from = 0): number {
  let col = 0;
  let i = from;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLUMNS) return -1;
  }
  return i === from ? -1 : col - 1;
}

/** A non-negative integer attribute read in place (`s="12"`), or `fallback` when absent. */
function intAttr(tag: string, name: string, fallback: number): number {
  const start = attrStart(tag, name);
  if (start < 0) return fallback;
  let n = 0;
  let i = start;
  for (; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return i === start ? -1 : n;
}

/**
 * A number cell's text: integers in full without exponent or `.0` (`20191700062932`), other numbers
 * in their shortest round-trip form.
 *
 * @example
 * ```ts
 * numberText(20191700062932); //=> '20191700062932'
 * numberText(1e21); //=> '1000000000000000000000'
 * numberText(0.1 + 0.2); //=> '0.30000000000000004'
 * ```
 */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  return String(n);
}

/** How the sheet is read: the book's shared strings, date styles and date system. */
export interface SheetContext {
  /** The shared-strings table (a `SharedStrings`): the text at an index, if any. */
  readonly strings: { get(index: number): string | undefined };
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Receives the rows of a sheet. */
export interface SheetRowSink {
  /** A row with some text, and its number in the sheet (1-based). */
  row(cells: string[], rowNumber: number): void;
}

/**
 * A tokenizer that reads the XML of a worksheet and hands each row to `sink`.
 *
 * @example
 * ```ts
 * const rows: string[][] = [];
 * const strings = { get: (i: number) => ['Queja'][i] };
 * const t = sheetTokenizer({ strings, dateStyles: [], date1904: false }, { row: (c) => rows.push(c) });
 * t.push('<sheetData><row r="2"><c r="A2"><v>7</v></c><c r="C2" t="s"><v>0</v></c></row></sheetData>');
 * t.end();
 * rows; //=> [['7', '', 'Queja']]
 * ```
 */
export function sheetTokenizer(context: SheetContext, sink: SheetRowSink): XmlTokenizer {
  const { strings, dateStyles, date1904 } = context;
  let cells: string[] = [];
  let rowNumber = 0;
  let inRow = false;
  let column = -1;
  let type = '';
  let style = 0;
  let inCell = false;
  let value = '';
  let inline = false;
  let phonetic = 0;
  let hasText = false;

  const cellText = (): string => {
    switch (type) {
      case 's': {
        if (value === '') return '';
        const s = strings.get(Number(value));
        if (s === undefined)
          throw new XmlError(`la celda apunta al texto compartido ${value}, que no existe`);
        return s;
      }
      case 'inlineStr':
      case 'str':
        return decodeOoxmlEscapes(value);
      case 'e':
        return value;
      case 'b':
        return value === '' ? '' : value.trim() === '1' || value.trim() === 'true' ? 'VERDADERO' : 'FALSO';
      case 'd':
        return isoCellText(value);
      default: {
        const raw = value.trim();
        if (raw === '') return '';
        const n = Number(raw);
        if (!Number.isFinite(n)) return raw;
        if (dateStyles[style] === true) return excelSerialToText(n, date1904) ?? numberText(n);
        return numberText(n);
      }
    }
  };

  const endRow = () => {
    if (hasText) sink.row(cells, rowNumber);
    cells = [];
    hasText = false;
    inRow = false;
  };

  const visitor = {
    wantText: false,
    open(name: string, tag: string, empty: boolean) {
      switch (name) {
        case 'row': {
          if (inRow) endRow();
          const r = attr(tag, 'r');
          const n = r === undefined ? rowNumber + 1 : Number(r);
          if (!Number.isSafeInteger(n) || n < 1) throw new XmlError(`número de fila inválido «${r}»`);
          rowNumber = n;
          column = -1;
          inRow = true;
          if (empty) endRow();
          return;
        }
        case 'c': {
          const ref = attrStart(tag, 'r');
          const col = ref < 0 ? column + 1 : columnIndex(tag, ref);
          if (col < 0 || col >= MAX_COLUMNS)
            throw new XmlError(`referencia de celda inválida «${attr(tag, 'r')}»`);
          column = col;
          type = tag.indexOf('t', 2) < 0 ? 'n' : (attr(tag, 't') ?? 'n');
          style = intAttr(tag, 's', 0);
          value = '';
          inline = false;
          phonetic = 0;
          inCell = !empty;
          return;
        }
        case 'v':
          if (inCell && !empty) visitor.wantText = true;
          return;
        case 'is':
          inline = inCell && !empty;
          return;
        case 'rPh':
          if (!empty) phonetic++;
          return;
        case 't':
          if (inline && phonetic === 0 && !empty) visitor.wantText = true;
          return;
        default:
      }
    },
    close(name: string) {
      switch (name) {
        case 'v':
        case 't':
          visitor.wantText = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'is':
          inline = false;
          return;
        case 'c': {
          if (!inCell) return;
          inCell = false;
          const text = cellText();
          if (text === '') return;
          while (cells.length < column) cells.push('');
          cells[column] = text;
          hasText = true;
          return;
        }
        case 'row':
          if (inRow) endRow();
          return;
        default:
      }
    },
    text(chunk: string) {
      value += chunk;
    },
  };
  return new XmlTokenizer(visitor);
}
