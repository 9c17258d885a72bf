/**
 * Opening the input of `pqrsd auditar`: a regular file, standard input (`-`), or anything else that
 * reads as a stream (a FIFO, a process substitution `<(cat archivo)`, `/dev/stdin`).
 *
 * A regular file is checked to be the same when the audit ends as when it began (size, modification
 * time and inode; and every byte of it read): a file that changes or shrinks while it is read is an
 * error (exit 2), never a partial report. Its encoding is decided by a first pass over it
 * ({@link detectFileEncoding}). A stream is read once, as it comes.
 *
 * A JSON array is read whole: its text and the parsed records take about ten times its size in
 * memory, so files over {@link JSON_MAX_BYTES} are refused with a hint to use JSON Lines or CSV,
 * which are read as streams.
 *
 * @module
 */

import { createReadStream, readFileSync, type Stats, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { AuditSource } from './audit.js';
import type { CsvEncoding } from './csv.js';
import { detectFileEncoding } from './encoding.js';
import { type CliIo, errorLine, usage } from './io.js';

/**
 * Largest JSON array file read (64 MiB): above it, use JSON Lines (`.jsonl`) or CSV.
 *
 * @example
 * ```ts
 * JSON_MAX_BYTES; //=> 67108864
 * ```
 */
export const JSON_MAX_BYTES = 64 << 20;

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);

/**
 * An opened input: the source to audit, the path of a regular file (the parallel audit reads it
 * itself), the encoding decided for it, and the check that it did not change while it was read.
 *
 * @example
 * ```ts no-run
 * const input: Input = await openInput('registro.csv', io);
 * ```
 */
export type Input = AuditSource & {
  /** The regular file's absolute path. */
  readonly path?: string;
  /** The encoding of a regular CSV file, decided over the whole file. */
  readonly encoding?: CsvEncoding;
  /** Throws (exit 2) when the file is no longer what it was when opened. */
  readonly verify: () => void;
};

function changed(file: string, before: Stats, detail: string): Error {
  return usage(
    `el archivo «${file}» cambió mientras se leía (${detail}): el informe no está completo; audite una copia que nadie esté escribiendo`,
    { size: before.size },
  );
}

/** Throws when `path` is not the file `before` described (size, modification time, inode). */
function checkSame(file: string, path: string, before: Stats): void {
  let after: Stats;
  try {
    after = statSync(path);
  } catch {
    throw changed(file, before, 'ya no existe');
  }
  if (after.size !== before.size) {
    throw changed(file, before, `tenía ${before.size} bytes y ahora tiene ${after.size}`);
  }
  if (after.mtimeMs !== before.mtimeMs || after.ino !== before.ino) {
    throw changed(file, before, 'se modificó');
  }
}

/** The chunks of a regular file; at the end, every byte must have been read and the file unchanged. */
function stableChunks(file: string, path: string, before: Stats): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      let read = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 18 })) {
        read += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
      if (read !== before.size)
        throw changed(file, before, `tenía ${before.size} bytes y se leyeron ${read}`);
      checkSame(file, path, before);
    },
  };
}

/**
 * Opens the input named on the command line (relative to `io.cwd`; `-` is standard input).
 *
 * @example
 * ```ts no-run
 * const input = await openInput('registro.csv', io);
 * input.format; //=> 'csv'
 * ```
 */
export async function openInput(file: string, io: CliIo, sheet?: string): Promise<Input> {
  if (sheet !== undefined && !XLSX_EXTENSIONS.has(extname(file).toLowerCase()))
    throw usage(`--hoja es para un libro de Excel (.xlsx); «${file}» no lo es`);
  if (file === '-') {
    return { format: 'csv', name: '(entrada estándar)', chunks: io.stdin, size: 0, verify: () => {} };
  }
  const path = resolve(io.cwd, file);
  let st: Stats;
  try {
    st = statSync(path);
  } catch (error) {
    throw usage(errorLine(error, file));
  }
  if (st.isDirectory()) throw usage(`«${file}» es una carpeta, no un archivo`);
  const regular = st.isFile();
  if (regular && st.size === 0) throw usage(`el archivo «${file}» está vacío`);
  const ext = extname(file).toLowerCase();
  if (XLSX_EXTENSIONS.has(ext)) {
    return {
      format: 'xlsx',
      name: file,
      path,
      sheet,
      size: st.size,
      verify: () => checkSame(file, path, st),
    };
  }
  const format = ext === '.json' ? 'json' : ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : 'csv';
  if (format === 'json') {
    if (regular && st.size > JSON_MAX_BYTES) throw jsonTooBig(file, st.size);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw usage(`no se pudo leer la entrada: ${errorLine(error, file)}`);
    }
    if (Buffer.byteLength(text) > JSON_MAX_BYTES) throw jsonTooBig(file, Buffer.byteLength(text));
    if (regular) checkSame(file, path, st);
    return { format, name: file, text: text.replace(/^\uFEFF/, ''), verify: () => {} };
  }
  if (!regular) {
    // A FIFO, a process substitution, a device: read once as it comes (its size says nothing).
    const chunks: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () =>
        createReadStream(path, { highWaterMark: 1 << 18 })[Symbol.asyncIterator](),
    };
    return { format, name: file, chunks, size: 0, verify: () => {} };
  }
  const encoding = format === 'csv' ? await detectFileEncoding(path) : undefined;
  return {
    format,
    name: file,
    chunks: stableChunks(file, path, st),
    size: st.size,
    path,
    ...(encoding === undefined ? {} : { encoding }),
    verify: () => checkSame(file, path, st),
  };
}

function jsonTooBig(file: string, size: number): Error {
  return usage(
    `«${file}» tiene ${Math.ceil(size / 2 ** 20)} MiB: un JSON se lee entero (unas diez veces su tamaño en memoria) y el máximo es ${JSON_MAX_BYTES / 2 ** 20} MiB; use JSON Lines (.jsonl, un registro por línea) o CSV, que se leen por partes`,
    { size },
  );
}
