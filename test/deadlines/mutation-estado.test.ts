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
  it('an answer given while the requirement is pending closes the request: no desistimiento later', () => {
    const s = requestStatus(
      peticion([
        { type: 'requerimiento', date: '2026-12-01' },
        { type: 'respuesta', date: '2026-12-05' },
      ]),
      '2027-01-10',
    );
    expect([s.state, s.answeredOn, s.consequences]).toEqual(['respondida_a_tiempo', '2026-12-05', []]);
  });

  it('once desistida, the petitioner term alert is gone', () => {
    const s = requestStatus(peticion([{ type: 'requerimiento', date: '2026-12-01' }]), '2027-01-05');
    expect([s.state, s.alerts]).toEqual(['desistida', []]);
  });

  it('a request sent to the competent authority (CPACA art. 21) has no recursos part nor stage', () => {
    const s = requestStatus(peticion([{ type: 'traslado', date: '2026-11-30' }]), '2026-12-10');
    expect([s.state, s.stage, s.recurso]).toEqual(['trasladada', null, null]);
  });

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

// --- The recursos after the answer (src/deadlines/recursos/status.ts) ------------------------------
// Answered 2026-11-20, notified 2026-11-23; the recurso window of 5 días ends on 2026-11-30.

const ANSWERED: LifecycleEvent[] = [
  { type: 'respuesta', date: '2026-11-20' },
  { type: 'notificacion', date: '2026-11-23' },
];
const REPO_APEL: LifecycleEvent = { type: 'recurso', date: '2026-11-27', kind: 'reposicion_y_apelacion' };
const CONFIRMA: LifecycleEvent = {
  type: 'decision_recurso',
  date: '2026-12-10',
  result: 'confirma',
  notifiedOn: '2026-12-11',
};

type Policies = NonNullable<Parameters<typeof requestStatus>[2]>['policies'];

/** A reclamo to a public-utility company (Ley 142) or a CPACA petición, as of `asOf`. */
function recursoStatus(
  asOf: string,
  events: LifecycleEvent[],
  regime: 'servicios_publicos' | 'cpaca' = 'servicios_publicos',
  policies?: Policies,
) {
  const request: PqrsdRequest = {
    type: regime === 'cpaca' ? 'peticion' : 'reclamo',
    receivedAt: '2026-11-03',
    regime,
    events,
  };
  const s = requestStatus(request, asOf, policies === undefined ? undefined : { policies });
  return {
    stage: s.stage,
    consequences: s.consequences.map((c) => c.type),
    alerts: s.alerts.map((a) => a.code),
    full: s.alerts,
    recurso: s.recurso,
  };
}

describe('recursos: firmness without a recurso (CPACA art. 87 num. 3)', () => {
  it('is firme the business day after the window ends, not before', () => {
    expect(recursoStatus('2026-11-30', ANSWERED).stage).toBe('notificada');
    const s = recursoStatus('2026-12-02', ANSWERED);
    expect([s.stage, s.recurso?.windowEnd, s.recurso?.firmSince]).toEqual([
      'firme',
      '2026-11-30',
      '2026-12-01',
    ]);
  });

  it('is decidida, not notificada, while the answer has no notification', () => {
    const s = recursoStatus('2026-11-22', [
      { type: 'respuesta', date: '2026-11-20' },
      { type: 'reconocimiento_sap', date: '2026-11-21' },
    ]);
    expect([s.stage, s.recurso?.notifiedOn, s.recurso?.onTime, s.alerts]).toEqual([
      'decidida',
      null,
      null,
      [],
    ]);
    expect([s.recurso?.windowEnd, s.recurso?.firmSince]).toEqual([null, null]);
  });

  it('is notificada while the window runs and no recurso was filed', () => {
    const s = recursoStatus('2026-11-25', [...ANSWERED, { type: 'reconocimiento_sap', date: '2026-11-25' }]);
    expect([s.stage, s.recurso?.firmSince]).toEqual(['notificada', null]);
  });

  it('does not call a chain without a recurso late', () => {
    const s = recursoStatus('2026-12-01', [...ANSWERED, { type: 'reconocimiento_sap', date: '2026-11-25' }]);
    expect([s.recurso?.onTime, s.recurso?.filedOn, s.alerts]).toEqual([null, null, []]);
  });
});

