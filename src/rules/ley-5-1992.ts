/**
 * Ley 5 de 1992 (Reglamento del Congreso).
 *
 * - Articles: 258 (informes solicitados por senadores y representantes: "En los cinco (5) días
 *   siguientes deberá procederse a su cumplimiento; su omisión obligará la designación de un agente
 *   especial de la Procuraduría General de la Nación"), 259 (mala conducta), 260 and 254 num. 6 lit. f
 *   (documents requested by the Chambers: 10 días; not encoded as a request type).
 * - Source: SUIN consolidated text as mirrored in `legalize-dev/legalize-co` `co/LEY-5-1992.md`,
 *   https://github.com/legalize-dev/legalize-co/blob/main/co/LEY-5-1992.md
 * - Vigencia: from its publication, Diario Oficial 40.483 of 1992-06-18 (date not taken from normas.md).
 * - Confidence: CONFIRMED (normas.md R-CONGRESO).
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import { CPACA_TRASLADO } from './ley-1755-2015.js';
import type { Citation, LegalRule, LegalSource } from './types.js';

const URL_LEY_5 = 'https://github.com/legalize-dev/legalize-co/blob/main/co/LEY-5-1992.md';
const V_LEY_5 = { desde: '1992-06-18' } as const;

/** Builds a Ley 5 de 1992 citation. */
function ley5(articulo: string): Citation {
  return { norma: 'Ley 5 de 1992', articulo, url: URL_LEY_5, vigencia: V_LEY_5, confidence: 'CONFIRMED' };
}

/**
 * Ley 5 de 1992 as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_5_1992 } from 'pqrsd';
 * LEY_5_1992.articulos; //=> ['254', '258', '259', '260']
 * ```
 */
export const LEY_5_1992 = /* @__PURE__ */ deepFreeze({
  id: 'ley-5-1992',
  norma: 'Ley 5 de 1992',
  titulo: 'Reglamento del Congreso: informes solicitados por congresistas',
  articulos: ['254', '258', '259', '260'],
  url: URL_LEY_5,
  vigencia: V_LEY_5,
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);

/**
 * R-CONGRESO, Ley 5 de 1992 art. 258: a report requested by a senator or representative is due in
 * 5 días; missing it obliges the designation of a special agent of the Procuraduría, and art. 259 lets
 * the Chambers qualify it as "mala conducta". No prórroga and no requirement are provided.
 *
 * @example
 * ```ts
 * import { R_CONGRESO } from 'pqrsd';
 * R_CONGRESO.term.amount; //=> 5
 * ```
 */
export const R_CONGRESO = /* @__PURE__ */ deepFreeze({
  id: 'R-CONGRESO',
  regime: 'cpaca',
  types: ['solicitud_congresista'],
  name: 'Informe solicitado por un congresista',
  term: { amount: 5, unit: 'dias_habiles' },
  start: 'dia_siguiente',
  extension: { kind: 'none' },
  requirement: null,
  traslado: CPACA_TRASLADO,
  consequences: [
    {
      type: 'mala_conducta',
      trigger: { kind: 'vencimiento' },
      description:
        'La omisión obliga la designación de un agente especial de la Procuraduría General de la Nación (art. 258) y puede calificarse como mala conducta del funcionario responsable (art. 259).',
      citation: ley5('arts. 258-259'),
    },
  ],
  citations: [ley5('art. 258')],
  confidence: 'CONFIRMED',
  vigencia: V_LEY_5,
} as const satisfies LegalRule);
