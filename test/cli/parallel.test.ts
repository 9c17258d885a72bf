// The parallel audit must give, for any file, the report of the serial audit: the blocks are cut
// where the CSV reader ends a record (BoundaryScanner), each block is read from the right line with
// the right encoding, and lists, alerts, counts and aggregates add up in file order.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/index.js';
import { type AuditReport, runAudit } from '../../src/cli/audit.js';
import { CsvParser, type CsvSeparator } from '../../src/cli/csv.js';
import { CsvOutput, type CsvOutputChoice } from '../../src/cli/csv-output.js';
import { detectFileEncoding } from '../../src/cli/encoding.js';
import {
  BoundaryScanner,
  FALLBACK_BYTES,
  lineBreaks,
  PARALLEL_MIN_BYTES,
  runParallelAudit,
} from '../../src/cli/parallel.js';
import { AUDIT_CSV_COLUMNS, auditCsvLine } from '../../src/cli/render/csv.js';
import { renderJson } from '../../src/cli/render/json.js';
import { ROOT, runBin, tempDir } from './helpers.js';

const AS_OF = '2026-11-27' as IsoDate;
const BIN = join(ROOT, 'dist/cli/main.js');
const EXAMPLE = readFileSync(join(ROOT, 'examples/registro-pqrsd.csv'), 'utf8');

type Row = readonly [kind: 'row' | 'error', line: number, value: string];

/** Every record (and unreadable record) the reader gives for `text`, with its line. */
function parseAll(parts: readonly string[], separator: CsvSeparator, firstLine?: number): Row[] {
  const rows: Row[] = [];
  const parser = new CsvParser(
    {
      header: (names) => rows.push(['row', 1, `H:${names.join('|')}`]),
      row: (fields, line) => rows.push(['row', line, fields.join('|')]),
      rowError: (line, reason) => rows.push(['error', line, reason]),
    },
    // A block has no header: it is told the header's width (a, b, c), as the workers are.
    { separator, ...(firstLine === undefined ? {} : { firstLine, headerFields: 3 }) },
  );
  for (const p of parts) parser.push(p);
  parser.end();
  return rows;
}

// Line breaks as the reader counts them (LF, CRLF, a lone CR): the parallel audit's own count.
const newlines = lineBreaks;

/** Cuts `bytes` as the parallel audit does (feeding it in `chunk`-byte reads) and parses each block. */
function parseInBlocks(bytes: Buffer, separator: CsvSeparator, chunk: number, block: number): Row[] {
  const scanner = new BoundaryScanner(separator);
  // The header: up to the first boundary.
  let headerEnd = -1;
  let fed = 0;
  let pending: Buffer = Buffer.alloc(0);
  const rows: Row[] = [];
  while (headerEnd === -1 && fed < bytes.length) {
    pending = bytes.subarray(0, Math.min(bytes.length, fed + chunk));
    fed = pending.length;
    headerEnd = scanner.scan(pending, true);
  }
  if (headerEnd === -1) return parseAll([bytes.toString('latin1')], separator);
  rows.push(...parseAll([bytes.subarray(0, headerEnd).toString('latin1')], separator));
  let line = 1 + newlines(bytes.subarray(0, headerEnd));
  const next = new BoundaryScanner(separator);
  let start = headerEnd;
  let end = headerEnd;
  const emit = (to: number) => {
    const piece = bytes.subarray(start, to);
    rows.push(...parseAll([piece.toString('latin1')], separator, line));
    line += newlines(piece);
    next.shift(to - start);
    start = to;
  };
  while (end < bytes.length) {
    end = Math.min(bytes.length, end + chunk);
    if (end - start >= block) {
      const cut = next.scan(bytes.subarray(start, end));
      if (cut > 0) emit(start + cut);
    }
  }
  if (start < bytes.length) emit(bytes.length);
  return rows;
}

