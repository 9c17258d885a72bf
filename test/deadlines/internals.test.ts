import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, nationalCalendar, toDayNumber } from '../../src/calendar/index.js';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import { addMonthsNumber, rawMonths } from '../../src/deadlines/months.js';
import { statusOrEarlyCutOff } from '../../src/deadlines/status.js';
import { type Range, TermCalendar } from '../../src/deadlines/term-calendar.js';
import type { LifecycleEvent, PqrsdRequest } from '../../src/domain.js';
import { isPqrsdError, PqrsdError } from '../../src/errors.js';

const full = (r: PqrsdRequest) => JSON.parse(JSON.stringify(computeDeadline(r)));
const FIRST = toDayNumber('2019-01-01');
const LAST = toDayNumber('2030-12-31');
const extended = nationalCalendar.extend({
  closures: [{ date: '2026-12-28', reason: 'Cierre de fin de año' }],
  suspensions: [{ from: '2026-03-02', to: '2026-03-13', act: 'Resolución 10 de 2026' }],
});

describe('the events path keeps its results when it avoids work', () => {
  it('gives the same result, trace and explanation for events listed in any order', () => {
    const events: LifecycleEvent[] = [
      { type: 'requerimiento', date: '2026-12-01' },
      { type: 'respuesta_requerimiento', date: '2026-12-10' },
      { type: 'prorroga', date: '2026-12-22', businessDays: 5 },
      { type: 'suspension', from: '2026-12-15', to: '2026-12-16', act: 'Resolución 7' },
    ];
    const sorted = full({ type: 'peticion', receivedAt: '2026-11-27', events });
    const shuffled = full({ type: 'peticion', receivedAt: '2026-11-27', events: [...events].reverse() });
    expect(shuffled).toEqual(sorted);
    expect(sorted.trace.filter((t: { kind: string }) => t.kind === 'evento')).toHaveLength(4);
  });

  it('skips the holes of a sparse event list, as Array#forEach does, and names the real index of a bad event', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    const sparse = [, { type: 'respuesta', date: '2026-12-02' }] as unknown as LifecycleEvent[];
    expect(computeDeadline({ type: 'peticion', receivedAt: '2026-11-27', events: sparse }).closure).toEqual({
      kind: 'respuesta',
      date: '2026-12-02',
    });
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    const bad = [, { type: 'respuesta', date: '2026-13-02' }] as unknown as LifecycleEvent[];
    try {
      computeDeadline({ type: 'peticion', receivedAt: '2026-11-27', events: bad });
      expect.unreachable();
    } catch (error) {
      expect(isPqrsdError(error, 'INVALID_EVENT')).toBe(true);
      expect((error as Error).message).toContain('events[1]');
    }
  });

  it('quotes in the lazy trace the values the events had when they were computed', () => {
    const traslado = { type: 'traslado', date: '2026-12-01', to: 'Ministerio de Salud' } as LifecycleEvent;
    const suspension = {
      type: 'suspension',
      from: '2026-11-30',
      to: '2026-11-30',
      act: 'Resolución 3',
    } as LifecycleEvent;
    const d = computeDeadline({ type: 'peticion', receivedAt: '2026-11-27', events: [suspension, traslado] });
    (traslado as { to: string }).to = 'otra entidad';
    (suspension as { act: string }).act = 'otro acto';
    expect(d.explanation).toContain('a Ministerio de Salud');
    expect(d.explanation).toContain('Resolución 3');
    expect(d.explanation).not.toContain('otra entidad');
    expect(d.explanation).not.toContain('otro acto');
  });

  it('quotes in the trace the due date each event left, not the final one', () => {
    const d = computeDeadline({
      type: 'peticion',
      receivedAt: '2026-11-27',
      events: [
        { type: 'prorroga', date: '2026-12-18', businessDays: 5 },
        { type: 'suspension', from: '2026-12-21', to: '2026-12-22', act: 'Resolución 9' },
      ],
    });
    const lines = d.trace.filter((t) => t.kind === 'evento').map((t) => t.message);
    expect(lines[0]).toContain('el vencimiento pasa de 2026-12-21 a 2026-12-29');
    expect(lines[1]).toContain('el vencimiento pasa de 2026-12-29 a 2026-12-31');
    expect(d.dueDate).toBe('2026-12-31');
  });
});

