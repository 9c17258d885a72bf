// `pqrsd auditar libro.xlsx` and `--formato xlsx`: the workbooks are generated here (no personal data).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS } from '../../../src/cli/render/csv.js';
import { readXlsx } from '../../../src/cli/xlsx/read.js';
import { XmlTokenizer } from '../../../src/cli/xlsx/xml.js';
import { entryText, openZip } from '../../../src/cli/xlsx/zip.js';
import { run, runBin, tempDir } from '../helpers.js';
import { buildXlsx } from './build.js';

const dir = tempDir();
const book = join(dir, 'registro.xlsx');
const bad = join(dir, 'dañado.xlsx');

// Filing dates as Excel serials (style 1 = date, 2 = date-time): 45658 = 2025-01-01.
const date = (serial: number) => ({ raw: `s="1"><v>${serial}</v>` });
beforeAll(async () => {
  const bytes = await buildXlsx({
    sheets: [
      { name: 'Portada', rows: [['Registro de PQRSD'], ['sin datos']] },
      {
        name: 'PQRSD',
        rows: [
          ['radicado', 'tipo', 'fecha_radicacion', 'fecha_respuesta', 'seccional'],
          [20250000000001, 'peticion', date(45665), date(45672), 'Norte'],
          ['R-2', 'queja', { raw: 's="2"><v>45672.5</v>' }, null, '=1+1'],
          [],
          ['R-4', 'cosa rara', date(45665), null, 'Norte'],
          ['R-5', 'reclamo', date(60), null, 'Norte'],
          ['R-6', 'peticion', date(45690), null, null],
        ],
      },
    ],
  });
  writeFileSync(book, bytes);
  writeFileSync(bad, bytes.subarray(0, bytes.length - 40));
});

