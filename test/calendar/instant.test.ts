import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bogotaOffsetMinutes, toCivilDate, toCivilDateTime } from '../../src/calendar/index.js';
import { PqrsdError } from '../../src/errors.js';

// Test oracle only: the IANA database through Intl (never used at runtime).
const oracle = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Bogota',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

// UTC-5 with no daylight time, to rebuild the one day an older tzdata gets wrong.
const fixedUtcMinus5 = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Etc/GMT+5',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

function intlParts(ms: number, format = oracle): { date: string; minutes: number; offset: number } {
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const off = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.timeZoneName ?? '');
  const offset = off ? (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) : 0;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    offset,
  };
}

/**
 * The law, not a tzdata release: Decreto 717 de 1992 art. 2 starts daylight time "a las
 * veinticuatro horas del día 1º de mayo" (1992-05-02T05:00Z). tzdata before 2026d (Node 20 ships
 * 2025c) starts it on 1992-05-03T05:00Z; from 2026d (Node 22 ships 2026e) it follows the decree.
 * The oracle is Intl corrected, on an older tzdata, for that one day only.
 */
const DECREE_717_START = Date.UTC(1992, 4, 2, 5);
const OLD_TZDATA_START = Date.UTC(1992, 4, 3, 5);
const HOST_TZDATA_FOLLOWS_DECREE = intlParts(DECREE_717_START).offset === -240;

function viaIntl(ms: number): { date: string; minutes: number; offset: number } {
  if (!HOST_TZDATA_FOLLOWS_DECREE && ms >= DECREE_717_START && ms < OLD_TZDATA_START) {
    // UTC-4 on that day: the UTC-5 reading one hour later.
    return { ...intlParts(ms + 3_600_000, fixedUtcMinus5), offset: -240 };
  }
  return intlParts(ms);
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PqrsdError);
    return (error as PqrsdError).code;
  }
  throw new Error('no lanzó');
}