const field = (sep: string) =>
  fc.oneof(
    fc.stringMatching(/^[a-z ]{0,6}$/),
    fc
      .array(fc.constantFrom('a', ' ', '"', '\n', '\r', '\r\n', sep, ',', ';'), { maxLength: 8 })
      .map((cs) => cs.join('')),
    fc
      .array(fc.constantFrom('a', '"', '\n', '\r\n', sep), { maxLength: 8 })
      .map((cs) => `"${cs.join('').replaceAll('"', '""')}"`),
  );

describe('BoundaryScanner: blocks are cut where the CSV reader ends a record', () => {
  it('reading the blocks from their lines gives the records of reading the whole file', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom<CsvSeparator>(',', ';', '\t')
          .chain((sep) =>
            fc.tuple(
              fc.constant(sep),
              fc.array(fc.array(field(sep), { minLength: 1, maxLength: 4 }), { maxLength: 12 }),
            ),
          ),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        ([sep, records], chunk, block) => {
          const text = `${['a', 'b', 'c'].join(sep)}\n${records.map((r) => r.join(sep)).join('\n')}`;
          const bytes = Buffer.from(text, 'latin1');
          expect(parseInBlocks(bytes, sep, chunk, block)).toEqual(parseAll([text], sep));
        },
      ),
      { seed: 20261128, numRuns: 600 },
    );
  });

  it('a quote opens a quoted field only at the start of a field; "" inside it is a quote', () => {
    const s = new BoundaryScanner(',');
    // `x"y` is text, so the newline after it ends the record; the quoted field spans a newline.
    expect(s.scan(Buffer.from('x"y,z\n"a\nb""\n",c\nd'))).toBe(17);
    const first = new BoundaryScanner(',');
    expect(first.scan(Buffer.from('"a\nb",c\nd\ne\n'), true)).toBe(8);
    expect(first.scan(Buffer.from('"a\nb",c\nd\ne\n'), true)).toBe(10);
  });

  it('a quote at the end of the bytes waits for the next one (closing, or the first half of "")', () => {
    const s = new BoundaryScanner(';');
    const part = Buffer.from('a;"b"');
    expect(s.scan(part)).toBe(-1);
    expect(s.scan(Buffer.from('a;"b""\n"\nc\n'))).toBe(11);
  });
});

const canRunWorkers = existsSync(BIN);

/** A registry of about `bytes` bytes: the example's rows again and again, with fresh radicados. */
function bigRegistry(bytes: number, transform: (line: string, i: number) => string = (l) => l): string {
  const [header, ...body] = EXAMPLE.split('\r\n').filter((l) => l !== '');
  const out = [header];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = body[i % body.length]!;
    const next = transform(`P-${i}${line.slice(line.indexOf(','))}`, i);
    out.push(next);
    size += next.length + 2;
  }
  return `${out.join('\r\n')}\r\n`;
}

async function serial(path: string, csvRows?: string[]): Promise<AuditReport> {
  const { createReadStream } = await import('node:fs');
  return runAudit(
    { format: 'csv', name: 'registro.csv', chunks: createReadStream(path, { highWaterMark: 1 << 18 }) },
    {
      asOf: AS_OF,
      ...(csvRows === undefined ? {} : { onRow: (row) => csvRows.push(auditCsvLine(row, ',')) }),
    },
  );
}

async function parallel(path: string, threads: number, csvRows?: string[]): Promise<AuditReport | null> {
  return runParallelAudit(
    { path, name: 'registro.csv' },
    {
      asOf: AS_OF,
      threads,
      workerUrl: pathToFileURL(BIN),
      ...(csvRows === undefined
        ? {}
        : {
            csvRows: {
              separator: () => ',',
              write: (text: string) => {
                csvRows.push(text);
                return undefined;
              },
            },
          }),
    },
  );
}

