// Civil dates, holidays and instants: the edges that mutation testing found unasserted
// (docs/mutacion.md). Every call happens inside `it`, never at load time.
import { describe, expect, it } from 'vitest';
import { compareHolidays } from '../../src/calendar/holidays.js';
import {
  colombianHolidays,
  createCalendar,
  easterSunday,
  formatIsoDate,
  HOLIDAY_RULES,
  parseIsoDate,
  toCivilDate,
  toCivilDateTime,
} from '../../src/calendar/index.js';
import { PqrsdError } from '../../src/errors.js';

function caught(fn: () => unknown): { code: string; message: string; value: unknown } {
  try {
    fn();
  } catch (e) {
    if (e instanceof PqrsdError) return { code: e.code, message: e.message, value: e.details.value };
    throw e;
  }
  throw new Error('no lanzó');
}

// First in the file: the cache is per module, so this year must not have been asked before.
describe('colombianHolidays cache', () => {
  it('the same year gives back the same frozen list (documented cache)', () => {
    const first = colombianHolidays(2037);
    expect(Object.isFrozen(first)).toBe(true);
    expect(colombianHolidays(2037)).toBe(first);
  });
});

describe('parseIsoDate: every position of AAAA-MM-DD', () => {
  it('a century year is leap only when divisible by 400 (2000 yes, 2100 no)', () => {
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    const e = caught(() => parseIsoDate('2100-02-29'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toContain('«2100-02-29»');
    expect(parseIsoDate('2100-02-28')).toBe('2100-02-28');
  });

  it.each([
    ['year digit 1', '/026-01-15'],
    ['year digit 2', '2/84-01-15'],
    ['year digit 3', '20/6-01-15'],
    ['year digit 4', '202/-01-15'],
    ['month digit 2', '2026-1/-15'],
    ['day digit 2', '2026-01-2/'],
    ['first dash', '2026/01-15'],
    ['second dash', '2026-01/15'],
    ['first dash (letter)', '2026x01-15'],
  ])('a non-digit or wrong separator (%s) is INVALID_DATE quoting the value: %s', (_, bad) => {
    const e = caught(() => parseIsoDate(bad));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe(`«${bad}» no es una fecha válida (se espera AAAA-MM-DD)`);
  });

  it('a well-formed year 9xxx is out of range, not malformed', () => {
    const e = caught(() => parseIsoDate('9000-01-01'));
    expect(e.code).toBe('YEAR_OUT_OF_RANGE');
    expect(e.message).toContain('«9000-01-01»');
  });
});

describe('formatIsoDate', () => {
  it('pads one-digit months and days, and not two-digit ones', () => {
    expect(formatIsoDate(2026, 10, 9)).toBe('2026-10-09');
    expect(formatIsoDate(2026, 9, 10)).toBe('2026-09-10');
  });

  it('a fractional part is INVALID_DATE naming the three parts', () => {
    const e = caught(() => formatIsoDate(2026, 1.5, 1));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe('Año, mes y día deben ser enteros: «2026», «1.5», «1».');
    expect(e.value).toEqual([2026, 1.5, 1]);
  });

  it('month or day 0 or negative is INVALID_DATE quoting the date as built', () => {
    expect(caught(() => formatIsoDate(2026, 0, 1)).message).toContain('«2026-00-01»');
    expect(caught(() => formatIsoDate(2026, 1, 0)).message).toContain('«2026-01-00»');
    const e = caught(() => formatIsoDate(2026, -1, 1));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toContain('«2026--1-01»');
  });
});

describe('holidays', () => {
  it('each rule cites Ley 51 de 1983 art. 1, and num. 2 for the ones moved to Monday', () => {
    const article = (name: string) => HOLIDAY_RULES.find((r) => r.name === name)?.article;
    expect(article('Navidad')).toBe('art. 1');
    expect(article('Viernes Santo')).toBe('art. 1');
    expect(article('Día de los Reyes Magos')).toBe('art. 1 num. 2');
    expect(article('Sagrado Corazón de Jesús')).toBe('art. 1 num. 2');
    for (const r of HOLIDAY_RULES.filter((rule) => rule.law === 'Ley 51 de 1983')) {
      expect(r.article).toBe(
        r.kind === 'lunes_siguiente' || ('monday' in r && r.monday) ? 'art. 1 num. 2' : 'art. 1',
      );
    }
  });

  it('a non-integer year is INVALID_ARGUMENT carrying the year', () => {
    const e = caught(() => colombianHolidays(2026.5));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe('«2026.5» no es un año entero');
    expect(e.value).toBe(2026.5);
  });

  it('a year outside 1984–2199 is YEAR_OUT_OF_RANGE quoting the year', () => {
    for (const year of [1983, 2200]) {
      const e = caught(() => colombianHolidays(year));
      expect(e.code).toBe('YEAR_OUT_OF_RANGE');
      expect(e.message).toBe(`«${year}» está fuera del rango soportado (1984-01-01 a 2199-12-31)`);
      expect(e.value).toBe(year);
      expect(caught(() => easterSunday(year)).message).toContain(`«${year}»`);
    }
  });

  it('2008: San José (moved to Monday 24 March) comes after Jueves and Viernes Santo', () => {
    const march = colombianHolidays(2008)
      .filter((h) => h.date.startsWith('2008-03'))
      .map((h) => [h.date, h.name]);
    expect(march).toEqual([
      ['2008-03-20', 'Jueves Santo'],
      ['2008-03-21', 'Viernes Santo'],
      ['2008-03-24', 'Día de San José'],
    ]);
  });

  it('every year of the range is listed in date order, then name', () => {
    for (let year = 1984; year <= 2199; year++) {
      const list = colombianHolidays(year);
      for (let i = 1; i < list.length; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        expect(
          a.date < b.date || (a.date === b.date && a.name <= b.name),
          `${year}: ${a.name} / ${b.name}`,
        ).toBe(true);
      }
    }
  });

  it('compareHolidays is a consistent three-way comparator (the spec leaves sort order undefined otherwise)', () => {
    const h = (date: string, name: string) => ({ date: parseIsoDate(date), name, law: 'Ley 51 de 1983' });
    const navidad = h('2026-12-25', 'Navidad');
    const aniversario = h('2026-12-25', 'Aniversario del municipio');
    const raza = h('2026-10-12', 'Día de la Raza');
    expect(compareHolidays(aniversario, navidad)).toBe(-1);
    expect(compareHolidays(navidad, aniversario)).toBe(1);
    expect(compareHolidays(navidad, h('2026-12-25', 'Navidad'))).toBe(0);
    expect(compareHolidays(raza, navidad)).toBe(-1);
    expect(compareHolidays(navidad, raza)).toBe(1);
  });

  it('an entity holiday on a national one is listed by name; same name keeps the national first', () => {
    const cal = createCalendar({
      extraHolidays: [
        { date: '2026-12-25', name: 'Navidad', law: 'Acuerdo 3 de 2001' },
        { date: '2026-12-25', name: 'Aniversario del municipio', law: 'Acuerdo 12 de 1990' },
        { date: '2026-12-25', name: 'Zafra', law: 'Acuerdo 7 de 1999' },
        { date: '2026-01-01', name: 'Fiesta local', law: 'Acuerdo 5 de 1995' },
      ],
    });
    const on = (date: string) =>
      cal
        .holidays(2026)
        .filter((h) => h.date === date)
        .map((h) => [h.name, h.law]);
    expect(on('2026-12-25')).toEqual([
      ['Aniversario del municipio', 'Acuerdo 12 de 1990'],
      ['Navidad', 'Ley 51 de 1983'],
      ['Navidad', 'Acuerdo 3 de 2001'],
      ['Zafra', 'Acuerdo 7 de 1999'],
    ]);
    expect(on('2026-01-01')).toEqual([
      ['Año Nuevo', 'Ley 51 de 1983'],
      ['Fiesta local', 'Acuerdo 5 de 1995'],
    ]);
  });
});

describe('instants', () => {
  it('an invalid Date is INVALID_INSTANT saying so and carrying the Date', () => {
    const bad = new Date(Number.NaN);
    const e = caught(() => toCivilDate(bad));
    expect(e.code).toBe('INVALID_INSTANT');
    expect(e.message).toBe('«Date inválido» no es un instante válido: se espera un Date válido');
    expect(e.value).toBe(bad);
  });

  it.each([
    ['month 00', '2026-00-15T10:00:00Z'],
    ['day 00', '2026-03-00T10:00:00Z'],
    ['day 31 of a 30-day month', '2026-04-31T10:00:00Z'],
  ])('a date out of range (%s) is INVALID_INSTANT quoting the string', (_, s) => {
    const e = caught(() => toCivilDate(s));
    expect(e.code).toBe('INVALID_INSTANT');
    expect(e.message).toBe(`«${s}» no es un instante válido: fecha, hora o zona fuera de rango`);
    expect(e.value).toBe(s);
  });

  it.each(['x2026-11-27T10:00:00Z', '2026-11-27T10:00:00Zx', '2026-11-27T10:00:00-05:00 '])(
    'text before or after the instant is rejected: %s',
    (s) => {
      expect(caught(() => toCivilDate(s)).code).toBe('INVALID_INSTANT');
    },
  );

  it('an offset up to ±23:59 is accepted (+23:00)', () => {
    // 2026-11-28T23:30+23:00 = 2026-11-28T00:30Z = 19:30 of 27 November in Bogotá.
    expect(toCivilDateTime('2026-11-28T23:30:00+23:00')).toEqual({ date: '2026-11-27', minutes: 1170 });
  });

  it('seconds and fractions count: 05:00:30Z and 05:00:00.5Z are already the 28th in Bogotá', () => {
    expect(toCivilDateTime('2026-11-28T05:00:30Z')).toEqual({ date: '2026-11-28', minutes: 0 });
    expect(toCivilDateTime('2026-11-28T05:00:00.500Z')).toEqual({ date: '2026-11-28', minutes: 0 });
    expect(toCivilDateTime('2026-11-28T04:59:59.999Z')).toEqual({ date: '2026-11-27', minutes: 1439 });
  });
});
