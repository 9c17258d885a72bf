// `npx tsx bench/xlsx.bench.ts [filas]` (also part of `npm run bench`): the audit of a big registry
// read from an Excel workbook (`pqrsd auditar registro.xlsx --corte … --formato json --salida
// /dev/null`), next to a read-only pass over the same workbook and the audit of the same rows as CSV
// in one thread, each in its own child process so that its peak RSS (process.resourceUsage().maxRSS)
// is its own.
//
// The workbook (default 1,000,000 rows, plus a 100,000-row one to show that memory does not grow with
// the sheet) is what the committed generator (scripts/generate-example.ts, fixed seed) makes, turned
// into an .xlsx as Excel writes it: every text in the shared-strings table (radicados included, the
// worst case for memory), dates as serial numbers in date and date-time styles. Written to a temp
// dir, never committed.
//
// Target (issue de registros reales): >= 50,000 rows/s on 2 cores with flat memory.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CsvParser } from '../src/cli/csv.js';
import { ZipWriter } from '../src/cli/xlsx/zip-write.js';

const self = fileURLToPath(import.meta.url);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

function esc(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function letters(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A date cell as Excel stores it: the serial, style 1 (date) or 2 (date-time). */
function dateCell(ref: string, value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(value);
  if (m === null) return undefined;
  const days = (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH) / DAY_MS;
  if (m[4] === undefined) return `<c r="${ref}" s="1"><v>${days}</v></c>`;
  return `<c r="${ref}" s="2"><v>${days + (Number(m[4]) * 60 + Number(m[5])) / 1440}</v></c>`;
}

/** Turns the generator's CSV into an .xlsx (streamed). */
async function csvToXlsx(csv: string, xlsx: string): Promise<void> {
  const out = createWriteStream(xlsx);
  const zip = new ZipWriter((chunk) =>
    out.write(chunk) ? undefined : new Promise<void>((ok) => out.once('drain', () => ok())),
  );
  const strings = new Map<string, number>();
  const sst = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) {
      i = strings.size;
      strings.set(s, i);
    }
    return i;
  };
  let names: readonly string[] = [];
  let rowNumber = 0;
  let text = '';
  const row = (cells: readonly string[]) => {
    rowNumber++;
    text += `<row r="${rowNumber}">`;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]!;
      if (v === '') continue;
      const ref = `${letters(i)}${rowNumber}`;
      const date = rowNumber > 1 && names[i]!.startsWith('fecha') ? dateCell(ref, v) : undefined;
      text +=
        date ??
        (/^\d{1,9}$/.test(v) ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`);
    }
    text += '</row>';
  };
  await zip.begin('xl/worksheets/sheet1.xml');
  await zip.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`,
  );
  const parser = new CsvParser({
    header(h) {
      names = h;
      row(h);
    },
    row,
    rowError() {},
  });
  for await (const chunk of createReadStream(csv, { highWaterMark: 1 << 18 })) {
    parser.push(chunk as Buffer);
    if (text.length > 1 << 20) {
      await zip.write(text);
      text = '';
    }
  }
  parser.end();
  await zip.write(`${text}</sheetData></worksheet>`);
  await zip.end();
  await zip.begin('xl/sharedStrings.xml');
  await zip.write(`<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">`);
  let block = '';
  for (const s of strings.keys()) {
    block += `<si><t>${esc(s)}</t></si>`;
    if (block.length > 1 << 20) {
      await zip.write(block);
      block = '';
    }
  }
  await zip.write(`${block}</sst>`);
  await zip.end();
  await zip.file(
    'xl/styles.xml',
    `<styleSheet xmlns="${MAIN}"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="22" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  await zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Registro" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  await zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  await zip.file(
    '_rels/.rels',
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  await zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
  );
  await zip.finish();
  await new Promise<void>((ok, fail) => {
    out.on('error', fail);
    out.end(() => ok());
  });
}

async function pass(kind: string, file: string): Promise<void> {
  const started = performance.now();
  let rows = 0;
  if (kind === 'read') {
    const { readXlsx } = await import('../src/cli/xlsx/read.js');
    const s = await readXlsx(file, file, { header() {}, row() {} });
    rows = s.records;
  } else {
    const { auditarCommand } = await import('../src/cli/commands/auditar.js');
    const { Writable, Readable } = await import('node:stream');
    let said = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        said += String(chunk);
        done();
      },
    });
    const argv = [file, '--corte', '2026-11-27', '--formato', 'json', '--salida', devNull, '--hilos', '1'];
    const code = await auditarCommand(argv, {
      stdout: sink as never,
      stderr: sink as never,
      stdin: Readable.from([]),
      cwd: process.cwd(),
    });
    if (code !== 0) throw new Error(`auditar salió con ${code}: ${said}`);
    rows = Number(/\((\d+) registros/.exec(said)?.[1] ?? Number.NaN);
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      rows,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
}

type Pass = { rows: number; ms: number; cpuMs: number; maxRssKb: number };

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
    external: ['esbuild'],
    logLevel: 'silent',
  });
  return outfile;
}

function child(runner: string, kind: string, file: string): Pass {
  const r = spawnSync(process.execPath, [runner, '--pass', kind, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`la pasada ${kind} falló:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

if (process.argv[2] === '--pass') {
  await pass(process.argv[3]!, process.argv[4]!);
} else if (process.argv[2] === '--convertir') {
  // `npx tsx bench/xlsx.bench.ts --convertir registro.csv registro.xlsx`: only the workbook.
  await csvToXlsx(process.argv[3]!, process.argv[4]!);
} else {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'pqrsd-bench-xlsx-'));
  try {
    const runner = await bundle(dir);
    const table: Record<string, string | number>[] = [];
    const sizes = [Math.min(100_000, rows), rows].filter((n, i, a) => a.indexOf(n) === i);
    for (const n of sizes) {
      const csv = join(dir, `registro-${n}.csv`);
      const xlsx = join(dir, `registro-${n}.xlsx`);
      const g = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          fileURLToPath(new URL('../scripts/generate-example.ts', import.meta.url)),
          '--rows',
          String(n),
          '--out',
          csv,
        ],
        { encoding: 'utf8' },
      );
      if (g.status !== 0) throw new Error(`el generador falló:\n${g.stderr}`);
      await csvToXlsx(csv, xlsx);
      for (const [name, kind, file] of [
        ['solo lectura .xlsx', 'read', xlsx],
        ['auditoría .xlsx', 'audit', xlsx],
        ['auditoría CSV, 1 hilo (mismas filas)', 'audit', csv],
      ] as const) {
        const p = child(runner, kind, file);
        table.push({
          pasada: name,
          filas: p.rows,
          'MB archivo': (statSync(file).size / 1e6).toFixed(0),
          segundos: (p.ms / 1000).toFixed(2),
          'filas/s': Math.round((p.rows / p.ms) * 1000).toLocaleString('es-CO'),
          // A shared machine: CPU time says what the pass costs when other processes take the cores.
          'CPU s': (p.cpuMs / 1000).toFixed(2),
          'filas/s de CPU': Math.round((p.rows / p.cpuMs) * 1000).toLocaleString('es-CO'),
          'RSS pico': mb(p.maxRssKb),
        });
      }
      rmSync(csv);
      rmSync(xlsx);
    }
    console.table(table);
    console.log('meta: auditoría .xlsx >= 50.000 filas/s; RSS pico sin crecer con las filas');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
