/**
 * The legal catalogue: which rule gives the term of each request type under each regime.
 *
 * - `cpaca` is complete: a {@link CPACA_RULES} `Record<RequestType, LegalRule>` checked with
 *   `satisfies`, so a new request type does not compile until it has a rule and a citation.
 * - Special regimes list only the types their norm governs; every other type falls back to the
 *   CPACA (Ley 142 art. 153 inc. 2; CPACA arts. 32-33; Ley 1581 via CPACA art. 32 inc. 4).
 *
 * @module
 */

import { REGIMES, REQUEST_TYPES, type Regime, type RequestType } from '../domain.js';
import { PqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { show } from '../show.js';
import {
  DECRETO_491_2020,
  LEY_2207_2022,
  R_COVID_CONS,
  R_COVID_DOC,
  R_COVID_GEN,
} from './decreto-491-2020.js';
import { LEY_4_1913, LEY_153_1887 } from './ley-4-1913.js';
import { LEY_5_1992, R_CONGRESO } from './ley-5-1992.js';
import { DECRETO_2150_1995, LEY_142_1994, R_SPD_PQR } from './ley-142-1994.js';
import { LEY_1480_2011, R_CONSUMO } from './ley-1480-2011.js';
import { LEY_1581_2012, R_HD_CONSULTA, R_HD_RECLAMO } from './ley-1581-2012.js';
import { LEY_1712_2014, R_AIP } from './ley-1712-2014.js';
import {
  LEY_1437_2011,
  LEY_1755_2015,
  R_PET_AUTORIDADES,
  R_PET_CONSULTA,
  R_PET_DOC,
  R_PET_GEN,
  R_SIL_RECURSOS,
  R_SIN_TERMINO,
} from './ley-1755-2015.js';
import type { LegalRule, LegalSource } from './types.js';

/**
 * The CPACA table (default regime): one rule per request type.
 *
 * @example
 * ```ts
 * import { CPACA_RULES } from 'pqrsd';
 * CPACA_RULES.consulta.term; //=> { amount: 30, unit: 'dias_habiles' }
 * ```
 */
export const CPACA_RULES = /* @__PURE__ */ deepFreeze({
  peticion: R_PET_GEN,
  queja: R_PET_GEN,
  reclamo: R_PET_GEN,
  sugerencia: R_PET_GEN,
  denuncia: R_PET_GEN,
  peticion_documentos: R_PET_DOC,
  acceso_informacion: R_AIP,
  consulta: R_PET_CONSULTA,
  peticion_autoridad: R_PET_AUTORIDADES,
  solicitud_congresista: R_CONGRESO,
  recurso: R_SIL_RECURSOS,
  felicitacion: R_SIN_TERMINO,
} as const satisfies Record<RequestType, LegalRule>);

/**
 * The rules each regime states itself. Types missing here fall back to {@link CPACA_RULES}.
 * Under `servicios_publicos`, `peticion_documentos` and `acceso_informacion` are listed but are used
 * only with the engine policy `spdDocumentRequests: 'ley_142'` (see {@link getRule}).
 *
 * @example
 * ```ts
 * import { REGIME_RULES } from 'pqrsd';
 * REGIME_RULES.habeas_data.consulta?.id; //=> 'R-HD-CONSULTA'
 * ```
 */
export const REGIME_RULES = /* @__PURE__ */ deepFreeze({
  cpaca: CPACA_RULES,
  emergencia_2020: {
    peticion: R_COVID_GEN,
    queja: R_COVID_GEN,
    reclamo: R_COVID_GEN,
    sugerencia: R_COVID_GEN,
    denuncia: R_COVID_GEN,
    peticion_documentos: R_COVID_DOC,
    acceso_informacion: R_COVID_DOC,
    consulta: R_COVID_CONS,
  },
  servicios_publicos: {
    peticion: R_SPD_PQR,
    queja: R_SPD_PQR,
    reclamo: R_SPD_PQR,
    recurso: R_SPD_PQR,
    denuncia: R_SPD_PQR,
    consulta: R_SPD_PQR,
    peticion_documentos: R_SPD_PQR,
    acceso_informacion: R_SPD_PQR,
  },
  habeas_data: { consulta: R_HD_CONSULTA, reclamo: R_HD_RECLAMO, queja: R_HD_RECLAMO },
  consumo: { reclamo: R_CONSUMO, queja: R_CONSUMO, peticion: R_CONSUMO },
} as const satisfies Record<Regime, Partial<Record<RequestType, LegalRule>>>);

/**
 * Every distinct rule of the catalogue, in a stable order (for docs and the conformance kit).
 *
 * @example
 * ```ts
 * import { ALL_RULES } from 'pqrsd';
 * ALL_RULES.map((r) => r.id).includes('R-SPD-PQR'); //=> true
 * ```
 */
export const ALL_RULES: readonly LegalRule[] = /* @__PURE__ */ deepFreeze([
  R_PET_GEN,
  R_PET_DOC,
  R_AIP,
  R_PET_CONSULTA,
  R_PET_AUTORIDADES,
  R_CONGRESO,
  R_SIL_RECURSOS,
  R_SIN_TERMINO,
  R_COVID_GEN,
  R_COVID_DOC,
  R_COVID_CONS,
  R_SPD_PQR,
  R_HD_CONSULTA,
  R_HD_RECLAMO,
  R_CONSUMO,
]);

/**
 * The norms the library encodes, with their vigencias (for docs and the conformance kit).
 *
 * @example
 * ```ts
 * import { LEGAL_SOURCES } from 'pqrsd';
 * LEGAL_SOURCES['decreto-491-2020'].vigencia.hasta; //=> '2022-05-17'
 * ```
 */
export const LEGAL_SOURCES = /* @__PURE__ */ deepFreeze({
  'ley-1755-2015': LEY_1755_2015,
  'ley-1437-2011': LEY_1437_2011,
  'ley-1712-2014': LEY_1712_2014,
  'ley-5-1992': LEY_5_1992,
  'decreto-491-2020': DECRETO_491_2020,
  'ley-2207-2022': LEY_2207_2022,
  'ley-142-1994': LEY_142_1994,
  'decreto-2150-1995': DECRETO_2150_1995,
  'ley-1581-2012': LEY_1581_2012,
  'ley-1480-2011': LEY_1480_2011,
  'ley-4-1913': LEY_4_1913,
  'ley-153-1887': LEY_153_1887,
} as const satisfies Record<string, LegalSource>);

/**
 * Options of {@link getRule}.
 *
 * @example
 * ```ts
 * import type { GetRuleOptions } from 'pqrsd';
 * const o: GetRuleOptions = { fallback: false };
 * ```
 */
export interface GetRuleOptions {
  /**
   * Whether a type the regime does not govern falls back to the CPACA rule (default `true`: Ley 142
   * art. 153 inc. 2, CPACA arts. 32-33). With `false`, such a type raises `NO_RULE`.
   */
  readonly fallback?: boolean;
  /**
   * Documents and information requests to a public-utility company: `'cpaca'` (default: 10 días, CPACA
   * art. 14 num. 1 / Ley 1712 art. 26) or `'ley_142'` (15 días hábiles with silencio positivo).
   */
  readonly spdDocumentRequests?: 'cpaca' | 'ley_142';
}

const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['peticion_documentos', 'acceso_informacion']);

