/**
 * Indicator definitions (name, formula, source), default metas and the builder of
 * {@link IndicatorResult}s. Zero denominators give `value: null` and `complies: null`, never `NaN`.
 *
 * @module
 */

import { objectArgument } from '../arguments.js';
import { isIsoDate } from '../calendar/civil-date.js';
import { PqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { show } from '../show.js';
import type {
  Group,
  IndicatorId,
  IndicatorResult,
  IndicatorUnit,
  Meta,
  MetaOperator,
  Period,
} from './types.js';
import { INDICATOR_IDS, META_OPERATORS } from './types.js';

/**
 * How an indicator is defined: Spanish name, formula in words, unit and where its meta comes from.
 *
 * @example
 * ```ts
 * import { INDICATOR_DEFINITIONS } from 'pqrsd/indicators';
 * INDICATOR_DEFINITIONS.oportunidad.name; //=> 'Oportunidad en la respuesta'
 * ```
 */
export interface IndicatorDefinition {
  /** Spanish name. */
  readonly name: string;
  /** Formula in words (Spanish). */
  readonly formula: string;
  /** Unit of the value. */
  readonly unit: IndicatorUnit;
  /** Where the default meta comes from (Spanish). */
  readonly metaSource: string;
}

/**
 * The catalogue of indicators, one entry per {@link IndicatorId} (checked by the compiler).
 *
 * @example
 * ```ts
 * import { INDICATOR_DEFINITIONS } from 'pqrsd/indicators';
 * INDICATOR_DEFINITIONS.satisfaccion_cliente.formula;
 * //=> 'respuestas satisfechas / respuestas válidas de la encuesta'
 * ```
 */
export const INDICATOR_DEFINITIONS = /* @__PURE__ */ deepFreeze({
  cumplimiento_plan_trabajo: {
    name: 'Cumplimiento del plan de trabajo de servicio al cliente',
    formula: 'actividades ejecutadas / actividades programadas al corte',
    unit: 'ratio',
    metaSource: 'Caracterización del proceso Servicio al Cliente: meta ≥ 80 %',
  },
  pqrsd_a_favor_usuario: {
    name: 'PQRSD a favor del usuario',
    formula: 'PQRSD resueltas a favor del usuario / total de usuarios (suscriptores) de la seccional',
    unit: 'ratio',
    metaSource:
      'Caracterización del proceso Servicio al Cliente: meta ≤ 0,5 % del total de usuarios por seccional',
  },
  satisfaccion_cliente: {
    name: 'Satisfacción del cliente',
    formula: 'respuestas satisfechas / respuestas válidas de la encuesta',
    unit: 'ratio',
    metaSource: 'Caracterización del proceso Servicio al Cliente: meta 80 % (se lee como ≥ 80 %)',
  },
  oportunidad: {
    name: 'Oportunidad en la respuesta',
    formula: 'solicitudes respondidas dentro del término legal / solicitudes respondidas',
    unit: 'ratio',
    metaSource:
      'Ley 1437 de 2011 art. 14 (sustituido por Ley 1755 de 2015) y art. 31: toda petición debe resolverse en término; meta por defecto 100 %',
  },
  pendientes_vencidas: {
    name: 'Solicitudes pendientes vencidas',
    formula: 'solicitudes sin respuesta con el término vencido al corte / solicitudes pendientes al corte',
    unit: 'ratio',
    metaSource:
      'Ley 1437 de 2011 art. 31: ninguna petición debe quedar sin resolver vencido el término; meta 0 %',
  },
  nivel_servicio: {
    name: 'Nivel de servicio del contact center',
    formula: 'llamadas contestadas dentro del umbral de segundos / llamadas ofrecidas',
    unit: 'ratio',
    metaSource: 'Convención de la industria de centros de contacto (80 % en 20 s); configurable',
  },
  tasa_abandono: {
    name: 'Tasa de abandono del contact center',
    formula: 'llamadas abandonadas / llamadas ofrecidas',
    unit: 'ratio',
    metaSource: 'Convención de la industria de centros de contacto (≤ 5 %); configurable',
  },
  velocidad_media_respuesta: {
    name: 'Velocidad media de respuesta (ASA)',
    formula: 'segundos de espera de las llamadas contestadas / llamadas contestadas',
    unit: 'seconds',
    metaSource: 'Convención de la industria de centros de contacto (≤ 30 s); configurable',
  },
  tiempo_medio_operacion: {
    name: 'Tiempo medio de operación (AHT)',
    formula: 'segundos de conversación, espera en línea y trabajo posterior / llamadas contestadas',
    unit: 'seconds',
    metaSource: 'Convención de la industria de centros de contacto (≤ 300 s); configurable',
  },
  resolucion_primer_contacto: {
    name: 'Resolución en el primer contacto',
    formula: 'llamadas resueltas en el primer contacto / llamadas contestadas con dato de resolución',
    unit: 'ratio',
    metaSource: 'Convención de la industria de centros de contacto (≥ 70 %); configurable',
  },
  cumplimiento_plan_mejoramiento: {
    name: 'Cumplimiento del plan de mejoramiento',
    formula: 'acciones cumplidas a tiempo / acciones con fecha límite al corte',
    unit: 'ratio',
    metaSource: 'Convención de pqrsd: las acciones comprometidas se cumplen todas (100 %); configurable',
  },
} as const satisfies Record<IndicatorId, IndicatorDefinition>);

/**
 * Default metas. From the seed: plan de trabajo ≥ 80 %, PQRSD a favor del usuario ≤ 0,5 % of users
 * per seccional, satisfacción ≥ 80 %. Oportunidad ≥ 100 % and pendientes vencidas ≤ 0 % because the
 * law (Ley 1437 de 2011 arts. 14 and 31) requires every petition to be answered within its term:
 * any lower default would approve a breach. Contact-center metas are industry conventions.
 *
 * @example
 * ```ts
 * import { DEFAULT_METAS } from 'pqrsd/indicators';
 * DEFAULT_METAS.pqrsd_a_favor_usuario; //=> { operator: '<=', value: 0.005 }
 * ```
 */
export const DEFAULT_METAS = /* @__PURE__ */ deepFreeze({
  cumplimiento_plan_trabajo: { operator: '>=', value: 0.8 },
  pqrsd_a_favor_usuario: { operator: '<=', value: 0.005 },
  satisfaccion_cliente: { operator: '>=', value: 0.8 },
  oportunidad: { operator: '>=', value: 1 },
  pendientes_vencidas: { operator: '<=', value: 0 },
  nivel_servicio: { operator: '>=', value: 0.8 },
  tasa_abandono: { operator: '<=', value: 0.05 },
  velocidad_media_respuesta: { operator: '<=', value: 30 },
  tiempo_medio_operacion: { operator: '<=', value: 300 },
  resolucion_primer_contacto: { operator: '>=', value: 0.7 },
  cumplimiento_plan_mejoramiento: { operator: '>=', value: 1 },
} as const satisfies Record<IndicatorId, Meta>);

/**
 * Metas a caller may override (any subset).
 *
 * @example
 * ```ts
 * import type { MetaOverrides } from 'pqrsd/indicators';
 * const metas: MetaOverrides = { oportunidad: { operator: '>=', value: 0.95 } };
 * ```
 */
export type MetaOverrides = { readonly [K in IndicatorId]?: Meta | undefined };

/** Tolerance of meta comparisons, so that `0.1 + 0.7` still meets `>= 0.8`. */
const EPSILON = 1e-12;

/**
 * Whether a value meets a meta. Comparisons tolerate a rounding error of 1e-12.
 *
 * @example
 * ```ts
 * import { compliesWithMeta } from 'pqrsd/indicators';
 * compliesWithMeta(0.8, { operator: '>=', value: 0.8 }); //=> true
 * compliesWithMeta(0.006, { operator: '<=', value: 0.005 }); //=> false
 * ```
 */
export function compliesWithMeta(value: number, meta: Meta): boolean {
  const m = validateMeta(meta);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new PqrsdError('INVALID_ARGUMENT', `El valor «${safeString(value)}» debe ser un número finito`, {
      value,
    });
  }
  const d = value - m.value;
  switch (m.operator) {
    case '>=':
      return d >= -EPSILON;
    case '<=':
      return d <= EPSILON;
    case '>':
      return d > EPSILON;
    case '<':
      return d < -EPSILON;
    default:
      return Math.abs(d) <= EPSILON;
  }
}

