import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  fromDayNumber,
  nationalCalendar,
  toDayNumber,
  weekday,
} from '../../src/calendar/index.js';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import { REGIMES, REQUEST_TYPES } from '../../src/domain.js';

const LO = toDayNumber('1990-01-01');
const HI = toDayNumber('2150-12-31');
const date = fc.integer({ min: LO, max: HI }).map(fromDayNumber);
const recentDate = fc
  .integer({ min: toDayNumber('2015-07-01'), max: toDayNumber('2040-12-31') })
  .map(fromDayNumber);
const type = fc.constantFrom(...REQUEST_TYPES);
const regime = fc.constantFrom(...REGIMES, 'auto' as const);

// Naive oracle: a day-by-day loop over a Set of holiday strings from date-holidays (public, minus
// Easter Sunday, which it lists as public but falls on a Sunday anyway).
const holidaySet = (() => {
  const hd = new Holidays('CO');
  const set = new Set<string>();
  for (let y = 2015; y <= 2041; y++) {
    for (const h of hd.getHolidays(y)) if (h.type === 'public') set.add(h.date.slice(0, 10));
  }
  return set;
})();
function naiveAddBusinessDays(start: string, n: number): string {
  let d = start;
  let left = n;
  while (left > 0) {
    d = addCalendarDays(d, 1);
    if (weekday(d) < 6 && !holidaySet.has(d)) left--;
  }
  return d;
}

