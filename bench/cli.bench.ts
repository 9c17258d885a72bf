// `npx tsx bench/cli.bench.ts [filas]` (also part of `npm run bench`): the streaming audit of a big
// registry next to a parse-only pass over the same file, each in its own child process so that the
// peak RSS (process.resourceUsage().maxRSS) is the pass's own.
//
// The file (default 1,000,000 rows, about 160 MB) is written to a temp dir, never committed: the
// rows of examples/registro-pqrsd.csv repeated with fresh radicados (so ~0.3 % bad rows, the same mix
// of types, regimes, events and entity due dates).
//
// Targets (issue del comando pqrsd): the audit reads >= 100,000 rows/s on 2 cores, costs <= 3x the parse-only pass,
// and its memory does not grow with the file (compare the peak RSS at 100,000 and 1,000,000 rows).
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

async function pass(kind: string, file: string): Promise<void> {
  const started = performance.now();
  let rows = 0;
  if (kind === 'parse') {
    const { CsvParser } = await import('../src/cli/csv.js');
    const parser = new CsvParser({
      header() {},
      row() {
        rows++;
      },
      rowError() {
        rows++;
      },
    });
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 18 }))
      parser.push(chunk as Buffer);
    parser.end();
  } else {
    const { runAudit } = await import('../src/cli/audit.js');
    const { renderJson } = await import('../src/cli/render/json.js');
    const report = await runAudit(
      {
        format: 'csv',
        name: file,
        chunks: createReadStream(file, { highWaterMark: 1 << 18 }),
        size: statSync(file).size,
      },
      { asOf: '2026-11-27' as never },
    );
    rows = report.rows.total;
    renderJson(report);
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ rows, ms, maxRssKb: process.resourceUsage().maxRSS }));
}

const DATE = /(\d{4})-(\d{2})-(\d{2})/g;
/** Shifts every `YYYY-MM-DD` in a line by `days` (UTC arithmetic on civil dates: host-independent). */
function shiftDates(line: string, days: number): string {
  if (days === 0) return line;
  return line.replace(DATE, (_m, y: string, mo: string, d: string) =>
    new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d) + days)).toISOString().slice(0, 10),
  );
}

/**
 * `distinct`: each repetition of the example shifts every date by a further week, so rows do not
 * repeat the engine's inputs (the audit caches statuses per distinct input; repeated rows would
 * flatter it). Without it, the example's 3,008 rows repeat with fresh radicados.
 */
function generate(rows: number, file: string, distinct = false): void {
  const example = readFileSync(new URL('../examples/registro-pqrsd.csv', import.meta.url), 'utf8').split(
    '\r\n',
  );
  const header = example[0]!;
  const body = example.slice(1).filter((l) => l !== '');
  const fd = openSync(file, 'w');
  writeSync(fd, `${header}\r\n`);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const base = body[i % body.length]!;
    const line = distinct ? shiftDates(base, 7 * (Math.floor(i / body.length) % 400)) : base;
    const comma = line.indexOf(',');
    buffer += `B-${i}${line.slice(comma)}\r\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}

/**
 * Each pass runs in a child process from a bundle of this file made by esbuild (as tsup builds the
 * bin: no keep-names helpers that tsx adds, which would distort the measure).
 */
async function bundle(dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(dir, 'pasada.mjs');
  await build({
    entryPoints: [self],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

let runner = '';

function child(kind: string, file: string): { rows: number; ms: number; maxRssKb: number } {
  const r = spawnSync(process.execPath, [runner, '--pass', kind, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`la pasada ${kind} falló:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

if (process.argv[2] === '--pass') {
  await pass(process.argv[3]!, process.argv[4]!);
} else {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'pqrsd-bench-'));
  try {
    runner = await bundle(dir);
    const sizes = [Math.min(100_000, rows), rows].filter((n, i, a) => a.indexOf(n) === i);
    const table: Record<string, string | number>[] = [];
    let last:
      | {
          parse: { rows: number; ms: number; maxRssKb: number };
          audit: { rows: number; ms: number; maxRssKb: number };
        }
      | undefined;
    const variants = [
      ...sizes.map((n) => ({ n, distinct: false })),
      { n: sizes[sizes.length - 1]!, distinct: true },
    ];
    let lastDistinct: typeof last;
    for (const { n, distinct } of variants) {
      const file = join(dir, `registro-${n}${distinct ? '-distintas' : ''}.csv`);
      generate(n, file, distinct);
      const size = statSync(file).size;
      const parse = child('parse', file);
      const audit = child('audit', file);
      if (distinct) lastDistinct = { parse, audit };
      else last = { parse, audit };
      for (const [name, p] of [
        ['solo lectura CSV', parse],
        ['auditoría completa', audit],
      ] as const) {
        table.push({
          pasada: name,
          filas_del_archivo: distinct ? 'distintas (fechas corridas)' : 'repetidas (ejemplo)',
          filas: p.rows,
          'MB archivo': (size / 1e6).toFixed(0),
          segundos: (p.ms / 1000).toFixed(2),
          'filas/s': Math.round((p.rows / p.ms) * 1000).toLocaleString('es-CO'),
          'RSS pico': mb(p.maxRssKb),
        });
      }
      rmSync(file);
    }
    console.table(table);
    if (last !== undefined) {
      const ratio = last.audit.ms / last.parse.ms;
      const rate = (last.audit.rows / last.audit.ms) * 1000;
      console.log(`auditoría / solo lectura: ${ratio.toFixed(2)}x (meta <= 3x)`);
      console.log(`auditoría: ${Math.round(rate).toLocaleString('es-CO')} filas/s (meta >= 100.000)`);
    }
    if (lastDistinct !== undefined) {
      const ratio = lastDistinct.audit.ms / lastDistinct.parse.ms;
      const rate = (lastDistinct.audit.rows / lastDistinct.audit.ms) * 1000;
      console.log(`filas distintas: auditoría / solo lectura ${ratio.toFixed(2)}x (meta <= 3x)`);
      console.log(`filas distintas: ${Math.round(rate).toLocaleString('es-CO')} filas/s (meta >= 100.000)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
