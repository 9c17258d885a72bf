/**
 * The audit report as plain text for a terminal (`--formato tabla`, the default).
 *
 * @module
 */

import { DISAGREEMENT_CAUSES } from '../../testing/index.js';
import type { AuditReport } from '../audit.js';
import { formatDecimal, formatInt, formatPercent, textTable, visibleControls } from '../format.js';
import { CAUSE_LABELS, metaText, SEVERITY_LABELS } from './labels.js';
import { mappingLines, mappingTitle, outOfScopeLines, rowsEquation } from './mapping.js';
import {
  causeRows,
  indicatorRows,
  monthRows,
  seccionalIndicatorRows,
  semaforoRows,
  stateRows,
  warnedText,
} from './rows.js';

/** How many items of each list the terminal report shows (the JSON report has them all). */
const SHOWN = 15;

/**
 * The indicator ids shown as columns, in order, with short Spanish headers.
 *
 * @example
 * ```ts
 * INDICATOR_COLUMNS[0]; //=> ['oportunidad', 'oportunidad']
 * ```
 */
export const INDICATOR_COLUMNS = [
  ['oportunidad', 'oportunidad'],
  ['pendientes_vencidas', 'pend. vencidas'],
  ['pqrsd_a_favor_usuario', 'a favor usuario'],
  ['satisfaccion_cliente', 'satisfacción'],
] as const;

function section(title: string): string {
  return `\n${title}\n${'═'.repeat(title.length)}\n`;
}

/**
 * Renders the report as terminal text.
 *
 * @example
 * ```ts no-run
 * process.stdout.write(renderTabla(report));
 * ```
 */