/**
 * The rule that gives the term of `type` under `regime`.
 *
 * Throws `UNKNOWN_REGIME` / `UNKNOWN_REQUEST_TYPE` for values outside {@link REGIMES} /
 * {@link REQUEST_TYPES}, and `NO_RULE` when the regime does not govern the type and `fallback` is
 * `false`. The returned rule's `regime` tells whether it is the regime's own or the CPACA fallback.
 *
 * @example
 * ```ts
 * import { getRule } from 'pqrsd';
 * getRule('servicios_publicos', 'reclamo').id; //=> 'R-SPD-PQR'
 * getRule('servicios_publicos', 'sugerencia').id; //=> 'R-PET-GEN' (CPACA, Ley 142 art. 153)
 * getRule('servicios_publicos', 'peticion_documentos').id; //=> 'R-PET-DOC'
 * getRule('servicios_publicos', 'peticion_documentos', { spdDocumentRequests: 'ley_142' }).id; //=> 'R-SPD-PQR'
 * ```
 */
export function getRule(regime: Regime, type: RequestType, options?: GetRuleOptions): LegalRule {
  const table: Partial<Record<string, LegalRule>> | undefined =
    typeof regime === 'string' && Object.hasOwn(REGIME_RULES, regime)
      ? (REGIME_RULES as Partial<Record<string, Partial<Record<string, LegalRule>>>>)[regime]
      : undefined;
  if (table === undefined) {
    throw new PqrsdError(
      'UNKNOWN_REGIME',
      `Régimen desconocido: «${show(regime)}». Valores válidos: ${REGIMES.join(', ')}.`,
      { value: regime },
    );
  }
  const cpacaRule =
    typeof type === 'string' && Object.hasOwn(CPACA_RULES, type) ? CPACA_RULES[type] : undefined;
  if (cpacaRule === undefined) {
    throw new PqrsdError(
      'UNKNOWN_REQUEST_TYPE',
      `Tipo de solicitud desconocido: «${show(type)}». Valores válidos: ${REQUEST_TYPES.join(', ')}.`,
      { value: type },
    );
  }
  let own = table[type];
  if (
    own !== undefined &&
    regime === 'servicios_publicos' &&
    DOCUMENT_TYPES.has(type) &&
    options?.spdDocumentRequests !== 'ley_142'
  ) {
    own = undefined;
  }
  if (own !== undefined) return own;
  if (options?.fallback === false) {
    throw new PqrsdError(
      'NO_RULE',
      `El régimen «${regime}» no fija término propio para «${type}» (use fallback para aplicar el CPACA).`,
      { regime, type },
    );
  }
  return cpacaRule;
}
