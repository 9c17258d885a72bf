/**
 * The rows of the report's tables, as plain (unescaped) cells, shared by the terminal, Markdown and
 * HTML renderers: each renderer picks its headers, escapes and lays out, but the figures of a row are
 * computed in one place.
 *
 * @module
 */

import { type IndicatorResult, UNKNOWN_ANSWER_LABELS } from '../../indicators/index.js';
import type { DisagreementCause } from '../../testing/index.js';
import type { AuditReport } from '../audit.js';
import { formatInt } from '../format.js';
import { compliesText, indicatorCell, indicatorValue, metaText, STATE_LABELS } from './labels.js';

type Row = string[];

/** The indicator of that id among `indicators`, if computed. */
export function byId(indicators: readonly IndicatorResult[], id: string): IndicatorResult | undefined {
  return indicators.find((i) => i.id === id);
}

/**
 * States with at least one request: `[label, count]` (a renderer may add cells), then the requests
 * whose answer no date tells (respondidas sin fecha, sin dato de respuesta), when there are any.
 */
export function stateRows(report: AuditReport): [state: string, count: number][] {
  const rows: [string, number][] = Object.entries(report.states)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => [STATE_LABELS[s as keyof typeof STATE_LABELS], n]);
  const u = report.unknownAnswer;
  if (u.respondida_sin_fecha > 0)
    rows.push([UNKNOWN_ANSWER_LABELS.respondida_sin_fecha, u.respondida_sin_fecha]);
  if (u.sin_dato_respuesta > 0) rows.push([UNKNOWN_ANSWER_LABELS.sin_dato_respuesta, u.sin_dato_respuesta]);
  return rows;
}

/** Rows with warnings (listed ones): line, radicado, the warnings joined by `; `. */
export function warningRows(report: AuditReport): Row[] {
  return report.warningRows.map((r) => [String(r.line), r.radicado ?? '', r.warnings.join('; ')]);
}

/** `, con avisos N (M avisos)` for the row counts, or '' when no row has warnings. */
export function warnedText(report: AuditReport, sep: string): string {
  const r = report.rows;
  return r.warned === 0 ? '' : `${sep}con avisos ${formatInt(r.warned)} (${formatInt(r.warnings)} avisos)`;
}

/** Semáforo by seccional: seccional, verde, amarillo, rojo, vencidas, abiertas, total. */
export function semaforoRows(report: AuditReport): Row[] {
  return report.semaforo.map((r) => [
    r.seccional,
    formatInt(r.bySemaforo.verde),
    formatInt(r.bySemaforo.amarillo),
    formatInt(r.bySemaforo.rojo),
    formatInt(r.overdue),
    formatInt(r.open),
    formatInt(r.total),
  ]);
}

/** Entity indicators: name, [formula,] numerator, denominator, value, meta, result. */
export function indicatorRows(indicators: readonly IndicatorResult[], withFormula: boolean): Row[] {
  return indicators.map((r) => [
    r.name,
    ...(withFormula ? [r.formula] : []),
    formatInt(r.numerator),
    formatInt(r.denominator),
    indicatorValue(r),
    metaText(r),
    compliesText(r.complies),
  ]);
}

/** Indicators by seccional and period: period, seccional, received, one cell per column id. */
export function seccionalIndicatorRows(
  report: AuditReport,
  columns: readonly (readonly [id: string, header: string])[],
): Row[] {
  return report.indicators.bySeccional.map((s) => [
    s.period.key,
    s.group.seccional ?? '',
    formatInt(s.received),
    ...columns.map(([id]) => indicatorCell(byId(s.indicators, id))),
  ]);
}

/** Oportunidad by month of answer (months with answers): month, answered, on time, oportunidad. */
export function monthRows(report: AuditReport): Row[] {
  return report.indicators.byMonth
    .filter((m) => m.answered > 0)
    .map((m) => [
      m.period.key,
      formatInt(m.answered),
      formatInt(m.answeredOnTime),
      indicatorCell(byId(m.indicators, 'oportunidad')),
    ]);
}

/** Disagreements by seccional (sorted) and cause: seccional, one count per cause. */
export function causeRows(report: AuditReport, causes: readonly DisagreementCause[]): Row[] {
  return Object.entries(report.disagreements.bySeccional)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([sec, row]) => [sec, ...causes.map((k) => formatInt(row[k] ?? 0))]);
}
