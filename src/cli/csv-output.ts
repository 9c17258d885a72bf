/**
 * The CSV a command writes (`pqrsd auditar --formato csv`, `pqrsd sui`): its separator and encoding,
 * and the writer that turns its text into bytes as it streams.
 *
 * The rule: **the output follows the input** unless `--separador` or `--codificacion` say otherwise.
 *
 * - Separator: the one detected on the input's header (`,`, `;` or tab); `,` when the input is not CSV
 *   (JSON, JSON Lines, `.xlsx`).
 * - Encoding: a Windows-1252 input gives Windows-1252; a UTF-8 input with byte-order mark gives UTF-8
 *   with BOM; a UTF-16 input gives UTF-8 with BOM (a spreadsheet reads it, and no text is lost). A UTF-8
 *   input without BOM (also a pure ASCII one), and an input that is not CSV, give the command's
 *   **base**: UTF-8 with BOM for `auditar` (the per-record table is for a spreadsheet, and its own words
 *   carry accents: «sí», «petición»; Excel reads UTF-8 only with the mark), UTF-8 without BOM for `sui`
 *   (a file for a loader).
 * - A character Windows-1252 has no byte for (`ř`, `→`, an emoji): when the encoding was inherited
 *   from the input, an error (exit 2) that quotes the cell, its column and its line, and says how to
 *   choose; when `--codificacion windows-1252` was given, it is written `?` and one warning at the end
 *   counts them and shows the first.
 *
 * The writer is started when the input's header is read (its separator known), not before, and holds
 * nothing but the text of one read chunk. A stream whose encoding is not yet known when the header is
 * read (its first bytes are ASCII) holds its output until it is, up to {@link HOLD_LIMIT} characters;
 * past that the output is written in the base encoding, and a warning says so if the input later turns
 * out Windows-1252.
 *
 * @module
 */

import type { CsvEncoding, CsvInputFormat, CsvSeparator } from './csv.js';
import { csvLine } from './csv-write.js';
import { visibleControls } from './format.js';
import { type TextSink, usage, write } from './io.js';
import { closestName } from './suggest.js';
import { encodeWindows1252 } from './windows-1252.js';

/**
 * Encodings of a CSV output.
 *
 * @example
 * ```ts
 * const e: OutputEncoding = 'utf-8-bom';
 * ```
 */
export type OutputEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/**
 * The values of `--codificacion`.
 *
 * @example
 * ```ts
 * OUTPUT_ENCODINGS.includes('windows-1252'); //=> true
 * ```
 */
export const OUTPUT_ENCODINGS: readonly OutputEncoding[] = ['utf-8', 'utf-8-bom', 'windows-1252'];

/**
 * The values of `--separador` (as typed, lower case) and the separator each one means.
 *
 * @example
 * ```ts
 * OUTPUT_SEPARATORS.tab; //=> '\t'
 * ```
 */
export const OUTPUT_SEPARATORS: Readonly<Record<string, CsvSeparator>> = { ',': ',', ';': ';', tab: '\t' };

/**
 * Characters of output held while a stream's encoding is undecided (1 Mi characters).
 *
 * @example
 * ```ts
 * HOLD_LIMIT; //=> 1048576
 * ```
 */
export const HOLD_LIMIT = 1 << 20;

/**
 * The `--separador` and `--codificacion` flags, shared by every command that writes CSV (their help
 * lines; parse them with {@link csvOutputChoice}).
 *
 * @example
 * ```ts
 * CSV_OUTPUT_FLAGS.separador.value; //=> ',|;|tab'
 * ```
 */
export const CSV_OUTPUT_FLAGS = {
  separador: {
    type: 'string',
    value: ',|;|tab',
    description: 'separador del CSV de salida (por omisión, el de la entrada; «,» si no es CSV)',
  },
  codificacion: {
    type: 'string',
    value: 'utf-8|utf-8-bom|windows-1252',
    description:
      'codificación del CSV de salida (por omisión, la de la entrada; UTF-16 da utf-8-bom); con windows-1252 explícita, lo que no cabe sale «?»',
  },
} as const;

/**
 * What the user chose with `--separador` and `--codificacion` (absent: follow the input).
 *
 * @example
 * ```ts
 * const c: CsvOutputChoice = { separator: ';' };
 * ```
 */
