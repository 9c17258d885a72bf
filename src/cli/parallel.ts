/**
 * The audit of a big CSV file on several cores. The main thread reads the file and cuts it into
 * blocks of about 512 KiB at record boundaries — a newline outside a quoted field, found by reading the
 * quotes exactly as {@link CsvParser} does — and hands each block, with the line it starts on and the
 * encoding to decode it with, to the least busy worker thread. Each worker runs an {@link AuditCore}
 * on its blocks and answers each block with its capped lists (invalid rows, disagreements, alerts and,
 * for `--formato csv`, the per-record lines); the main thread appends them in file order. At the end
 * the workers' counts and aggregator snapshots are added up. The report is the one the serial audit
 * gives for the same file.
 *
 * Memory stays bounded: at most a few blocks per worker are in flight, and the main thread holds one
 * partial record. A file whose quotes never close (no boundary in {@link FALLBACK_BYTES}) is finished
 * in the main thread by the serial reader, from the last boundary on.
 *
 * @module
 */

import { open } from 'node:fs/promises';
import { type Worker as NodeWorker, Worker } from 'node:worker_threads';
import {
  AuditCore,
  type AuditLists,
  type AuditOptions,
  type AuditPartial,
  type AuditReport,
} from './audit.js';
import {
  assertText,
  type CsvEncoding,
  type CsvInputFormat,
  CsvParser,
  type CsvReadOptions,
  type CsvSeparator,
  detectSeparator,
} from './csv.js';
import { detectFileEncoding } from './encoding.js';
import { decideMapping } from './inference/decide.js';
import { SAMPLE_ROWS } from './inference/infer.js';
import { auditCsvLine } from './render/csv.js';

/** Young generation of each audit worker, in MB (see runParallelAudit). */
const WORKER_YOUNG_MB = 48;
/**
 * Files smaller than this are audited in one thread: each worker compiles the audit's code afresh
 * (about a second of optimising compiler per thread), which a file of under ~200,000 rows does not
 * pay back (measured on 2 cores: 21 MB slower in two threads, 33 MB even).
 */
export const PARALLEL_MIN_BYTES = 32 << 20;
/**
 * Target size of a block handed to a worker. A worker decodes a block to one string and reads its
 * records from it: half a megabyte keeps that string and the rows read from it in the core's cache
 * (measured on 2 cores, a 1,000,000-row registry: about 8 % less time than blocks of 1 MiB; 128 and
 * 256 KiB gave the same as 512).
 */
const BLOCK_BYTES = 1 << 19;
/** Blocks in flight per worker (the rest of the file waits on disk). */
const IN_FLIGHT = 3;
/**
 * Bytes without a record boundary after which the rest of the file is read in the main thread (an
 * unclosed quote; the serial reader reports it and resynchronises).
 */
export const FALLBACK_BYTES = 8 << 20;

/**
 * Finds record boundaries in CSV bytes the way {@link CsvParser} reads quotes: a quote opens a quoted
 * field only at the start of a field (after the separator, a line break or at the start of a record),
 * `""` inside it is a literal quote, and any other quote is text. A boundary is the byte after a
 * `\n` outside a quoted field. Bytes are scanned once, jumping from quote to quote.
 *
 * @example
 * ```ts
 * const s = new BoundaryScanner(',');
 * s.scan(Buffer.from('a,"x\ny"\nb,c\n"open')); //=> 12
 * ```
 */
export class BoundaryScanner {
  readonly #sep: number;
  #inQuote = false;
  #pos = 0;

  constructor(separator: CsvSeparator) {
    this.#sep = separator.charCodeAt(0);
  }

