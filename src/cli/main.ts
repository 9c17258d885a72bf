#!/usr/bin/env node
/**
 * The `pqrsd` bin: wires the process streams to {@link runCli} and exits with its code. Started as a
 * worker thread of the parallel audit, the same file serves blocks instead ({@link startAuditWorker}).
 *
 * @module
 */
import { isAuditWorker, startAuditWorker } from './audit-worker.js';
import { runCli } from './run.js';

if (isAuditWorker()) {
  startAuditWorker();
} else {
  // A closed pipe (`pqrsd festivos 2026 | head -1`) is not an error of the command.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
