/**
 * Ley 142 de 1994 art. 159 as modified by Ley 689 de 2001 art. 20 (R-SPD-APELACION): "El recurso de
 * apelación sólo se puede interponer como subsidiario del de reposición ante el Gerente o el
 * representante legal de la Empresa, quien deberá en tal caso remitir el expediente a la
 * Superintendencia de Servicios Públicos Domiciliarios." The expediente goes when the reposición does
 * not grant the claim (it confirms or modifies the decision). The law sets no term for sending it:
 * policy `spdAppealForwarding`.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import type { RecursoKind, RecursoResult } from '../../domain.js';
import type { Policies } from '../policies.js';

/** Business days of the `cinco_dias` policy (by analogy with CPACA art. 21). @internal */
export const SPD_FORWARDING_DAYS = 5;

/** Whether the expediente must go to the Superintendencia after the reposición was decided. @internal */
export function mustForward(kind: RecursoKind | null, result: RecursoResult | null): boolean {
  return kind === 'reposicion_y_apelacion' && (result === 'confirma' || result === 'modifica');
}

/** The last day to send the expediente, or `null` under `sin_termino`. @internal */
export function forwardingDue(cal: BusinessCalendar, decided: number, policies: Policies): number | null {
  return policies.spdAppealForwarding === 'cinco_dias'
    ? cal.addBusinessDaysNumber(decided, SPD_FORWARDING_DAYS)
    : null;
}
