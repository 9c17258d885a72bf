/**
 * Ley 1712 de 2014 (Transparencia y del Derecho de Acceso a la Información Pública Nacional).
 *
 * - Articles: 26 (the answer to an access request is given "en los términos establecidos por el
 *   artículo 14 de la Ley 1437 de 2011": 10 días for information, art. 14 num. 1), 25 (solicitud de
 *   acceso), 27 (reposición, 3 días), 11 lit. h (informe de solicitudes y tiempos de respuesta).
 * - Source: SUIN-Juriscol, https://www.suin-juriscol.gov.co/viewDocument.asp?id=1687091
 *   (mirror `legalize-dev/legalize-co` `co/LEY-1712-2014.md`).
 * - Vigencia: in force from 2014-09-06; the 10-day term it points to is CPACA art. 14 num. 1 as
 *   substituted by Ley 1755 de 2015 (from 2015-06-30), so rule R-AIP is dated from 2015-06-30.
 * - Confidence: CONFIRMED (normas.md R-AIP).
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import {
  CPACA_ACEPTACION_DOCUMENTOS,
  CPACA_FALTA_DISCIPLINARIA,
  CPACA_PRORROGA,
  CPACA_REQUIREMENT,
  CPACA_TRASLADO,
} from './ley-1755-2015.js';
import type { LegalRule, LegalSource } from './types.js';

const SUIN_1712 = 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1687091';

/**
 * Ley 1712 de 2014 as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_1712_2014 } from 'pqrsd';
 * LEY_1712_2014.vigencia.desde; //=> '2014-09-06'
 * ```
 */
export const LEY_1712_2014 = /* @__PURE__ */ deepFreeze({
  id: 'ley-1712-2014',
  norma: 'Ley 1712 de 2014',
  titulo: 'Transparencia y acceso a la información pública',
  articulos: ['11', '25', '26', '27'],
  url: SUIN_1712,
  vigencia: { desde: '2014-09-06' },
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);

/**
 * R-AIP, Ley 1712 de 2014 art. 26 → CPACA art. 14 num. 1: an access-to-public-information request is
 * answered within 10 días; unanswered, it is deemed accepted and the copies are due within 3 días.
 *
 * @example
 * ```ts
 * import { R_AIP } from 'pqrsd';
 * R_AIP.term; //=> { amount: 10, unit: 'dias_habiles' }
 * ```
 */
export const R_AIP = /* @__PURE__ */ deepFreeze({
  id: 'R-AIP',
  regime: 'cpaca',
  types: ['acceso_informacion'],
  name: 'Solicitud de acceso a información pública',
  term: { amount: 10, unit: 'dias_habiles' },
  start: 'dia_siguiente',
  extension: CPACA_PRORROGA,
  requirement: CPACA_REQUIREMENT,
  traslado: CPACA_TRASLADO,
  consequences: [CPACA_ACEPTACION_DOCUMENTOS, CPACA_FALTA_DISCIPLINARIA],
  citations: [
    {
      norma: 'Ley 1712 de 2014',
      articulo: 'art. 26',
      url: SUIN_1712,
      vigencia: { desde: '2014-09-06' },
      confidence: 'CONFIRMED',
    },
    CPACA_ACEPTACION_DOCUMENTOS.citation,
  ],
  confidence: 'CONFIRMED',
  vigencia: { desde: '2015-06-30' },
} as const satisfies LegalRule);
