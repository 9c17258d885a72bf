/**
 * Ley 142 de 1994 art. 158 (R-SPD-PQR): the company decides the recurso within 15 días hábiles
 * "contados a partir de la fecha de su presentación" (day 1 is the next business day unless policy
 * `spdFilingDayCounts`); after them, "se entenderá que el recurso ha sido resuelto en forma favorable"
 * to the user: silencio administrativo positivo.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import type { Policies } from '../policies.js';
import { ley142Citation } from './citations.js';

/** Business days of Ley 142 art. 158. @internal */
export const SPD_REPOSICION_DAYS = 15;

/** Ley 142 art. 158. @internal */
export const LEY_142_ART_158 = ley142Citation('art. 158');

/** The last day to decide a utility's recurso filed on `filed`. @internal */
export function spdReposicionDue(cal: BusinessCalendar, filed: number, policies: Policies): number {
  const start =
    policies.spdFilingDayCounts && cal.isBusinessDayNumber(filed)
      ? cal.addBusinessDaysNumber(filed, -1)
      : filed;
  return cal.addBusinessDaysNumber(start, SPD_REPOSICION_DAYS);
}
