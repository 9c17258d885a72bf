/**
 * A streaming CSV reader for entity exports (RFC 4180 with the tolerances real files need).
 *
 * - Quotes per RFC 4180 (`""` inside a quoted field), fields spanning lines, CRLF or LF.
 * - Separator `,`, `;` or tab detected on the header line (Excel in Spanish writes `;`).
 * - UTF-8 with or without BOM, or Windows-1252 (Excel's "CSV" in Spanish Windows): the bytes are
 *   read as UTF-8 while they are valid UTF-8; at the first invalid sequence the rest of the file is
 *   decoded as Windows-1252 (ASCII is the same in both, so nothing already read changes).
 * - A guard on the length of a record and on the number of fields: an oversized row is reported with
 *   its line number and skipped, and reading goes on.
 * - Row numbers are the file's line numbers (the header is line 1), as a spreadsheet shows them.
 * - Memory holds one chunk plus one partial record: it does not grow with the file.
 *
 * @module
 */

import { isUtf8 } from 'node:buffer';
import { PqrsdError } from '../errors.js';

/**
 * The separators the reader detects.
 *
 * @example
 * ```ts
 * const s: CsvSeparator = ';';
 * ```
 */
export type CsvSeparator = ',' | ';' | '\t';

/**
 * Encodings the reader understands.
 *
 * @example
 * ```ts
 * const e: CsvEncoding = 'windows-1252';
 * ```
 */
export type CsvEncoding = 'utf-8' | 'windows-1252';

/**
 * Options of {@link CsvParser} and {@link readCsv}.
 *
 * @example
 * ```ts
 * const o: CsvReadOptions = { separator: 'auto', maxRecordLength: 1 << 20 };
 * ```
 */
export interface CsvReadOptions {
  /** `auto` (default) detects `,`, `;` or tab on the header line. */
  readonly separator?: CsvSeparator | 'auto';
  /** `auto` (default): UTF-8 while valid, else Windows-1252. */
  readonly encoding?: CsvEncoding | 'auto';
  /** Longest record in characters (default 1 MiB); longer ones are reported and skipped. */
  readonly maxRecordLength?: number;
  /** Most fields in a record (default 2,000); more are reported and the row skipped. */
  readonly maxFields?: number;
  /**
   * The input has no header: it is a piece of a file cut at a record boundary, whose first record
   * starts on this line (the parallel audit). Needs a fixed `separator`.
   */
  readonly firstLine?: number;
}

/**
 * Callbacks of the reader. `header` runs once with the first record; it may throw to stop reading.
 *
 * @example
 * ```ts
 * const h: CsvHandlers = {
 *   header: (names) => console.log(names),
 *   row: (fields, line) => console.log(line, fields),
 *   rowError: (line, reason) => console.error(line, reason),
 * };
 * ```
 */
export interface CsvHandlers {
  /** The header record (names trimmed). */
  header(names: readonly string[], info: { readonly separator: CsvSeparator }): void;
  /** A data record and the line where it starts (header = line 1). */
  row(fields: string[], line: number): void;
  /** A record that could not be read (too long, too many fields, unterminated quote). */
  rowError(line: number, reason: string): void;
}

/**
 * What the reader saw, once the input is consumed.
 *
 * @example
 * ```ts
 * const s: CsvSummary = { encoding: 'utf-8', bom: false, separator: ',', records: 10, errors: 0, lines: 11, bytes: 420 };
 * ```
 */
export interface CsvSummary {
  /** The encoding the bytes were decoded with (after detection). */
  readonly encoding: CsvEncoding;
  /** Whether a UTF-8 byte-order mark was found (and removed). */
  readonly bom: boolean;
  /** The separator in use. */
  readonly separator: CsvSeparator;
  /** Data records delivered to `row` (the header not included). */
  readonly records: number;
  /** Records reported to `rowError`. */
  readonly errors: number;
  /** Physical lines read. */
  readonly lines: number;
  /** Bytes read. */
  readonly bytes: number;
}

