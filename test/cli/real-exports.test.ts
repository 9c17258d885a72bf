// The audit of registries as entities export them: optional cells as warnings, rows without an id
// column named «fila N», no answer-date column, the `estado` column, every date format in every
// command. Runs the built bin (`npx tsup` first).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, run, tempDir } from './helpers.js';

const REAL = fixture('registro-real.csv');
const CORTE = ['--corte', '2021-06-30'];

describe('pqrsd auditar on a registry without id or answer-date column', () => {
  it('keeps the rows with bad optional cells, listing every warning, and counts them', async () => {
    const r = await run(['auditar', REAL, ...CORTE, '--formato', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toEqual({ total: 7, valid: 4, invalid: 2, warned: 2, warnings: 4, outOfScope: 1 });
    // Row 3: an empty channel, a bad survey answer and an unreadable entity due date: all listed, the
    // row audited (the due date does not hide the others). Its priority cell «Adulto» is not read: the
    // PRIORIDAD column holds no priority value at all, so the mapping ignores it and says so.
    expect(report.warningRows[0]).toEqual({
      line: 3,
      radicado: 'fila 3',
      warnings: [
        'canal: celda vacía; se registra «otro»',
        'satisfaccion: «9» no es una respuesta de 1 a 5; se omite',
        expect.stringMatching(
          /^fecha_vencimiento: «no sé» no es una fecha válida \(formatos aceptados: .*\); no se compara$/,
        ),
      ],
    });
    expect(report.warningRows[1].warnings).toEqual([
      'estado: «Devuelto» no dice si la solicitud está cerrada o abierta; se omite',
    ]);
  });

  it('names the rows «fila N», says so and that there is no answer column, once at the top', async () => {
    const report = JSON.parse((await run(['auditar', REAL, ...CORTE, '--formato', 'json'])).stdout);
    const notices: string[] = report.source.notices;
    expect(notices[0]).toMatch(/la columna «PRIORIDAD» se ignora/);
    expect(
      notices.filter((n) =>
        /no tiene columna de radicado: cada solicitud se identifica como «fila N»/.test(n),
      ),
    ).toHaveLength(1);
    expect(notices.filter((n) => /no tiene columna fecha_respuesta/.test(n))).toHaveLength(1);
    expect(report.alerts[0].records).toEqual(['fila 3']);
    for (const format of ['tabla', 'md', 'html']) {
      const out = (await run(['auditar', REAL, ...CORTE, '--formato', format])).stdout;
      expect(out.split('«fila N»').length - 1, format).toBe(1);
      expect(out, format).toMatch(/no tiene columna fecha\\?_respuesta/);
      expect(out, format).toContain('Filas con avisos (2)');
      expect(out, format).toContain('respondida sin fecha (oportunidad desconocida)');
    }
    const csv = await run(['auditar', REAL, ...CORTE, '--formato', 'csv']);
    expect(csv.stderr).toContain('pqrsd: aviso: el archivo no tiene columna de radicado');
    expect(csv.stderr).toContain('pqrsd: aviso: el archivo no tiene columna fecha_respuesta');
    expect(csv.stderr).toContain('2 filas con avisos');
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]?.endsWith(',avisos')).toBe(true);
    expect(lines[1]).toMatch(/^2,fila 2,no,/);
    expect(lines.find((l) => l.startsWith('3,'))).toContain('canal: celda vacía');
    expect(lines.find((l) => l.startsWith('5,'))).toContain(',respondida_sin_fecha,,');
  });

  it('counts «respondida sin fecha» and «sin dato de respuesta» apart, never as overdue', async () => {
    const report = JSON.parse((await run(['auditar', REAL, ...CORTE, '--formato', 'json'])).stdout);
    // Row 5 says «Cerrado» (answered, date unknown); rows 4 and 8 say nothing usable; row 3 says «En
    // trámite»: pending, and its term has run out.
    expect(report.unknownAnswer).toEqual({ respondida_sin_fecha: 1, sin_dato_respuesta: 2 });
    expect(report.states.vencida).toBe(1);
    expect(report.overdue).toBe(1);
    const total = report.indicators.total[0];
    expect(total.byState).toMatchObject({ respondida_sin_fecha: 1, sin_dato_respuesta: 2, vencida: 1 });
    expect(total.open).toBe(1);
    expect(total.answered).toBe(0);
  });

  it('quotes the cells as written in the reasons of invalid rows', async () => {
    const report = JSON.parse((await run(['auditar', REAL, ...CORTE, '--formato', 'json'])).stdout);
    const reasons = report.invalidRows.flatMap((r: { reasons: string[] }) => r.reasons).join('\n');
    expect(reasons).toContain(
      'fecha_radicacion: «31/02/2026» no es una fecha válida (formatos aceptados: AAAA-MM-DD',
    );
    expect(reasons).toContain('número de serie de Excel');
    // Correspondence is not a PQRSD: listed apart, as written, not as an invalid row.
    expect(report.outOfScope).toEqual([{ value: 'COMUNICACIÓN OFICIAL RECIBIDA', count: 1, lines: [7] }]);
    expect(reasons).not.toContain('2026-02-31');
    expect(reasons).not.toContain('comunicacion_oficial_recibida');
    // No id column: the line is not repeated as a radicado.
    expect(report.invalidRows[0]).not.toHaveProperty('radicado');
  });

  it('reads ids rendered as floats without their .0, and leaves other ids alone', async () => {
    const dir = tempDir();
    const path = join(dir, 'ids.csv');
    writeFileSync(
      path,
      'radicado,tipo,fecha_radicacion\n20191700062932.0,peticion,2021-03-05\n20191700062933.00,peticion,2021-03-05\nR-1.0,peticion,2021-03-05\n2019.10,peticion,2021-03-05\n',
    );
    const r = await run(['auditar', path, ...CORTE, '--formato', 'csv']);
    const ids = r.stdout
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(ids).toEqual(['20191700062932', '20191700062933', 'R-1.0', '2019.10']);
  });

  it('keeps the report of a file without estado or warnings as it was (no new lines)', async () => {
    const out = (await run(['auditar', fixture('registro-pequeno.csv'), '--corte', '2026-11-27'])).stdout;
    expect(out).not.toContain('avisos');
    expect(out).not.toContain('sin fecha');
  });
});

