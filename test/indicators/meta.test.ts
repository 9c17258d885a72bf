import { describe, expect, it } from 'vitest';
import { isPqrsdError } from '../../src/errors.js';
import {
  buildIndicatorResult,
  compliesWithMeta,
  DEFAULT_METAS,
  INDICATOR_DEFINITIONS,
  INDICATOR_IDS,
  parsePeriodKey,
  resolveMetas,
  validateMeta,
} from '../../src/indicators/index.js';

const period = parsePeriodKey('2026-11');

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPqrsdError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

describe('metas', () => {
  it('defaults to the seed metas: plan de trabajo >= 80 %, a favor <= 0.5 %, satisfacción >= 80 %', () => {
    expect(DEFAULT_METAS.cumplimiento_plan_trabajo).toEqual({ operator: '>=', value: 0.8 });
    expect(DEFAULT_METAS.pqrsd_a_favor_usuario).toEqual({ operator: '<=', value: 0.005 });
    expect(DEFAULT_METAS.satisfaccion_cliente).toEqual({ operator: '>=', value: 0.8 });
  });

  it('holds oportunidad to 100 % and overdue backlog to 0 % by default (Ley 1437 de 2011 arts. 14 and 31)', () => {
    expect(DEFAULT_METAS.oportunidad).toEqual({ operator: '>=', value: 1 });
    expect(DEFAULT_METAS.pendientes_vencidas).toEqual({ operator: '<=', value: 0 });
  });

  it('has a definition with a Spanish name and formula for every indicator id', () => {
    for (const id of INDICATOR_IDS) {
      expect(INDICATOR_DEFINITIONS[id].name.length).toBeGreaterThan(5);
      expect(INDICATOR_DEFINITIONS[id].formula).toContain('/');
    }
  });

  it.each([
    [0.8, '>=', 0.8, true],
    [0.79, '>=', 0.8, false],
    [0.005, '<=', 0.005, true],
    [0.0051, '<=', 0.005, false],
    [0.9, '>', 0.8, true],
    [0.8, '>', 0.8, false],
    [0.7, '<', 0.8, true],
    [0.8, '<', 0.8, false],
    [1, '=', 1, true],
    [0.99, '=', 1, false],
    [0.1 + 0.7, '>=', 0.8, true],
  ] as const)('compares %s %s %s as %s', (v, op, m, expected) => {
    expect(compliesWithMeta(v, { operator: op, value: m })).toBe(expected);
  });

  it('overrides a meta and keeps the other defaults', () => {
    const metas = resolveMetas({ oportunidad: { operator: '>=', value: 0.95 } });
    expect(metas.oportunidad.value).toBe(0.95);
    expect(metas.satisfaccion_cliente).toEqual(DEFAULT_METAS.satisfaccion_cliente);
    expect(resolveMetas({ oportunidad: undefined }).oportunidad).toEqual(DEFAULT_METAS.oportunidad);
  });

  it('rejects a ratio meta written as a percentage, and a negative average meta', () => {
    // The seed writes «80%» and «0,5%»: as fractions they are 0.8 and 0.005.
    expect(() => resolveMetas({ satisfaccion_cliente: { operator: '>=', value: 80 } })).toThrow(
      /fracción entre 0 y 1.*«80»/,
    );
    expect(code(() => resolveMetas({ pqrsd_a_favor_usuario: { operator: '<=', value: -0.1 } }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      code(() =>
        buildIndicatorResult({
          id: 'oportunidad',
          numerator: 1,
          denominator: 1,
          period,
          meta: { operator: '>=', value: 100 },
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(code(() => resolveMetas({ velocidad_media_respuesta: { operator: '<=', value: -1 } }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      resolveMetas({ velocidad_media_respuesta: { operator: '<=', value: 45 } }).velocidad_media_respuesta
        .value,
    ).toBe(45);
    expect(resolveMetas({ oportunidad: { operator: '>=', value: 1 } }).oportunidad.value).toBe(1);
  });

  it('rejects an unknown indicator or a malformed meta with INVALID_ARGUMENT quoting the value', () => {
    expect(code(() => resolveMetas({ nope: { operator: '>=', value: 1 } } as never))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => validateMeta({ operator: '=>', value: 1 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => validateMeta({ operator: '>=', value: Number.NaN }))).toBe('INVALID_ARGUMENT');
    expect(code(() => validateMeta(null))).toBe('INVALID_ARGUMENT');
    expect(() => validateMeta({ operator: '=>', value: 1 })).toThrow(/=>/);
  });
});

describe('buildIndicatorResult', () => {
  it('divides numerator by denominator and compares with the default meta', () => {
    const r = buildIndicatorResult({ id: 'oportunidad', numerator: 9, denominator: 10, period });
    expect(r).toMatchObject({
      value: 0.9,
      complies: false,
      meta: { operator: '>=', value: 1 },
      group: {},
      unit: 'ratio',
    });
    expect(r.name).toBe('Oportunidad en la respuesta');
  });

  it('gives value null and complies null, never NaN, when the denominator is 0', () => {
    const r = buildIndicatorResult({ id: 'oportunidad', numerator: 0, denominator: 0, period });
    expect(r.value).toBeNull();
    expect(r.complies).toBeNull();
  });

  it('keeps a note, a group and an interval when given', () => {
    const r = buildIndicatorResult({
      id: 'satisfaccion_cliente',
      numerator: 1,
      denominator: 1,
      period,
      group: { seccional: 'Norte' },
      note: 'nota',
      interval: { lower: 0.2, upper: 1, confidence: 0.95 },
      meta: { operator: '>=', value: 0.5 },
    });
    expect(r).toMatchObject({
      note: 'nota',
      group: { seccional: 'Norte' },
      interval: { lower: 0.2 },
      complies: true,
    });
  });

  it('rejects negative, infinite or non-numeric counts and unknown ids', () => {
    expect(
      code(() => buildIndicatorResult({ id: 'oportunidad', numerator: -1, denominator: 1, period })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      code(() => buildIndicatorResult({ id: 'oportunidad', numerator: 1, denominator: Infinity, period })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      code(() =>
        buildIndicatorResult({ id: 'oportunidad', numerator: '1' as never, denominator: 1, period }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(code(() => buildIndicatorResult({ id: 'x' as never, numerator: 1, denominator: 1, period }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('quotes an object value readably in messages', () => {
    expect(() => validateMeta({ operator: 'x'.repeat(200), value: 1 })).toThrow(/\.\.\./);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => validateMeta(circular)).toThrow(/object/);
    expect(() => validateMeta(Symbol('s'))).toThrow(/symbol/);
  });
});
