/**
 * Types of the legal catalogue: a rule is typed data (term, counting start, extension, requirement,
 * traslado, consequences) with the citations it rests on. No logic lives here.
 *
 * @module
 */

import type { Regime, RequestType } from '../domain.js';
import { deepFreeze } from '../freeze.js';

/**
 * A civil date written `YYYY-MM-DD` inside the catalogue data (vigencias). It is a template-literal
 * type so that the data can be declared `as const satisfies …`; the engine validates it with the
 * calendar before use.
 *
 * @example
 * ```ts
 * import type { DateString } from 'pqrsd';
 * const desde: DateString = '2015-06-30';
 * ```
 */
export type DateString = `${number}-${number}-${number}`;

/**
 * How well a rule was checked against its source (labels of `normas.md`).
 *
 * - `CONFIRMED`: verbatim operative text read in a primary consolidated text.
 * - `PARTIAL`: the term is confirmed; some attribute (start, unit, consequence) is inferred.
 * - `SECONDARY`: only secondary sources (law firms, entity pages) were available.
 * - `NOT_CONFIRMED`: not found; the library encodes it as a configurable policy.
 *
 * @example
 * ```ts
 * import { CONFIDENCE_LEVELS } from 'pqrsd';
 * CONFIDENCE_LEVELS.includes('SECONDARY'); //=> true
 * ```
 */
export const CONFIDENCE_LEVELS = /* @__PURE__ */ deepFreeze([
  'CONFIRMED',
  'PARTIAL',
  'SECONDARY',
  'NOT_CONFIRMED',
] as const);

/**
 * A confidence label. See {@link CONFIDENCE_LEVELS}.
 *
 * @example
 * ```ts
 * import type { Confidence } from 'pqrsd';
 * const c: Confidence = 'CONFIRMED';
 * ```
 */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * The period during which a norm (or a rule) is in force. `hasta` is absent while it is still in
 * force; both ends are inclusive.
 *
 * @example
 * ```ts
 * import type { Vigencia } from 'pqrsd';
 * const v: Vigencia = { desde: '2020-03-28', hasta: '2022-05-17' };
 * ```
 */
export interface Vigencia {
  /** First day in force (inclusive). */
  readonly desde: DateString;
  /** Last day in force (inclusive); absent while in force. */
  readonly hasta?: DateString;
}

/**
 * A citation: the norm, the article, where it was read and its vigencia.
 *
 * @example
 * ```ts
 * import type { Citation } from 'pqrsd';
 * const c: Citation = {
 *   norma: 'Ley 1437 de 2011 (sustituida por Ley 1755 de 2015)',
 *   articulo: 'art. 14 inc. 1',
 *   url: 'https://www.suin-juriscol.gov.co/viewDocument.asp?id=1680117',
 *   vigencia: { desde: '2015-06-30' },
 *   confidence: 'CONFIRMED',
 * };
 * ```
 */
export interface Citation {
  /** The norm, e.g. `'Ley 1437 de 2011 (sustituida por Ley 1755 de 2015)'`. */
  readonly norma: string;
  /** The article (and inciso, numeral, parágrafo), e.g. `'art. 14 num. 1'`. */
  readonly articulo: string;
  /** Where the text was read. */
  readonly url: string;
  /** Vigencia of the cited text. */
  readonly vigencia: Vigencia;
  /** Confidence label from `normas.md`. */
  readonly confidence: Confidence;
}

/**
 * Units of a legal term.
 *
 * - `dias_habiles`: business days (Ley 4 de 1913 art. 62: "días" in a law exclude feriados y vacantes).
 * - `meses`: calendar months (Ley 4 de 1913 art. 62: if the last day is not business, the next one).
 * - `horas`: hours (Decreto 2150 de 1995 art. 123: 72 hours to recognise silencio positivo).
 *
 * @example
 * ```ts
 * import { TERM_UNITS } from 'pqrsd';
 * TERM_UNITS; //=> ['dias_habiles', 'meses', 'horas']
 * ```
 */
export const TERM_UNITS = /* @__PURE__ */ deepFreeze(['dias_habiles', 'meses', 'horas'] as const);

/**
 * A unit of a legal term. See {@link TERM_UNITS}.
 *
 * @example
 * ```ts
 * import type { TermUnit } from 'pqrsd';
 * const u: TermUnit = 'meses';
 * ```
 */
export type TermUnit = (typeof TERM_UNITS)[number];