describe.runIf(canRunWorkers)('runParallelAudit gives the serial report', () => {
  it('on a big registry with bad rows, quoted fields over several lines and a `;` separator', async () => {
    const dir = tempDir();
    const path = join(dir, 'grande.csv');
    // Every 997th row gets a multi-line quoted subject; every 1009th loses its type.
    const text = bigRegistry(3 << 20, (line, i) => {
      const fields = line.split(',');
      if (i % 997 === 0) fields[7] = `"asunto con ""comillas"";\nen dos líneas"`;
      if (i % 1009 === 0) fields[1] = 'tipo_raro';
      return fields.join(';');
    }).replace(/^[^\r]*/, (h) => h.replaceAll(',', ';'));
    writeFileSync(path, text);
    const [a, b] = await Promise.all([serial(path), parallel(path, 3)]);
    expect(b).not.toBeNull();
    expect(renderJson(b!)).toBe(renderJson(a));
    expect(a.rows.invalid).toBeGreaterThan(0);
    expect(a.source.separator).toBe(';');
  }, 60_000);

  it('on a registry without id or answer-date column, with warnings and «respondida sin fecha»', async () => {
    const dir = tempDir();
    const path = join(dir, 'real.csv');
    const real = readFileSync(join(ROOT, 'test/cli/fixtures/registro-real.csv'), 'utf8').split('\n');
    const [header, ...body] = real.filter((l) => l !== '');
    const out = [header];
    for (let size = 0, i = 0; size < 2 << 20; i++) {
      const line = body[i % body.length] as string;
      out.push(line);
      size += line.length + 1;
    }
    writeFileSync(path, `${out.join('\n')}\n`);
    const one: string[] = [];
    const many: string[] = [];
    const [a, b] = await Promise.all([serial(path, one), parallel(path, 2, many)]);
    expect(renderJson(b!)).toBe(renderJson(a));
    expect(many.join('')).toBe(one.join(''));
    expect(a.rows.warned).toBeGreaterThan(1000);
    expect(a.warningRows).toHaveLength(200);
    expect(a.unknownAnswer.respondida_sin_fecha).toBeGreaterThan(1000);
    expect(a.invalidRows[0]).toMatchObject({ line: 6 });
  }, 60_000);

  it('with the per-record CSV in file order', async () => {
    const dir = tempDir();
    const path = join(dir, 'grande.csv');
    writeFileSync(path, bigRegistry(2 << 20));
    const one: string[] = [];
    const many: string[] = [];
    const [a, b] = await Promise.all([serial(path, one), parallel(path, 2, many)]);
    expect(renderJson(b!)).toBe(renderJson(a));
    expect(many.join('')).toBe(one.join(''));
    expect(one.length).toBe(a.rows.total);
  }, 60_000);

  it('with a per-record CSV output that makes it wait: worker results that arrive meanwhile are not lost', async () => {
    // Each write of the per-record CSV waits 800 ms (as a full output waits for `drain`); the workers'
    // last results arrive during such a wait. The audit must still end, with the serial report.
    const dir = tempDir();
    const path = join(dir, 'lento.csv');
    writeFileSync(path, bigRegistry(2 << 20));
    const one: string[] = [];
    const many: string[] = [];
    const a = await serial(path, one);
    const b = await runParallelAudit(
      { path, name: 'registro.csv' },
      {
        asOf: AS_OF,
        threads: 2,
        workerUrl: pathToFileURL(BIN),
        csvRows: {
          separator: () => ',',
          write: (text: string) => {
            many.push(text);
            return new Promise<void>((resolve) => setTimeout(resolve, 800));
          },
        },
      },
    );
    expect(renderJson(b!)).toBe(renderJson(a));
    expect(many.join('')).toBe(one.join(''));
  }, 60_000);

  it('on a Windows-1252 export (accents as single bytes), with the encoding it reports', async () => {
    const dir = tempDir();
    const path = join(dir, 'ansi.csv');
    writeFileSync(path, Buffer.from(bigRegistry(2 << 20), 'latin1'));
    const [a, b] = await Promise.all([serial(path), parallel(path, 2)]);
    expect(a.source.encoding).toBe('windows-1252');
    expect(renderJson(b!)).toBe(renderJson(a));
  }, 60_000);

  it('after a quote that never closes: the rest is read in the main thread, as the serial reader does', async () => {
    const dir = tempDir();
    const path = join(dir, 'comilla.csv');
    const good = bigRegistry(2 << 20);
    // A subject opens a quote at ~2 MiB and never closes it; more than FALLBACK_BYTES follow.
    const rest = bigRegistry(FALLBACK_BYTES + (1 << 20))
      .replaceAll('"', '')
      .split('\r\n')
      .slice(1)
      .join('\r\n');
    writeFileSync(path, `${good}X-1,peticion,,2026-11-03,web,Norte,Atención,"sin cerrar\r\n${rest}`);
    const [a, b] = await Promise.all([serial(path), parallel(path, 2)]);
    expect(renderJson(b!)).toBe(renderJson(a));
    expect(a.invalidRows.map((r) => r.reasons[0])).toContain('la fila supera 1048576 caracteres; se omitió');
  }, 60_000);

  it('infers a column from its content and lists the rows out of scope as the serial audit does', async () => {
    const dir = tempDir();
    const path = join(dir, 'clase.csv');
    const text = bigRegistry(1 << 20, (l, i) =>
      i % 97 === 5 ? l.replace(/^([^,]*),[^,]*,/, '$1,COMUNICACIÓN OFICIAL RECIBIDA,') : l,
    ).replace(/^radicado,tipo,/, 'radicado,clase,');
    writeFileSync(path, text);
    const [a, b] = await Promise.all([serial(path), parallel(path, 2)]);
    expect(renderJson(b!)).toBe(renderJson(a));
    expect(a.mapping?.columns[1]).toMatchObject({ header: 'clase', column: 'tipo', how: 'contenido' });
    expect(a.rows.outOfScope).toBeGreaterThan(0);
    expect(a.rows.total).toBe(a.rows.valid + a.rows.invalid + a.rows.outOfScope);
    expect(a.outOfScope[0]?.value).toBe('COMUNICACIÓN OFICIAL RECIBIDA');
  }, 60_000);

  it('stops with the serial usage error when the type uses one-letter codes', async () => {
    const dir = tempDir();
    const path = join(dir, 'letras.csv');
    writeFileSync(
      path,
      bigRegistry(1 << 20, (l) => l.replace(/^([^,]*),peticion,/, '$1,P,')),
    );
    await expect(parallel(path, 2)).rejects.toThrow(/códigos de una letra \(P\)/);
    await expect(serial(path)).rejects.toThrow(/"valores":\{"tipo":\{"P":"peticion"\}\}/);
  });

  it('leaves to the serial reader a file without a header line in its first 8 MiB', async () => {
    const dir = tempDir();
    const path = join(dir, 'sin-encabezado.csv');
    writeFileSync(path, `"${'x'.repeat(FALLBACK_BYTES + 10)}`);
    expect(await parallel(path, 2)).toBeNull();
  });

  it('rejects with the failure of a worker', async () => {
    const dir = tempDir();
    const path = join(dir, 'r.csv');
    writeFileSync(path, bigRegistry(1 << 20));
    const broken = join(dir, 'roto.mjs');
    writeFileSync(broken, 'throw new Error("hilo roto");\n');
    await expect(
      runParallelAudit(
        { path, name: 'r.csv' },
        { asOf: AS_OF, threads: 2, workerUrl: pathToFileURL(broken) },
      ),
    ).rejects.toThrow(/hilo roto/);
  });
});

