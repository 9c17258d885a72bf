import { describe, expect, it } from 'vitest';
import { requestStatus, safeRequestStatus } from '../../src/deadlines/index.js';
import type { LifecycleEvent, PqrsdRequest } from '../../src/domain.js';

// requestStatus (src/deadlines/status.ts): what each mutant that survived the mutation run could have
// changed, asserted as a user sees it (code, quoted value, exact boundary day, full alert).

const peticion = (events: LifecycleEvent[] = [], extra: Partial<PqrsdRequest> = {}): PqrsdRequest => ({
  type: 'peticion',
  receivedAt: '2026-11-27',
  events,
  ...extra,
});

const failure = (r: ReturnType<typeof safeRequestStatus>) =>
  r.ok ? null : { code: r.error.code, message: r.error.message, details: r.error.details };

describe('requestStatus: invalid arguments quote the value', () => {
  it('rejects an asOf that is neither a date nor an instant (INVALID_ARGUMENT, «42»)', () => {
    expect(failure(safeRequestStatus(peticion(), 42 as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: '«asOf» debe ser una fecha AAAA-MM-DD o un instante: «42».',
      details: { value: 42 },
    });
  });

  it('rejects a priority that is not a list, quoting it', () => {
    expect(failure(safeRequestStatus(peticion([], { priority: 'vip' as never }), '2026-12-01'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: '«priority» debe ser una lista: «vip».',
      details: { value: 'vip' },
    });
  });

  it('rejects an unknown priority flag, quoting it and listing the valid ones', () => {
    expect(failure(safeRequestStatus(peticion([], { priority: ['vip' as never] }), '2026-12-01'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message:
        'Condición de prioridad desconocida: «vip». Valores válidos: discapacidad, nino_nina_adolescente, ' +
        'mujer_gestante, adulto_mayor, victima, periodista, indefension, derecho_fundamental.',
      details: { value: 'vip' },
    });
  });

  it('gives the cut-off date and the receipt in the details of an early cut-off', () => {
    expect(failure(safeRequestStatus(peticion(), '2026-11-26'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'La fecha de corte «2026-11-26» es anterior a la recepción («2026-11-27»).',
      details: { asOf: '2026-11-26', receivedAt: '2026-11-27' },
    });
  });
});

describe('requestStatus: events up to the cut-off date', () => {
  it('counts an answer dated on the cut-off day even when a later event exists', () => {
    const r = peticion([
      { type: 'respuesta', date: '2026-12-10' },
      { type: 'notificacion', date: '2026-12-15' },
    ]);
    const s = requestStatus(r, '2026-12-10');
    expect([s.state, s.answeredOn, s.onTime]).toEqual(['respondida_a_tiempo', '2026-12-10', true]);
    expect(requestStatus(r, '2026-12-09').state).toBe('en_termino');
  });
});

describe('requestStatus: alerts in full (code, severity, message)', () => {
  it('VENCE_HOY on the due date is critical and names it', () => {
    expect(requestStatus(peticion(), '2026-12-21').alerts).toEqual([
      {
        code: 'VENCE_HOY',
        severity: 'critica',
        message: 'El término vence hoy (2026-12-21) a la medianoche.',
      },
    ]);
  });

  it('REQUERIMIENTO_POR_VENCER starts exactly 5 business days before the petitioner term lapses (CPACA art. 17)', () => {
    const req = peticion([{ type: 'requerimiento', date: '2026-12-01' }]);
    expect(requestStatus(req, '2026-12-23').alerts).toEqual([]);
    expect(requestStatus(req, '2026-12-24').alerts).toEqual([
      {
        code: 'REQUERIMIENTO_POR_VENCER',
        severity: 'advertencia',
        message:
          'El plazo del peticionario para completar la solicitud vence el 2027-01-04 (5 días hábiles); ' +
          'después opera el desistimiento tácito.',
      },
    ]);
  });

  it('PRIORIDAD_SIN_RESPUESTA names the flags and CPACA art. 5 num. 6 and art. 20', () => {
    const s = requestStatus(peticion([], { priority: ['adulto_mayor', 'periodista'] }), '2026-12-01');
    expect(s.alerts).toEqual([
      {
        code: 'PRIORIDAD_SIN_RESPUESTA',
        severity: 'advertencia',
        message:
          'Atención prioritaria (adulto_mayor, periodista; CPACA art. 5 num. 6 y art. 20) sin respuesta.',
      },
    ]);
  });

  it('COPIAS_PENDIENTES is critical and gives the copies due date (CPACA art. 14 num. 1)', () => {
    const s = requestStatus({ type: 'peticion_documentos', receivedAt: '2026-11-27' }, '2026-12-15');
    expect(s.alerts[1]).toEqual({
      code: 'COPIAS_PENDIENTES',
      severity: 'critica',
      message:
        'La solicitud se entiende aceptada: las copias deben entregarse a más tardar el 2026-12-17 (CPACA art. 14 num. 1).',
    });
  });

  it('no COPIAS_PENDIENTES once the documents request is answered late', () => {
    const s = requestStatus(
      {
        type: 'peticion_documentos',
        receivedAt: '2026-11-27',
        events: [{ type: 'respuesta', date: '2026-12-16' }],
      },
      '2026-12-16',
    );
    expect(s.state).toBe('respondida_extemporanea');
    expect(s.alerts.map((a) => a.code)).not.toContain('COPIAS_PENDIENTES');
  });
});

describe('requestStatus: desistimiento tácito (CPACA art. 17)', () => {
  it('describes the consequence with the lapse date and cites art. 17', () => {
    const s = requestStatus(peticion([{ type: 'requerimiento', date: '2026-12-01' }]), '2027-01-05');
    const q = s.consequences[0];
    expect(q?.type).toBe('desistimiento_tacito');
    expect(q?.description).toMatch(/^El peticionario no completó la solicitud en el plazo: .*\.$/);
    expect(q?.description.endsWith(' El plazo del peticionario venció el 2027-01-04.')).toBe(true);
    expect(q?.citation.articulo).toBe('art. 17');
    expect(q?.citation.norma).toContain('Ley 1437 de 2011');
  });
});
