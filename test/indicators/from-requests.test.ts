import { describe, expect, it } from 'vitest';
import { isPqrsdError } from '../../src/errors.js';
import {
  aggregate,
  earlyAlerts,
  type IndicatorSource,
  semesterReport,
  toIndicatorRecord,
  toIndicatorRecords,
} from '../../src/indicators/index.js';

// November 2026: 2 Nov (Todos los Santos) and 16 Nov (Independencia de Cartagena) are holidays (Ley 51 de 1983).
// A petición received Tuesday 2026-11-03 is due 15 business days later: 2026-11-25 (CPACA art. 14).

describe('toIndicatorRecord with the deadline engine', () => {
  it('a petición answered on 2026-11-20 is respondida a tiempo after 12 business days (CPACA art. 14)', () => {
    const r = toIndicatorRecord(
      {
        radicado: 'R-1',
        type: 'peticion',
        receivedAt: '2026-11-03',
        response: { date: '2026-11-20', outcome: 'a_favor' },
      },
      '2026-11-27',
    );
    expect(r.status).toMatchObject({
      state: 'respondida_a_tiempo',
      dueDate: '2026-11-25',
      onTime: true,
      responseBusinessDays: 12,
    });
    expect(r).toMatchObject({ radicado: 'R-1', outcome: 'a_favor', satisfaction: null });
  });

  it('an unanswered petición is vencida on 2026-11-27 (due 2026-11-25)', () => {
    expect(toIndicatorRecord({ type: 'peticion', receivedAt: '2026-11-03' }, '2026-11-27').status.state).toBe(
      'vencida',
    );
  });

  it('ignores a response and a survey dated after the cut-off date', () => {
    const r = toIndicatorRecord(
      {
        type: 'peticion',
        receivedAt: '2026-11-03',
        response: { date: '2026-11-24', outcome: 'a_favor' },
        satisfaction: { score: 5, date: '2026-11-25' },
      },
      '2026-11-20',
    );
    expect(r.status.state).toBe('por_vencer');
    expect(r.outcome).toBeUndefined();
    expect(r.satisfaction).toBeNull();
  });

  it('takes the outcome of the latest respuesta event, or the caller’s override, and a numeric or dated survey', () => {
    const events = [
      { type: 'respuesta' as const, date: '2026-11-10', outcome: 'en_contra' as const },
      { type: 'respuesta' as const, date: '2026-11-12', outcome: 'parcialmente_a_favor' as const },
    ];
    const base: IndicatorSource = {
      type: 'queja',
      receivedAt: '2026-11-03',
      events,
      response: { date: '2026-11-10' },
    };
    expect(toIndicatorRecord(base, '2026-11-27').outcome).toBe('parcialmente_a_favor');
    expect(toIndicatorRecord({ ...base, outcome: 'a_favor', satisfaction: 4 }, '2026-11-27')).toMatchObject({
      outcome: 'a_favor',
      satisfaction: 4,
    });
    expect(toIndicatorRecord({ ...base, satisfaction: { score: 2 } }, '2026-11-27').satisfaction).toBe(2);
  });

  it('propagates the engine’s errors (asOf before receipt → INVALID_ARGUMENT)', () => {
    let err: unknown;
    try {
      toIndicatorRecord({ type: 'peticion', receivedAt: '2026-11-03' }, '2026-11-01');
    } catch (e) {
      err = e;
    }
    expect(isPqrsdError(err, 'INVALID_ARGUMENT')).toBe(true);
  });
});

