import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseColumnMap } from '../../src/cli/mapping.js';
import { FIXTURES, run, tempDir } from './helpers.js';

const real = (name: string) => join(FIXTURES, 'real', name);

describe('pqrsd mapa', () => {
  it('shows the proposed mapping with sample values and the values out of scope', async () => {
    const r = await run(['mapa', real('gobernacion-gestion-documental.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('«Tipo Documental» → tipo (sinónimo, 100 %)');
    expect(r.stdout).toContain('p. ej.: ');
    expect(r.stdout).toMatch(
      /fuera del alcance \(«Tipo Documental»\): «COMUNICACIÓN OFICIAL RECIBIDA» \(\d+\)/,
    );
  });

  it('lists the unrecognised values of an enumerated column', async () => {
    const dir = tempDir();
    const file = join(dir, 'r.csv');
    writeFileSync(
      file,
      'radicado,tipo,fecha_radicacion,canal\nR-001,queja,2021-03-05,Correo\nR-002,queja,2021-03-05,Paloma mensajera\n',
    );
    const r = await run(['mapa', file]);
    expect(r.stdout).toContain('canal («canal»): «Paloma mensajera» (1)');
  });

  it('exits 2 on one-letter codes, lists the candidates and writes no map', async () => {
    const dir = tempDir();
    const out = join(dir, 'columnas.json');
    const r = await run(['mapa', real('codigos-una-letra.csv'), '--guardar-mapa', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('S = sugerencia o acceso_informacion');
    expect(existsSync(out)).toBe(false);
  });

  it('writes an editable map that the audit reads back, and never overwrites a file', async () => {
    const dir = tempDir();
    const out = join(dir, 'columnas.json');
    const r = await run(['mapa', real('hospital-pqrsf.csv'), '--guardar-mapa', out]);
    expect(r.code).toBe(0);
    const map = parseColumnMap(JSON.parse(readFileSync(out, 'utf8')));
    expect(map.columnas?.RESULTADO).toBeNull();
    expect(map.columnas?.['Clase de solicitud']).toBe('tipo');
    const again = await run(['mapa', real('hospital-pqrsf.csv'), '--guardar-mapa', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('ya existe; no se sobrescribe');
    const audit = await run([
      'auditar',
      real('hospital-pqrsf.csv'),
      '--corte',
      '2021-12-31',
      '--mapa',
      out,
      '--formato',
      'json',
    ]);
    expect(JSON.parse(audit.stdout).rows.invalid).toBe(0);
  });
});

describe('pqrsd auditar --guardar-mapa', () => {
  it('writes the mapping it used, and refuses an existing file before reading', async () => {
    const dir = tempDir();
    const out = join(dir, 'usado.json');
    const r = await run(['auditar', real('hoja-propia.csv'), '--corte', '2021-12-31', '--guardar-mapa', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('«Clase» → tipo (contenido, 100 %');
    expect(r.stderr).toContain('mapa de columnas escrito en');
    expect(JSON.parse(readFileSync(out, 'utf8')).columnas).toMatchObject({
      Código: 'radicado',
      Clase: 'tipo',
      Llegó: 'fecha_radicacion',
      Contestado: 'fecha_respuesta',
    });
    const before = readFileSync(out, 'utf8');
    const again = await run([
      'auditar',
      real('hoja-propia.csv'),
      '--corte',
      '2021-12-31',
      '--guardar-mapa',
      out,
    ]);
    expect(again.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('lets the map ignore a column (null) and give an empty cell a value (key "")', async () => {
    const dir = tempDir();
    const file = join(dir, 'r.csv');
    writeFileSync(
      file,
      'radicado,tipo,fecha_radicacion,resultado,canal\nR-001,queja,2021-03-05,Se atendió,\nR-002,queja,2021-03-05,Otra nota,web\n',
    );
    const mapa = join(dir, 'm.json');
    writeFileSync(
      mapa,
      JSON.stringify({ columnas: { resultado: null }, valores: { canal: { '': 'presencial' } } }),
    );
    const r = await run(['auditar', file, '--corte', '2021-12-31', '--mapa', mapa, '--formato', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toMatchObject({ valid: 2, invalid: 0 });
    expect(report.mapping.columns[3]).toMatchObject({ header: 'resultado', column: null, how: 'ignorada' });
  });
});