  /**
   * Scans `buf` from where the last call stopped (the same buffer, possibly longer, or shorter after
   * {@link BoundaryScanner.shift}) and returns the index just after the last boundary found in the
   * new bytes (or the first, with `first`), or -1 if none.
   */
  scan(buf: Buffer, first = false): number {
    const len = buf.length;
    const sep = this.#sep;
    let pos = this.#pos;
    let last = -1;
    while (pos < len) {
      if (this.#inQuote) {
        const q = buf.indexOf(34, pos);
        if (q === -1) {
          pos = len;
          break;
        }
        if (q + 1 >= len) {
          pos = q; // `"` at the end: closing or the first half of `""`? Wait for more bytes.
          break;
        }
        if (buf[q + 1] === 34) pos = q + 2;
        else {
          this.#inQuote = false;
          pos = q + 1;
        }
        continue;
      }
      const q = buf.indexOf(34, pos);
      const stop = q === -1 ? len : q;
      if (stop > pos) {
        if (first) {
          const nl = buf.indexOf(10, pos);
          if (nl !== -1 && nl < stop) {
            this.#pos = nl + 1;
            return nl + 1;
          }
        } else {
          const nl = buf.lastIndexOf(10, stop - 1);
          if (nl >= pos) last = nl + 1;
        }
      }
      if (q === -1) {
        pos = len;
        break;
      }
      const prev = q === 0 ? 10 : (buf[q - 1] as number);
      if (prev === sep || prev === 10 || prev === 13) this.#inQuote = true;
      pos = q + 1;
    }
    this.#pos = pos;
    return last;
  }

  /** The caller dropped the first `n` bytes of its buffer (a block was cut off at a boundary). */
  shift(n: number): void {
    this.#pos -= n;
  }
}

/**
 * What a worker is started with (its `workerData`): plain data.
 *
 * @example
 * ```ts
 * type K = AuditWorkerData['kind']; // 'pqrsd-auditar'
 * ```
 */
export interface AuditWorkerData {
  /** Marks the thread as an audit worker. */
  readonly kind: 'pqrsd-auditar';
  /** The audit options every part shares. */
  readonly core: {
    readonly asOf: AuditOptions['asOf'];
    readonly columnMap?: AuditOptions['columnMap'];
    readonly period?: AuditOptions['period'];
    readonly usersBySeccional?: AuditOptions['usersBySeccional'];
    readonly maxListed?: number | undefined;
  };
  /** The header's names. */
  readonly names: readonly string[];
  /** The separator of the file. */
  readonly separator: CsvSeparator;
  /** Size guards of the reader. */
  readonly maxRecordLength?: number | undefined;
  /** Field-count guard of the reader. */
  readonly maxFields?: number | undefined;
  /** Render each record as a line of the per-record CSV output, with this separator. */
  readonly csvRows?: string | undefined;
}

/**
 * A block sent to a worker.
 *
 * @example
 * ```ts
 * type B = AuditBlock['line'];
 * ```
 */
export interface AuditBlock {
  /** Message kind. */
  readonly type: 'block';
  /** Position of the block in the file (0, 1, 2…). */
  readonly seq: number;
  /** Line of the file where the block's first record starts. */
  readonly line: number;
  /** How to decode the block's bytes. */
  readonly encoding: CsvEncoding;
  /** The bytes. */
  readonly bytes: Uint8Array;
}

/**
 * A worker's answer to a block.
 *
 * @example
 * ```ts
 * type R = AuditBlockResult['rows'];
 * ```
 */
export interface AuditBlockResult {
  /** Message kind. */
  readonly type: 'block';
  /** The block's position. */
  readonly seq: number;
  /** Rows of the block. */
  readonly rows: number;
  /** Bytes of the block. */
  readonly bytes: number;
  /** The block's capped lists. */
  readonly lists: AuditLists;
  /** The block's per-record CSV lines, when asked for. */
  readonly csv: string;
}

/**
 * Options of {@link runParallelAudit}.
 *
 * @example
 * ```ts
 * const o: ParallelAuditOptions = { asOf: '2026-11-27' as never, threads: 2, workerUrl: new URL('file:///x.js') };
 * ```
 */
