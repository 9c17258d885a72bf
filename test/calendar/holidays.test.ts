import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  colombianHolidays,
  easterSunday,
  HOLIDAY_RULES,
  holidaysOn,
  isHoliday,
  weekday,
} from '../../src/calendar/index.js';
import { PqrsdError } from '../../src/errors.js';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PqrsdError);
    return (error as PqrsdError).code;
  }
  throw new Error('no lanzó');
}

const years = Array.from({ length: 2199 - 1984 + 1 }, (_, i) => 1984 + i);

describe('easterSunday (anonymous Gregorian algorithm)', () => {
  it.each([
    [1984, '1984-04-22'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2160, '2160-03-23'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(weekday(date)).toBe(7);
  });

  it('falls between 22 March and 25 April every year of the range', () => {
    for (const y of years) {
      const e = easterSunday(y);
      expect(e >= `${y}-03-22` && e <= `${y}-04-25`).toBe(true);
    }
  });

  it('rejects a non-integer year and a year out of range', () => {
    expect(code(() => easterSunday(2026.5))).toBe('INVALID_ARGUMENT');
    expect(code(() => easterSunday(1983))).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('colombianHolidays: golden rows (Ley 51 de 1983 art. 1; Ley 2578 de 2026)', () => {
  it.each([
    ['2026-04-02', 'Jueves Santo', undefined, 'Ley 51 de 1983 art. 1: Jueves Santo, never moved'],
    ['2026-04-03', 'Viernes Santo', undefined, 'Ley 51 de 1983 art. 1: Viernes Santo, never moved'],
    ['2026-01-12', 'Día de los Reyes Magos', '2026-01-06', 'Ley 51 de 1983 art. 1 num. 2: Tuesday → Monday'],
    ['2026-03-23', 'Día de San José', '2026-03-19', 'Ley 51 de 1983 art. 1 num. 2'],
    ['2026-05-18', 'Ascensión del Señor', '2026-05-14', 'Easter+39 → Monday Easter+43 (convention)'],
    ['2026-06-08', 'Corpus Christi', '2026-06-04', 'Easter+60 → Monday Easter+64 (convention)'],
    ['2026-06-15', 'Sagrado Corazón de Jesús', '2026-06-12', 'Easter+68 → Monday Easter+71 (convention)'],
    ['2026-06-29', 'San Pedro y San Pablo', undefined, 'Ley 51 de 1983 art. 1 num. 2: already Monday'],
    [
      '2026-07-13',
      'Nuestra Señora del Rosario de Chiquinquirá',
      '2026-07-09',
      'Ley 2578 de 2026: first observance',
    ],
    ['2026-11-02', 'Todos los Santos', '2026-11-01', 'Ley 51 de 1983: Sunday → next day'],
    ['2026-12-08', 'Inmaculada Concepción', undefined, 'Ley 51 de 1983 art. 1: fixed'],
    ['2027-12-25', 'Navidad', undefined, 'Ley 51 de 1983 art. 1: fixed even on a Saturday'],
    ['2022-05-01', 'Día del Trabajo', undefined, 'Ley 51 de 1983 art. 1: fixed even on a Sunday'],
  ])('%s is %s (%s → %s)', (date, name, movedFrom, _law) => {
    const found = holidaysOn(date).find((h) => h.name === name);
    expect(found).toBeDefined();
    expect(found?.movedFrom).toBe(movedFrom);
    expect(found?.law).toBe(name.startsWith('Nuestra') ? 'Ley 2578 de 2026' : 'Ley 51 de 1983');
  });

  it('lists the full 2026 calendar, 19 holidays, with their laws (Ley 2578 de 2026 included)', () => {
    expect(
      colombianHolidays(2026).map((h) => `${h.date} ${h.name}${h.movedFrom ? ` ← ${h.movedFrom}` : ''}`),
    ).toMatchInlineSnapshot(`
        [
          "2026-01-01 Año Nuevo",
          "2026-01-12 Día de los Reyes Magos ← 2026-01-06",
          "2026-03-23 Día de San José ← 2026-03-19",
          "2026-04-02 Jueves Santo",
          "2026-04-03 Viernes Santo",
          "2026-05-01 Día del Trabajo",
          "2026-05-18 Ascensión del Señor ← 2026-05-14",
          "2026-06-08 Corpus Christi ← 2026-06-04",
          "2026-06-15 Sagrado Corazón de Jesús ← 2026-06-12",
          "2026-06-29 San Pedro y San Pablo",
          "2026-07-13 Nuestra Señora del Rosario de Chiquinquirá ← 2026-07-09",
          "2026-07-20 Día de la Independencia",
          "2026-08-07 Batalla de Boyacá",
          "2026-08-17 Asunción de la Virgen ← 2026-08-15",
          "2026-10-12 Día de la Raza",
          "2026-11-02 Todos los Santos ← 2026-11-01",
          "2026-11-16 Independencia de Cartagena ← 2026-11-11",
          "2026-12-08 Inmaculada Concepción",
          "2026-12-25 Navidad",
        ]
      `);
  });

  it('has no 9 July holiday before 2026 (Ley 2578 de 2026 applies from 2026 on, never before)', () => {
    expect(isHoliday('2025-07-14')).toBe(false);
    for (const y of years.filter((y) => y < 2026)) {
      expect(colombianHolidays(y).some((h) => h.law === 'Ley 2578 de 2026')).toBe(false);
    }
  });

  it('lists both holidays of the 2025-06-30 collision (Sagrado Corazón and San Pedro y San Pablo)', () => {
    expect(holidaysOn('2025-06-30').map((h) => h.name)).toEqual([
      'Sagrado Corazón de Jesús',
      'San Pedro y San Pablo',
    ]);
    expect(holidaysOn('2019-07-01')).toHaveLength(2);
  });

  it('counts 18 holidays a year before 2026 and 19 from 2026 (Ley 51 de 1983; Ley 2578 de 2026)', () => {
    for (const y of years) expect(colombianHolidays(y)).toHaveLength(y < 2026 ? 18 : 19);
  });

  it('moves every lunes_siguiente holiday to a Monday and never lists Easter Sunday', () => {
    for (const y of [1984, 2025, 2026, 2100, 2199]) {
      for (const h of colombianHolidays(y)) {
        if (h.movedFrom) {
          expect(weekday(h.date)).toBe(1);
          expect(h.date > h.movedFrom).toBe(true);
        }
        expect(h.date).not.toBe(easterSunday(y));
      }
    }
  });

  it('is sorted by date then name, cached and frozen', () => {
    const list = colombianHolidays(2025);
    expect(colombianHolidays(2025)).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    const keys = list.map((h) => `${h.date}|${h.name}`);
    expect([...keys].sort()).toEqual(keys);
  });

  it('rejects a year out of range or not an integer (never an empty list)', () => {
    expect(code(() => colombianHolidays(1983))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => colombianHolidays(2200))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => colombianHolidays(2026.5))).toBe('INVALID_ARGUMENT');
    expect(code(() => colombianHolidays(Number.NaN))).toBe('INVALID_ARGUMENT');
  });
});

describe('isHoliday and holidaysOn', () => {
  it('tells holidays from ordinary days, weekends included', () => {
    expect(isHoliday('2026-12-08')).toBe(true);
    expect(isHoliday('2026-01-06')).toBe(false);
    expect(isHoliday('2026-11-28')).toBe(false);
    expect(holidaysOn('2026-11-27')).toEqual([]);
    expect(code(() => isHoliday('2026-02-30'))).toBe('INVALID_DATE');
  });
});

describe('HOLIDAY_RULES', () => {
  it('has 19 rules: 18 of Ley 51 de 1983 from 1984 and 1 of Ley 2578 de 2026 from 2026', () => {
    expect(HOLIDAY_RULES).toHaveLength(19);
    expect(HOLIDAY_RULES.filter((r) => r.law === 'Ley 51 de 1983' && r.since === 1984)).toHaveLength(18);
    expect(HOLIDAY_RULES.filter((r) => r.law === 'Ley 2578 de 2026' && r.since === 2026)).toHaveLength(1);
  });

  it('moves exactly the ten holidays of Ley 51 de 1983 art. 1 num. 2 (plus 9 July)', () => {
    const moved = HOLIDAY_RULES.filter((r) => r.kind === 'lunes_siguiente' || ('monday' in r && r.monday));
    expect(moved.map((r) => r.name).sort()).toEqual(
      [
        'Ascensión del Señor',
        'Asunción de la Virgen',
        'Corpus Christi',
        'Día de San José',
        'Día de la Raza',
        'Día de los Reyes Magos',
        'Independencia de Cartagena',
        'Nuestra Señora del Rosario de Chiquinquirá',
        'Sagrado Corazón de Jesús',
        'San Pedro y San Pablo',
        'Todos los Santos',
      ].sort(),
    );
  });
});

describe('agreement with date-holidays 3.37 (independent oracle), every year 1984..2199', () => {
  const hd = new Holidays('CO');

  // Known differences, each justified by the law:
  // 1. date-holidays types Easter Sunday ("Pascua") as public. Ley 51 de 1983 does not list it
  //    (it is a Sunday, not a holiday by law), so we drop it from the oracle.
  // 2. Names differ ("Asunción", "La inmaculada concepción", …): only dates are compared; our names
  //    follow Ley 51 de 1983's list.
  // 3. date-holidays applies Monday moves before 1984 (Ley 51 de 1983 took effect 1983-12-22);
  //    our range starts in 1984, so no compared year is affected.
  it.each(years)('%i: same observed dates, one entry per holiday', (year) => {
    const theirs = hd
      .getHolidays(year)
      .filter((h) => h.type === 'public' && h.date.slice(0, 10) !== easterSunday(year))
      .map((h) => h.date.slice(0, 10))
      .sort();
    const ours = colombianHolidays(year).map((h) => h.date);
    // Same multiset: date-holidays also lists both holidays of a same-day collision.
    expect(ours).toEqual(theirs);
  });
});