describe('pqrsd auditar libro.xlsx', () => {
  it('lee la hoja elegida; cada fila lleva su número en la hoja', async () => {
    const r = await run(['auditar', book, '--hoja', 'PQRSD', '--corte', '2025-03-01', '--formato', 'csv']);
    // With --formato csv the mapping and the notices about the file go to stderr, and nothing else.
    expect(r.stderr.split('\n').filter((l) => l !== '' && !/^(pqrsd: | {2}«)/.test(l))).toEqual([]);
    expect(r.stderr).toContain('pqrsd: Columnas (decididas con las primeras 5 filas)');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
    const byRow = new Map(lines.slice(1).map((l) => [l.split(',')[0], l]));
    expect([...byRow.keys()]).toEqual(['2', '3', '5', '6', '7']);
    // The id keeps all its digits; the filing date is the serial's day.
    expect(byRow.get('2')).toMatch(/^2,20250000000001,sí,,peticion,.*,2025-01-08,/);
    // A text that looks like a formula is neutralised in the CSV.
    expect(byRow.get('3')).toMatch(/^3,R-2,sí,,queja,[^,]*,'=1\+1,/);
    expect(byRow.get('5')).toMatch(/^5,R-4,no,"tipo/);
    // Serial 60 is Excel's fictitious 1900-02-29: rejected, never shifted.
    expect(byRow.get('6')).toMatch(/^6,R-5,no,.*1900-02-29/);
  });

  it('--formato json dice el formato y la hoja; --hoja por número', async () => {
    const r = await run(['auditar', book, '--hoja', '2', '--corte', '2025-03-01', '--formato', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.source).toMatchObject({ format: 'xlsx', sheet: 'PQRSD' });
    expect(report.rows).toEqual({ total: 5, valid: 3, invalid: 2, warned: 0, warnings: 0, outOfScope: 0 });
    expect(report.invalidRows.map((x: { line: number }) => x.line)).toEqual([5, 6]);
  });

  it('la tabla nombra la hoja', async () => {
    const r = await run(['auditar', book, '--hoja', 'pqrsd', '--corte', '2025-03-01']);
    expect(r.stdout).toContain('(XLSX, hoja «PQRSD»)');
  });

  it('por omisión la primera hoja: aquí no tiene las columnas (exit 2)', async () => {
    const r = await run(['auditar', book, '--corte', '2025-03-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('columnas obligatorias');
  });

  it('errores claros: hoja inexistente, --hoja con CSV, libro dañado', async () => {
    const h = await run(['auditar', book, '--hoja', 'Ventas', '--corte', '2025-03-01']);
    expect(h.code).toBe(2);
    expect(h.stderr).toContain('sus hojas son 1. «Portada», 2. «PQRSD»');
    const csv = join(dir, 'r.csv');
    writeFileSync(csv, 'radicado,tipo,fecha_radicacion\nR-1,peticion,2025-01-02\n');
    const c = await run(['auditar', csv, '--hoja', '1', '--corte', '2025-03-01']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--hoja es para un libro de Excel');
    const d = await run(['auditar', bad, '--corte', '2025-03-01']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('no es un libro de Excel (.xlsx) legible');
  });

  it('el ejecutable: un libro dañado sale con 2 y sin traza; uno bueno se audita', async () => {
    const d = await runBin(['auditar', bad, '--corte', '2025-03-01']);
    expect(d.code).toBe(2);
    expect(d.stderr).not.toMatch(/\n\s+at /);
    const ok = await runBin([
      'auditar',
      book,
      '--hoja',
      'PQRSD',
      '--corte',
      '2025-03-01',
      '--formato',
      'json',
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).rows.total).toBe(5);
  }, 60_000);
});

/** Every XML part of the archive is well formed: tags nest and close. */
async function wellFormed(path: string): Promise<string[]> {
  const zip = await openZip(path, path);
  const parts = [...zip.entries.keys()];
  try {
    for (const part of parts) {
      const stack: string[] = [];
      const t = new XmlTokenizer({
        wantText: false,
        open: (name, _tag, empty) => {
          if (!empty) stack.push(name);
        },
        close: (name) => expect(stack.pop(), part).toBe(name),
        text() {},
      });
      t.push(await entryText(zip, part, 1 << 26));
      t.end();
      expect(stack, part).toEqual([]);
    }
  } finally {
    await zip.close();
  }
  return parts;
}

describe('pqrsd auditar --formato xlsx', () => {
  it('sin --salida no escribe binario en la terminal (exit 2)', async () => {
    const r = await run(['auditar', book, '--hoja', 'PQRSD', '--corte', '2025-03-01', '--formato', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('indique --salida');
  });

  it('escribe un libro válido: resultados por solicitud, indicadores y el semáforo en colores', async () => {
    const out = join(dir, 'auditoria.xlsx');
    const r = await run([
      'auditar',
      book,
      '--hoja',
      'PQRSD',
      '--corte',
      '2025-03-01',
      '--formato',
      'xlsx',
      '--salida',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('informe escrito en');
    const parts = await wellFormed(out);
    expect(parts).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml']),
    );
    if (spawnSync('unzip', ['-v']).status === 0) expect(spawnSync('unzip', ['-tq', out]).status).toBe(0);

    // Read back with the reader.
    const rows: string[][] = [];
    let header: readonly string[] = [];
    const s = await readXlsx(out, 'auditoria.xlsx', {
      header: (h) => (header = h),
      row: (c) => rows.push(c),
    });
    expect(s.sheets).toEqual(['Resultados', 'Indicadores']);
    expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows.map((x) => x[0])).toEqual(['2', '3', '5', '6', '7']);
    // Inline strings are never formulas: the text stays as written.
    expect(rows[1]![6]).toBe('=1+1');
    const ind: string[][] = [];
    await readXlsx(
      out,
      'auditoria.xlsx',
      { header: (h) => ind.push([...h]), row: (c) => ind.push(c) },
      { sheet: 'Indicadores' },
    );
    expect(ind[0]![0]).toBe('Auditoría de PQRSD · corte 2025-03-01');
    expect(ind.some((row) => row[0] === 'Semáforo de las solicitudes abiertas, por seccional')).toBe(true);
    expect(ind.some((row) => row[0] === 'Registros' && row[1] === '5')).toBe(true);
    // The mapping used and the accounting of rows are on the sheet too, as in every other report.
    expect(ind.some((row) => row[0]?.startsWith('Columnas (decididas con las primeras'))).toBe(true);
    expect(ind.some((row) => row[0]?.startsWith('«radicado» → radicado'))).toBe(true);
    expect(
      ind.some(
        (row) =>
          row[0] === 'Filas' &&
          /^Filas leídas 5 = auditadas \d+ \+ inválidas \d+ \+ fuera del alcance 0$/.test(row[1] ?? ''),
      ),
    ).toBe(true);

    // The semáforo is a fill: the cell of column M carries the style of its colour.
    const zip = await openZip(out, out);
    const sheet = await entryText(zip, 'xl/worksheets/sheet1.xml', 1 << 26);
    const styles = await entryText(zip, 'xl/styles.xml', 1 << 20);
    await zip.close();
    const fills = [
      ...sheet.matchAll(/<c r="M\d+" s="(\d)" t="inlineStr"><is><t>(verde|amarillo|rojo)<\/t>/g),
    ];
    expect(fills.length).toBeGreaterThan(0);
    for (const [, style, colour] of fills)
      expect(style).toBe({ verde: '2', amarillo: '3', rojo: '4' }[colour!]);
    expect(styles).toContain('FFC6EFCE');
    expect(sheet).not.toContain('<f>');
  }, 60_000);

  it('un CSV también sale como .xlsx', async () => {
    const out = join(dir, 'desde-csv.xlsx');
    const r = await run([
      'auditar',
      'examples/registro-pqrsd.csv',
      '--corte',
      '2026-11-27',
      '--formato',
      'xlsx',
      '--salida',
      out,
    ]);
    expect(r.code).toBe(0);
    let n = 0;
    await readXlsx(out, 'x', { header() {}, row: () => void n++ });
    const csvRows = readFileSync('examples/registro-pqrsd.csv', 'utf8').trim().split('\n').length - 1;
    expect(n).toBe(csvRows);
  }, 60_000);
});
