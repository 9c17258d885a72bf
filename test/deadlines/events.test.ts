import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { computeDeadline, type PolicyOverrides } from '../../src/deadlines/index.js';
import type { LifecycleEvent, PqrsdRequest } from '../../src/domain.js';
import { isPqrsdError, type PqrsdError } from '../../src/errors.js';

const peticion = (events: LifecycleEvent[], extra: Partial<PqrsdRequest> = {}): PqrsdRequest => ({
  type: 'peticion',
  receivedAt: '2026-11-27',
  events,
  ...extra,
});
const run = (r: PqrsdRequest, policies?: PolicyOverrides) =>
  computeDeadline(r, policies === undefined ? undefined : { policies });
const codes = (r: PqrsdRequest, policies?: PolicyOverrides) => run(r, policies).warnings.map((w) => w.code);

function errorOf(fn: () => unknown): PqrsdError {
  try {
    fn();
  } catch (error) {
    if (isPqrsdError(error)) return error;
    throw error;
  }
  throw new Error('no lanzó');
}

describe('prórroga (CPACA art. 14 parágrafo)', () => {
  it('adds business days to the current due date when notified before it expires', () => {
    const d = run(peticion([{ type: 'prorroga', date: '2026-12-18', businessDays: 10 }]));
    expect(d.dueDate).toBe('2027-01-06');
    expect(d.originalDueDate).toBe('2026-12-21');
    expect(d.warnings).toEqual([]);
    expect(d.termBusinessDays).toBe(25);
  });

  it('accepts a new due date up to double the initial term counted from receipt (policy total)', () => {
    expect(run(peticion([{ type: 'prorroga', date: '2026-12-18', newDueDate: '2027-01-14' }])).dueDate).toBe(
      '2027-01-14',
    );
  });

  it('is valid when notified on the last day of the term (it ends at midnight, Ley 4 de 1913 arts. 59-60)', () => {
    const d = run(peticion([{ type: 'prorroga', date: '2026-12-21', newDueDate: '2027-01-13' }]));
    expect(d.dueDate).toBe('2027-01-13');
  });

  it('warns PRORROGA_EXTEMPORANEA and keeps the due date when notified after it expired', () => {
    const d = run(peticion([{ type: 'prorroga', date: '2026-12-22', newDueDate: '2027-01-13' }]));
    expect(d.dueDate).toBe('2026-12-21');
    expect(d.warnings.map((w) => w.code)).toEqual(['PRORROGA_EXTEMPORANEA']);
    expect(d.warnings[0]?.event).toEqual({ type: 'prorroga', date: '2026-12-22', newDueDate: '2027-01-13' });
  });

  it('warns PRORROGA_EXCESIVA beyond double the initial term; the adicional policy allows it', () => {
    const r = peticion([{ type: 'prorroga', date: '2026-12-18', newDueDate: '2027-01-15' }]);
    expect(run(r).dueDate).toBe('2026-12-21');
    expect(codes(r)).toEqual(['PRORROGA_EXCESIVA']);
    expect(run(r, { prorrogaCeiling: 'adicional' }).dueDate).toBe('2027-01-15');
    expect(codes(r, { prorrogaCeiling: 'adicional' })).toEqual([]);
  });

  it('warns PRORROGA_NO_AMPLIA when the new date is not after the current one', () => {
    const r = peticion([{ type: 'prorroga', date: '2026-12-10', newDueDate: '2026-12-21' }]);
    expect(run(r).dueDate).toBe('2026-12-21');
    expect(codes(r)).toEqual(['PRORROGA_NO_AMPLIA']);
  });

  it('warns PRORROGA_DIA_NO_HABIL and takes the previous business day for a Saturday', () => {
    const d = run(peticion([{ type: 'prorroga', date: '2026-12-18', newDueDate: '2027-01-09' }]));
    expect(d.dueDate).toBe('2027-01-08');
    expect(d.warnings.map((w) => w.code)).toEqual(['PRORROGA_DIA_NO_HABIL']);
  });

  it('applies a second prórroga informed within the legal term with PRORROGA_REITERADA', () => {
    const d = run(
      peticion([
        { type: 'prorroga', date: '2026-12-10', businessDays: 5 },
        { type: 'prorroga', date: '2026-12-21', businessDays: 5 },
      ]),
    );
    expect(d.dueDate).toBe('2027-01-06');
    expect(d.warnings.map((w) => w.code)).toEqual(['PRORROGA_REITERADA']);
  });

  it('refuses a second prórroga informed after the legal term (CPACA art. 14 parágrafo)', () => {
    // Legal term: 2026-12-21. The first prórroga moves the due date to 12-29; a notice on 12-22 comes
    // after the legal term, even though the extended one still runs.
    const d = run(
      peticion([
        { type: 'prorroga', date: '2026-12-18', businessDays: 5 },
        { type: 'prorroga', date: '2026-12-22', businessDays: 5 },
      ]),
    );
    expect(d.dueDate).toBe('2026-12-29');
    expect(d.warnings.map((w) => w.code)).toEqual(['PRORROGA_EXTEMPORANEA']);
    expect(d.warnings[0]?.message).toContain('término legal (2026-12-21)');
  });

  it('measures the legal term with the art. 17 suspension: a prórroga inside the suspended term is timely', () => {
    // Requerimiento on 12-01, answered 12-10: the legal term moves past 12-21, so a notice on 12-22
    // is still before it ends.
    const d = run(
      peticion([
        { type: 'requerimiento', date: '2026-12-01' },
        { type: 'respuesta_requerimiento', date: '2026-12-10' },
        { type: 'prorroga', date: '2026-12-22', businessDays: 5 },
      ]),
    );
    expect(d.warnings.map((w) => w.code)).toEqual([]);
    expect(d.dueDate! > '2026-12-29').toBe(true);
  });

  it('warns PRORROGA_NO_PREVISTA under Ley 142 (no prórroga) and keeps the due date', () => {
    const r: PqrsdRequest = {
      type: 'reclamo',
      regime: 'servicios_publicos',
      receivedAt: '2026-11-27',
      events: [{ type: 'prorroga', date: '2026-12-18', businessDays: 5 }],
    };
    expect(run(r).dueDate).toBe('2026-12-21');
    expect(codes(r)).toEqual(['PRORROGA_NO_PREVISTA']);
  });

  it('allows at most 5 more business days for a hábeas data consulta (Ley 1581 art. 14)', () => {
    const base = { type: 'consulta', regime: 'habeas_data', receivedAt: '2026-11-27' } as const;
    expect(
      run({ ...base, events: [{ type: 'prorroga', date: '2026-12-11', businessDays: 5 }] }).dueDate,
    ).toBe('2026-12-18');
    expect(codes({ ...base, events: [{ type: 'prorroga', date: '2026-12-11', businessDays: 6 }] })).toEqual([
      'PRORROGA_EXCESIVA',
    ]);
  });

  it('allows at most 8 more business days for a hábeas data reclamo (Ley 1581 art. 15 num. 3)', () => {
    const base = { type: 'reclamo', regime: 'habeas_data', receivedAt: '2026-11-27' } as const;
    expect(
      run({ ...base, events: [{ type: 'prorroga', date: '2026-12-21', businessDays: 8 }] }).dueDate,
    ).toBe('2027-01-04');
    expect(codes({ ...base, events: [{ type: 'prorroga', date: '2026-12-21', businessDays: 9 }] })).toEqual([
      'PRORROGA_EXCESIVA',
    ]);
  });

  it('allows up to double the emergency term (Decreto 491 art. 5 par.)', () => {
    const d = run({
      type: 'peticion',
      receivedAt: '2021-03-01',
      events: [{ type: 'prorroga', date: '2021-04-01', businessDays: 30 }],
    });
    expect(d.regime).toBe('emergencia_2020');
    expect(d.maxDueDate).toBe(d.dueDate);
    expect(d.warnings).toEqual([]);
  });

  it.each([
    [{ type: 'prorroga', date: '2026-12-18' }, 'exactamente uno'],
    [{ type: 'prorroga', date: '2026-12-18', businessDays: 5, newDueDate: '2027-01-05' }, 'exactamente uno'],
    [{ type: 'prorroga', date: '2026-12-18', businessDays: 0 }, 'entero positivo'],
    [{ type: 'prorroga', date: '2026-12-18', businessDays: 1.5 }, 'entero positivo'],
    [{ type: 'prorroga', date: '2026-12-18', newDueDate: '2027-02-30' }, 'newDueDate'],
  ])('rejects a malformed prórroga %o with INVALID_EVENT', (event, text) => {
    const e = errorOf(() => run(peticion([event as LifecycleEvent])));
    expect(e.code).toBe('INVALID_EVENT');
    expect(e.message).toContain('events[0]');
    expect(e.message).toContain(text);
  });
});

