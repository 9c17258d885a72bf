/**
 * CPACA: Ley 1437 de 2011, Título II (derecho de petición) as substituted by Ley 1755 de 2015 art. 1,
 * and the CPACA articles on silencio administrativo.
 *
 * - Articles: 14 (términos; parágrafo prórroga), 17 (peticiones incompletas, desistimiento tácito),
 *   21 (funcionario sin competencia: traslado), 30 (peticiones entre autoridades), 31 (falta
 *   disciplinaria), 83 (silencio negativo), 86 (silencio en recursos).
 * - Source: SUIN-Juriscol consolidated text, https://www.suin-juriscol.gov.co/viewDocument.asp?id=1680117
 *   (read in the mirror `legalize-dev/legalize-co` `co/LEY-1437-2011.md`, last_updated 2021-01-25).
 * - Vigencia: Título II as substituted, from 2015-06-30 (Ley 1755 de 2015). Arts. 83 and 86 are original
 *   text of Ley 1437 de 2011, in force from 2012-07-02 (art. 308).
 * - Confidence: CONFIRMED (normas.md rules R-PET-GEN, R-PET-DOC, R-PET-CONSULTA, R-PET-PRORROGA,
 *   R-PET-TRASLADO, R-PET-INCOMPLETA-*, R-PET-AUTORIDADES, R-SIL-NEG, R-SIL-RECURSOS). How the prórroga
 *   is measured and whether art. 17 resumes or restarts the term are NOT CONFIRMED: they are policies
 *   of the engine (`prorrogaCeiling`, `requirementReactivation`).
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import type {
  Citation,
  ConsequenceRule,
  ExtensionRule,
  LegalRule,
  LegalSource,
  RequirementRule,
  TrasladoRule,
} from './types.js';

const SUIN_1437 = 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1680117';
const NORMA_1755 = 'Ley 1437 de 2011 (Título II sustituido por Ley 1755 de 2015)';
const NORMA_1437 = 'Ley 1437 de 2011 (CPACA)';
const V_1755 = { desde: '2015-06-30' } as const;
const V_1437 = { desde: '2012-07-02' } as const;

/** Builds a CPACA (Ley 1755) citation. */
function cpaca(articulo: string): Citation {
  return { norma: NORMA_1755, articulo, url: SUIN_1437, vigencia: V_1755, confidence: 'CONFIRMED' };
}

/**
 * Ley 1755 de 2015 (CPACA Título II) as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_1755_2015 } from 'pqrsd';
 * LEY_1755_2015.vigencia.desde; //=> '2015-06-30'
 * ```
 */
