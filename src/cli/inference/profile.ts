/**
 * What the sample rows say about each column of a file: how many cells are filled, and which share
 * of them reads as request types, channels, outcomes…, dates, or ids.
 *
 * @module
 */

import { CHANNELS, OUTCOMES, PRIORITY_FLAGS, REGIMES, REQUEST_TYPES } from '../../domain.js';
import { type CanonicalColumn, type ColumnMap, normalizeEnumValue, splitPriority } from '../mapping.js';
import { type EnumColumn, OUT_OF_SCOPE } from '../vocabulary/index.js';
import { sortableDate } from './dates.js';

/**
 * The enumerated canonical columns, whose content can be recognised value by value.
 *
 * @example
 * ```ts
 * ENUM_COLUMNS.includes('tipo'); //=> true
 * ```
 */
export const ENUM_COLUMNS: readonly EnumColumn[] = ['tipo', 'canal', 'resultado', 'regimen', 'prioridad'];

const KNOWN: Readonly<Record<EnumColumn, ReadonlySet<string>>> = {
  tipo: new Set<string>([...REQUEST_TYPES, OUT_OF_SCOPE]),
  canal: new Set<string>(CHANNELS),
  resultado: new Set<string>(OUTCOMES),
  regimen: new Set<string>([...REGIMES, 'auto']),
  prioridad: new Set<string>(PRIORITY_FLAGS),
};

/**
 * Whether a canonical column is enumerated.
 *
 * @example
 * ```ts
 * isEnumColumn('canal'); //=> true
 * isEnumColumn('asunto'); //=> false
 * ```
 */
export function isEnumColumn(column: CanonicalColumn): column is EnumColumn {
  return (ENUM_COLUMNS as readonly string[]).includes(column);
}

/**
 * Whether a cell of an enumerated column holds a value the audit understands (through the entity's
 * map, the canonical values or the vocabulary).
 *
 * @example
 * ```ts
 * recognised('tipo', 'PETICION ENTRE ENTIDADES', {}); //=> true
 * recognised('resultado', 'Se dio respuesta al ciudadano', {}); //=> false
 * ```
 */
export function recognised(column: EnumColumn, cell: string, map: ColumnMap): boolean {
  if (column === 'prioridad') {
    const flags = splitPriority(cell, map);
    return flags.length > 0 && flags.every((f) => KNOWN.prioridad.has(f));
  }
  const v = normalizeEnumValue(column, cell, map);
  return v !== undefined && KNOWN[column].has(v);
}

/**
 * A one-letter code (`P`, `Q`, `S`…): never read without the entity's word.
 *
 * @example
 * ```ts
 * isLetterCode(' S '); //=> true
 * isLetterCode('SU'); //=> false
 * ```
 */
export function isLetterCode(cell: string): boolean {
  return /^\s*[A-Za-z]\.?\s*$/.test(cell);
}

const ID_SHAPE = /^[0-9A-Za-z][0-9A-Za-z._/-]{2,39}$/;

/**
 * The profile of one column in the sample.
 *
 * @example
 * ```ts no-run
 * profileColumn(rows, 0, {}).filled; //=> 500
 * ```
 */
export interface ColumnProfile {
  /** Sample rows. */
  readonly rows: number;
  /** Non-empty cells. */
  readonly filled: number;
  /** Share of the non-empty cells each enumerated column recognises. */
  readonly fits: Readonly<Record<EnumColumn, number>>;
  /** Distinct one-letter codes (upper case, sorted). */
  readonly letters: readonly string[];
  /** Share of one-letter codes among the non-empty cells. */
  readonly letterShare: number;
  /** Share of the non-empty cells that look like dates. */
  readonly dateShare: number;
  /** Share of the non-empty cells shaped like an id (and not a date), and distinct. */
  readonly idShare: number;
  /** The civil day of each sample row's cell (null when empty or not a date). */
  readonly days: readonly (string | null)[];
  /** A few distinct values, in order of appearance. */
  readonly examples: readonly string[];
}

/**
 * Profiles column `index` over the sample rows.
 *
 * @example
 * ```ts
 * profileColumn([['Queja'], ['Reclamo']], 0, {}).fits.tipo; //=> 1
 * ```
 */
export function profileColumn(
  rows: readonly (readonly string[])[],
  index: number,
  map: ColumnMap,
): ColumnProfile {
  let filled = 0;
  const hits: Record<EnumColumn, number> = { tipo: 0, canal: 0, resultado: 0, regimen: 0, prioridad: 0 };
  const letters = new Set<string>();
  let letterCells = 0;
  let dates = 0;
  let ids = 0;
  const seen = new Set<string>();
  const days: (string | null)[] = [];
  const examples: string[] = [];
  const distinctRecognised = new Map<string, boolean>();
  for (const row of rows) {
    const cell = (row[index] ?? '').trim();
    if (cell === '') {
      days.push(null);
      continue;
    }
    filled++;
    if (examples.length < 5 && !examples.includes(cell)) examples.push(cell);
    const day = sortableDate(cell);
    days.push(day);
    if (day !== null) dates++;
    else if (ID_SHAPE.test(cell) && /\d/.test(cell) && !seen.has(cell)) ids++;
    seen.add(cell);
    if (isLetterCode(cell) && !recognised('tipo', cell, map)) {
      letters.add(cell.replace(/[.\s]/g, '').toUpperCase());
      letterCells++;
      continue;
    }
    for (const c of ENUM_COLUMNS) {
      const key = `${c}\u0000${cell}`;
      let ok = distinctRecognised.get(key);
      if (ok === undefined) {
        ok = recognised(c, cell, map);
        distinctRecognised.set(key, ok);
      }
      if (ok) hits[c]++;
    }
  }
  const share = (n: number) => (filled === 0 ? 0 : n / filled);
  return {
    rows: rows.length,
    filled,
    fits: {
      tipo: share(hits.tipo),
      canal: share(hits.canal),
      resultado: share(hits.resultado),
      regimen: share(hits.regimen),
      prioridad: share(hits.prioridad),
    },
    letters: [...letters].sort(),
    letterShare: share(letterCells),
    dateShare: share(dates),
    idShare: share(ids),
    days,
    examples,
  };
}