describe('indicators over engine statuses', () => {
  const sources: IndicatorSource[] = [
    {
      radicado: 'A',
      type: 'peticion',
      receivedAt: '2026-11-03',
      seccional: 'Norte',
      response: { date: '2026-11-20', outcome: 'a_favor' },
    },
    {
      radicado: 'B',
      type: 'peticion',
      receivedAt: '2026-11-03',
      seccional: 'Norte',
      response: { date: '2026-11-26', outcome: 'en_contra' },
    },
    { radicado: 'C', type: 'peticion', receivedAt: '2026-11-03', seccional: 'Sur' },
    {
      radicado: 'D',
      type: 'reclamo',
      regime: 'servicios_publicos',
      receivedAt: '2026-11-03',
      seccional: 'Sur',
    },
    {
      radicado: 'E',
      type: 'peticion',
      receivedAt: '2026-11-03',
      events: [{ type: 'traslado', date: '2026-11-06' }],
    },
    { radicado: 'F', type: 'peticion_documentos', receivedAt: '2026-11-18', priority: ['adulto_mayor'] },
    {
      radicado: 'G',
      type: 'peticion',
      receivedAt: '2026-11-03',
      events: [{ type: 'requerimiento', date: '2026-11-05' }],
    },
  ];

  it('aggregates oportunidad, backlog, SAP and a favor as of 2026-11-27', () => {
    const r = aggregate(toIndicatorRecords(sources, '2026-11-27'), {
      usersBySeccional: { Norte: 100, Sur: 100 },
    });
    const g = r.groups[0];
    // A on time, B late (26 > 25), E traslado in time (art. 21: 5 días).
    expect(g).toMatchObject({
      received: 7,
      answered: 3,
      answeredOnTime: 2,
      traslados: 1,
      overdue: 2,
      silencioPositivo: 1,
    });
    expect(r.indicators.find((i) => i.id === 'oportunidad')?.value).toBeCloseTo(2 / 3, 12);
    // a_favor (A) + SAP (D) = 2 of 200 users.
    expect(r.indicators.find((i) => i.id === 'pqrsd_a_favor_usuario')).toMatchObject({
      numerator: 2,
      denominator: 200,
      value: 0.01,
    });
  });

  it('raises the early alerts of the engine statuses as of 2026-12-04', () => {
    const alerts = earlyAlerts({ asOf: '2026-12-04', records: toIndicatorRecords(sources, '2026-12-04') });
    const byCode = Object.fromEntries(alerts.map((a) => [a.code, a.records]));
    expect(byCode.SOLICITUDES_VENCIDAS).toEqual(['C', 'D', 'F']);
    expect(byCode.PRIORITARIAS_SIN_RESPUESTA).toEqual(['F']);
    // G: requirement of 2026-11-05 lapses 2026-12-07, 1 business day ahead (CPACA art. 17).
    expect(byCode.REQUERIMIENTOS_POR_DESISTIR).toEqual(['G']);
    // F (due 2026-12-02): deemed accepted on 2026-12-03, copies due 2026-12-07 (art. 14 num. 1).
    // D: the SAP recognition deadline (2026-11-28) has passed: no pending-recognition alert.
    expect(byCode.SILENCIO_POSITIVO_POR_RECONOCER).toBeUndefined();
    expect(byCode.COPIAS_POR_ENTREGAR).toEqual(['F']);
    expect(alerts[0]?.code).toBe('SOLICITUDES_VENCIDAS');
  });

  it('builds a semester report from engine statuses', () => {
    const r = semesterReport(toIndicatorRecords(sources, '2026-12-31'), {
      semester: '2026-S2',
      asOf: '2026-12-31',
    });
    expect(r.totals.received).toBe(7);
    expect(r.byType.map((g) => [g.group.type, g.received])).toEqual([
      ['peticion', 5],
      ['peticion_documentos', 1],
      ['reclamo', 1],
    ]);
  });
});

describe('early alerts of the notification (CPACA arts. 68 and 69)', () => {
  it('lists the answers whose citación is overdue or whose aviso is due', () => {
    const asOf = '2026-12-21';
    const answered = { type: 'respuesta', date: '2026-12-10' } as const;
    const records = toIndicatorRecords(
      [
        // H: citación of 2026-12-11; the 5 días to appear ended 2026-12-18: the aviso is due (art. 69).
        {
          radicado: 'H',
          type: 'peticion',
          receivedAt: '2026-11-27',
          events: [answered, { type: 'citacion', date: '2026-12-11' }],
        },
        // I: notified personally: nothing to alert.
        {
          radicado: 'I',
          type: 'peticion',
          receivedAt: '2026-11-27',
          events: [answered, { type: 'notificacion', date: '2026-12-14', via: 'personal' }],
        },
        // J: no notification data: not taken as not notified.
        { radicado: 'J', type: 'peticion', receivedAt: '2026-11-27', events: [answered] },
      ],
      asOf,
    );
    const alert = earlyAlerts({ asOf, records }).find((a) => a.code === 'NOTIFICACIONES_VENCIDAS');
    expect(alert).toMatchObject({ severity: 'critica', records: ['H'], count: 1 });
  });
});
