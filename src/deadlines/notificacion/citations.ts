/**
 * The citations of the notification chain (CPACA arts. 56, 67-69 and 72; Decreto 01 de 1984 art. 45
 * for the edicto; Ley 4 de 1913 art. 62 for the día hábil), as normas.md records them.
 *
 * @internal
 * @module
 */

import type { Citation } from '../../rules/types.js';
import { SUIN_1437 } from '../cpaca-citation.js';

export { cpacaCitation } from '../cpaca-citation.js';

/** CPACA art. 56 as modified by Ley 2080 de 2021 art. 10 (electronic notification). @internal */
export const CPACA_ART_56: Citation = {
  norma: 'Ley 1437 de 2011 (CPACA; art. 56 modificado por Ley 2080 de 2021)',
  articulo: 'art. 56',
  url: SUIN_1437,
  vigencia: { desde: '2021-01-25' },
  confidence: 'CONFIRMED',
};

/**
 * Decreto 01 de 1984 (Código Contencioso Administrativo) art. 45: the edicto, fixed for 10 días when
 * the personal notification failed 5 días after the citación; the CPACA replaced it with the aviso
 * (art. 69) for the actuaciones begun from 2012-07-02 (art. 308). Text read in SUIN's consolidated
 * Decreto 1 de 1984 (id 1698916; in force 1984-03-01, repealed by CPACA art. 309 from 2012-07-02).
 * @internal
 */
export const DECRETO_01_ART_45: Citation = {
  norma: 'Decreto 01 de 1984 (Código Contencioso Administrativo)',
  articulo: 'art. 45',
  url: 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1698916',
  vigencia: { desde: '1984-03-01', hasta: '2012-07-01' },
  confidence: 'CONFIRMED',
};

/** The day the CPACA entered into force (art. 308): from then on the edicto gave way to the aviso. */
export const CPACA_IN_FORCE = '2012-07-02';