describe('requerimiento (CPACA art. 17)', () => {
  const req = (answer?: string, extra: LifecycleEvent[] = []): PqrsdRequest =>
    peticion([
      { type: 'requerimiento', date: '2026-12-01' },
      ...(answer === undefined ? [] : [{ type: 'respuesta_requerimiento', date: answer } as const]),
      ...extra,
    ]);

  it('suspends the term from the day after the requirement and resumes it the day after the answer', () => {
    const d = run(req('2026-12-10'));
    expect(d.dueDate).toBe('2026-12-30');
    expect(d.requirement).toEqual({
      requestedOn: '2026-12-01',
      deadlineToRequire: '2026-12-14',
      valid: true,
      lapsesOn: '2027-01-04',
      extended: false,
      answeredOn: '2026-12-10',
    });
    expect(d.suspensions).toEqual([
      { from: '2026-12-02', to: '2026-12-10', act: 'Requerimiento al peticionario (art. 17)' },
    ]);
    expect(d.warnings).toEqual([]);
  });

  it('restarts a full term from the answer with requirementReactivation = restart', () => {
    expect(run(req('2026-12-10'), { requirementReactivation: 'restart' }).dueDate).toBe('2027-01-04');
  });

  it('never ends the term before the business day after the answer (resume)', () => {
    const d = run({
      type: 'peticion_documentos',
      receivedAt: '2026-11-27',
      events: [
        { type: 'requerimiento', date: '2026-12-14' },
        { type: 'respuesta_requerimiento', date: '2026-12-20' },
      ],
    });
    expect(d.dueDate).toBe('2026-12-21');
  });

  it('keeps the requirement open until the petitioner answers (1 calendar month, Ley 4 de 1913 art. 62)', () => {
    const d = run(req());
    expect(d.requirement?.lapsesOn).toBe('2027-01-04');
    expect(d.requirement?.answeredOn).toBeNull();
    expect(d.closure).toBeNull();
  });

  it('extends the petitioner month by an equal term when asked before it lapses', () => {
    const d = run(req(undefined, [{ type: 'ampliacion_requerimiento', date: '2026-12-28' }]));
    expect(d.requirement?.extended).toBe(true);
    expect(d.requirement?.lapsesOn).toBe('2027-02-01');
  });

  it('warns AMPLIACION_EXTEMPORANEA after the month lapsed and records desistimiento tácito', () => {
    const d = run(req(undefined, [{ type: 'ampliacion_requerimiento', date: '2027-01-05' }]));
    expect(d.warnings.map((w) => w.code)).toEqual(['AMPLIACION_EXTEMPORANEA']);
    expect(d.closure).toEqual({ kind: 'desistimiento_tacito', date: '2027-01-05' });
  });

  it('warns RESPUESTA_REQUERIMIENTO_EXTEMPORANEA for an answer after the month lapsed', () => {
    const d = run(req('2027-01-06'));
    expect(d.warnings.map((w) => w.code)).toEqual(['RESPUESTA_REQUERIMIENTO_EXTEMPORANEA']);
    expect(d.closure?.kind).toBe('desistimiento_tacito');
  });

  it('warns REQUERIMIENTO_EXTEMPORANEO after the 10th día and does not suspend the term', () => {
    const r = peticion([
      { type: 'requerimiento', date: '2026-12-15' },
      { type: 'respuesta_requerimiento', date: '2026-12-18' },
    ]);
    const d = run(r);
    expect(d.dueDate).toBe('2026-12-21');
    expect(d.requirement?.valid).toBe(false);
    expect(d.warnings.map((w) => w.code)).toEqual(['REQUERIMIENTO_EXTEMPORANEO']);
  });

  it('accepts a requirement on the 10th día', () => {
    const d = run(peticion([{ type: 'requerimiento', date: '2026-12-14' }]));
    expect(d.requirement?.valid).toBe(true);
  });

  it('applies Ley 1581 art. 15 num. 1: require within 5 días, 2 months, no extension', () => {
    const base = { type: 'reclamo', regime: 'habeas_data', receivedAt: '2026-11-27' } as const;
    const late = run({ ...base, events: [{ type: 'requerimiento', date: '2026-12-07' }] });
    expect(late.warnings.map((w) => w.code)).toEqual(['REQUERIMIENTO_EXTEMPORANEO']);
    const ok = run({
      ...base,
      events: [
        { type: 'requerimiento', date: '2026-12-04' },
        { type: 'ampliacion_requerimiento', date: '2026-12-10' },
      ],
    });
    expect(ok.requirement?.lapsesOn).toBe('2027-02-04');
    expect(ok.warnings.map((w) => w.code)).toEqual(['AMPLIACION_NO_PREVISTA']);
  });

  it('warns on a second requirement, an answer or an extension without a requirement', () => {
    expect(
      codes(
        peticion([
          { type: 'requerimiento', date: '2026-12-01' },
          { type: 'respuesta_requerimiento', date: '2026-12-02' },
          { type: 'requerimiento', date: '2026-12-03' },
        ]),
      ),
    ).toEqual(['REQUERIMIENTO_REITERADO']);
    expect(codes(peticion([{ type: 'respuesta_requerimiento', date: '2026-12-02' }]))).toEqual([
      'RESPUESTA_REQUERIMIENTO_SIN_REQUERIMIENTO',
    ]);
    expect(codes(peticion([{ type: 'ampliacion_requerimiento', date: '2026-12-02' }]))).toEqual([
      'AMPLIACION_SIN_REQUERIMIENTO',
    ]);
    expect(
      codes(
        peticion([
          { type: 'requerimiento', date: '2026-12-01' },
          { type: 'respuesta_requerimiento', date: '2026-12-02' },
          { type: 'respuesta_requerimiento', date: '2026-12-03' },
        ]),
      ),
    ).toEqual(['RESPUESTA_REQUERIMIENTO_SIN_REQUERIMIENTO']);
    expect(
      codes(
        peticion([
          { type: 'requerimiento', date: '2026-12-15' },
          { type: 'ampliacion_requerimiento', date: '2026-12-16' },
        ]),
      ),
    ).toEqual(['REQUERIMIENTO_EXTEMPORANEO', 'AMPLIACION_SIN_REQUERIMIENTO']);
  });

  it('warns REQUERIMIENTO_NO_PREVISTO for a congress report (Ley 5 de 1992 has no requirement)', () => {
    const d = run({
      type: 'solicitud_congresista',
      receivedAt: '2026-11-27',
      events: [{ type: 'requerimiento', date: '2026-11-30' }],
    });
    expect(d.dueDate).toBe('2026-12-04');
    expect(d.warnings.map((w) => w.code)).toEqual(['REQUERIMIENTO_NO_PREVISTO']);
  });

  it('answers on the same day as the requirement: nothing suspended, resumes the next day', () => {
    const d = run(
      peticion([
        { type: 'requerimiento', date: '2026-12-01' },
        { type: 'respuesta_requerimiento', date: '2026-12-01' },
      ]),
    );
    expect(d.dueDate).toBe('2026-12-21');
    expect(d.suspensions).toEqual([]);
  });
});

