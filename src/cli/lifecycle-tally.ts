/**
 * What happened after the answer, over the audited rows: the count by stage of the decision, by state
 * of the notification (CPACA arts. 56, 67-69, 72) and the notification and recurso alerts of the
 * engine (CPACA arts. 74-87; Ley 142 de 1994 arts. 154-159; Decreto 2150 de 1995 art. 123). Reported
 * only when some row has notification-chain or recurso data, so that a registry without those columns
 * reports nothing new.
 *
 * @module
 */

import type { NotificationState, RequestStatus, StatusAlert } from '../deadlines/index.js';
import type { LifecycleStage } from '../domain.js';

/** One notification or recurso alert of the engine, over the rows. */
export interface LifecycleAlertCount {
  readonly code: string;
  readonly severity: StatusAlert['severity'];
  /** Rows with the alert. */
  readonly count: number;
  /** Their radicados (or line numbers), up to the cap. */
  readonly records: readonly string[];
}

/** The part of the audit after the answer (absent when no row has such data). */
export interface AuditLifecycle {
  /** Rows with notification-chain or recurso data (the counts cover every audited row). */
  readonly rows: number;
  readonly byStage: Readonly<Partial<Record<LifecycleStage, number>>>;
  readonly byNotification: Readonly<Partial<Record<NotificationState, number>>>;
  /** The alerts, most severe first, then by code. */
  readonly alerts: readonly LifecycleAlertCount[];
}

/** The engine's alert codes of the notification and the recursos. */
const CODES: ReadonlySet<string> = new Set([
  'NOTIFICACION_PENDIENTE',
  'NOTIFICACION_SURTE_HOY',
  'CITACION_VENCIDA',
  'AVISO_PENDIENTE',
  'RECURSO_EXTEMPORANEO',
  'RECURSO_POR_VENCER',
  'RECURSO_VENCIDO',
  'RECURSO_SIN_DECISION_PREVIA',
  'APELACION_SIN_REPOSICION',
  'ENVIO_SSPD_PENDIENTE',
  'ENVIO_SSPD_VENCIDO',
  'APELACION_VENCIDA',
  'SAP_RECONOCIMIENTO_PENDIENTE',
  'SAP_RECONOCIMIENTO_VENCIDO',
  'SAP_RECONOCIMIENTO_TARDIO',
]);

const SEVERITY_RANK: Readonly<Record<string, number>> = { critica: 0, advertencia: 1, info: 2 };

/** Whether a row's status carries notification-chain or recurso data. */
export function hasLifecycleData(s: RequestStatus): boolean {
  if (s.notification?.tracked === true) return true;
  const r = s.recurso;
  return (
    r != null &&
    (r.filedOn !== null || r.decidedOn !== null || r.sentToSspdOn !== null || r.appealDecidedOn !== null)
  );
}

/** Plain, mergeable counts (a worker hands them over with its part). */
export interface LifecycleTallyData {
  rows: number;
  byStage: Record<string, number>;
  byNotification: Record<string, number>;
  alerts: Record<string, { severity: StatusAlert['severity']; count: number; records: string[] }>;
}

/** An empty tally. */
export function emptyLifecycleTally(): LifecycleTallyData {
  return { rows: 0, byStage: {}, byNotification: {}, alerts: {} };
}

function slotOf(t: LifecycleTallyData, code: string, severity: StatusAlert['severity']) {
  let slot = t.alerts[code];
  if (slot === undefined) {
    slot = { severity, count: 0, records: [] };
    t.alerts[code] = slot;
  }
  return slot;
}

/**
 * Counts one row: every row counts in the stages, states and alerts (once the registry has such data
 * they describe all of it); `rows` counts the rows with such data, and decides whether there is a part.
 */
export function tallyLifecycle(t: LifecycleTallyData, s: RequestStatus, label: string, max: number): void {
  if (hasLifecycleData(s)) t.rows++;
  if (s.stage != null) t.byStage[s.stage] = (t.byStage[s.stage] ?? 0) + 1;
  const n = s.notification;
  if (n != null) t.byNotification[n.state] = (t.byNotification[n.state] ?? 0) + 1;
  for (const a of s.alerts) {
    if (!CODES.has(a.code)) continue;
    const slot = slotOf(t, a.code, a.severity);
    slot.count++;
    if (slot.records.length < max) slot.records.push(label);
  }
}

/** Adds `from` into `into` (records capped at `max`). */
export function mergeLifecycleTally(into: LifecycleTallyData, from: LifecycleTallyData, max: number): void {
  into.rows += from.rows;
  for (const [k, v] of Object.entries(from.byStage)) into.byStage[k] = (into.byStage[k] ?? 0) + v;
  for (const [k, v] of Object.entries(from.byNotification))
    into.byNotification[k] = (into.byNotification[k] ?? 0) + v;
  for (const [code, a] of Object.entries(from.alerts)) {
    const slot = slotOf(into, code, a.severity);
    slot.count += a.count;
    for (const r of a.records) if (slot.records.length < max) slot.records.push(r);
  }
}

/** The report part, or `undefined` when no row had such data. */
export function lifecycleResult(t: LifecycleTallyData): AuditLifecycle | undefined {
  if (t.rows === 0) return undefined;
  const alerts = Object.entries(t.alerts)
    .map(([code, a]) => ({ code, severity: a.severity, count: a.count, records: [...a.records].sort() }))
    .sort(
      (a, b) =>
        (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3) || (a.code < b.code ? -1 : 1),
    );
  return { rows: t.rows, byStage: t.byStage, byNotification: t.byNotification, alerts };
}
