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
import { fmt } from '../format-day.js';
import type { Policies } from '../policies.js';
import type { LegalConsequence } from '../types.js';
import { ley142Citation } from './citations.js';
import { sapRecognitionDeadline } from './decreto-2150-art-123-sap.js';

/** Business days of Ley 142 art. 158. @internal */
export const SPD_REPOSICION_DAYS = 15;

/** Ley 142 art. 158. @internal */
export const LEY_142_ART_158 = ley142Citation('art. 158');

/** The last day to decide a utility's recurso filed on `filed`. @internal */
export function spdRecursoDue(cal: BusinessCalendar, filed: number, policies: Policies): number {
  const start =
    policies.spdFilingDayCounts && cal.isBusinessDayNumber(filed)
      ? cal.addBusinessDaysNumber(filed, -1)
      : filed;
  return cal.addBusinessDaysNumber(start, SPD_REPOSICION_DAYS);
}

/** The silencio positivo of a utility's recurso not decided by `due`. @internal */
export function spdRecursoSilence(due: number): LegalConsequence {
  const deadline = fmt(sapRecognitionDeadline(due));
  return {
    type: 'silencio_administrativo_positivo',
    since: fmt(due + 1),
    description:
      'Vencidos los 15 días hábiles sin decisión del recurso, se entiende resuelto a favor del usuario (Ley 142 de 1994 art. 158); la empresa debe reconocer los efectos dentro de las 72 horas siguientes (Decreto 2150 de 1995 art. 123).',
    citation: LEY_142_ART_158,
    deadline,
    recognitionDeadline: deadline,
  };
}