describe('traslado (CPACA art. 21)', () => {
  it('ends the obligation of the sending entity within 5 días', () => {
    const d = run(peticion([{ type: 'traslado', date: '2026-12-04', to: 'Ministerio de Salud' }]));
    expect(d.traslado).toEqual({
      date: '2026-12-04',
      deadline: '2026-12-04',
      onTime: true,
      to: 'Ministerio de Salud',
    });
    expect(d.closure).toEqual({ kind: 'traslado', date: '2026-12-04' });
    expect(d.warnings).toEqual([]);
  });

  it('warns TRASLADO_EXTEMPORANEO after the 5th día', () => {
    const d = run(peticion([{ type: 'traslado', date: '2026-12-07' }]));
    expect(d.traslado?.onTime).toBe(false);
    expect(d.warnings.map((w) => w.code)).toEqual(['TRASLADO_EXTEMPORANEO']);
  });

  it('gives 2 días hábiles under hábeas data (Ley 1581 art. 15 num. 1)', () => {
    const base = { type: 'reclamo', regime: 'habeas_data', receivedAt: '2026-11-27' } as const;
    expect(run({ ...base, events: [{ type: 'traslado', date: '2026-12-01' }] }).traslado?.onTime).toBe(true);
    expect(run({ ...base, events: [{ type: 'traslado', date: '2026-12-02' }] }).traslado?.onTime).toBe(false);
  });

  it('ignores term-moving events after the traslado with EVENTO_POSTERIOR_AL_CIERRE', () => {
    expect(
      codes(
        peticion([
          { type: 'traslado', date: '2026-12-01' },
          { type: 'prorroga', date: '2026-12-02', businessDays: 3 },
          { type: 'traslado', date: '2026-12-03' },
          { type: 'desistimiento', date: '2026-12-04' },
        ]),
      ),
    ).toEqual(['EVENTO_POSTERIOR_AL_CIERRE', 'EVENTO_POSTERIOR_AL_CIERRE', 'EVENTO_POSTERIOR_AL_CIERRE']);
  });
});

