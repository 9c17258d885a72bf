/**
 * A streaming CSV reader for entity exports (RFC 4180 with the tolerances real files need).
 *
 * - Quotes per RFC 4180 (`""` inside a quoted field), fields spanning lines. A line ends with CRLF,
 *   LF or a lone CR, anywhere in the file (files that mix the three are read line by line).
 * - Separator `,`, `;` or tab detected on the header line (Excel in Spanish writes `;`).
 * - The encoding is decided once for the whole input (see `encoding.ts`): UTF-8 (a stray invalid
 *   byte becomes U+FFFD and its row gets a warning), Windows-1252 (Excel's "CSV" in Spanish Windows)
 *   only when the input is not UTF-8 as a whole, UTF-16 LE/BE with a byte-order mark.
 * - A guard on the length of a record and on the number of fields: an oversized row is reported with
 *   its line number and skipped, and reading goes on. A header wider than the field guard is an error.
 * - A quoted field that swallows lines looking like records (an id-shaped first value and the
 *   header's number of separators: a quote left open) makes its row invalid, with the lines it
 *   swallowed; a quote still open at the end of the input is reported with the lines it took.
 * - Row numbers are the file's line numbers (the header is line 1), as a spreadsheet shows them.
 * - Memory holds one chunk plus one partial record: it does not grow with the file.
 *
 * @module
 */

import { isAscii, isUtf8 } from 'node:buffer';
import { PqrsdError } from '../errors.js';
import { EncodingSniffer, SNIFF_WINDOW, sniffBom } from './encoding.js';
import { decodeWindows1252 } from './windows-1252.js';

export { decodeWindows1252 } from './windows-1252.js';

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
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

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
  /**
   * `auto` (default): a byte-order mark, else decided on the first {@link SNIFF_WINDOW} bytes from the
   * first non-ASCII byte on (the rule of `encoding.ts`). A caller that scanned the whole file first
   * passes its decision here.
   */
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
  /** Fields of the header, when the input has none (`firstLine`): to spot records swallowed by a quote. */
  readonly headerFields?: number;
}

/**
 * What the reader knows of its input's format when it reads the header: the separator, whether a
 * byte-order mark was found, and the encoding, or `undefined` while a stream's is still being decided
 * (see {@link CsvHandlers.encoding}).
 *
 * @example
 * ```ts
 * const f: CsvInputFormat = { separator: ';', encoding: 'windows-1252', bom: false };
 * ```
 */
export interface CsvInputFormat {
  /** The separator detected on the header line (or given). */
  readonly separator: CsvSeparator;
  /** The encoding, when decided. */
  readonly encoding: CsvEncoding | undefined;
  /** A byte-order mark was found (and removed). */
  readonly bom: boolean;
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
  /** The header record (names trimmed) and the input's format as known then. */
  header(names: readonly string[], info: CsvInputFormat): void;
  /**
   * The encoding of a stream whose header was read before its encoding was decided (the header was
   * ASCII and no later byte decided yet): called once, when it is decided (at the latest at the end).
   */
  encoding?(encoding: CsvEncoding): void;
  /** A data record and the line where it starts (header = line 1). */
  row(fields: string[], line: number): void;
  /** A record that could not be read (too long, too many fields, unterminated quote). */
  rowError(line: number, reason: string): void;
  /** A record that was read but with a caveat (bytes that are not UTF-8, shown as U+FFFD). */
  warning?(line: number, message: string): void;
}

/**
 * What the reader saw, once the input is consumed.
 *
 * @example
 * ```ts
 * const s: CsvSummary = { encoding: 'utf-8', bom: false, separator: ',', records: 10, errors: 0, warnings: 0, lines: 11, bytes: 420 };
 * ```
 */
