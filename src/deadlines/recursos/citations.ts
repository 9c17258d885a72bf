/**
 * The citations of the recursos chain (CPACA arts. 72-87; Ley 142 de 1994 arts. 154-159 as modified
 * by Ley 689 de 2001; Decreto 2150 de 1995 art. 123), as normas.md records them.
 *
 * @internal
 * @module
 */

import type { Citation } from '../../rules/types.js';

const URL_142 = 'https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=2752';
const URL_689 = 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1666517';
const URL_2150 = 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1408573';

export { cpacaCitation } from '../cpaca-citation.js';

/** A Ley 142 de 1994 citation (`confidence` as normas.md labels the rule). @internal */
export function ley142Citation(articulo: string, confidence: Citation['confidence'] = 'CONFIRMED'): Citation {
  return { norma: 'Ley 142 de 1994', articulo, url: URL_142, vigencia: { desde: '1994-07-11' }, confidence };
}

/** Ley 142 art. 159 as modified by Ley 689 de 2001 art. 20 (in force 2001-10-31). @internal */
export const LEY_142_ART_159: Citation = {
  norma: 'Ley 142 de 1994 (art. 159 modificado por Ley 689 de 2001 art. 20)',
  articulo: 'art. 159',
  url: URL_689,
  vigencia: { desde: '2001-10-31' },
  confidence: 'CONFIRMED',
};

/** Decreto 2150 de 1995 art. 123 (72 hours to recognise the silencio positivo). @internal */
export const DECRETO_2150_ART_123: Citation = {
  norma: 'Decreto 2150 de 1995',
  articulo: 'art. 123',
  url: URL_2150,
  vigencia: { desde: '1995-12-06' },
  confidence: 'CONFIRMED',
};