describe('suspensión de términos by an act of the entity', () => {
  it('moves the due date by the suspended business days', () => {
    const d = run(
      peticion([{ type: 'suspension', from: '2026-12-01', to: '2026-12-03', act: 'Resolución 12 de 2026' }]),
    );
    expect(d.dueDate).toBe('2026-12-24');
    expect(d.suspensions).toEqual([{ from: '2026-12-01', to: '2026-12-03', act: 'Resolución 12 de 2026' }]);
    expect(d.trace.find((t) => t.date === '2026-12-02' && t.kind === 'dia')?.day).toEqual({
      date: '2026-12-02',
      counted: false,
      reason: 'suspension',
      detail: 'Resolución 12 de 2026',
    });
  });

  it('has no effect when it starts after the due date (SUSPENSION_POSTERIOR_AL_VENCIMIENTO)', () => {
    const r = peticion([{ type: 'suspension', from: '2026-12-22', to: '2026-12-31', act: 'Resolución 13' }]);
    expect(run(r).dueDate).toBe('2026-12-21');
    expect(codes(r)).toEqual(['SUSPENSION_POSTERIOR_AL_VENCIMIENTO']);
  });

  it('counts a suspension that began before receipt only from the receipt on', () => {
    const d = run(
      peticion([{ type: 'suspension', from: '2026-11-20', to: '2026-11-30', act: 'Resolución 9' }]),
    );
    expect(d.dueDate).toBe('2026-12-22');
  });

  it('adds the suspended calendar days to a term in months (CPACA art. 86: práctica de pruebas)', () => {
    const d = run({
      type: 'recurso',
      receivedAt: '2026-11-27',
      events: [{ type: 'suspension', from: '2026-12-01', to: '2026-12-10', act: 'Auto de pruebas' }],
    });
    expect(d.dueDate).toBe('2027-02-08');
  });

  it('never moves the due date earlier, combined with an entity calendar closure', () => {
    const calendar = createCalendar({ closures: [{ date: '2026-12-24', reason: 'Cierre de fin de año' }] });
    const plain = computeDeadline({ type: 'peticion', receivedAt: '2026-12-10' }, { calendar });
    const d = computeDeadline(
      {
        type: 'peticion',
        receivedAt: '2026-12-10',
        events: [{ type: 'suspension', from: '2026-12-14', to: '2026-12-15', act: 'Resolución 14' }],
      },
      { calendar },
    );
    expect(plain.dueDate).toBe('2027-01-05');
    expect(d.dueDate).toBe('2027-01-07');
  });

  it.each([
    [{ type: 'suspension', from: '2026-12-05', to: '2026-12-01', act: 'x' }, 'antes de empezar'],
    [{ type: 'suspension', from: '2026-12-01', to: '2026-12-05', act: ' ' }, 'act'],
    [{ type: 'suspension', from: '2026-11-01', to: '2026-11-05', act: 'x' }, 'anterior a la recepción'],
    [{ type: 'suspension', from: 'ayer', to: '2026-11-05', act: 'x' }, 'from'],
  ])('rejects %o with INVALID_EVENT', (event, text) => {
    const e = errorOf(() => run(peticion([event as LifecycleEvent])));
    expect(e.code).toBe('INVALID_EVENT');
    expect(e.message).toContain(text);
  });
});

