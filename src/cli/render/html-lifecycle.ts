/**
 * The «Después de la respuesta» section of the HTML report: the audited rows with notification-chain
 * or recurso data by stage of the decision and by state of the notification, and the notification and
 * recurso alerts. Empty (no section at all) when no row has such data.
 *
 * @module
 */

import { LIFECYCLE_STAGES } from '../../domain.js';
import { formatInt } from '../format.js';
import type { AuditLifecycle } from '../lifecycle-tally.js';
import { SEVERITY_LABELS } from './labels.js';
import { escapeHtml as e } from './svg.js';

/** The stages of the decision as people say them (CPACA arts. 67-87; Ley 142 arts. 154-159). */
const STAGE_LABELS = {
  decidida: 'Decidida, sin notificar',
  notificada: 'Notificada (término para recurrir abierto)',
  recurso_interpuesto: 'Recurso interpuesto',
  reposicion_decidida: 'Reposición decidida',
  apelacion_enviada: 'Apelación enviada a la Superintendencia',
  apelacion_decidida: 'Apelación decidida, notificación pendiente',
  firme: 'En firme (CPACA art. 87)',
} as const;

/** The states of the notification (CPACA arts. 56, 67-69, 72). */
const NOTIFICATION_LABELS = [
  ['pendiente', 'Pendiente de notificar'],
  ['citada', 'Citada (CPACA art. 68)'],
  ['en_aviso', 'Aviso enviado (CPACA art. 69)'],
  ['surtida', 'Notificación surtida'],
] as const;

/** The alert codes as people say them. */
const ALERT_LABELS: Readonly<Record<string, string>> = {
  NOTIFICACION_PENDIENTE: 'Respuesta sin notificar',
  NOTIFICACION_SURTE_HOY: 'La notificación surte efectos hoy',
  CITACION_VENCIDA: 'Citación no enviada a tiempo (CPACA art. 68)',
  AVISO_PENDIENTE: 'Aviso pendiente (CPACA art. 69)',
  RECURSO_EXTEMPORANEO: 'Recurso extemporáneo (CPACA art. 78)',
  RECURSO_POR_VENCER: 'Recurso por decidir, término por vencer',
  RECURSO_VENCIDO: 'Recurso sin decidir con el término vencido',
  RECURSO_SIN_DECISION_PREVIA: 'Recurso sin respuesta registrada que recurrir',
  APELACION_SIN_REPOSICION: 'Apelación sin reposición (Ley 142 art. 159)',
  ENVIO_SSPD_PENDIENTE: 'Apelación por enviar a la Superintendencia (Ley 142 art. 159)',
  ENVIO_SSPD_VENCIDO: 'Apelación no enviada a tiempo a la Superintendencia (Ley 142 art. 159)',
  APELACION_VENCIDA: 'Apelación sin decidir con el término vencido (CPACA art. 86)',
  SAP_RECONOCIMIENTO_PENDIENTE: 'Silencio positivo por reconocer (Decreto 2150 art. 123)',
  SAP_RECONOCIMIENTO_VENCIDO: 'Silencio positivo no reconocido en 72 horas (Decreto 2150 art. 123)',
  SAP_RECONOCIMIENTO_TARDIO: 'Silencio positivo reconocido tarde (Decreto 2150 art. 123)',
};

function countTable(title: string, rows: readonly (readonly [string, number])[]): string {
  const trs = rows.map(([label, n]) => `<tr><td>${e(label)}</td><td class="n">${formatInt(n)}</td></tr>`);
  return `<table><thead><tr><th>${e(title)}</th><th class="n">Solicitudes</th></tr></thead><tbody>\n${trs.join('\n')}\n</tbody></table>`;
}

/** The section, or `''` without such data. */
export function lifecycleSection(l: AuditLifecycle | undefined): string {
  if (l === undefined) return '';
  let out = '<h2>Después de la respuesta</h2>\n';
  out += `<p>Solicitudes con datos de notificación o de recursos: ${formatInt(l.rows)}.</p>\n`;
  const stages = LIFECYCLE_STAGES.filter((s) => (l.byStage[s] ?? 0) > 0);
  if (stages.length > 0)
    out += countTable(
      'Etapa de la decisión',
      stages.map((s) => [STAGE_LABELS[s], l.byStage[s] ?? 0]),
    );
  const states = NOTIFICATION_LABELS.filter(([s]) => (l.byNotification[s] ?? 0) > 0);
  if (states.length > 0)
    out += countTable(
      'Notificación de la respuesta',
      states.map(([s, label]) => [label, l.byNotification[s] ?? 0]),
    );
  out += `<h3>Alertas de notificación y recursos (${formatInt(l.alerts.length)})</h3>\n`;
  if (l.alerts.length === 0) return `${out}<p>Ninguna.</p>\n`;
  out += '<ul>\n';
  for (const a of l.alerts) {
    const recs =
      a.records.length > 0
        ? ` <small>${e(a.records.slice(0, 30).join(', '))}${a.count > 30 ? ' …' : ''}</small>`
        : '';
    out += `<li class="${e(a.severity)}"><b>${e(SEVERITY_LABELS[a.severity])}</b>: ${e(ALERT_LABELS[a.code] ?? a.code)} (${formatInt(a.count)}).${recs}</li>\n`;
  }
  return `${out}</ul>\n`;
}