export interface CsvOutputChoice {
  /** `--separador`. */
  readonly separator?: CsvSeparator | undefined;
  /** `--codificacion`. */
  readonly encoding?: OutputEncoding | undefined;
}

/**
 * Reads `--separador` and `--codificacion` (values without regard to case; `tab` or a tab character
 * for the tab). Throws a usage error (exit 2) on another value.
 *
 * @example
 * ```ts
 * csvOutputChoice('TAB', 'Windows-1252'); //=> { separator: '\t', encoding: 'windows-1252' }
 * csvOutputChoice(undefined, undefined); //=> { separator: undefined, encoding: undefined }
 * ```
 */
export function csvOutputChoice(
  separator: string | undefined,
  encoding: string | undefined,
): CsvOutputChoice {
  let sep: CsvSeparator | undefined;
  if (separator !== undefined) {
    const key = separator === '\t' ? 'tab' : separator.trim().toLowerCase();
    sep = Object.hasOwn(OUTPUT_SEPARATORS, key) ? OUTPUT_SEPARATORS[key] : undefined;
    if (sep === undefined) {
      const near = closestName(key, ['tab']);
      throw usage(
        `separador desconocido «${visibleControls(separator)}» (use «,», «;» o «tab»)${near === undefined ? '' : `; ¿quiso decir «${near}»?`}`,
      );
    }
  }
  let enc: OutputEncoding | undefined;
  if (encoding !== undefined) {
    const key = encoding.trim().toLowerCase();
    enc = OUTPUT_ENCODINGS.find((e) => e === key);
    if (enc === undefined) {
      const near = closestName(key, OUTPUT_ENCODINGS);
      throw usage(
        `codificación desconocida «${visibleControls(encoding)}» (use ${OUTPUT_ENCODINGS.join(', ')})${near === undefined ? '' : `; ¿quiso decir «${near}»?`}`,
      );
    }
  }
  return { separator: sep, encoding: enc };
}

/**
 * The output encoding that follows an input encoding (see the rule of this module), or `undefined`
 * while the input's is unknown.
 *
 * @example
 * ```ts
 * followInput({ separator: ';', encoding: 'windows-1252', bom: false }, 'utf-8-bom'); //=> 'windows-1252'
 * followInput({ separator: ',', encoding: 'utf-8', bom: false }, 'utf-8'); //=> 'utf-8'
 * followInput({ separator: ',', encoding: 'utf-16le', bom: true }, 'utf-8'); //=> 'utf-8-bom'
 * ```
 */
export function followInput(input: CsvInputFormat, base: OutputEncoding): OutputEncoding | undefined {
  return followEncoding(input.encoding, input.bom, base);
}

function followEncoding(
  encoding: CsvEncoding | undefined,
  bom: boolean,
  base: OutputEncoding,
): OutputEncoding | undefined {
  if (encoding === undefined) return undefined;
  if (encoding === 'windows-1252') return 'windows-1252';
  if (encoding === 'utf-16le' || encoding === 'utf-16be' || bom) return 'utf-8-bom';
  return base;
}

/**
 * Options of {@link CsvOutput}.
 *
 * @example
 * ```ts
 * const o: CsvOutputOptions = { choice: {}, base: 'utf-8-bom', columns: ['fila', 'radicado'], inputLineColumn: 0 };
 * ```
 */
export interface CsvOutputOptions {
  /** `--separador` and `--codificacion`. */
  readonly choice: CsvOutputChoice;
  /** The encoding when the input does not decide it (see the rule of this module). */
  readonly base: OutputEncoding;
  /** The header's column names (the writer writes the header line), or `undefined`: no header line. */
  readonly columns: readonly string[] | undefined;
  /** The column that holds the input's line number (for messages), if any. */
  readonly inputLineColumn?: number;
  /** The column names for messages, when no header line is written. */
  readonly columnNames?: readonly string[];
}

/** Where an unmappable character is, for messages. */
interface Spot {
  readonly char: string;
  readonly cell: string;
  readonly column: string;
  readonly outputLine: number;
  readonly inputLine: string | undefined;
}

