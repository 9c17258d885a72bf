/**
 * Small inline SVG charts for the HTML report: stacked horizontal bars, vertical bars with a meta
 * line, and bars against a meta. Plain strings, every text escaped, no scripts, no external assets.
 *
 * @module
 */

import { formatPercent } from '../format.js';

/**
 * Escapes text for HTML and SVG (content and attribute values).
 *
 * @example
 * ```ts
 * escapeHtml('<a href="x">'); //=> '&lt;a href=&quot;x&quot;&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * One series of a stacked bar chart.
 *
 * @example
 * ```ts
 * const s: StackSeries = { name: 'verde', color: '#2e7d32' };
 * ```
 */
export interface StackSeries {
  /** Legend text. */
  readonly name: string;
  /** Fill colour (CSS). */
  readonly color: string;
}

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * Horizontal stacked bars: one bar per row, one segment per series, with the total at the end.
 *
 * @example
 * ```ts
 * stackedBars([{ label: 'Norte', values: [3, 1] }], [{ name: 'verde', color: 'green' }, { name: 'rojo', color: 'red' }], 'Semáforo');
 * // '<svg …>…</svg>'
 * ```
 */
export function stackedBars(
  rows: readonly { readonly label: string; readonly values: readonly number[] }[],
  series: readonly StackSeries[],
  title: string,
): string {
  const labelW = 150;
  const barW = 420;
  const rowH = 24;
  const top = 28;
  const legendH = 24;
  const height = top + rows.length * rowH + legendH + 8;
  const width = labelW + barW + 70;
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  let body = '';
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    body += `<text x="${labelW - 6}" y="${y + 16}" text-anchor="end">${escapeHtml(r.label)}</text>`;
    let x = labelW;
    r.values.forEach((v, k) => {
      const w = (v / max) * barW;
      if (w > 0) {
        body += `<rect x="${num(x)}" y="${y + 4}" width="${num(w)}" height="${rowH - 8}" fill="${series[k]?.color ?? '#999'}"><title>${escapeHtml(`${r.label}: ${series[k]?.name ?? ''} ${v}`)}</title></rect>`;
      }
      x += w;
    });
    const total = r.values.reduce((a, b) => a + b, 0);
    body += `<text x="${num(x + 6)}" y="${y + 16}">${total}</text>`;
  });
  let lx = labelW;
  const ly = top + rows.length * rowH + 16;
  for (const s of series) {
    body += `<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${s.color}"/><text x="${lx + 16}" y="${ly}">${escapeHtml(s.name)}</text>`;
    lx += 24 + s.name.length * 7;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT}><title>${escapeHtml(title)}</title><text x="0" y="16" font-weight="bold">${escapeHtml(title)}</text>${body}</svg>`;
}

/**
 * Vertical bars of fractions (0 to 1) with a horizontal meta line; `null` values leave a gap.
 *
 * @example
 * ```ts
 * columnChart([{ label: '2026-10', value: 0.9 }], 1, 'Oportunidad por mes');
 * ```
 */
export function columnChart(
  points: readonly { readonly label: string; readonly value: number | null }[],
  meta: number | null,
  title: string,
): string {
  const left = 40;
  const plotH = 180;
  const top = 30;
  const colW = Math.max(14, Math.min(40, Math.floor(640 / Math.max(1, points.length))));
  // Wide enough for the title (about 7,5 px a character in bold 12 px), even with one column.
  const width = Math.max(left + points.length * colW + 20, Math.ceil(title.length * 7.5) + 10);
  const height = top + plotH + 60;
  const y = (v: number) => top + plotH - v * plotH;
  let body = '';
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    body += `<line x1="${left}" x2="${width - 10}" y1="${num(y(t))}" y2="${num(y(t))}" stroke="#ddd"/><text x="${left - 4}" y="${num(y(t) + 4)}" text-anchor="end">${t * 100} %</text>`;
  }
  points.forEach((p, i) => {
    const x = left + i * colW;
    if (p.value !== null) {
      const v = Math.max(0, Math.min(1, p.value));
      const ok = meta === null || p.value >= meta;
      body += `<rect x="${x + 2}" y="${num(y(v))}" width="${colW - 4}" height="${num(v * plotH)}" fill="${ok ? '#2e7d32' : '#c62828'}"><title>${escapeHtml(`${p.label}: ${formatPercent(p.value)}`)}</title></rect>`;
    }
    body += `<text transform="translate(${x + colW / 2 + 4},${top + plotH + 8}) rotate(60)" font-size="10">${escapeHtml(p.label)}</text>`;
  });
  if (meta !== null) {
    body += `<line x1="${left}" x2="${width - 10}" y1="${num(y(meta))}" y2="${num(y(meta))}" stroke="#1565c0" stroke-dasharray="6 3" stroke-width="2"><title>meta ${formatPercent(meta, Number.isInteger(meta * 100) ? 0 : 1)}</title></line>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT}><title>${escapeHtml(title)}</title><text x="0" y="16" font-weight="bold">${escapeHtml(title)}</text>${body}</svg>`;
}

/**
 * Horizontal bars of fractions against each bar's own meta (a blue tick); green when the bar meets its
 * meta, red when not, grey without data.
 *
 * @example
 * ```ts
 * metaBars([{ label: 'Oportunidad', value: 0.9, meta: 1, complies: false }], 'Indicadores');
 * ```
 */
export function metaBars(
  bars: readonly {
    readonly label: string;
    readonly value: number | null;
    readonly meta: number;
    readonly complies: boolean | null;
  }[],
  title: string,
): string {
  const labelW = 260;
  const barW = 360;
  const rowH = 24;
  const top = 28;
  const width = labelW + barW + 90;
  const height = top + bars.length * rowH + 12;
  const max = Math.max(1, ...bars.map((b) => Math.max(b.value ?? 0, b.meta)));
  let body = '';
  bars.forEach((b, i) => {
    const yy = top + i * rowH;
    body += `<text x="${labelW - 6}" y="${yy + 16}" text-anchor="end">${escapeHtml(b.label)}</text>`;
    body += `<rect x="${labelW}" y="${yy + 4}" width="${barW}" height="${rowH - 8}" fill="#f0f0f0"/>`;
    if (b.value !== null) {
      const w = (Math.max(0, b.value) / max) * barW;
      const color = b.complies === null ? '#9e9e9e' : b.complies ? '#2e7d32' : '#c62828';
      body += `<rect x="${labelW}" y="${yy + 4}" width="${num(w)}" height="${rowH - 8}" fill="${color}"/>`;
    }
    const mx = labelW + (b.meta / max) * barW;
    body += `<line x1="${num(mx)}" x2="${num(mx)}" y1="${yy + 1}" y2="${yy + rowH - 1}" stroke="#1565c0" stroke-width="3"><title>meta</title></line>`;
    const text = b.value === null ? 'sin datos' : formatPercent(b.value, b.value < 0.01 ? 2 : 1);
    body += `<text x="${labelW + barW + 6}" y="${yy + 16}">${escapeHtml(text)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT}><title>${escapeHtml(title)}</title><text x="0" y="16" font-weight="bold">${escapeHtml(title)}</text>${body}</svg>`;
}
