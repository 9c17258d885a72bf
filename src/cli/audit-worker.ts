/**
 * The worker side of the parallel audit ({@link runParallelAudit}): an {@link AuditCore} fed whole
 * blocks of the file, answering each block with its lists and, at the end, its counts and aggregates.
 * The CLI's bin (and the benchmark) start it when they run as a worker thread.
 *
 * @module
 */

import { isMainThread, type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { AuditCore } from './audit.js';
import { CsvParser } from './csv.js';
import { resolveHeader } from './mapping.js';
import type { AuditBlock, AuditBlockResult, AuditWorkerData } from './parallel.js';
import { auditCsvLine } from './render/csv.js';

/**
 * Whether this thread is a worker of the parallel audit.
 *
 * @example
 * ```ts
 * isAuditWorker(); //=> false (en el hilo principal)
 * ```
 */
export function isAuditWorker(): boolean {
  return !isMainThread && (workerData as { kind?: unknown } | null)?.kind === 'pqrsd-auditar';
}

/**
 * Serves blocks on `port` until told to end (the port of the worker thread by default).
 *
 * @example
 * ```ts no-run
 * if (isAuditWorker()) startAuditWorker();
 * ```
 */
export function startAuditWorker(
  port: MessagePort = parentPort as MessagePort,
  data: AuditWorkerData = workerData as AuditWorkerData,
): void {
  let csv = '';
  const csvSeparator = data.csvRows;
  const core = new AuditCore({
    ...data.core,
    ...(csvSeparator === undefined
      ? {}
      : {
          onRow: (row) => {
            csv += auditCsvLine(row, csvSeparator);
          },
        }),
  });
  core.setHeader(resolveHeader(data.names, data.core.columnMap ?? {}));
  const handlers = core.csvHandlers();
  port.on('message', (m: AuditBlock | { type: 'end' }) => {
    if (m.type === 'end') {
      port.postMessage({ type: 'done', partial: core.partial() });
      port.close();
      return;
    }
    const bytes = m.bytes;
    const before = core.rows;
    const parser = new CsvParser(handlers, {
      separator: data.separator,
      encoding: m.encoding,
      firstLine: m.line,
      headerFields: data.names.length,
      ...(data.maxRecordLength === undefined ? {} : { maxRecordLength: data.maxRecordLength }),
      ...(data.maxFields === undefined ? {} : { maxFields: data.maxFields }),
    });
    parser.push(bytes);
    parser.end();
    const result: AuditBlockResult = {
      type: 'block',
      seq: m.seq,
      rows: core.rows - before,
      bytes: bytes.byteLength,
      lists: core.takeLists(),
      csv,
    };
    csv = '';
    port.postMessage(result);
  });
}
