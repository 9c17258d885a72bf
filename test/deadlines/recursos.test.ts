/**
 * The recursos after the answer: properties of the window (always a business day), the trace of the
 * recurso events, their validation, the SAP recognition in the indicators and the registry columns.
 * The legal results themselves are golden cases (test/golden/recursos.cases.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { resolveHeader } from '../../src/cli/mapping.js';
import { buildRecord, quickCheck, validateRow } from '../../src/cli/record.js';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import { type LifecycleEvent, RECURSO_KINDS } from '../../src/domain.js';
import { isPqrsdError } from '../../src/errors.js';
import { aggregate, earlyAlerts, toIndicatorRecords } from '../../src/indicators/index.js';

const day = (lo: string, hi: string) =>
  fc.integer({ min: toDayNumber(lo), max: toDayNumber(hi) }).map(fromDayNumber);

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return isPqrsdError(error) ? error.code : 'otro';
  }
  return undefined;
}

describe('the recurso window (fast-check)', () => {
  const closures = fc.uniqueArray(day('2026-01-01', '2028-12-31'), { maxLength: 20 });
  it('never ends on a non-business day, and counts its days after the notification', () => {
    fc.assert(
      fc.property(
        day('2026-01-01', '2027-12-31'),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('servicios_publicos', 'cpaca') as fc.Arbitrary<'servicios_publicos' | 'cpaca'>,
        fc.constantFrom('ley_142', 'cpaca') as fc.Arbitrary<'ley_142' | 'cpaca'>,
        fc.constantFrom(...RECURSO_KINDS.filter((k) => k !== 'queja')),
        closures,
        (answered, delay, regime, spdRecursoTerm, kind, closed) => {
          const calendar = createCalendar({ closures: closed.map((d) => ({ date: d, reason: 'Cierre' })) });
          const notified = fromDayNumber(toDayNumber(answered) + delay);
          const s = requestStatus(
            {
              type: 'reclamo',
              receivedAt: answered,
              regime,
              events: [
                { type: 'respuesta', date: answered },
                { type: 'notificacion', date: notified },
                { type: 'recurso', date: notified, kind },
              ],
            },
            notified,
            { calendar, policies: { spdRecursoTerm } },
          );
          const end = s.recurso?.windowEnd as string;
          const days = s.recurso?.windowDays as number;
          expect(calendar.isBusinessDay(end)).toBe(true);
          expect(calendar.businessDaysBetween(notified, end)).toBe(days);
          expect(days).toBe(regime === 'servicios_publicos' && spdRecursoTerm === 'ley_142' ? 5 : 10);
          // A recurso filed on the day of the notification is always in time; its decision term ends
          // on a business day too when it is counted in días hábiles (Ley 142 art. 158).
          expect(s.recurso?.onTime).toBe(true);
          const due = s.recurso?.decisionDueDate;
          if (regime === 'servicios_publicos' && kind !== 'apelacion')
            expect(calendar.isBusinessDay(due as string)).toBe(true);
        },
      ),
      { seed: 19_154, numRuns: 300 },
    );
  });

  it('a recurso is in time exactly up to the last day of its window', () => {
    fc.assert(
      fc.property(day('2026-01-01', '2027-12-31'), fc.integer({ min: 0, max: 25 }), (notified, after) => {
        const filed = fromDayNumber(toDayNumber(notified) + after);
        const s = requestStatus(
          {
            type: 'reclamo',
            receivedAt: notified,
            regime: 'servicios_publicos',
            events: [
              { type: 'respuesta', date: notified },
              { type: 'notificacion', date: notified },
              { type: 'recurso', date: filed, kind: 'reposicion' },
            ],
          },
          filed,
        );
        const end = s.recurso?.windowEnd as string;
        expect(s.recurso?.onTime).toBe(filed <= end);
        expect(s.alerts.some((a) => a.code === 'RECURSO_EXTEMPORANEO')).toBe(filed > end);
      }),
      { seed: 78, numRuns: 300 },
    );
  });

  it('CPACA art. 72: the notification and recursos parts name the same day, a recurso with none recorded notifying', () => {
    fc.assert(
      fc.property(
        day('2026-01-01', '2027-12-31'),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom('servicios_publicos', 'cpaca') as fc.Arbitrary<'servicios_publicos' | 'cpaca'>,
        (answered, notifiedAfter, filedAfter, regime) => {
          const at = (n: number) => fromDayNumber(toDayNumber(answered) + n);
          const filed = at(filedAfter);
          const events: LifecycleEvent[] = [
            { type: 'respuesta', date: answered },
            { type: 'recurso', date: filed, kind: 'reposicion' },
          ];
          if (notifiedAfter !== undefined) events.push({ type: 'notificacion', date: at(notifiedAfter) });
          const asOf = at(Math.max(filedAfter, notifiedAfter ?? 0));
          const s = requestStatus({ type: 'reclamo', receivedAt: answered, regime, events }, asOf);
          expect(s.recurso?.notifiedOn).toBe(s.notification?.notifiedOn);
          // A recorded notification counts as such; without one, the recurso's filing day.
          expect(s.notification?.notifiedOn).toBe(notifiedAfter === undefined ? filed : at(notifiedAfter));
          // The recurso that notifies is filed on the first day of its own window: always in time.
          if (notifiedAfter === undefined) expect(s.recurso?.onTime).toBe(true);
        },
      ),
      { seed: 72, numRuns: 300 },
    );
  });
});

describe('recurso events', () => {
  const base = { type: 'reclamo', receivedAt: '2026-11-03', regime: 'servicios_publicos' } as const;
  const events: LifecycleEvent[] = [
    { type: 'respuesta', date: '2026-11-20' },
    { type: 'notificacion', date: '2026-11-23' },
    { type: 'recurso', date: '2026-11-27', kind: 'reposicion_y_apelacion' },
    { type: 'decision_recurso', date: '2026-12-10', result: 'confirma', notifiedOn: '2026-12-11' },
    { type: 'envio_sspd', date: '2026-12-16' },
  ];

  it('leave their lines in the trace, with the article of each', () => {
    const d = computeDeadline({ ...base, events });
    const lines = d.trace.filter((t) => t.kind === 'evento').map((t) => t.message);
    expect(lines).toContain('Recurso de reposición y en subsidio apelación interpuesto el 2026-11-27.');
    expect(lines).toContain('Decisión del recurso el 2026-12-10 (confirma), notificada el 2026-12-11.');
    const envio = d.trace.find((t) => t.event?.type === 'envio_sspd');
    expect(envio?.citation?.articulo).toBe('art. 159');
    // They move nothing: the due date is the answer's.
    expect(d.dueDate).toBe(computeDeadline({ ...base, events: events.slice(0, 2) }).dueDate);
  });

  it('are validated: kind, result and the notification of the decision', () => {
    const bad = (e: Record<string, unknown>) =>
      codeOf(() => computeDeadline({ ...base, events: [e as unknown as LifecycleEvent] }));
    expect(bad({ type: 'recurso', date: '2026-11-27' })).toBe('INVALID_EVENT');
    expect(bad({ type: 'recurso', date: '2026-11-27', kind: 'casacion' })).toBe('INVALID_EVENT');
    expect(bad({ type: 'decision_recurso', date: '2026-12-10', result: 'niega' })).toBe('INVALID_EVENT');
    expect(bad({ type: 'decision_recurso', date: '2026-12-10', notifiedOn: '2026-02-30' })).toBe(
      'INVALID_EVENT',
    );
    expect(bad({ type: 'decision_recurso', date: '2026-12-10', notifiedOn: '2026-12-10' })).toBeUndefined();
  });

  it('rejects unknown values of the recursos policies', () => {
    expect(codeOf(() => computeDeadline(base, { policies: { spdRecursoTerm: 'diez' as never } }))).toBe(
      'INVALID_POLICY',
    );
    expect(codeOf(() => computeDeadline(base, { policies: { spdAppealForwarding: 1 as never } }))).toBe(
      'INVALID_POLICY',
    );
  });

  it('a request without recurso events keeps its status shape, with a stage', () => {
    const s = requestStatus({ type: 'peticion', receivedAt: '2026-11-27' }, '2026-12-01');
    expect(s.stage).toBeNull();
    expect(s.recurso).toBeNull();
    expect(s.consequences).toEqual([]);
  });
});

describe('SAP recognition in the indicators (Decreto 2150 art. 123)', () => {
  const unanswered = {
    radicado: 'D',
    type: 'reclamo',
    regime: 'servicios_publicos',
    receivedAt: '2026-11-03',
  } as const;
  const recognised = {
    ...unanswered,
    radicado: 'R',
    events: [{ type: 'reconocimiento_sap', date: '2026-11-27' }],
  } as const;

  it('a recognised silencio is still counted, and no longer asks to be recognised', () => {
    const records = [...toIndicatorRecords([unanswered, recognised], '2026-11-27')];
    expect(aggregate(records).groups[0]?.silencioPositivo).toBe(2);
    const alert = earlyAlerts({ asOf: '2026-11-27', records }).find(
      (a) => a.code === 'SILENCIO_POSITIVO_POR_RECONOCER',
    );
    expect(alert?.records).toEqual(['D']);
  });
});

describe('registry columns of the recursos', () => {
  const header = resolveHeader([
    'radicado',
    'tipo',
    'fecha_radicacion',
    'fecha_respuesta',
    'Fecha del recurso',
    'Tipo de recurso',
    'fecha_decision_recurso',
    'resultado_recurso',
    'fecha_notificacion_decision_recurso',
    'Fecha de envío a la SSPD',
    'fecha_reconocimiento_sap',
  ]);

  it('become recurso events, with their vocabulary', () => {
    const b = buildRecord(
      [
        'R-1',
        'reclamo',
        '2026-11-03',
        '2026-11-20',
        '27/11/2026',
        'Reposición y en subsidio apelación',
        '2026-12-10',
        'Confirmada',
        '2026-12-11',
        '2026-12-16',
        '',
      ],
      header,
    );
    expect(b.input.events).toEqual([
      { type: 'respuesta', date: '2026-11-20' },
      { type: 'recurso', date: '2026-11-27', kind: 'reposicion_y_apelacion' },
      { type: 'decision_recurso', date: '2026-12-10', result: 'confirma', notifiedOn: '2026-12-11' },
      { type: 'envio_sspd', date: '2026-12-16' },
    ]);
  });

  it('pass the quick check and the schema alike; a decision notified before it was taken is blamed on its column', () => {
    const row = (cells: string[]) => buildRecord(cells, header);
    const good = row([
      'R-1',
      'reclamo',
      '2026-11-03',
      '2026-11-20',
      '2026-11-27',
      'reposicion',
      '2026-12-10',
      'confirma',
      '2026-12-11',
      '2026-12-16',
      '2026-12-01',
    ]);
    expect(quickCheck(good.input, true)).toBe(true);
    expect(validateRow(good).ok).toBe(true);
    const bad = row([
      'R-2',
      'reclamo',
      '2026-11-03',
      '2026-11-20',
      '2026-11-27',
      'reposicion',
      '2026-12-10',
      'confirma',
      '2026-12-09',
      '',
      '',
    ]);
    expect(quickCheck(bad.input, true)).toBe(false);
    const v = validateRow(bad);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reasons.join(' ')).toContain('fecha_notificacion_decision_recurso');
  });

  it('a recurso without a known kind is a reposición, with a warning; an unknown result is left out', () => {
    const b = buildRecord(
      [
        'R-2',
        'reclamo',
        '2026-11-03',
        '2026-11-20',
        '2026-11-27',
        'Tutela',
        '2026-12-10',
        'Niega',
        '',
        '',
        '2026-12-01',
      ],
      header,
    );
    expect(b.input.events).toEqual([
      { type: 'respuesta', date: '2026-11-20' },
      { type: 'recurso', date: '2026-11-27', kind: 'reposicion' },
      { type: 'decision_recurso', date: '2026-12-10' },
      { type: 'reconocimiento_sap', date: '2026-12-01' },
    ]);
    expect(b.warnings).toEqual([
      expect.stringContaining('tipo_recurso: «Tutela»'),
      expect.stringContaining('resultado_recurso: «Niega»'),
    ]);
  });
});
