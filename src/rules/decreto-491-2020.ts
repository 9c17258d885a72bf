/**
 * Decreto Legislativo 491 de 2020, art. 5 (ampliación de términos para atender las peticiones durante
 * la Emergencia Sanitaria), repealed by Ley 2207 de 2022.
 *
 * - Articles: 5 (30 días for petitions; 20 for documents and information; 35 for consultas; parágrafo:
 *   new term up to double the extended one, notified before expiry).
 * - Sources (the primary text could not be read, normas.md §3): header "D.O. 51.270, marzo 28 de 2020",
 *   https://dmsjuridica.com/buscador_20179478954/legislacion/decretos/2023/08/23/decreto-491-de-2020 ;
 *   terms quoted by https://www.ambitojuridico.com/noticias/columnista-impreso/administrativo-y-contratacion/medio-decreto
 *   and https://colcob.com/?p=23031 ; repeal: Ley 2207 de 2022, promulgated 2022-05-17, "rige a partir
 *   del día siguiente a su promulgación" (https://lloredacamacho.com/regresan-a-la-normalidad-los-terminos-del-derecho-de-peticion/).
 * - Vigencia: 2020-03-28 to 2022-05-17 (policy `emergencyBoundary`: by default 2022-05-17 is still
 *   emergency; with `'promulgacion'`, the last day is 2022-05-16).
 * - Confidence: SECONDARY (normas.md R-COVID-GEN, R-COVID-DOC, R-COVID-CONS, R-COVID-PRORROGA,
 *   R-COVID-VIGENCIA). The unit "días" is read as business days (Ley 4 de 1913 art. 62), PARTIAL.
 *   Petitions received in the window keep the emergency terms after the repeal (Ley 153 de 1887 art. 40,
 *   by analogy, R-TRANSICION): at the end, the regime is chosen by the date of receipt.
 * - Scope: art. 5 extended the terms of the petitions in course as well as of those filed during the
 *   emergency. Holland & Knight: the repealed article "ampliaban el término para atender las
 *   peticiones [...] que se encontraban en curso o se radicaran durante la emergencia sanitaria"
 *   (https://www.hklaw.com/en/insights/publications/2022/05/normalizacion-de-tiempos-de-respuesta-a-derechos-de-peticion);
 *   Comité de Estado Abierto (2022): "a todas las peticiones radicadas o que se encuentren en curso"
 *   (normas.md §3); colcob.com: "durante la vigencia de la Emergencia Sanitaria, se ampliarán los
 *   términos señalados en el artículo 14 de la Ley 1437 de 2011". The Corte Constitucional upheld the
 *   measure in C-242 de 2020 (the same letter; Ariza & Marín,
 *   https://arizaymarin.com/normalizacion-de-los-plazos-para-responder-derechos-de-peticion/). So a
 *   petition received before 2020-03-28 and still in course that day, its term running, gets the
 *   emergency term counted from its original receipt ("dentro de los treinta (30) días siguientes a su
 *   recepción"); policy `emergencyPendingPetitions`, default `'ampliar'`. SECONDARY.
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import {
  CPACA_ACEPTACION_DOCUMENTOS,
  CPACA_FALTA_DISCIPLINARIA,
  CPACA_REQUIREMENT,
  CPACA_SILENCIO_NEGATIVO,
  CPACA_TRASLADO,
} from './ley-1755-2015.js';
import type { Citation, ExtensionRule, LegalRule, LegalSource } from './types.js';

const URL_491 =
  'https://dmsjuridica.com/buscador_20179478954/legislacion/decretos/2023/08/23/decreto-491-de-2020';
const V_491 = { desde: '2020-03-28', hasta: '2022-05-17' } as const;

/**
 * First day of the emergency terms: publication of Decreto 491 de 2020 (D.O. 51.270).
 *
 * @example
 * ```ts
 * import { EMERGENCY_FIRST_DAY } from 'pqrsd';
 * EMERGENCY_FIRST_DAY; //=> '2020-03-28'
 * ```
 */
export const EMERGENCY_FIRST_DAY = '2020-03-28';

/**
 * Promulgation of Ley 2207 de 2022, which repealed art. 5. Under the default policy this day is
 * still emergency ("rige a partir del día siguiente a su promulgación").
 *
 * @example
 * ```ts
 * import { LEY_2207_PROMULGATION } from 'pqrsd';
 * LEY_2207_PROMULGATION; //=> '2022-05-17'
 * ```
 */
export const LEY_2207_PROMULGATION = '2022-05-17';

/** Builds a Decreto 491 citation. */
function d491(articulo: string): Citation {
  return {
    norma: 'Decreto Legislativo 491 de 2020',
    articulo,
    url: URL_491,
    vigencia: V_491,
    confidence: 'SECONDARY',
  };
}

/**
 * Decreto Legislativo 491 de 2020 as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { DECRETO_491_2020 } from 'pqrsd';
 * DECRETO_491_2020.vigencia; //=> { desde: '2020-03-28', hasta: '2022-05-17' }
 * ```
 */
