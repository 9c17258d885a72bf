/**
 * Spanish labels and value formatting shared by the report renderers.
 *
 * @module
 */

import type { RequestState } from '../../domain.js';
import type { IndicatorResult } from '../../indicators/index.js';
import { decimalsApart } from '../../indicators/meta.js';
import type { DisagreementCause } from '../../testing/index.js';
import { formatDecimal, formatPercent } from '../format.js';

/**
 * Spanish label of each request state.
 *
 * @example
 * ```ts
 * STATE_LABELS.vencida; //=> 'vencidas'
 * ```
 */
export const STATE_LABELS: Readonly<Record<RequestState, string>> = {
  en_termino: 'en término',
  por_vencer: 'por vencer',
  vencida: 'vencidas',
  respondida_a_tiempo: 'respondidas a tiempo',
  respondida_extemporanea: 'respondidas fuera de término',
  en_requerimiento: 'en requerimiento',
  desistida: 'desistidas',
  trasladada: 'trasladadas',
  sin_termino: 'sin término legal',
};

/**
 * Spanish label of each alert severity, as printed for people (the JSON keeps the code).
 *
 * @example
 * ```ts
 * SEVERITY_LABELS.critica; //=> 'crítica'
 * ```
 */
export const SEVERITY_LABELS: Readonly<Record<'critica' | 'advertencia' | 'info', string>> = {
  critica: 'crítica',
  advertencia: 'advertencia',
  info: 'información',
};

/**
 * Spanish label of each disagreement cause.
 *
 * @example
 * ```ts
 * CAUSE_LABELS.dias_calendario; //=> 'cuenta días calendario'
 * ```
 */
export const CAUSE_LABELS: Readonly<Record<DisagreementCause, string>> = {
  dias_calendario: 'cuenta días calendario',
  festivo_omitido: 'omite un festivo',
  festivo_agregado: 'agrega un festivo',
  dia_radicacion_contado: 'cuenta el día de radicación',
  tipo_equivocado: 'término de otro tipo',
  prorroga_excesiva: 'prórroga excesiva',
  otro_tipo_dias_calendario: 'término de otro tipo en días calendario',
  desfase_fijo: 'suma siempre los mismos días calendario',
  vencimiento_no_habil: 'vence en día no hábil',
  eventos_omitidos: 'no aplica los eventos del trámite',
  desconocida: 'causa desconocida',
};

/**
 * The value of an indicator, formatted by its unit.
 *
 * @example
 * ```ts
 * indicatorValue({ value: 0.9, unit: 'ratio' }); //=> '90,0 %'
 * ```
 */
export function indicatorValue(
  r: Pick<IndicatorResult, 'value' | 'unit'> & { readonly meta?: IndicatorResult['meta'] },
): string {
  if (r.unit === 'ratio') {
    const v = r.value;
    if (v === null) return formatPercent(v);
    // A value just off its meta is never printed as the meta itself (79,996 % is not «80,0 % ✗»).
    return formatPercent(v, decimalsApart(v, r.meta?.value, v > 0 && v < 0.01 ? 2 : 1, formatPercent));
  }
  if (r.unit === 'seconds') return `${formatDecimal(r.value, 0)} s`;
  return `${formatDecimal(r.value, 1)} días hábiles`;
}

/**
 * The meta of an indicator (`≥ 100 %`).
 *
 * @example
 * ```ts
 * metaText({ meta: { operator: '>=', value: 0.8 }, unit: 'ratio' }); //=> '≥ 80 %'
 * ```
 */
export function metaText(r: Pick<IndicatorResult, 'meta' | 'unit'>): string {
  const op = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' }[r.meta.operator];
  const v =
    r.unit === 'ratio'
      ? `${String(Math.round(r.meta.value * 10000) / 100).replace('.', ',')} %`
      : formatDecimal(r.meta.value, 1);
  return `${op} ${v}`;
}

/**
 * `cumple`, `no cumple` or `sin datos`.
 *
 * @example
 * ```ts
 * compliesText(false); //=> 'no cumple'
 * ```
 */
export function compliesText(complies: boolean | null): string {
  return complies === null ? 'sin datos' : complies ? 'cumple' : 'no cumple';
}

/**
 * A compact cell: value and a mark (`✓` meets the meta, `✗` misses it).
 *
 * @example
 * ```ts
 * indicatorCell({ value: 0.5, unit: 'ratio', complies: false }); //=> '50,0 % ✗'
 * ```
 */
export function indicatorCell(
  r:
    | (Pick<IndicatorResult, 'value' | 'unit' | 'complies'> & { readonly meta?: IndicatorResult['meta'] })
    | undefined,
): string {
  if (r === undefined) return '—';
  if (r.value === null) return '—';
  return `${indicatorValue(r)} ${r.complies ? '✓' : '✗'}`;
}
