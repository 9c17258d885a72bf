/**
 * Ley 1480 de 2011 (Estatuto del Consumidor), art. 58 num. 5 (reclamación directa).
 *
 * - Articles: 58 num. 5 lit. c ("El productor o el proveedor deberá dar respuesta dentro de los quince
 *   (15) días hábiles siguientes a la recepción de la reclamación"), lit. f (no answer in the term "se
 *   tendrá como indicio grave en su contra").
 * - Source: a SUIN-derived copy in `TomasPosada0626/Amparo` (the legalize-co mirror omits art. 58),
 *   https://github.com/TomasPosada0626/Amparo ; official: https://www.suin-juriscol.gov.co (Ley 1480 de 2011).
 * - Vigencia: from 2012-04-12.
 * - Confidence: PARTIAL (normas.md R-CONSUMO). No prórroga is provided.
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import { CPACA_REQUIREMENT, CPACA_TRASLADO } from './ley-1755-2015.js';
import type { Citation, LegalRule, LegalSource } from './types.js';

const URL_1480 = 'https://github.com/TomasPosada0626/Amparo';
const V_1480 = { desde: '2012-04-12' } as const;

/** Builds a Ley 1480 citation. */
function ley1480(articulo: string): Citation {
  return { norma: 'Ley 1480 de 2011', articulo, url: URL_1480, vigencia: V_1480, confidence: 'PARTIAL' };
}

/**
 * Ley 1480 de 2011 as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_1480_2011 } from 'pqrsd';
 * LEY_1480_2011.confidence; //=> 'PARTIAL'
 * ```
 */
export const LEY_1480_2011 = /* @__PURE__ */ deepFreeze({
  id: 'ley-1480-2011',
  norma: 'Ley 1480 de 2011',
  titulo: 'Estatuto del Consumidor: reclamación directa',
  articulos: ['58'],
  url: URL_1480,
  vigencia: V_1480,
  confidence: 'PARTIAL',
} as const satisfies LegalSource);

/**
 * R-CONSUMO, Ley 1480 art. 58 num. 5 lit. c and f: the producer or supplier answers the reclamación
 * directa (reclamo, queja, petición) within 15 días hábiles following receipt; no answer is an
 * "indicio grave" against it. No prórroga. Requirement and traslado follow the CPACA (art. 32).
 *
 * @example
 * ```ts
 * import { R_CONSUMO } from 'pqrsd';
 * R_CONSUMO.consequences[0].type; //=> 'indicio_grave'
 * ```
 */
export const R_CONSUMO = /* @__PURE__ */ deepFreeze({
  id: 'R-CONSUMO',
  regime: 'consumo',
  types: ['reclamo', 'queja', 'peticion'],
  name: 'Reclamación directa al productor o proveedor',
  term: { amount: 15, unit: 'dias_habiles' },
  start: 'dia_siguiente',
  extension: { kind: 'none' },
  requirement: CPACA_REQUIREMENT,
  traslado: CPACA_TRASLADO,
  consequences: [
    {
      type: 'indicio_grave',
      trigger: { kind: 'vencimiento' },
      description:
        'Si el productor o proveedor no responde dentro del término, se tendrá como indicio grave en su contra.',
      citation: ley1480('art. 58 num. 5 lit. f'),
    },
  ],
  citations: [ley1480('art. 58 num. 5 lit. c')],
  confidence: 'PARTIAL',
  vigencia: V_1480,
} as const satisfies LegalRule);