/**
 * A legal term: an amount of a unit.
 *
 * @example
 * ```ts
 * import type { LegalTerm } from 'pqrsd';
 * const t: LegalTerm = { amount: 15, unit: 'dias_habiles' };
 * ```
 */
export interface LegalTerm {
  /** How many units. */
  readonly amount: number;
  /** Which unit. */
  readonly unit: TermUnit;
}

/**
 * The main term of a {@link LegalRule}: business days or calendar months (hours only appear in
 * follow-up deadlines).
 *
 * @example
 * ```ts
 * import type { RuleTerm } from 'pqrsd';
 * const t: RuleTerm = { amount: 2, unit: 'meses' };
 * ```
 */
export interface RuleTerm extends LegalTerm {
  /** Business days or calendar months. */
  readonly unit: 'dias_habiles' | 'meses';
}

/**
 * From when a term counts.
 *
 * - `dia_siguiente`: day 1 is the business day after receipt ("días siguientes a su recepción").
 * - `dia_de_recibo`: the norm counts "a partir de la fecha de recibo / presentación"; whether the day
 *   of receipt is day 1 is decided by the policy named in {@link LegalRule.startPolicy}.
 *
 * @example
 * ```ts
 * import type { CountingStart } from 'pqrsd';
 * const s: CountingStart = 'dia_siguiente';
 * ```
 */
export type CountingStart = 'dia_siguiente' | 'dia_de_recibo';

/**
 * The prórroga a rule allows.
 *
 * - `none`: no extension (a prórroga event raises a warning and moves nothing).
 * - `doble`: CPACA art. 14 par.: the new term may not exceed double the initial one (how it is
 *   measured is the `prorrogaCeiling` policy of the engine).
 * - `adicional`: at most `businessDays` business days after the first term expires (Ley 1581 de 2012
 *   arts. 14 and 15: +5 / +8).
 *
 * @example
 * ```ts
 * import type { ExtensionRule } from 'pqrsd';
 * const e: ExtensionRule = { kind: 'none' };
 * ```
 */
export type ExtensionRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'doble'; readonly citation: Citation }
  | { readonly kind: 'adicional'; readonly businessDays: number; readonly citation: Citation };

/**
 * The rule on incomplete requests: how long the entity has to require the petitioner, how long
 * the petitioner has to complete it, and whether the petitioner may ask for an equal extension.
 *
 * @example
 * ```ts
 * import { CPACA_REQUIREMENT } from 'pqrsd';
 * CPACA_REQUIREMENT.requireWithin.amount; //=> 10
 * ```
 */
export interface RequirementRule {
  /** Term of the entity to require, counted from radicación (CPACA art. 17: 10 días). */
  readonly requireWithin: LegalTerm;
  /** Term of the petitioner to complete it, counted from the requirement (calendar months). */
  readonly petitionerTerm: LegalTerm;
  /** Whether the petitioner may ask, before it lapses, for an extension of an equal term. */
  readonly extensionAllowed: boolean;
  /** Where the rule comes from. */
  readonly citation: Citation;
}

/**
 * The term to forward a request to the competent authority (traslado por competencia).
 *
 * @example
 * ```ts
 * import { CPACA_TRASLADO } from 'pqrsd';
 * CPACA_TRASLADO.term; //=> { amount: 5, unit: 'dias_habiles' }
 * ```
 */
export interface TrasladoRule {
  /** Term counted from the day after receipt (a written petition). */
  readonly term: LegalTerm;
  /**
   * A verbal petition ({@link VERBAL_CHANNELS}): `'inmediato'` when it is redirected the day it is
   * received (CPACA art. 21); absent when the term applies to every channel.
   */
  readonly verbal?: 'inmediato';
  /** Where the rule comes from. */
  readonly citation: Citation;
}

/**
 * Legal consequences the engine can report.
 *
 * @example
 * ```ts
 * import { CONSEQUENCE_TYPES } from 'pqrsd';
 * CONSEQUENCE_TYPES.includes('silencio_administrativo_positivo'); //=> true
 * ```
 */
export const CONSEQUENCE_TYPES = /* @__PURE__ */ deepFreeze([
  'aceptacion_documentos',
  'silencio_administrativo_positivo',
  'desistimiento_tacito',
  'indicio_grave',
  'falta_disciplinaria',
  'silencio_administrativo_negativo',
  'mala_conducta',
] as const);

/**
 * A legal consequence type. See {@link CONSEQUENCE_TYPES}.
 *
 * @example
 * ```ts
 * import type { ConsequenceType } from 'pqrsd';
 * const c: ConsequenceType = 'aceptacion_documentos';
 * ```
 */
