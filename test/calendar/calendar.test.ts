import Holidays from 'date-holidays';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarMonths,
  type BusinessCalendar,
  businessDaysBetween,
  type CalendarOptions,
  colombianHolidays,
  createCalendar,
  explain,
  fromDayNumber,
  getNationalCalendar,
  isBusinessDay,
  nationalCalendar,
  nextBusinessDay,
  previousBusinessDay,
  toDayNumber,
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

describe('addBusinessDays on the national calendar (Ley 4 de 1913 art. 62)', () => {
  it('adds 15 business days to 2026-11-27 and lands on 2026-12-21, skipping 8 December', () => {
    expect(addBusinessDays('2026-11-27', 15)).toBe('2026-12-21');
  });

  it.each([
    ['2026-03-27', 5, '2026-04-07', 'Semana Santa: Jueves and Viernes Santo 2026-04-02/03 skipped'],
    ['2026-04-01', 1, '2026-04-06', 'Semana Santa: Wednesday → Monday after Easter'],
    ['2026-12-24', 1, '2026-12-28', 'Navidad (Friday 25) and the weekend skipped'],
    ['2026-12-31', 1, '2027-01-04', 'Año Nuevo (Friday) and the weekend skipped'],
    ['2026-12-23', 5, '2026-12-31', '24 Dec–2 Jan: only Navidad is a holiday'],
    ['2026-07-10', 1, '2026-07-14', 'Ley 2578 de 2026: Monday 2026-07-13 skipped'],
    ['2025-07-11', 1, '2025-07-14', 'no 9 July holiday in 2025'],
    ['2025-06-27', 1, '2025-07-01', '2025-06-30: two holidays, one day skipped'],
    ['2026-01-09', 1, '2026-01-13', 'Reyes Magos moved to Monday 2026-01-12 (Ley 51 de 1983 art. 1 num. 2)'],
    ['2026-11-27', 0, '2026-11-27', 'n = 0 returns the date itself'],
  ])('%s + %i business days = %s (%s)', (from, n, to) => {
    expect(addBusinessDays(from, n)).toBe(to);
  });

  it('never counts the start day, even when it is a business day or a holiday', () => {
    expect(addBusinessDays('2026-11-26', 1)).toBe('2026-11-27');
    expect(addBusinessDays('2026-12-08', 1)).toBe('2026-12-09');
    expect(addBusinessDays('2026-11-28', 1)).toBe('2026-11-30');
  });

  it('counts backwards with a negative n, strictly before the date', () => {
    expect(addBusinessDays('2026-12-21', -15)).toBe('2026-11-27');
    expect(addBusinessDays('2026-04-06', -1)).toBe('2026-04-01');
    expect(addBusinessDays('2026-11-29', -1)).toBe('2026-11-27');
  });

  it('rejects a fractional or infinite count with INVALID_DAY_COUNT', () => {
    expect(caught(() => addBusinessDays('2026-11-27', 1.5))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_DAY_COUNT",
        "details": {
          "value": 1.5,
        },
        "message": "«1.5» no es un número entero de días",
      }
    `);
    expect(caught(() => addBusinessDays('2026-11-27', Number.NaN)).code).toBe('INVALID_DAY_COUNT');
    expect(caught(() => addBusinessDays('2026-11-27', Number.POSITIVE_INFINITY)).code).toBe(
      'INVALID_DAY_COUNT',
    );
  });

  it('rejects a result beyond the supported range with YEAR_OUT_OF_RANGE', () => {
    expect(caught(() => addBusinessDays('2199-12-30', 5))).toMatchInlineSnapshot(`
      {
        "code": "YEAR_OUT_OF_RANGE",
        "details": {
          "value": "2199-12-30 + 5",
        },
        "message": "«2199-12-30 + 5» está fuera del rango soportado (1984-01-01 a 2199-12-31)",
      }
    `);
    expect(caught(() => addBusinessDays('1984-01-03', -2)).code).toBe('YEAR_OUT_OF_RANGE');
    expect(addBusinessDays('1984-01-03', -1)).toBe('1984-01-02');
    expect(caught(() => addBusinessDays('2026-01-01', 1e9)).code).toBe('YEAR_OUT_OF_RANGE');
  });

  it('rejects a malformed date', () => {
    expect(caught(() => addBusinessDays('2026-02-30', 1)).code).toBe('INVALID_DATE');
  });
});

describe('the other national functions', () => {
  it('isBusinessDay: weekdays that are not holidays', () => {
    expect(isBusinessDay('2026-11-27')).toBe(true);
    expect(isBusinessDay('2026-11-28')).toBe(false);
    expect(isBusinessDay('2026-04-02')).toBe(false);
    expect(isBusinessDay('2026-07-13')).toBe(false);
  });

  it('businessDaysBetween counts (a, b] and is negative when b < a', () => {
    expect(businessDaysBetween('2026-11-27', '2026-12-21')).toBe(15);
    expect(businessDaysBetween('2026-12-21', '2026-11-27')).toBe(-15);
    expect(businessDaysBetween('2026-11-27', '2026-11-27')).toBe(0);
    expect(businessDaysBetween('2026-11-28', '2026-11-29')).toBe(0);
  });

  it('nextBusinessDay and previousBusinessDay are strict', () => {
    expect(nextBusinessDay('2026-11-27')).toBe('2026-11-30');
    expect(previousBusinessDay('2026-11-30')).toBe('2026-11-27');
    expect(nextBusinessDay('2026-04-01')).toBe('2026-04-06');
    expect(previousBusinessDay('2026-01-05')).toBe('2026-01-02');
  });

  it('getNationalCalendar returns the shared national calendar', () => {
    expect(getNationalCalendar()).toBe(nationalCalendar);
    expect(Object.isFrozen(nationalCalendar)).toBe(true);
  });

  it('methods can be destructured', () => {
    const { addBusinessDays: add } = nationalCalendar;
    expect(add('2026-11-27', 15)).toBe('2026-12-21');
  });
});

describe('addCalendarMonths (Ley 4 de 1913 art. 62: months by calendar, extended to a business day)', () => {
  it.each([
    ['2026-03-10', 1, '2026-04-10', 'same day next month'],
    ['2026-01-31', 1, '2026-03-02', 'clamped to 2026-02-28, a Saturday → Monday 2 March'],
    ['2024-01-31', 1, '2024-02-29', 'clamped to 29 February of a leap year'],
    ['2026-11-08', 1, '2026-12-09', 'lands on 8 December (holiday) → 9 December'],
    ['2026-06-13', 1, '2026-07-14', 'lands on Monday 13 July 2026 (Ley 2578 de 2026) → 14 July'],
    ['2026-10-31', 1, '2026-11-30', 'end-of-month clamp to 30 November'],
    ['2026-11-27', 2, '2027-01-27', 'across the year end'],
    ['2026-05-15', 12, '2027-05-17', 'twelve months; 2027-05-15 is a Saturday'],
    ['2026-11-27', 0, '2026-11-27', 'zero months on a business day'],
    ['2026-11-28', 0, '2026-11-30', 'zero months on a Saturday → next business day'],
  ])('%s + %i months = %s (%s)', (from, n, to) => {
    expect(addCalendarMonths(from, n)).toBe(to);
  });

  it('rejects a negative or fractional count and a result beyond the range', () => {
    expect(caught(() => addCalendarMonths('2026-01-31', -1))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_DAY_COUNT",
        "details": {
          "value": -1,
        },
        "message": "«-1» no es un número entero no negativo de meses",
      }
    `);
    expect(caught(() => addCalendarMonths('2026-01-31', 0.5)).code).toBe('INVALID_DAY_COUNT');
    expect(caught(() => addCalendarMonths('2199-06-01', 12)).code).toBe('YEAR_OUT_OF_RANGE');
    const closedAtTheEnd = createCalendar({
      closures: [
        { date: '2199-12-30', reason: 'Cierre' },
        { date: '2199-12-31', reason: 'Cierre' },
      ],
    });
    expect(caught(() => closedAtTheEnd.addCalendarMonths('2199-11-30', 1)).code).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('explain', () => {
  it('gives every day of (a, b] with its ordinal or the reason it is skipped', () => {
    expect(explain('2026-12-04', '2026-12-09')).toMatchInlineSnapshot(`
      [
        {
          "counted": false,
          "date": "2026-12-05",
          "detail": "sábado",
          "reason": "fin_de_semana",
        },
        {
          "counted": false,
          "date": "2026-12-06",
          "detail": "domingo",
          "reason": "fin_de_semana",
        },
        {
          "counted": true,
          "date": "2026-12-07",
          "ordinal": 1,
        },
        {
          "counted": false,
          "date": "2026-12-08",
          "detail": "Inmaculada Concepción",
          "reason": "festivo",
        },
        {
          "counted": true,
          "date": "2026-12-09",
          "ordinal": 2,
        },
      ]
    `);
  });

  it('names both holidays of a same-day collision and prefers festivo over fin_de_semana', () => {
    expect(explain('2025-06-29', '2025-06-30')[0]?.detail).toBe(
      'Sagrado Corazón de Jesús / San Pedro y San Pablo',
    );
    expect(explain('2027-12-24', '2027-12-25')[0]).toEqual({
      date: '2027-12-25',
      counted: false,
      reason: 'festivo',
      detail: 'Navidad',
    });
  });

  it('counts as many days as addBusinessDays moved', () => {
    const days = explain('2026-11-27', addBusinessDays('2026-11-27', 15));
    expect(days.filter((d) => d.counted)).toHaveLength(15);
    expect(days.at(-1)).toEqual({ date: '2026-12-21', counted: true, ordinal: 15 });
  });

  it('explains (b, a] when b < a and nothing when a = b', () => {
    expect(explain('2026-12-09', '2026-12-04')).toEqual(explain('2026-12-04', '2026-12-09'));
    expect(explain('2026-12-09', '2026-12-09')).toEqual([]);
  });
});

describe('entity calendars: createCalendar', () => {
  // Made before each test, not while the file loads: load-time code is invisible to per-test coverage.
  let cal: BusinessCalendar;
  beforeEach(() => {
    cal = createCalendar({
      closures: [
        { date: '2026-12-24', reason: 'Cierre de fin de año' },
        { date: '2026-12-24', reason: 'Inventario' },
      ],
      suspensions: [{ from: '2026-12-28', to: '2026-12-31', act: 'Resolución 456 de 2026' }],
    });
  });

  it('skips closures and suspended days', () => {
    expect(cal.nextBusinessDay('2026-12-23')).toBe('2027-01-04');
    expect(cal.businessDaysBetween('2026-12-23', '2027-01-04')).toBe(1);
    expect(cal.isBusinessDay('2026-12-24')).toBe(false);
    expect(cal.isBusinessDay('2026-12-29')).toBe(false);
    expect(nationalCalendar.isBusinessDay('2026-12-29')).toBe(true);
  });

  it('explains closures and suspensions with their reason and act', () => {
    expect(cal.explain('2026-12-23', '2026-12-28').map((d) => [d.date, d.reason, d.detail])).toEqual([
      ['2026-12-24', 'cierre_entidad', 'Cierre de fin de año; Inventario'],
      ['2026-12-25', 'festivo', 'Navidad'],
      ['2026-12-26', 'fin_de_semana', 'sábado'],
      ['2026-12-27', 'fin_de_semana', 'domingo'],
      ['2026-12-28', 'suspension', 'Resolución 456 de 2026'],
    ]);
  });

  it('reports a day with dayInfo', () => {
    expect(cal.dayInfo('2026-12-24')).toEqual({
      date: '2026-12-24',
      businessDay: false,
      weekday: 4,
      holidays: [],
      closure: 'Cierre de fin de año; Inventario',
    });
    expect(cal.dayInfo('2026-12-29')).toEqual({
      date: '2026-12-29',
      businessDay: false,
      weekday: 2,
      holidays: [],
      suspension: 'Resolución 456 de 2026',
    });
    expect(nationalCalendar.dayInfo('2025-06-30').holidays.map((h) => h.name)).toHaveLength(2);
    expect(nationalCalendar.dayInfo('2026-11-27')).toEqual({
      date: '2026-11-27',
      businessDay: true,
      weekday: 5,
      holidays: [],
    });
  });

  it('attends on Saturdays with workweek [1..6] (R-CAL-SABADO is a convention)', () => {
    const sat = createCalendar({ workweek: [1, 2, 3, 4, 5, 6] });
    expect(sat.isBusinessDay('2026-11-28')).toBe(true);
    expect(sat.addBusinessDays('2026-11-27', 1)).toBe('2026-11-28');
    expect(sat.explain('2026-11-28', '2026-11-29')[0]?.detail).toBe('domingo');
    expect(createCalendar({ workweek: [2, 3, 4, 5, 6] }).explain('2026-11-29', '2026-11-30')[0]?.detail).toBe(
      'lunes',
    );
  });

  it('adds extra holidays with their law', () => {
    const local = createCalendar({
      extraHolidays: [{ date: '2026-11-27', name: 'Fiesta local', law: 'Acuerdo 1 de 2026' }],
    });
    expect(local.isBusinessDay('2026-11-27')).toBe(false);
    expect(local.dayInfo('2026-11-27').holidays).toEqual([
      { date: '2026-11-27', name: 'Fiesta local', law: 'Acuerdo 1 de 2026' },
    ]);
    expect(local.holidays(2026)).toHaveLength(20);
    expect(local.holidays(2026).find((h) => h.name === 'Fiesta local')?.law).toBe('Acuerdo 1 de 2026');
    const both = createCalendar({
      extraHolidays: [{ date: '2026-12-08', name: 'Fiesta local', law: 'Acuerdo 2 de 2026' }],
    });
    expect(both.dayInfo('2026-12-08').holidays.map((h) => h.name)).toEqual([
      'Inmaculada Concepción',
      'Fiesta local',
    ]);
  });

  it('replaces the built-in holidays with a holidaySource, e.g. date-holidays', () => {
    const hd = new Holidays('CO');
    const asked: number[] = [];
    const viaDh = createCalendar({
      holidaySource: (year) => {
        asked.push(year);
        return hd
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
      },
    });
    expect(asked).toHaveLength(2199 - 1984 + 1);
    expect(viaDh.addBusinessDays('2026-11-27', 15)).toBe('2026-12-21');
    expect(viaDh.holidays(2026)).toHaveLength(20); // with Easter Sunday ("Pascua")
    expect(viaDh.holidays(2026)[0]).toEqual({
      date: '2026-01-01',
      name: 'Año Nuevo',
      law: 'fuente externa de festivos',
    });
    expect(viaDh.dayInfo('2026-04-05').holidays.map((h) => h.name)).toEqual(['Pascua']);
    expect(viaDh.dayInfo('2026-11-27').holidays).toEqual([]);
    for (let d = toDayNumber('2026-01-01'); d <= toDayNumber('2027-12-31'); d++) {
      const iso = fromDayNumber(d);
      if (viaDh.isBusinessDay(iso) !== isBusinessDay(iso))
        expect(viaDh.isBusinessDay(iso)).toBe(isBusinessDay(iso));
    }
  });

  it('uses a source with laws, and an empty source means only weekends', () => {
    const none = createCalendar({ holidaySource: () => [] });
    expect(none.isBusinessDay('2026-12-08')).toBe(true);
    expect(none.holidays(2026)).toEqual([]);
    const one = createCalendar({
      holidaySource: (y) => [{ date: `${y}-12-08`, name: 'Inmaculada', law: 'Ley 51 de 1983' }],
      extraHolidays: [{ date: '2026-12-09', name: 'Extra', law: 'Decreto 1' }],
    });
    expect(one.holidays(2026).map((h) => `${h.date} ${h.name} ${h.law}`)).toEqual([
      '2026-12-08 Inmaculada Ley 51 de 1983',
      '2026-12-09 Extra Decreto 1',
    ]);
    expect(one.explain('2026-12-06', '2026-12-09').map((d) => d.reason)).toEqual([
      undefined,
      'festivo',
      'festivo',
    ]);
  });

  it('returns the national holidays for holidays(year) and validates the year', () => {
    expect(nationalCalendar.holidays(2026)).toEqual(colombianHolidays(2026));
    expect(caught(() => nationalCalendar.holidays(1900)).code).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('extend', () => {
  it('merges more closures, suspensions and extras into a new calendar', () => {
    const base = createCalendar({ closures: [{ date: '2026-12-24', reason: 'Cierre' }] });
    const more = base.extend({
      suspensions: [{ from: '2026-12-28', to: '2026-12-31', act: 'Resolución 9' }],
      closures: [{ date: '2026-12-24', reason: 'Inventario' }],
    });
    expect(base.isBusinessDay('2026-12-29')).toBe(true);
    expect(more.isBusinessDay('2026-12-29')).toBe(false);
    expect(more.isBusinessDay('2026-12-24')).toBe(false);
    expect(more.dayInfo('2026-12-24').closure).toBe('Cierre; Inventario');
    expect(more.dayInfo('2026-12-29').suspension).toBe('Resolución 9');
  });

  it('joins overlapping suspensions in dayInfo', () => {
    const cal = nationalCalendar
      .extend({ suspensions: [{ from: '2026-03-02', to: '2026-03-06', act: 'Resolución 1' }] })
      .extend({ suspensions: [{ from: '2026-03-05', to: '2026-03-05', act: 'Resolución 2' }] });
    expect(cal.dayInfo('2026-03-05').suspension).toBe('Resolución 1; Resolución 2');
    expect(cal.addBusinessDays('2026-02-27', 1)).toBe('2026-03-09');
  });

  it('replaces the workweek when given', () => {
    const sat = createCalendar({ closures: [{ date: '2026-11-30', reason: 'Cierre' }] }).extend({
      workweek: [1, 2, 3, 4, 5, 6],
    });
    expect(sat.addBusinessDays('2026-11-27', 2)).toBe('2026-12-01');
  });

  it('validates its options like createCalendar', () => {
    expect(caught(() => nationalCalendar.extend({ closures: [{ date: 'x', reason: 'y' }] })).code).toBe(
      'INVALID_CALENDAR_OPTIONS',
    );
  });
});

describe('integer variants', () => {
  // 2026-11-27 as days since 1970-01-01, written without the library (no library code runs at load).
  const d = Date.UTC(2026, 10, 27) / 86_400_000;

  it('agree with the string variants', () => {
    expect(fromDayNumber(nationalCalendar.addBusinessDaysNumber(d, 15))).toBe('2026-12-21');
    expect(nationalCalendar.businessDaysBetweenNumbers(d, toDayNumber('2026-12-21'))).toBe(15);
    expect(nationalCalendar.isBusinessDayNumber(toDayNumber('2026-12-08'))).toBe(false);
    expect(nationalCalendar.addBusinessDaysNumber(d, 0)).toBe(d);
  });

  it('validate day numbers and counts', () => {
    expect(caught(() => nationalCalendar.isBusinessDayNumber(1.5)).code).toBe('INVALID_DATE');
    expect(caught(() => nationalCalendar.isBusinessDayNumber(0)).code).toBe('YEAR_OUT_OF_RANGE');
    expect(caught(() => nationalCalendar.addBusinessDaysNumber(d, 0.5)).code).toBe('INVALID_DAY_COUNT');
    expect(caught(() => nationalCalendar.businessDaysBetweenNumbers(d, 1e9)).code).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('invalid options raise INVALID_CALENDAR_OPTIONS naming the entry', () => {
  const cases: [string, unknown][] = [
    [
      'suspension end before start',
      { suspensions: [{ from: '2026-02-02', to: '2026-02-01', act: 'Resolución 1' }] },
    ],
    ['malformed closure date', { closures: [{ date: '2026-02-30', reason: 'Cierre' }] }],
    ['empty closure reason', { closures: [{ date: '2026-02-02', reason: '  ' }] }],
    ['empty suspension act', { suspensions: [{ from: '2026-02-02', to: '2026-02-03', act: '' }] }],
    ['bad weekday', { workweek: [1, 2, 8] }],
    ['empty workweek', { workweek: [] }],
    ['unknown key', { closure: [] }],
    ['not a list', { closures: '2026-12-24' }],
    ['entry not an object', { closures: [null] }],
    ['extra holiday without law', { extraHolidays: [{ date: '2026-02-02', name: 'X' }] }],
    ['closure out of range', { closures: [{ date: '1983-02-02', reason: 'Cierre' }] }],
    ['source not a function', { holidaySource: 'date-holidays' }],
    ['source not returning a list', { holidaySource: () => null }],
    [
      'source entry of another year',
      { holidaySource: (y: number) => [{ date: `${y + 1}-01-01`, name: 'X' }] },
    ],
    [
      'source entry with empty law',
      { holidaySource: (y: number) => [{ date: `${y}-01-01`, name: 'X', law: '' }] },
    ],
    ['options not an object', 'festivos'],
  ];

  it.each(cases)('%s', (_what, options) => {
    expect(caught(() => createCalendar(options as CalendarOptions)).code).toBe('INVALID_CALENDAR_OPTIONS');
  });

  it('pins the payload of a bad suspension and of a malformed closure date', () => {
    expect(
      caught(() =>
        createCalendar({ suspensions: [{ from: '2026-02-02', to: '2026-02-01', act: 'Resolución 1' }] }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "INVALID_CALENDAR_OPTIONS",
        "details": {
          "entry": "suspensions[0].to",
          "value": {
            "act": "Resolución 1",
            "from": "2026-02-02",
            "to": "2026-02-01",
          },
        },
        "message": "Opciones de calendario inválidas: suspensions[0].to: el fin «2026-02-01» es anterior al inicio «2026-02-02»",
      }
    `);
    expect(
      caught(() =>
        createCalendar({
          closures: [
            { date: '2026-12-24', reason: 'ok' },
            { date: '2026-02-30', reason: 'Cierre' },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "INVALID_CALENDAR_OPTIONS",
        "details": {
          "entry": "closures[1].date",
          "value": "2026-02-30",
        },
        "message": "Opciones de calendario inválidas: closures[1].date: «2026-02-30» no es una fecha válida (se espera AAAA-MM-DD)",
      }
    `);
    expect(caught(() => createCalendar({ workweek: [1, 2, 8] })).message).toBe(
      'Opciones de calendario inválidas: workweek[2]: «8» no es un día ISO de la semana (1 a 7)',
    );
  });

  it('accepts no options and undefined', () => {
    expect(createCalendar().addBusinessDays('2026-11-27', 15)).toBe('2026-12-21');
    expect(createCalendar(undefined).isBusinessDay('2026-12-08')).toBe(false);
  });
});
