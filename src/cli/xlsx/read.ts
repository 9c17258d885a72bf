/**
 * Reads a worksheet of an `.xlsx` file as a table: the first row with text is the header, every
 * following row with text is a record with its row number in the sheet (what a report calls its
 * «línea»). Streamed: the sheet is inflated and tokenized chunk by chunk, so memory does not grow
 * with the number of rows; only the book's shared-strings table is held (compactly). This module is
 * loaded only for `.xlsx` input (`import()`), so the CSV path and the library never carry it.
 *
 * @module
 */

import { isPqrsdError } from '../../errors.js';
import { sheetTokenizer } from './sheet.js';
import { SharedStrings, sharedStringsTokenizer } from './strings.js';
import { dateStyles } from './styles.js';
import { pickSheet, readWorkbook, type SheetInfo } from './workbook.js';
import { XmlError, type XmlTokenizer } from './xml.js';
import { entryChunks, entryText, notWorkbook, openZip, type ZipArchive } from './zip.js';

/**
 * Callbacks of {@link readXlsx}: the header once, then each record.
 *
 * @example
 * ```ts
 * const h: XlsxHandlers = { header: (names) => console.log(names), row: (cells, line) => console.log(line, cells) };
 * ```
 */
export interface XlsxHandlers {
  /** The header row (names trimmed). */
  header(names: readonly string[]): void;
  /** A record and its row number in the sheet. */
  row(cells: string[], line: number): void;
}

/**
 * Options of {@link readXlsx}.
 *
 * @example
 * ```ts
 * const o: XlsxReadOptions = { sheet: 'Registro' };
 * ```
 */
export interface XlsxReadOptions {
  /** `--hoja`: a sheet name or its 1-based number (default: the first visible worksheet). */
  readonly sheet?: string | undefined;
  /** Called after each block of the sheet (backpressure of the per-row output). */
  readonly onChunk?: (() => Promise<void> | undefined) | undefined;
  /** Progress: compressed bytes of the sheet read, of `total`. */
  readonly onProgress?: ((bytes: number, total: number) => void) | undefined;
}

/**
 * What was read.
 *
 * @example
 * ```ts
 * const s: XlsxSummary = { sheet: 'Hoja1', sheets: ['Hoja1'], date1904: false, records: 10 };
 * ```
 */
export interface XlsxSummary {
  /** The sheet read. */
  readonly sheet: string;
  /** Every sheet of the book, in tab order. */
  readonly sheets: readonly string[];
  /** Whether the book uses the 1904 date system. */
  readonly date1904: boolean;
  /** Records delivered to `row` (the header not included). */
  readonly records: number;
}

/** Most characters of the shared-strings part (it is held in memory). */
const MAX_SHARED_STRINGS = 1 << 30;

async function feed(
  zip: ZipArchive,
  part: string,
  tokenizer: XmlTokenizer,
  after?: () => Promise<void> | undefined,
  onCompressed?: (bytes: number) => void,
): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let chars = 0;
  for await (const chunk of entryChunks(zip, part, onCompressed)) {
    const text = decoder.decode(chunk, { stream: true });
    chars += text.length;
    if (after === undefined && chars > MAX_SHARED_STRINGS)
      throw notWorkbook(zip.label, `la parte «${part}» es demasiado grande`);
    tokenizer.push(text);
    await after?.();
  }
  tokenizer.push(decoder.decode());
  tokenizer.end();
}

async function loadStrings(zip: ZipArchive, part: string | undefined): Promise<SharedStrings> {
  const table = new SharedStrings();
  if (part !== undefined && zip.entries.has(part)) await feed(zip, part, sharedStringsTokenizer(table));
  table.end();
  return table;
}

function sheetPart(zip: ZipArchive, sheet: SheetInfo): string {
  if (sheet.part === undefined || !zip.entries.has(sheet.part))
    throw notWorkbook(zip.label, `le falta la hoja «${sheet.name}»`);
  return sheet.part;
}

/**
 * Reads one sheet of an `.xlsx` file. Throws a {@link PqrsdError} (`INVALID_ARGUMENT`) naming the file
 * when it is not a readable workbook, the sheet does not exist (listing the sheets) or the sheet has
 * no rows.
 *
 * @example
 * ```ts no-run
 * const summary = await readXlsx('/tmp/registro.xlsx', 'registro.xlsx', {
 *   header: (names) => console.log(names),
 *   row: (cells, line) => console.log(line, cells),
 * });
 * ```
 */
export async function readXlsx(
  path: string,
  label: string,
  handlers: XlsxHandlers,
  options: XlsxReadOptions = {},
): Promise<XlsxSummary> {
  const zip = await openZip(path, label);
  try {
    const book = await readWorkbook(zip);
    const sheet = pickSheet(book.sheets, options.sheet, label);
    const part = sheetPart(zip, sheet);
    const styles =
      book.styles !== undefined && zip.entries.has(book.styles)
        ? dateStyles(await entryText(zip, book.styles, 1 << 26))
        : [];
    const strings = await loadStrings(zip, book.sharedStrings);
    let headerDone = false;
    let records = 0;
    const tokenizer = sheetTokenizer(
      { strings, dateStyles: styles, date1904: book.date1904 },
      {
        row(cells, line) {
          if (!headerDone) {
            headerDone = true;
            handlers.header(cells.map((c) => c.trim()));
            return;
          }
          records++;
          handlers.row(cells, line);
        },
      },
    );
    const total = zip.entries.get(part)!.compressedSize;
    await feed(zip, part, tokenizer, options.onChunk ?? (() => undefined), (bytes) =>
      options.onProgress?.(bytes, total),
    );
    if (!headerDone)
      throw notWorkbook(label, `la hoja «${sheet.name}» está vacía: no tiene encabezado ni filas`);
    return { sheet: sheet.name, sheets: book.sheets.map((s) => s.name), date1904: book.date1904, records };
  } catch (error) {
    if (error instanceof XmlError) throw notWorkbook(label, `el XML está dañado (${error.message})`);
    if (isPqrsdError(error)) throw error;
    throw notWorkbook(label, (error as Error).message);
  } finally {
    await zip.close();
  }
}
