import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/types.js';
import { isPqrsdError } from '../../src/errors.js';
import { accessToInformationReport, semesterReport } from '../../src/indicators/index.js';
import { late, onTime, overdue, rec, status } from './helpers.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPqrsdError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

const AS = '2026-12-31' as IsoDate;
const at = <T extends { asOf: IsoDate }>(s: T): T => ({ ...s, asOf: AS });

describe('semesterReport (Ley 1474 de 2011 art. 76)', () => {
  const records = [
    rec(at(onTime(5, { receivedDate: '2026-07-10' })), {
      channel: 'escrito',
      dependencia: 'Comercial',
      seccional: 'Norte',
      outcome: 'a_favor',
      satisfaction: 5,
    }),
    rec(at(late(20, { receivedDate: '2026-08-03' })), {
      type: 'queja',
      channel: 'chat',
      dependencia: 'Comercial',
      seccional: 'Norte',
      satisfaction: 2,
    }),
    rec(at(overdue({ receivedDate: '2026-12-01' })), {
      type: 'reclamo',
      channel: 'chat',
      dependencia: 'Técnica',
      seccional: 'Sur',
    }),
    rec(
      at(
        status({
          state: 'por_vencer',
          semaforo: 'amarillo',
          receivedDate: '2026-12-20',
          priority: ['periodista'],
        }),
      ),
      { dependencia: 'Técnica' },
    ),
    // Received in the first semester, still overdue at the cut-off: only in the backlog.
    rec(at(overdue({ receivedDate: '2026-05-04' })), { dependencia: 'Jurídica' }),
  ];

  const r = semesterReport(records, {
    semester: '2026-S2',
    asOf: AS,
    usersBySeccional: { Norte: 1000, Sur: 500 },
    workPlan: [{ id: 'A1', name: 'a', plannedDate: '2026-09-30', executedOn: '2026-09-01' }],
    calls: [
      { date: '2026-08-01', waitSeconds: 5, answered: true, talkSeconds: 60 },
      { date: '2026-03-01', waitSeconds: 5, answered: false },
    ],
  });

  it('cites Ley 1474 de 2011 art. 76 as confirmed', () => {
    expect(r.legalBasis).toMatchObject({
      norma: 'Ley 1474 de 2011',
      articulo: '76',
      confidence: 'CONFIRMED',
    });
    expect(r.period).toMatchObject({ key: '2026-S2', from: '2026-07-01', to: '2026-12-31' });
  });

  it('counts requests received in the semester by type, channel, dependencia and seccional', () => {
    expect(r.totals).toMatchObject({ received: 4, answered: 2, answeredOnTime: 1, open: 2, overdue: 1 });
    expect(r.byType.map((g) => [g.group.type, g.received])).toEqual([
      ['peticion', 2],
      ['queja', 1],
      ['reclamo', 1],
    ]);
    expect(r.byChannel.map((g) => [g.group.channel, g.received])).toEqual([
      ['(sin dato)', 1],
      ['chat', 2],
      ['escrito', 1],
    ]);
    expect(r.byDependencia.map((g) => [g.group.dependencia, g.received])).toEqual([
      ['Comercial', 2],
      ['Técnica', 2],
    ]);
    expect(r.bySeccional.map((g) => g.group.seccional)).toEqual(['(sin dato)', 'Norte', 'Sur']);
  });

  it('reports the six months of the semester, even empty ones', () => {
    expect(r.byMonth.map((g) => [g.period.key, g.received])).toEqual([
      ['2026-07', 1],
      ['2026-08', 1],
      ['2026-09', 0],
      ['2026-10', 0],
      ['2026-11', 0],
      ['2026-12', 2],
    ]);
  });

  it('gives response times and the backlog at the cut-off, including older requests still pending', () => {
    expect(r.totals.responseTime).toMatchObject({ count: 2, mean: 12.5, median: 12.5 });
    expect(r.backlog).toEqual({
      open: 3,
      overdue: 2,
      openPriority: 1,
      inRequirement: 0,
      bySemaforo: { rojo: 2, amarillo: 1 },
      overdueByDependencia: { Jurídica: 1, Técnica: 1 },
    });
  });

  it('lists the indicators with their metas: oportunidad, vencidas, a favor per seccional, satisfacción, plan, contact center', () => {
    const ids = r.indicators.map((i) => `${i.id}${i.group.seccional ? `:${i.group.seccional}` : ''}`);
    expect(ids).toEqual([
      'oportunidad',
      'pendientes_vencidas',
      'satisfaccion_cliente',
      'pqrsd_a_favor_usuario:(sin dato)',
      'pqrsd_a_favor_usuario:Norte',
      'pqrsd_a_favor_usuario:Sur',
      'cumplimiento_plan_trabajo',
      'nivel_servicio',
      'tasa_abandono',
      'velocidad_media_respuesta',
      'tiempo_medio_operacion',
      'resolucion_primer_contacto',
    ]);
    expect(r.indicators.find((i) => i.group.seccional === 'Norte')).toMatchObject({
      numerator: 1,
      denominator: 1000,
      value: 0.001,
      complies: true,
    });
    expect(r.indicators.find((i) => i.id === 'oportunidad')).toMatchObject({ value: 0.5, complies: false });
    expect(r.indicators.find((i) => i.id === 'satisfaccion_cliente')).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(r.indicators.find((i) => i.id === 'cumplimiento_plan_trabajo')).toMatchObject({ value: 1 });
    // Only the August call is in the semester.
    expect(r.contactCenter).toMatchObject({ offered: 1, answered: 1, period: { key: '2026-S2' } });
    expect(r.indicators.every((i) => i.period.key === '2026-S2')).toBe(true);
  });

  it('replaces the records’ satisfaction with the survey answers when given', () => {
    const s = semesterReport(records, { semester: '2026-S2', asOf: AS, surveyAnswers: [5, 5, 5, 1] });
    expect(s.indicators.find((i) => i.id === 'satisfaccion_cliente')).toMatchObject({
      numerator: 3,
      denominator: 4,
      value: 0.75,
    });
    expect(s.contactCenter).toBeNull();
  });

  it('has zero totals and null indicators for an empty semester', () => {
    const s = semesterReport([], { semester: '2026-S1', asOf: '2026-06-30', calls: [] });
    expect(s.totals.received).toBe(0);
    expect(s.indicators.find((i) => i.id === 'oportunidad')?.value).toBeNull();
    expect(s.contactCenter).toBeNull();
  });

  it('rejects a key that is not a semester, and a cut-off before the semester', () => {
    expect(code(() => semesterReport([], { semester: '2026-T4', asOf: AS }))).toBe('INVALID_ARGUMENT');
    expect(code(() => semesterReport([], { semester: '2026-S2', asOf: '2026-06-30' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('accessToInformationReport (Decreto 103 de 2015 art. 52, SECONDARY)', () => {
  const records = [
    rec(at(onTime(4, { receivedDate: '2026-07-06', answeredOn: '2026-07-10' as IsoDate })), {
      type: 'acceso_informacion',
      radicado: 'AI-1',
      outcome: 'a_favor',
    }),
    rec(at(late(12, { receivedDate: '2026-07-07', answeredOn: '2026-07-24' as IsoDate })), {
      type: 'acceso_informacion',
      radicado: 'AI-2',
      outcome: 'en_contra',
    }),
    rec(
      at(
        status({
          state: 'trasladada',
          semaforo: null,
          onTime: true,
          responseBusinessDays: 2,
          answeredOn: '2026-08-05' as IsoDate,
          receivedDate: '2026-08-03',
        }),
      ),
      { type: 'acceso_informacion', radicado: 'AI-3' },
    ),
    rec(at(onTime(6, { receivedDate: '2026-09-01' })), {
      type: 'acceso_informacion',
      outcome: 'parcialmente_a_favor',
    }),
    rec(at(overdue({ receivedDate: '2026-12-01' })), { type: 'acceso_informacion', radicado: 'AI-5' }),
    rec(at(status({ state: 'desistida', semaforo: null, receivedDate: '2026-10-01' })), {
      type: 'acceso_informacion',
      radicado: 'AI-6',
    }),
    rec(at(onTime(4, { receivedDate: '2026-07-06' })), { type: 'peticion_documentos', outcome: 'rechazo' }),
    rec(at(onTime(4, { receivedDate: '2026-06-30' })), { type: 'acceso_informacion' }),
  ];

  it('counts received, transferred and denied requests and gives each response time', () => {
    const r = accessToInformationReport(records, { from: '2026-07-01', to: '2026-12-31', asOf: AS });
    expect(r.legalBasis).toMatchObject({ norma: 'Decreto 103 de 2015', confidence: 'SECONDARY' });
    expect(r).toMatchObject({
      received: 6,
      transferred: 1,
      denied: 1,
      partiallyDenied: 1,
      answered: 4,
      pending: 1,
    });
    expect(r.responseTime).toMatchObject({ count: 4, mean: 6, median: 5, min: 2, max: 12 });
    expect(r.requests.map((l) => [l.radicado, l.responseBusinessDays, l.transferred, l.denied])).toEqual([
      ['AI-1', 4, false, false],
      ['AI-2', 12, false, true],
      ['AI-3', 2, true, false],
      ['#4', 6, false, false],
      ['AI-5', null, false, false],
      ['AI-6', null, false, false],
    ]);
  });

  it('includes petitions of documents on request and can omit the per-request list', () => {
    const r = accessToInformationReport(records, {
      from: '2026-07-01',
      to: '2026-12-31',
      asOf: AS,
      types: ['acceso_informacion', 'peticion_documentos'],
      includeEach: false,
    });
    expect(r).toMatchObject({ received: 7, denied: 2, requests: [] });
  });

  it('rejects unknown types or outcomes and records as of another date', () => {
    const o = { from: '2026-07-01', to: '2026-12-31', asOf: AS };
    expect(code(() => accessToInformationReport([], { ...o, types: ['informacion' as never] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => accessToInformationReport([], { ...o, deniedOutcomes: ['negada' as never] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => accessToInformationReport([rec(status())], o))).toBe('INVALID_RECORD');
  });
});
