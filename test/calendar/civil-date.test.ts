import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../src/calendar/day-memo.js';
import {
  addCalendarDays,
  compareDates,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
  safeParseIsoDate,
  toDayNumber,
  weekday,
} from '../../src/calendar/index.js';
import { PqrsdError } from '../../src/errors.js';

function caught(fn: () => unknown): { code: string; message: string; details: unknown } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PqrsdError);
    const e = error as PqrsdError;
    return { code: e.code, message: e.message, details: e.details };
  }
  throw new Error('no lanzó');
}

/** Oracle: the same date through Date in UTC (tests only). */
function viaDate(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

describe('parseIsoDate', () => {
  it('accepts a real YYYY-MM-DD date and returns it unchanged', () => {
    expect(parseIsoDate('2026-11-27')).toBe('2026-11-27');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('1984-01-01')).toBe('1984-01-01');
    expect(parseIsoDate('2199-12-31')).toBe('2199-12-31');
  });

  it('rejects 30 February with INVALID_DATE and quotes the value', () => {
    expect(caught(() => parseIsoDate('2026-02-30'))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_DATE",
        "details": {
          "value": "2026-02-30",
        },
        "message": "«2026-02-30» no es una fecha válida (se espera AAAA-MM-DD)",
      }
    `);
  });

  it('rejects month 13, a compact date, a one-digit month and 29 February of a common year', () => {
    for (const bad of [
      '2026-13-01',
      '20261201',
      '2026-1-01',
      '2023-02-29',
      '2026-00-10',
      '2026-01-00',
      '2026-04-31',
    ]) {
      expect(caught(() => parseIsoDate(bad)).code, bad).toBe('INVALID_DATE');
    }
  });

  it('rejects look-alikes: spaces, slashes, signs, letters and a time part', () => {
    for (const bad of [
      ' 2026-01-01',
      '2026/01/01',
      '+026-01-01',
      '2026-0a-01',
      '2026-01-01T00:00',
      '２０２６-01-01',
    ]) {
      expect(caught(() => parseIsoDate(bad)).code, bad).toBe('INVALID_DATE');
    }
  });

  it('rejects non-strings with INVALID_DATE', () => {
    expect(caught(() => parseIsoDate(20261201))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_DATE",
        "details": {
          "value": 20261201,
        },
        "message": "«20261201» no es una fecha válida (se espera AAAA-MM-DD)",
      }
    `);
    for (const bad of [null, undefined, new Date(0), {}, ['2026-01-01']]) {
      expect(caught(() => parseIsoDate(bad)).code).toBe('INVALID_DATE');
    }
  });

  it('rejects years outside 1984..2199 with YEAR_OUT_OF_RANGE', () => {
    expect(caught(() => parseIsoDate('1983-12-31'))).toMatchInlineSnapshot(`
      {
        "code": "YEAR_OUT_OF_RANGE",
        "details": {
          "value": "1983-12-31",
        },
        "message": "«1983-12-31» está fuera del rango soportado (1984-01-01 a 2199-12-31)",
      }
    `);
    expect(caught(() => parseIsoDate('2200-01-01')).code).toBe('YEAR_OUT_OF_RANGE');
    expect(MIN_YEAR).toBe(1984);
    expect(MAX_YEAR).toBe(2199);
  });

  it('has a non-throwing twin and a type guard', () => {
    expect(safeParseIsoDate('2026-11-27')).toEqual({ ok: true, value: '2026-11-27' });
    const r = safeParseIsoDate('2026-13-01');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_DATE');
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate(42)).toBe(false);
  });
});

