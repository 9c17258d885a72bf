/**
 * Ley 1581 de 2012 (Ley Estatutaria de Protección de Datos Personales: hábeas data).
 *
 * - Articles: 14 (consultas: 10 días hábiles "contados a partir de la fecha de recibo", extension of at
 *   most 5 días hábiles after the first term expires), 15 (reclamos: num. 1 requirement within 5 días,
 *   desistimiento after 2 months, traslado within 2 días hábiles; num. 3: 15 días hábiles "contados a
 *   partir del día siguiente a la fecha de su recibo", extension of at most 8 días hábiles after the
 *   first term expires), 16 (queja ante la SIC only after exhausting the trámite).
 * - Source: SUIN consolidated text as mirrored in `legalize-dev/legalize-co` `co/LEY-1581-2012.md`,
 *   https://github.com/legalize-dev/legalize-co/blob/main/co/LEY-1581-2012.md
 * - Vigencia: from 2012-10-18.
 * - Confidence: CONFIRMED (normas.md R-HD-CONSULTA, R-HD-RECLAMO, R-HD-INCOMPLETO, R-HD-TRASLADO). Whether
 *   the different wording of art. 14 ("a partir de la fecha de recibo") makes the day of receipt day 1
 *   is NOT CONFIRMED: policy `habeasDataConsultaCountsReceiptDay` (default: yes, the literal reading,
 *   which never gives more time). CPACA art. 32 inc. 4 sends petitions to databases to this law.
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import type { Citation, LegalRule, LegalSource, RequirementRule, TrasladoRule } from './types.js';

const URL_1581 = 'https://github.com/legalize-dev/legalize-co/blob/main/co/LEY-1581-2012.md';
const V_1581 = { desde: '2012-10-18' } as const;

/** Builds a Ley 1581 citation. */
function ley1581(articulo: string): Citation {
  return { norma: 'Ley 1581 de 2012', articulo, url: URL_1581, vigencia: V_1581, confidence: 'CONFIRMED' };
}

/**
 * Ley 1581 de 2012 as a {@link LegalSource}.
 *
 * @example
 * ```ts
 * import { LEY_1581_2012 } from 'pqrsd';
 * LEY_1581_2012.vigencia.desde; //=> '2012-10-18'
 * ```
 */
export const LEY_1581_2012 = /* @__PURE__ */ deepFreeze({
  id: 'ley-1581-2012',
  norma: 'Ley 1581 de 2012',
  titulo: 'Hábeas data: consultas y reclamos sobre datos personales',
  articulos: ['14', '15', '16'],
  url: URL_1581,
  vigencia: V_1581,
  confidence: 'CONFIRMED',
} as const satisfies LegalSource);

/**
 * Ley 1581 art. 15 num. 1: require within 5 días of receipt; after 2 months from the requirement
 * without the information, the claim is deemed withdrawn. No extension is provided. It is written for
 * reclamos only: art. 14 gives consultas no requirement, so a requerimiento on a consulta does not
 * suspend its term (`REQUERIMIENTO_NO_PREVISTO`; never more time than the law).
 *
 * @example
 * ```ts
 * import { HABEAS_DATA_REQUIREMENT } from 'pqrsd';
 * HABEAS_DATA_REQUIREMENT.extensionAllowed; //=> false
 * ```
 */
export const HABEAS_DATA_REQUIREMENT = /* @__PURE__ */ deepFreeze({
  requireWithin: { amount: 5, unit: 'dias_habiles' },
  petitionerTerm: { amount: 2, unit: 'meses' },
  extensionAllowed: false,
  citation: ley1581('art. 15 num. 1'),
} as const satisfies RequirementRule);

/**
 * Ley 1581 art. 15 num. 1: forward to the competent party within 2 días hábiles.
 *
 * @example
 * ```ts
 * import { HABEAS_DATA_TRASLADO } from 'pqrsd';
 * HABEAS_DATA_TRASLADO.term.amount; //=> 2
 * ```
 */
export const HABEAS_DATA_TRASLADO = /* @__PURE__ */ deepFreeze({
  term: { amount: 2, unit: 'dias_habiles' },
  citation: ley1581('art. 15 num. 1'),
} as const satisfies TrasladoRule);

/**
 * R-HD-CONSULTA, Ley 1581 art. 14: a consulta is answered within 10 días hábiles counted from the date
 * of receipt; the new date may not exceed 5 días hábiles after the first term expires.
 *
 * @example
 * ```ts
 * import { R_HD_CONSULTA } from 'pqrsd';
 * R_HD_CONSULTA.extension; // { kind: 'adicional', businessDays: 5, … }
 * ```
 */
export const R_HD_CONSULTA = /* @__PURE__ */ deepFreeze({
  id: 'R-HD-CONSULTA',
  regime: 'habeas_data',
  types: ['consulta'],
  name: 'Consulta de datos personales',
  term: { amount: 10, unit: 'dias_habiles' },
  start: 'dia_de_recibo',
  startPolicy: 'habeasDataConsultaCountsReceiptDay',
  extension: { kind: 'adicional', businessDays: 5, citation: ley1581('art. 14 inc. 2') },
  requirement: null,
  traslado: HABEAS_DATA_TRASLADO,
  consequences: [],
  citations: [ley1581('art. 14')],
  confidence: 'CONFIRMED',
  vigencia: V_1581,
  notes:
    'Ley 1581 no fija una consecuencia propia por el vencimiento; el titular puede acudir a la SIC (art. 16).',
} as const satisfies LegalRule);

/**
 * R-HD-RECLAMO, Ley 1581 art. 15 num. 3: a reclamo (and a queja) is answered within 15 días hábiles from
 * the day after receipt; the new date may not exceed 8 días hábiles after the first term expires.
 *
 * @example
 * ```ts
 * import { R_HD_RECLAMO } from 'pqrsd';
 * R_HD_RECLAMO.types; //=> ['reclamo', 'queja']
 * ```
 */
export const R_HD_RECLAMO = /* @__PURE__ */ deepFreeze({
  id: 'R-HD-RECLAMO',
  regime: 'habeas_data',
  types: ['reclamo', 'queja'],
  name: 'Reclamo sobre datos personales',
  term: { amount: 15, unit: 'dias_habiles' },
  start: 'dia_siguiente',
  extension: { kind: 'adicional', businessDays: 8, citation: ley1581('art. 15 num. 3') },
  requirement: HABEAS_DATA_REQUIREMENT,
  traslado: HABEAS_DATA_TRASLADO,
  consequences: [],
  citations: [ley1581('art. 15 num. 3')],
  confidence: 'CONFIRMED',
  vigencia: V_1581,
  notes:
    'Ley 1581 no fija una consecuencia propia por el vencimiento; el titular puede acudir a la SIC (art. 16).',
} as const satisfies LegalRule);