export interface CsvSummary {
  /** The encoding the bytes were decoded with (after detection). */
  readonly encoding: CsvEncoding;
  /** Whether a byte-order mark was found (and removed). */
  readonly bom: boolean;
  /** The separator in use. */
  readonly separator: CsvSeparator;
  /** Data records delivered to `row` (the header not included). */
  readonly records: number;
  /** Records reported to `rowError`. */
  readonly errors: number;
  /** Rows that got a warning (bytes that are not UTF-8). */
  readonly warnings: number;
  /** Physical lines read. */
  readonly lines: number;
  /** Bytes read. */
  readonly bytes: number;
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
  #cr = -2; // likewise for '\r'
  #carry: Uint8Array | null = null;
  #line = 1; // line number of the next record
  #first = true;
  #headerDone = false;
  #headerFields: number | undefined;
  #skipping = false;
  #bom = false;
  #records = 0;
  #errors = 0;
  #warnings = 0;
  #bytes = 0;
  /** Bytes held while the encoding of a stream is being decided (from its first non-ASCII byte). */
  #held: Uint8Array[] | null = null;
  #heldBytes = 0;
  #sniffer: EncodingSniffer | null = null;
  #utf16: TextDecoder | null = null;
  /** Some bytes were not valid UTF-8 (rows holding U+FFFD get a warning). */
  #replaced = false;

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
      this.#headerFields = options.headerFields;
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
    if (this.#held !== null) this.#append(this.#decide());
    if (this.#utf16 !== null) this.#append(this.#utf16.decode());
    if (this.#carry !== null && this.#carry.length > 0) {
      // A UTF-8 sequence cut short by the end of the input: U+FFFD.
      const tail = this.#carry;
      this.#carry = null;
      this.#replaced = true;
      this.#append(Buffer.from(tail).toString('utf8'));
    }
    this.#parse(true);
    if (!this.#headerDone) {
      throw new PqrsdError('INVALID_ARGUMENT', 'el archivo está vacío: no tiene encabezado ni filas', {
        bytes: this.#bytes,
      });
    }
    if (this.#encoding === undefined) {
      // A stream that was ASCII to the end: UTF-8 (the bytes are the same in both).
      this.#encoding = 'utf-8';
      this.#handlers.encoding?.('utf-8');
    }
    return {
      encoding: this.#encoding,
      bom: this.#bom,
      separator: this.#sep ?? ',',
      records: this.#records,
      errors: this.#errors,
      warnings: this.#warnings,
      lines: this.#line - 1,
      bytes: this.#bytes,
    };
  }

  #decode(chunk: Uint8Array): string {
    this.#bytes += chunk.length;
    let bytes = chunk;
    if (this.#first) {
      this.#first = false;
      const bom = sniffBom(bytes);
      if (bom === undefined || bom.encoding === 'utf-8') assertText(bytes);
      if (bom !== undefined) {
        this.#bom = true;
        this.#encoding = bom.encoding;
        bytes = bytes.subarray(bom.length);
        if (bom.encoding !== 'utf-8') this.#utf16 = new TextDecoder(bom.encoding);
      }
    }
    if (this.#utf16 !== null) return this.#utf16.decode(bytes, { stream: true });
    if (this.#encoding === 'windows-1252') return decodeWindows1252(bytes);
    if (this.#encoding === undefined) return this.#sniff(bytes);
    return this.#utf8(bytes);
  }

  /** Auto encoding: ASCII passes (the same in every candidate); from the first other byte, bytes are held. */
  #sniff(bytes: Uint8Array): string {
    let prefix = '';
    let rest = bytes;
    if (this.#held === null) {
      if (isAscii(bytes))
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
      let i = 0;
      while ((bytes[i] as number) < 0x80) i++;
      prefix = Buffer.from(bytes.buffer, bytes.byteOffset, i).toString('latin1');
      rest = bytes.subarray(i);
      this.#held = [];
      this.#sniffer = new EncodingSniffer();
    }
    this.#held.push(rest);
    this.#heldBytes += rest.length;
    this.#sniffer!.push(rest);
    if (this.#heldBytes < SNIFF_WINDOW && !this.#sniffer!.decided) return prefix;
    return prefix + this.#decide();
  }

  /** Decides the encoding on the held bytes and decodes them. */
  #decide(): string {
    const held = this.#held ?? [];
    this.#encoding = this.#sniffer?.result() ?? 'utf-8';
    if (this.#headerDone) this.#handlers.encoding?.(this.#encoding);
    this.#held = null;
    this.#sniffer = null;
    const bytes = held.length === 1 ? (held[0] as Uint8Array) : Buffer.concat(held);
    return this.#encoding === 'windows-1252' ? decodeWindows1252(bytes) : this.#utf8(bytes);
  }

  /** UTF-8, keeping an incomplete sequence at the end for the next chunk; invalid bytes become U+FFFD. */
  #utf8(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.#carry !== null) {
      const joined = new Uint8Array(this.#carry.length + bytes.length);
      joined.set(this.#carry);
      joined.set(bytes, this.#carry.length);
      bytes = joined;
      this.#carry = null;
    }
    const cut = bytes.length - incompleteUtf8Tail(bytes);
    const whole = bytes.subarray(0, cut);
    if (cut < bytes.length) this.#carry = bytes.slice(cut);
    if (!this.#replaced && !isUtf8(whole)) this.#replaced = true;
    return Buffer.from(whole.buffer, whole.byteOffset, whole.byteLength).toString('utf8');
  }

  #append(text: string): void {
    this.#buf = this.#pos < this.#buf.length ? this.#buf.slice(this.#pos) + text : text;
    this.#pos = 0;
    this.#quote = -2;
    this.#cr = -2;
  }

  #nextQuote(from: number): number {
    const q = this.#quote;
    if (q === -2 || (q !== -1 && q < from)) this.#quote = this.#buf.indexOf('"', from);
    return this.#quote;
  }

  #nextCr(from: number): number {
    const c = this.#cr;
    if (c === -2 || (c !== -1 && c < from)) this.#cr = this.#buf.indexOf('\r', from);
    return this.#cr;
  }

  /**
   * Where the physical line starting at `pos` ends: [end of its text, start of the next line], or
   * null when the buffer holds no complete line (a CR at the very end may be the first half of CRLF).
   */
  #lineAt(pos: number, final: boolean): readonly [number, number] | null {
    const buf = this.#buf;
    const nl = buf.indexOf('\n', pos);
    const cr = this.#nextCr(pos);
    if (cr !== -1 && (nl === -1 || cr < nl)) {
      if (cr + 1 === nl) return [cr, nl + 1];
      if (cr + 1 === buf.length && !final) return null;
      return [cr, cr + 1];
    }
    return nl === -1 ? null : [nl, nl + 1];
  }

  #rowError(line: number, reason: string): void {
    this.#errors++;
    this.#handlers.rowError(line, reason);
  }