export const LEY_1755_2015 = /* @__PURE__ */ deepFreeze({
  id: 'ley-1755-2015',
  norma: NORMA_1755,
  titulo: 'Derecho de petición (CPACA, Título II)',
  articulos: ['13', '14', '15', '17', '18', '19', '20', '21', '22', '30', '31', '32', '33'],
  url: SUIN_1437,
  vigencia: V_1755,
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);

/**
 * Ley 1437 de 2011 (CPACA, silencio administrativo and recursos) as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_1437_2011 } from 'pqrsd';
 * LEY_1437_2011.articulos.includes('86'); //=> true
 * ```
 */
export const LEY_1437_2011 = /* @__PURE__ */ deepFreeze({
  id: 'ley-1437-2011',
  norma: NORMA_1437,
  titulo: 'Silencio administrativo y recursos (CPACA, arts. 54, 76, 83-86)',
  articulos: ['54', '76', '83', '84', '85', '86'],
  url: SUIN_1437,
  vigencia: V_1437,
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);

/**
 * CPACA art. 14 parágrafo: the authority may, before the term expires, announce a new term that
 * "no podrá exceder del doble del inicialmente previsto" (R-PET-PRORROGA).
 *
 * @example
 * ```ts
 * import { CPACA_PRORROGA } from 'pqrsd';
 * CPACA_PRORROGA.kind; //=> 'doble'
 * ```
 */
export const CPACA_PRORROGA = /* @__PURE__ */ deepFreeze({
  kind: 'doble',
  citation: cpaca('art. 14 parágrafo'),
} as const satisfies ExtensionRule);

/**
 * CPACA art. 17: require the petitioner within 10 días of radicación; the petitioner has 1 month,
 * extendable "hasta por un término igual" if asked before it lapses; otherwise desistimiento tácito
 * (R-PET-INCOMPLETA-REQ, R-PET-INCOMPLETA-PLAZO).
 *
 * @example
 * ```ts
 * import { CPACA_REQUIREMENT } from 'pqrsd';
 * CPACA_REQUIREMENT.petitionerTerm; //=> { amount: 1, unit: 'meses' }
 * ```
 */
export const CPACA_REQUIREMENT = /* @__PURE__ */ deepFreeze({
  requireWithin: { amount: 10, unit: 'dias_habiles' },
  petitionerTerm: { amount: 1, unit: 'meses' },
  extensionAllowed: true,
  citation: cpaca('art. 17'),
} as const satisfies RequirementRule);

/**
 * CPACA art. 21: an authority without competence forwards the petition within 5 días of receipt
 * (written petitions), or at once, the day it is received, when the petitioner acts verbally ("se
 * informará de inmediato al interesado si este actúa verbalmente"); the competent authority's term
 * counts from the day after it receives it (R-PET-TRASLADO, R-PET-TRASLADO-REINICIO).
 *
 * @example
 * ```ts
 * import { CPACA_TRASLADO } from 'pqrsd';
 * CPACA_TRASLADO.term.amount; //=> 5
 * CPACA_TRASLADO.verbal; //=> 'inmediato'
 * ```
 */
export const CPACA_TRASLADO = /* @__PURE__ */ deepFreeze({
  term: { amount: 5, unit: 'dias_habiles' },
  verbal: 'inmediato',
  citation: cpaca('art. 21'),
} as const satisfies TrasladoRule);

/**
 * CPACA art. 31 (and art. 14 inc. 1 "so pena de sanción disciplinaria"): missing the term is a
 * disciplinary fault of the public servant.
 *
 * @example
 * ```ts
 * import { CPACA_FALTA_DISCIPLINARIA } from 'pqrsd';
 * CPACA_FALTA_DISCIPLINARIA.citation.articulo; //=> 'art. 31'
 * ```
 */
export const CPACA_FALTA_DISCIPLINARIA = /* @__PURE__ */ deepFreeze({
  type: 'falta_disciplinaria',
  trigger: { kind: 'vencimiento' },
  description:
    'La falta de atención a las peticiones y a los términos para resolver constituye falta disciplinaria del servidor público.',
  citation: cpaca('art. 31'),
} as const satisfies ConsequenceRule);

/**
 * CPACA art. 83: three calendar months after the petition was presented without a notified
 * decision, it is deemed denied (silencio administrativo negativo). Informational: the duty to decide
 * persists (R-SIL-NEG).
 *
 * @example
 * ```ts
 * import { CPACA_SILENCIO_NEGATIVO } from 'pqrsd';
 * CPACA_SILENCIO_NEGATIVO.trigger; //=> { kind: 'meses_desde_recibo', months: 3 }
 * ```
 */
export const CPACA_SILENCIO_NEGATIVO = /* @__PURE__ */ deepFreeze({
  type: 'silencio_administrativo_negativo',
  trigger: { kind: 'meses_desde_recibo', months: 3 },
  description:
    'Transcurridos tres (3) meses desde la presentación sin decisión notificada, se entiende negada; no exime a la autoridad del deber de decidir.',
  citation: {
    norma: NORMA_1437,
    articulo: 'art. 83',
    url: SUIN_1437,
    vigencia: V_1437,
    confidence: 'CONFIRMED',
  },
} as const satisfies ConsequenceRule);

/**
 * CPACA art. 14 num. 1: unanswered documents requests are deemed accepted and the copies are due
 * within 3 días (R-PET-DOC, R-PET-DOC-COPIAS).
 *
 * @example
 * ```ts
 * import { CPACA_ACEPTACION_DOCUMENTOS } from 'pqrsd';
 * CPACA_ACEPTACION_DOCUMENTOS.followUp; //=> { amount: 3, unit: 'dias_habiles' }
 * ```
 */
export const CPACA_ACEPTACION_DOCUMENTOS = /* @__PURE__ */ deepFreeze({
  type: 'aceptacion_documentos',
  trigger: { kind: 'vencimiento' },
  followUp: { amount: 3, unit: 'dias_habiles' },
  description:
    'Sin respuesta en el término, la solicitud se entiende aceptada: la administración ya no puede negar los documentos y debe entregar las copias dentro de los tres (3) días siguientes.',
  citation: cpaca('art. 14 num. 1'),
} as const satisfies ConsequenceRule);

/**
 * CPACA art. 17: the petitioner who does not complete the request in time is deemed to have
 * withdrawn it (desistimiento tácito), declared by a reasoned act.
 *
 * @example
 * ```ts
 * import { CPACA_DESISTIMIENTO_TACITO } from 'pqrsd';
 * CPACA_DESISTIMIENTO_TACITO.type; //=> 'desistimiento_tacito'
 * ```
 */
export const CPACA_DESISTIMIENTO_TACITO = /* @__PURE__ */ deepFreeze({
  type: 'desistimiento_tacito',
  trigger: { kind: 'desistimiento' },
  description:
    'El peticionario no completó la solicitud en el plazo: se entiende que desistió; la autoridad decreta el archivo por acto motivado y la solicitud puede presentarse de nuevo.',
  citation: cpaca('art. 17'),
} as const satisfies ConsequenceRule);

const GENERAL_CONSEQUENCES = [CPACA_FALTA_DISCIPLINARIA, CPACA_SILENCIO_NEGATIVO] as const;

const COMMON = {
  regime: 'cpaca',
  start: 'dia_siguiente',
  requirement: CPACA_REQUIREMENT,
  traslado: CPACA_TRASLADO,
  confidence: 'CONFIRMED',
  vigencia: V_1755,
} as const;

/**
 * R-PET-GEN, CPACA art. 14 inc. 1: "toda petición deberá resolverse dentro de los quince (15) días
 * siguientes a su recepción" (peticiones, quejas, reclamos, sugerencias, denuncias: art. 13).
 *
 * @example
 * ```ts
 * import { R_PET_GEN } from 'pqrsd';
 * R_PET_GEN.term; //=> { amount: 15, unit: 'dias_habiles' }
 * ```
 */
export const R_PET_GEN = /* @__PURE__ */ deepFreeze({
  ...COMMON,
  id: 'R-PET-GEN',
  types: ['peticion', 'queja', 'reclamo', 'sugerencia', 'denuncia'],
  name: 'Petición general (quejas, reclamos, sugerencias, denuncias)',
  term: { amount: 15, unit: 'dias_habiles' },
  extension: CPACA_PRORROGA,
  consequences: GENERAL_CONSEQUENCES,
  citations: [cpaca('art. 14 inc. 1'), cpaca('art. 13')],
} as const satisfies LegalRule);

/**
 * R-PET-DOC, CPACA art. 14 num. 1: documents and information within 10 días; unanswered, the request
 * is deemed accepted and copies are due within 3 días. The silencio negativo of art. 83 does not apply:
 * here the law gives silence a positive meaning.
 *
 * @example
 * ```ts
 * import { R_PET_DOC } from 'pqrsd';
 * R_PET_DOC.term.amount; //=> 10
 * ```
 */
export const R_PET_DOC = /* @__PURE__ */ deepFreeze({
  ...COMMON,
  id: 'R-PET-DOC',
  types: ['peticion_documentos'],
  name: 'Petición de documentos y de información',
  term: { amount: 10, unit: 'dias_habiles' },
  extension: CPACA_PRORROGA,
  consequences: [CPACA_ACEPTACION_DOCUMENTOS, CPACA_FALTA_DISCIPLINARIA],
  citations: [cpaca('art. 14 num. 1')],
} as const satisfies LegalRule);

/**
 * R-PET-CONSULTA, CPACA art. 14 num. 2: consultas within 30 días.
 *
 * @example
 * ```ts
 * import { R_PET_CONSULTA } from 'pqrsd';
 * R_PET_CONSULTA.term.amount; //=> 30
 * ```
 */
export const R_PET_CONSULTA = /* @__PURE__ */ deepFreeze({
  ...COMMON,
  id: 'R-PET-CONSULTA',
  types: ['consulta'],
  name: 'Consulta',
  term: { amount: 30, unit: 'dias_habiles' },
  extension: CPACA_PRORROGA,
  consequences: GENERAL_CONSEQUENCES,
  citations: [cpaca('art. 14 num. 2')],
} as const satisfies LegalRule);

/**
 * R-PET-AUTORIDADES, CPACA art. 30: a petition of information or documents from another authority
 * within 10 días. The art. 14 parágrafo speaks of "los plazos aquí señalados": the library does not
 * extend it to art. 30 (a prórroga raises a warning), the reading that never gives more time.
 *
 * @example
 * ```ts
 * import { R_PET_AUTORIDADES } from 'pqrsd';
 * R_PET_AUTORIDADES.extension.kind; //=> 'none'
 * ```
 */
export const R_PET_AUTORIDADES = /* @__PURE__ */ deepFreeze({
  ...COMMON,
  id: 'R-PET-AUTORIDADES',
  types: ['peticion_autoridad'],
  name: 'Petición de información o documentos entre autoridades',
  term: { amount: 10, unit: 'dias_habiles' },
  extension: { kind: 'none' },
  consequences: GENERAL_CONSEQUENCES,
  citations: [cpaca('art. 30')],
  notes:
    'El parágrafo del art. 14 se refiere a "los plazos aquí señalados"; la librería no lo extiende al art. 30 (sin prórroga).',
} as const satisfies LegalRule);

/**
 * R-SIL-RECURSOS, CPACA art. 86: two calendar months from the interposition of a recurso de reposición
 * or apelación without a notified decision → silencio negativo; not deciding in time is a "falta
 * disciplinaria gravísima". The term is suspended during the práctica de pruebas (a `suspension` event).
 *
 * @example
 * ```ts
 * import { R_SIL_RECURSOS } from 'pqrsd';
 * R_SIL_RECURSOS.term; //=> { amount: 2, unit: 'meses' }
 * ```
 */
export const R_SIL_RECURSOS = /* @__PURE__ */ deepFreeze({
  id: 'R-SIL-RECURSOS',
  regime: 'cpaca',
  types: ['recurso'],
  name: 'Recurso de reposición o apelación',
  term: { amount: 2, unit: 'meses' },
  start: 'dia_de_recibo',
  extension: { kind: 'none' },
  requirement: null,
  traslado: CPACA_TRASLADO,
  consequences: [
    {
      type: 'silencio_administrativo_negativo',
      trigger: { kind: 'vencimiento' },
      description:
        'Transcurridos dos (2) meses desde la interposición del recurso sin decisión notificada, se entiende negativa.',
      citation: {
        norma: NORMA_1437,
        articulo: 'art. 86',
        url: SUIN_1437,
        vigencia: V_1437,
        confidence: 'CONFIRMED',
      },
    },
    {
      type: 'falta_disciplinaria',
      trigger: { kind: 'vencimiento' },
      description: 'La no resolución oportuna de los recursos constituye falta disciplinaria gravísima.',
      citation: {
        norma: NORMA_1437,
        articulo: 'art. 86 inc. 3',
        url: SUIN_1437,
        vigencia: V_1437,
        confidence: 'CONFIRMED',
      },
    },
  ],
  citations: [
    { norma: NORMA_1437, articulo: 'art. 86', url: SUIN_1437, vigencia: V_1437, confidence: 'CONFIRMED' },
  ],
  confidence: 'CONFIRMED',
  vigencia: V_1437,
  notes:
    'Meses calendario contados desde la interposición (Ley 4 de 1913 art. 62); el plazo se suspende durante la práctica de pruebas (evento suspension).',
} as const satisfies LegalRule);

/**
 * Felicitaciones: recorded, no legal term (the derecho de petición sets none). `dueDate` is `null`
 * and the state is `sin_termino`.
 *
 * @example
 * ```ts
 * import { R_SIN_TERMINO } from 'pqrsd';
 * R_SIN_TERMINO.term; //=> null
 * ```
 */
export const R_SIN_TERMINO = /* @__PURE__ */ deepFreeze({
  ...COMMON,
  id: 'R-SIN-TERMINO',
  types: ['felicitacion'],
  name: 'Felicitación (sin término legal)',
  term: null,
  extension: { kind: 'none' },
  requirement: null,
  consequences: [],
  citations: [cpaca('art. 13')],
  notes: 'Ninguna norma fija término para responder una felicitación; se registra sin vencimiento.',
} as const satisfies LegalRule);
