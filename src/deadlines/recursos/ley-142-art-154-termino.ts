/**
 * Ley 142 de 1994 art. 154 (R-SPD-RECURSO): the recurso against a public-utility company's decision
 * is filed "dentro de los cinco días siguientes" to the day the company makes it known: 5 días
 * hábiles (Ley 4 de 1913 art. 62) after the notification. Policy `spdRecursoTerm` decides whether it or
 * CPACA art. 76 (10 días) governs a utility's recurso.
 *
 * @internal
 * @module
 */

import type { Citation } from '../../rules/types.js';
import type { Policies } from '../policies.js';
import { ley142Citation } from './citations.js';
import { CPACA_ART_76, CPACA_RECURSO_DAYS } from './cpaca-76-termino.js';

/** Business days of Ley 142 art. 154. @internal */
export const SPD_RECURSO_DAYS = 5;

const LEY_142: { readonly days: number; readonly citation: Citation } = Object.freeze({
  days: SPD_RECURSO_DAYS,
  citation: ley142Citation('art. 154'),
});
const CPACA: { readonly days: number; readonly citation: Citation } = Object.freeze({
  days: CPACA_RECURSO_DAYS,
  citation: CPACA_ART_76,
});

/** The recurso window before a public-utility company, under the policy. @internal */
export function spdRecursoWindow(policies: Policies): { readonly days: number; readonly citation: Citation } {
  return policies.spdRecursoTerm === 'cpaca' ? CPACA : LEY_142;
}
