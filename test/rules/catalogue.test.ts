import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/calendar/index.js';
import { REGIMES, REQUEST_TYPES } from '../../src/domain.js';
import { isPqrsdError } from '../../src/errors.js';
import {
  ALL_RULES,
  CONFIDENCE_LEVELS,
  CPACA_RULES,
  getRule,
  LEGAL_SOURCES,
  REGIME_RULES,
} from '../../src/rules/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isPqrsdError(error) ? error.code : 'OTRO';
  }
  return undefined;
}

describe('the CPACA table (Ley 1755 de 2015)', () => {
  it.each([
    ['peticion', 'R-PET-GEN', 15, 'art. 14 inc. 1'],
    ['queja', 'R-PET-GEN', 15, 'art. 14 inc. 1'],
    ['reclamo', 'R-PET-GEN', 15, 'art. 14 inc. 1'],
    ['sugerencia', 'R-PET-GEN', 15, 'art. 14 inc. 1'],
    ['denuncia', 'R-PET-GEN', 15, 'art. 14 inc. 1'],
    ['peticion_documentos', 'R-PET-DOC', 10, 'art. 14 num. 1'],
    ['acceso_informacion', 'R-AIP', 10, 'art. 26'],
    ['consulta', 'R-PET-CONSULTA', 30, 'art. 14 num. 2'],
    ['peticion_autoridad', 'R-PET-AUTORIDADES', 10, 'art. 30'],
    ['solicitud_congresista', 'R-CONGRESO', 5, 'art. 258'],
  ] as const)('gives a %s %s: %i días hábiles (%s)', (type, id, amount, articulo) => {
    const rule = getRule('cpaca', type);
    expect(rule.id).toBe(id);
    expect(rule.term).toEqual({ amount, unit: 'dias_habiles' });
    expect(rule.citations[0]?.articulo).toBe(articulo);
    expect(rule.start).toBe('dia_siguiente');
  });

  it('gives a recurso 2 calendar months from interposition (CPACA art. 86) with silencio negativo', () => {
    const rule = getRule('cpaca', 'recurso');
    expect(rule.term).toEqual({ amount: 2, unit: 'meses' });
    expect(rule.consequences.map((c) => c.type)).toEqual([
      'silencio_administrativo_negativo',
      'falta_disciplinaria',
    ]);
  });

  it('gives a felicitación no legal term', () => {
    expect(getRule('cpaca', 'felicitacion').term).toBeNull();
  });

  it('has a rule for every request type (Record<RequestType, LegalRule>)', () => {
    expect(Object.keys(CPACA_RULES).sort()).toEqual([...REQUEST_TYPES].sort());
  });

  it('marks documents and access to information as deemed accepted with copies in 3 días (art. 14 num. 1)', () => {
    for (const type of ['peticion_documentos', 'acceso_informacion'] as const) {
      const q = getRule('cpaca', type).consequences.find((c) => c.type === 'aceptacion_documentos');
      expect(q?.followUp).toEqual({ amount: 3, unit: 'dias_habiles' });
    }
  });

  it('lets the general petition be extended up to double (art. 14 par.) but not the art. 30 one', () => {
    expect(getRule('cpaca', 'peticion').extension.kind).toBe('doble');
    expect(getRule('cpaca', 'peticion_autoridad').extension.kind).toBe('none');
    expect(getRule('cpaca', 'solicitud_congresista').extension.kind).toBe('none');
  });

  it('requires within 10 días and gives the petitioner 1 month plus an equal extension (art. 17)', () => {
    const r = getRule('cpaca', 'peticion').requirement;
    expect(r?.requireWithin).toEqual({ amount: 10, unit: 'dias_habiles' });
    expect(r?.petitionerTerm).toEqual({ amount: 1, unit: 'meses' });
    expect(r?.extensionAllowed).toBe(true);
  });

  it('forwards within 5 días (art. 21)', () => {
    expect(getRule('cpaca', 'queja').traslado.term).toEqual({ amount: 5, unit: 'dias_habiles' });
  });

  it('names the disciplinary fault (art. 31) and the silencio negativo of art. 83 (3 months) as consequences', () => {
    const types = getRule('cpaca', 'peticion').consequences.map((c) => [c.type, c.citation.articulo]);
    expect(types).toEqual([
      ['falta_disciplinaria', 'art. 31'],
      ['silencio_administrativo_negativo', 'art. 83'],
    ]);
  });

  it('sends an unanswered congress report to a Procuraduría agent and mala conducta (Ley 5 de 1992 arts. 258-259)', () => {
    expect(getRule('cpaca', 'solicitud_congresista').consequences[0]?.type).toBe('mala_conducta');
  });
});

