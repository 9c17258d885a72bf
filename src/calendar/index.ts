/**
 * The Colombian business-day calendar: civil dates, holidays by law, business-day arithmetic and
 * entity calendars. Knows nothing of PQRSD.
 *
 * @module pqrsd/calendar
 */
export {
  addBusinessDays,
  addCalendarMonths,
  type BusinessCalendar,
  businessDaysBetween,
  type CalendarOptions,
  createCalendar,
  type DayExplanation,
  type DayInfo,
  explain,
  getNationalCalendar,
  isBusinessDay,
  nationalCalendar,
  nextBusinessDay,
  previousBusinessDay,
  type SkipReason,
} from './calendar.js';
export {
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
} from './civil-date.js';
export {
  colombianHolidays,
  easterSunday,
  HOLIDAY_RULES,
  type Holiday,
  type HolidayRule,
  holidaysOn,
  isHoliday,
} from './holidays.js';
export { bogotaOffsetMinutes, type CivilDateTime, toCivilDate, toCivilDateTime } from './instant.js';
export type { DateInput, IsoDate } from './types.js';