describe('dates in every command', () => {
  it('habiles, vencimiento and auditar --corte read the dates of real exports', async () => {
    const a = await run(['habiles', '05-mar-2021', '10']);
    expect(a.code).toBe(0);
    expect((await run(['habiles', '5/03/2021 10:22:00 a. m.', '10'])).stdout).toBe(a.stdout);
    expect((await run(['habiles', '44260', '10'])).stdout).toBe(a.stdout);
    expect((await run(['habiles', '05/03/21', '--hasta', '19-mar-2021'])).code).toBe(0);
    const v = await run([
      'vencimiento',
      '--tipo',
      'peticion',
      '--radicado',
      '05/03/2021 02:10:00 p. m.',
      '--json',
    ]);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).deadline.receivedDate).toBe('2021-03-05');
    const c = await run([
      'vencimiento',
      '--tipo',
      'peticion',
      '--radicado',
      '2021-03-05',
      '--corte',
      '45657',
      '--json',
    ]);
    expect(c.code).toBe(0);
    expect((await run(['auditar', REAL, '--corte', '30-jun-2021', '--formato', 'json'])).code).toBe(0);
  });

  it('rejects a bad date argument with one line quoting it and listing the formats (exit 2)', async () => {
    for (const args of [
      ['habiles', '31/02/2026', '10'],
      ['vencimiento', '--tipo', 'peticion', '--radicado', '31/02/2026'],
      ['auditar', REAL, '--corte', '31/02/2026'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('«31/02/2026» no es una fecha válida (formatos aceptados: AAAA-MM-DD');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
