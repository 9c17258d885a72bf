/**
 * The `@example` blocks of src/indicators, run as tests so the docs cannot drift from the code.
 */
import { describe, expect, it } from 'vitest';
import { requestStatus } from '../../src/deadlines/index.js';
import {
  aggregate,
  buildIndicatorResult,
  contactCenterIndicators,
  createAggregator,
  createContactCenterAggregator,
  createImprovementAction,
  failingWithoutAction,
  IntHistogram,
  indicatorAlerts,
  nextPeriod,
  normalQuantile,
  parsePeriodKey,
  periodOf,
  periodsBetween,
  previousPeriod,
  rangePeriod,
  reviewImprovementPlan,
  sampleSize,
  satisfactionIndicator,
  summarizeLikert,
  toIndicatorRecord,
  toIndicatorRecords,
  wilsonInterval,
  workPlanCompliance,
  zForConfidence,
} from '../../src/indicators/index.js';

describe('TSDoc examples of pqrsd/indicators', () => {
  it('periods', () => {
    expect(periodOf('2026-11-27', 'quarter')).toEqual({
      kind: 'quarter',
      key: '2026-T4',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(periodOf('2024-02-10', 'month').to).toBe('2024-02-29');
    expect(parsePeriodKey('2026-S2')).toEqual({
      kind: 'semester',
      key: '2026-S2',
      from: '2026-07-01',
      to: '2026-12-31',
    });
    expect(rangePeriod('2026-01-01', '2026-11-27').key).toBe('2026-01-01..2026-11-27');
    expect(periodsBetween('2026-05-15', '2026-08-01', 'quarter').map((p) => p.key)).toEqual([
      '2026-T2',
      '2026-T3',
    ]);
    expect(nextPeriod(parsePeriodKey('2026-T4')).key).toBe('2027-T1');
    expect(previousPeriod(parsePeriodKey('2026-01')).key).toBe('2025-12');
  });

  it('results and histogram', () => {
    const r = buildIndicatorResult({
      id: 'oportunidad',
      numerator: 9,
      denominator: 10,
      period: periodOf('2026-11-27', 'month'),
    });
    expect([r.value, r.complies]).toEqual([0.9, false]);
    const h = new IntHistogram();
    for (const v of [3, 1, 4, 1]) h.add(v);
    expect(h.stats()).toEqual({ count: 4, mean: 2.25, median: 2, min: 1, max: 4 });
  });

  it('surveys', () => {
    expect(normalQuantile(0.975).toFixed(12)).toBe('1.959963984540');
    expect(zForConfidence(0.95).toFixed(4)).toBe('1.9600');
    expect(sampleSize({ population: 1000 }).n).toBe(278);
    expect(sampleSize({ population: 1_000_000 }).n).toBe(384);
    expect(sampleSize({ population: 100_000_000 }).n).toBe(385);
    const i = wilsonInterval(8, 10);
    expect([i?.lower.toFixed(4), i?.upper.toFixed(4)]).toEqual(['0.4902', '0.9433']);
    expect(summarizeLikert([5, 4, 2, 5, 9, null])).toEqual({
      valid: 4,
      satisfied: 3,
      invalid: 1,
      missing: 1,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 2 },
    });
    const s = satisfactionIndicator([5, 4, 4, 3, 5], { period: parsePeriodKey('2026-S2') });
    expect([s.value, s.complies]).toEqual([0.8, true]);
  });

  it('aggregator', () => {
    expect(createAggregator().result()).toEqual({
      asOf: null,
      records: 0,
      excluded: 0,
      groups: [],
      indicators: [],
    });
    expect(aggregate([], { period: 'month' }).groups).toEqual([]);
    const agg = createAggregator({ period: 'month', groupBy: ['seccional'] });
    agg.add({
      type: 'peticion',
      seccional: 'Norte',
      status: requestStatus(
        { type: 'peticion', receivedAt: '2026-11-03', events: [{ type: 'respuesta', date: '2026-11-20' }] },
        '2026-11-27',
      ),
    });
    expect(agg.result().indicators.find((x) => x.id === 'oportunidad')?.value).toBe(1);
    const r = toIndicatorRecord(
      { type: 'peticion', receivedAt: '2026-11-03', response: { date: '2026-11-20', outcome: 'a_favor' } },
      '2026-11-27',
    );
    expect([r.status.state, r.outcome]).toEqual(['respondida_a_tiempo', 'a_favor']);
    const sources = [{ type: 'peticion' as const, receivedAt: '2026-11-03' }];
    expect(aggregate(toIndicatorRecords(sources, '2026-11-27')).groups[0]?.open).toBe(1);
  });

  it('contact center', () => {
    const cc = createContactCenterAggregator({ serviceLevelSeconds: 20 });
    cc.add({ date: '2026-11-27', waitSeconds: 5, answered: true, talkSeconds: 100 });
    cc.add({ date: '2026-11-27', waitSeconds: 60, answered: false });
    expect(cc.result()[0]?.indicators.find((x) => x.id === 'tasa_abandono')?.value).toBe(0.5);
    const [s] = contactCenterIndicators([
      { date: '2026-11-27', waitSeconds: 5, answered: true, talkSeconds: 100, resolvedFirstContact: true },
    ]);
    expect(s?.indicators.map((x) => x.value)).toEqual([1, 0, 5, 100, 1]);
  });

  it('plans and alerts', () => {
    const r = workPlanCompliance(
      [
        { id: 'A1', name: 'Capacitación', plannedDate: '2026-03-31', executedOn: '2026-03-20' },
        { id: 'A2', name: 'Encuesta', plannedDate: '2026-06-30' },
        { id: 'A3', name: 'Informe', plannedDate: '2026-12-15' },
      ],
      { asOf: '2026-11-27' },
    );
    expect(r.indicator.value).toBe(0.5);
    expect(r.overdue.map((a) => a.id)).toEqual(['A2']);
    const failed = buildIndicatorResult({
      id: 'oportunidad',
      numerator: 8,
      denominator: 10,
      period: parsePeriodKey('2026-11'),
    });
    expect(
      createImprovementAction(failed, {
        id: 'PM-1',
        description: 'Seguimiento diario',
        owner: 'Jefe de PQRSD',
        dueDate: '2026-12-31',
      }).status,
    ).toBe('pendiente');
    expect(failingWithoutAction([failed], [])).toHaveLength(1);
    const review = reviewImprovementPlan(
      [
        {
          id: 'PM-1',
          description: 'Seguimiento diario',
          indicatorId: 'oportunidad',
          owner: 'Jefe de PQRSD',
          dueDate: '2026-11-20',
          status: 'en_curso',
        },
      ],
      { asOf: '2026-11-27' },
    );
    expect(review.overdue[0]?.daysOverdue).toBe(7);
    const oct = buildIndicatorResult({
      id: 'satisfaccion_cliente',
      numerator: 9,
      denominator: 10,
      period: parsePeriodKey('2026-10'),
    });
    const nov = buildIndicatorResult({
      id: 'satisfaccion_cliente',
      numerator: 7,
      denominator: 10,
      period: parsePeriodKey('2026-11'),
    });
    expect(indicatorAlerts([oct, nov]).map((a) => a.code)).toEqual([
      'INDICADOR_BAJO_META',
      'INDICADOR_EN_DESCENSO',
    ]);
  });
});
