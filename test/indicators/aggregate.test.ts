import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/types.js';
import { isPqrsdError } from '../../src/errors.js';
import {
  aggregate,
  createAggregator,
  type IndicatorRecord,
  type IndicatorResult,
  MISSING_GROUP_VALUE,
} from '../../src/indicators/index.js';
import { late, onTime, overdue, rec, status } from './helpers.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPqrsdError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

function ind(results: readonly IndicatorResult[], id: string): IndicatorResult {
  const r = results.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no ${id}`);
  return r;
}

describe('createAggregator: golden cases', () => {
  it('returns no groups and no indicators when no record was added', () => {
    expect(createAggregator().result()).toEqual({
      asOf: null,
      records: 0,
      excluded: 0,
      groups: [],
      indicators: [],
    });
  });

  it('one record answered on time in 12 business days: oportunidad 1/1, mean = median = 12 (CPACA art. 14)', () => {
    const r = aggregate([rec(onTime(12))]);
    const g = r.groups[0];
    expect(r.asOf).toBe('2026-11-27');
    expect(g?.received).toBe(1);
    expect(g?.responseTime).toEqual({ count: 1, mean: 12, median: 12, min: 12, max: 12 });
    expect(ind(r.indicators, 'oportunidad')).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 1,
      complies: true,
    });
    expect(g?.period).toMatchObject({ kind: 'range', from: '2026-11-03', to: '2026-11-03' });
  });

  it('gives oportunidad null (not NaN) when nothing was answered yet: a zero denominator', () => {
    const r = aggregate([rec(status()), rec(status({ state: 'por_vencer', semaforo: 'amarillo' }))]);
    const o = ind(r.indicators, 'oportunidad');
    expect(o.value).toBeNull();
    expect(o.complies).toBeNull();
    expect(ind(r.indicators, 'pendientes_vencidas')).toMatchObject({
      numerator: 0,
      denominator: 2,
      value: 0,
      complies: true,
    });
    expect(r.groups[0]?.bySemaforo).toEqual({ verde: 1, amarillo: 1 });
  });

  it('a group with every request overdue: pendientes vencidas 3/3 = 100 %, failing its 0 % meta (CPACA art. 31)', () => {
    const r = aggregate([rec(overdue()), rec(overdue()), rec(overdue({ priority: ['adulto_mayor'] }))]);
    const g = r.groups[0];
    expect(g).toMatchObject({ open: 3, overdue: 3, openPriority: 1, answered: 0 });
    expect(ind(r.indicators, 'pendientes_vencidas')).toMatchObject({ value: 1, complies: false });
    expect(ind(r.indicators, 'oportunidad').value).toBeNull();
  });

  it('3 on time and 1 late: oportunidad 75 %, failing the 100 % default; median of [2, 5, 5, 20] = 5 (ties)', () => {
    const r = aggregate([rec(onTime(5)), rec(onTime(2)), rec(late(20)), rec(onTime(5))]);
    expect(ind(r.indicators, 'oportunidad')).toMatchObject({
      numerator: 3,
      denominator: 4,
      value: 0.75,
      complies: false,
    });
    expect(r.groups[0]?.responseTime).toEqual({ count: 4, mean: 8, median: 5, min: 2, max: 20 });
    expect(r.groups[0]).toMatchObject({ answeredOnTime: 3, answeredLate: 1 });
  });

  it('meets a configured oportunidad meta of 75 %', () => {
    const r = aggregate([rec(onTime(5)), rec(onTime(2)), rec(late(20)), rec(onTime(5))], {
      metas: { oportunidad: { operator: '>=', value: 0.75 } },
    });
    expect(ind(r.indicators, 'oportunidad').complies).toBe(true);
  });

  it('counts traslados as answers by default (CPACA art. 21), on time only when the engine says so', () => {
    const t1 = status({
      state: 'trasladada',
      semaforo: null,
      onTime: true,
      responseBusinessDays: 3,
      answeredOn: '2026-11-06' as IsoDate,
    });
    const t2 = status({
      state: 'trasladada',
      semaforo: null,
      onTime: false,
      responseBusinessDays: 8,
      answeredOn: '2026-11-13' as IsoDate,
    });
    const r = aggregate([rec(t1), rec(t2)]);
    expect(r.groups[0]).toMatchObject({ traslados: 2, answered: 2, answeredOnTime: 1 });
    const strict = aggregate([rec(t1), rec(t2)], { trasladoCountsAsAnswer: false });
    expect(strict.groups[0]).toMatchObject({ traslados: 2, answered: 0 });
    expect(ind(strict.indicators, 'oportunidad').value).toBeNull();
  });

  it('counts desistimientos tácitos (art. 17) apart from expresos (art. 18), documents deemed accepted (art. 14 num. 1) and SAP (Ley 142 art. 158)', () => {
    const since = '2026-11-20' as IsoDate;
    const r = aggregate([
      rec(
        status({
          state: 'desistida',
          semaforo: null,
          consequences: [{ type: 'desistimiento_tacito', since }],
        }),
      ),
      rec(status({ state: 'desistida', semaforo: null })),
      rec(
        overdue({
          consequences: [{ type: 'aceptacion_documentos', since, deadline: '2026-11-25' as IsoDate }],
        }),
        {
          type: 'peticion_documentos',
        },
      ),
      rec(overdue({ consequences: [{ type: 'silencio_administrativo_positivo', since }] })),
    ]);
    expect(r.groups[0]).toMatchObject({
      desistimientos: { tacito: 1, expreso: 1 },
      documentosAceptados: 1,
      silencioPositivo: 1,
      byType: { peticion: 3, peticion_documentos: 1 },
    });
  });

  it('counts by type, channel, dependencia, state and outcome', () => {
    const r = aggregate([
      rec(onTime(3), { type: 'queja', channel: 'chat', dependencia: 'Comercial', outcome: 'a_favor' }),
      rec(onTime(3), { type: 'reclamo', channel: 'chat', outcome: 'en_contra' }),
      rec(status(), { type: 'reclamo' }),
    ]);
    expect(r.groups[0]).toMatchObject({
      byType: { queja: 1, reclamo: 2 },
      byChannel: { chat: 2, [MISSING_GROUP_VALUE]: 1 },
      byDependencia: { Comercial: 1, [MISSING_GROUP_VALUE]: 2 },
      byState: { respondida_a_tiempo: 2, en_termino: 1 },
      byOutcome: { a_favor: 1, en_contra: 1 },
    });
  });
});

describe('PQRSD a favor del usuario (seed: ≤ 0,5 % of users per seccional)', () => {
  const favour = (
    n: number,
    seccional: string,
    outcome: IndicatorRecord['outcome'] = 'a_favor',
  ): IndicatorRecord[] => Array.from({ length: n }, () => rec(onTime(4), { seccional, outcome }));

  it('5 a favor over 1 000 users is exactly 0,5 %: complies; 6 does not', () => {
    const users = { Norte: 1000, Sur: 1000 };
    const r = aggregate([...favour(5, 'Norte'), ...favour(6, 'Sur')], {
      groupBy: ['seccional'],
      usersBySeccional: users,
    });
    const norte = r.indicators.find((i) => i.id === 'pqrsd_a_favor_usuario' && i.group.seccional === 'Norte');
    const sur = r.indicators.find((i) => i.id === 'pqrsd_a_favor_usuario' && i.group.seccional === 'Sur');
    expect(norte).toMatchObject({ numerator: 5, denominator: 1000, value: 0.005, complies: true });
    expect(sur).toMatchObject({ numerator: 6, denominator: 1000, value: 0.006, complies: false });
  });

  it('counts parcialmente_a_favor by default and not under the strict option', () => {
    const records = [
      ...favour(1, 'Norte'),
      ...favour(2, 'Norte', 'parcialmente_a_favor'),
      ...favour(1, 'Norte', 'en_contra'),
    ];
    const r = aggregate(records, { groupBy: ['seccional'], usersBySeccional: { Norte: 100 } });
    expect(ind(r.indicators, 'pqrsd_a_favor_usuario').numerator).toBe(3);
    const strict = aggregate(records, {
      groupBy: ['seccional'],
      usersBySeccional: { Norte: 100 },
      aFavorOutcomes: ['a_favor'],
    });
    expect(ind(strict.indicators, 'pqrsd_a_favor_usuario').numerator).toBe(1);
  });

  it('counts silencio administrativo positivo as resolved in the user’s favour unless disabled (Ley 142 art. 158)', () => {
    const sap = rec(
      overdue({
        consequences: [{ type: 'silencio_administrativo_positivo', since: '2026-11-24' as IsoDate }],
      }),
      {
        seccional: 'Norte',
      },
    );
    const users = { Norte: 100 };
    expect(
      ind(aggregate([sap], { usersBySeccional: users }).indicators, 'pqrsd_a_favor_usuario').numerator,
    ).toBe(1);
    expect(
      ind(
        aggregate([sap], { usersBySeccional: users, aFavorIncludesSilencioPositivo: false }).indicators,
        'pqrsd_a_favor_usuario',
      ).numerator,
    ).toBe(0);
  });

  it('uses the total of users of every seccional when not grouped by seccional, and says so', () => {
    const r = aggregate(favour(3, 'Norte'), { usersBySeccional: { Norte: 400, Sur: 600 } });
    expect(ind(r.indicators, 'pqrsd_a_favor_usuario')).toMatchObject({ denominator: 1000, value: 0.003 });
    expect(ind(r.indicators, 'pqrsd_a_favor_usuario').note).toMatch(/todas las seccionales/);
  });

  it('gives null and a note for a seccional without a user count', () => {
    const r = aggregate(favour(1, 'Oriente'), { groupBy: ['seccional'], usersBySeccional: { Norte: 10 } });
    const i = ind(r.indicators, 'pqrsd_a_favor_usuario');
    expect(i).toMatchObject({ value: null, complies: null, denominator: 0 });
    expect(i.note).toMatch(/Oriente/);
  });

  it('is not computed without user counts', () => {
    expect(aggregate(favour(1, 'Norte')).indicators.some((i) => i.id === 'pqrsd_a_favor_usuario')).toBe(
      false,
    );
  });

  it('rejects negative or fractional user counts and unknown outcomes', () => {
    expect(code(() => createAggregator({ usersBySeccional: { Norte: -1 } }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createAggregator({ usersBySeccional: { Norte: 1.5 } }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createAggregator({ usersBySeccional: 5 as never }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createAggregator({ aFavorOutcomes: ['ganado' as never] }))).toBe('INVALID_POLICY');
  });
});

describe('satisfaction in records', () => {
  it('reads record.satisfaction with top-2-box and counts off-scale answers as invalid', () => {
    const r = aggregate([
      rec(onTime(1), { satisfaction: 5 }),
      rec(onTime(1), { satisfaction: 4 }),
      rec(onTime(1), { satisfaction: 2 }),
      rec(onTime(1), { satisfaction: 7 }),
      rec(onTime(1), { satisfaction: null }),
    ]);
    expect(r.groups[0]?.satisfaction).toEqual({ valid: 3, satisfied: 2, invalid: 1 });
    expect(ind(r.indicators, 'satisfaccion_cliente')).toMatchObject({
      numerator: 2,
      denominator: 3,
      complies: false,
    });
  });

  it('gives null satisfaction with a note when nobody was surveyed', () => {
    const s = ind(aggregate([rec(onTime(1))]).indicators, 'satisfaccion_cliente');
    expect(s.value).toBeNull();
    expect(s.note).toMatch(/encuesta/);
  });
});

describe('grouping by period and fields', () => {
  const records = [
    rec(onTime(3, { receivedDate: '2026-01-15' }), { seccional: 'Norte' }),
    rec(onTime(3, { receivedDate: '2026-03-31' }), { seccional: 'Sur' }),
    rec(late(30, { receivedDate: '2026-04-01' }), { seccional: 'Norte' }),
    rec(overdue({ receivedDate: '2026-11-03' }), { seccional: 'Norte' }),
  ];

  it.each([
    ['month', ['2026-01', '2026-03', '2026-04', '2026-11']],
    ['quarter', ['2026-T1', '2026-T2', '2026-T4']],
    ['semester', ['2026-S1', '2026-S2']],
    ['year', ['2026']],
  ] as const)('groups by %s of the date of receipt', (period, keys) => {
    expect(aggregate(records, { period }).groups.map((g) => g.period.key)).toEqual(keys);
  });

  it('groups by period and seccional, ordered by period then group', () => {
    const r = aggregate(records, { period: 'semester', groupBy: ['seccional'] });
    expect(r.groups.map((g) => [g.period.key, g.group.seccional, g.received])).toEqual([
      ['2026-S1', 'Norte', 2],
      ['2026-S1', 'Sur', 1],
      ['2026-S2', 'Norte', 1],
    ]);
    expect(r.indicators.filter((i) => i.id === 'oportunidad').map((i) => i.value)).toEqual([0.5, 1, null]);
  });

  it('groups by any built-in field and by a custom dimension, labelling missing values', () => {
    const rs = [
      rec(onTime(1), { dimensions: { municipio: '05001' }, assignee: 'ana', outcome: 'a_favor' }),
      rec(status({ priority: ['periodista'], regime: 'servicios_publicos' })),
    ];
    const r = aggregate(rs, {
      groupBy: [
        'regime',
        'state',
        'semaforo',
        'outcome',
        'assignee',
        'priority',
        'type',
        'channel',
        'dependencia',
        { name: 'municipio', get: (x) => x.dimensions?.municipio },
      ],
    });
    expect(r.groups.map((g) => g.group)).toEqual([
      {
        regime: 'cpaca',
        state: 'respondida_a_tiempo',
        semaforo: MISSING_GROUP_VALUE,
        outcome: 'a_favor',
        assignee: 'ana',
        priority: 'no_prioritaria',
        type: 'peticion',
        channel: MISSING_GROUP_VALUE,
        dependencia: MISSING_GROUP_VALUE,
        municipio: '05001',
      },
      {
        regime: 'servicios_publicos',
        state: 'en_termino',
        semaforo: 'verde',
        outcome: MISSING_GROUP_VALUE,
        assignee: MISSING_GROUP_VALUE,
        priority: 'prioritaria',
        type: 'peticion',
        channel: MISSING_GROUP_VALUE,
        dependencia: MISSING_GROUP_VALUE,
        municipio: MISSING_GROUP_VALUE,
      },
    ]);
  });

  it('reports every month of a range, even empty ones, and excludes records outside it', () => {
    const r = aggregate(records, { period: 'month', range: { from: '2026-01-01', to: '2026-06-30' } });
    expect(r.groups.map((g) => [g.period.key, g.received])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
      ['2026-04', 1],
      ['2026-05', 0],
      ['2026-06', 0],
    ]);
    expect(r.excluded).toBe(1);
    expect(r.records).toBe(4);
    expect(ind(r.groups[1]?.indicators ?? [], 'oportunidad').value).toBeNull();
  });

  it('uses the range as the period of a total with a range, even with no records', () => {
    const r = aggregate([], { range: { from: '2026-07-01', to: '2026-12-31' } });
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]?.period.key).toBe('2026-07-01..2026-12-31');
  });

  it('places records by answer date with periodBy answered, pending ones in the period of the cut-off date', () => {
    const r = aggregate(
      [
        rec(onTime(3, { receivedDate: '2026-10-20', answeredOn: '2026-11-02' as IsoDate })),
        rec(overdue({ receivedDate: '2026-09-01' })),
      ],
      { period: 'month', periodBy: 'answered' },
    );
    expect(r.groups.map((g) => [g.period.key, g.received])).toEqual([['2026-11', 2]]);
  });
});

describe('validation', () => {
  it('rejects records whose cut-off date differs from the aggregator’s (INVALID_RECORD)', () => {
    const agg = createAggregator({ asOf: '2026-11-27' });
    expect(code(() => agg.add(rec(status({ asOf: '2026-11-26' as IsoDate }))))).toBe('INVALID_RECORD');
    const agg2 = createAggregator();
    agg2.add(rec(status()));
    expect(() => agg2.add(rec(status({ asOf: '2026-11-30' as IsoDate })))).toThrow(/2026-11-30/);
  });

  it('rejects a record without a status, with an unknown state or a malformed date of receipt', () => {
    const agg = createAggregator();
    expect(code(() => agg.add({ type: 'peticion' } as never))).toBe('INVALID_RECORD');
    expect(code(() => agg.add(null as never))).toBe('INVALID_RECORD');
    expect(code(() => agg.add(rec(status({ state: 'perdida' as never }))))).toBe('INVALID_RECORD');
    expect(code(() => agg.add(rec(status({ receivedDate: '2026-1-5' }))))).toBe('INVALID_RECORD');
    expect(
      code(() =>
        agg.add(rec(status({ responseBusinessDays: -2, state: 'respondida_a_tiempo', semaforo: null }))),
      ),
    ).toBe('INVALID_DAY_COUNT');
  });

  it('rejects unknown period kinds, periodBy values, group fields and non-boolean policies', () => {
    expect(code(() => createAggregator({ period: 'week' as never }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createAggregator({ periodBy: 'closed' as never }))).toBe('INVALID_POLICY');
    expect(code(() => createAggregator({ groupBy: ['municipio' as never] }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createAggregator({ trasladoCountsAsAnswer: 'si' as never }))).toBe('INVALID_POLICY');
    expect(code(() => createAggregator({ asOf: '2026-02-30' }))).toBe('INVALID_DATE');
  });

  it('lets results be read several times and records be added afterwards', () => {
    const agg = createAggregator();
    agg.add(rec(onTime(1)));
    expect(agg.result().groups[0]?.received).toBe(1);
    agg.addAll([rec(onTime(2))]);
    expect(agg.result().groups[0]?.received).toBe(2);
  });
});

describe('properties', () => {
  const arbStatus = fc.constantFrom(
    onTime(3),
    onTime(10),
    late(20),
    overdue(),
    status(),
    status({ state: 'trasladada', semaforo: null, onTime: true, responseBusinessDays: 2 }),
    status({ state: 'desistida', semaforo: null }),
  );

  it('every ratio indicator value is in [0, 1] or null', () => {
    fc.assert(
      fc.property(
        fc.array(arbStatus, { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 }),
        (ss, sats) => {
          const r = aggregate(
            ss.map((s, i) => rec(s, { satisfaction: sats[i], seccional: 'Norte' })),
            { period: 'month', groupBy: ['seccional'] },
          );
          return r.indicators.every((i) => i.value === null || (i.value >= 0 && i.value <= 1));
        },
      ),
    );
  });

  it('adding an on-time answer never lowers oportunidad', () => {
    fc.assert(
      fc.property(fc.array(arbStatus, { maxLength: 60 }), (ss) => {
        const before = ind(
          aggregate([...ss.map((s) => rec(s)), rec(status())]).indicators,
          'oportunidad',
        ).value;
        const after = ind(
          aggregate([...ss.map((s) => rec(s)), rec(onTime(7))]).indicators,
          'oportunidad',
        ).value;
        return after !== null && (before === null || after >= before);
      }),
    );
  });

  it('splitting by a field partitions the counts of the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbStatus, fc.constantFrom('A', 'B', 'C')), { maxLength: 60 }),
        (rows) => {
          const rs = rows.map(([s, d]) => rec(s, { dependencia: d }));
          const whole = aggregate(rs).groups[0];
          const parts = aggregate(rs, { groupBy: ['dependencia'] }).groups;
          const sum = (k: 'received' | 'answered' | 'open' | 'overdue') =>
            parts.reduce((a, g) => a + g[k], 0);
          return (
            (whole === undefined && parts.length === 0) ||
            (whole !== undefined &&
              sum('received') === whole.received &&
              sum('answered') === whole.answered &&
              sum('open') === whole.open &&
              sum('overdue') === whole.overdue)
          );
        },
      ),
    );
  });
});
