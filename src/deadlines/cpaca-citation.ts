/**
 * The CPACA (Ley 1437 de 2011) citation shared by the notification and recursos chains.
 *
 * @internal
 * @module
 */

import type { Citation } from '../rules/types.js';

/** The CPACA's text in SUIN-Juriscol. @internal */
export const SUIN_1437 = 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1680117';

/** A CPACA (Ley 1437 de 2011) citation, in force from 2012-07-02. @internal */
export function cpacaCitation(articulo: string): Citation {
  return {
    norma: 'Ley 1437 de 2011 (CPACA)',
    articulo,
    url: SUIN_1437,
    vigencia: { desde: '2012-07-02' },
    confidence: 'CONFIRMED',
  };
}
