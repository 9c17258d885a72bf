import { describe, expect, it } from 'vitest';
import { isPqrsdError } from '../../src/errors.js';
import {
  type CallRecord,
  contactCenterIndicators,
  createContactCenterAggregator,
} from '../../src/indicators/index.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPqrsdError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

const calls: CallRecord[] = [
  {
    date: '2026-11-02',
    waitSeconds: 10,
    answered: true,
    talkSeconds: 100,
    holdSeconds: 20,
    afterCallWorkSeconds: 30,
    resolvedFirstContact: true,
    queue: 'a',
  },
  {
    date: '2026-11-02',
    waitSeconds: 20,
    answered: true,
    talkSeconds: 200,
    resolvedFirstContact: false,
    queue: 'a',
  },
  { date: '2026-11-03', waitSeconds: 50, answered: true, talkSeconds: 300, queue: 'b' },
  { date: '2026-11-03', waitSeconds: 40, answered: false, queue: 'b' },
  { date: '2026-12-01', waitSeconds: 3, answered: false, queue: 'a' },
];

function values(
  s: { indicators: readonly { id: string; value: number | null }[] } | undefined,
): Record<string, number | null> {
  return Object.fromEntries((s?.indicators ?? []).map((i) => [i.id, i.value]));
}

describe('contact center indicators', () => {
  it('computes service level, abandonment, ASA, AHT and FCR by hand', () => {
    const [s] = contactCenterIndicators(calls);
    expect(s).toMatchObject({
      offered: 5,
      answered: 3,
      answeredWithinThreshold: 2,
      abandoned: 2,
      shortAbandons: 0,
    });
    expect(values(s)).toEqual({
      nivel_servicio: 2 / 5, // 10 s and 20 s are within 20 s
      tasa_abandono: 2 / 5,
      velocidad_media_respuesta: 80 / 3, // (10 + 20 + 50) / 3
      tiempo_medio_operacion: 650 / 3, // (150 + 200 + 300) / 3
      resolucion_primer_contacto: 1 / 2, // only two answered calls recorded it
    });
    expect(s?.period).toMatchObject({ kind: 'range', from: '2026-11-02', to: '2026-12-01' });
    expect(s?.indicators.find((i) => i.id === 'nivel_servicio')).toMatchObject({
      complies: false,
      unit: 'ratio',
    });
    expect(s?.indicators.find((i) => i.id === 'velocidad_media_respuesta')).toMatchObject({
      complies: true,
      unit: 'seconds',
    });
  });

  it('excludes abandons shorter than the short-abandon threshold from the offered calls', () => {
    const [s] = contactCenterIndicators(calls, { shortAbandonSeconds: 5 });
    expect(s).toMatchObject({ offered: 4, abandoned: 1, shortAbandons: 1 });
    expect(values(s).tasa_abandono).toBe(0.25);
  });

  it('uses the configured service-level threshold', () => {
    const [s] = contactCenterIndicators(calls, { serviceLevelSeconds: 60 });
    expect(s?.answeredWithinThreshold).toBe(3);
  });

  it('groups by month and queue', () => {
    const r = contactCenterIndicators(calls, { period: 'month', groupBy: ['queue'] });
    expect(r.map((s) => [s.period.key, s.group.queue, s.offered])).toEqual([
      ['2026-11', 'a', 2],
      ['2026-11', 'b', 2],
      ['2026-12', 'a', 1],
    ]);
    const dec = r[2];
    expect(values(dec)).toMatchObject({
      tasa_abandono: 1,
      velocidad_media_respuesta: null,
      resolucion_primer_contacto: null,
    });
  });

  it('labels a call without the grouping field', () => {
    const r = contactCenterIndicators([{ date: '2026-11-02', waitSeconds: 1, answered: true }], {
      groupBy: ['agent'],
    });
    expect(r[0]?.group).toEqual({ agent: '(sin dato)' });
  });

  it('returns nothing for no calls', () => {
    expect(createContactCenterAggregator().result()).toEqual([]);
  });

  it('rejects negative or non-finite durations, bad dates and bad flags, naming the call', () => {
    const cc = createContactCenterAggregator();
    expect(code(() => cc.add({ date: '2026-11-02', waitSeconds: -1, answered: true }))).toBe(
      'INVALID_RECORD',
    );
    expect(
      code(() => cc.add({ date: '2026-11-02', waitSeconds: 1, answered: true, talkSeconds: Number.NaN })),
    ).toBe('INVALID_RECORD');
    expect(code(() => cc.add({ date: '2026-11-31', waitSeconds: 1, answered: true }))).toBe('INVALID_RECORD');
    expect(code(() => cc.add({ date: '2026-11-02', waitSeconds: 1, answered: 'si' as never }))).toBe(
      'INVALID_RECORD',
    );
    expect(code(() => cc.add(null as never))).toBe('INVALID_RECORD');
    expect(() => cc.add({ date: '2026-11-02', waitSeconds: -1, answered: true })).toThrow(/Llamada 1/);
  });

  it('rejects malformed options', () => {
    expect(code(() => createContactCenterAggregator({ period: 'day' as never }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createContactCenterAggregator({ groupBy: ['cola' as never] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => createContactCenterAggregator({ serviceLevelSeconds: -5 }))).toBe('INVALID_ARGUMENT');
    expect(
      code(() =>
        createContactCenterAggregator({ metas: { tasa_abandono: { operator: '!', value: 1 } as never } }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});
