/**
 * The audit report as Markdown (`--formato md`), for an informe de control interno (Ley 1474 de 2011
 * art. 76: informe semestral de PQRSD).
 *
 * @module
 */

import { DISAGREEMENT_CAUSES } from '../../testing/index.js';
import type { AuditReport } from '../audit.js';
import { formatDecimal, formatInt, formatPercent, visibleControls } from '../format.js';
import { CAUSE_LABELS, SEVERITY_LABELS } from './labels.js';
import { mappingLines, mappingTitle, outOfScopeLines, rowsEquation } from './mapping.js';
import {
  causeRows,
  indicatorRows,
  monthRows,
  seccionalIndicatorRows,
  semaforoRows,
  stateRows,
  warnedText,
  warningRows,
} from './rows.js';
import { INDICATOR_COLUMNS } from './tabla.js';

/**
 * Escapes text for a Markdown table cell (pipes, line breaks, and characters that start markup).
 *
 * @example
 * ```ts
 * mdCell('a|b'); //=> 'a\\|b'
 * ```
 */
export function mdCell(text: string): string {
  return text.replace(/[\\|*_`[\]<>#]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');
}

/** Escapes, with {@link mdCell}, the cells of the given columns (the ones that carry free text). */
function escapeColumns(rows: readonly string[][], columns: readonly number[]): string[][] {
  return rows.map((r) => r.map((v, i) => (columns.includes(i) ? mdCell(v) : v)));
}

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const sep = headers.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return `${[headers, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
}

/**
 * Renders the report as Markdown.
 *
 * @example
 * ```ts no-run
 * writeFileSync('auditoria.md', renderMarkdown(report));
 * ```
 */
export function renderMarkdown(report: AuditReport): string {
  const c = mdCell;
  const src = report.source;
  let out = `# Auditoría de PQRSD al ${report.asOf}\n\n`;
  out += `- Archivo: \`${src.name.replaceAll('`', "'")}\` (${src.format}${src.sheet === undefined ? '' : `, hoja «${c(src.sheet)}»`}${src.encoding ? `, ${src.encoding}` : ''}${src.separator ? `, separador «${src.separator === '\t' ? 'tab' : src.separator}»` : ''})\n`;
  out += `- Registros: ${formatInt(report.rows.total)}; válidos ${formatInt(report.rows.valid)}; inválidos ${formatInt(report.rows.invalid)}${warnedText(report, '; ')}\n`;
  out += `- ${rowsEquation(report.rows)}\n`;
  for (const n of src.notices) out += `- Aviso: ${c(n)}\n`;
  if (report.mapping !== undefined) {
    out += `\n## ${mappingTitle(report.mapping)}\n\n`;
    for (const line of mappingLines(report.mapping)) out += `- ${c(line)}\n`;
  }

  out += '\n## Estado de las solicitudes al corte\n\n';
  out += table(
    ['Estado', 'Solicitudes'],
    stateRows(report).map(([label, n]) => [label, formatInt(n)]),
    [1],
  );

  out += '\n## Semáforo de las solicitudes abiertas por seccional\n\n';
  out += table(
    ['Seccional', 'Verde', 'Amarillo', 'Rojo', 'De ellas vencidas', 'Abiertas', 'Total'],
    escapeColumns(semaforoRows(report), [0]),
    [1, 2, 3, 4, 5, 6],
  );

  out += '\n## Indicadores de la entidad\n\n';
  const total = report.indicators.total.flatMap((g) => g.indicators);
  out += table(
    ['Indicador', 'Fórmula', 'Numerador', 'Denominador', 'Valor', 'Meta', 'Resultado'],
    escapeColumns(indicatorRows(total, true), [0, 1]),
    [2, 3, 4],
  );
  const g = report.indicators.total[0];
  if (g !== undefined && g.responseTime.count > 0) {
    out += `\nTiempo de respuesta: media ${formatDecimal(g.responseTime.mean)}, mediana ${formatDecimal(g.responseTime.median)} días hábiles.\n`;
  }

  out += '\n## Indicadores por seccional y período\n\n';
  out += table(
    ['Período', 'Seccional', 'Recibidas', ...INDICATOR_COLUMNS.map(([, h]) => h)],
    escapeColumns(seccionalIndicatorRows(report, INDICATOR_COLUMNS), [1]),
    [2, 3, 4, 5, 6],
  );

  out += '\n## Oportunidad por mes de respuesta\n\n';
  out += table(['Mes', 'Respondidas', 'A tiempo', 'Oportunidad'], monthRows(report), [1, 2, 3]);

  out += `\n## Alertas (${report.alerts.length})\n\n`;
  if (report.alerts.length === 0) out += 'Sin alertas.\n';
  for (const a of report.alerts) {
    out += `- **${SEVERITY_LABELS[a.severity]}**: ${c(a.title)}. ${c(a.reason)}`;
    if (a.records.length > 0)
      out += ` Radicados: ${a.records.slice(0, 20).map(c).join(', ')}${a.count > 20 ? ' …' : ''}`;
    out += '\n';
  }

  const d = report.disagreements;
  out += '\n## Vencimiento del sistema de la entidad frente al legal\n\n';
  if (d.compared === 0) out += 'El archivo no trae `fecha_vencimiento`.\n';
  else {
    out += `Comparadas ${formatInt(d.compared)}; discrepancias ${formatInt(d.count)} (${formatPercent(d.count / d.compared)}); con más plazo que la ley ${formatInt(d.late)}.\n\n`;
    const causes = DISAGREEMENT_CAUSES.filter((k) => d.byCause[k] > 0);
    if (causes.length > 0) {
      out += table(
        ['Seccional', ...causes.map((k) => CAUSE_LABELS[k])],
        escapeColumns(causeRows(report, causes), [0]),
        causes.map((_, i) => i + 1),
      );
      out += '\n';
      out += table(
        [
          'Fila',
          'Radicado',
          'Tipo',
          'Radicación',
          'Sistema',
          'Legal',
          'Dif. (días hábiles)',
          'Causa probable',
          'Detalle',
          'Regla',
        ],
        d.items.map((i) => [
          String(i.line),
          c(i.id ?? ''),
          c(i.type),
          i.receivedDate,
          i.entityDueDate,
          i.legalDueDate ?? '—',
          i.differenceBusinessDays === null ? '' : String(i.differenceBusinessDays),
          CAUSE_LABELS[i.cause],
          c(i.causeDetail),
          c(i.citation),
        ]),
        [0, 6],
      );
      if (d.count > d.items.length)
        out += `\n… y ${formatInt(d.count - d.items.length)} discrepancias más.\n`;
    }
  }

  if (report.rows.warned > 0) {
    out += `\n## Filas con avisos (${formatInt(report.rows.warned)}): se auditan sin el dato\n\n`;
    out += table(['Fila', 'Radicado', 'Aviso'], escapeColumns(warningRows(report), [1, 2]), [0]);
    if (report.rows.warned > report.warningRows.length)
      out += `\n… y ${formatInt(report.rows.warned - report.warningRows.length)} más.\n`;
  }
  if (report.rows.outOfScope > 0) {
    out += `\n## Fuera del alcance (${formatInt(report.rows.outOfScope)})\n\nNo son PQRSD: no se auditan.\n\n`;
    for (const line of outOfScopeLines(report.outOfScope)) out += `- ${c(line)}\n`;
  }

  out += `\n## Filas inválidas (${formatInt(report.rows.invalid)})\n\n`;
  if (report.invalidRows.length === 0) out += 'Ninguna.\n';
  else {
    out += table(
      ['Fila', 'Radicado', 'Motivo'],
      report.invalidRows.map((r) => [String(r.line), c(r.radicado ?? ''), c(r.reasons.join('; '))]),
      [0],
    );
    if (report.rows.invalid > report.invalidRows.length) {
      out += `\n… y ${formatInt(report.rows.invalid - report.invalidRows.length)} más.\n`;
    }
  }
  // Every cell, wherever it is shown: control and bidi characters made visible.
  return visibleControls(out);
}
