import { describe, expect, it } from 'vitest';
import { requestStatus, safeRequestStatus } from '../../src/deadlines/index.js';
import type { LifecycleEvent, PqrsdRequest } from '../../src/domain.js';
import { isPqrsdError } from '../../src/errors.js';

const peticion = (events: LifecycleEvent[] = [], extra: Partial<PqrsdRequest> = {}): PqrsdRequest => ({
  type: 'peticion',
  receivedAt: '2026-11-27',
  events,
  ...extra,
});

describe('state and semáforo of an open petición due 2026-12-21 (15 días, CPACA art. 14)', () => {
  it.each([
    ['2026-11-27', 'en_termino', 'verde', 15, 0],
    ['2026-12-11', 'en_termino', 'verde', 6, 9],
    ['2026-12-14', 'por_vencer', 'amarillo', 5, 10],
    ['2026-12-16', 'por_vencer', 'amarillo', 3, 12],
    ['2026-12-19', 'por_vencer', 'amarillo', 1, 14],
    ['2026-12-21', 'por_vencer', 'rojo', 0, 15],
    ['2026-12-22', 'vencida', 'rojo', -1, 16],
    ['2027-01-05', 'vencida', 'rojo', -9, 24],
  ] as const)('as of %s: %s, %s, %i left, %i elapsed', (asOf, state, semaforo, remaining, elapsed) => {
    const s = requestStatus(peticion(), asOf);
    expect(s.state).toBe(state);
    expect(s.semaforo).toBe(semaforo);
    expect(s.remainingBusinessDays).toBe(remaining);
    expect(s.elapsedBusinessDays).toBe(elapsed);
    expect(s.dueDate).toBe('2026-12-21');
    expect(s.answeredOn).toBeNull();
    expect(s.onTime).toBeNull();
    expect(s.asOf).toBe(asOf);
  });

  it('changes the amarillo threshold with the semáforo policy', () => {
    expect(
      requestStatus(peticion(), '2026-12-14', { policies: { semaforo: { amarilloFraction: 0.2 } } }).semaforo,
    ).toBe('verde');
  });

  it('raises VENCE_HOY on the due date, POR_VENCER in amarillo and VENCIDA after', () => {
    expect(requestStatus(peticion(), '2026-12-21').alerts.map((a) => a.code)).toEqual(['VENCE_HOY']);
    expect(requestStatus(peticion(), '2026-12-16').alerts).toEqual([
      { code: 'POR_VENCER', severity: 'advertencia', message: 'Quedan 3 días hábiles; vence el 2026-12-21.' },
    ]);
    expect(requestStatus(peticion(), '2026-12-22').alerts).toEqual([
      {
        code: 'VENCIDA',
        severity: 'critica',
        message: 'Término vencido el 2026-12-21 sin respuesta (1 días hábiles de retraso).',
      },
    ]);
  });

  it('accepts asOf as an instant read in Bogotá', () => {
    expect(requestStatus(peticion(), '2026-12-22T04:00:00Z').asOf).toBe('2026-12-21');
    expect(requestStatus(peticion(), new Date('2026-12-22T05:00:00Z')).asOf).toBe('2026-12-22');
  });
});

describe('answered requests', () => {
  it('is respondida_a_tiempo when answered on the due date (term ends at midnight, Ley 4 de 1913 art. 60)', () => {
    const s = requestStatus(peticion([{ type: 'respuesta', date: '2026-12-21' }]), '2027-01-15');
    expect(s.state).toBe('respondida_a_tiempo');
    expect(s.onTime).toBe(true);
    expect(s.answeredOn).toBe('2026-12-21');
    expect(s.responseBusinessDays).toBe(15);
    expect(s.semaforo).toBeNull();
    expect(s.remainingBusinessDays).toBeNull();
    expect(s.elapsedBusinessDays).toBe(15);
    expect(s.consequences).toEqual([]);
  });

  it('is respondida_extemporanea one business day later, with the falta disciplinaria (CPACA art. 31)', () => {
    const s = requestStatus(peticion([{ type: 'respuesta', date: '2026-12-22' }]), '2027-01-15');
    expect(s.state).toBe('respondida_extemporanea');
    expect(s.onTime).toBe(false);
    expect(s.consequences.map((c) => [c.type, c.since])).toEqual([['falta_disciplinaria', '2026-12-22']]);
  });

  it('ignores an answer dated after asOf', () => {
    const s = requestStatus(peticion([{ type: 'respuesta', date: '2026-12-18' }]), '2026-12-17');
    expect(s.state).toBe('por_vencer');
    expect(s.deadline.closure).toBeNull();
  });

  it('is trasladada with onTime from the traslado term (CPACA art. 21)', () => {
    const ok = requestStatus(peticion([{ type: 'traslado', date: '2026-12-04' }]), '2026-12-10');
    expect([ok.state, ok.onTime, ok.answeredOn, ok.responseBusinessDays]).toEqual([
      'trasladada',
      true,
      '2026-12-04',
      5,
    ]);
    const late = requestStatus(peticion([{ type: 'traslado', date: '2026-12-07' }]), '2026-12-10');
    expect([late.state, late.onTime]).toEqual(['trasladada', false]);
  });

  it('is desistida after an express withdrawal (CPACA art. 18)', () => {
    const s = requestStatus(peticion([{ type: 'desistimiento', date: '2026-12-02' }]), '2026-12-10');
    expect([s.state, s.onTime, s.answeredOn, s.semaforo]).toEqual(['desistida', null, '2026-12-02', null]);
    expect(s.consequences).toEqual([]);
  });

  it('is sin_termino for a felicitación, answered or not', () => {
    const f = { type: 'felicitacion', receivedAt: '2026-11-27' } as const;
    const s = requestStatus(f, '2027-06-01');
    expect([s.state, s.semaforo, s.dueDate, s.remainingBusinessDays, s.onTime]).toEqual([
      'sin_termino',
      null,
      null,
      null,
      null,
    ]);
    const a = requestStatus({ ...f, events: [{ type: 'respuesta', date: '2026-12-01' }] }, '2027-06-01');
    expect([a.state, a.answeredOn, a.onTime]).toEqual(['sin_termino', '2026-12-01', null]);
  });
});

