/**
 * The decision of the apelación. CPACA art. 74 num. 2: the apelación goes "ante el inmediato superior
 * administrativo o funcional"; before a public-utility company it is only subsidiary of the reposición
 * and the Superintendencia de Servicios Públicos Domiciliarios decides it (Ley 142 art. 159, modified by
 * Ley 689 de 2001 art. 20; Ley 689 art. 13, Ley 142 art. 79 num. 29).
 *
 * An apelación awaits its decision after a reposición that did not grant the claim (a subsidiary
 * apelación) or, outside public utilities, when it was filed alone. Its term is CPACA art. 86: two
 * months "contados a partir de la interposición de los recursos de reposición o apelación", so from
 * the filing, also for the subsidiary apelación. For the Superintendencia the same article applies: the
 * silencio positivo of Ley 142 art. 158 binds the companies, not the Superintendencia, which follows
 * the general code (Consejo de Estado, Sección Primera, sentencia del 25 de octubre de 2007, rad.
 * 76001-23-31-000-2000-01972-01, under the Decreto 01 de 1984; a reading, not a text of Ley 142).
 *
 * @internal
 * @module
 */

import type { RecursoChain } from './chain.js';
import { cpacaCitation } from './citations.js';

/** CPACA art. 74 num. 2 (the apelación, before the inmediato superior). @internal */
export const CPACA_ART_74_APELACION = cpacaCitation('art. 74 num. 2');

/**
 * The decision that ends the apelación, on day numbers: the `decision_apelacion`; for an apelación
 * filed alone, a `decision_recurso` counts too (the entity recorded the superior's decision as the
 * decision of the recurso). `null` while none is recorded. @internal
 */
export function appealDecision(chain: RecursoChain): { decided: number; notified: number | null } | null {
  if (chain.appealDecidedOn !== null) {
    return { decided: chain.appealDecidedOn, notified: chain.appealNotifiedOn };
  }
  if (chain.kind === 'apelacion' && chain.decidedOn !== null) {
    return { decided: chain.decidedOn, notified: chain.decisionNotifiedOn };
  }
  return null;
}

/** Who decides the apelación, as the messages say it. @internal */
export function appealDecider(spd: boolean): string {
  return spd ? 'la Superintendencia' : 'el inmediato superior';
}
