/**
 * The notification chain (CPACA arts. 56, 67-69 and 72): a property over random event sequences, the
 * trace lines the handlers leave, and the registry columns that feed it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromDayNumber, nationalCalendar, toDayNumber } from '../../src/calendar/index.js';
import { resolveHeader } from '../../src/cli/mapping.js';
import { buildRecord } from '../../src/cli/record.js';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import { type LifecycleEvent, NOTIFICATION_VIAS } from '../../src/domain.js';
import { run } from '../cli/helpers.js';

const received = fc
  .integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2035-12-31') })
  .map(fromDayNumber);

/** A notification-chain event `offset` calendar days after the receipt. */
const notice = fc.oneof(
  fc.record({ kind: fc.constant('citacion' as const), offset: fc.nat(60), published: fc.boolean() }),
  fc.record({ kind: fc.constant('aviso' as const), offset: fc.nat(60), published: fc.boolean() }),
  fc.record({
    kind: fc.constant('notificacion' as const),
    offset: fc.nat(60),
    via: fc.constantFrom(...NOTIFICATION_VIAS, undefined),
  }),
);

function eventOf(n: Readonly<Record<string, unknown>>, from: string): LifecycleEvent {
  const date = addCalendarDays(from, n.offset as number);
  if (n.kind === 'citacion') return { type: 'citacion', date, published: n.published as boolean };
  if (n.kind === 'aviso') return { type: 'aviso', date, published: n.published as boolean };
  const via = n.via as (typeof NOTIFICATION_VIAS)[number] | undefined;
  return via === undefined ? { type: 'notificacion', date } : { type: 'notificacion', date, via };
}

describe('notification properties (fast-check)', () => {
  it('a notification never precedes its decision', () => {
    fc.assert(
      fc.property(
        received,
        fc.nat(40),
        fc.array(notice, { maxLength: 5 }),
        fc.nat(90),
        fc.constantFrom('habil', 'calendario'),
        (rec, answerAfter, notices, cutAfter, day) => {
          const answered = addCalendarDays(rec, answerAfter);
          const events = [
            { type: 'respuesta', date: answered } as const,
            ...notices.map((n) => eventOf(n, rec)),
          ];
          const options = { policies: { avisoSurtidaDay: day as 'habil' | 'calendario' } };
          const d = computeDeadline({ type: 'peticion', receivedAt: rec, events }, options);
          const asOf = addCalendarDays(rec, 61 + cutAfter);
          const s = requestStatus({ type: 'peticion', receivedAt: rec, events }, asOf, options);
          const notified = s.notification?.notifiedOn ?? null;
          return (
            (d.notifiedOn === null || d.notifiedOn >= answered) &&
            s.notification !== null &&
            s.notification.decidedOn === answered &&
            (notified === null || notified >= answered)
          );
        },
      ),
      { seed: 19_002, numRuns: 1500 },
    );
  });

  it('an aviso delivered on any day takes effect on the next business day (policy habil)', () => {
    fc.assert(
      fc.property(received, fc.nat(30), (rec, after) => {
        const delivered = addCalendarDays(rec, after + 6);
        const s = requestStatus(
          {
            type: 'peticion',
            receivedAt: rec,
            events: [
              { type: 'respuesta', date: rec },
              { type: 'citacion', date: rec },
              { type: 'aviso', date: delivered },
            ],
          },
          addCalendarDays(delivered, 20),
        );
        const on = s.notification?.notifiedOn as string;
        return on === nationalCalendar.addBusinessDays(delivered, 1) && nationalCalendar.isBusinessDay(on);
      }),
      { seed: 19_069, numRuns: 500 },
    );
  });
});