  #emit(fields: string[], line: number, lineLength: number): void {
    if (fields.length === 1 && fields[0] === '') return; // blank line
    if (lineLength === fields.length - 1) return; // only separators (Excel pads rows like ";;;;")
    if (!this.#headerDone) {
      if (fields.length > this.#maxFields) {
        throw new PqrsdError(
          'INVALID_ARGUMENT',
          `el encabezado (línea ${line}) tiene ${fields.length} columnas (máximo ${this.#maxFields}): no parece un CSV de PQRSD; revise el separador`,
          { line, fields: fields.length },
        );
      }
      this.#headerDone = true;
      this.#headerFields = fields.length;
      this.#handlers.header(
        fields.map((f) => f.trim()),
        { separator: this.#sep!, encoding: this.#encoding, bom: this.#bom },
      );
      return;
    }
    if (fields.length > this.#maxFields) {
      this.#rowError(line, `la fila tiene ${fields.length} campos (máximo ${this.#maxFields})`);
      return;
    }
    if (this.#replaced && fields.some((f) => f.includes('\uFFFD'))) {
      this.#warnings++;
      this.#handlers.warning?.(
        line,
        'la fila tiene bytes que no son UTF-8 válido: se muestran como «\uFFFD»',
      );
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
      const first = this.#lineAt(this.#pos, final);
      if (first === null && !final) {
        if (end - this.#pos > this.#maxRecord) this.#tooLong(1);
        return;
      }
      this.#sep = detectSeparator(buf.slice(this.#pos, first === null ? end : first[0]));
    }
    const sep = this.#sep;
    let pos = this.#pos;
    while (pos < end) {
      const at = this.#lineAt(pos, final);
      if (this.#skipping) {
        if (at === null) {
          // Keep a final CR: it may be the first half of a CRLF.
          pos = final || buf.charCodeAt(end - 1) !== 13 ? end : end - 1;
          break;
        }
        pos = at[1];
        this.#line++;
        this.#skipping = false;
        continue;
      }
      const q = this.#nextQuote(pos);
      if (q === -1 || (at !== null && q > at[0])) {
        // Fast path: a whole line with no quote.
        if (at === null && !final) {
          if (end - pos > this.#maxRecord) {
            this.#tooLong(this.#line);
            this.#skipping = true;
            pos = buf.charCodeAt(end - 1) === 13 ? end - 1 : end;
          }
          break;
        }
        const begin = pos;
        const lineEnd = at === null ? end : at[0];
        const line = this.#line;
        this.#line++;
        pos = at === null ? end : at[1];
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
          pos = at === null ? end : at[0];
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
    let spans = false;
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
            this.#unterminated(buf, start, end);
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
        if (!spans && (value.includes('\n') || value.includes('\r'))) spans = true;
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
      // end of record: \n, \r\n or a lone \r
      if (c === 13) {
        if (i + 1 >= end && !final) return -1;
        i += buf.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else {
        i++;
      }
      break;
    }
    const line = this.#line;
    this.#line += countBreaks(buf, start, i);
    const last = buf.charCodeAt(i - 1);
    if (i >= end && last !== 10 && last !== 13) this.#line++;
    if (i - start > this.#maxRecord) {
      this.#tooLong(line);
      return i;
    }
    if (spans && this.#headerDone) {
      const swallowed = swallowedLines(fields, line, this.#sep!, this.#headerFields);
      if (swallowed.length > 0) {
        this.#rowError(
          line,
          `un campo entre comillas abre en la línea ${line} y encierra ${lineList(swallowed)}, que parecen registros: revise la comilla; la fila no se audita`,
        );
        return i;
      }
    }
    this.#emit(fields, line, -1);
    return i;
  }

  /** A quote still open at the end of the input: the row, and the lines it took, are reported. */
  #unterminated(buf: string, start: number, end: number): void {
    const line = this.#line;
    const breaks = countBreaks(buf, start, end);
    const last = buf.charCodeAt(end - 1);
    const closed = last === 10 || last === 13;
    this.#line += breaks + (closed ? 0 : 1);
    const lastLine = line + breaks - (closed ? 1 : 0);
    this.#rowError(
      line,
      lastLine > line
        ? `comilla sin cerrar: desde la línea ${line} hasta el final (línea ${lastLine}) todo quedó en un campo; se omitieron las líneas ${line} a ${lastLine}`
        : 'comilla sin cerrar: la fila se omitió',
    );
  }
}

