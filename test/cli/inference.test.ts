import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortableDate } from '../../src/cli/inference/dates.js';
import { decideMapping } from '../../src/cli/inference/decide.js';
import { inferMapping } from '../../src/cli/inference/infer.js';
import { mapFileText } from '../../src/cli/inference/map-file.js';
import { parseColumnMap, resolveHeader } from '../../src/cli/mapping.js';

const rows = (n: number, make: (i: number) => string[]): string[][] =>
  Array.from({ length: n }, (_, i) => make(i));
const day = (i: number, offset = 0) => `${String((i % 27) + 1 + offset).padStart(2, '0')}/03/2021`;

describe('sortableDate', () => {
  it.each([
    ['2021-03-05', '2021-03-05'],
    ['5/03/2021 10:22:00 a. m.', '2021-03-05'],
    ['05/03/2021 02:10:00 p. m.', '2021-03-05'],
    ['05/03/21', '2021-03-05'],
    ['05-mar-2021', '2021-03-05'],
    ['2019-05-06 14:24:20.476704', '2019-05-06'],
    ['2021-03-05T00:00:00.000', '2021-03-05'],
    ['45680', '2025-01-23'],
    ['31/02/2026', null],
    ['20191700062932', null],
    ['Queja', null],
  ])('%s → %s', (cell, expected) => {
    expect(sortableDate(cell)).toBe(expected);
  });
});

describe('inferMapping', () => {
  it('takes as the type a column whose values are request types, and the only date column as the filing date', () => {
    const r = inferMapping(
      ['Código', 'Clase', 'Cuándo', 'Texto'],
      rows(50, (i) => [`2021-${1000 + i}`, i % 2 ? 'Queja' : 'Derecho de petición', day(i), 'x']),
    );
    expect(r.mapping.columns.map((c) => [c.column, c.how])).toEqual([
      ['radicado', 'contenido'],
      ['tipo', 'contenido'],
      ['fecha_radicacion', 'contenido'],
      [null, 'ignorada'],
    ]);
    expect(r.ambiguities).toEqual([]);
    expect(resolveHeader(['Código', 'Clase', 'Cuándo', 'Texto'], r.effective).missing).toEqual([]);
  });

  it('takes the earliest date of the row as the filing date when the names do not say', () => {
    const r = inferMapping(
      ['radicado', 'tipo', 'F1', 'F2'],
      rows(40, (i) => [`R-${i}`, 'queja', day(i, 1), day(i)]),
    );
    expect(r.mapping.columns[3]).toMatchObject({ column: 'fecha_radicacion', how: 'contenido' });
    expect(r.mapping.columns[2]?.column).toBeNull();
  });

  it('stops on two filing-date candidates, with the --mapa line that settles it', () => {
    const names = ['radicado', 'tipo', 'Fecha de creación del documento', 'FECHA RADICACIÓN'];
    const sample = rows(20, (i) => [`R-${i}`, 'queja', day(i), day(i, 1)]);
    const r = inferMapping(names, sample);
    expect(r.ambiguities).toHaveLength(1);
    expect(r.ambiguities[0]?.message).toContain('«Fecha de creación del documento»');
    expect(r.ambiguities[0]?.message).toContain('«FECHA RADICACIÓN»');
    expect(() => decideMapping(names, sample, {})).toThrow(
      /\{"columnas":\{"Fecha de creación del documento":"fecha_radicacion"\}\}/,
    );
    // The line settles it.
    const settled = decideMapping(names, sample, r.ambiguities[0]!.settle);
    expect(settled.header.index.fecha_radicacion).toBe(2);
  });

  it('never reads a one-letter type code alone; the entity map settles it', () => {
    const names = ['radicado', 'tipo', 'fecha_radicacion'];
    const sample = rows(30, (i) => [`R-${i}`, ['P', 'Q', 'S'][i % 3]!, day(i)]);
    const r = inferMapping(names, sample);
    expect(r.ambiguities[0]?.message).toContain('S = sugerencia o acceso_informacion');
    const map = parseColumnMap({ valores: { tipo: { P: 'peticion', Q: 'queja', S: 'acceso_informacion' } } });
    expect(inferMapping(names, sample, map).ambiguities).toEqual([]);
  });

  it('ignores a column named like a canonical one whose content does not fit (a RESULTADO of prose)', () => {
    const r = inferMapping(
      ['radicado', 'tipo', 'fecha_radicacion', 'RESULTADO'],
      rows(20, (i) => [`R-${i}`, 'queja', day(i), `Se dio respuesta al ciudadano el día ${i}`]),
    );
    expect(r.mapping.columns[3]).toMatchObject({ column: null, how: 'ignorada' });
    expect(r.notices[0]).toContain('«RESULTADO» se ignora');
    expect(r.effective.columnas?.RESULTADO).toBeNull();
  });

  it('lets the entity ignore a column with null', () => {
    const map = parseColumnMap({ columnas: { RESULTADO: null } });
    const r = inferMapping(['radicado', 'tipo', 'fecha_radicacion', 'RESULTADO'], [], map);
    expect(r.mapping.columns[3]).toEqual({
      header: 'RESULTADO',
      column: null,
      how: 'ignorada',
      confidence: 0,
      note: 'el mapa la ignora',
    });
  });

  it('writes a map file that reads back as the same mapping', () => {
    const names = ['No. Radicado', 'Clase', 'FECHA', 'RESULTADO'];
    const sample = rows(10, (i) => [`R-${i}`, 'Reclamo', day(i), 'texto libre largo']);
    const r = inferMapping(names, sample);
    const back = parseColumnMap(JSON.parse(mapFileText(r.mapping)));
    expect(resolveHeader(names, back)).toEqual(resolveHeader(names, r.effective));
  });

  it('names every column once and never throws, whatever the sample (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'Queja', 'P', 'S', '05/03/2021', '45680', 'Correo', 'texto'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('radicado', 'tipo', 'FECHA', 'Fecha de creación', 'X', 'canal'), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 20 }),
        (names, sample) => {
          const r = inferMapping(names, sample);
          expect(r.mapping.columns.map((c) => c.header)).toEqual(names);
          const used = r.mapping.columns.filter((c) => c.column !== null).map((c) => c.column);
          expect(new Set(used).size).toBe(used.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
