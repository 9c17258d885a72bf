/**
 * The law of merge: an aggregator that merged the snapshots of any split of the records, in any order,
 * gives exactly (deep-equal and JSON-identical) the result of one aggregator that added them all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPqrsdError, type PqrsdError } from '../../src/errors.js';
import { addWithoutChecks } from '../../src/indicators/aggregate.js';
import {
  type AggregatorOptions,
  type AggregatorSnapshot,
  createAggregator,
  type IndicatorRecord,
  MISSING_GROUP_VALUE,
} from '../../src/indicators/index.js';
import { arbSpec, toRecord } from './generated-records.js';
import { AS_OF, late, onTime, overdue, rec, status } from './helpers.js';

/** The error a function throws (fails the test when it does not throw a PqrsdError). */
function thrown(fn: () => unknown): PqrsdError {
  try {
    fn();
  } catch (e) {
    if (isPqrsdError(e)) return e;
    throw e;
  }
  throw new Error('no lanzó');
}

const json = (v: unknown): string => JSON.stringify(v);
const mutable = <T>(v: T): { -readonly [K in keyof T]: unknown } & Record<string, unknown> =>
  structuredClone(v) as never;

const arbOptions: fc.Arbitrary<AggregatorOptions> = fc
  .record({
    period: fc.constantFrom('month', 'semester', 'total', 'quarter', 'year'),
    periodBy: fc.constantFrom('received', 'answered'),
    groupBy: fc.constantFrom([], ['seccional'], ['seccional', 'dependencia']),
    range: fc.constantFrom(
      null,
      { from: '2026-03-01', to: '2026-09-30' },
      { from: '2026-06-15', to: '2026-11-27' },
    ),
    asOf: fc.constantFrom(null, AS_OF),
    users: fc.boolean(),
  })
  .map(({ period, periodBy, groupBy, range, asOf, users }) => ({
    period,
    periodBy,
    groupBy,
    ...(range === null ? {} : { range }),
    ...(asOf === null ? {} : { asOf }),
    ...(users ? { usersBySeccional: { Norte: 1000, Sur: 20 } } : {}),
  })) as fc.Arbitrary<AggregatorOptions>;

/** Sends a snapshot through one of the ways it travels between threads or machines. */
function travel(snap: AggregatorSnapshot, how: number): AggregatorSnapshot {
  if (how === 0) return structuredClone(snap);
  if (how === 1) return JSON.parse(JSON.stringify(snap)) as AggregatorSnapshot;
  return snap;
}