describe('addMonthsNumber (calendar months on day numbers)', () => {
  it('agrees with BusinessCalendar.addCalendarMonths on the national and an extended calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 30 }), (dn, n) => {
        for (const cal of [nationalCalendar, extended]) {
          expect(addMonthsNumber(cal, dn, n)).toBe(toDayNumber(cal.addCalendarMonths(fromDayNumber(dn), n)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('throws what the calendar throws for a bad count or a result past the supported range', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isPqrsdError(error) ? error.code : 'otro';
      }
      return 'ninguno';
    };
    const dn = toDayNumber('2199-06-15');
    expect(code(() => addMonthsNumber(nationalCalendar, dn, 12))).toBe(
      code(() => nationalCalendar.addCalendarMonths('2199-06-15', 12)),
    );
    expect(code(() => addMonthsNumber(nationalCalendar, dn, -1))).toBe('INVALID_DAY_COUNT');
    expect(code(() => addMonthsNumber(nationalCalendar, dn, 1.5))).toBe('INVALID_DAY_COUNT');
  });
});

describe('TermCalendar with unsorted, overlapping suspensions', () => {
  it('counts exactly the business days outside every range', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 10 }))
      .map(([from, len]): Range => ({ from: FIRST + 400 + from, to: FIRST + 400 + from + len, act: 'Acto' }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 4 }), fc.integer({ min: 0, max: 80 }), (ranges, span) => {
        const tc = new TermCalendar(nationalCalendar, ranges);
        const a = FIRST + 395;
        const b = a + span;
        let naive = 0;
        for (let dn = a + 1; dn <= b; dn++) {
          const suspended = ranges.some((r) => r.from <= dn && dn <= r.to);
          if (nationalCalendar.isBusinessDayNumber(dn) && !suspended) naive++;
        }
        expect(tc.between(a, b)).toBe(naive);
        if (naive > 0) expect(tc.between(a, tc.add(a, naive))).toBe(naive);
      }),
      { numRuns: 500 },
    );
  });
});

describe('statusOrEarlyCutOff (the audit’s call)', () => {
  it('returns the message requestStatus throws for a cut-off before the receipt', () => {
    const request: PqrsdRequest = { type: 'peticion', receivedAt: '2026-11-27' };
    const soft = statusOrEarlyCutOff(request, '2026-11-20');
    let thrown = '';
    try {
      requestStatus(request, '2026-11-20');
    } catch (error) {
      thrown = isPqrsdError(error, 'INVALID_ARGUMENT') ? error.message : 'otro';
    }
    expect(soft).toEqual({ message: thrown });
    expect(thrown).toBe('La fecha de corte «2026-11-20» es anterior a la recepción («2026-11-27»).');
  });

  it('returns the same status as requestStatus otherwise, ignoring the events after the cut-off', () => {
    const request: PqrsdRequest = {
      type: 'queja',
      receivedAt: '2026-11-27',
      events: [
        { type: 'requerimiento', date: '2026-12-01' },
        { type: 'respuesta', date: '2027-01-20' },
      ],
    };
    const soft = statusOrEarlyCutOff(request, '2026-12-10');
    const hard = requestStatus(request, '2026-12-10');
    expect(JSON.parse(JSON.stringify(soft))).toEqual(JSON.parse(JSON.stringify(hard)));
    expect(hard.state).toBe('en_requerimiento');
    expect(hard.deadline.closure).toBeNull();
  });
});

describe('toDayNumber (the single-pass date parser)', () => {
  it('accepts exactly the real dates written AAAA-MM-DD in range', () => {
    const reference = (s: string): number | null => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const t = Date.UTC(y, m - 1, d);
      const back = new Date(t);
      if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
      if (y < 1984 || y > 2199) return null;
      return t / 86_400_000;
    };
    const chars = fc.constantFrom(...'0123456789-/ :a'.split(''));
    const noisy = fc.array(chars, { minLength: 10, maxLength: 10 }).map((a) => a.join(''));
    const plausible = fc
      .tuple(
        fc.integer({ min: 1900, max: 2300 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(noisy, plausible), (s) => {
        let got: number | null;
        try {
          got = toDayNumber(s);
        } catch (error) {
          expect(isPqrsdError(error)).toBe(true);
          got = null;
        }
        expect(got).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('rawMonths (CPACA art. 86; Ley 4 de 1913 art. 62): calendar months on day numbers', () => {
  const raw = (date: string, n: number) => fromDayNumber(rawMonths(toDayNumber(date), n));

  it('clamps to the last day of the month, leap years included', () => {
    expect(raw('2026-11-27', 2)).toBe('2027-01-27');
    expect(raw('2024-12-31', 2)).toBe('2025-02-28');
    expect(raw('2023-12-31', 2)).toBe('2024-02-29');
    expect(raw('2026-01-31', 3)).toBe('2026-04-30');
    expect(raw('2026-05-15', 0)).toBe('2026-05-15');
  });

  it('reaches the last supported month and refuses the next with YEAR_OUT_OF_RANGE', () => {
    expect(raw('2199-10-31', 2)).toBe('2199-12-31');
    let error: unknown;
    try {
      raw('2199-11-30', 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PqrsdError);
    expect((error as PqrsdError).code).toBe('YEAR_OUT_OF_RANGE');
    expect((error as PqrsdError).message).toContain('«2199-11-30 + 2»');
  });
});
