/**
 * Ley 142 de 1994 (Régimen de los servicios públicos domiciliarios) and Decreto 2150 de 1995 art. 123.
 *
 * - Articles: Ley 142 arts. 152-153 (peticiones, quejas y recursos; "de conformidad con las normas
 *   vigentes sobre el derecho de petición"), 154 (recursos: 5 días; no claims against bills older than
 *   5 months), 158 (15 días hábiles "contados a partir de la fecha de su presentación"; silencio
 *   administrativo positivo). Decreto 2150 de 1995 art. 123 (same term; the company recognises the SAP
 *   within the 72 hours after the term expires; otherwise the SSPD sanctions).
 * - Sources: Ley 142, Función Pública, https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=2752
 *   (via `TomasPosada0626/Amparo`); Decreto 2150, SUIN https://www.suin-juriscol.gov.co/viewDocument.asp?id=1408573
 * - Vigencia: Ley 142 from 1994-07-11; Decreto 2150 from 1995-12-06 (D.O. 42.137; date not taken
 *   from normas.md).
 * - Confidence: CONFIRMED (normas.md R-SPD-PQR, R-SPD-SAP-72H, R-SPD-RECURSO, R-SPD-FACTURA-5M). Whether
 *   the filing day counts is NOT CONFIRMED (policy `spdFilingDayCounts`); whether CPACA art. 76 (10 días)
 *   displaces the 5 días of art. 154 is NOT CONFIRMED (the helper keeps the 5 días of the special law).
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import { CPACA_REQUIREMENT, CPACA_TRASLADO } from './ley-1755-2015.js';
import type { Citation, LegalRule, LegalSource, LegalTerm } from './types.js';

const URL_142 = 'https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=2752';
const URL_2150 = 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1408573';
const V_142 = { desde: '1994-07-11' } as const;
const V_2150 = { desde: '1995-12-06' } as const;

/** Builds a Ley 142 citation. */
function ley142(articulo: string): Citation {
  return { norma: 'Ley 142 de 1994', articulo, url: URL_142, vigencia: V_142, confidence: 'CONFIRMED' };
}

/**
 * Ley 142 de 1994 as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_142_1994 } from 'pqrsd';
 * LEY_142_1994.vigencia.desde; //=> '1994-07-11'
 * ```
 */
export const LEY_142_1994 = /* @__PURE__ */ deepFreeze({
  id: 'ley-142-1994',
  norma: 'Ley 142 de 1994',
  titulo: 'Servicios públicos domiciliarios: peticiones, quejas y recursos',
  articulos: ['152', '153', '154', '155', '158', '159'],
  url: URL_142,
  vigencia: V_142,
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);

/**
 * Decreto 2150 de 1995 as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { DECRETO_2150_1995 } from 'pqrsd';
 * DECRETO_2150_1995.articulos; //=> ['123']
 * ```
 */
export const DECRETO_2150_1995 = /* @__PURE__ */ deepFreeze({
  id: 'decreto-2150-1995',
  norma: 'Decreto 2150 de 1995',
  titulo: 'Silencio administrativo positivo en servicios públicos domiciliarios',
  articulos: ['123'],
  url: URL_2150,
  vigencia: V_2150,
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);

/**
 * R-SPD-PQR, Ley 142 art. 158 and Decreto 2150 art. 123: the company answers petitions, quejas,
 * reclamos and recursos within 15 días hábiles "contados a partir de la fecha de su presentación";
 * after that term, unless the user caused the delay or evidence was needed, the request is deemed
 * resolved in the user's favour (silencio administrativo positivo), which the company must recognise
 * within 72 hours. It also arises when the answer comes after the term. No prórroga.
 * Whether the filing day is day 1 is the engine policy `spdFilingDayCounts` (default: no).
 *
 * @example
 * ```ts
 * import { R_SPD_PQR } from 'pqrsd';
 * R_SPD_PQR.consequences[0].type; //=> 'silencio_administrativo_positivo'
 * ```
 */
export const R_SPD_PQR = /* @__PURE__ */ deepFreeze({
  id: 'R-SPD-PQR',
  regime: 'servicios_publicos',
  types: [
    'peticion',
    'queja',
    'reclamo',
    'recurso',
    'denuncia',
    'consulta',
    'peticion_documentos',
    'acceso_informacion',
  ],
  name: 'Peticiones, quejas, reclamos y recursos ante empresas de servicios públicos',
  term: { amount: 15, unit: 'dias_habiles' },
  start: 'dia_de_recibo',
  startPolicy: 'spdFilingDayCounts',
  extension: { kind: 'none' },
  requirement: CPACA_REQUIREMENT,
  traslado: CPACA_TRASLADO,
  consequences: [
    {
      type: 'silencio_administrativo_positivo',
      trigger: { kind: 'vencimiento' },
      followUp: { amount: 72, unit: 'horas' },
      description:
        'Vencido el término sin respuesta notificada (o con respuesta tardía), se entiende resuelto a favor del usuario; la empresa debe reconocer los efectos dentro de las 72 horas siguientes, o el usuario puede acudir a la Superintendencia de Servicios Públicos Domiciliarios.',
      citation: {
        norma: 'Decreto 2150 de 1995',
        articulo: 'art. 123',
        url: URL_2150,
        vigencia: V_2150,
        confidence: 'CONFIRMED',
      },
    },
  ],
  citations: [
    ley142('art. 158'),
    {
      norma: 'Decreto 2150 de 1995',
      articulo: 'art. 123',
      url: URL_2150,
      vigencia: V_2150,
      confidence: 'CONFIRMED',
    },
    ley142('art. 153 inc. 2'),
  ],
  confidence: 'CONFIRMED',
  vigencia: V_142,
  notes:
    'Las peticiones de documentos y de acceso a información siguen por defecto el CPACA (10 días, política spdDocumentRequests); sugerencias, felicitaciones, peticiones entre autoridades y solicitudes de congresistas siguen el CPACA (Ley 142 art. 153 inc. 2).',
} as const satisfies LegalRule);

/**
 * R-SPD-RECURSO, Ley 142 de 1994 art. 154: the term to file a recurso de reposición against a company's
 * decision is 5 días (business days, Ley 4 de 1913 art. 62) following the day the user learned of it.
 *
 * @example
 * ```ts
 * import { SPD_RECURSO_TERM } from 'pqrsd';
 * SPD_RECURSO_TERM; //=> { amount: 5, unit: 'dias_habiles' }
 * ```
 */
export const SPD_RECURSO_TERM = /* @__PURE__ */ deepFreeze({
  amount: 5,
  unit: 'dias_habiles',
} as const satisfies LegalTerm);

/**
 * R-SPD-FACTURA-5M, Ley 142 de 1994 art. 154: "En ningún caso, proceden reclamaciones contra facturas
 * que tuviesen más de cinco (5) meses de haber sido expedidas" (calendar months from issue).
 *
 * @example
 * ```ts
 * import { SPD_BILL_CLAIM_LIMIT } from 'pqrsd';
 * SPD_BILL_CLAIM_LIMIT; //=> { amount: 5, unit: 'meses' }
 * ```
 */
export const SPD_BILL_CLAIM_LIMIT = /* @__PURE__ */ deepFreeze({
  amount: 5,
  unit: 'meses',
} as const satisfies LegalTerm);