describe('deadline properties (fast-check)', () => {
  it('the due date is always a business day of the calendar', () => {
    fc.assert(
      fc.property(type, regime, date, (t, r, received) => {
        const d = computeDeadline({ type: t, regime: r, receivedAt: received });
        if (d.dueDate === null) return t === 'felicitacion';
        return nationalCalendar.isBusinessDay(d.dueDate) && d.dueDate > received;
      }),
      { numRuns: 2000 },
    );
  });

  it('counting back from the due date gives the term in business days (no events)', () => {
    fc.assert(
      fc.property(type, regime, date, (t, r, received) => {
        const d = computeDeadline({ type: t, regime: r, receivedAt: received });
        const term = d.rule.term;
        if (term === null || term.unit !== 'dias_habiles') return true;
        return nationalCalendar.businessDaysBetween(d.termStart, d.dueDate as string) === term.amount;
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with a naive day-by-day oracle over date-holidays for CPACA petitions', () => {
    fc.assert(
      fc.property(
        recentDate,
        fc.constantFrom('peticion', 'peticion_documentos', 'consulta' as const),
        (received, t) => {
          const d = computeDeadline({ type: t, regime: 'cpaca', receivedAt: received });
          const amount = d.rule.term?.amount as number;
          return d.dueDate === naiveAddBusinessDays(received, amount);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is monotonic in the date of receipt', () => {
    fc.assert(
      fc.property(type, date, fc.integer({ min: 1, max: 40 }), (t, a, gap) => {
        const b = addCalendarDays(a, gap);
        const da = computeDeadline({ type: t, regime: 'cpaca', receivedAt: a }).dueDate;
        const db = computeDeadline({ type: t, regime: 'cpaca', receivedAt: b }).dueDate;
        return da === null || (db as string) >= da;
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid prórroga never moves the due date earlier, and never past maxDueDate', () => {
    fc.assert(
      fc.property(
        type,
        recentDate,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (t, received, after, days) => {
          const plain = computeDeadline({ type: t, receivedAt: received });
          const d = computeDeadline({
            type: t,
            receivedAt: received,
            events: [{ type: 'prorroga', date: addCalendarDays(received, after), businessDays: days }],
          });
          if (plain.dueDate === null) return d.dueDate === null;
          // A prórroga can keep a petition in course on 2020-03-28, which then takes the emergency
          // terms and their ceiling (Decreto 491 art. 5, policy emergencyPendingPetitions).
          const ceiling = d.regime === plain.regime ? plain.maxDueDate : d.maxDueDate;
          return d.dueDate !== null && d.dueDate >= plain.dueDate && d.dueDate <= (ceiling as string);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a suspension never moves the due date earlier', () => {
    fc.assert(
      fc.property(
        type,
        regime,
        recentDate,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (t, r, received, start, length) => {
          const from = addCalendarDays(received, start);
          const plain = computeDeadline({ type: t, regime: r, receivedAt: received });
          const d = computeDeadline({
            type: t,
            regime: r,
            receivedAt: received,
            events: [{ type: 'suspension', from, to: addCalendarDays(from, length), act: 'Acto' }],
          });
          return plain.dueDate === null || (d.dueDate as string) >= plain.dueDate;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a requirement answered in time never moves the due date earlier', () => {
    fc.assert(
      fc.property(
        recentDate,
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 25 }),
        fc.constantFrom('resume', 'restart' as const),
        (received, reqAfter, ansAfter, reactivation) => {
          const req = addCalendarDays(received, reqAfter);
          const plain = computeDeadline({ type: 'peticion', receivedAt: received });
          const d = computeDeadline(
            {
              type: 'peticion',
              receivedAt: received,
              events: [
                { type: 'requerimiento', date: req },
                { type: 'respuesta_requerimiento', date: addCalendarDays(req, ansAfter) },
              ],
            },
            { policies: { requirementReactivation: reactivation } },
          );
          return (
            (d.dueDate as string) >= (plain.dueDate as string) &&
            nationalCalendar.isBusinessDay(d.dueDate as string)
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('answering on the due date is respondida_a_tiempo; one business day later is not', () => {
    fc.assert(
      fc.property(
        type.filter((t) => t !== 'felicitacion'),
        regime,
        recentDate,
        (t, r, received) => {
          const due = computeDeadline({ type: t, regime: r, receivedAt: received }).dueDate as string;
          const late = nationalCalendar.nextBusinessDay(due);
          const on = requestStatus(
            { type: t, regime: r, receivedAt: received, events: [{ type: 'respuesta', date: due }] },
            late,
          );
          const after = requestStatus(
            { type: t, regime: r, receivedAt: received, events: [{ type: 'respuesta', date: late }] },
            late,
          );
          return on.state === 'respondida_a_tiempo' && after.state === 'respondida_extemporanea';
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the same instant gives the same deadline written with any offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const instant = new Date(ms);
        const z = computeDeadline({ type: 'peticion', receivedAt: instant.toISOString() });
        const asDate = computeDeadline({ type: 'peticion', receivedAt: instant });
        const local = new Date(ms - 5 * 3600_000).toISOString().replace('Z', '-05:00');
        const offset = computeDeadline({ type: 'peticion', receivedAt: local });
        return (
          z.dueDate === asDate.dueDate &&
          (ms >= Date.UTC(1992, 4, 3) && ms < Date.UTC(1993, 3, 5) ? true : z.dueDate === offset.dueDate)
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('the semáforo never goes back from rojo to amarillo or verde while open', () => {
    fc.assert(
      fc.property(recentDate, fc.integer({ min: 0, max: 40 }), (received, k) => {
        const r = { type: 'peticion', receivedAt: received } as const;
        const rank = { verde: 0, amarillo: 1, rojo: 2 } as const;
        const a = requestStatus(r, addCalendarDays(received, k)).semaforo;
        const b = requestStatus(r, addCalendarDays(received, k + 1)).semaforo;
        return a !== null && b !== null && rank[b] >= rank[a];
      }),
      { numRuns: 500 },
    );
  });

  it('a prórroga informed after the legal term never moves the due date, whatever came before', () => {
    // CPACA art. 14 parágrafo: the new term is informed "antes del vencimiento del término señalado en
    // la ley". The legal term here has no suspension, so it is the due date without events.
    fc.assert(
      fc.property(
        recentDate,
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 15 }),
        (received, firstAt, firstDays, lateBy, secondDays) => {
          const first = {
            type: 'prorroga',
            date: addCalendarDays(received, firstAt),
            businessDays: firstDays,
          } as const;
          const once = computeDeadline({ type: 'peticion', receivedAt: received, events: [first] });
          // The legal term of the regime the petition ends in: a prórroga can keep it in course on
          // 2020-03-28, and then the emergency term is the legal one (Decreto 491 art. 5).
          const legal = computeDeadline({ type: 'peticion', receivedAt: received, regime: once.regime })
            .dueDate as string;
          const late = {
            type: 'prorroga',
            date: addCalendarDays(legal, lateBy),
            businessDays: secondDays,
          } as const;
          const twice = computeDeadline({ type: 'peticion', receivedAt: received, events: [first, late] });
          return (
            twice.dueDate === once.dueDate &&
            twice.warnings.at(-1)?.code === 'PRORROGA_EXTEMPORANEA' &&
            (twice.dueDate as string) <= (twice.maxDueDate as string)
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a notificación never takes a silence away, and counts only when the policy says so', () => {
    const kinds = fc.constantFrom(
      ['reclamo', 'servicios_publicos'] as const,
      ['peticion_documentos', 'cpaca'] as const,
      ['peticion', 'cpaca'] as const,
    );
    fc.assert(
      fc.property(
        kinds,
        recentDate,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 150 }),
        fc.boolean(),
        ([t, r], received, answerAfter, notifyAfter, cutAfter, counts) => {
          const answered = addCalendarDays(received, answerAfter);
          const notified = addCalendarDays(answered, notifyAfter);
          const asOf = addCalendarDays(notified, cutAfter);
          const options = { policies: { silenceCountsNotification: counts } };
          const base = { type: t, regime: r, receivedAt: received } as const;
          const respuesta = { type: 'respuesta', date: answered } as const;
          const without = requestStatus({ ...base, events: [respuesta] }, asOf, options);
          const withN = requestStatus(
            { ...base, events: [respuesta, { type: 'notificacion', date: notified }] },
            asOf,
            options,
          );
          const a = without.consequences.map((c) => c.type);
          const b = withN.consequences.map((c) => c.type);
          const silences = (xs: string[]) =>
            xs.filter((x) => x === 'silencio_administrativo_positivo' || x === 'aceptacion_documentos');
          return (
            withN.state === without.state &&
            a.every((x) => b.includes(x)) &&
            (counts || silences(b).length === silences(a).length)
          );
        },
      ),
      { numRuns: 800 },
    );
  });
});

describe('the single-response path equals the events path', () => {
  // A second, later respuesta is ignored by the events path (no warning, no trace line: "later
  // answers complement the first one"), so it forces that path onto the same lifecycle.
  it('gives the same deadline, status and explanation for a request with only a respuesta', () => {
    fc.assert(
      fc.property(
        type,
        regime,
        recentDate,
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(undefined, 'a_favor', 'en_contra', 'parcialmente_a_favor'),
        fc.constantFrom(undefined, 'verbal', 'correo_electronico'),
        fc.integer({ min: 0, max: 200 }),
        (t, r, received, after, outcome, channel, later) => {
          const answeredOn = addCalendarDays(received, after);
          const respuesta =
            outcome === undefined
              ? { type: 'respuesta' as const, date: answeredOn }
              : { type: 'respuesta' as const, date: answeredOn, outcome };
          const request = {
            type: t,
            regime: r,
            receivedAt: received,
            ...(channel === undefined ? {} : { channel }),
          };
          const single = { ...request, events: [respuesta] };
          const forced = {
            ...request,
            events: [respuesta, { type: 'respuesta' as const, date: addCalendarDays(answeredOn, 1) }],
          };
          const a = computeDeadline(single);
          const b = computeDeadline(forced);
          expect(JSON.stringify(a)).toBe(JSON.stringify(b));
          expect(a.explanation).toBe(b.explanation);
          const asOf = addCalendarDays(answeredOn, later + 1);
          expect(JSON.stringify(requestStatus(single, asOf))).toBe(
            JSON.stringify(requestStatus(forced, asOf)),
          );
          if (after > 0) {
            // Before the response, the status is the one of the request without events.
            const before = addCalendarDays(received, Math.floor((after - 1) / 2));
            expect(JSON.stringify(requestStatus(single, before))).toBe(
              JSON.stringify(requestStatus({ ...request, events: [] }, before)),
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the oracle itself', () => {
  it('reproduces the anchor 2026-11-27 + 15 = 2026-12-21', () => {
    expect(naiveAddBusinessDays('2026-11-27', 15)).toBe('2026-12-21');
  });
});
