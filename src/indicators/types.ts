/**
 * Shared types of the indicators layer: indicator ids, metas, periods and the result every
 * indicator returns.
 *
 * @module
 */
import type { IsoDate } from '../calendar/types.js';
import { deepFreeze } from '../freeze.js';

/**
 * Every indicator the library computes.
 *
 * - From the seed process (caracterización del proceso Servicio al Cliente):
 *   `cumplimiento_plan_trabajo`, `pqrsd_a_favor_usuario`, `satisfaccion_cliente`.
 * - Response to PQRSD: `oportunidad`, `pendientes_vencidas`.
 * - Contact center: `nivel_servicio`, `tasa_abandono`, `velocidad_media_respuesta`,
 *   `tiempo_medio_operacion`, `resolucion_primer_contacto`.
 * - Plans: `cumplimiento_plan_mejoramiento`.
 *
 * @example
 * ```ts
 * import { INDICATOR_IDS } from 'pqrsd/indicators';
 * INDICATOR_IDS.includes('oportunidad'); //=> true
 * ```
 */
export const INDICATOR_IDS = /* @__PURE__ */ deepFreeze([
  'cumplimiento_plan_trabajo',
  'pqrsd_a_favor_usuario',
  'satisfaccion_cliente',
  'oportunidad',
  'pendientes_vencidas',
  'nivel_servicio',
  'tasa_abandono',
  'velocidad_media_respuesta',
  'tiempo_medio_operacion',
  'resolucion_primer_contacto',
  'cumplimiento_plan_mejoramiento',
] as const);

/**
 * An indicator id. See {@link INDICATOR_IDS}.
 *
 * @example
 * ```ts
 * import type { IndicatorId } from 'pqrsd/indicators';
 * const id: IndicatorId = 'satisfaccion_cliente';
 * ```
 */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Comparison operators a meta may use.
 *
 * @example
 * ```ts
 * import { META_OPERATORS } from 'pqrsd/indicators';
 * META_OPERATORS; //=> ['>=', '<=', '>', '<', '=']
 * ```
 */
export const META_OPERATORS = /* @__PURE__ */ deepFreeze(['>=', '<=', '>', '<', '='] as const);

/**
 * A meta operator. See {@link META_OPERATORS}.
 *
 * @example
 * ```ts
 * import type { MetaOperator } from 'pqrsd/indicators';
 * const op: MetaOperator = '>=';
 * ```
 */
export type MetaOperator = (typeof META_OPERATORS)[number];

/**
 * The target (meta) an indicator is held to: the value complies when `value operator meta.value`.
 * Ratios are fractions (`0.8` is 80 %); averages are in their own unit (seconds, business days).
 *
 * @example
 * ```ts
 * import type { Meta } from 'pqrsd/indicators';
 * const meta: Meta = { operator: '>=', value: 0.8 };
 * ```
 */
export interface Meta {
  /** How the value is compared with the target. */
  readonly operator: MetaOperator;
  /** The target (a fraction for ratios). */
  readonly value: number;
}

/**
 * Calendar periods for grouping: civil month, quarter (trimestre), semester (semestre) or year.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from 'pqrsd/indicators';
 * PERIOD_KINDS; //=> ['month', 'quarter', 'semester', 'year']
 * ```
 */
export const PERIOD_KINDS = /* @__PURE__ */ deepFreeze(['month', 'quarter', 'semester', 'year'] as const);

/**
 * A calendar period kind. See {@link PERIOD_KINDS}.
 *
 * @example
 * ```ts
 * import type { CalendarPeriodKind } from 'pqrsd/indicators';
 * const k: CalendarPeriodKind = 'quarter';
 * ```
 */
export type CalendarPeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * The kind of a {@link Period}: a calendar period, or `range` (an arbitrary `from..to` span,
 * used for totals over the whole set).
 *
 * @example
 * ```ts
 * import type { PeriodKind } from 'pqrsd/indicators';
 * const k: PeriodKind = 'range';
 * ```
 */
export type PeriodKind = CalendarPeriodKind | 'range';

/**
 * A period of civil dates, both ends inclusive.
 *
 * Keys: month `'2026-11'`, quarter `'2026-T4'`, semester `'2026-S2'`, year `'2026'`,
 * range `'2026-01-01..2026-11-27'`.
 *
 * @example
 * ```ts
 * import type { Period } from 'pqrsd/indicators';
 * const p: Period = { kind: 'quarter', key: '2026-T4', from: '2026-10-01', to: '2026-12-31' } as Period;
 * ```
 */
export interface Period {
  /** Month, quarter, semester, year or an arbitrary range. */
  readonly kind: PeriodKind;
  /** Stable key, sortable within one kind. */
  readonly key: string;
  /** First civil date of the period. */
  readonly from: IsoDate;
  /** Last civil date of the period (inclusive). */
  readonly to: IsoDate;
}

/**
 * The values of the grouping fields of a result, e.g. `{ seccional: 'Norte', type: 'peticion' }`.
 * Empty object for the overall group.
 *
 * @example
 * ```ts
 * import type { Group } from 'pqrsd/indicators';
 * const g: Group = { seccional: 'Norte' };
 * ```
 */
export type Group = Readonly<Record<string, string>>;

/**
 * The result of one indicator for one period and group.
 *
 * `value` is `numerator / denominator`, or `null` when the denominator is 0 (never `NaN`);
 * `complies` is `null` exactly when `value` is `null`.
 *
 * @example
 * ```ts
 * import { buildIndicatorResult, periodOf } from 'pqrsd/indicators';
 * const r = buildIndicatorResult({
 *   id: 'oportunidad', numerator: 9, denominator: 10, period: periodOf('2026-11-27', 'month'),
 * });
 * r.value; //=> 0.9
 * r.complies; //=> false (meta por defecto >= 100 %)
 * ```
 */
export interface IndicatorResult {
  /** Stable id. */
  readonly id: IndicatorId;
  /** Spanish name, e.g. «Oportunidad en la respuesta». */
  readonly name: string;
  /** The formula in words (Spanish). */
  readonly formula: string;
  /** Numerator of the formula (a count, or a sum of seconds for averages). */
  readonly numerator: number;
  /** Denominator of the formula. */
  readonly denominator: number;
  /** `numerator / denominator`, or `null` when the denominator is 0. */
  readonly value: number | null;
  /** The meta the value is held to. */
  readonly meta: Meta;
  /** Whether the value meets the meta; `null` when there is no value. */
  readonly complies: boolean | null;
  /** The period measured. */
  readonly period: Period;
  /** The group measured (values of the grouping fields). */
  readonly group: Group;
  /** Unit of `value`: a fraction (`ratio`), `seconds` or `business_days`. */
  readonly unit: IndicatorUnit;
  /** A Spanish note when something limits the reading (e.g. a missing user count). */
  readonly note?: string;
  /** Wilson score interval of a proportion, when computed (satisfaction surveys). */
  readonly interval?: { readonly lower: number; readonly upper: number; readonly confidence: number };
}

/**
 * Unit of an indicator value.
 *
 * @example
 * ```ts
 * import type { IndicatorUnit } from 'pqrsd/indicators';
 * const u: IndicatorUnit = 'ratio';
 * ```
 */
export type IndicatorUnit = 'ratio' | 'seconds' | 'business_days';
