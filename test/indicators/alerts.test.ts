import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/types.js';
import { isPqrsdError } from '../../src/errors.js';
import { mayRaiseRecordAlert } from '../../src/indicators/alerts.js';
import {
  ALERT_CODES,
  buildIndicatorResult,
  earlyAlerts,
  type ImprovementAction,
  indicatorAlerts,
  parsePeriodKey,
} from '../../src/indicators/index.js';
import { arbSpec, toRecord } from './generated-records.js';
import { AS_OF, onTime, overdue, rec, status } from './helpers.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPqrsdError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

const d = (s: string) => s as IsoDate;

describe('earlyAlerts over records', () => {
  const records = [
    rec(overdue(), { radicado: 'V1' }),
    rec(overdue({ priority: ['discapacidad'] }), { radicado: 'V2' }),
    rec(status({ state: 'por_vencer', semaforo: 'rojo', remainingBusinessDays: 0 }), { radicado: 'H1' }),
    rec(status({ state: 'por_vencer', semaforo: 'amarillo' }), { radicado: 'Y1' }),
    rec(
      status({
        state: 'en_requerimiento',
        semaforo: 'amarillo',
        alerts: [{ code: 'REQUERIMIENTO_POR_VENCER', severity: 'advertencia', message: 'x' }],
      }),
      { radicado: 'R1' },
    ),
    rec(status({ state: 'en_requerimiento', semaforo: 'verde', alerts: [] }), { radicado: 'R2' }),
    rec(status({ state: 'en_requerimiento', semaforo: 'verde', receivedDate: '2026-11-03' }), {
      radicado: 'R3',
    }),
    rec(
      overdue({
        consequences: [
          { type: 'silencio_administrativo_positivo', since: d('2026-11-26'), deadline: d('2026-11-28') },
        ],
      }),
      { radicado: 'S1' },
    ),
    rec(
      overdue({
        consequences: [
          { type: 'silencio_administrativo_positivo', since: d('2026-11-20'), deadline: d('2026-11-22') },
        ],
      }),
      { radicado: 'S2' },
    ),
    rec(
      overdue({
        consequences: [{ type: 'aceptacion_documentos', since: d('2026-11-26'), deadline: d('2026-12-01') }],
      }),
      { type: 'peticion_documentos' },
    ),
    rec(onTime(3, { priority: ['victima'] }), { radicado: 'OK' }),
  ];

  const alerts = earlyAlerts({ asOf: AS_OF, records });
  const by = Object.fromEntries(alerts.map((a) => [a.code, a]));

  it('lists overdue requests as critical, citing CPACA art. 14 and art. 31', () => {
    expect(by.SOLICITUDES_VENCIDAS).toMatchObject({
      severity: 'critica',
      count: 5,
      records: ['V1', 'V2', 'S1', 'S2', '#10'],
    });
    expect(by.SOLICITUDES_VENCIDAS?.reason).toMatch(/art\. 31/);
  });

  it('lists red requests (last day, Ley 4 de 1913 arts. 59-60) and yellow ones, but not requirements (suspended term)', () => {
    expect(by.SOLICITUDES_VENCEN_HOY?.records).toEqual(['H1']);
    expect(by.SOLICITUDES_POR_VENCER?.records).toEqual(['Y1']);
  });

  it('lists unanswered priority requests only (CPACA art. 5 num. 6, art. 20)', () => {
    expect(by.PRIORITARIAS_SIN_RESPUESTA?.records).toEqual(['V2']);
  });

  it('follows the engine’s requirement alert when present (CPACA art. 17)', () => {
    expect(by.REQUERIMIENTOS_POR_DESISTIR?.records).toEqual(['R1']);
  });

  it('flags SAP with its 72-hour recognition pending (Decreto 2150 art. 123) and copies due (CPACA art. 14 num. 1)', () => {
    expect(by.SILENCIO_POSITIVO_POR_RECONOCER?.records).toEqual(['S1']);
    expect(by.COPIAS_POR_ENTREGAR?.records).toEqual(['#10']);
  });

  it('orders critical alerts first and numbers their urgency', () => {
    expect(alerts.map((a) => a.urgency)).toEqual(alerts.map((_, i) => i + 1));
    const ranks = alerts.map((a) => ({ critica: 0, advertencia: 1, info: 2 })[a.severity]);
    expect([...ranks].sort()).toEqual(ranks);
    expect(alerts[0]?.code).toBe(ALERT_CODES[0]);
  });

  it('caps the listed records but keeps the true count', () => {
    const many = Array.from({ length: 5 }, (_, i) => rec(overdue(), { radicado: `X${i}` }));
    const [a] = earlyAlerts({ asOf: AS_OF, records: many, maxRecordsPerAlert: 2 });
    expect(a).toMatchObject({ count: 5, records: ['X0', 'X1'] });
    expect(a?.title).toMatch(/^5 /);
  });

  it('reads the requirement lapse date when a status carries no engine alerts', () => {
    const s = status({ state: 'en_requerimiento' });
    const withLapse = (lapse: string) =>
      rec({ ...s, deadline: { ...s.deadline, requirement: { lapsesOn: d(lapse) } } }, { radicado: lapse });
    // 2026-11-27 (Fri) → 2026-12-04 (Fri) is 5 business days; 2026-12-07 is 6.
    const a = earlyAlerts({
      asOf: AS_OF,
      records: [withLapse('2026-12-04'), withLapse('2026-12-07'), withLapse('2026-11-26')],
    });
    expect(a.find((x) => x.code === 'REQUERIMIENTOS_POR_DESISTIR')?.records).toEqual(['2026-12-04']);
    const b = earlyAlerts({
      asOf: AS_OF,
      records: [withLapse('2026-12-07')],
      requirementLapseWarningDays: 6,
    });
    expect(b[0]?.code).toBe('REQUERIMIENTOS_POR_DESISTIR');
  });

  it('returns no alerts for nothing', () => {
    expect(earlyAlerts({ asOf: AS_OF })).toEqual([]);
  });

  it('rejects records as of another date and malformed options', () => {
    expect(code(() => earlyAlerts({ asOf: '2026-11-28', records: [rec(status())] }))).toBe('INVALID_RECORD');
    expect(code(() => earlyAlerts({ asOf: AS_OF, records: [null as never] }))).toBe('INVALID_RECORD');
    expect(code(() => earlyAlerts({ asOf: AS_OF, maxRecordsPerAlert: -1 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => earlyAlerts({ asOf: AS_OF, requirementLapseWarningDays: 1.5 }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('indicator alerts', () => {
  const sat = (key: string, n: number, g: Record<string, string> = {}) =>
    buildIndicatorResult({
      id: 'satisfaccion_cliente',
      numerator: n,
      denominator: 10,
      period: parsePeriodKey(key),
      group: g,
    });

  it('flags the last period below meta and a decline from the previous period', () => {
    const a = indicatorAlerts([sat('2026-11', 7), sat('2026-10', 9)]);
    expect(a.map((x) => [x.code, x.severity, x.period?.key])).toEqual([
      ['INDICADOR_BAJO_META', 'advertencia', '2026-11'],
      ['INDICADOR_EN_DESCENSO', 'info', '2026-11'],
    ]);
    expect(a[0]?.title).toMatch(/70 %/);
    expect(a[1]?.title).toMatch(/90 %.*70 %/);
  });

  it('does not flag a series that improved and meets its meta, nor periods without a value', () => {
    const empty = buildIndicatorResult({
      id: 'satisfaccion_cliente',
      numerator: 0,
      denominator: 0,
      period: parsePeriodKey('2026-12'),
    });
    expect(indicatorAlerts([sat('2026-10', 8), sat('2026-11', 9), empty])).toEqual([]);
  });

  it('never prints a missed value as its meta (0,504 % against ≤ 0,5 %)', () => {
    const r = buildIndicatorResult({
      id: 'pqrsd_a_favor_usuario',
      numerator: 504,
      denominator: 100_000,
      period: parsePeriodKey('2026-11'),
    });
    const [a] = indicatorAlerts([r]);
    expect(a?.code).toBe('INDICADOR_BAJO_META');
    expect(a?.title).toContain('0,504 %');
    expect(a?.title).toContain('0,5 %');
  });

  it('treats a rise as worse for ≤ metas and distance from target for = metas', () => {
    const fav = (key: string, n: number) =>
      buildIndicatorResult({
        id: 'pqrsd_a_favor_usuario',
        numerator: n,
        denominator: 1000,
        period: parsePeriodKey(key),
      });
    expect(indicatorAlerts([fav('2026-10', 1), fav('2026-11', 3)]).map((x) => x.code)).toEqual([
      'INDICADOR_EN_DESCENSO',
    ]);
    const eq = (key: string, n: number) =>
      buildIndicatorResult({
        id: 'oportunidad',
        numerator: n,
        denominator: 10,
        period: parsePeriodKey(key),
        meta: { operator: '=', value: 1 },
      });
    expect(indicatorAlerts([eq('2026-10', 9), eq('2026-11', 8)]).map((x) => x.code)).toEqual([
      'INDICADOR_BAJO_META',
      'INDICADOR_EN_DESCENSO',
    ]);
  });

  it('makes a missed legal indicator critical (oportunidad, CPACA art. 14) and keeps groups apart', () => {
    const op = buildIndicatorResult({
      id: 'oportunidad',
      numerator: 9,
      denominator: 10,
      period: parsePeriodKey('2026-11'),
    });
    expect(indicatorAlerts([op])[0]?.severity).toBe('critica');
    const a = indicatorAlerts([
      sat('2026-10', 9, { seccional: 'Norte' }),
      sat('2026-11', 8, { seccional: 'Sur' }),
    ]);
    expect(a).toEqual([]);
  });

  it('shows averages in seconds in titles', () => {
    const asa = buildIndicatorResult({
      id: 'velocidad_media_respuesta',
      numerator: 400,
      denominator: 10,
      period: parsePeriodKey('2026-11'),
    });
    expect(indicatorAlerts([asa])[0]?.title).toMatch(/40 s/);
  });
});

describe('plan alerts', () => {
  const failed = buildIndicatorResult({
    id: 'oportunidad',
    numerator: 9,
    denominator: 10,
    period: parsePeriodKey('2026-11'),
  });
  const action: ImprovementAction = {
    id: 'PM-1',
    description: 'x',
    indicatorId: 'oportunidad',
    owner: 'Ana',
    dueDate: '2026-11-20',
    status: 'en_curso',
  };

  it('flags overdue improvement actions with owner and days overdue', () => {
    const a = earlyAlerts({ asOf: AS_OF, improvementActions: [action] });
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({
      code: 'ACCIONES_MEJORAMIENTO_VENCIDAS',
      count: 1,
      records: ['PM-1 (Ana, 7 días)'],
    });
  });

  it('flags a failed indicator without an improvement action only when actions are given', () => {
    expect(earlyAlerts({ asOf: AS_OF, indicators: [failed] }).map((a) => a.code)).toEqual([
      'INDICADOR_BAJO_META',
    ]);
    expect(
      earlyAlerts({ asOf: AS_OF, indicators: [failed], improvementActions: [] }).map((a) => a.code),
    ).toEqual(['INDICADOR_BAJO_META', 'INDICADOR_SIN_PLAN_MEJORAMIENTO']);
    const done = { ...action, status: 'cumplida' as const, completedOn: '2026-11-19' };
    expect(
      earlyAlerts({ asOf: AS_OF, indicators: [failed], improvementActions: [done] }).map((a) => a.code),
    ).toEqual(['INDICADOR_BAJO_META']);
  });

  it('flags late work-plan activities, counting one executed after the cut-off date as not executed', () => {
    const a = earlyAlerts({
      asOf: AS_OF,
      workPlan: [
        { id: 'A1', name: 'a', plannedDate: '2026-11-01' },
        { id: 'A2', name: 'b', plannedDate: '2026-11-01', executedOn: '2026-11-30' },
        { id: 'A3', name: 'c', plannedDate: '2026-11-01', executedOn: '2026-11-02' },
        { id: 'A4', name: 'd', plannedDate: '2026-11-27' },
      ],
    });
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({
      code: 'ACTIVIDADES_PLAN_ATRASADAS',
      severity: 'info',
      records: ['A1', 'A2'],
    });
    expect(earlyAlerts({ asOf: AS_OF, workPlan: [] })).toEqual([]);
  });
});

describe('mayRaiseRecordAlert (the audit batches only these records)', () => {
  it('leaves out only records that raise no per-record alert', () => {
    fc.assert(
      fc.property(fc.array(arbSpec, { maxLength: 40 }), (specs) => {
        const records = specs.map((s, i) => ({ ...toRecord(s), radicado: `R-${i}` }));
        const kept = records.filter((r) => mayRaiseRecordAlert(r.status));
        expect(earlyAlerts({ asOf: AS_OF, records: kept })).toEqual(earlyAlerts({ asOf: AS_OF, records }));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps open records and those with a silencio positivo or documents deemed accepted', () => {
    expect(mayRaiseRecordAlert(overdue())).toBe(true);
    expect(mayRaiseRecordAlert(onTime(5))).toBe(false);
    const sap = {
      type: 'silencio_administrativo_positivo',
      since: '2026-11-01',
      description: '',
      citation: { norma: 'Ley 142 de 1994', articulo: 'art. 158' },
    };
    expect(mayRaiseRecordAlert(onTime(5, { consequences: [sap] as never }))).toBe(true);
    expect(
      mayRaiseRecordAlert(onTime(5, { consequences: [{ ...sap, type: 'aceptacion_documentos' }] as never })),
    ).toBe(true);
    expect(
      mayRaiseRecordAlert(onTime(5, { consequences: [{ ...sap, type: 'desistimiento_tacito' }] as never })),
    ).toBe(false);
  });
});