export const DECRETO_491_2020 = /* @__PURE__ */ deepFreeze({
  id: 'decreto-491-2020',
  norma: 'Decreto Legislativo 491 de 2020',
  titulo: 'Emergencia sanitaria: ampliación de términos de las peticiones',
  articulos: ['5'],
  url: URL_491,
  vigencia: V_491,
  confidence: 'SECONDARY',
} as const satisfies LegalSource);

/**
 * Ley 2207 de 2022 (repeal of Decreto 491 arts. 5 and 6) as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_2207_2022 } from 'pqrsd';
 * LEY_2207_2022.vigencia.desde; //=> '2022-05-18'
 * ```
 */
export const LEY_2207_2022 = /* @__PURE__ */ deepFreeze({
  id: 'ley-2207-2022',
  norma: 'Ley 2207 de 2022',
  titulo: 'Deroga los arts. 5 y 6 del Decreto 491 de 2020',
  articulos: ['1'],
  url: 'https://lloredacamacho.com/regresan-a-la-normalidad-los-terminos-del-derecho-de-peticion/',
  vigencia: { desde: '2022-05-18' },
  confidence: 'SECONDARY',
} as const satisfies LegalSource);

/**
 * R-COVID-PRORROGA, Decreto 491 art. 5 parágrafo: up to double the emergency term.
 *
 * @example
 * ```ts
 * import { EMERGENCY_PRORROGA } from 'pqrsd';
 * EMERGENCY_PRORROGA.kind; //=> 'doble'
 * ```
 */
export const EMERGENCY_PRORROGA = /* @__PURE__ */ deepFreeze({
  kind: 'doble',
  citation: d491('art. 5 parágrafo'),
} as const satisfies ExtensionRule);

const COMMON = {
  regime: 'emergencia_2020',
  start: 'dia_siguiente',
  extension: EMERGENCY_PRORROGA,
  requirement: CPACA_REQUIREMENT,
  traslado: CPACA_TRASLADO,
  confidence: 'SECONDARY',
  vigencia: V_491,
} as const;

/**
 * R-COVID-GEN, Decreto 491 art. 5: "toda petición deberá resolverse dentro de los treinta (30) días
 * siguientes a su recepción" (peticiones, quejas, reclamos, sugerencias, denuncias).
 *
 * @example
 * ```ts
 * import { R_COVID_GEN } from 'pqrsd';
 * R_COVID_GEN.term.amount; //=> 30
 * ```
 */
export const R_COVID_GEN = /* @__PURE__ */ deepFreeze({
  ...COMMON,
  id: 'R-COVID-GEN',
  types: ['peticion', 'queja', 'reclamo', 'sugerencia', 'denuncia'],
  name: 'Petición general durante la emergencia sanitaria',
  term: { amount: 30, unit: 'dias_habiles' },
  consequences: [CPACA_FALTA_DISCIPLINARIA, CPACA_SILENCIO_NEGATIVO],
  citations: [d491('art. 5 inc. 1')],
} as const satisfies LegalRule);

/**
 * R-COVID-DOC, Decreto 491 art. 5 (i): documents and information within 20 días. The consequence of
 * CPACA art. 14 num. 1 (deemed accepted, copies in 3 días) applies on the extended term.
 *
 * @example
 * ```ts
 * import { R_COVID_DOC } from 'pqrsd';
 * R_COVID_DOC.types; //=> ['peticion_documentos', 'acceso_informacion']
 * ```
 */
export const R_COVID_DOC = /* @__PURE__ */ deepFreeze({
  ...COMMON,
  id: 'R-COVID-DOC',
  types: ['peticion_documentos', 'acceso_informacion'],
  name: 'Documentos e información durante la emergencia sanitaria',
  term: { amount: 20, unit: 'dias_habiles' },
  consequences: [CPACA_ACEPTACION_DOCUMENTOS, CPACA_FALTA_DISCIPLINARIA],
  citations: [d491('art. 5 (i)'), CPACA_ACEPTACION_DOCUMENTOS.citation],
} as const satisfies LegalRule);

/**
 * R-COVID-CONS, Decreto 491 art. 5 (ii): consultas within 35 días.
 *
 * @example
 * ```ts
 * import { R_COVID_CONS } from 'pqrsd';
 * R_COVID_CONS.term.amount; //=> 35
 * ```
 */
export const R_COVID_CONS = /* @__PURE__ */ deepFreeze({
  ...COMMON,
  id: 'R-COVID-CONS',
  types: ['consulta'],
  name: 'Consulta durante la emergencia sanitaria',
  term: { amount: 35, unit: 'dias_habiles' },
  consequences: [CPACA_FALTA_DISCIPLINARIA, CPACA_SILENCIO_NEGATIVO],
  citations: [d491('art. 5 (ii)')],
} as const satisfies LegalRule);
