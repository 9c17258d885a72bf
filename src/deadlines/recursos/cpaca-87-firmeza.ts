/**
 * CPACA art. 87: when the decision becomes firm.
 *
 * - num. 2: "Desde el día siguiente a la publicación, comunicación o notificación de la decisión sobre
 *   los recursos interpuestos": of the last of them. A subsidiary apelación of a reposición that did
 *   not grant the claim goes on to the superior or, for public utilities, to the Superintendencia (Ley
 *   142 art. 159); the decision is firm the day after the notification of the decision of the
 *   apelación (`decision_apelacion`, see `cpaca-74-apelacion.ts`), never before that of the
 *   reposición (a decision of the apelación recorded after a reposición that granted the claim still
 *   has to be notified);
 * - num. 3: "Desde el día siguiente al del vencimiento del término para interponer los recursos, si
 *   estos no fueron interpuestos, o se hubiere renunciado expresamente a ellos" (a recurso filed late
 *   is rejected, CPACA art. 78, and does not stop it).
 *
 * Nums. 1 (acts without recurso), 4 (withdrawal of the recursos) and 5 (protocolised silencio
 * positivo) are not modelled: the engine does not know which acts admit no recurso, and records no
 * withdrawal or protocolización.
 *
 * @internal
 * @module
 */

import type { RecursoKind, RecursoResult } from '../../domain.js';
import { cpacaCitation } from './citations.js';

/** CPACA art. 87. @internal */
export const CPACA_ART_87 = cpacaCitation('art. 87');

/** What firmness depends on, on day numbers. @internal */
export interface FirmnessInput {
  /** The last day to file (null: notification not recorded). */
  readonly windowEnd: number | null;
  /** A recurso filed in time (null: none, or filed late). */
  readonly timelyFiled: number | null;
  readonly kind: RecursoKind | null;
  readonly result: RecursoResult | null;
  readonly decisionNotifiedOn: number | null;
  /** Whether a decision of the apelación is recorded. */
  readonly appealDecided: boolean;
  /** The notification of the decision of the apelación (null: not decided, or not notified). */
  readonly appealNotifiedOn: number | null;
  readonly renouncedOn: number | null;
}

/** Whether a subsidiary apelación is still to be decided after the reposición. @internal */
export function apelacionPending(kind: RecursoKind | null, result: RecursoResult | null): boolean {
  return kind === 'reposicion_y_apelacion' && result !== 'revoca' && result !== 'rechaza';
}

/** The first day the decision is firm, if the events let it be known (else `null`). @internal */
export function firmSince(f: FirmnessInput): number | null {
  if (f.timelyFiled === null) {
    const renounced = f.renouncedOn;
    if (renounced !== null && (f.windowEnd === null || renounced < f.windowEnd)) return renounced + 1;
    return f.windowEnd === null ? null : f.windowEnd + 1;
  }
  const first = f.decisionNotifiedOn;
  // Every decision recorded on the recursos must be notified; the last notification counts.
  if (f.kind === 'apelacion' || apelacionPending(f.kind, f.result) || f.appealDecided) {
    const last = f.appealNotifiedOn;
    if (last === null) return null;
    return (first === null ? last : Math.max(first, last)) + 1;
  }
  return first === null ? null : first + 1;
}
