import { describe, expect, it } from 'vitest';
import {
  CANONICAL_COLUMNS,
  normalizeDateCell,
  normalizeEnumValue,
  normalizeToken,
  parseColumnMap,
  resolveHeader,
  splitPriority,
} from '../../src/cli/mapping.js';
import { isPqrsdError } from '../../src/errors.js';

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isPqrsdError(error, 'INVALID_ARGUMENT')) return error.message;
    throw error;
  }
  throw new Error('no lanzó');
}

describe('header resolution', () => {
  it('normalises accents, case and punctuation', () => {
    expect(normalizeToken('  Fecha de Radicación ')).toBe('fecha_de_radicacion');
    expect(normalizeToken('No. Radicado')).toBe('no_radicado');
  });

  it('finds canonical names and built-in synonyms, and lists what is missing or ignored', () => {
    const h = resolveHeader([
      '\ufeffNo. Radicado',
      'Tipo de solicitud',
      'Fecha de radicación',
      'Regional',
      'Notas',
      'radicado',
    ]);
    expect(h.index).toEqual({ radicado: 0, tipo: 1, fecha_radicacion: 2, seccional: 3 });
    expect(h.ignored).toEqual(['Notas', 'radicado']);
    expect(h.missing).toEqual([]);
    expect(resolveHeader(['numero', 'clase']).missing).toEqual(['radicado', 'tipo', 'fecha_radicacion']);
  });

  it('applies the entity map before anything else', () => {
    const map = parseColumnMap({
      columnas: { Clase: 'tipo', 'Fecha X': 'fecha_radicacion', Num: 'radicado' },
    });
    expect(resolveHeader(['Num', 'clase', 'fecha x'], map).missing).toEqual([]);
  });

  it('has three required canonical columns', () => {
    expect(
      Object.entries(CANONICAL_COLUMNS)
        .filter(([, c]) => c.required)
        .map(([k]) => k),
    ).toEqual(['radicado', 'tipo', 'fecha_radicacion']);
  });
});

describe('parseColumnMap', () => {
  it('accepts a flat map and a structured one with value maps', () => {
    expect(parseColumnMap({ 'No. Radicado': 'radicado' })).toEqual({
      columnas: { 'No. Radicado': 'radicado' },
      valores: {},
    });
    const m = parseColumnMap({ $comentario: 'x', columnas: {}, valores: { tipo: { PQ: 'peticion' } } });
    expect(m.valores?.tipo?.PQ).toBe('peticion');
  });

  it('rejects malformed maps naming the bad entry', () => {
    expect(message(() => parseColumnMap([]))).toContain('objeto JSON');
    expect(message(() => parseColumnMap(null))).toContain('objeto JSON');
    expect(message(() => parseColumnMap({ A: 'no_existe' }))).toContain(
      '«no_existe», que no es una columna canónica',
    );
    expect(message(() => parseColumnMap({ columnas: {}, otra: 1 }))).toContain('clave desconocida «otra»');
    expect(message(() => parseColumnMap({ columnas: { A: 3 } }))).toContain('«columnas.A»');
    expect(message(() => parseColumnMap({ columnas: [] }))).toContain('«columnas»');
    expect(message(() => parseColumnMap({ valores: [] }))).toContain('«valores»');
    expect(message(() => parseColumnMap({ valores: { nada: {} } }))).toContain('«valores.nada»');
  });
});