/**
 * The CSV output of a command, written as it streams: started with the input's format
 * ({@link CsvOutput.start}), fed whole lines ({@link CsvOutput.add}), flushed after each chunk read,
 * ended with {@link CsvOutput.end}. The bytes depend only on the text added, not on how it was cut:
 * the serial and the parallel audit give the same file.
 *
 * @example
 * ```ts no-run
 * const out = new CsvOutput(process.stdout, { choice: {}, base: 'utf-8-bom', columns: ['a', 'b'] });
 * out.start({ separator: ';', encoding: 'windows-1252', bom: false });
 * out.add('1;Bogotá\r\n');
 * await out.flush(); // «a;b», «1;Bogotá» en Windows-1252
 * ```
 */
export class CsvOutput {
  readonly #sink: TextSink;
  readonly #options: CsvOutputOptions;
  #separator: CsvSeparator | undefined;
  #encoding: OutputEncoding | undefined;
  /** The encoding was chosen for a stream before its own was known. */
  #guessed = false;
  #started = false;
  #text = '';
  #lines = 0;
  #replaced = 0;
  #firstReplaced: Spot | undefined;
  #warnings: string[] = [];
  #written = false;

  /**
   * @param sink - where the bytes go (a file or the standard output)
   * @param options - the user's choice, the base encoding and the header
   */
  constructor(sink: TextSink, options: CsvOutputOptions) {
    this.#sink = sink;
    this.#options = options;
    this.#encoding = options.choice.encoding;
  }