export function renderTabla(report: AuditReport): string {
  const src = report.source;
  let out = `Auditoría de PQRSD · corte ${report.asOf}\n`;
  const read = [src.format.toUpperCase()];
  if (src.sheet !== undefined) read.push(`hoja «${src.sheet}»`);
  if (src.encoding) read.push(`codificación ${src.encoding}${src.bom ? ' (con BOM)' : ''}`);
  if (src.separator) read.push(`separador «${src.separator === '\t' ? 'tab' : src.separator}»`);
  out += `Archivo: ${src.name} (${read.join(', ')})\n`;
  out += `Registros: ${formatInt(report.rows.total)} · válidos ${formatInt(report.rows.valid)} · inválidos ${formatInt(report.rows.invalid)}${warnedText(report, ' · ')}\n`;
  out += `${rowsEquation(report.rows)}\n`;
  if (report.mapping !== undefined) {
    out += `${mappingTitle(report.mapping)}:\n`;
    for (const line of mappingLines(report.mapping)) out += `  ${line}\n`;
  }
  for (const n of src.notices) out += `Aviso: ${n}\n`;
  if (src.ignoredColumns.length > 0) out += `Columnas no usadas: ${src.ignoredColumns.join(', ')}\n`;

  out += section('Estado de las solicitudes al corte');
  out += textTable(
    ['estado', 'solicitudes', '%'],
    stateRows(report).map(([label, n]) => [
      label,
      formatInt(n),
      formatPercent(report.rows.valid === 0 ? null : n / report.rows.valid),
    ]),
    ['l', 'r', 'r'],
  );

  out += section('Semáforo de las solicitudes abiertas, por seccional');
  out += textTable(
    ['seccional', 'verde', 'amarillo', 'rojo', 'de ellas vencidas', 'abiertas', 'total'],
    semaforoRows(report),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );

  const total = report.indicators.total.flatMap((g) => g.indicators);
  out += section('Indicadores de la entidad');
  out += textTable(
    ['indicador', 'numerador', 'denominador', 'valor', 'meta', 'resultado'],
    indicatorRows(total, false),
    ['l', 'r', 'r', 'r', 'l', 'l'],
  );
  for (const r of total) if (r.note) out += `  nota (${r.name}): ${r.note}\n`;
  const g = report.indicators.total[0];
  if (g !== undefined && g.responseTime.count > 0) {
    out += `Tiempo de respuesta: media ${formatDecimal(g.responseTime.mean)} · mediana ${formatDecimal(g.responseTime.median)} días hábiles (${formatInt(g.responseTime.count)} respuestas)\n`;
    out += `Traslados ${formatInt(g.traslados)} · desistimientos ${formatInt(g.desistimientos.tacito + g.desistimientos.expreso)} · documentos aceptados por no respuesta ${formatInt(g.documentosAceptados)} · silencio positivo ${formatInt(g.silencioPositivo)}\n`;
  }

  const periodName = {
    month: 'mes',
    quarter: 'trimestre',
    semester: 'semestre',
    year: 'año',
    total: 'total',
  }[report.indicators.period];
  const columns = INDICATOR_COLUMNS.filter(([id]) =>
    report.indicators.bySeccional.some((s) => s.indicators.some((i) => i.id === id)),
  );
  out += section(`Indicadores por seccional y ${periodName} (✓ cumple la meta, ✗ no cumple)`);
  out += textTable(
    ['período', 'seccional', 'recibidas', ...columns.map(([, h]) => h)],
    seccionalIndicatorRows(report, columns),
    ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
  );
  const metas = columns.map(([id, h]) => {
    const r = report.indicators.bySeccional.flatMap((s) => s.indicators).find((i) => i.id === id);
    return r === undefined ? '' : `${h} ${metaText(r)}`;
  });
  out += `Metas: ${metas.filter(Boolean).join(' · ')}\n`;

  out += section('Oportunidad por mes de respuesta');
  out += textTable(['mes', 'respondidas', 'a tiempo', 'oportunidad'], monthRows(report), [
    'l',
    'r',
    'r',
    'r',
  ]);

  out += section(`Alertas (${report.alerts.length})`);
  if (report.alerts.length === 0) out += 'Sin alertas.\n';
  for (const a of report.alerts.slice(0, SHOWN * 2)) {
    out += `[${SEVERITY_LABELS[a.severity]}] ${a.title}\n`;
    if (a.records.length > 0) {
      const more = a.count > 8 ? ` … (${formatInt(a.count)} en total)` : '';
      out += `    ${a.records.slice(0, 8).join(', ')}${more}\n`;
    }
  }
  if (report.alerts.length > SHOWN * 2)
    out += `… y ${report.alerts.length - SHOWN * 2} alertas más (vea --formato json)\n`;

  const d = report.disagreements;
  out += section('Vencimiento del sistema de la entidad frente al legal');
  if (d.compared === 0) {
    out += 'El archivo no trae fecha_vencimiento: nada que comparar.\n';
  } else {
    out += `Comparadas ${formatInt(d.compared)} · discrepancias ${formatInt(d.count)} (${formatPercent(d.count / d.compared)}) · con más plazo que la ley ${formatInt(d.late)}\n`;
    const causes = DISAGREEMENT_CAUSES.filter((c) => d.byCause[c] > 0);
    if (causes.length > 0) {
      out += textTable(['seccional', ...causes.map((c) => CAUSE_LABELS[c])], causeRows(report, causes), [
        'l',
        ...causes.map(() => 'r' as const),
      ]);
      out += '\n';
      out += textTable(
        ['fila', 'radicado', 'tipo', 'radicación', 'sistema', 'legal', 'dif.', 'causa probable'],
        d.items
          .slice(0, SHOWN)
          .map((i) => [
            String(i.line),
            i.id ?? '',
            i.type,
            i.receivedDate,
            i.entityDueDate,
            i.legalDueDate ?? '—',
            i.differenceBusinessDays === null ? '' : String(i.differenceBusinessDays),
            CAUSE_LABELS[i.cause],
          ]),
        ['r', 'l', 'l', 'l', 'l', 'l', 'r', 'l'],
      );
      const first = d.items[0];
      if (first !== undefined)
        out += `Ejemplo (fila ${first.line}): ${first.causeDetail}. Regla ${first.citation}.\n`;
      if (d.count > SHOWN)
        out += `… y ${formatInt(d.count - SHOWN)} discrepancias más (vea --formato json, md o html)\n`;
    }
  }

  if (report.rows.warned > 0) {
    out += section(`Filas con avisos (${formatInt(report.rows.warned)}): se auditan sin el dato`);
    for (const r of report.warningRows.slice(0, SHOWN))
      out += `fila ${r.line}${r.radicado && r.radicado !== `fila ${r.line}` ? ` (${r.radicado})` : ''}: ${r.warnings.join('; ')}\n`;
    if (report.rows.warned > SHOWN)
      out += `… y ${formatInt(report.rows.warned - SHOWN)} más (vea --formato json)\n`;
  }
  if (report.rows.outOfScope > 0) {
    out += section(`Fuera del alcance (${formatInt(report.rows.outOfScope)}): no son PQRSD, no se auditan`);
    for (const line of outOfScopeLines(report.outOfScope)) out += `${line}\n`;
  }

  out += section(`Filas inválidas (${formatInt(report.rows.invalid)})`);
  if (report.rows.invalid === 0) out += 'Ninguna.\n';
  for (const r of report.invalidRows.slice(0, SHOWN)) {
    out += `fila ${r.line}${r.radicado ? ` (${r.radicado})` : ''}: ${r.reasons.join('; ')}\n`;
  }
  if (report.rows.invalid > SHOWN)
    out += `… y ${formatInt(report.rows.invalid - SHOWN)} más (vea --formato json)\n`;
  // Every cell, wherever it is shown: control and bidi characters made visible.
  return visibleControls(out);
}
