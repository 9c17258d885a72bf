/**
 * Writing a report to a file without ever destroying the input or leaving half a report behind.
 *
 * - The output is refused (usage error, exit 2) when it is one of the inputs: the same file after
 *   following links, compared by device and inode (so `r.csv`, `./r.csv`, a symbolic or hard link to
 *   it are all the same file).
 * - A regular file (or a path that does not exist yet) is written to a temporary file in the same
 *   folder, `.<nombre>.<pid>-<azar>.tmp`, renamed over the target only once everything was written
 *   and flushed. A failed run removes the temporary file and leaves the target as it was. When the
 *   target is a symbolic link, the file it points to is replaced and the link kept.
 * - A target that exists and is not a regular file (`/dev/stdout`, `/dev/full`, a FIFO) is written in
 *   place: it cannot be renamed over.
 * - Every write error (disk full, no permission, a closed pipe) becomes one Spanish line (exit 2).
 * - An interrupted run removes its temporary files too: while one is pending, SIGINT (Ctrl-C) and
 *   SIGTERM remove every pending temporary file and end the process with 130 and 143 (128 + the
 *   signal's number, as a shell reports it); any other exit (an uncaught error, `process.exit`)
 *   removes them on the way out. The target is never touched.
 *
 * @module
 */

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createWriteStream,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { isPqrsdError } from '../errors.js';
import { errorLine, type TextSink, usage } from './io.js';

/**
 * Where a command writes its output: a {@link TextSink} that fails loudly. Once a write failed,
 * every later write throws that error (the producer stops instead of working for nothing).
 *
 * @example
 * ```ts no-run
 * await writeOutputAtomically('informe.md', ['registro.csv'], async (sink) => {
 *   await write(sink, '# Informe\n');
 * });
 * ```
 */
export type OutputSink = TextSink;

/** Device and inode of an existing path (links followed), or undefined when it does not exist. */
function identity(path: string): { dev: number; ino: number; regular: boolean } | undefined {
  try {
    const st = statSync(path);
    return { dev: st.dev, ino: st.ino, regular: st.isFile() };
  } catch {
    return undefined;
  }
}

/**
 * Throws a usage error (exit 2) when `output` names the same file as one of `inputs` (device and
 * inode, links followed). Inputs that do not exist, and `undefined`, are skipped.
 *
 * @example
 * ```ts no-run
 * assertNotInput('/datos/r.csv', ['/datos/r.csv']); // lanza: «--salida es el archivo de entrada…»
 * ```
 */
export function assertNotInput(
  output: string,
  inputs: readonly (string | undefined)[],
  label = '--salida',
): void {
  const out = identity(output);
  if (out === undefined) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const inp = identity(input);
    if (inp !== undefined && inp.dev === out.dev && inp.ino === out.ino) {
      throw usage(
        `${label} «${output}» es el mismo archivo que la entrada «${input}»: el informe lo borraría; elija otro nombre`,
        { output, input },
      );
    }
  }
}

/** A TextSink over a write stream that remembers the first error and throws it on the next write. */
function failingSink(
  stream: NodeJS.WritableStream,
  toError: (error: unknown) => unknown,
): OutputSink & { failure(): unknown } {
  let failure: unknown;
  const waiters: (() => void)[] = [];
  stream.on('error', (error) => {
    failure ??= toError(error);
    for (const w of waiters.splice(0)) w();
  });
  stream.on('drain', () => {
    for (const w of waiters.splice(0)) w();
  });
  return {
    write(text: string): boolean {
      if (failure !== undefined) throw failure;
      return stream.write(text);
    },
    once(_event: 'drain', listener: () => void) {
      if (failure !== undefined) listener();
      else waiters.push(listener);
      return this;
    },
    failure: () => failure,
  };
}

async function endStream(stream: Writable, sink: { failure(): unknown }): Promise<void> {
  const early = sink.failure();
  if (early !== undefined) throw early;
  if (!stream.destroyed) stream.end();
  // Rejects with the stream's own error (ENOSPC…) even when it was destroyed before `end`.
  await finished(stream);
  const late = sink.failure();
  if (late !== undefined) throw late;
}

/** Temporary files written and not yet renamed or removed: the one cleanup registry of the process. */
const pending = new Set<string>();

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

const onSigint = (): void => {
  removePending();
  process.exit(130);
};
const onSigterm = (): void => {
  removePending();
  process.exit(143);
};

/** Registers `temp` for removal on a signal or an exit; the handlers live only while one is pending. */
function track(temp: string): void {
  if (pending.size === 0) {
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    process.on('exit', removePending);
  }
  pending.add(temp);
}

function untrack(temp: string): void {
  if (!pending.delete(temp) || pending.size > 0) return;
  process.off('SIGINT', onSigint);
  process.off('SIGTERM', onSigterm);
  process.off('exit', removePending);
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Runs `writer` with a sink on a temporary file next to `path`, then renames it over `path`, and
 * returns what `writer` returned; refuses
 * first (exit 2) when `path` is one of `inputs` ({@link assertNotInput}). On any failure — of the
 * writer or of the disk — the temporary file is removed, `path` is untouched, and the error is
 * thrown (a write error as a usage error `--salida: …`). Paths are absolute or relative to the
 * process's folder.
 *
 * @example
 * ```ts no-run
 * await writeOutputAtomically('/datos/informe.csv', ['/datos/registro.csv'], async (sink) => {
 *   await write(sink, 'radicado,estado\r\n');
 * });
 * ```
 */
export async function writeOutputAtomically<T>(
  path: string,
  inputs: readonly (string | undefined)[],
  writer: (sink: OutputSink) => Promise<T>,
  label = '--salida',
): Promise<T> {
  assertNotInput(path, inputs, label);
  const existing = identity(path);
  if (existing !== undefined && !existing.regular) {
    // A device or a FIFO: written in place (nothing to rename over).
    const stream = createWriteStream(path, { flags: 'a' });
    await opened(stream, path, label);
    const sink = failingSink(stream, (e) => asWriteError(e, path, label));
    try {
      const result = await writer(sink);
      await endStream(stream, sink);
      return result;
    } catch (error) {
      stream.destroy();
      throw asWriteError(error, path, label);
    }
  }
  const target = existing === undefined ? path : realpathSync(path);
  const temp = tempPathFor(target);
  track(temp);
  const stream = createWriteStream(temp, { flags: 'wx', mode: 0o666 });
  try {
    await opened(stream, path, label);
  } catch (error) {
    untrack(temp);
    throw error;
  }
  const sink = failingSink(stream, (e) => asWriteError(e, path, label));
  try {
    const result = await writer(sink);
    await endStream(stream, sink);
    const fd = openSync(temp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    untrack(temp);
    return result;
  } catch (error) {
    stream.destroy();
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    untrack(temp);
    throw asWriteError(error, path, label);
  }
}

function opened(
  stream: NodeJS.WritableStream & { once: NodeJS.EventEmitter['once'] },
  path: string,
  label: string,
) {
  return new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(asWriteError(error, path, label)));
  });
}

/** A file-system error while writing, as the usage error `--salida: …`; other errors unchanged. */
function asWriteError(error: unknown, path: string, label: string): unknown {
  if (isPqrsdError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return usage(`${label}: no se pudo escribir: ${errorLine(error, path)}`, { code });
  }
  return error;
}