  /** The output's separator (the header must have been read: {@link CsvOutput.start}). */
  get separator(): CsvSeparator {
    if (this.#separator === undefined) throw new Error('CsvOutput: start() antes de escribir filas');
    return this.#separator;
  }

  /** Whether {@link CsvOutput.start} was called. */
  get started(): boolean {
    return this.#started;
  }

  /**
   * Starts the output with the input's format (`undefined`: the input is not CSV): decides the
   * separator and, when it can, the encoding, and puts the header line first. A second call (the
   * parallel audit declined and the serial one read the header again) changes nothing.
   */
  start(input: CsvInputFormat | undefined): CsvSeparator {
    if (this.#started) return this.separator;
    this.#started = true;
    this.#separator = this.#options.choice.separator ?? input?.separator ?? ',';
    if (this.#encoding === undefined)
      this.#encoding = input === undefined ? this.#options.base : followInput(input, this.#options.base);
    const columns = this.#options.columns;
    if (columns !== undefined) this.#text += csvLine(columns, this.#separator);
    return this.#separator;
  }

  /**
   * The input's encoding, decided after its header (a stream). Decides the output's if it was waiting;
   * if it was already written in the base encoding and the input turns out otherwise, a warning.
   */
  inputEncoding(encoding: CsvEncoding, bom: boolean): void {
    const follow = followEncoding(encoding, bom, this.#options.base);
    if (this.#encoding === undefined) this.#encoding = follow;
    else if (this.#guessed && follow !== this.#encoding) {
      this.#warnings.push(
        `la entrada resultó ${encoding === 'windows-1252' ? 'Windows-1252' : encoding.toUpperCase()} después de escrito el comienzo de la salida en ${encodingName(this.#encoding)}: la salida sigue en ${encodingName(this.#encoding)} (para seguir a la entrada, indique --codificacion ${follow})`,
      );
    }
  }

  /** Adds whole CSV lines (rendered with {@link CsvOutput.separator}). */
  add(text: string): void {
    this.#text += text;
  }

  /** Writes what was added (with backpressure); holds it while a stream's encoding is undecided. */
  flush(): Promise<void> | undefined {
    if (this.#text === '') return undefined;
    if (this.#encoding === undefined) {
      if (this.#text.length < HOLD_LIMIT) return undefined;
      this.#encoding = this.#options.base;
      this.#guessed = true;
    }
    const text = this.#text;
    this.#text = '';
    const first = !this.#written;
    this.#written = true;
    if (this.#encoding === 'windows-1252') {
      const bytes = encodeWindows1252(text, (i) => this.#unmappable(text, i));
      this.#lines += countLines(text);
      return writeBytes(this.#sink, bytes);
    }
    return write(this.#sink, first && this.#encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);
  }

  /**
   * Writes the rest and returns the warnings for the standard error (characters written «?», an
   * encoding decided too late), one line each, without the `pqrsd: aviso: ` prefix.
   */
  async end(): Promise<readonly string[]> {
    this.#encoding ??= this.#options.base;
    await this.flush();
    const warnings = [...this.#warnings];
    const spot = this.#firstReplaced;
    if (spot !== undefined) {
      warnings.push(
        this.#replaced === 1
          ? `un carácter no cabe en Windows-1252 y se escribió «?»: ${where(spot)}`
          : `${this.#replaced} caracteres no caben en Windows-1252 y se escribieron «?»; el primero, ${where(spot)}`,
      );
    }
    return warnings;
  }

  #unmappable(text: string, index: number): number {
    const spot = this.#spot(text, index);
    if (this.#options.choice.encoding === 'windows-1252') {
      this.#replaced++;
      this.#firstReplaced ??= spot;
      return 0x3f;
    }
    throw usage(
      `la salida va en Windows-1252, la codificación de la entrada, y no tiene ${where(spot)}: indique --codificacion utf-8-bom para conservarlo, o --codificacion windows-1252 para escribir «?» en su lugar`,
      { char: spot.char, line: spot.outputLine },
    );
  }

  #spot(text: string, index: number): Spot {
    const cell = cellAt(text, index, this.separator);
    const names = this.#options.columns ?? this.#options.columnNames ?? [];
    const lineColumn = this.#options.inputLineColumn;
    const cp = text.codePointAt(index) ?? 0;
    return {
      char: String.fromCodePoint(cp),
      cell: cell.value,
      column: names[cell.column] ?? `${cell.column + 1}.ª`,
      outputLine: this.#lines + countLines(text.slice(0, index)) + 1,
      inputLine: lineColumn === undefined ? undefined : cell.record[lineColumn],
    };
  }
}

/** «U+0159 «ř» en la celda «Dvořák» (columna «radicado», fila 17 de la entrada, línea 18 de la salida)». */
function where(spot: Spot): string {
  const code = `U+${spot.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const cell = excerpt(spot.cell, spot.char);
  const input =
    spot.inputLine === undefined || spot.inputLine === '' ? '' : `fila ${spot.inputLine} de la entrada, `;
  return `el carácter «${visibleControls(spot.char)}» (${code}) de la celda «${visibleControls(cell)}» (columna «${spot.column}», ${input}línea ${spot.outputLine} de la salida)`;
}

/** A long cell shown around the character (40 characters each side). */
function excerpt(cell: string, char: string): string {
  if (cell.length <= 80) return cell;
  const at = Math.max(0, cell.indexOf(char));
  const from = Math.max(0, at - 40);
  const to = Math.min(cell.length, at + char.length + 40);
  return `${from > 0 ? '…' : ''}${cell.slice(from, to)}${to < cell.length ? '…' : ''}`;
}

function encodingName(e: OutputEncoding): string {
  return e === 'windows-1252' ? 'Windows-1252' : e === 'utf-8-bom' ? 'UTF-8 con BOM' : 'UTF-8';
}

function countLines(text: string): number {
  let n = 0;
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

function writeBytes(sink: TextSink, bytes: Uint8Array): Promise<void> | undefined {
  // Every sink a command writes to is a byte stream underneath (a file, the standard output).
  const out = sink as unknown as { write(chunk: Uint8Array): boolean };
  if (out.write(bytes)) return undefined;
  return new Promise((resolve) => sink.once('drain', resolve));
}

/**
 * The record and cell of CSV `text` (whole records, as `csvLine` writes them) that hold the character
 * at `index`: the cells of the record (unquoted), the cell's position and its value.
 *
 * @example
 * ```ts
 * cellAt('1;a\r\n2;"x;ř"\r\n', 10, ';'); //=> { record: ['2', 'x;ř'], column: 1, value: 'x;ř' }
 * ```
 */
export function cellAt(
  text: string,
  index: number,
  separator: string,
): { record: string[]; column: number; value: string } {
  // The record starts after the last line break outside quotes before `index`.
  let start = 0;
  let quoted = false;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) start = i + 1;
  }
  const record: string[] = [];
  let column = 0;
  let value = '';
  quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i] as string;
    if (i === index) column = record.length;
    if (quoted) {
      if (c !== '"') value += c;
      else if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      record.push(value);
      value = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) break;
    else value += c;
  }
  record.push(value);
  return { record, column, value: record[column] ?? '' };
}
