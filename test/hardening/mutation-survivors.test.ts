// Cases that kill mutants the mutation run found alive (docs/mutacion.md).
import { describe, expect, it } from 'vitest';
import { colombianHolidays, createCalendar, isHoliday } from '../../src/calendar/index.js';
import { PqrsdError } from '../../src/errors.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PqrsdError);
    return (error as PqrsdError).code;
  }
  throw new Error('no lanzó');
}

describe('calendar edges', () => {
  it('computes the holidays of the last supported year, 2199 (y <= MAX_YEAR)', () => {
    expect(colombianHolidays(2199)).toHaveLength(19);
    expect(isHoliday('2199-12-25')).toBe(true);
    expect(codeOf(() => colombianHolidays(2200))).toBe('YEAR_OUT_OF_RANGE');
  });

  it('records the legal date of a moved holiday in movedFrom (Ley 51 de 1983 art. 1)', () => {
    const reyes = colombianHolidays(2026).find((h) => h.name === 'Día de los Reyes Magos');
    expect(reyes).toEqual({
      date: '2026-01-12',
      name: 'Día de los Reyes Magos',
      law: 'Ley 51 de 1983',
      movedFrom: '2026-01-06',
    });
    const navidad = colombianHolidays(2026).find((h) => h.name === 'Navidad');
    expect(navidad?.movedFrom).toBeUndefined();
  });

  it('accepts workweek days 1 to 7 and rejects 0 and 8', () => {
    expect(() => createCalendar({ workweek: [1, 2, 3, 4, 5, 6, 7] as never })).not.toThrow();
    expect(codeOf(() => createCalendar({ workweek: [0] as never }))).toBe('INVALID_CALENDAR_OPTIONS');
    expect(codeOf(() => createCalendar({ workweek: [8] as never }))).toBe('INVALID_CALENDAR_OPTIONS');
  });

  it('lists the holidays sorted by date', () => {
    const dates = colombianHolidays(2026).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });
});