describe('recursos: term to decide the reposición (Ley 142 art. 158: due 2026-12-21)', () => {
  it('warns exactly from 5 business days before the due date, and on the due date is not yet late', () => {
    expect(recursoStatus('2026-12-11', [...ANSWERED, REPO_APEL]).alerts).toEqual([]);
    expect(recursoStatus('2026-12-14', [...ANSWERED, REPO_APEL]).full).toEqual([
      {
        code: 'RECURSO_POR_VENCER',
        severity: 'advertencia',
        message: 'El recurso debe decidirse a más tardar el 2026-12-21 (5 días hábiles).',
      },
    ]);
    const due = recursoStatus('2026-12-21', [...ANSWERED, REPO_APEL]);
    expect([due.stage, due.consequences, due.full]).toEqual([
      'recurso_interpuesto',
      [],
      [
        {
          code: 'RECURSO_POR_VENCER',
          severity: 'advertencia',
          message: 'El recurso debe decidirse a más tardar el 2026-12-21 (0 días hábiles).',
        },
      ],
    ]);
  });

  it('a decision notified on the due date is on time: no silencio positivo', () => {
    const s = recursoStatus('2026-12-28', [
      ...ANSWERED,
      REPO_APEL,
      { type: 'decision_recurso', date: '2026-12-21', result: 'confirma', notifiedOn: '2026-12-21' },
    ]);
    expect([s.stage, s.consequences]).toEqual(['reposicion_decidida', []]);
  });

  it('counts the decision date, not its late notification, under silenceCountsNotification = false', () => {
    const events: LifecycleEvent[] = [
      ...ANSWERED,
      REPO_APEL,
      { type: 'decision_recurso', date: '2026-12-21', result: 'revoca', notifiedOn: '2026-12-22' },
    ];
    expect(
      recursoStatus('2026-12-28', events, 'servicios_publicos', { silenceCountsNotification: false })
        .consequences,
    ).toEqual([]);
    expect(recursoStatus('2026-12-28', events).consequences).toEqual(['silencio_administrativo_positivo']);
  });

  it('a recognition on the due date itself does not resolve the recurso: RECURSO_VENCIDO stays', () => {
    const s = recursoStatus('2026-12-22', [
      ...ANSWERED,
      REPO_APEL,
      { type: 'reconocimiento_sap', date: '2026-12-21' },
    ]);
    expect(s.consequences).toEqual(['silencio_administrativo_positivo']);
    expect(s.alerts).toContain('RECURSO_VENCIDO');
  });

  it('a silencio positivo recognised before the recurso does not make the reposición decided', () => {
    const s = recursoStatus('2026-12-01', [
      { type: 'reconocimiento_sap', date: '2026-11-27' },
      { type: 'respuesta', date: '2026-11-28' },
      { type: 'notificacion', date: '2026-11-30' },
      { type: 'recurso', date: '2026-11-30', kind: 'reposicion' },
    ]);
    expect(s.stage).toBe('recurso_interpuesto');
  });
});

