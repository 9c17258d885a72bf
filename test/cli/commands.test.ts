// The commands run in-process (measured by coverage): every command, every format, the errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, run, tempDir } from './helpers.js';

const CORTE = ['--corte', '2026-11-27'];

describe('pqrsd (general)', () => {
  it('prints the version and the general help', async () => {
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    const help = await run(['--ayuda']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('pqrsd auditar');
  });

  it('exits 2 without a command or with an unknown one', async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(['vencer']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      'pqrsd: comando desconocido «vencer» (comandos: vencimiento, festivos, habiles, auditar, mapa, sui, schema)\n',
    );
  });

  it.each(['vencimiento', 'festivos', 'habiles', 'auditar', 'sui', 'schema'])(
    '%s --ayuda prints its help',
    async (cmd) => {
      const r = await run([cmd, '--ayuda']);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`pqrsd ${cmd}: `)).toBe(true);
    },
  );
});

describe('pqrsd festivos', () => {
  it('lists the 19 holidays of 2026 with their laws, Ley 2578 de 2026 included', async () => {
    const r = await run(['festivos', '2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Festivos nacionales de Colombia en 2026: 19');
    expect(r.stdout).toContain('2026-07-13');
    expect(r.stdout).toContain('Ley 2578 de 2026');
    expect(r.stdout).toContain('trasladado desde el 2026-01-06');
  });

  it('notes two holidays on one day (2025-06-30) and prints JSON', async () => {
    expect((await run(['festivos', '2025'])).stdout).toContain('1 coinciden en la misma fecha');
    const json = JSON.parse((await run(['festivos', '2025', '--json'])).stdout);
    expect(json.count).toBe(18);
    expect(json.holidays[0]).toMatchObject({ date: '2025-01-01', name: 'Año Nuevo', law: 'Ley 51 de 1983' });
  });

  it('rejects a malformed or out-of-range year with exit 2', async () => {
    expect(await run(['festivos', '26'])).toMatchObject({
      code: 2,
      stderr: 'pqrsd: «26» no es un año (escriba cuatro cifras, p. ej. 2026)\n',
    });
    const r = await run(['festivos', '1900']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1900');
  });
});

describe('pqrsd habiles', () => {
  it('adds business days: 2026-11-27 + 15 = 2026-12-21 (8 December skipped)', async () => {
    const r = await run(['habiles', '2026-11-27', '15', '--detalle']);
    expect(r.stdout).toContain('2026-12-21');
    expect(r.stdout).toContain('festivo: Inmaculada Concepción');
    expect(r.stdout).toContain('fin de semana');
  });

  it('counts business days between two dates, and goes backwards', async () => {
    expect((await run(['habiles', '2026-11-27', '--hasta', '2026-12-21'])).stdout).toContain(
      'hay 15 días hábiles',
    );
    expect((await run(['habiles', '2026-12-21', '-15'])).stdout).toContain('antes del');
    const json = JSON.parse((await run(['habiles', '2026-11-27', '15', '--json'])).stdout);
    expect(json).toMatchObject({ version: 1, from: '2026-11-27', to: '2026-12-21', businessDays: 15 });
    expect(json.days).toHaveLength(24);
  });

  it('rejects both or neither of <n> and --hasta, and a non-integer count', async () => {
    expect((await run(['habiles', '2026-11-27'])).code).toBe(2);
    expect((await run(['habiles', '2026-11-27', '3', '--hasta', '2026-12-01'])).code).toBe(2);
    const r = await run(['habiles', '2026-11-27', '1.5']);
    expect(r.stderr).toBe('pqrsd: «1.5» no es un número entero de días (p. ej. 15)\n');
    expect((await run(['habiles', '2026-02-30', '3'])).stderr).toContain('2026-02-30');
  });
});

describe('pqrsd vencimiento', () => {
  it('prints the due date, the rule with its citation, the month calendar and the explanation', async () => {
    const r = await run(['vencimiento', '--tipo', 'peticion', '--radicado', '2026-11-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Vence:    lunes 21 de diciembre de 2026');
    expect(r.stdout).toContain('Regla R-PET-GEN: 15 días hábiles');
    expect(r.stdout).toContain('art. 14 inc. 1');
    expect(r.stdout).toContain('diciembre 2026');
    expect(r.stdout).toContain('[15]');
    expect(r.stdout).toMatch(/\n\s+R\s+·\s+·\n/);
    expect(r.stdout).toContain('2026-12-08  Inmaculada Concepción (Ley 51 de 1983)');
    expect(r.stdout).toContain('Explicación:');
    expect(r.stdout).toContain('agregue --corte');
  });

  it('gives the state as of --corte (semáforo), answered requests and priority', async () => {
    const open = await run([
      'vencimiento',
      '--tipo',
      'Petición',
      '--radicado',
      '27/11/2026',
      ...['--corte', '2026-12-10'],
    ]);
    expect(open.stdout).toContain('Estado al 2026-12-10: en término (verde); quedan 7 días hábiles');
    const last = await run([
      'vencimiento',
      '--tipo',
      'peticion',
      '--radicado',
      '2026-11-27',
      '--corte',
      '2026-12-21',
    ]);
    expect(last.stdout).toContain('hoy es el último día del término');
    const late = await run([
      'vencimiento',
      '--tipo',
      'peticion',
      '--radicado',
      '2026-11-27',
      '--corte',
      '2027-01-05',
    ]);
    expect(late.stdout).toMatch(/vencida hace \d+ días hábiles/);
    const answered = await run([
      'vencimiento',
      ...['--tipo', 'peticion', '--radicado', '2026-11-27', '--corte', '2027-01-05'],
      ...['--respuesta', '2026-12-15', '--resultado', 'a favor', '--prioridad', 'adulto mayor'],
    ]);
    expect(answered.stdout).toContain('respondida a tiempo');
    expect(answered.stdout).toContain('respondida el 2026-12-15');
  });

  it('marks month terms without ordinals (recurso, CPACA art. 86) and handles a type without term', async () => {
    const r = await run(['vencimiento', '--tipo', 'recurso', '--radicado', '2026-11-27']);
    expect(r.stdout).toContain('2 meses calendario');
    expect(r.stdout).toContain('[V]');
    const f = await run([
      'vencimiento',
      '--tipo',
      'felicitacion',
      '--radicado',
      '2026-11-27',
      '--corte',
      '2026-12-01',
    ]);
    expect(f.stdout).toContain('la ley no fija término');
    expect(f.stdout).toContain('sin término legal');
  });

  it('uses the regime asked for (Ley 142 de 1994 art. 158) and shows warnings', async () => {
    const r = await run([
      'vencimiento',
      '--tipo',
      'reclamo',
      '--regimen',
      'Ley 142',
      '--radicado',
      '2026-11-27',
    ]);
    expect(r.stdout).toContain('régimen servicios_publicos');
    const w = await run([
      'vencimiento',
      '--tipo',
      'peticion',
      '--regimen',
      'emergencia_2020',
      '--radicado',
      '2026-11-27',
    ]);
    expect(w.stdout).toContain('Advertencias:');
  });

  it('prints JSON with the rule, the days and the state', async () => {
    const r = await run([
      'vencimiento',
      '--tipo',
      'peticion',
      '--radicado',
      '2026-11-27T23:30:00-05:00',
      '--corte',
      '2026-12-10',
      '--json',
    ]);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.deadline).toMatchObject({
      type: 'peticion',
      dueDate: '2026-12-21',
      rule: { id: 'R-PET-GEN' },
    });
    expect(json.days).toHaveLength(24);
    expect(json.status).toMatchObject({ asOf: '2026-12-10', state: 'en_termino', semaforo: 'verde' });
  });

  it('rejects missing flags, unknown values and a result without answer date', async () => {
    expect((await run(['vencimiento', '--tipo', 'peticion'])).stderr).toContain(
      'faltan --tipo <tipo> y --radicado',
    );
    expect((await run(['vencimiento', '--tipo', 'tutela', '--radicado', '2026-11-27'])).stderr).toContain(
      '«tutela» no es un tipo de solicitud',
    );
    expect(
      (await run(['vencimiento', '--tipo', 'peticion', '--radicado', '2026-11-27', '--resultado', 'a_favor']))
        .stderr,
    ).toContain('--resultado requiere --respuesta');
    expect((await run(['vencimiento', '--tipo', 'peticion', '--radicado', ' '])).stderr).toContain(
      '--radicado está vacío',
    );
    const bad = await run(['vencimiento', '--tipo', 'peticion', '--radicado', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')).toHaveLength(2);
  });
});

describe('pqrsd schema', () => {
  it('prints the JSON Schema of a record', async () => {
    const r = await run(['schema']);
    const json = JSON.parse(r.stdout);
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(json.title).toBe('Registro PQRSD');
    expect((await run(['schema', 'extra'])).code).toBe(2);
  });
});

describe('pqrsd auditar', () => {
  const small = fixture('registro-pequeno.csv');

  it('requires --corte (the command never reads the clock)', async () => {
    const r = await run(['auditar', small]);
    expect(r).toMatchObject({ code: 2 });
    expect(r.stderr).toBe(
      'pqrsd: falta --corte <fecha>: la fecha de corte de la auditoría (p. ej. --corte 2026-11-27)\n',
    );
  });

  it('prints a terminal report: states, semáforo, indicators, alerts, disagreements and bad rows', async () => {
    const r = await run(['auditar', small, ...CORTE, '--usuarios', fixture('usuarios.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Registros: 12 · válidos 9 · inválidos 2');
    // Every row is accounted for: a tutela is not a PQRSD (out of scope, not invalid).
    expect(r.stdout).toContain('Filas leídas 12 = auditadas 9 + inválidas 2 + fuera del alcance 1');
    expect(r.stdout).toContain('«tutela»: 1 fila (11)');
    expect(r.stdout).toContain('«fecha_radicacion» → fecha_radicacion (encabezado, 92 %)');
    expect(r.stdout).toContain('Semáforo de las solicitudes abiertas, por seccional');
    expect(r.stdout).toContain('Oportunidad en la respuesta');
    expect(r.stdout).toContain('PQRSD a favor del usuario');
    expect(r.stdout).toContain('cuenta días calendario');
    expect(r.stdout).toContain('omite un festivo');
    expect(r.stdout).toContain('término de otro tipo');
    expect(r.stdout).toContain('prórroga excesiva');
    expect(r.stdout).toContain('Fuera del alcance (1): no son PQRSD, no se auditan');
    expect(r.stdout).not.toContain('fila 11 (R-010)');
    expect(r.stdout).toContain('fila 12 (R-011): fecha_radicacion:');
    expect(r.stdout).toContain("fila 13 (=cmd|' /C calc'!A0): radicado:");
  });

  it('exits 1 with --estricto when a request is overdue or an indicator misses its meta', async () => {
    const r = await run(['auditar', small, ...CORTE, '--estricto']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--estricto: \d+ solicitudes vencidas/);
  });

  it('writes JSON with every list and its full count', async () => {
    const r = await run([
      'auditar',
      small,
      ...CORTE,
      '--formato',
      'json',
      '--periodo',
      'mes',
      '--limite',
      '1',
    ]);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toEqual({ total: 12, valid: 9, invalid: 2, warned: 0, warnings: 0, outOfScope: 1 });
    expect(report.outOfScope).toEqual([{ value: 'tutela', count: 1, lines: [11] }]);
    expect(report.mapping.columns[1]).toEqual({
      header: 'tipo',
      column: 'tipo',
      how: 'encabezado',
      confidence: 1,
    });
    expect(report.invalidRows).toHaveLength(1);
    expect(report.disagreements.items).toHaveLength(1);
    expect(report.disagreements.count).toBeGreaterThanOrEqual(4);
    expect(report.indicators.period).toBe('month');
    expect(report.source).toMatchObject({ format: 'csv', encoding: 'utf-8', separator: ',' });
  });

  it('escapes the request type in the Markdown disagreements (solicitud_congresista is not italics)', async () => {
    const md = await run([
      'auditar',
      'examples/registro-pqrsd.csv',
      ...CORTE,
      '--formato',
      'md',
      '--limite',
      '3000',
    ]);
    const rows = md.stdout.split('\n').filter((l) => /^\| \d+ \| ER-/.test(l));
    expect(rows.some((l) => l.includes('| solicitud\\_congresista |'))).toBe(true);
    expect(rows.filter((l) => /\| [a-z]+_[a-z_]+ \|/.test(l))).toEqual([]);
  });

  it('writes Markdown and a self-contained HTML with inline SVG charts and escaped values', async () => {
    const md = await run(['auditar', small, ...CORTE, '--formato', 'md']);
    expect(md.stdout).toContain('# Auditoría de PQRSD al 2026-11-27');
    expect(md.stdout).toContain('| Seccional |');
    const dir = tempDir();
    const out = join(dir, 'informe.html');
    const r = await run([
      'auditar',
      small,
      ...CORTE,
      '--formato',
      'html',
      '--salida',
      out,
      '--usuarios',
      fixture('usuarios.json'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('informe escrito en');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toContain("=cmd|' /C calc'");
    expect(html).toContain('=cmd|&#39; /C calc&#39;');
  });

  it('streams a per-record CSV that a spreadsheet cannot run as formulas', async () => {
    const r = await run(['auditar', small, ...CORTE, '--formato', 'csv']);
    const lines = r.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^fila,radicado,valido,motivo_invalidez,/);
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^2,R-001,sí,,peticion,cpaca,Norte,/);
    expect(lines.find((l) => l.startsWith('3,R-002'))).toContain('no,dias_calendario');
    expect(lines.find((l) => l.startsWith('13,'))).toContain("'=cmd|' /C calc'!A0");
    const dir = tempDir();
    const file = join(dir, 'detalle.csv');
    expect((await run(['auditar', small, ...CORTE, '--formato', 'csv', '--salida', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(r.stdout);
  });

  it('reads a Windows-1252 file with ; and the entity headers through --mapa', async () => {
    const r = await run([
      'auditar',
      fixture('entidad-1252.csv'),
      ...CORTE,
      '--mapa',
      fixture('mapa-entidad.json'),
      '--formato',
      'json',
    ]);
    const report = JSON.parse(r.stdout);
    expect(report.source).toMatchObject({
      encoding: 'windows-1252',
      separator: ';',
      ignoredColumns: ['Observación'],
    });
    expect(report.rows).toEqual({ total: 3, valid: 3, invalid: 0, warned: 0, warnings: 0, outOfScope: 0 });
    expect(report.disagreements.items[0]).toMatchObject({
      id: 'E-2',
      cause: 'festivo_omitido',
      seccional: 'Costa Atlántica',
    });
  });

  it('reads JSON and JSON Lines records, taking out fecha_vencimiento', async () => {
    const json = JSON.parse(
      (await run(['auditar', fixture('registros.json'), ...CORTE, '--formato', 'json'])).stdout,
    );
    expect(json.rows).toEqual({ total: 3, valid: 2, invalid: 1, warned: 0, warnings: 0, outOfScope: 0 });
    expect(json.disagreements.items[0]).toMatchObject({ id: 'J-1', cause: 'dias_calendario' });
    expect(json.invalidRows[0]).toMatchObject({ line: 3, radicado: 'J-3' });
    const lines = JSON.parse(
      (await run(['auditar', fixture('registros.jsonl'), ...CORTE, '--formato', 'json'])).stdout,
    );
    expect(lines.rows).toEqual({ total: 3, valid: 2, invalid: 1, warned: 0, warnings: 0, outOfScope: 0 });
    expect(lines.invalidRows[0]).toEqual({ line: 4, reasons: ['la línea no es un JSON válido'] });
  });

  it('reads CSV from standard input with «-»', async () => {
    const csv = 'radicado;tipo;fecha_radicacion\nS-1;queja;2026-11-20\n';
    const r = await run(['auditar', '-', ...CORTE, '--formato', 'json'], { stdin: csv });
    expect(JSON.parse(r.stdout).rows.valid).toBe(1);
  });

  it('draws a progress bar only when stderr is a terminal', async () => {
    const tty = await run(['auditar', small, ...CORTE, '--formato', 'json'], { tty: true });
    expect(tty.stderr).toContain('auditando [');
    const piped = await run(['auditar', small, ...CORTE, '--formato', 'json']);
    expect(piped.stderr).toBe('');
  });

  it('exits 2 with one line for unreadable input', async () => {
    const dir = tempDir();
    const bin = join(dir, 'basura.csv');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]));
    const badJson = join(dir, 'malo.json');
    writeFileSync(badJson, '{"registros": 3}');
    const brokenJson = join(dir, 'roto.json');
    writeFileSync(brokenJson, '[{');
    const list = join(dir, 'lista.json');
    writeFileSync(list, '[1]');
    const noRequired = join(dir, 'sin-obligatorias.csv');
    writeFileSync(noRequired, 'numero,nota\n1,hola\n2,adios\n');
    const cases: [string[], string][] = [
      [[fixture('vacio.csv')], 'está vacío'],
      [[join(dir, 'no-existe.csv')], 'no existe el archivo'],
      [[dir], 'es una carpeta'],
      [
        // Neither the names nor the contents show a type or a filing date (a missing id is not an
        // error: the rows are «fila N»).
        [noRequired],
        'el encabezado no tiene las columnas obligatorias: tipo, fecha_radicacion (',
      ],
      [[bin], 'binario'],
      [[badJson], 'debe contener una lista JSON'],
      [[brokenJson], 'no es un JSON válido'],
      [[small, '--formato', 'pdf'], 'formato desconocido «pdf»'],
      [[small, '--periodo', 'lustro'], 'período desconocido «lustro»'],
      [[small, '--limite', 'mucho'], '--limite «mucho»'],
      [[small, '--mapa', join(dir, 'no.json')], '--mapa: no existe el archivo'],
      [[small, '--mapa', brokenJson], '--mapa: «'],
      [[small, '--usuarios', list], '--usuarios: el archivo debe ser un objeto'],
      [[small, '--salida', join(dir, 'no', 'existe', 'x.html'), '--formato', 'html'], '--salida'],
      [[small, '--salida', join(dir, 'no', 'existe', 'x.csv'), '--formato', 'csv'], '--salida'],
    ];
    for (const [args, reason] of cases) {
      const r = await run(['auditar', ...args, ...CORTE]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(reason);
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
    const users = join(dir, 'usuarios.json');
    writeFileSync(users, '{"Norte": -1}');
    expect((await run(['auditar', small, ...CORTE, '--usuarios', users])).stderr).toContain(
      'entero no negativo',
    );
    writeFileSync(users, '{"Norte": 10}');
    expect((await run(['auditar', small, ...CORTE, '--usuarios', users])).code).toBe(0);
  });

  it('reports an empty JSON Lines file and a header-only CSV', async () => {
    const dir = tempDir();
    const jsonl = join(dir, 'x.jsonl');
    writeFileSync(jsonl, '\n');
    expect((await run(['auditar', jsonl, ...CORTE])).stdout).toContain('Registros: 0');
    const header = join(dir, 'h.csv');
    writeFileSync(header, 'radicado,tipo,fecha_radicacion\n');
    const r = await run(['auditar', header, ...CORTE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('el archivo no tiene filas de datos');
  });
});