describe('special regimes', () => {
  it.each([
    ['emergencia_2020', 'peticion', 'R-COVID-GEN', 30],
    ['emergencia_2020', 'denuncia', 'R-COVID-GEN', 30],
    ['emergencia_2020', 'peticion_documentos', 'R-COVID-DOC', 20],
    ['emergencia_2020', 'acceso_informacion', 'R-COVID-DOC', 20],
    ['emergencia_2020', 'consulta', 'R-COVID-CONS', 35],
    ['servicios_publicos', 'reclamo', 'R-SPD-PQR', 15],
    ['servicios_publicos', 'recurso', 'R-SPD-PQR', 15],
    ['servicios_publicos', 'consulta', 'R-SPD-PQR', 15],
    ['habeas_data', 'consulta', 'R-HD-CONSULTA', 10],
    ['habeas_data', 'reclamo', 'R-HD-RECLAMO', 15],
    ['habeas_data', 'queja', 'R-HD-RECLAMO', 15],
    ['consumo', 'reclamo', 'R-CONSUMO', 15],
    ['consumo', 'peticion', 'R-CONSUMO', 15],
  ] as const)('%s: a %s follows %s (%i)', (regime, type, id, amount) => {
    const rule = getRule(regime, type);
    expect(rule.id).toBe(id);
    expect(rule.regime).toBe(regime);
    expect(rule.term?.amount).toBe(amount);
  });

  it.each([
    ['emergencia_2020', 'recurso', 'R-SIL-RECURSOS'],
    ['emergencia_2020', 'peticion_autoridad', 'R-PET-AUTORIDADES'],
    ['servicios_publicos', 'sugerencia', 'R-PET-GEN'],
    ['servicios_publicos', 'felicitacion', 'R-SIN-TERMINO'],
    ['servicios_publicos', 'solicitud_congresista', 'R-CONGRESO'],
    ['habeas_data', 'peticion', 'R-PET-GEN'],
    ['consumo', 'consulta', 'R-PET-CONSULTA'],
  ] as const)(
    '%s does not govern a %s: falls back to the CPACA %s (Ley 142 art. 153; CPACA art. 32)',
    (regime, type, id) => {
      const rule = getRule(regime, type);
      expect(rule.id).toBe(id);
      expect(rule.regime).toBe('cpaca');
    },
  );

  it('raises NO_RULE without fallback when the regime does not govern the type', () => {
    expect(codeOf(() => getRule('consumo', 'consulta', { fallback: false }))).toBe('NO_RULE');
    expect(getRule('consumo', 'reclamo', { fallback: false }).id).toBe('R-CONSUMO');
  });

  it('sends SPD documents requests to the CPACA by default and to Ley 142 with the policy (spdDocumentRequests)', () => {
    expect(getRule('servicios_publicos', 'peticion_documentos').id).toBe('R-PET-DOC');
    expect(getRule('servicios_publicos', 'acceso_informacion').id).toBe('R-AIP');
    expect(getRule('servicios_publicos', 'peticion_documentos', { spdDocumentRequests: 'ley_142' }).id).toBe(
      'R-SPD-PQR',
    );
  });

  it('gives Ley 142 silencio positivo with a 72-hour recognition (Decreto 2150 art. 123) and no prórroga', () => {
    const rule = getRule('servicios_publicos', 'queja');
    expect(rule.consequences[0]?.type).toBe('silencio_administrativo_positivo');
    expect(rule.consequences[0]?.followUp).toEqual({ amount: 72, unit: 'horas' });
    expect(rule.extension.kind).toBe('none');
    expect(rule.startPolicy).toBe('spdFilingDayCounts');
  });

  it('gives hábeas data added extensions (+5 consulta, art. 14; +8 reclamo, art. 15) and its own requirement', () => {
    expect(getRule('habeas_data', 'consulta').extension).toMatchObject({
      kind: 'adicional',
      businessDays: 5,
    });
    expect(getRule('habeas_data', 'reclamo').extension).toMatchObject({ kind: 'adicional', businessDays: 8 });
    expect(getRule('habeas_data', 'reclamo').requirement).toMatchObject({
      requireWithin: { amount: 5 },
      petitionerTerm: { amount: 2, unit: 'meses' },
      extensionAllowed: false,
    });
    expect(getRule('habeas_data', 'reclamo').traslado.term).toEqual({ amount: 2, unit: 'dias_habiles' });
    expect(getRule('habeas_data', 'consulta').start).toBe('dia_de_recibo');
  });

  it('makes an unanswered consumer claim an indicio grave (Ley 1480 art. 58 num. 5 lit. f), PARTIAL', () => {
    const rule = getRule('consumo', 'queja');
    expect(rule.consequences[0]?.type).toBe('indicio_grave');
    expect(rule.confidence).toBe('PARTIAL');
  });

  it('labels the emergency rules SECONDARY with their vigencia (Decreto 491 de 2020)', () => {
    const rule = getRule('emergencia_2020', 'peticion');
    expect(rule.confidence).toBe('SECONDARY');
    expect(rule.vigencia).toEqual({ desde: '2020-03-28', hasta: '2022-05-17' });
  });
});

