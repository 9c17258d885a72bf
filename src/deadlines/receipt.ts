/**
 * Reading `receivedAt` and the receipt policy (CPACA art. 54 inc. 3).
 *
 * @internal
 * @module
 */

import { dayNumberOf } from '../calendar/day-memo.js';
import { type BusinessCalendar, type IsoDate, toCivilDateTime, toDayNumber } from '../calendar/index.js';
import { PqrsdError } from '../errors.js';
import { show } from '../show.js';
import { closingTimeMinutes, type Policies } from './policies.js';
import type { Receipt } from './trace-context.js';

/**
 * Reads `receivedAt` (civil date, ISO instant with offset, or `Date`) and applies the receipt policy.
 * @internal
 */
export function readReceipt(value: unknown, policies: Policies, cal: BusinessCalendar): Receipt {
  let civil: number;
  let civilDate: IsoDate;
  let minutes: number | null = null;
  if (typeof value === 'string' && value.length === 10) {
    civil = dayNumberOf(value);
    civilDate = value as IsoDate;
  } else if (typeof value === 'string' || value instanceof Date) {
    const t = toCivilDateTime(value);
    civil = toDayNumber(t.date);
    civilDate = t.date;
    minutes = t.minutes;
  } else {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«receivedAt» debe ser una fecha AAAA-MM-DD, un instante ISO con zona o un Date: «${show(value)}».`,
      { value },
    );
  }
  if (policies.receipt.mode === 'fecha_civil')
    return { civil, civilDate, received: civil, minutes, shifted: null };
  if (!cal.isBusinessDayNumber(civil)) {
    return { civil, civilDate, received: cal.addBusinessDaysNumber(civil, 1), minutes, shifted: 'no_habil' };
  }
  if (minutes !== null && minutes >= closingTimeMinutes(policies.receipt.closingTime)) {
    return {
      civil,
      civilDate,
      received: cal.addBusinessDaysNumber(civil, 1),
      minutes,
      shifted: 'hora_cierre',
    };
  }
  return { civil, civilDate, received: civil, minutes, shifted: null };
}
