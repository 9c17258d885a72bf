/**
 * CPACA art. 68 (R-NOT-CITACION): "El envío de la citación se hará dentro de los cinco (5) días
 * siguientes a la expedición del acto"; with the address unknown, the citación is published on the
 * entity's web page or a public place "por el término de cinco (5) días". Días hábiles (Ley 4 de 1913
 * art. 62), counted from the day after the decision (the answer).
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import { cpacaCitation } from './citations.js';

/** Días hábiles to send the citación (art. 68 inc. 1). @internal */
export const CITACION_DAYS = 5;

/** CPACA art. 68. @internal */
export const CPACA_ART_68 = cpacaCitation('art. 68');

/** The last day to send the citación of a decision issued on `decided`. @internal */
export function citationDueDay(cal: BusinessCalendar, decided: number): number {
  return cal.addBusinessDaysNumber(decided, CITACION_DAYS);
}