describe('value normalisation', () => {
  it.each([
    ['tipo', 'Petición', 'peticion'],
    ['tipo', 'Quejas', 'queja'],
    ['tipo', 'PETICIONES', 'peticion'],
    ['tipo', 'Consultas', 'consulta'],
    ['tipo', 'Derecho de petición', 'peticion'],
    ['tipo', 'Solicitud de información', 'acceso_informacion'],
    ['canal', 'Correo electrónico', 'correo_electronico'],
    ['canal', 'WEB', 'formulario_web'],
    ['canal', 'Llamadas', 'llamadas'],
    ['regimen', 'Ley 142 de 1994', 'servicios_publicos'],
    ['resultado', 'Accede parcialmente', 'parcialmente_a_favor'],
    ['resultado', 'Rechazadas', 'rechazo'],
  ] as const)('%s «%s» → %s', (column, raw, expected) => {
    expect(normalizeEnumValue(column, raw)).toBe(expected);
  });

  it('uses the entity value map, exactly or normalised, and gives undefined for empty cells', () => {
    const map = parseColumnMap({ valores: { tipo: { PQ: 'peticion', 'Rec. Fact': 'reclamo' } } });
    expect(normalizeEnumValue('tipo', 'PQ', map)).toBe('peticion');
    expect(normalizeEnumValue('tipo', 'rec fact', map)).toBe('reclamo');
    expect(normalizeEnumValue('tipo', 'Queja', map)).toBe('queja');
    expect(normalizeEnumValue('tipo', '  ')).toBeUndefined();
    expect(normalizeEnumValue('asunto', 'Hola mundo')).toBe('hola_mundo');
  });

  it('remembers values without mixing texts that share a memo slot, or maps', () => {
    // Same length, first and last character: the same slot of the memo.
    const pairs: [string, string | undefined][] = [
      ['queja', 'queja'],
      ['qxxxa', 'qxxxa'],
      ['Queja', 'queja'],
      ['QUEJA', 'queja'],
      ['  ', undefined],
      ['   ', undefined],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [raw, expected] of pairs) expect(normalizeEnumValue('tipo', raw)).toBe(expected);
      for (const [raw, expected] of pairs.slice().reverse())
        expect(normalizeEnumValue('tipo', raw)).toBe(expected);
    }
    const map = parseColumnMap({ valores: { tipo: { qxxxa: 'peticion' } } });
    expect(normalizeEnumValue('tipo', 'qxxxa', map)).toBe('peticion');
    expect(normalizeEnumValue('tipo', 'qxxxa')).toBe('qxxxa');
    expect(normalizeEnumValue('canal', 'qxxxa', map)).toBe('qxxxa');
  });

  it('splits and normalises priority flags without duplicates', () => {
    expect(splitPriority('Adulto mayor | NNA, adulto_mayor;/')).toEqual([
      'adulto_mayor',
      'nino_nina_adolescente',
    ]);
  });
});

describe('normalizeDateCell', () => {
  it.each([
    ['2026-11-27', '2026-11-27'],
    ['27/11/2026', '2026-11-27'],
    ['7/1/2026', '2026-01-07'],
    ['27-11-2026', '2026-11-27'],
    ['2026/11/27', '2026-11-27'],
    ['27/11/2026 8:05', '2026-11-27T08:05:00-05:00'],
    ['2026-11-27 18:30', '2026-11-27T18:30:00-05:00'],
    ['2026-11-27T18:30:15.5', '2026-11-27T18:30:15-05:00'],
    ['1992-06-01 10:00', '1992-06-01T10:00:00-04:00'],
    // Decreto 717 de 1992 art. 2 (UTC-4 desde el 2 de mayo) y Decreto 267 de 1993 art. 2 (UTC-5 desde el 7 de febrero).
    ['1992-05-01 23:00', '1992-05-01T23:00:00-05:00'],
    ['1992-05-02 10:00', '1992-05-02T10:00:00-04:00'],
    ['1993-02-06 10:00', '1993-02-06T10:00:00-04:00'],
    ['1993-02-07 10:00', '1993-02-07T10:00:00-05:00'],
    ['2026-11-27T23:30:00Z', '2026-11-27T23:30:00Z'],
    [' mañana ', 'mañana'],
  ])('«%s» → %s', (raw, expected) => {
    expect(normalizeDateCell(raw)).toBe(expected);
  });

  it('gives undefined for an empty cell', () => {
    expect(normalizeDateCell('   ')).toBeUndefined();
  });
});