/** The per-record CSV of `path`, through a {@link CsvOutput} as `pqrsd auditar` wires it. */
async function csvOutputOf(
  path: string,
  threads: number,
  choice: CsvOutputChoice,
): Promise<{ bytes: Buffer; warnings: readonly string[] }> {
  const { createReadStream } = await import('node:fs');
  const chunks: Buffer[] = [];
  const sink = {
    write(chunk: string | Uint8Array) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      return true;
    },
    once() {
      return this;
    },
  };
  const out = new CsvOutput(sink as never, {
    choice,
    base: 'utf-8-bom',
    columns: AUDIT_CSV_COLUMNS,
    inputLineColumn: 0,
  });
  const csv = { encoding: await detectFileEncoding(path) };
  if (threads === 1) {
    await runAudit(
      { format: 'csv', name: 'r.csv', chunks: createReadStream(path, { highWaterMark: 1 << 18 }) },
      {
        asOf: AS_OF,
        csv,
        onCsvHeader: (input) => void out.start(input),
        onCsvEncoding: (encoding) => out.inputEncoding(encoding, false),
        onRow: (row) => out.add(auditCsvLine(row, out.separator)),
        onChunk: () => out.flush(),
      },
    );
  } else {
    const report = await runParallelAudit(
      { path, name: 'r.csv' },
      {
        asOf: AS_OF,
        threads,
        workerUrl: pathToFileURL(BIN),
        csv,
        csvRows: {
          separator: (input) => out.start(input),
          write: (text) => {
            out.add(text);
            return out.flush();
          },
        },
      },
    );
    expect(report).not.toBeNull();
  }
  const warnings = await out.end();
  return { bytes: Buffer.concat(chunks), warnings };
}

