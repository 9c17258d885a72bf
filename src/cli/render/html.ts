/**
 * The audit report as one self-contained HTML file (`--formato html`): inline CSS and inline SVG
 * charts (semáforo by seccional, oportunidad by month, indicators against their metas), no scripts,
 * no external assets (a Content-Security-Policy forbids loading any), every value escaped.
 *
 * @module
 */

import type { IndicatorResult } from '../../indicators/index.js';
import { DISAGREEMENT_CAUSES } from '../../testing/index.js';
import type { AuditReport } from '../audit.js';
import { formatDecimal, formatInt, formatPercent } from '../format.js';
import { lifecycleSection } from './html-lifecycle.js';
import { CAUSE_LABELS, indicatorValue, metaText, SEVERITY_LABELS } from './labels.js';
import { mappingLines, mappingTitle, outOfScopeLines, rowsEquation } from './mapping.js';
import {
  causeRows,
  indicatorRows,
  seccionalIndicatorRows,
  semaforoRows,
  stateRows,
  warningRows,
} from './rows.js';
import { columnChart, escapeHtml, metaBars, stackedBars } from './svg.js';
import { INDICATOR_COLUMNS } from './tabla.js';

const e = escapeHtml;

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const th = headers.map((h, i) => `<th${numeric.includes(i) ? ' class="n"' : ''}>${e(h)}</th>`).join('');
  const trs = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${e(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:2px solid #1565c0;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.88rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef3fb}td.n,th.n{text-align:right}.critica{color:#b71c1c}.advertencia{color:#e65100}.info{color:#1565c0}
.kpi{display:inline-block;margin:.3rem 1rem .3rem 0;padding:.5rem .8rem;border:1px solid #ccc;border-radius:6px}
.kpi b{display:block;font-size:1.3rem}svg{max-width:100%;height:auto;margin:.5rem 0}footer{margin-top:3rem;font-size:.8rem;color:#666}
`;

function latestBySeccional(report: AuditReport, id: string): { label: string; r: IndicatorResult }[] {
  const latest = new Map<string, IndicatorResult>();
  for (const g of report.indicators.bySeccional) {
    const r = g.indicators.find((i) => i.id === id);
    if (r === undefined) continue;
    const key = g.group.seccional ?? '';
    const prev = latest.get(key);
    if (prev === undefined || r.period.from > prev.period.from) latest.set(key, r);
  }
  return [...latest.entries()].map(([label, r]) => ({ label, r }));
}

/**
 * Renders the report as a self-contained HTML document.
 *
 * @example
 * ```ts no-run
 * writeFileSync('auditoria.html', renderHtml(report));
 * ```
 */
export function renderHtml(report: AuditReport): string {
  const src = report.source;
  const title = `Auditoría de PQRSD al ${report.asOf}`;
  let body = `<h1>${e(title)}</h1>\n`;
  body += `<p>Archivo <code>${e(src.name)}</code> (${e(src.format)}${src.sheet === undefined ? '' : `, hoja «${e(src.sheet)}»`}${src.encoding ? `, ${e(src.encoding)}` : ''}).</p>\n`;
  const total = report.indicators.total.flatMap((g) => g.indicators);
  const oportunidad = total.find((i) => i.id === 'oportunidad');
  body += `<div>`;
  body += `<span class="kpi">Registros<b>${formatInt(report.rows.total)}</b></span>`;
  body += `<span class="kpi">Inválidos<b>${formatInt(report.rows.invalid)}</b></span>`;
  if (report.rows.warned > 0)
    body += `<span class="kpi">Con avisos<b>${formatInt(report.rows.warned)}</b></span>`;
  body += `<span class="kpi">Vencidas sin respuesta<b>${formatInt(report.overdue)}</b></span>`;
  if (oportunidad) body += `<span class="kpi">Oportunidad<b>${e(indicatorValue(oportunidad))}</b></span>`;
  body += `<span class="kpi">Discrepancias de vencimiento<b>${formatInt(report.disagreements.count)}</b></span>`;
  body += `</div>\n`;
  body += `<p>${e(rowsEquation(report.rows))}.</p>\n`;
  for (const n of src.notices) body += `<p>Aviso: ${e(n)}</p>\n`;
  if (report.mapping !== undefined) {
    body += `<details open><summary>${e(mappingTitle(report.mapping))}</summary><ul>`;
    for (const line of mappingLines(report.mapping)) body += `<li>${e(line)}</li>`;
    body += '</ul></details>\n';
  }

  body += '<h2>Semáforo de las solicitudes abiertas por seccional</h2>\n';
  body += stackedBars(
    report.semaforo.map((r) => ({
      label: r.seccional,
      values: [r.bySemaforo.verde, r.bySemaforo.amarillo, r.bySemaforo.rojo, r.overdue],
    })),
    [
      { name: 'verde', color: '#2e7d32' },
      { name: 'amarillo', color: '#f9a825' },
      { name: 'rojo (vence hoy)', color: '#e53935' },
      { name: 'vencidas', color: '#6d1b1b' },
    ],
    'Solicitudes abiertas al corte, por seccional',
  );
  body += table(
    ['Seccional', 'Verde', 'Amarillo', 'Rojo (vence hoy)', 'Vencidas', 'Abiertas', 'Total'],
    semaforoRows(report),
    [1, 2, 3, 4, 5, 6],
  );

  body += '<h2>Estado de las solicitudes al corte</h2>\n';
  body += table(
    ['Estado', 'Solicitudes'],
    stateRows(report).map(([label, n]) => [label, formatInt(n)]),
    [1],
  );

  body += '<h2>Oportunidad por mes de respuesta</h2>\n';
  const months = report.indicators.byMonth.filter((m) => m.answered > 0);
  const monthly = months.map((m) => m.indicators.find((i) => i.id === 'oportunidad'));
  const meta = monthly.find((r) => r !== undefined)?.meta.value ?? null;
  body += columnChart(
    months.map((m, i) => ({ label: m.period.key, value: monthly[i]?.value ?? null })),
    meta,
    'Respondidas dentro del término legal / respondidas, por mes de respuesta',
  );

  body += '<h2>Indicadores frente a su meta</h2>\n';
  body += table(
    ['Indicador', 'Fórmula', 'Numerador', 'Denominador', 'Valor', 'Meta', 'Resultado'],
    indicatorRows(total, true),
    [2, 3, 4],
  );
  for (const [id] of INDICATOR_COLUMNS) {
    const bars = latestBySeccional(report, id);
    const entity = total.find((i) => i.id === id);
    if (bars.length === 0 || entity === undefined || entity.unit !== 'ratio') continue;
    const period = bars[0]!.r.period.key;
    body += metaBars(
      [
        {
          label: 'Entidad (todo el período)',
          value: entity.value,
          meta: entity.meta.value,
          complies: entity.complies,
        },
        ...bars.map(({ label, r }) => ({ label, value: r.value, meta: r.meta.value, complies: r.complies })),
      ],
      `${entity.name} (meta ${metaText(entity)}; seccionales: último período ${period})`,
    );
  }
  const g = report.indicators.total[0];
  if (g !== undefined && g.responseTime.count > 0) {
    body += `<p>Tiempo de respuesta: media ${formatDecimal(g.responseTime.mean)} y mediana ${formatDecimal(g.responseTime.median)} días hábiles. Traslados ${formatInt(g.traslados)}; desistimientos ${formatInt(g.desistimientos.tacito + g.desistimientos.expreso)}; documentos aceptados por no respuesta ${formatInt(g.documentosAceptados)}; silencio administrativo positivo ${formatInt(g.silencioPositivo)}.</p>\n`;
  }

  body += '<h2>Indicadores por seccional y período</h2>\n';
  body += table(
    ['Período', 'Seccional', 'Recibidas', ...INDICATOR_COLUMNS.map(([, h]) => h)],
    seccionalIndicatorRows(report, INDICATOR_COLUMNS),
    [2, 3, 4, 5, 6],
  );

  body += `<h2>Alertas (${report.alerts.length})</h2>\n<ul>\n`;
  for (const a of report.alerts) {
    const recs =
      a.records.length > 0
        ? ` <small>${e(a.records.slice(0, 30).join(', '))}${a.count > 30 ? ' …' : ''}</small>`
        : '';
    body += `<li class="${e(a.severity)}"><b>${e(SEVERITY_LABELS[a.severity])}</b>: ${e(a.title)}. ${e(a.reason)}${recs}</li>\n`;
  }
  body += '</ul>\n';

  body += lifecycleSection(report.lifecycle);

  const d = report.disagreements;
  body += '<h2>Vencimiento del sistema de la entidad frente al legal</h2>\n';
  if (d.compared === 0) body += '<p>El archivo no trae <code>fecha_vencimiento</code>.</p>\n';
  else {
    body += `<p>Comparadas ${formatInt(d.compared)}; discrepancias ${formatInt(d.count)} (${e(formatPercent(d.count / d.compared))}); con más plazo que la ley ${formatInt(d.late)}.</p>\n`;
    const causes = DISAGREEMENT_CAUSES.filter((k) => d.byCause[k] > 0);
    if (causes.length > 0) {
      body += table(
        ['Seccional', ...causes.map((k) => CAUSE_LABELS[k])],
        causeRows(report, causes),
        causes.map((_, i) => i + 1),
      );
      body += table(
        [
          'Fila',
          'Radicado',
          'Seccional',
          'Tipo',
          'Radicación',
          'Sistema',
          'Legal',
          'Dif.',
          'Causa probable',
          'Detalle',
          'Regla',
        ],
        d.items.map((i) => [
          String(i.line),
          i.id ?? '',
          i.seccional ?? '',
          i.type,
          i.receivedDate,
          i.entityDueDate,
          i.legalDueDate ?? '—',
          i.differenceBusinessDays === null ? '' : String(i.differenceBusinessDays),
          CAUSE_LABELS[i.cause],
          i.causeDetail,
          i.citation,
        ]),
        [0, 7],
      );
      if (d.count > d.items.length)
        body += `<p>… y ${formatInt(d.count - d.items.length)} discrepancias más.</p>\n`;
    }
  }

  if (report.rows.warned > 0) {
    body += `<h2>Filas con avisos (${formatInt(report.rows.warned)}): se auditan sin el dato</h2>\n`;
    body += table(['Fila', 'Radicado', 'Aviso'], warningRows(report), [0]);
    if (report.rows.warned > report.warningRows.length)
      body += `<p>… y ${formatInt(report.rows.warned - report.warningRows.length)} más.</p>\n`;
  }
  if (report.rows.outOfScope > 0) {
    body += `<h2>Fuera del alcance (${formatInt(report.rows.outOfScope)})</h2>\n<p>No son PQRSD: no se auditan.</p>\n<ul>`;
    for (const line of outOfScopeLines(report.outOfScope)) body += `<li>${e(line)}</li>`;
    body += '</ul>\n';
  }

  body += `<h2>Filas inválidas (${formatInt(report.rows.invalid)})</h2>\n`;
  if (report.invalidRows.length === 0) body += '<p>Ninguna.</p>\n';
  else {
    body += table(
      ['Fila', 'Radicado', 'Motivo'],
      report.invalidRows.map((r) => [String(r.line), r.radicado ?? '', r.reasons.join('; ')]),
      [0],
    );
    if (report.rows.invalid > report.invalidRows.length) {
      body += `<p>… y ${formatInt(report.rows.invalid - report.invalidRows.length)} más.</p>\n`;
    }
  }
  body += `<footer>Generado por pqrsd. Términos: Ley 1437 de 2011 (sustituida por Ley 1755 de 2015), Ley 142 de 1994, Ley 1581 de 2012, Ley 1480 de 2011; días hábiles según Ley 4 de 1913 art. 62.</footer>\n`;
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}</body>
</html>
`;
}