describe('getRule errors', () => {
  it('raises UNKNOWN_REGIME quoting the value', () => {
    expect(() => getRule('nacional' as never, 'peticion')).toThrowErrorMatchingInlineSnapshot(
      `[PqrsdError: Régimen desconocido: «nacional». Valores válidos: cpaca, emergencia_2020, servicios_publicos, habeas_data, consumo.]`,
    );
    expect(codeOf(() => getRule('toString' as never, 'peticion'))).toBe('UNKNOWN_REGIME');
  });

  it('raises UNKNOWN_REQUEST_TYPE quoting the value', () => {
    expect(codeOf(() => getRule('cpaca', 'tutela' as never))).toBe('UNKNOWN_REQUEST_TYPE');
    expect(codeOf(() => getRule('cpaca', 'constructor' as never))).toBe('UNKNOWN_REQUEST_TYPE');
  });
});

describe('every rule of the catalogue', () => {
  it('is listed once in ALL_RULES and reachable from REGIME_RULES', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const reachable = new Set(Object.values(REGIME_RULES).flatMap((t) => Object.values(t).map((r) => r.id)));
    expect([...reachable].sort()).toEqual([...ids].sort());
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))(
    '%s cites valid dates, a known confidence and covers its types',
    (_id, rule) => {
      expect(rule.id).toMatch(/^R-[A-Z-]+$/);
      expect(REGIMES).toContain(rule.regime);
      expect(CONFIDENCE_LEVELS).toContain(rule.confidence);
      expect(isIsoDate(rule.vigencia.desde)).toBe(true);
      expect(rule.citations.length).toBeGreaterThan(0);
      for (const c of [...rule.citations, ...rule.consequences.map((q) => q.citation)]) {
        expect(c.url).toMatch(/^https:\/\//);
        expect(isIsoDate(c.vigencia.desde)).toBe(true);
        expect(CONFIDENCE_LEVELS).toContain(c.confidence);
      }
      for (const type of rule.types) {
        const own = (REGIME_RULES[rule.regime] as Record<string, { id: string }>)[type];
        expect(own?.id).toBe(rule.id);
      }
    },
  );
});

describe('LEGAL_SOURCES', () => {
  it('lists each norm with its vigencia, keyed by its module id', () => {
    for (const [key, source] of Object.entries(LEGAL_SOURCES)) {
      expect(source.id).toBe(key);
      expect(isIsoDate(source.vigencia.desde) || source.vigencia.desde < '1984').toBe(true);
      expect(source.url).toMatch(/^https:\/\//);
    }
    expect(LEGAL_SOURCES['ley-1755-2015'].vigencia.desde).toBe('2015-06-30');
    expect(LEGAL_SOURCES['ley-2207-2022'].vigencia.desde).toBe('2022-05-18');
    expect(LEGAL_SOURCES['ley-142-1994'].vigencia.desde).toBe('1994-07-11');
    expect(LEGAL_SOURCES['ley-1581-2012'].vigencia.desde).toBe('2012-10-18');
    expect(LEGAL_SOURCES['ley-1480-2011'].vigencia.desde).toBe('2012-04-12');
  });
});