describe('formatIsoDate', () => {
  it('pads month and day', () => {
    expect(formatIsoDate(2026, 7, 13)).toBe('2026-07-13');
    expect(formatIsoDate(2026, 12, 1)).toBe('2026-12-01');
  });

  it('rejects impossible parts with INVALID_DATE and years out of range with YEAR_OUT_OF_RANGE', () => {
    expect(caught(() => formatIsoDate(2026, 2, 30))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_DATE",
        "details": {
          "value": "2026-02-30",
        },
        "message": "«2026-02-30» no es una fecha válida (se espera AAAA-MM-DD)",
      }
    `);
    expect(caught(() => formatIsoDate(2026, 1.5, 1)).code).toBe('INVALID_DATE');
    expect(caught(() => formatIsoDate(2026, 13, 1)).code).toBe('INVALID_DATE');
    expect(caught(() => formatIsoDate(2026, 0, 1)).code).toBe('INVALID_DATE');
    expect(caught(() => formatIsoDate(2026, 1, 0)).code).toBe('INVALID_DATE');
    expect(caught(() => formatIsoDate(Number.NaN, 1, 1)).code).toBe('INVALID_DATE');
    expect(caught(() => formatIsoDate(1900, 1, 1)).code).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(toDayNumber('1984-01-01')).toBe(5113);
    expect(fromDayNumber(20_419)).toBe('2025-11-27');
  });

  it('agree with Date in UTC over the whole range (round trip)', () => {
    const min = toDayNumber('1984-01-01');
    const max = toDayNumber('2199-12-31');
    expect(max - min + 1).toBe(78_893);
    for (let n = min; n <= max; n++) {
      const s = fromDayNumber(n);
      if (s !== viaDate(n)) expect(s).toBe(viaDate(n));
      if (toDayNumber(s) !== n) expect(toDayNumber(s)).toBe(n);
    }
  });

  it('rejects non-integers with INVALID_DATE and numbers outside the range with YEAR_OUT_OF_RANGE', () => {
    expect(caught(() => fromDayNumber(1.5))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_DATE",
        "details": {
          "value": 1.5,
        },
        "message": "«1.5» no es un número de día entero",
      }
    `);
    expect(caught(() => fromDayNumber(Number.NaN)).code).toBe('INVALID_DATE');
    expect(caught(() => fromDayNumber(0)).code).toBe('YEAR_OUT_OF_RANGE');
    expect(caught(() => fromDayNumber(toDayNumber('2199-12-31') + 1)).code).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('weekday', () => {
  it('is ISO: 1 = Monday … 7 = Sunday', () => {
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-11-27')).toBe(5);
    expect(weekday('2026-11-29')).toBe(7);
    expect(weekday('1984-01-01')).toBe(7);
  });

  it('agrees with Date.getUTCDay for any date of the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5113, max: 84_005 }), (n) => {
        const iso = fromDayNumber(n);
        expect(weekday(iso)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

describe('addCalendarDays and compareDates', () => {
  it('adds calendar days across months, years and leap days', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-11-27', 0)).toBe('2026-11-27');
  });

  it('rejects a fractional count and a result out of range', () => {
    expect(caught(() => addCalendarDays('2026-01-01', 0.5))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_DAY_COUNT",
        "details": {
          "value": 0.5,
        },
        "message": "«0.5» no es un número entero de días",
      }
    `);
    expect(caught(() => addCalendarDays('2026-01-01', Number.POSITIVE_INFINITY)).code).toBe(
      'INVALID_DAY_COUNT',
    );
    expect(caught(() => addCalendarDays('1984-01-01', -1)).code).toBe('YEAR_OUT_OF_RANGE');
  });

  it('compares dates and sorts with them', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
  });
});

describe('dayNumberOf (toDayNumber with a memo, for the engine and the audit)', () => {
  it('gives the day of Date.UTC, or throws, whatever was read before (same day digits, same memo slot)', () => {
    const dates = fc.tuple(
      fc.integer({ min: 1983, max: 2200 }),
      fc.integer({ min: 0, max: 13 }),
      fc.constantFrom(1, 9, 10, 28, 29, 30, 31),
    );
    fc.assert(
      fc.property(fc.array(dates, { minLength: 1, maxLength: 30 }), (list) => {
        for (const [y, m, d] of list) {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const utc = Date.UTC(y, m - 1, d);
          const real = m >= 1 && m <= 12 && new Date(utc).getUTCDate() === d;
          const inRange = y >= 1984 && y <= 2199;
          if (real && inRange) expect(dayNumberOf(text)).toBe(utc / 86_400_000);
          else expect(() => dayNumberOf(text)).toThrow();
        }
      }),
    );
  });

  it('tells apart dates with the same day digits read one after another', () => {
    expect(dayNumberOf('2026-01-31')).toBe(Date.UTC(2026, 0, 31) / 86_400_000);
    expect(() => dayNumberOf('2026-02-31')).toThrow();
    expect(dayNumberOf('2026-03-31')).toBe(Date.UTC(2026, 2, 31) / 86_400_000);
    expect(dayNumberOf('2026-01-31')).toBe(Date.UTC(2026, 0, 31) / 86_400_000);
    // What is not a 10-character string goes to toDayNumber, with its error.
    for (const bad of [20261201, null, '2026-1-31', '']) {
      expect(() => dayNumberOf(bad)).toThrow(PqrsdError);
    }
  });
});