/** The number of line breaks (CRLF, LF or a lone CR) in `buf` between `from` and `to`. */
function countBreaks(buf: string, from: number, to: number): number {
  let n = 0;
  let k = buf.indexOf('\n', from);
  while (k !== -1 && k < to) {
    n++;
    k = buf.indexOf('\n', k + 1);
  }
  k = buf.indexOf('\r', from);
  while (k !== -1 && k < to) {
    if (buf.charCodeAt(k + 1) !== 10) n++;
    k = buf.indexOf('\r', k + 1);
  }
  return n;
}

/** A first value shaped like a radicado or an id: letters, digits and `._/-`, no spaces. */
const ID_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,63}$/u;

/**
 * The lines inside the fields of a record (numbered from `line`, where the record starts) that look
 * like records of their own: an id-shaped first value and `headerFields - 1` separators.
 *
 * @example
 * ```ts
 * swallowedLines(['R1', 'abierto\nR2,peticion,2026-11-03'], 2, ',', 3); //=> [3]
 * ```
 */
export function swallowedLines(
  fields: readonly string[],
  line: number,
  separator: CsvSeparator,
  headerFields: number | undefined,
): number[] {
  const out: number[] = [];
  if (headerFields === undefined || headerFields < 2) return out;
  let at = line;
  for (const f of fields) {
    let k = nextBreak(f, 0);
    while (k !== -1) {
      const from = f.charCodeAt(k) === 13 && f.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
      at++;
      const stop = nextBreak(f, from);
      const text = f.slice(from, stop === -1 ? f.length : stop);
      let seps = 0;
      for (let p = text.indexOf(separator); p !== -1; p = text.indexOf(separator, p + 1)) seps++;
      if (seps === headerFields - 1) {
        const cut = text.indexOf(separator);
        if (ID_SHAPE.test(text.slice(0, cut).trim())) out.push(at);
      }
      k = stop;
    }
  }
  return out;
}

function nextBreak(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  return r === -1 ? n : n === -1 ? r : Math.min(n, r);
}

/** «la línea 3» / «las líneas 3, 4 y 5» (the first ten, then «… (N en total)»). */
function lineList(lines: readonly number[]): string {
  if (lines.length === 1) return `la línea ${lines[0]}`;
  const shown = lines.slice(0, 10);
  const text = `${shown.slice(0, -1).join(', ')} y ${shown[shown.length - 1]}`;
  return `las líneas ${text}${lines.length > 10 ? ` … (${lines.length} en total)` : ''}`;
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