describe('notification trace', () => {
  it('each event leaves its line citing its article', () => {
    const d = computeDeadline({
      type: 'peticion',
      receivedAt: '2026-11-27',
      events: [
        { type: 'respuesta', date: '2026-12-10' },
        { type: 'citacion', date: '2026-12-10' },
        { type: 'aviso', date: '2026-12-24' },
        { type: 'notificacion', date: '2026-12-30', via: 'electronica' },
      ],
    });
    const lines = d.trace.filter((t) => t.kind === 'evento');
    const text = lines.map((t) => `${t.message} [${t.citation?.articulo ?? ''}]`).join('\n');
    expect(text).toContain(
      'Citación para notificación personal enviada el 2026-12-10 (CPACA art. 68). [art. 68]',
    );
    expect(text).toContain(
      'surtida al finalizar el 2026-12-28, día siguiente al de la entrega (CPACA art. 69). [art. 69]',
    );
    expect(text).toContain('Notificación electrónica surtida el 2026-12-30');
    expect(d.notifiedOn).toBe('2026-12-28');
  });

  it('a notification before the answer is reported with the dates as written', () => {
    const d = computeDeadline({
      type: 'peticion',
      receivedAt: '2026-11-27',
      events: [
        { type: 'notificacion', date: '2026-12-09' },
        { type: 'respuesta', date: '2026-12-10' },
      ],
    });
    expect(d.notifiedOn).toBeNull();
    expect(d.warnings.map((w) => w.message)).toEqual([
      'La notificación del 2026-12-09 es anterior a la respuesta del 2026-12-10: no se puede notificar una decisión que no existe; no se tiene en cuenta (CPACA arts. 67 a 69).',
    ]);
  });
});

describe('registry columns of the notification', () => {
  const header = resolveHeader([
    'radicado',
    'tipo',
    'fecha_radicacion',
    'fecha_respuesta',
    'fecha_citacion',
    'fecha_aviso',
    'fecha_notificacion',
    'Tipo de notificación',
  ]);
  const row = (...cells: string[]) =>
    buildRecord(['1', 'peticion', '2026-11-27', '2026-12-10', ...cells], header).input.events;

  it('reads citación, aviso and the type of notification', () => {
    expect(row('2026-12-10', '', '2026-12-14', 'Notificación personal')).toEqual([
      { type: 'respuesta', date: '2026-12-10' },
      { type: 'citacion', date: '2026-12-10' },
      { type: 'notificacion', date: '2026-12-14', via: 'personal' },
    ]);
  });

  it('with an aviso, the engine computes the day it takes effect (art. 69)', () => {
    expect(row('2026-12-10', '2026-12-18', '2026-12-21', 'aviso')).toEqual([
      { type: 'respuesta', date: '2026-12-10' },
      { type: 'citacion', date: '2026-12-10' },
      { type: 'aviso', date: '2026-12-18' },
    ]);
  });

  it('warns on an unknown type and keeps the date', () => {
    const built = buildRecord(
      ['1', 'peticion', '2026-11-27', '2026-12-10', '', '', '2026-12-14', 'telegrama'],
      header,
    );
    expect(built.input.events).toContainEqual({ type: 'notificacion', date: '2026-12-14' });
    expect(built.warnings).toEqual([
      'tipo_notificacion: «telegrama» no es un tipo de notificación conocido (personal, aviso, electronica, conducta_concluyente, edicto, no_aplica); se omite',
    ]);
  });
});

describe('pqrsd auditar: the notification alert', () => {
  it('lists the answers whose aviso is due, not those without notification data', async () => {
    const csv = [
      'radicado,tipo,fecha_radicacion,fecha_respuesta,fecha_citacion,fecha_aviso,fecha_notificacion,tipo_notificacion',
      'A,peticion,2026-11-27,2026-12-10,2026-12-11,,,',
      'B,peticion,2026-11-27,2026-12-10,2026-12-10,2026-12-24,,aviso',
      'C,peticion,2026-11-27,2026-12-10,,,2026-12-14,Notificación personal',
      'D,peticion,2026-11-27,2026-12-10,,,,',
    ].join('\n');
    const r = await run(['auditar', '-', '--corte', '2026-12-21', '--formato', 'json'], { stdin: csv });
    const alerts = (JSON.parse(r.stdout) as { alerts: { code: string; records: string[] }[] }).alerts;
    expect(alerts).toEqual([
      expect.objectContaining({ code: 'NOTIFICACIONES_VENCIDAS', records: ['A', 'B'] }),
    ]);
  });
});