export interface ParallelAuditOptions
  extends Omit<AuditOptions, 'onRow' | 'onChunk' | 'onCsvHeader' | 'onCsvEncoding'> {
  /** Worker threads (at least 2). */
  readonly threads: number;
  /** The script the workers run: it must call {@link startAuditWorker} when it is a worker. */
  readonly workerUrl: URL;
  /**
   * The per-record CSV output: its separator, decided from the input's format once the header is read
   * (called once, and only when the file is audited here), and where its text goes, in file order.
   */
  readonly csvRows?: {
    readonly separator: (input: CsvInputFormat) => string;
    readonly write: (text: string) => Promise<void> | undefined;
  };
}

/**
 * Audits a CSV file on `threads` worker threads and returns the same report as the serial audit, or
 * `null` when the file has no header line within its first 8 MiB (audit it serially: the serial reader
 * reports what is wrong). Throws the same usage errors (binary file, header without the required columns); a worker's
 * unexpected failure rejects with it.
 *
 * @example
 * ```ts no-run
 * const report = await runParallelAudit(
 *   { path: '/datos/registro.csv', name: 'registro.csv' },
 *   { asOf: '2026-11-27' as IsoDate, threads: 2, workerUrl: new URL(import.meta.url) },
 * );
 * ```
 */
export async function runParallelAudit(
  input: { readonly path: string; readonly name: string; readonly size?: number },
  options: ParallelAuditOptions,
): Promise<AuditReport | null> {
  // The encoding is one for the whole file: decided here when the caller did not.
  const encoding = options.csv?.encoding;
  if (encoding === undefined || encoding === 'auto') {
    const decided = await detectFileEncoding(input.path);
    return runParallelAudit(input, { ...options, csv: { ...options.csv, encoding: decided } });
  }
  const file = await open(input.path, 'r');
  const workers: NodeWorker[] = [];
  try {
    return await audit(file, workers, input, options);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await file.close();
  }
}

type FileHandle = Awaited<ReturnType<typeof open>>;

/**
 * The line breaks in a block, as the reader counts them: LF, CRLF (once) and a lone CR. A block ends
 * after a LF (or at the end of the file), so a CR never waits for the next block.
 *
 * @example
 * ```ts
 * lineBreaks(Buffer.from('a\r\nb\rc\n')); //=> 3
 * ```
 */
export function lineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let k = bytes.indexOf(10); k !== -1; k = bytes.indexOf(10, k + 1)) n++;
  for (let k = bytes.indexOf(13); k !== -1; k = bytes.indexOf(13, k + 1)) if (bytes[k + 1] !== 10) n++;
  return n;
}

