import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  colombianHolidays,
  createCalendar,
  explain,
  formatIsoDate,
  fromDayNumber,
  getNationalCalendar,
  holidaysOn,
  isHoliday,
  nationalCalendar,
  toCivilDate,
  toCivilDateTime,
  toDayNumber,
} from '../../src/calendar/index.js';

// The examples of docs/calendario.md and of the TSDoc, run as tests so the docs cannot drift.
describe('docs/calendario.md examples', () => {
  it('opening example: 15 business days from 2026-11-27 skip 8 December', () => {
    expect(addBusinessDays('2026-11-27', 15)).toBe('2026-12-21');
    expect(businessDaysBetween('2026-11-27', '2026-12-21')).toBe(15);
    expect(explain('2026-12-07', '2026-12-09')).toEqual([
      { date: '2026-12-08', counted: false, reason: 'festivo', detail: 'Inmaculada Concepción' },
      { date: '2026-12-09', counted: true, ordinal: 1 },
    ]);
  });

  it('instants', () => {
    expect(toCivilDate('2026-11-28T04:30:00Z')).toBe('2026-11-27');
    expect(toCivilDateTime('2026-11-27T17:30:00-05:00')).toEqual({ date: '2026-11-27', minutes: 1050 });
    expect(() => toCivilDate('2026-11-27T23:30:00')).toThrow(/ambigua/);
  });

  it('holidays', () => {
    expect(colombianHolidays(2026).length).toBe(19);
    expect(isHoliday('2026-07-13')).toBe(true);
    expect(holidaysOn('2025-06-30').map((h) => h.name)).toEqual([
      'Sagrado Corazón de Jesús',
      'San Pedro y San Pablo',
    ]);
  });

  it('an entity calendar with a closure, a suspension and a local holiday', () => {
    const entidad = createCalendar({
      closures: [{ date: '2026-12-24', reason: 'Cierre de fin de año (Resolución 123 de 2026)' }],
      suspensions: [{ from: '2026-12-28', to: '2026-12-31', act: 'Resolución 456 de 2026' }],
      extraHolidays: [{ date: '2026-11-27', name: 'Fiesta local', law: 'Acuerdo 1 de 2026' }],
    });
    expect(entidad.nextBusinessDay('2026-12-23')).toBe('2027-01-04');
    expect(
      entidad.explain('2026-12-23', '2026-12-28').map((d) => `${d.date} ${d.reason}: ${d.detail}`),
    ).toEqual([
      '2026-12-24 cierre_entidad: Cierre de fin de año (Resolución 123 de 2026)',
      '2026-12-25 festivo: Navidad',
      '2026-12-26 fin_de_semana: sábado',
      '2026-12-27 fin_de_semana: domingo',
      '2026-12-28 suspension: Resolución 456 de 2026',
    ]);
    expect(entidad.dayInfo('2026-12-29')).toEqual({
      date: '2026-12-29',
      businessDay: false,
      weekday: 2,
      holidays: [],
      suspension: 'Resolución 456 de 2026',
    });
    const conSuspension = entidad.extend({
      suspensions: [{ from: '2027-03-01', to: '2027-03-05', act: 'Resolución 7 de 2027' }],
    });
    expect(conSuspension.nextBusinessDay('2027-02-26')).toBe('2027-03-08');
  });
});

describe('TSDoc examples', () => {
  it('civil dates', () => {
    expect(formatIsoDate(2026, 7, 13)).toBe('2026-07-13');
    expect(toDayNumber('1984-01-01')).toBe(5113);
    expect(fromDayNumber(20_419)).toBe('2025-11-27');
  });

  it('calendar methods', () => {
    expect(getNationalCalendar().isBusinessDay('2026-12-08')).toBe(false);
    expect(nationalCalendar.explain('2026-12-04', '2026-12-09').filter((x) => x.counted).length).toBe(2);
    expect(explain('2026-12-07', '2026-12-09').map((x) => x.reason ?? x.ordinal)).toEqual(['festivo', 1]);
    expect(explain('2026-12-07', '2026-12-08')).toEqual([
      { date: '2026-12-08', counted: false, reason: 'festivo', detail: 'Inmaculada Concepción' },
    ]);
    const cal = createCalendar({ closures: [{ date: '2026-12-24', reason: 'Cierre' }] });
    expect(cal.addBusinessDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(nationalCalendar.holidays(2026).length).toBe(19);
    expect(fromDayNumber(nationalCalendar.addBusinessDaysNumber(toDayNumber('2026-11-27'), 15))).toBe(
      '2026-12-21',
    );
  });
});
