/**
 * The streams a command talks to, passed in so that commands can run in-process (tests) or as the
 * real bin, plus small helpers to write with backpressure and to turn errors into one Spanish line.
 *
 * @module
 */

import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { isPqrsdError, PqrsdError } from '../errors.js';

/**
 * A writable text stream (a subset of `process.stdout`).
 *
 * @example
 * ```ts
 * const out: TextSink = process.stdout;
 * ```
 */
export interface TextSink {
  /** Writes text; `false` asks the caller to wait for `drain`. */
  write(text: string): boolean;
  /** Waits for the `drain` event. */
  once(event: 'drain', listener: () => void): unknown;
  /** True when the stream is a terminal. */
  readonly isTTY?: boolean | undefined;
  /** Terminal width in columns. */
  readonly columns?: number | undefined;
}

/**
 * Everything a command needs from the outside world.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
 * ```
 */
export interface CliIo {
  /** Where results go. */
  readonly stdout: TextSink;
  /** Where errors, warnings and the progress bar go. */
  readonly stderr: TextSink;
  /** Read when the input file is `-`. */
  readonly stdin: Readable;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/**
 * Exit codes of the command: 0 done; 1 with `--estricto` when a record is overdue or an indicator
 * misses its meta; 2 for usage errors and unreadable input.
 *
 * @example
 * ```ts
 * EXIT.USAGE; //=> 2
 * ```
 */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2 } as const;

/**
 * Writes text and waits for `drain` when the stream asks for it.
 *
 * @example
 * ```ts
 * await write(process.stdout, 'hola\n');
 * ```
 */
export function write(sink: TextSink, text: string): Promise<void> | undefined {
  if (sink.write(text)) return undefined;
  return new Promise((resolve) => sink.once('drain', resolve));
}

/** Spanish reasons of the file-system errors a command may meet while reading or writing. */
const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no queda espacio en el disco',
  EDQUOT: 'se agotó la cuota de disco',
  EPIPE: 'el destino cerró la tubería',
  EROFS: 'el sistema de archivos es de solo lectura',
  EIO: 'error de entrada/salida del disco',
  ENOTDIR: 'una parte de la ruta no es una carpeta',
  EEXIST: 'ya existe el archivo',
  EMFILE: 'demasiados archivos abiertos',
  ENAMETOOLONG: 'el nombre es demasiado largo',
  EFBIG: 'el archivo supera el tamaño máximo',
  EBADF: 'el descriptor de archivo no es válido',
};

/**
 * The one-line Spanish reason for an error: the message of a {@link PqrsdError}, a readable text for
 * file-system errors (`ENOENT`, `EISDIR`, `EACCES`), else the error's own message.
 *
 * @example
 * ```ts
 * errorLine(new PqrsdError('INVALID_DATE', '«x» no es una fecha')); //=> '«x» no es una fecha'
 * ```
 */
export function errorLine(error: unknown, path?: string): string {
  if (isPqrsdError(error)) return error.message.split('\n')[0]!;
  const code = (error as { code?: unknown } | null)?.code;
  const where = path === undefined ? '' : ` «${path}»`;
  if (code === 'ENOENT') return `no existe el archivo${where}`;
  if (code === 'EISDIR') return `${where.trim() || 'la ruta'} es una carpeta, no un archivo`;
  if (code === 'EACCES' || code === 'EPERM') return `sin permiso para leer o escribir${where}`;
  if (typeof code === 'string' && Object.hasOwn(FS_ERRORS, code))
    return `${FS_ERRORS[code]}${where} (${code})`;
  if (error instanceof Error) return error.message.split('\n')[0]!;
  return String(error);
}

/**
 * A usage error: thrown by commands, caught by the dispatcher (exit 2).
 *
 * @example
 * ```ts no-run
 * throw usage('falta --corte <fecha>');
 * ```
 */
export function usage(message: string, details: Record<string, unknown> = {}): PqrsdError {
  return new PqrsdError('INVALID_ARGUMENT', message, details);
}

/**
 * Checks, before any work, that the folder of an output file (`--salida`) exists and is a folder;
 * otherwise a usage error that names the folder (not the file, which is about to be created).
 *
 * @example
 * ```ts no-run
 * assertOutputFolder('/noexiste/dir/x.html', '/noexiste/dir/x.html');
 * // throws: --salida: no existe la carpeta «/noexiste/dir» (créela o elija otra ruta)
 * ```
 */
export function assertOutputFolder(absolutePath: string, shown: string): void {
  const folder = dirname(absolutePath);
  const shownFolder = dirname(shown);
  const stats = statSync(folder, { throwIfNoEntry: false });
  if (stats === undefined) {
    throw usage(`--salida: no existe la carpeta «${shownFolder}» (créela o elija otra ruta)`, {
      path: shown,
    });
  }
  if (!stats.isDirectory()) {
    throw usage(`--salida: «${shownFolder}» no es una carpeta`, { path: shown });
  }
}