/** Windows-1252 code points for bytes 0x80-0x9F (the rest is ISO-8859-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
].map((c) => String.fromCharCode(c));
const C1_RANGE = /[\x80-\x9f]/g;

/**
 * Decodes Windows-1252 bytes (Excel's "CSV" on Spanish Windows) to a string.
 *
 * @example
 * ```ts
 * decodeWindows1252(Uint8Array.from([0x50, 0xe9, 0x80])); //=> 'Pé€'
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return C1_RANGE.test(latin1)
    ? latin1.replace(C1_RANGE, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!)
    : latin1;
}

/** Length of an incomplete UTF-8 sequence at the end of `b` (0 when it ends on a boundary). */
function incompleteUtf8Tail(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

const DEFAULT_MAX_RECORD = 1 << 20;
const DEFAULT_MAX_FIELDS = 2000;

/**
 * Detects the separator of a header line: the most frequent of `;`, `,` and tab outside quotes
 * (`,` when none appears).
 *
 * @example
 * ```ts
 * detectSeparator('radicado;tipo;fecha_radicacion'); //=> ';'
 * ```
 */
export function detectSeparator(line: string): CsvSeparator {
  let semi = 0;
  let comma = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 59) semi++;
    else if (c === 44) comma++;
    else if (c === 9) tab++;
  }
  if (tab > semi && tab > comma) return '\t';
  return semi > comma ? ';' : ',';
}

/**
 * An incremental CSV parser: feed it bytes with {@link CsvParser.push}, finish with
 * {@link CsvParser.end}. Records go to the {@link CsvHandlers} as soon as they are complete.
 *
 * @example
 * ```ts
 * const rows: string[][] = [];
 * const p = new CsvParser({ header() {}, row: (f) => rows.push(f), rowError() {} });
 * p.push(Buffer.from('a;b\n1;"x;y"\n'));
 * p.end();
 * rows; //=> [['1', 'x;y']]
 * ```
 */
export class CsvParser {
  readonly #handlers: CsvHandlers;
  readonly #maxRecord: number;
  readonly #maxFields: number;
  #encoding: CsvEncoding | undefined;
  #sep: CsvSeparator | undefined;
  #buf = '';
  #pos = 0;
  #quote = -2; // index of the next '"' at or after #pos; -1 none in #buf; -2 unknown
  #carry: Uint8Array | null = null;
  #line = 1; // line number of the next record
  #first = true;
  #headerDone = false;
  #skipping = false;
  #bom = false;
  #records = 0;
  #errors = 0;
  #bytes = 0;

  /**
   * @param handlers - callbacks for the header, each record and each unreadable record
   * @param options - separator, encoding and size guards
   */
  constructor(handlers: CsvHandlers, options: CsvReadOptions = {}) {
    this.#handlers = handlers;
    this.#maxRecord = options.maxRecordLength ?? DEFAULT_MAX_RECORD;
    this.#maxFields = options.maxFields ?? DEFAULT_MAX_FIELDS;
    if (options.encoding !== undefined && options.encoding !== 'auto') this.#encoding = options.encoding;
    if (options.separator !== undefined && options.separator !== 'auto') this.#sep = options.separator;
    if (options.firstLine !== undefined) {
      this.#line = options.firstLine;
      this.#headerDone = true;
      this.#first = false;
    }
  }

  /**
   * Feeds a chunk of bytes (or an already decoded string).
   *
   * @example
   * ```ts no-run
   * parser.push(Buffer.from('radicado,tipo\n'));
   * ```
   */
  push(chunk: Uint8Array | string): void {
    const text = typeof chunk === 'string' ? chunk : this.#decode(chunk);
    this.#append(text);
    this.#parse(false);
  }

  /**
   * Ends the input: flushes the last record (even without a final newline) and returns the summary.
   * Throws `INVALID_ARGUMENT` when the input is empty.
   *
   * @example
   * ```ts no-run
   * const summary = parser.end(); // { records, errors, encoding, separator, … }
   * ```
   */
  end(): CsvSummary {
    if (this.#carry !== null && this.#carry.length > 0) {
      // A truncated UTF-8 sequence at the end of the file is not UTF-8.
      const tail = this.#carry;
      this.#carry = null;
      this.#encoding = 'windows-1252';
      this.#append(decodeWindows1252(tail));
    }
    this.#parse(true);
    if (!this.#headerDone) {
      throw new PqrsdError('INVALID_ARGUMENT', 'el archivo está vacío: no tiene encabezado ni filas', {
        bytes: this.#bytes,
      });
    }
    return {
      encoding: this.#encoding ?? 'utf-8',
      bom: this.#bom,
      separator: this.#sep ?? ',',
      records: this.#records,
      errors: this.#errors,
      lines: this.#line - 1,
      bytes: this.#bytes,
    };
  }

