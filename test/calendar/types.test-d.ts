import { describe, expectTypeOf, it } from 'vitest';
import {
  addBusinessDays,
  type BusinessCalendar,
  type CivilDateTime,
  colombianHolidays,
  createCalendar,
  type DateInput,
  type DayExplanation,
  type Holiday,
  type IsoDate,
  parseIsoDate,
  safeParseIsoDate,
  toCivilDateTime,
  weekday,
} from '../../src/calendar/index.js';
import type { Result } from '../../src/errors.js';

describe('calendar types', () => {
  it('returns branded IsoDate and accepts plain strings', () => {
    expectTypeOf(parseIsoDate('2026-11-27')).toEqualTypeOf<IsoDate>();
    expectTypeOf(addBusinessDays).parameter(0).toEqualTypeOf<DateInput>();
    expectTypeOf(addBusinessDays('2026-11-27', 15)).toEqualTypeOf<IsoDate>();
    expectTypeOf(safeParseIsoDate('x')).toEqualTypeOf<Result<IsoDate>>();
  });

  it('does not accept a plain string where an IsoDate is required', () => {
    const take = (_d: IsoDate): void => {};
    // @ts-expect-error a plain string is not an IsoDate
    take('2026-11-27');
  });

  it('types weekday as 1..7 and the other results', () => {
    expectTypeOf(weekday('2026-11-27')).toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | 7>();
    expectTypeOf(colombianHolidays(2026)).toEqualTypeOf<readonly Holiday[]>();
    expectTypeOf(createCalendar()).toEqualTypeOf<BusinessCalendar>();
    expectTypeOf(createCalendar().explain('2026-01-01', '2026-01-05')).toEqualTypeOf<
      readonly DayExplanation[]
    >();
    expectTypeOf(toCivilDateTime('2026-11-27')).toEqualTypeOf<CivilDateTime>();
    expectTypeOf<Holiday['movedFrom']>().toEqualTypeOf<IsoDate | undefined>();
  });
});
