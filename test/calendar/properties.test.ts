import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  createCalendar,
  explain,
  fromDayNumber,
  isBusinessDay,
  nationalCalendar,
  toDayNumber,
} from '../../src/calendar/index.js';

// Day numbers (days since 1970-01-01) written without the library: no library code runs at load time,
// where per-test coverage cannot see it.
const MIN = Date.UTC(1984, 0, 1) / 86_400_000;
// Leave room at the end so that any n below can be added without leaving the range.
const MAX = Date.UTC(2197, 0, 1) / 86_400_000;
const date = fc.integer({ min: MIN + 400, max: MAX }).map(fromDayNumber);
const count = fc.integer({ min: 1, max: 250 });

const entityCalendar = () =>
  createCalendar({
    closures: [{ date: '2026-12-24', reason: 'Cierre' }],
    suspensions: [{ from: '2026-12-28', to: '2027-01-08', act: 'Resolución 1' }],
    workweek: [1, 2, 3, 4, 5, 6],
  });

/** Slow reference: a day-by-day loop over isBusinessDay (tests only). */
function slowAdd(d: string, n: number, isBiz: (d: string) => boolean): string {
  let x = toDayNumber(d);
  let left = Math.abs(n);
  while (left > 0) {
    x += Math.sign(n);
    if (isBiz(fromDayNumber(x))) left--;
  }
  return fromDayNumber(x);
}

describe('business-day arithmetic: properties (fast-check)', () => {
  it('the result of adding n >= 1 business days is always a business day, strictly later', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const r = addBusinessDays(d, n);
        expect(isBusinessDay(r)).toBe(true);
        expect(r > d).toBe(true);
      }),
    );
  });

  it('businessDaysBetween(d, addBusinessDays(d, n)) === n', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        expect(businessDaysBetween(d, addBusinessDays(d, n))).toBe(n);
      }),
    );
  });

  it('from a business day b, businessDaysBetween(b, addBusinessDays(b, -n)) === -n', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const b = addBusinessDays(d, 1);
        expect(businessDaysBetween(b, addBusinessDays(b, -n))).toBe(-n);
        expect(addBusinessDays(addBusinessDays(b, -n), n)).toBe(b);
      }),
    );
  });

  it('is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(date, date, count, count, (a, b, m, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [small, big] = m <= n ? [m, n] : [n, m];
        expect(addBusinessDays(lo, small) <= addBusinessDays(lo, big)).toBe(true);
        expect(addBusinessDays(lo, small) <= addBusinessDays(hi, small)).toBe(true);
      }),
    );
  });

  it('composes: add(add(d, m), n) === add(d, m + n) for m, n >= 1', () => {
    fc.assert(
      fc.property(date, count, count, (d, m, n) => {
        expect(addBusinessDays(addBusinessDays(d, m), n)).toBe(addBusinessDays(d, m + n));
      }),
    );
  });

  it('agrees with a day-by-day loop, on the national and on an entity calendar', () => {
    const entity = entityCalendar();
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), (d, n) => {
        expect(addBusinessDays(d, n)).toBe(slowAdd(d, n, isBusinessDay));
        expect(entity.addBusinessDays(d, n)).toBe(slowAdd(d, n, entity.isBusinessDay));
      }),
    );
  });

  it('integer and string variants agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN + 400, max: MAX }), fc.integer({ min: -250, max: 250 }), (dn, n) => {
        const d = fromDayNumber(dn);
        expect(fromDayNumber(nationalCalendar.addBusinessDaysNumber(dn, n))).toBe(addBusinessDays(d, n));
        expect(nationalCalendar.isBusinessDayNumber(dn)).toBe(isBusinessDay(d));
        expect(nationalCalendar.businessDaysBetweenNumbers(dn, dn + n)).toBe(
          businessDaysBetween(d, fromDayNumber(dn + n)),
        );
      }),
    );
  });

  it('explain counts exactly |businessDaysBetween| days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), (d, k) => {
        const b = fromDayNumber(toDayNumber(d) + k);
        const counted = explain(d, b).filter((x) => x.counted);
        expect(counted.length).toBe(Math.abs(businessDaysBetween(d, b)));
        expect(counted.map((x) => x.ordinal)).toEqual(counted.map((_, i) => i + 1));
      }),
    );
  });
});