describe('recursos under the CPACA (art. 86: 2 months, silencio negativo)', () => {
  const RECURSO = (kind: 'reposicion' | 'apelacion' | 'reposicion_y_apelacion'): LifecycleEvent => ({
    type: 'recurso',
    date: '2026-11-24',
    kind,
  });

  it('an apelación alone decided in time but notified after the 2 months: silencio negativo', () => {
    const s = recursoStatus(
      '2027-03-10',
      [
        ...ANSWERED,
        RECURSO('apelacion'),
        { type: 'decision_apelacion', date: '2027-01-20', result: 'confirma', notifiedOn: '2027-02-20' },
      ],
      'cpaca',
    );
    expect(s.consequences).toEqual(['silencio_administrativo_negativo', 'falta_disciplinaria']);
  });

  it('a recognition of silencio positivo does not resolve a CPACA recurso: RECURSO_VENCIDO stays', () => {
    const s = recursoStatus(
      '2027-01-28',
      [...ANSWERED, RECURSO('reposicion'), { type: 'reconocimiento_sap', date: '2027-01-27' }],
      'cpaca',
    );
    expect([s.stage, s.alerts]).toEqual(['recurso_interpuesto', ['RECURSO_VENCIDO']]);
  });

  it('a decision without a recorded notification counts by its date', () => {
    const s = recursoStatus(
      '2027-03-10',
      [
        ...ANSWERED,
        RECURSO('reposicion'),
        { type: 'decision_recurso', date: '2026-12-10', result: 'confirma' },
      ],
      'cpaca',
    );
    expect([s.stage, s.consequences]).toEqual(['reposicion_decidida', []]);
  });

  it('the notification counts even with silenceCountsNotification = false (the policy is for utilities)', () => {
    const s = recursoStatus(
      '2027-03-10',
      [
        ...ANSWERED,
        RECURSO('reposicion'),
        { type: 'decision_recurso', date: '2027-01-20', result: 'confirma', notifiedOn: '2027-03-01' },
      ],
      'cpaca',
      { silenceCountsNotification: false },
    );
    expect(s.consequences).toEqual(['silencio_administrativo_negativo', 'falta_disciplinaria']);
  });

  it('no sending to the Superintendencia outside public utilities', () => {
    const s = recursoStatus(
      '2026-12-18',
      [...ANSWERED, RECURSO('reposicion_y_apelacion'), CONFIRMA],
      'cpaca',
    );
    expect([s.stage, s.alerts]).toEqual(['reposicion_decidida', []]);
  });

  it('a reposición that modifies still leaves the subsidiary apelación pending; one that revokes does not', () => {
    const modifica = recursoStatus(
      '2026-12-18',
      [...ANSWERED, RECURSO('reposicion_y_apelacion'), { ...CONFIRMA, result: 'modifica' } as LifecycleEvent],
      'cpaca',
    );
    expect([modifica.stage, modifica.recurso?.appealDecisionDueDate]).toEqual([
      'reposicion_decidida',
      '2027-01-25',
    ]);
    const revoca = recursoStatus(
      '2026-12-18',
      [...ANSWERED, RECURSO('reposicion_y_apelacion'), { ...CONFIRMA, result: 'revoca' } as LifecycleEvent],
      'cpaca',
    );
    expect([revoca.stage, revoca.recurso?.appealDecisionDueDate]).toEqual(['firme', null]);
  });

  it('an apelación undecided after 2 months: silencio negativo once, and APELACION_VENCIDA', () => {
    const timely = recursoStatus(
      '2027-03-10',
      [...ANSWERED, RECURSO('reposicion_y_apelacion'), CONFIRMA],
      'cpaca',
    );
    expect(timely.consequences).toEqual(['silencio_administrativo_negativo', 'falta_disciplinaria']);
    expect(timely.full).toEqual([
      {
        code: 'APELACION_VENCIDA',
        severity: 'critica',
        message:
          'Venció el 2027-01-25 el término para que el inmediato superior decida la apelación (2 meses, CPACA art. 86): se entiende negada.',
      },
    ]);
    const lateRepo = recursoStatus(
      '2027-03-10',
      [
        ...ANSWERED,
        RECURSO('reposicion_y_apelacion'),
        { type: 'decision_recurso', date: '2027-01-26', result: 'confirma', notifiedOn: '2027-01-27' },
      ],
      'cpaca',
    );
    expect(lateRepo.consequences).toEqual(['silencio_administrativo_negativo', 'falta_disciplinaria']);
  });

  it('an apelación decided and notified on its due date is on time', () => {
    const s = recursoStatus(
      '2027-03-10',
      [
        ...ANSWERED,
        RECURSO('reposicion_y_apelacion'),
        CONFIRMA,
        { type: 'decision_apelacion', date: '2027-01-25', result: 'confirma', notifiedOn: '2027-01-25' },
      ],
      'cpaca',
    );
    expect([s.stage, s.consequences]).toEqual(['firme', []]);
  });

  it('an apelación alone, decided and not yet firm, is apelacion_decidida', () => {
    const s = recursoStatus(
      '2027-01-21',
      [
        ...ANSWERED,
        RECURSO('apelacion'),
        { type: 'decision_apelacion', date: '2027-01-20', result: 'confirma' },
      ],
      'cpaca',
    );
    expect(s.stage).toBe('apelacion_decidida');
  });
});