describe('respuesta, notificación, desistimiento', () => {
  it('records the first answer as the closure with its outcome; later answers complement it', () => {
    const d = run(
      peticion([
        { type: 'respuesta', date: '2026-12-18', outcome: 'a_favor' },
        { type: 'notificacion', date: '2026-12-19' },
        { type: 'respuesta', date: '2026-12-22' },
      ]),
    );
    expect(d.closure).toEqual({ kind: 'respuesta', date: '2026-12-18', outcome: 'a_favor' });
    expect(d.notifiedOn).toBe('2026-12-19');
    expect(d.warnings).toEqual([]);
  });

  it('records an express withdrawal (CPACA art. 18)', () => {
    expect(run(peticion([{ type: 'desistimiento', date: '2026-12-02' }])).closure).toEqual({
      kind: 'desistimiento',
      date: '2026-12-02',
    });
  });

  it('sorts events by date whatever their order', () => {
    const a = run(
      peticion([
        { type: 'respuesta_requerimiento', date: '2026-12-10' },
        { type: 'requerimiento', date: '2026-12-01' },
      ]),
    );
    expect(a.dueDate).toBe('2026-12-30');
  });

  it('warns EVENTO_SIN_TERMINO for term-moving events on a felicitación', () => {
    const d = run({
      type: 'felicitacion',
      receivedAt: '2026-11-27',
      events: [{ type: 'prorroga', date: '2026-11-30', businessDays: 3 }],
    });
    expect(d.dueDate).toBeNull();
    expect(d.warnings.map((w) => w.code)).toEqual(['EVENTO_SIN_TERMINO']);
  });
});