export type ConsequenceType = (typeof CONSEQUENCE_TYPES)[number];

/**
 * When a consequence arises.
 *
 * - `vencimiento`: the day after the due date passes without an answer (or when the answer came late).
 * - `meses_desde_recibo`: `months` calendar months after receipt without an answer (CPACA art. 83).
 * - `desistimiento`: the petitioner did not complete the request in time (CPACA art. 17).
 *
 * @example
 * ```ts
 * import type { ConsequenceTrigger } from 'pqrsd';
 * const t: ConsequenceTrigger = { kind: 'meses_desde_recibo', months: 3 };
 * ```
 */
export type ConsequenceTrigger =
  | { readonly kind: 'vencimiento' }
  | { readonly kind: 'meses_desde_recibo'; readonly months: number }
  | { readonly kind: 'desistimiento' };

/**
 * A consequence of missing a term, as data.
 *
 * @example
 * ```ts
 * import { CPACA_FALTA_DISCIPLINARIA } from 'pqrsd';
 * CPACA_FALTA_DISCIPLINARIA.type; //=> 'falta_disciplinaria'
 * ```
 */
export interface ConsequenceRule {
  /** Which consequence. */
  readonly type: ConsequenceType;
  /** When it arises. */
  readonly trigger: ConsequenceTrigger;
  /**
   * A further deadline that follows it, counted from the due date: copies within 3 días hábiles
   * (CPACA art. 14 num. 1) or recognition of silencio positivo within 72 hours (Decreto 2150 art. 123).
   */
  readonly followUp?: LegalTerm;
  /** Spanish description for people. */
  readonly description: string;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * A rule of the catalogue: the legal term of one or more request types under one regime.
 *
 * @example
 * ```ts
 * import { getRule } from 'pqrsd';
 * const rule = getRule('cpaca', 'peticion');
 * rule.id; //=> 'R-PET-GEN'
 * rule.term; //=> { amount: 15, unit: 'dias_habiles' }
 * ```
 */
export interface LegalRule {
  /** Rule id from `normas.md` (e.g. `R-PET-GEN`). */
  readonly id: string;
  /** The regime whose norm states it. */
  readonly regime: Regime;
  /** The request types it covers in that regime. */
  readonly types: readonly RequestType[];
  /** Spanish name. */
  readonly name: string;
  /** The term (business days or calendar months), or `null` when the law sets none (felicitación). */
  readonly term: RuleTerm | null;
  /** From when the term counts. */
  readonly start: CountingStart;
  /**
   * For `dia_de_recibo` rules, the engine policy that decides whether the day of receipt is day 1
   * (`habeasDataConsultaCountsReceiptDay`, `spdFilingDayCounts`).
   */
  readonly startPolicy?: 'habeasDataConsultaCountsReceiptDay' | 'spdFilingDayCounts';
  /** The prórroga it allows. */
  readonly extension: ExtensionRule;
  /** Incomplete requests (requerimiento), or `null` when the norm provides none. */
  readonly requirement: RequirementRule | null;
  /** Traslado por competencia. */
  readonly traslado: TrasladoRule;
  /** Consequences of missing the term. */
  readonly consequences: readonly ConsequenceRule[];
  /** The articles it rests on (the first states the term). */
  readonly citations: readonly Citation[];
  /** Confidence label of the term (`normas.md`). */
  readonly confidence: Confidence;
  /** Vigencia of the rule: a receipt outside it raises a warning. */
  readonly vigencia: Vigencia;
  /** Spanish notes: decisions on ambiguous law, policies that affect it. */
  readonly notes?: string;
}

/**
 * A norm of {@link LEGAL_SOURCES}: its name, articles used, source and vigencia.
 *
 * @example
 * ```ts
 * import { LEGAL_SOURCES } from 'pqrsd';
 * LEGAL_SOURCES['ley-1755-2015'].vigencia.desde; //=> '2015-06-30'
 * ```
 */
export interface LegalSource {
  /** Module id, e.g. `'ley-1755-2015'`. */
  readonly id: string;
  /** The norm. */
  readonly norma: string;
  /** Short Spanish title. */
  readonly titulo: string;
  /** Articles the library encodes. */
  readonly articulos: readonly string[];
  /** Where it was read. */
  readonly url: string;
  /** Vigencia. */
  readonly vigencia: Vigencia;
  /** Confidence label. */
  readonly confidence: Confidence;
}