describe('toCivilDate', () => {
  it('reads an instant with a -05:00 offset as its local date', () => {
    expect(toCivilDate('2026-11-27T23:30:00-05:00')).toBe('2026-11-27');
  });

  it('reads a Z instant before 05:00 UTC as the previous Colombian day', () => {
    expect(toCivilDate('2026-11-28T04:30:00Z')).toBe('2026-11-27');
    expect(toCivilDate('2026-11-28T04:59:59.999Z')).toBe('2026-11-27');
    expect(toCivilDate('2026-11-28T05:00:00Z')).toBe('2026-11-28');
  });

  it('accepts other offsets, basic offsets, seconds and fractions', () => {
    expect(toCivilDate('2026-11-28T01:30:00+02:00')).toBe('2026-11-27');
    expect(toCivilDate('2026-11-28T10:00+0900')).toBe('2026-11-27');
    expect(toCivilDate('2026-11-28T06:00:00.123456789Z')).toBe('2026-11-28');
    expect(toCivilDate('2026-11-28t06:00:00z')).toBe('2026-11-28');
  });

  it('accepts a Date and ignores the host time zone', () => {
    expect(toCivilDate(new Date('2026-11-28T04:30:00Z'))).toBe('2026-11-27');
    expect(toCivilDate(new Date(Date.UTC(2026, 0, 1, 4, 59)))).toBe('2025-12-31');
  });

  it('returns a bare YYYY-MM-DD validated as is', () => {
    expect(toCivilDate('2026-11-27')).toBe('2026-11-27');
    expect(code(() => toCivilDate('2026-02-30'))).toBe('INVALID_DATE');
  });

  it('rejects a local time without offset as ambiguous (INVALID_INSTANT)', () => {
    let message = '';
    try {
      toCivilDate('2026-11-27T23:30:00');
    } catch (error) {
      message = (error as Error).message;
      expect((error as PqrsdError).code).toBe('INVALID_INSTANT');
    }
    expect(message).toMatchInlineSnapshot(
      `"«2026-11-27T23:30:00» no es un instante válido: se espera ISO 8601 con zona (Z o ±HH:MM); sin zona la hora es ambigua"`,
    );
  });

  it('rejects malformed instants, impossible times and invalid Dates', () => {
    for (const bad of [
      'ayer',
      '2026-02-30T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:60:00Z',
      '2026-01-01T10:00:60Z',
      '2026-01-01T10:00:00+24:00',
      '2026-01-01T10:00:00+05:60',
      '2026-01-01 10:00:00Z',
    ]) {
      expect(
        code(() => toCivilDate(bad)),
        bad,
      ).toBe('INVALID_INSTANT');
    }
    expect(code(() => toCivilDate(new Date('no')))).toBe('INVALID_INSTANT');
    expect(code(() => toCivilDate(42 as unknown as string))).toBe('INVALID_INSTANT');
  });

  it('rejects instants whose Colombian date is outside the supported range', () => {
    expect(code(() => toCivilDate('1984-01-01T04:59:00Z'))).toBe('YEAR_OUT_OF_RANGE');
    expect(toCivilDate('1984-01-01T05:00:00Z')).toBe('1984-01-01');
    expect(code(() => toCivilDate(new Date(Date.UTC(2200, 0, 1, 5))))).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('the 1992–93 daylight period (Decretos 717 de 1992 y 267 de 1993)', () => {
  it('starts at 1992-05-01 24:00 local (1992-05-02 05:00 UTC), jumping to 01:00 (Decreto 717 de 1992 art. 2)', () => {
    expect(toCivilDateTime('1992-05-02T04:59:00Z')).toEqual({ date: '1992-05-01', minutes: 23 * 60 + 59 });
    expect(toCivilDateTime('1992-05-02T05:00:00Z')).toEqual({ date: '1992-05-02', minutes: 60 });
    expect(bogotaOffsetMinutes(new Date('1992-05-02T04:59:59Z'))).toBe(-300);
    expect(bogotaOffsetMinutes(new Date('1992-05-02T05:00:00Z'))).toBe(-240);
    expect(bogotaOffsetMinutes(new Date('1992-05-02T12:00:00Z'))).toBe(-240);
    expect(toCivilDateTime('1992-05-03T05:00:00Z')).toEqual({ date: '1992-05-03', minutes: 60 });
  });

  it('says which tzdata the host encodes: 2026d and later follow the decree, earlier ones start a day late', () => {
    const tz = process.versions.tz ?? '';
    if (tz >= '2026d') {
      expect(HOST_TZDATA_FOLLOWS_DECREE).toBe(true);
    } else if (tz !== '') {
      expect(HOST_TZDATA_FOLLOWS_DECREE).toBe(false);
      expect(intlParts(OLD_TZDATA_START - 60_000).offset).toBe(-300);
    }
    expect(intlParts(OLD_TZDATA_START).offset).toBe(-240);
  });

  it('ends at 1993-02-06 24:00 local (1993-02-07 04:00 UTC), going back to 23:00', () => {
    expect(toCivilDateTime('1993-02-07T03:59:00Z')).toEqual({ date: '1993-02-06', minutes: 23 * 60 + 59 });
    expect(toCivilDateTime('1993-02-07T04:00:00Z')).toEqual({ date: '1993-02-06', minutes: 23 * 60 });
    expect(bogotaOffsetMinutes(new Date('1993-02-07T04:00:00Z'))).toBe(-300);
  });

  it('uses UTC-5 outside the period', () => {
    expect(bogotaOffsetMinutes(new Date('2026-11-27T12:00:00Z'))).toBe(-300);
    expect(bogotaOffsetMinutes(new Date('1992-12-01T12:00:00Z'))).toBe(-240);
    expect(code(() => bogotaOffsetMinutes(new Date(Number.NaN)))).toBe('INVALID_INSTANT');
  });

  it('agrees with the oracle minute by minute around both transitions', () => {
    for (const edge of [DECREE_717_START, OLD_TZDATA_START, Date.UTC(1993, 1, 7, 4)]) {
      for (let ms = edge - 3 * 3_600_000; ms <= edge + 3 * 3_600_000; ms += 60_000) {
        const want = viaIntl(ms);
        expect(toCivilDateTime(new Date(ms))).toEqual({ date: want.date, minutes: want.minutes });
        expect(bogotaOffsetMinutes(new Date(ms))).toBe(want.offset);
      }
    }
  });
});

describe('toCivilDateTime', () => {
  it('gives minutes since local midnight', () => {
    expect(toCivilDateTime('2026-11-27T17:30:00-05:00')).toEqual({ date: '2026-11-27', minutes: 1050 });
    expect(toCivilDateTime('2026-11-28T04:30:00Z')).toEqual({ date: '2026-11-27', minutes: 1410 });
    expect(toCivilDateTime('2026-11-27T00:00:00-05:00')).toEqual({ date: '2026-11-27', minutes: 0 });
  });

  it('gives minutes 0 for a bare date (no time known)', () => {
    expect(toCivilDateTime('2026-11-27')).toEqual({ date: '2026-11-27', minutes: 0 });
  });
});

describe('agreement with the Intl oracle (America/Bogota)', () => {
  const range = { min: Date.UTC(1984, 0, 1, 5), max: Date.UTC(2199, 11, 31, 12) };

  it('over thousands of random Date instants', () => {
    fc.assert(
      fc.property(fc.integer(range), (ms) => {
        const want = viaIntl(ms);
        expect(toCivilDateTime(new Date(ms))).toEqual({ date: want.date, minutes: want.minutes });
        expect(bogotaOffsetMinutes(new Date(ms))).toBe(want.offset);
      }),
      { numRuns: 3000 },
    );
  });

  it('over random instants near midnight, written as strings with any offset', () => {
    const nearMidnight = fc
      .tuple(
        fc.integer({ min: 5114, max: 84_004 }),
        fc.integer({ min: -90, max: 90 }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
      )
      .map(([day, minute, offset]) => ({ ms: (day * 1440 + 300 + minute) * 60_000, offset }));
    fc.assert(
      fc.property(nearMidnight, ({ ms, offset }) => {
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(toCivilDate(text)).toBe(viaIntl(ms).date);
      }),
      { numRuns: 3000 },
    );
  });

  it('in 1992 and 1993 hour by hour', () => {
    for (let ms = Date.UTC(1992, 0, 1); ms < Date.UTC(1994, 0, 1); ms += 3_600_000) {
      const want = viaIntl(ms);
      const got = toCivilDateTime(new Date(ms));
      if (got.date !== want.date || got.minutes !== want.minutes) {
        expect(got).toEqual({ date: want.date, minutes: want.minutes });
      }
    }
  });
});
