/**
 * Spanish formatting for terminal output: long dates, numbers, percentages, padded tables.
 * Pure, locale-independent (no `Intl` dependence on the host's default locale or time zone).
 *
 * @module
 */

import { type DateInput, parseIsoDate, weekday } from '../calendar/index.js';

/**
 * Spanish weekday names, index 1 = lunes … 7 = domingo (index 0 unused).
 *
 * @example
 * ```ts
 * WEEKDAYS_ES[1]; //=> 'lunes'
 * ```
 */
export const WEEKDAYS_ES = [
  '',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
] as const;

/**
 * Spanish month names, index 1 = enero … 12 = diciembre (index 0 unused).
 *
 * @example
 * ```ts
 * MONTHS_ES[12]; //=> 'diciembre'
 * ```
 */
export const MONTHS_ES = [
  '',
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

/**
 * A date written out in Spanish, with its weekday.
 *
 * @example
 * ```ts
 * longDate('2026-12-21'); //=> 'lunes 21 de diciembre de 2026'
 * ```
 */
export function longDate(d: DateInput): string {
  const iso = parseIsoDate(d);
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS_ES[weekday(iso)]} ${day} de ${MONTHS_ES[m]} de ${y}`;
}

/**
 * An integer with Spanish thousands separators (`.`).
 *
 * @example
 * ```ts
 * formatInt(1234567); //=> '1.234.567'
 * ```
 */
export function formatInt(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A fraction as a Spanish percentage with a decimal comma; `null` gives `—`.
 *
 * @example
 * ```ts
 * formatPercent(0.8333); //=> '83,3 %'
 * formatPercent(null); //=> '—'
 * ```
 */
export function formatPercent(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${(value * 100).toFixed(decimals).replace('.', ',')} %`;
}

/**
 * A number with a decimal comma; `null` gives `—`.
 *
 * @example
 * ```ts
 * formatDecimal(3.14159, 2); //=> '3,14'
 * ```
 */
export function formatDecimal(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(decimals).replace('.', ',');
}

/**
 * A plain-text table with aligned columns (numbers right-aligned when `align` says so).
 *
 * @example
 * ```ts
 * textTable(['a', 'b'], [['1', '22']]);
 * //=> 'a  b\n─  ──\n1  22\n'
 * ```
 */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[] = [],
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number) =>
    align[i] === 'r' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
  const line = (cells: readonly string[]) => `${cells.map((c, i) => cell(c, i)).join('  ')}`.trimEnd();
  return `${[line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}

/** Control characters (C0 but the line feed, DEL, C1) and the bidirectional controls. */
const CONTROLS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes control characters visible: every C0 control but the line feed (tab and CR included), DEL,
 * every C1 control and the bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069)
 * are written as the text `\xHH` or `\uHHHH`. A terminal then never runs an escape sequence (ESC,
 * OSC, BEL) nor reorders text (RLO) that came from a cell of the input.
 *
 * @example
 * ```ts
 * visibleControls('a\x1b]0;x\x07b'); //=> 'a\\x1b]0;x\\x07b'
 * visibleControls('\u202Eabc'); //=> '\\u202Eabc'
 * ```
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