  #decode(chunk: Uint8Array): string {
    this.#bytes += chunk.length;
    let bytes = chunk;
    if (this.#first) {
      this.#first = false;
      assertText(bytes);
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.#bom = true;
        this.#encoding = 'utf-8';
        bytes = bytes.subarray(3);
      }
    }
    if (this.#encoding === 'windows-1252') return decodeWindows1252(bytes);
    if (this.#carry !== null) {
      const joined = new Uint8Array(this.#carry.length + bytes.length);
      joined.set(this.#carry);
      joined.set(bytes, this.#carry.length);
      bytes = joined;
      this.#carry = null;
    }
    const cut = bytes.length - incompleteUtf8Tail(bytes);
    const whole = bytes.subarray(0, cut);
    if (isUtf8(whole)) {
      if (cut < bytes.length) this.#carry = bytes.slice(cut);
      return Buffer.from(whole.buffer, whole.byteOffset, whole.byteLength).toString('utf8');
    }
    if (this.#encoding === 'utf-8' && this.#bom) {
      // A BOM promised UTF-8: keep it, replacing invalid sequences (U+FFFD) rather than guessing.
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    }
    this.#encoding = 'windows-1252';
    return decodeWindows1252(bytes);
  }

  #append(text: string): void {
    this.#buf = this.#pos < this.#buf.length ? this.#buf.slice(this.#pos) + text : text;
    this.#pos = 0;
    this.#quote = -2;
  }

  #nextQuote(from: number): number {
    const q = this.#quote;
    if (q === -2 || (q !== -1 && q < from)) this.#quote = this.#buf.indexOf('"', from);
    return this.#quote;
  }

  #rowError(line: number, reason: string): void {
    this.#errors++;
    this.#handlers.rowError(line, reason);
  }

  #emit(fields: string[], line: number, lineLength: number): void {
    if (fields.length === 1 && fields[0] === '') return; // blank line
    if (lineLength === fields.length - 1) return; // only separators (Excel pads rows like ";;;;")
    if (fields.length > this.#maxFields) {
      this.#rowError(line, `la fila tiene ${fields.length} campos (máximo ${this.#maxFields})`);
      return;
    }
    if (!this.#headerDone) {
      this.#headerDone = true;
      this.#handlers.header(
        fields.map((f) => f.trim()),
        { separator: this.#sep! },
      );
      return;
    }
    this.#records++;
    this.#handlers.row(fields, line);
  }

  #tooLong(line: number): void {
    if (!this.#headerDone) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `la primera línea (encabezado) supera ${this.#maxRecord} caracteres: no parece un CSV de PQRSD`,
        { line },
      );
    }
    this.#rowError(line, `la fila supera ${this.#maxRecord} caracteres; se omitió`);
  }

  #parse(final: boolean): void {
    const buf = this.#buf;
    const end = buf.length;
    if (this.#sep === undefined) {
      const nl = buf.indexOf('\n', this.#pos);
      if (nl === -1 && !final) {
        if (end - this.#pos > this.#maxRecord) this.#tooLong(1);
        return;
      }
      this.#sep = detectSeparator(buf.slice(this.#pos, nl === -1 ? end : nl));
    }
    const sep = this.#sep;
    let pos = this.#pos;
    while (pos < end) {
      if (this.#skipping) {
        const nl = buf.indexOf('\n', pos);
        if (nl === -1) {
          pos = end;
          break;
        }
        pos = nl + 1;
        this.#line++;
        this.#skipping = false;
        continue;
      }
      const nl = buf.indexOf('\n', pos);
      const q = this.#nextQuote(pos);
      if (q === -1 || (nl !== -1 && q > nl)) {
        // Fast path: a whole line with no quote.
        if (nl === -1 && !final) {
          if (end - pos > this.#maxRecord) {
            this.#tooLong(this.#line);
            this.#skipping = true;
            pos = end;
          }
          break;
        }
        const begin = pos;
        const stop = nl === -1 ? end : nl;
        const lineEnd = stop > begin && buf.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
        const line = this.#line;
        this.#line++;
        pos = stop + 1;
        if (lineEnd - begin > this.#maxRecord) {
          this.#tooLong(line);
          continue;
        }
        const text = buf.slice(begin, lineEnd);
        this.#emit(text.split(sep), line, text.length);
        continue;
      }
      const next = this.#quotedRecord(buf, pos, final);
      if (next === -1) {
        if (end - pos > this.#maxRecord) {
          this.#tooLong(this.#line);
          this.#skipping = true;
          pos = nl === -1 ? end : nl;
          continue;
        }
        break;
      }
      pos = next;
    }
    this.#pos = pos;
  }

  /** Parses one record that contains a quote; returns the position after it, or -1 if incomplete. */
  #quotedRecord(buf: string, start: number, final: boolean): number {
    const sep = this.#sep!.charCodeAt(0);
    const end = buf.length;
    const fields: string[] = [];
    let i = start;
    for (;;) {
      let value = '';
      if (buf.charCodeAt(i) === 34) {
        let seg = i + 1;
        let j = seg;
        for (;;) {
          const qi = buf.indexOf('"', j);
          if (qi === -1) {
            if (!final) return -1;
            const line = this.#line;
            this.#line += countNewlines(buf, start, end) + 1;
            this.#rowError(line, 'comilla sin cerrar: la fila se omitió');
            return end;
          }
          if (qi + 1 === end && !final) return -1;
          if (buf.charCodeAt(qi + 1) === 34) {
            value += buf.slice(seg, qi + 1);
            j = qi + 2;
            seg = j;
            continue;
          }
          value += buf.slice(seg, qi);
          i = qi + 1;
          break;
        }
        // Tolerate text after the closing quote (`"abc"def`): keep it.
        let k = i;
        while (k < end) {
          const c = buf.charCodeAt(k);
          if (c === sep || c === 10 || c === 13) break;
          k++;
        }
        if (k > i) value += buf.slice(i, k);
        i = k;
      } else {
        let k = i;
        while (k < end) {
          const c = buf.charCodeAt(k);
          if (c === sep || c === 10 || c === 13) break;
          k++;
        }
        value = buf.slice(i, k);
        i = k;
      }
      fields.push(value);
      if (i >= end) {
        if (!final) return -1;
        break;
      }
      const c = buf.charCodeAt(i);
      if (c === sep) {
        i++;
        if (i >= end && !final) return -1;
        if (i >= end) {
          fields.push('');
          break;
        }
        continue;
      }
      // end of record: \n or \r\n (a lone \r also ends it)
      if (c === 13) {
        if (i + 1 >= end && !final) return -1;
        i += buf.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else {
        i++;
      }
      break;
    }
    const line = this.#line;
    this.#line += countNewlines(buf, start, i);
    if (i >= end && buf.charCodeAt(i - 1) !== 10) this.#line++;
    if (i - start > this.#maxRecord) {
      this.#tooLong(line);
      return i;
    }
    this.#emit(fields, line, -1);
    return i;
  }
}