/**
 * Validates a meta.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` when the operator is unknown or the value is not finite.
 * @example
 * ```ts
 * import { validateMeta } from 'pqrsd/indicators';
 * validateMeta({ operator: '>=', value: 0.9 }); //=> { operator: '>=', value: 0.9 }
 * ```
 */
export function validateMeta(meta: unknown, what = 'meta'): Meta {
  const m = meta as { operator?: unknown; value?: unknown } | null;
  if (
    typeof m !== 'object' ||
    m === null ||
    !(META_OPERATORS as readonly unknown[]).includes(m.operator) ||
    typeof m.value !== 'number' ||
    !Number.isFinite(m.value)
  ) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `La ${show(what)} «${safeString(meta)}» no es válida: debe ser { operator: '>=' | '<=' | '>' | '<' | '=', value: número finito }`,
      { value: meta },
    );
  }
  return { operator: m.operator as MetaOperator, value: m.value };
}

/**
 * The decimals to print `value` with, from `decimals` up to 6, so that it does not print as `target`
 * (its meta) when it is not equal to it: a value that misses its meta is never shown as the meta
 * itself (79,996 % is not «80,0 % ✗»). `format` is the caller's own rendering. @internal
 */
export function decimalsApart(
  value: number,
  target: number | undefined,
  decimals: number,
  format: (x: number, decimals: number) => string,
): number {
  let d = decimals;
  if (target === undefined || Math.abs(value - target) <= 1e-12) return d;
  while (d < 6 && format(value, d) === format(target, d)) d++;
  return d;
}