describe('requirement to the petitioner (CPACA art. 17)', () => {
  const req = peticion([{ type: 'requerimiento', date: '2026-12-01' }]);

  it('is en_requerimiento while the petitioner has time, with the clock frozen', () => {
    const a = requestStatus(req, '2026-12-15');
    const b = requestStatus(req, '2026-12-22');
    expect(a.state).toBe('en_requerimiento');
    expect(a.remainingBusinessDays).toBe(b.remainingBusinessDays);
    expect(a.elapsedBusinessDays).toBe(2);
    expect(a.alerts).toEqual([]);
  });

  it('alerts REQUERIMIENTO_POR_VENCER in the last 5 business days of the petitioner month', () => {
    expect(requestStatus(req, '2026-12-28').alerts.map((a) => a.code)).toEqual(['REQUERIMIENTO_POR_VENCER']);
  });

  it('is desistida with desistimiento_tacito the day after the month lapses', () => {
    expect(requestStatus(req, '2027-01-04').state).toBe('en_requerimiento');
    const s = requestStatus(req, '2027-01-05');
    expect(s.state).toBe('desistida');
    expect(s.answeredOn).toBeNull();
    expect(s.consequences.map((c) => [c.type, c.since, c.citation.articulo])).toEqual([
      ['desistimiento_tacito', '2027-01-05', 'art. 17'],
    ]);
  });

  it('resumes after the answer: en_termino again', () => {
    const s = requestStatus(
      peticion([
        { type: 'requerimiento', date: '2026-12-01' },
        { type: 'respuesta_requerimiento', date: '2026-12-10' },
      ]),
      '2026-12-11',
    );
    expect(s.state).toBe('en_termino');
    expect(s.dueDate).toBe('2026-12-30');
    expect(s.elapsedBusinessDays).toBe(3);
  });
});