describe.runIf(canRunWorkers)(
  'the per-record CSV output is byte-identical in one thread and in several',
  () => {
    it('for a `;` Windows-1252 export and for a UTF-8 one, with each separator and encoding, inherited and chosen', async () => {
      const dir = tempDir();
      const ansi = join(dir, 'ansi.csv');
      const utf8 = join(dir, 'utf8.csv');
      const semi = (line: string) => line.replaceAll(',', ';');
      writeFileSync(ansi, Buffer.from(bigRegistry(1 << 20, semi).replace(/^[^\r]*/, semi), 'latin1'));
      // A UTF-8 export with a character Windows-1252 has not (written «?» when asked for).
      writeFileSync(
        utf8,
        bigRegistry(1 << 20, (l, i) => (i % 7 === 0 ? l.replace(',Medellín,', ',Dvořák,') : l)),
      );
      // Each separator and each encoding at least once, inherited and chosen.
      const cases: [string, CsvOutputChoice][] = [
        [ansi, {}],
        [ansi, { separator: '\t', encoding: 'utf-8-bom' }],
        [ansi, { separator: ',', encoding: 'utf-8' }],
        [utf8, { separator: ';' }],
        [utf8, { encoding: 'windows-1252' }],
      ];
      for (const [path, choice] of cases) {
        const one = await csvOutputOf(path, 1, choice);
        const many = await csvOutputOf(path, 2, choice);
        expect(many.bytes.equals(one.bytes), `${path} ${JSON.stringify(choice)}`).toBe(true);
        expect(many.warnings).toEqual(one.warnings);
      }
      const inherited = await csvOutputOf(ansi, 2, {});
      expect(inherited.bytes.subarray(0, 5).toString('latin1')).toBe('fila;');
      expect(inherited.bytes.includes(Buffer.from(';Medell\xedn;', 'latin1'))).toBe(true);
      const replaced = await csvOutputOf(utf8, 2, { encoding: 'windows-1252' });
      expect(replaced.bytes.includes(Buffer.from(',Dvo?\xe1k,', 'latin1'))).toBe(true);
      expect(replaced.warnings[0]).toMatch(
        /^\d+ caracteres no caben en Windows-1252 y se escribieron «\?»; el primero, el carácter «ř»/,
      );
    }, 300_000);
  },
);

