// Cases that pin what src/calendar/calendar.ts promises beyond the main suite: the Spanish messages of
// INVALID_CALENDAR_OPTIONS (entry and the value quoted), the last day of the range, the weekday names
// of `explain`, the acts of overlapping suspensions and the order of `holidays`. Every calendar is
// created inside its `it` (none at load time).
import { describe, expect, it } from 'vitest';
import {
  type CalendarOptions,
  colombianHolidays,
  createCalendar,
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

/** The error of `createCalendar(options)`, which must be INVALID_CALENDAR_OPTIONS. */
function optionsError(options: unknown): { message: string; entry: unknown } {
  const e = caught(() => createCalendar(options as CalendarOptions));
  expect(e.code).toBe('INVALID_CALENDAR_OPTIONS');
  return { message: e.message, entry: (e.details as { entry: unknown }).entry };
}

describe('INVALID_CALENDAR_OPTIONS names the entry and quotes the value', () => {
  it('options that are not an object', () => {
    expect(optionsError(5)).toEqual({
      message: 'Opciones de calendario inválidas: opciones: «5» debe ser un objeto',
      entry: 'opciones',
    });
  });

  it('an unknown option', () => {
    expect(optionsError({ cierres: [] })).toEqual({
      message: 'Opciones de calendario inválidas: cierres: opción desconocida «cierres»',
      entry: 'cierres',
    });
  });

  it('a list that is not a list (closures, extraHolidays, workweek)', () => {
    expect(optionsError({ closures: 'navidad' }).message).toBe(
      'Opciones de calendario inválidas: closures: «navidad» debe ser una lista',
    );
    expect(optionsError({ extraHolidays: 'feria' })).toEqual({
      message: 'Opciones de calendario inválidas: extraHolidays: «feria» debe ser una lista',
      entry: 'extraHolidays',
    });
    expect(optionsError({ workweek: 'lunes' })).toEqual({
      message: 'Opciones de calendario inválidas: workweek: «lunes» debe ser una lista',
      entry: 'workweek',
    });
  });

  it('an entry that is not an object', () => {
    expect(optionsError({ closures: [{ date: '2026-12-24', reason: 'Cierre' }, 7] })).toEqual({
      message: 'Opciones de calendario inválidas: closures[1]: «7» debe ser un objeto',
      entry: 'closures[1]',
    });
  });

  it('an empty text', () => {
    expect(optionsError({ closures: [{ date: '2026-12-24', reason: '  ' }] })).toEqual({
      message: 'Opciones de calendario inválidas: closures[0].reason: «  » debe ser un texto no vacío',
      entry: 'closures[0].reason',
    });
  });

  it('an empty workweek', () => {
    expect(optionsError({ workweek: [] })).toEqual({
      message: 'Opciones de calendario inválidas: workweek: la semana laboral no puede estar vacía',
      entry: 'workweek',
    });
  });

  it('a holidaySource that is not a function', () => {
    expect(optionsError({ holidaySource: 'CO' })).toEqual({
      message: 'Opciones de calendario inválidas: holidaySource: debe ser una función',
      entry: 'holidaySource',
    });
  });

  it('a holidaySource that answers something other than a list names the year asked', () => {
    expect(optionsError({ holidaySource: () => null })).toEqual({
      message: 'Opciones de calendario inválidas: holidaySource(1984): «null» debe ser una lista',
      entry: 'holidaySource(1984)',
    });
  });

  it('a holidaySource entry outside the year asked', () => {
    const source = (year: number) => [
      { date: year === 2026 ? '2027-01-01' : `${year}-01-01`, name: 'Año nuevo' },
    ];
    expect(optionsError({ holidaySource: source })).toEqual({
      message:
        'Opciones de calendario inválidas: holidaySource(2026)[0].date: «2027-01-01» no es del año 2026',
      entry: 'holidaySource(2026)[0].date',
    });
  });
});

describe('the ends of the supported range', () => {
  it('every built-in holiday of 2199, the last year, is skipped', () => {
    const cal = createCalendar();
    const holidays = colombianHolidays(2199);
    expect(holidays.length).toBeGreaterThan(0);
    for (const h of holidays) expect(cal.isBusinessDay(h.date), h.date).toBe(false);
    expect(cal.addBusinessDays('2199-12-24', 1)).toBe('2199-12-26');
  });

  it('one business day after the last business day (2199-12-31, a Tuesday) is out of range', () => {
    const cal = createCalendar();
    expect(cal.isBusinessDay('2199-12-31')).toBe(true);
    const e = caught(() => cal.addBusinessDays('2199-12-31', 1));
    expect(e.code).toBe('YEAR_OUT_OF_RANGE');
    expect(e.message).toContain('«2199-12-31 + 1»');
    expect(() => cal.addBusinessDaysNumber(toDayNumber('2199-12-31'), 1)).toThrow(PqrsdError);
    expect(cal.addBusinessDays('2199-12-30', 1)).toBe('2199-12-31');
  });

  it('calendar months: within 2199 they are computed, past it the error quotes the date and n', () => {
    const cal = createCalendar();
    expect(cal.addCalendarMonths('2199-01-15', 1)).toBe('2199-02-15');
    const e = caught(() => cal.addCalendarMonths('2199-06-15', 12));
    expect(e.code).toBe('YEAR_OUT_OF_RANGE');
    expect(e.message).toContain('«2199-06-15 + 12»');
  });
});

describe('explain and dayInfo of an entity calendar', () => {
  it('names each weekday skipped for being outside the workweek', () => {
    const names = (workweek: number[]) =>
      createCalendar({ workweek })
        .explain('2026-03-01', '2026-03-08')
        .filter((x) => !x.counted)
        .map((x) => [x.date, x.reason, x.detail]);
    expect(names([7])).toEqual([
      ['2026-03-02', 'fin_de_semana', 'lunes'],
      ['2026-03-03', 'fin_de_semana', 'martes'],
      ['2026-03-04', 'fin_de_semana', 'miércoles'],
      ['2026-03-05', 'fin_de_semana', 'jueves'],
      ['2026-03-06', 'fin_de_semana', 'viernes'],
      ['2026-03-07', 'fin_de_semana', 'sábado'],
    ]);
    expect(names([1])).toContainEqual(['2026-03-08', 'fin_de_semana', 'domingo']);
  });

  it('gives, for each suspended day, the acts of the suspensions that cover it (both ends included)', () => {
    const cal = createCalendar({
      suspensions: [
        { from: '2026-03-02', to: '2026-03-04', act: 'Resolución 1' },
        { from: '2026-03-04', to: '2026-03-06', act: 'Resolución 2' },
        { from: '2026-03-10', to: '2026-03-11', act: 'Resolución 3' },
      ],
    });
    expect(
      cal.explain('2026-03-01', '2026-03-12').map((x) => [x.date, x.reason ?? x.ordinal, x.detail]),
    ).toEqual([
      ['2026-03-02', 'suspension', 'Resolución 1'],
      ['2026-03-03', 'suspension', 'Resolución 1'],
      ['2026-03-04', 'suspension', 'Resolución 1; Resolución 2'],
      ['2026-03-05', 'suspension', 'Resolución 2'],
      ['2026-03-06', 'suspension', 'Resolución 2'],
      ['2026-03-07', 'fin_de_semana', 'sábado'],
      ['2026-03-08', 'fin_de_semana', 'domingo'],
      ['2026-03-09', 1, undefined],
      ['2026-03-10', 'suspension', 'Resolución 3'],
      ['2026-03-11', 'suspension', 'Resolución 3'],
      ['2026-03-12', 2, undefined],
    ]);
    expect(cal.dayInfo('2026-03-04').suspension).toBe('Resolución 1; Resolución 2');
    expect(cal.dayInfo('2026-03-06').suspension).toBe('Resolución 2');
    expect(cal.dayInfo('2026-03-10').suspension).toBe('Resolución 3');
    expect(cal.dayInfo('2026-03-09')).not.toHaveProperty('suspension');
    expect(cal.dayInfo('2026-03-01')).not.toHaveProperty('suspension');
  });

  it('a calendar with closures does not leak them into a later calendar with the same workweek', () => {
    // A workweek no other case uses, so both calendars start from the same shared weekend table.
    const workweek = [1, 3, 4, 6];
    const closed = createCalendar({ workweek, closures: [{ date: '2026-03-04', reason: 'Cierre' }] });
    expect(closed.isBusinessDay('2026-03-04')).toBe(false);
    const open = createCalendar({ workweek });
    expect(open.isBusinessDay('2026-03-04')).toBe(true);
    expect(open.addBusinessDays('2026-03-02', 1)).toBe('2026-03-04');
  });
});

describe('holidays(year) of an entity calendar', () => {
  it('sorts the extra holidays among the built-in ones by date', () => {
    const cal = createCalendar({
      extraHolidays: [{ date: '2026-01-02', name: 'Día cívico', law: 'Decreto 1 de 2026' }],
    });
    const dates = cal.holidays(2026).map((h) => h.date);
    expect(dates.slice(0, 3)).toEqual(['2026-01-01', '2026-01-02', '2026-01-12']);
    expect(dates).toEqual([...dates].sort());
  });
});