/**
 * A meta in the unit of its indicator: a ratio's meta is a fraction from 0 to 1 (80 % is `0.8`, and
 * `80` or `0.5` meant as 0.5 % are the usual slips), an average's is not negative.
 */
function checkMetaRange(id: IndicatorId, meta: Meta): Meta {
  const unit = INDICATOR_DEFINITIONS[id].unit;
  if (unit === 'ratio' ? meta.value < 0 || meta.value > 1 : meta.value < 0) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      unit === 'ratio'
        ? `La meta de «${id}» es una fracción entre 0 y 1 (80 % se escribe 0.8; 0,5 % se escribe 0.005): «${meta.value}» no es válida`
        : `La meta de «${id}» no puede ser negativa: «${meta.value}»`,
      { value: meta.value, indicator: id },
    );
  }
  return meta;
}

/**
 * The effective metas: the defaults with the caller's overrides, each validated (a ratio's meta is a
 * fraction from 0 to 1).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for an unknown indicator id or a malformed meta.
 * @example
 * ```ts
 * import { resolveMetas } from 'pqrsd/indicators';
 * resolveMetas({ oportunidad: { operator: '>=', value: 0.95 } }).oportunidad.value; //=> 0.95
 * ```
 */
export function resolveMetas(overrides?: MetaOverrides): Readonly<Record<IndicatorId, Meta>> {
  const out: Record<string, Meta> = { ...DEFAULT_METAS };
  if (overrides === undefined) return out as Record<IndicatorId, Meta>;
  for (const [id, meta] of Object.entries(objectArgument(overrides, 'Las metas'))) {
    if (!(INDICATOR_IDS as readonly string[]).includes(id)) {
      throw new PqrsdError('INVALID_ARGUMENT', `«${id}» no es un indicador conocido`, { value: id });
    }
    if (meta === undefined) continue;
    out[id] = checkMetaRange(id as IndicatorId, validateMeta(meta, `meta de «${id}»`));
  }
  return out as Record<IndicatorId, Meta>;
}

/**
 * Input of {@link buildIndicatorResult}.
 *
 * @example
 * ```ts
 * import type { IndicatorInput } from 'pqrsd/indicators';
 * const i: IndicatorInput = { id: 'tasa_abandono', numerator: 3, denominator: 100,
 *   period: { kind: 'year', key: '2026', from: '2026-01-01', to: '2026-12-31' } as never };
 * ```
 */
export interface IndicatorInput {
  /** Which indicator. */
  readonly id: IndicatorId;
  /** Numerator (finite, ≥ 0). */
  readonly numerator: number;
  /** Denominator (finite, ≥ 0); 0 gives a `null` value. */
  readonly denominator: number;
  /** Period measured. */
  readonly period: Period;
  /** Group measured; default `{}`. */
  readonly group?: Group | undefined;
  /** Meta; default {@link DEFAULT_METAS}. */
  readonly meta?: Meta | undefined;
  /** Optional Spanish note. */
  readonly note?: string | undefined;
  /** Optional confidence interval (satisfaction). */
  readonly interval?: IndicatorResult['interval'] | undefined;
}

/**
 * Builds an {@link IndicatorResult}: value `numerator / denominator`, `null` when the denominator is 0,
 * and whether it complies with the meta.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a negative or non-finite numerator or denominator.
 * @example
 * ```ts
 * import { buildIndicatorResult, periodOf } from 'pqrsd/indicators';
 * const r = buildIndicatorResult({ id: 'oportunidad', numerator: 0, denominator: 0,
 *   period: periodOf('2026-11-27', 'month') });
 * r.value; //=> null
 * r.complies; //=> null
 * ```
 */