describe.runIf(canRunWorkers)('pqrsd auditar on a big file uses the cores and prints the same report', () => {
  // The per-record CSV of a big file is compared byte for byte in the next test (`;`, Windows-1252).
  it('--hilos 1 and the default give byte-identical json reports', async () => {
    const dir = tempDir();
    const path = join(dir, 'grande.csv');
    // Past the size that goes parallel with few rows (a long ignored column each): the file's bytes
    // decide whether to split, the rows how long the four audits take.
    const note = 'x'.repeat(4000);
    writeFileSync(
      path,
      bigRegistry(PARALLEL_MIN_BYTES + (1 << 20), (line, i) => `${line},${note} ${i}`).replace(
        /^[^\r]*/,
        (h) => `${h},observaciones`,
      ),
    );
    for (const format of ['json']) {
      const audit = (threads: string) =>
        runBin(['auditar', path, '--corte', '2026-11-27', '--formato', format, '--hilos', threads]);
      const one = await audit('1');
      const many = await audit('2');
      expect(one.code).toBe(0);
      expect(many.code).toBe(0);
      expect(many.stdout).toBe(one.stdout);
      if (format === 'json') {
        const rows = JSON.parse(one.stdout).rows;
        expect(rows.total).toBeGreaterThan(2000);
        expect(rows.invalid).toBeLessThan(rows.total / 50);
      }
    }
  }, 300_000);

  it('--hilos 1 and the default write the same bytes for a big `;` Windows-1252 export (its separator and encoding)', async () => {
    const dir = tempDir();
    const path = join(dir, 'ansi.csv');
    const note = 'x'.repeat(4000);
    const text = bigRegistry(PARALLEL_MIN_BYTES + (1 << 20), (line, i) => `${line},${note} ${i}`)
      .replace(/^[^\r]*/, (h) => `${h},observaciones`)
      .replaceAll(',', ';');
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const outputs: Buffer[] = [];
    for (const threads of ['1', '2']) {
      const out = join(dir, `salida-${threads}.csv`);
      const r = await runBin([
        'auditar',
        path,
        '--corte',
        '2026-11-27',
        '--formato',
        'csv',
        '--hilos',
        threads,
        '--salida',
        out,
      ]);
      expect(r.code).toBe(0);
      outputs.push(readFileSync(out));
    }
    expect(outputs[1]!.equals(outputs[0]!)).toBe(true);
    expect(outputs[0]!.subarray(0, 5).toString('latin1')).toBe('fila;');
    expect(outputs[0]!.includes(Buffer.from(';Medell\xedn;', 'latin1'))).toBe(true);
  }, 300_000);

  it('--hilos must be an integer from 1 to 64', async () => {
    const r = await runBin([
      'auditar',
      'examples/registro-pqrsd.csv',
      '--corte',
      '2026-11-27',
      '--hilos',
      '0',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--hilos «0» debe ser un entero entre 1 y 64/);
  });
});

describe('startAuditWorker answers each block with its rows and lists, and the end with its partial', () => {
  it('on a MessageChannel, as in a worker thread', async () => {
    const { MessageChannel } = await import('node:worker_threads');
    const { startAuditWorker } = await import('../../src/cli/audit-worker.js');
    const { port1, port2 } = new MessageChannel();
    const [header, ...body] = EXAMPLE.split('\r\n');
    startAuditWorker(port2, {
      kind: 'pqrsd-auditar',
      core: { asOf: AS_OF },
      names: header!.split(','),
      separator: ',',
      csvRows: ',',
    });
    const messages: { type: string; rows?: number; csv?: string; partial?: { rows: number } }[] = [];
    const got = new Promise<void>((done) =>
      port1.on('message', (m) => {
        messages.push(m);
        if (m.type === 'done') done();
      }),
    );
    const bytes = new TextEncoder().encode(`${body.slice(0, 10).join('\r\n')}\r\n`);
    port1.postMessage({ type: 'block', seq: 0, line: 2, encoding: 'utf-8', bytes });
    const latin = Buffer.from(`${body.slice(10, 15).join('\r\n')}\r\n`, 'latin1');
    port1.postMessage({ type: 'block', seq: 1, line: 12, encoding: 'windows-1252', bytes: latin });
    port1.postMessage({ type: 'end' });
    await got;
    port1.close();
    expect(messages.map((m) => [m.type, m.rows])).toEqual([
      ['block', 10],
      ['block', 5],
      ['done', undefined],
    ]);
    expect(messages[0]!.csv!.split('\r\n')[0]).toMatch(/^2,/);
    expect(messages[2]!.partial!.rows).toBe(15);
  });
});
