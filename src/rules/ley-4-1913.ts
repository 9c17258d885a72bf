/**
 * Ley 4 de 1913 (Código de Régimen Político y Municipal): how legal terms are computed; and
 * Ley 153 de 1887 art. 40 (terms already running keep the law in force when they started).
 *
 * - Articles: Ley 4 de 1913 arts. 59-60 (a term ends at midnight of its last day), 62 ("En los plazos
 *   de días […] se entienden suprimidos los feriados y de vacantes"; months by the calendar, extended
 *   to the next business day). Ley 153 de 1887 art. 40.
 * - Sources: SUIN https://www.suin-juriscol.gov.co/viewDocument.asp?id=1820591 ; Ley 153 de 1887 in
 *   `legalize-dev/legalize-co` `co/LEY-153-1887.md`.
 * - Confidence: CONFIRMED (normas.md R-CAL-DIAS, R-CAL-MESES, R-CAL-MEDIANOCHE, R-TRANSICION; applying
 *   art. 40 to Ley 2207 de 2022 is an analogy).
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import type { LegalSource } from './types.js';

/**
 * Ley 4 de 1913 as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_4_1913 } from 'pqrsd';
 * LEY_4_1913.articulos; //=> ['59', '60', '62']
 * ```
 */
export const LEY_4_1913 = /* @__PURE__ */ deepFreeze({
  id: 'ley-4-1913',
  norma: 'Ley 4 de 1913',
  titulo: 'Cómputo de plazos: días hábiles, meses calendario, medianoche',
  articulos: ['59', '60', '62'],
  url: 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1820591',
  vigencia: { desde: '1913-10-13' },
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);

/**
 * Ley 153 de 1887 as a {@link LegalSource} (art. 40: transition of terms already running).
 *
 * @example
 * ```ts
 * import { LEY_153_1887 } from 'pqrsd';
 * LEY_153_1887.articulos; //=> ['40']
 * ```
 */
export const LEY_153_1887 = /* @__PURE__ */ deepFreeze({
  id: 'ley-153-1887',
  norma: 'Ley 153 de 1887',
  titulo: 'Tránsito de legislación: los términos que empezaron a correr siguen la ley de su inicio',
  articulos: ['40'],
  url: 'https://github.com/legalize-dev/legalize-co/blob/main/co/LEY-153-1887.md',
  vigencia: { desde: '1887-08-28' },
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);