export function buildIndicatorResult(input: IndicatorInput): IndicatorResult {
  const { id, numerator, denominator } = objectArgument(
    input,
    'La entrada de buildIndicatorResult',
  ) as unknown as IndicatorInput;
  const def = (
    typeof id === 'string' && Object.hasOwn(INDICATOR_DEFINITIONS, id) ? INDICATOR_DEFINITIONS[id] : undefined
  ) as IndicatorDefinition | undefined;
  if (def === undefined) {
    throw new PqrsdError('INVALID_ARGUMENT', `«${safeString(id)}» no es un indicador conocido`, {
      value: id,
    });
  }
  checkNonNegative(numerator, `numerador de «${id}»`);
  checkNonNegative(denominator, `denominador de «${id}»`);
  const meta = input.meta === undefined ? DEFAULT_METAS[id] : checkMetaRange(id, validateMeta(input.meta));
  checkPeriod(input.period);
  if (input.group !== undefined) objectArgument(input.group, 'El grupo');
  const value = denominator === 0 ? null : numerator / denominator;
  const result: {
    -readonly [K in keyof IndicatorResult]: IndicatorResult[K];
  } = {
    id,
    name: def.name,
    formula: def.formula,
    numerator,
    denominator,
    value,
    meta,
    complies: value === null ? null : compliesWithMeta(value, meta),
    period: input.period,
    group: input.group ?? {},
    unit: def.unit,
  };
  if (input.note !== undefined) result.note = input.note;
  if (input.interval !== undefined) result.interval = input.interval;
  return result;
}

/** @internal */
export function checkNonNegative(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `El ${what} «${safeString(n)}» debe ser un número finito mayor o igual a 0`,
      {
        value: n,
      },
    );
  }
  return n;
}

/** A short printable form of any value, for error messages. @internal */
export function safeString(v: unknown): string {
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 77)}...` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  try {
    const s = JSON.stringify(v);
    return s === undefined ? typeof v : s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return typeof v;
  }
}

/**
 * Throws `INVALID_ARGUMENT` unless `period` has the shape of a {@link Period} (internal): a kind,
 * a key and two valid dates.
 */
export function checkPeriod(period: unknown, what = 'El período'): Period {
  const p = objectArgument(period, what);
  if (
    typeof p.kind !== 'string' ||
    typeof p.key !== 'string' ||
    typeof p.from !== 'string' ||
    typeof p.to !== 'string' ||
    !isIsoDate(p.from) ||
    !isIsoDate(p.to)
  ) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `${what} debe ser un período { kind, key, from, to } con fechas AAAA-MM-DD; «from» = «${show(p.from)}», «to» = «${show(p.to)}».`,
      { value: period },
    );
  }
  return period as Period;
}

/**
 * Throws `INVALID_ARGUMENT` unless `result` has the shape of an {@link IndicatorResult} (internal),
 * as {@link buildIndicatorResult} makes it.
 */
export function checkResult(result: unknown): IndicatorResult {
  const r = objectArgument(result, 'El resultado de indicador');
  if (typeof r.id !== 'string' || !Object.hasOwn(INDICATOR_DEFINITIONS, r.id)) {
    throw new PqrsdError('INVALID_ARGUMENT', `«${safeString(r.id)}» no es un indicador conocido`, {
      value: r.id,
    });
  }
  if (r.value !== null && (typeof r.value !== 'number' || !Number.isFinite(r.value))) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `El valor del indicador «${safeString(r.value)}» no es un número`,
      {
        value: r.value,
      },
    );
  }
  if (r.complies !== null && typeof r.complies !== 'boolean') {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«complies» = «${safeString(r.complies)}» debe ser true, false o null`,
      {
        value: r.complies,
      },
    );
  }
  for (const k of ['name', 'unit'] as const) {
    if (typeof r[k] !== 'string') {
      throw new PqrsdError('INVALID_ARGUMENT', `El resultado de indicador no trae «${k}» como texto`, {
        value: r[k],
      });
    }
  }
  checkPeriod(r.period, 'El período del resultado');
  for (const v of Object.values(objectArgument(r.group, 'El grupo del resultado'))) {
    if (typeof v !== 'string') {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `El grupo del resultado tiene un valor que no es texto: «${safeString(v)}»`,
        {
          value: r.group,
        },
      );
    }
  }
  validateMeta(r.meta);
  return result as IndicatorResult;
}