function countNewlines(buf: string, from: number, to: number): number {
  let n = 0;
  let k = buf.indexOf('\n', from);
  while (k !== -1 && k < to) {
    n++;
    k = buf.indexOf('\n', k + 1);
  }
  return n;
}

/**
 * Throws `INVALID_ARGUMENT` when the first 8 KiB of an input hold a null byte: a binary file, not a
 * CSV export.
 *
 * @example
 * ```ts
 * assertText(new TextEncoder().encode('radicado,tipo\n')); // no lanza
 * ```
 */
export function assertText(bytes: Uint8Array): void {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      'la entrada parece un archivo binario (contiene bytes nulos), no un CSV de texto',
      { byte: probe.indexOf(0) },
    );
  }
}

/**
 * Reads a whole CSV from a byte stream (a Node `Readable`, or any async iterable of chunks),
 * calling the handlers as records complete, and resolves with the {@link CsvSummary}.
 *
 * @example
 * ```ts no-run
 * import { createReadStream } from 'node:fs';
 * const summary = await readCsv(createReadStream('registro.csv'), {
 *   header: (names) => {},
 *   row: (fields, line) => {},
 *   rowError: (line, reason) => {},
 * });
 * ```
 */
export async function readCsv(
  source: AsyncIterable<Uint8Array | string>,
  handlers: CsvHandlers,
  options: CsvReadOptions = {},
): Promise<CsvSummary> {
  const parser = new CsvParser(handlers, options);
  for await (const chunk of source) parser.push(chunk);
  return parser.end();
}