describe('the law of merge', () => {
  it('merging the snapshots of any split of the records, in any order, gives the JSON-identical result of adding them all', () => {
    fc.assert(
      fc.property(
        arbOptions,
        fc.array(fc.tuple(arbSpec, fc.integer({ min: 0, max: 3 }), fc.nat()), { maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 2 }),
        (options, rows, partOrder, how) => {
          const records = rows.map(([s]) => toRecord(s));
          const single = createAggregator(options);
          single.addAll(records);
          // Parts: each record to a part, shuffled inside its part (tallies see another arrival order).
          const parts: IndicatorRecord[][] = [[], [], [], []];
          const shuffled = rows
            .map(([, part, key], i) => ({ part, key, r: records[i] as IndicatorRecord }))
            .sort((a, b) => a.key - b.key);
          for (const { part, r } of shuffled) parts[part]?.push(r);
          const snaps = parts.map((p) => {
            const worker = createAggregator(options);
            worker.addAll(p);
            return travel(worker.snapshot(), how);
          });
          const order = [0, 1, 2, 3].sort((a, b) => (partOrder[a] as number) - (partOrder[b] as number));
          const merged = createAggregator(options);
          for (const i of order) merged.merge(snaps[i] as AggregatorSnapshot);
          expect(json(merged.result())).toBe(json(single.result()));
          expect(merged.result()).toEqual(single.result());
        },
      ),
      { seed: 20_261_127, numRuns: 150 },
    );
  });

  it('adding some records, merging the others and adding more still gives the same result, and so does a snapshot of the merged aggregator', () => {
    fc.assert(
      fc.property(
        arbOptions,
        fc.array(fc.tuple(arbSpec, fc.integer({ min: 0, max: 2 })), { maxLength: 30 }),
        (options, rows) => {
          const records = rows.map(([s]) => toRecord(s));
          const single = createAggregator(options);
          single.addAll(records);
          const main = createAggregator(options);
          const worker = createAggregator(options);
          const later: IndicatorRecord[] = [];
          rows.forEach(([, where], i) => {
            const r = records[i] as IndicatorRecord;
            if (where === 0) main.add(r);
            else if (where === 1) worker.add(r);
            else later.push(r);
          });
          main.merge(JSON.parse(JSON.stringify(worker.snapshot())));
          main.addAll(later);
          expect(json(main.result())).toBe(json(single.result()));
          const again = createAggregator(options);
          again.merge(structuredClone(main.snapshot()));
          expect(json(again.result())).toBe(json(single.result()));
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it('merges an empty snapshot as a no-op, and an empty aggregator merging a snapshot takes its cut-off date', () => {
    const worker = createAggregator({ period: 'month' });
    worker.add(rec(onTime(3)));
    const main = createAggregator({ period: 'month' });
    main.merge(createAggregator({ period: 'month' }).snapshot());
    expect(main.result().asOf).toBeNull();
    main.merge(worker.snapshot());
    expect(main.result().asOf).toBe(AS_OF);
    expect(main.result().records).toBe(1);
    // An aggregator with a known cut-off date accepts a snapshot whose cut-off date is still unknown.
    main.merge(createAggregator({ period: 'month' }).snapshot());
    expect(main.result().records).toBe(1);
  });

  it('merging the same snapshot twice counts its records twice (merge is addition)', () => {
    const worker = createAggregator();
    worker.addAll([rec(onTime(3)), rec(late(20))]);
    const snap = worker.snapshot();
    const main = createAggregator();
    main.merge(snap);
    main.merge(snap);
    const g = main.result().groups[0];
    expect(main.result().records).toBe(4);
    expect(g?.received).toBe(4);
    expect(g?.answeredOnTime).toBe(2);
    expect(g?.responseTime).toEqual({ count: 4, mean: 11.5, median: 11.5, min: 3, max: 20 });
  });

  it('leaves the snapshotted aggregator unchanged and unaffected by later changes to the snapshot', () => {
    const agg = createAggregator({ groupBy: ['seccional'] });
    agg.add(rec(onTime(3), { seccional: 'Norte' }));
    const before = json(agg.result());
    const snap = agg.snapshot() as unknown as { groups: { group: string[]; byType: [string, number][] }[] };
    (snap.groups[0] as { group: string[] }).group[0] = 'Sur';
    const copy = createAggregator({ groupBy: ['seccional'] });
    copy.merge(agg.snapshot());
    (copy.snapshot() as unknown as { shape: { groupBy: string[] } }).shape.groupBy.push('x');
    expect(json(agg.result())).toBe(before);
    expect(json(copy.result())).toBe(before);
  });
});

describe('a snapshot is plain data', () => {
  const agg = createAggregator({
    period: 'month',
    groupBy: ['seccional', { name: 'municipio', get: (r) => r.dimensions?.municipio }],
    usersBySeccional: { Norte: 100 },
    range: { from: '2026-01-01', to: '2026-12-31' },
  });
  agg.addAll([
    rec(onTime(130), { seccional: 'Norte', dependencia: '__proto__', dimensions: { municipio: 'Tunja' } }),
    rec(late(20), { seccional: 'Norte', outcome: 'a_favor', satisfaction: 5 }),
    rec(overdue({ priority: ['adulto_mayor'] }), { seccional: 'Sur' }),
  ]);
  const snap = agg.snapshot();

  function isPlain(v: unknown): boolean {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
    if (typeof v === 'number') return Number.isFinite(v);
    if (Array.isArray(v)) return v.every(isPlain);
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.values(v as object).every(isPlain);
    }
    return false;
  }

  it('holds only objects, arrays, strings, finite numbers, booleans and null, with version 1', () => {
    expect(isPlain(snap)).toBe(true);
    expect(snap.version).toBe(1);
    expect(snap.shape).toEqual({
      period: 'month',
      periodBy: 'received',
      groupBy: ['seccional', 'municipio'],
      range: { from: '2026-01-01', to: '2026-12-31' },
      asOf: AS_OF,
      aFavorOutcomes: ['a_favor', 'parcialmente_a_favor'],
      aFavorIncludesSilencioPositivo: true,
      trasladoCountsAsAnswer: true,
      likert: { min: 1, max: 5, satisfied: [4, 5] },
      metas: expect.objectContaining({ oportunidad: { operator: '>=', value: 1 } }),
      usersBySeccional: [['Norte', 100]],
    });
  });

  it('survives structuredClone and JSON unchanged, and merging the copy gives the same result', () => {
    expect(structuredClone(snap)).toEqual(snap);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    for (const copy of [structuredClone(snap), JSON.parse(JSON.stringify(snap)) as AggregatorSnapshot]) {
      const main = createAggregator({
        period: 'month',
        groupBy: ['seccional', { name: 'municipio', get: () => 'otro' }],
        usersBySeccional: { Norte: 100 },
        range: { from: '2026-01-01', to: '2026-12-31' },
      });
      main.merge(copy);
      expect(json(main.result())).toBe(json(agg.result()));
    }
  });

  it('keeps a dependencia named «__proto__» as an ordinary tally key through JSON', () => {
    const main = createAggregator({
      period: 'month',
      groupBy: ['seccional', { name: 'municipio', get: () => undefined }],
      usersBySeccional: { Norte: 100 },
      range: { from: '2026-01-01', to: '2026-12-31' },
    });
    main.merge(JSON.parse(JSON.stringify(snap)));
    const g = main.result().groups.find((x) => x.group.municipio === 'Tunja');
    expect(Object.getOwnPropertyDescriptor(g?.byDependencia, '__proto__')?.value).toBe(1);
    expect(Object.getPrototypeOf(g?.byDependencia)).toBe(Object.prototype);
  });
});

describe('tallies and groups in a fixed order', () => {
  it('emits enum tallies in canonical order, then unknown keys, and byDependencia in code unit order', () => {
    const a = createAggregator();
    a.addAll([
      rec(overdue(), { type: 'queja', channel: 'chat', dependencia: 'Técnica' }),
      rec(status({ semaforo: 'amarillo' }), { type: 'zzz' as never, dependencia: '__proto__' }),
      rec(onTime(3), { type: 'peticion', channel: 'escrito', dependencia: 'Jurídica', outcome: 'en_contra' }),
      rec(late(20), { type: 'aaa' as never, channel: 'fax' as never, outcome: 'a_favor' }),
      rec(status(), { dependencia: '10' }),
      rec(status(), { dependencia: '2' }),
    ]);
    const g = a.result().groups[0];
    expect(Object.keys(g?.byType ?? {})).toEqual(['peticion', 'queja', 'aaa', 'zzz']);
    expect(Object.keys(g?.byChannel ?? {})).toEqual(['escrito', 'chat', MISSING_GROUP_VALUE, 'fax']);
    expect(Object.keys(g?.byState ?? {})).toEqual([
      'en_termino',
      'vencida',
      'respondida_a_tiempo',
      'respondida_extemporanea',
    ]);
    expect(Object.keys(g?.bySemaforo ?? {})).toEqual(['verde', 'amarillo', 'rojo']);
    expect(Object.keys(g?.byOutcome ?? {})).toEqual(['a_favor', 'en_contra']);
    // Integer-like keys ('10', '2') come first in any JS object, ascending: still independent of arrival.
    expect(Object.keys(g?.byDependencia ?? {})).toEqual([
      '2',
      '10',
      MISSING_GROUP_VALUE,
      'Jurídica',
      'Técnica',
      '__proto__',
    ]);
  });

  it('orders groups whose values contain U+0000 the same whatever the arrival order (the sort is total)', () => {
    const groupBy = [
      { name: 'a', get: (r: IndicatorRecord) => r.dimensions?.a },
      { name: 'b', get: (r: IndicatorRecord) => r.dimensions?.b },
    ];
    const rs = [
      rec(onTime(3), { dimensions: { a: 'x\u0000', b: 'y' } }),
      rec(late(20), { dimensions: { a: 'x', b: '\u0000y' } }),
      rec(overdue(), { dimensions: { a: 'x', b: '' } }),
    ];
    const forward = createAggregator({ groupBy });
    forward.addAll(rs);
    const backward = createAggregator({ groupBy });
    backward.addAll([...rs].reverse());
    expect(json(backward.result())).toBe(json(forward.result()));
    expect(forward.result().groups.map((g) => [g.group.a, g.group.b])).toEqual([
      ['x', ''],
      ['x', '\u0000y'],
      ['x\u0000', 'y'],
    ]);
  });

  it('reads a custom group value that is not a string as text', () => {
    const r = createAggregator({ groupBy: [{ name: 'n', get: () => 7 as never }] });
    r.add(rec(onTime(3)));
    expect(r.result().groups[0]?.group).toEqual({ n: '7' });
  });
});

describe('merge refuses what it cannot combine', () => {
  const base: AggregatorOptions = { period: 'month', groupBy: ['seccional'] };
  const worker = createAggregator(base);
  worker.addAll([
    rec(onTime(3), { seccional: 'Norte' }),
    rec(overdue(), { seccional: 'Sur', outcome: 'a_favor' }),
  ]);
  const snap = worker.snapshot();

  const mismatches: [string, AggregatorOptions, RegExp][] = [
    ['period', { ...base, period: 'semester' }, /tipo de período \(period\).*«semester».*«month»/],
    ['periodBy', { ...base, periodBy: 'answered' }, /\(periodBy\)/],
    ['groupBy', { ...base, groupBy: ['dependencia'] }, /campos de agrupación \(groupBy\)/],
    ['groupBy order', { ...base, groupBy: [] }, /\(groupBy\)/],
    ['range', { ...base, range: { from: '2026-01-01', to: '2026-12-31' } }, /el rango \(range\)/],
    ['aFavorOutcomes', { ...base, aFavorOutcomes: ['a_favor'] }, /a favor del usuario \(aFavorOutcomes\)/],
    [
      'aFavorIncludesSilencioPositivo',
      { ...base, aFavorIncludesSilencioPositivo: false },
      /silencio positivo/,
    ],
    ['trasladoCountsAsAnswer', { ...base, trasladoCountsAsAnswer: false }, /traslado cuenta como respuesta/],
    ['likert', { ...base, likert: { min: 0, max: 10 } }, /escala Likert \(likert\)/],
    ['metas', { ...base, metas: { oportunidad: { operator: '>=', value: 0.95 } } }, /las metas \(metas\)/],
    ['usersBySeccional', { ...base, usersBySeccional: { Norte: 5 } }, /usuarios por seccional/],
  ];

  it.each(mismatches)(
    'throws INVALID_ARGUMENT naming the difference in %s, in Spanish',
    (_field, options, message) => {
      const main = createAggregator(options);
      const e = thrown(() => main.merge(snap));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.message).toMatch(/^No se puede combinar el snapshot: difiere /);
      expect(e.message).toMatch(message);
      expect(main.result().records).toBe(0);
    },
  );

  it('names every differing field at once', () => {
    const e = thrown(() => createAggregator({ period: 'year', trasladoCountsAsAnswer: false }).merge(snap));
    expect(e.message).toMatch(/\(period\).*\(groupBy\).*\(trasladoCountsAsAnswer\)/);
  });

  it('compares options as data: same outcomes in another order, a default meta written out and a custom field with a built-in name all merge', () => {
    const main = createAggregator({
      ...base,
      groupBy: [{ name: 'seccional', get: (r) => r.seccional }],
      aFavorOutcomes: ['parcialmente_a_favor', 'a_favor', 'a_favor'],
      metas: { oportunidad: { operator: '>=', value: 1 } },
      likert: { satisfied: [5, 4] },
    });
    main.merge(snap);
    expect(json(main.result())).toBe(json(worker.result()));
  });

  it('throws INVALID_ARGUMENT when both cut-off dates are known and differ', () => {
    const main = createAggregator({ ...base, asOf: '2026-11-30' });
    const e = thrown(() => main.merge(snap));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toContain('fecha de corte (asOf)');
    expect(e.message).toContain('«2026-11-30»');
    expect(e.message).toContain(`«${AS_OF}»`);
  });

  it('throws INVALID_ARGUMENT for an unknown version', () => {
    const e = thrown(() => createAggregator(base).merge({ ...snap, version: 2 } as never));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toContain('versión de snapshot «2»');
  });

  const corrupt = (
    change: (s: ReturnType<typeof mutable<AggregatorSnapshot>>) => void,
  ): AggregatorSnapshot => {
    const s = mutable(snap);
    change(s);
    return s as unknown as AggregatorSnapshot;
  };
  const group0 = (s: Record<string, unknown>): Record<string, unknown> =>
    (s.groups as Record<string, unknown>[])[0] as Record<string, unknown>;

  const malformed: [string, unknown, RegExp][] = [
    ['null', null, /snapshot «null» debe ser un objeto/],
    ['a string', 'snapshot', /debe ser un objeto/],
    ['an array', [], /debe ser un objeto/],
    [
      'a shape that is not an object',
      corrupt((s) => {
        s.shape = 'month';
      }),
      /shape «month»/,
    ],
    [
      'a shape without fields',
      corrupt((s) => {
        s.shape = {};
      }),
      /difiere/,
    ],
    [
      'an invalid asOf',
      corrupt((s) => {
        (s.shape as Record<string, unknown>).asOf = '2026-02-30';
      }),
      /shape\.asOf/,
    ],
    [
      'records without asOf',
      corrupt((s) => {
        (s.shape as Record<string, unknown>).asOf = null;
      }),
      /no puede ser null/,
    ],
    [
      'negative records',
      corrupt((s) => {
        s.records = -1;
      }),
      /records «-1»/,
    ],
    [
      'fractional records',
      corrupt((s) => {
        s.records = 1.5;
      }),
      /records «1.5»/,
    ],
    [
      'excluded above records',
      corrupt((s) => {
        s.excluded = 3;
      }),
      /excluded «3»/,
    ],
    [
      'records not matching the groups',
      corrupt((s) => {
        s.records = 5;
      }),
      /no cuadra con los grupos/,
    ],
    [
      'groups not a list',
      corrupt((s) => {
        s.groups = {};
      }),
      /groups «\{\}» debe ser una lista/,
    ],
    [
      'a group that is not an object',
      corrupt((s) => {
        (s.groups as unknown[])[0] = 7;
      }),
      /groups\[0\] «7»/,
    ],
    [
      'a period key that is no key',
      corrupt((s) => {
        group0(s).period = '2026-13';
      }),
      /«2026-13» no es una clave de período/,
    ],
    [
      'records that would overflow the counter',
      corrupt((s) => {
        s.records = Number.MAX_SAFE_INTEGER;
        s.excluded = Number.MAX_SAFE_INTEGER;
      }),
      /desborda el contador/,
    ],
    [
      'a period key of another kind',
      corrupt((s) => {
        group0(s).period = '2026-S2';
      }),
      /tipo 'month'/,
    ],
    [
      'a period key that is not text',
      corrupt((s) => {
        group0(s).period = 202611;
      }),
      /groups\[0\]\.period/,
    ],
    [
      'group values of the wrong length',
      corrupt((s) => {
        group0(s).group = [];
      }),
      /groups\[0\]\.group/,
    ],
    [
      'group values that are not text',
      corrupt((s) => {
        group0(s).group = [1];
      }),
      /groups\[0\]\.group/,
    ],
    [
      'a date that is not a date',
      corrupt((s) => {
        group0(s).minDate = 20261103;
      }),
      /minDate «20261103»/,
    ],
    [
      'a date outside its period',
      corrupt((s) => {
        group0(s).minDate = '2026-10-31';
      }),
      /no cae en el período/,
    ],
    [
      'minDate after maxDate',
      corrupt((s) => {
        group0(s).minDate = '2026-11-30';
      }),
      /posterior a maxDate/,
    ],
    [
      'a count that is not an integer',
      corrupt((s) => {
        group0(s).answered = '1';
      }),
      /answered «1» debe ser un entero/,
    ],
    [
      'a tally that is not a list',
      corrupt((s) => {
        group0(s).byType = { peticion: 1 };
      }),
      /byType/,
    ],
    [
      'a tally pair with a zero count',
      corrupt((s) => {
        group0(s).byOutcome = [['a_favor', 0]];
      }),
      /byOutcome\[0\]/,
    ],
    [
      'a tally pair with a number key',
      corrupt((s) => {
        group0(s).byChannel = [[1, 1]];
      }),
      /byChannel\[0\]/,
    ],
    [
      'response days not a list',
      corrupt((s) => {
        group0(s).responseDays = null;
      }),
      /responseDays «null»/,
    ],
    [
      'a negative response time',
      corrupt((s) => {
        group0(s).responseDays = [[-1, 1]];
      }),
      /responseDays\[0\]/,
    ],
    [
      'a tally not summing to received',
      corrupt((s) => {
        group0(s).byType = [['peticion', 2]];
      }),
      /no suman las recibidas/,
    ],
    [
      'more on time than answered',
      corrupt((s) => {
        group0(s).answeredOnTime = 2;
      }),
      /respondidas a tiempo/,
    ],
    [
      'more answered than received',
      corrupt((s) => {
        group0(s).open = 1;
      }),
      /más respondidas, pendientes/,
    ],
    [
      'more overdue than open',
      corrupt((s) => {
        group0(s).overdue = 1;
      }),
      /más vencidas/,
    ],
    [
      'more satisfied than valid',
      corrupt((s) => {
        group0(s).satisfactionSatisfied = 1;
      }),
      /satisfechas que válidas/,
    ],
    [
      'an empty group',
      corrupt((s) => {
        Object.assign(group0(s), {
          received: 0,
          answered: 0,
          answeredOnTime: 0,
          byType: [],
          byChannel: [],
          byDependencia: [],
          byState: [],
          responseDays: [],
        });
      }),
      /un grupo sin solicitudes/,
    ],
  ];

  it.each(malformed)(
    'throws INVALID_ARGUMENT for a malformed snapshot (%s) and leaves the aggregator as it was',
    (_what, bad, message) => {
      const main = createAggregator(base);
      main.add(rec(late(20), { seccional: 'Norte' }));
      const before = json(main.result());
      const e = thrown(() => main.merge(bad as AggregatorSnapshot));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.message).toMatch(message);
      expect(json(main.result())).toBe(before);
    },
  );

  it('rejects a total-period snapshot group with a period key, and dates outside the range', () => {
    const total = createAggregator({ range: { from: '2026-11-01', to: '2026-11-30' } });
    total.add(rec(onTime(3)));
    const s = mutable(total.snapshot());
    group0(s).period = '2026-11';
    expect(
      thrown(() => createAggregator({ range: { from: '2026-11-01', to: '2026-11-30' } }).merge(s as never))
        .message,
    ).toMatch(/debe ser '' con period 'total'/);
    const t = mutable(total.snapshot());
    group0(t).minDate = '2026-10-01';
    expect(
      thrown(() => createAggregator({ range: { from: '2026-11-01', to: '2026-11-30' } }).merge(t as never))
        .message,
    ).toMatch(/fuera del rango 2026-11-01\.\.2026-11-30/);
  });
});

describe('addWithoutChecks (the audit adds engine statuses without the per-record checks)', () => {
  it('gives the result of add for records with a status as of the aggregator’s cut-off date', () => {
    fc.assert(
      fc.property(fc.array(arbSpec, { maxLength: 40 }), arbOptions, (specs, options) => {
        const records = specs.map(toRecord);
        const checked = createAggregator({ ...options, asOf: AS_OF });
        const unchecked = createAggregator({ ...options, asOf: AS_OF });
        const add = addWithoutChecks(unchecked);
        for (const r of records) {
          checked.add(r);
          add(r);
        }
        expect(json(unchecked.result())).toBe(json(checked.result()));
      }),
      { numRuns: 150 },
    );
  });

  it('checks as add does when the aggregator has no cut-off date yet, or is not one of createAggregator', () => {
    const noAsOf = createAggregator();
    expect(() => addWithoutChecks(noAsOf)({ type: 'peticion' } as never)).toThrow(/estado válido/);
    const calls: IndicatorRecord[] = [];
    const own = { add: (r: IndicatorRecord) => calls.push(r) } as never;
    addWithoutChecks(own)(rec(onTime(3)));
    expect(calls).toHaveLength(1);
  });
});

describe('group fields named like properties of an object', () => {
  it('keeps a custom field named __proto__ as an own key of the group', () => {
    const agg = createAggregator({
      asOf: AS_OF,
      groupBy: [{ name: '__proto__', get: (r) => r.seccional }, 'dependencia'],
    });
    agg.add(rec(onTime(3), { seccional: 'Norte', dependencia: 'constructor' }));
    const [g] = agg.result().groups;
    expect(Object.keys(g?.group ?? {})).toEqual(['__proto__', 'dependencia']);
    expect(Object.getPrototypeOf(g?.group)).toBe(Object.prototype);
    expect(g?.group.dependencia).toBe('constructor');
  });
});
