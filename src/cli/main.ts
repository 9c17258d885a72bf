#!/usr/bin/env node
/**
 * The `pqrsd` bin: wires the process streams to {@link runCli} and exits with its code. Started as a
 * worker thread of the parallel audit, the same file serves blocks instead ({@link startAuditWorker}).
 *
 * @module
 */
import { isAuditWorker, startAuditWorker } from './audit-worker.js';
import { EXIT, errorLine } from './io.js';
import { runCli } from './run.js';

/** Ends the process with one line on stderr and exit 2 (never a stack trace). */
function fail(error: unknown, what = ''): never {
  try {
    process.stderr.write(`pqrsd: ${what}${errorLine(error)}\n`);
  } catch {
    // stderr itself is gone: the exit code still says it
  }
  process.exit(EXIT.USAGE);
}

if (isAuditWorker()) {
  startAuditWorker();
} else {
  // A closed pipe (`pqrsd festivos 2026 | head -1`) is not an error of the command; any other write
  // error (a full disk, `> /dev/full`) is exit 2 with one line, not a stack trace nor exit 1 (which
  // `--estricto` reserves for findings).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    fail(error, 'no se pudo escribir en la salida estándar: ');
  });
  process.on('uncaughtException', (error) => fail(error));
  process.on('unhandledRejection', (error) => fail(error));

  try {
    const code = await runCli(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      cwd: process.cwd(),
    });
    process.exitCode = code;
  } catch (error) {
    fail(error);
  }
}
