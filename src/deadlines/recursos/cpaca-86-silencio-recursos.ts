/**
 * CPACA art. 86 (R-SIL-RECURSOS): "transcurrido un plazo de dos (2) meses, contados a partir de la
 * interposición de los recursos de reposición o apelación sin que se haya notificado decisión expresa
 * sobre ellos, se entenderá que la decisión es negativa"; not deciding in time is a "falta
 * disciplinaria gravísima". Calendar months; a last day that is not a business day moves to the next
 * (Ley 4 de 1913 art. 62). The suspension while evidence is taken is not modelled.
 *
 * It covers the reposición and the apelación outside public utilities (the apelación filed alone, and
 * the subsidiary one, counted from the same filing), and the apelación that the Superintendencia
 * decides for a public-utility company (see `cpaca-74-apelacion.ts`); a company's reposición has Ley
 * 142 art. 158 instead.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import { fmt } from '../format-day.js';
import { addMonthsNumber } from '../months.js';
import type { LegalConsequence } from '../types.js';
import { cpacaCitation } from './citations.js';

/** Months of CPACA art. 86. @internal */
export const CPACA_RECURSO_MONTHS = 2;

/** CPACA art. 86. @internal */
export const CPACA_ART_86 = cpacaCitation('art. 86');

/** The last day to decide (and notify) a recurso or apelación under CPACA art. 86, filed on `filed`. @internal */
export function cpacaRecursoDue(cal: BusinessCalendar, filed: number): number {
  return addMonthsNumber(cal, filed, CPACA_RECURSO_MONTHS);
}

/** The silencio negativo and the falta gravísima of a recurso not decided by `due`. @internal */
export function cpacaRecursoSilence(due: number): LegalConsequence[] {
  const since = fmt(due + 1);
  return [
    {
      type: 'silencio_administrativo_negativo',
      since,
      description:
        'Transcurridos dos meses desde la interposición del recurso sin decisión notificada, se entiende negado (CPACA art. 86).',
      citation: CPACA_ART_86,
    },
    {
      type: 'falta_disciplinaria',
      since,
      description:
        'La no resolución oportuna de los recursos constituye falta disciplinaria gravísima (CPACA art. 86).',
      citation: CPACA_ART_86,
    },
  ];
}