describe('recursos: sending the apelación to the Superintendencia (Ley 142 art. 159)', () => {
  it('a late reposición (silencio positivo, Ley 142 art. 158) and an undecided apelación (silencio negativo, CPACA art. 86) both count', () => {
    const s = recursoStatus('2027-03-10', [
      ...ANSWERED,
      REPO_APEL,
      { type: 'decision_recurso', date: '2026-12-22', result: 'confirma', notifiedOn: '2026-12-22' },
      { type: 'envio_sspd', date: '2026-12-23' },
    ]);
    expect([s.stage, s.consequences, s.alerts]).toEqual([
      'apelacion_enviada',
      ['silencio_administrativo_positivo', 'silencio_administrativo_negativo', 'falta_disciplinaria'],
      ['SAP_RECONOCIMIENTO_VENCIDO', 'APELACION_VENCIDA'],
    ]);
  });

  it('is pending on its due date and late the day after, with full messages', () => {
    expect(recursoStatus('2026-12-17', [...ANSWERED, REPO_APEL, CONFIRMA]).full).toEqual([
      {
        code: 'ENVIO_SSPD_PENDIENTE',
        severity: 'advertencia',
        message:
          'La reposición se decidió el 2026-12-10 sin conceder lo pedido: el expediente de la apelación debe enviarse a la Superintendencia de Servicios Públicos Domiciliarios (Ley 142 de 1994 art. 159) a más tardar el 2026-12-17.',
      },
    ]);
    expect(recursoStatus('2026-12-18', [...ANSWERED, REPO_APEL, CONFIRMA]).full).toEqual([
      {
        code: 'ENVIO_SSPD_VENCIDO',
        severity: 'critica',
        message:
          'La reposición se decidió el 2026-12-10 sin conceder lo pedido y el expediente de la apelación no se ha enviado a la Superintendencia de Servicios Públicos Domiciliarios (debía enviarse a más tardar el 2026-12-17; Ley 142 de 1994 art. 159, política spdAppealForwarding).',
      },
    ]);
  });

  it('without a term (policy sin_termino) the message gives no date', () => {
    const s = recursoStatus('2026-12-18', [...ANSWERED, REPO_APEL, CONFIRMA], 'servicios_publicos', {
      spdAppealForwarding: 'sin_termino',
    });
    expect(s.full).toEqual([
      {
        code: 'ENVIO_SSPD_PENDIENTE',
        severity: 'advertencia',
        message:
          'La reposición se decidió el 2026-12-10 sin conceder lo pedido: el expediente de la apelación debe enviarse a la Superintendencia de Servicios Públicos Domiciliarios (Ley 142 de 1994 art. 159).',
      },
    ]);
  });

  it('a late recurso is rejected (CPACA art. 78): nothing to send', () => {
    const s = recursoStatus('2026-12-18', [
      ...ANSWERED,
      { type: 'recurso', date: '2026-12-10', kind: 'reposicion_y_apelacion' },
      CONFIRMA,
    ]);
    expect([s.stage, s.full]).toEqual([
      'firme',
      [
        {
          code: 'RECURSO_EXTEMPORANEO',
          severity: 'advertencia',
          message:
            'El recurso del 2026-12-10 se interpuso después del término (5 días hábiles, Ley 142 de 1994 art. 154; vencía el 2026-11-30): debe rechazarse (CPACA art. 78) y la decisión quedó en firme.',
        },
      ],
    ]);
  });
});