describe('malformed events', () => {
  it.each([
    [[{ type: 'respuesta', date: '2026-11-26' }], 'antes de la recepción'],
    [[{ type: 'llamada', date: '2026-12-01' }], 'tipo desconocido'],
    [[null], 'no es un objeto'],
    [[{ type: 'respuesta', date: '2026-12-01', outcome: 'ganada' }], 'resultado desconocido'],
    [[{ type: 'respuesta', date: '2026-13-01' }], 'no es una fecha'],
  ])('rejects %o with INVALID_EVENT naming the index', (events, text) => {
    const e = errorOf(() =>
      run({
        type: 'peticion',
        receivedAt: '2026-11-27',
        events: [{ type: 'notificacion', date: '2026-12-01' }, ...(events as LifecycleEvent[])],
      }),
    );
    expect(e.code).toBe('INVALID_EVENT');
    expect(e.message).toContain('events[1]');
    expect(e.message).toContain(text);
  });

  it('rejects events that are not a list', () => {
    const e = errorOf(() => run({ type: 'peticion', receivedAt: '2026-11-27', events: 'x' as never }));
    expect(e.code).toBe('INVALID_EVENT');
  });

  it('pins the message of an event before receipt', () => {
    expect(() =>
      run({
        type: 'peticion',
        receivedAt: '2026-11-27',
        events: [{ type: 'respuesta', date: '2026-11-26' }],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[PqrsdError: Evento events[0] inválido: respuesta fechado «2026-11-26», antes de la recepción («2026-11-27»).]`,
    );
  });
});