describe('consequences as of a date', () => {
  it('deems an unanswered documents request accepted with copies within 3 días (CPACA art. 14 num. 1)', () => {
    const s = requestStatus({ type: 'peticion_documentos', receivedAt: '2026-11-27' }, '2026-12-15');
    const q = s.consequences.find((c) => c.type === 'aceptacion_documentos');
    expect(q).toMatchObject({ since: '2026-12-15', deadline: '2026-12-17', copiesDueDate: '2026-12-17' });
    expect(s.alerts.map((a) => a.code)).toEqual(['VENCIDA', 'COPIAS_PENDIENTES']);
    expect(s.consequences.map((c) => c.type)).toEqual(['aceptacion_documentos', 'falta_disciplinaria']);
  });

  it('does not deem a documents request denied after 3 months: silence means acceptance (art. 14 num. 1, not art. 83)', () => {
    const s = requestStatus({ type: 'acceso_informacion', receivedAt: '2026-11-27' }, '2027-06-01');
    expect(s.consequences.map((c) => c.type)).toEqual(['aceptacion_documentos', 'falta_disciplinaria']);
  });

  it('gives silencio administrativo positivo with its 72-hour recognition (Ley 142 art. 158; Decreto 2150 art. 123)', () => {
    const r = { type: 'reclamo', regime: 'servicios_publicos', receivedAt: '2026-11-27' } as const;
    const s = requestStatus(r, '2026-12-22');
    expect(s.consequences).toEqual([
      expect.objectContaining({
        type: 'silencio_administrativo_positivo',
        since: '2026-12-22',
        deadline: '2026-12-24',
        recognitionDeadline: '2026-12-24',
      }),
    ]);
    expect(s.alerts.map((a) => a.code)).toEqual(['VENCIDA', 'SAP_RECONOCIMIENTO_PENDIENTE']);
    expect(requestStatus(r, '2026-12-25').alerts.map((a) => a.code)).toEqual([
      'VENCIDA',
      'SAP_RECONOCIMIENTO_VENCIDO',
    ]);
    expect(requestStatus(r, '2026-12-21').consequences).toEqual([]);
  });

  it('gives silencio positivo also when the ESP answered after the term (Ley 142 art. 158)', () => {
    const s = requestStatus(
      {
        type: 'reclamo',
        regime: 'servicios_publicos',
        receivedAt: '2026-11-27',
        events: [{ type: 'respuesta', date: '2026-12-23' }],
      },
      '2026-12-23',
    );
    expect(s.state).toBe('respondida_extemporanea');
    expect(s.consequences.map((c) => c.type)).toEqual(['silencio_administrativo_positivo']);
  });

  it('gives silencio negativo 3 calendar months after presentation (CPACA art. 83)', () => {
    const before = requestStatus(peticion(), '2027-03-01');
    expect(before.consequences.map((c) => c.type)).toEqual(['falta_disciplinaria']);
    const after = requestStatus(peticion(), '2027-03-02');
    expect(after.consequences.map((c) => [c.type, c.since])).toEqual([
      ['falta_disciplinaria', '2026-12-22'],
      ['silencio_administrativo_negativo', '2027-03-02'],
    ]);
    const answeredBefore = requestStatus(peticion([{ type: 'respuesta', date: '2027-02-15' }]), '2027-04-01');
    expect(answeredBefore.consequences.map((c) => c.type)).toEqual(['falta_disciplinaria']);
  });

  it('gives silencio negativo 2 months after a recurso (CPACA art. 86)', () => {
    const s = requestStatus({ type: 'recurso', receivedAt: '2026-11-27' }, '2027-01-28');
    expect(s.consequences.map((c) => [c.type, c.since])).toEqual([
      ['silencio_administrativo_negativo', '2027-01-28'],
      ['falta_disciplinaria', '2027-01-28'],
    ]);
  });

  it('gives an indicio grave to an unanswered consumer claim (Ley 1480 art. 58 num. 5 lit. f)', () => {
    const s = requestStatus({ type: 'reclamo', regime: 'consumo', receivedAt: '2026-11-27' }, '2026-12-22');
    expect(s.consequences.map((c) => c.type)).toEqual(['indicio_grave']);
  });

  it('gives mala conducta to an unanswered congress report (Ley 5 de 1992 arts. 258-259)', () => {
    const s = requestStatus({ type: 'solicitud_congresista', receivedAt: '2026-11-27' }, '2026-12-07');
    expect(s.consequences.map((c) => c.type)).toEqual(['mala_conducta']);
  });
});

describe('priority (CPACA art. 5 num. 6 and art. 20)', () => {
  it('carries the flags, alerts while unanswered and does not change the term', () => {
    const r = peticion([], { priority: ['adulto_mayor', 'periodista'] });
    const s = requestStatus(r, '2026-12-01');
    expect(s.priority).toEqual(['adulto_mayor', 'periodista']);
    expect(s.dueDate).toBe('2026-12-21');
    expect(s.alerts.map((a) => a.code)).toEqual(['PRIORIDAD_SIN_RESPUESTA']);
    const answered = requestStatus(
      peticion([{ type: 'respuesta', date: '2026-12-02' }], { priority: ['victima'] }),
      '2026-12-03',
    );
    expect(answered.alerts).toEqual([]);
  });

  it('rejects an unknown flag with INVALID_ARGUMENT', () => {
    const r = safeRequestStatus(peticion([], { priority: ['vip' as never] }), '2026-12-01');
    expect(r.ok ? null : r.error.code).toBe('INVALID_ARGUMENT');
    const r2 = safeRequestStatus(peticion([], { priority: 'vip' as never }), '2026-12-01');
    expect(r2.ok ? null : r2.error.code).toBe('INVALID_ARGUMENT');
  });
});

describe('requestStatus errors', () => {
  it('rejects asOf before the receipt with INVALID_ARGUMENT', () => {
    expect(() => requestStatus(peticion(), '2026-11-26')).toThrowErrorMatchingInlineSnapshot(
      `[PqrsdError: La fecha de corte «2026-11-26» es anterior a la recepción («2026-11-27»).]`,
    );
  });

  it('rejects an asOf that is not a date', () => {
    for (const bad of [20261201, null, '2026-02-30']) {
      const r = safeRequestStatus(peticion(), bad as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(isPqrsdError(r.error)).toBe(true);
    }
  });

  it('reads each asOf afresh after a valid one (the last cut-off date is remembered, not trusted)', () => {
    expect(requestStatus(peticion(), '2026-12-01').asOf).toBe('2026-12-01');
    for (const bad of ['', '2026-02-30', '2026-12-1', undefined]) {
      const r = safeRequestStatus(peticion(), bad as never);
      expect(r.ok).toBe(false);
    }
    expect(requestStatus(peticion(), '2026-12-02').remainingBusinessDays).toBe(
      (requestStatus(peticion(), '2026-12-01').remainingBusinessDays as number) - 1,
    );
  });

  it('returns the status in a Result', () => {
    const r = safeRequestStatus(peticion(), '2026-12-01');
    expect(r.ok && r.value.state).toBe('en_termino');
  });
});