async function audit(
  file: FileHandle,
  workers: NodeWorker[],
  input: { readonly path: string; readonly name: string; readonly size?: number },
  options: ParallelAuditOptions,
): Promise<AuditReport | null> {
  let eof = false;
  let readBytes = 0;
  const read = async (): Promise<Buffer | null> => {
    if (eof) return null;
    const buf = Buffer.allocUnsafe(BLOCK_BYTES);
    const { bytesRead } = await file.read(buf, 0, BLOCK_BYTES, null);
    if (bytesRead === 0) {
      eof = true;
      return null;
    }
    readBytes += bytesRead;
    return bytesRead < BLOCK_BYTES ? buf.subarray(0, bytesRead) : buf;
  };

  // The header: the records up to the first one that is not blank, fed boundary by boundary to a
  // reader (the separator is detected on the first physical line, as the serial reader does).
  let names: readonly string[] | undefined;
  let separator: CsvSeparator = ',';
  // A record after the header in the same piece (the header ended with a lone CR): the serial audit.
  let beyondHeader = false;
  const headerParser = new CsvParser(
    {
      header(n, info) {
        names = n;
        separator = info.separator;
      },
      row() {
        beyondHeader = true;
      },
      rowError() {
        beyondHeader = true;
      },
    },
    options.csv,
  );
  let pending: Buffer = Buffer.alloc(0);
  let scanner: BoundaryScanner | undefined;
  let headerEnd = 0;
  while (names === undefined) {
    const chunk = await read();
    if (chunk === null) return null;
    if (pending.length === 0) assertText(chunk);
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    if (pending.length > FALLBACK_BYTES) return null;
    if (scanner === undefined) {
      const nl = pending.indexOf(10);
      if (nl === -1) continue;
      const cr = pending.indexOf(13);
      const stop = cr !== -1 && cr < nl ? cr : nl;
      scanner = new BoundaryScanner(detectSeparator(pending.toString('latin1', 0, stop)));
    }
    for (let b = scanner.scan(pending, true); b !== -1; b = scanner.scan(pending, true)) {
      headerParser.push(pending.subarray(headerEnd, b));
      headerEnd = b;
      if (names !== undefined) break;
    }
  }
  if (beyondHeader) return null;
  const headerSummary = headerParser.end();
  const map = options.columnMap ?? {};
  // The mapping is decided from the same first rows the serial audit samples.
  const decided = decideMapping(names, await readSample(input.path, options.csv), map);
  const header = decided.header;
  const notices = decided.notices;
  const bom = headerSummary.bom;
  // The encoding is decided once for the whole file by the caller (options.csv.encoding: the
  // decision of a first pass over the file); UTF-16 files are not cut into blocks here.
  const encoding: CsvEncoding = headerSummary.encoding;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  // The per-record output starts here, once the file is known to be audited in blocks.
  const csvSeparator = options.csvRows?.separator({ separator, encoding, bom });
  pending = pending.subarray(headerEnd);
  scanner = new BoundaryScanner(separator);
  let line = headerSummary.lines + 1;

  const main = new AuditCore({ ...options });
  main.setHeader(header);
  const data: AuditWorkerData = {
    kind: 'pqrsd-auditar',
    core: {
      asOf: options.asOf,
      columnMap: decided.inferred.effective,
      period: options.period,
      usersBySeccional: options.usersBySeccional,
      maxListed: options.maxListed,
    },
    names,
    separator,
    maxRecordLength: options.csv?.maxRecordLength,
    maxFields: options.csv?.maxFields,
    csvRows: csvSeparator,
  };

  let failure: unknown;
  // A worker's message wakes the waiting loop; one that comes while nobody waits (the main thread was
  // writing the per-record CSV, which may wait for the output to drain) is remembered, or the last
  // results could arrive during that write and the loop would then wait for a message that never comes.
  let wake: (() => void) | undefined;
  let signaled = false;
  const notify = () => {
    const w = wake;
    wake = undefined;
    if (w === undefined) signaled = true;
    else w();
  };
  const inFlight: number[] = [];
  const results = new Map<number, AuditBlockResult>();
  const partials: AuditPartial[] = [];
  let nextSeq = 0;
  let drained = 0;
  let rowsDone = 0;
  let bytesDone = headerEnd;
  let csvText = '';
  for (let i = 0; i < options.threads; i++) {
    // A young generation as large as the main thread's may grow to: the audit allocates short-lived
    // rows fast, and a worker's smaller default promotes more of them (more old-generation work).
    const worker = new Worker(options.workerUrl, {
      workerData: data,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    const index = i;
    inFlight.push(0);
    worker.on('message', (m: AuditBlockResult | { type: 'done'; partial: AuditPartial }) => {
      if (m.type === 'done') partials.push(m.partial);
      else {
        inFlight[index] = (inFlight[index] as number) - 1;
        results.set(m.seq, m);
      }
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`un hilo de la auditoría terminó con código ${code}`);
      notify();
    });
    workers.push(worker);
  }
  // Callers check their condition again after it returns (a remembered message may be an old one).
  const waitForWorkers = async () => {
    if (failure === undefined && !signaled) await new Promise<void>((r) => (wake = r));
    signaled = false;
    if (failure !== undefined) throw failure;
  };
  const drain = () => {
    for (;;) {
      const r = results.get(drained);
      if (r === undefined) break;
      results.delete(drained);
      drained++;
      main.addLists(r.lists);
      csvText += r.csv;
      rowsDone += r.rows;
      bytesDone += r.bytes;
    }
    options.progress?.update(bytesDone, rowsDone);
  };
  const flushCsv = async () => {
    if (csvText === '' || options.csvRows === undefined) return;
    const text = csvText;
    csvText = '';
    await options.csvRows.write(text);
  };
  const dispatch = async (bytes: Buffer) => {
    let target = 0;
    for (;;) {
      drain();
      await flushCsv();
      for (let i = 1; i < inFlight.length; i++)
        if ((inFlight[i] as number) < (inFlight[target] as number)) target = i;
      if ((inFlight[target] as number) < IN_FLIGHT) break;
      await waitForWorkers();
    }
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    const block: AuditBlock = {
      type: 'block',
      seq: nextSeq++,
      line,
      encoding,
      bytes: copy,
    };
    line += lineBreaks(bytes);
    inFlight[target] = (inFlight[target] as number) + 1;
    (workers[target] as NodeWorker).postMessage(block, [copy.buffer]);
  };

  let serialTail = false;
  for (;;) {
    if (pending.length >= BLOCK_BYTES || (eof && pending.length > 0)) {
      const cut = eof ? pending.length : scanner.scan(pending);
      if (cut > 0) {
        await dispatch(pending.subarray(0, cut));
        pending = pending.subarray(cut);
        scanner.shift(cut);
        continue;
      }
      if (pending.length > FALLBACK_BYTES) {
        serialTail = true;
        break;
      }
    }
    if (eof) break;
    const chunk = await read();
    if (chunk !== null) pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
  }

  // Wait for every block, then (after an unclosed quote) read the rest here.
  while (drained < nextSeq) {
    drain();
    await flushCsv();
    if (drained < nextSeq) await waitForWorkers();
  }
  if (serialTail) {
    const tail = new AuditCore({
      ...options,
      ...(options.csvRows === undefined
        ? {}
        : {
            onRow: (row) => {
              csvText += auditCsvLine(row, csvSeparator!);
            },
          }),
    });
    tail.setHeader(header);
    const parser = new CsvParser(tail.csvHandlers(), {
      ...options.csv,
      separator,
      firstLine: line,
      headerFields: names.length,
      encoding,
    });
    parser.push(pending);
    for (let chunk = await read(); chunk !== null; chunk = await read()) {
      parser.push(chunk);
      options.progress?.update(readBytes, rowsDone + tail.rows);
      await flushCsv();
    }
    parser.end();
    main.addLists(tail.takeLists());
    main.addPartial(tail.partial());
  }
  await flushCsv();
  for (const w of workers) w.postMessage({ type: 'end' });
  while (partials.length < workers.length) await waitForWorkers();
  for (const p of partials) main.addPartial(p);
  options.progress?.done();
  return main.report(
    {
      name: input.name,
      format: 'csv',
      encoding,
      separator,
      bom,
      ignoredColumns: header.ignored,
      notices,
    },
    decided.inferred.mapping,
  );
}

/** The first {@link SAMPLE_ROWS} data rows of a CSV file, read as the serial audit reads them. */
async function readSample(path: string, csv: CsvReadOptions | undefined): Promise<string[][]> {
  const rows: string[][] = [];
  const parser = new CsvParser({ header() {}, row: (fields) => void rows.push(fields), rowError() {} }, csv);
  const file = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 18);
    while (rows.length < SAMPLE_ROWS) {
      const { bytesRead } = await file.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      parser.push(Buffer.from(buf.subarray(0, bytesRead)));
    }
  } finally {
    await file.close();
  }
  return rows.slice(0, SAMPLE_ROWS);
}
