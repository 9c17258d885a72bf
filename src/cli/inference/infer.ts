/**
 * Zero-configuration mapping: which column of a registry export holds what, from its headers and,
 * when they do not say, from the content of a sample of its first rows.
 *
 * Order of evidence: the entity's map (`--mapa`), then the canonical name, then the vocabulary of
 * real exports (specific synonyms before generic ones such as `FECHA`), then the content. A column
 * recognised by its name whose content does not fit (fewer than {@link DEMOTE_BELOW} of its filled
 * cells read as values of the column: a `RESULTADO` of prose, a `PREFERENCIAL` of `SI`/`NO`) is
 * ignored with a notice, when the column is optional. What is ambiguous (two candidate filing
 * dates, one-letter type codes) stops with the exact `--mapa` line that settles it.
 *
 * @module
 */

import {
  CANONICAL_COLUMNS,
  type CanonicalColumn,
  type ColumnMap,
  entityColumns,
  matchHeader,
} from '../mapping.js';
import { vocabularyKey } from '../vocabulary/index.js';
import { type ColumnProfile, isEnumColumn, profileColumn } from './profile.js';

/**
 * Rows read before the mapping is decided (then replayed): enough to tell a column's content apart,
 * few enough to hold in memory whatever the row width.
 *
 * @example
 * ```ts
 * SAMPLE_ROWS; //=> 500
 * ```
 */
export const SAMPLE_ROWS = 500;
/**
 * An optional column recognised by its name is ignored when fewer than this share of its filled
 * sample cells read as values of that column.
 *
 * @example
 * ```ts
 * DEMOTE_BELOW; //=> 0.5
 * ```
 */
export const DEMOTE_BELOW = 0.5;
/** Share of filled cells that must read as request types for a column to be taken as `tipo`. */
const TYPE_BY_CONTENT = 0.6;
/** Likewise for the other enumerated columns and for dates. */
const BY_CONTENT = 0.8;
/** Share of rows where a date column must hold the earliest date to be the filing date. */
const EARLIEST = 0.95;
/** Names of a filing date. */
const FILING_WORDS =
  /(^|_)(creacion|radicacion|radicado|recibo|recepcion|ingreso|entrada|registro|presentacion)(_|$)/;
/** Names of an answer date. */
const ANSWER_WORDS =
  /(^|_)(respuesta|respondido|respondida|contestado|contestada|contestacion|cierre|cerrado|solucion|salida)(_|$)/;
/** Names of an id. */
const ID_WORDS = /(^|_)(radicado|numero|no|nro|consecutivo|id|codigo|caso|ticket)(_|$)/;

/**
 * How a column's meaning was decided.
 *
 * @example
 * ```ts
 * const h: MappingHow = 'contenido';
 * ```
 */
export type MappingHow = 'mapa' | 'encabezado' | 'sinonimo' | 'contenido' | 'ignorada';

/**
 * One column of the file and what it became.
 *
 * @example
 * ```ts
 * const c: MappedColumn = { header: 'TIPO_DE_PQRSDF', column: 'tipo', how: 'sinonimo', confidence: 0.98 };
 * ```
 */
export interface MappedColumn {
  /** The header as written. */
  readonly header: string;
  /** The canonical column, or `null` (ignored). */
  readonly column: CanonicalColumn | null;
  /** How it was decided. */
  readonly how: MappingHow;
  /** Share of the sample's filled cells that fit the column (1 for free text and the map's word). */
  readonly confidence: number;
  /** Why, when it is not plain (Spanish). */
  readonly note?: string;
}

/**
 * The mapping an audit used.
 *
 * @example
 * ```ts
 * const m: ColumnMapping = { sampleRows: 500, columns: [] };
 * ```
 */
export interface ColumnMapping {
  /** Rows of the sample the content was judged on. */
  readonly sampleRows: number;
  /** Every column of the file, in order. */
  readonly columns: readonly MappedColumn[];
}

/**
 * Something only the entity can settle, and the `--mapa` entry that settles it.
 *
 * @example
 * ```ts
 * const a: Ambiguity = { message: '…', settle: { valores: { tipo: { S: 'acceso_informacion' } } } };
 * ```
 */
export interface Ambiguity {
  /** What is ambiguous, with the candidates (Spanish). */
  readonly message: string;
  /** A map fragment that settles it (one of the candidates chosen as an example). */
  readonly settle: ColumnMap;
}

/**
 * The outcome of {@link inferMapping}.
 *
 * @example
 * ```ts no-run
 * inferMapping(['radicado', 'tipo', 'fecha_radicacion'], []).effective.columnas;
 * ```
 */
export interface InferredMapping {
  /** What each column became. */
  readonly mapping: ColumnMapping;
  /** The map the audit runs with: every header named (or `null`), and the entity's value maps. */
  readonly effective: ColumnMap;
  /** Notices for the report (Spanish). */
  readonly notices: readonly string[];
  /** What only the entity can settle (the audit stops on any). */
  readonly ambiguities: readonly Ambiguity[];
  /** The sample's profile of each column. */
  readonly profiles: readonly ColumnProfile[];
}

/** Readings of one-letter codes seen in registries. */
const LETTER_READINGS: Readonly<Record<string, readonly string[]>> = {
  P: ['peticion'],
  Q: ['queja'],
  R: ['reclamo', 'recurso'],
  S: ['sugerencia', 'acceso_informacion'],
  D: ['denuncia', 'peticion_documentos'],
  F: ['felicitacion'],
  C: ['consulta'],
  I: ['acceso_informacion'],
};

const round = (x: number): number => Math.round(x * 100) / 100;
const pct = (x: number): string => `${Math.round(x * 100)} %`;

function isDateColumn(c: CanonicalColumn): boolean {
  return c.startsWith('fecha_') || c === 'nueva_fecha_vencimiento';
}

/** Share of a column's filled sample cells that fit canonical column `c`. */
function fitOf(c: CanonicalColumn, p: ColumnProfile): number {
  if (p.filled === 0) return 1;
  if (isEnumColumn(c)) return c === 'tipo' ? p.fits.tipo + p.letterShare : p.fits[c];
  if (isDateColumn(c)) return p.dateShare;
  if (c === 'radicado') return p.idShare;
  return 1;
}

interface Draft {
  column: CanonicalColumn | null;
  how: MappingHow;
  confidence: number;
  note?: string;
}

/**
 * Decides the mapping of a file from its header and a sample of its rows. Never throws: ambiguities
 * are returned (the audit stops on them, `pqrsd mapa` shows them).
 *
 * @example
 * ```ts
 * const r = inferMapping(['Radicado', 'Clase', 'Fecha'], [['R-1', 'Queja', '05/03/2021']]);
 * r.mapping.columns[1].how; //=> 'contenido'
 * ```
 */
export function inferMapping(
  names: readonly string[],
  rows: readonly (readonly string[])[],
  map: ColumnMap = {},
): InferredMapping {
  const entity = entityColumns(map);
  // Profiled under a copy of the map: the sample's every cell of every column tried as a type, a
  // channel… would otherwise fill the value memo the audit keeps for the entity's map.
  const probe: ColumnMap = { ...map };
  const profiles = names.map((_, i) => profileColumn(rows, i, probe));
  const matches = names.map((n) => matchHeader(n, entity));
  const drafts: Draft[] = names.map(() => ({ column: null, how: 'ignorada', confidence: 0 }));
  const at = new Map<CanonicalColumn, number>();
  const notices: string[] = [];
  const ambiguities: Ambiguity[] = [];
  const decided = new Set<number>();
  const assign = (i: number, column: CanonicalColumn, how: MappingHow, confidence: number, note?: string) => {
    const previous = at.get(column);
    if (previous !== undefined) {
      drafts[previous] = { column: null, how: 'ignorada', confidence: 0, note: `otra columna es ${column}` };
    }
    drafts[i] = { column, how, confidence: round(confidence), ...(note === undefined ? {} : { note }) };
    at.set(column, i);
    decided.add(i);
  };
  const ignore = (i: number, note: string, final = true) => {
    drafts[i] = { column: null, how: 'ignorada', confidence: 0, note };
    if (final) decided.add(i);
  };

  // 1. The entity's map.
  matches.forEach((m, i) => {
    if (m?.how !== 'mapa') return;
    if (m.column === null) ignore(i, 'el mapa la ignora');
    else if (at.has(m.column)) ignore(i, `el mapa ya lleva otra columna a ${m.column}`);
    else assign(i, m.column, 'mapa', 1);
  });
  // 2. Names: canonical and specific synonyms, then generic ones for the columns still free.
  const filingByName: number[] = [];
  for (const weakPass of [false, true]) {
    matches.forEach((m, i) => {
      if (m === undefined || m.how === 'mapa' || decided.has(i)) return;
      if ((m.how === 'sinonimo_debil') !== weakPass) return;
      const how: MappingHow = m.how === 'encabezado' ? 'encabezado' : 'sinonimo';
      if (m.column === null) {
        // Known and not used by its name; its content may still say otherwise.
        ignore(i, 'columna conocida que la auditoría no usa', false);
        return;
      }
      const column = m.column;
      const p = profiles[i] as ColumnProfile;
      const fit = fitOf(column, p);
      if (column === 'fecha_radicacion' && !weakPass && p.dateShare >= DEMOTE_BELOW) filingByName.push(i);
      const owner = at.get(column);
      if (owner !== undefined) {
        const ownerDraft = drafts[owner] as Draft;
        if (ownerDraft.how !== 'mapa' && isEnumColumn(column) && fit > ownerDraft.confidence + 0.2) {
          assign(i, column, how, fit, `su contenido se ajusta mejor que «${names[owner]}»`);
        } else ignore(i, `otra columna es ${column}`);
        return;
      }
      if (
        p.filled > 0 &&
        fit < DEMOTE_BELOW &&
        !CANONICAL_COLUMNS[column].required &&
        (isEnumColumn(column) || isDateColumn(column))
      ) {
        const note = `su contenido no es de ${column} (${pct(fit)} de las celdas con dato)`;
        ignore(i, note);
        notices.push(`la columna «${names[i]}» se ignora: ${note}`);
        return;
      }
      assign(i, column, how, fit);
    });
  }
  if (filingByName.length > 1 && (drafts[at.get('fecha_radicacion') ?? -1]?.how ?? '') !== 'mapa') {
    ambiguities.push(filingAmbiguity(filingByName, names, profiles));
  }

  const free = (i: number) => !decided.has(i);
  // 3. Content. The type: a column whose values are mostly request types.
  const typeAt = at.get('tipo');
  if (typeAt === undefined || (drafts[typeAt]!.how !== 'mapa' && drafts[typeAt]!.confidence < DEMOTE_BELOW)) {
    let best = -1;
    let bestFit = TYPE_BY_CONTENT;
    profiles.forEach((p, i) => {
      const fit = p.fits.tipo + p.letterShare;
      if (free(i) && p.filled > 0 && fit >= bestFit && (best === -1 || fit > bestFit)) {
        best = i;
        bestFit = fit;
      }
    });
    if (best !== -1) assign(best, 'tipo', 'contenido', bestFit, 'sus valores son tipos de solicitud');
  }
  // The id: a mostly unique, id-shaped, filled column (named like an id first, else the leftmost).
  if (!at.has('radicado')) {
    const candidates = profiles
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => free(i) && p.rows > 0 && p.filled >= 0.9 * p.rows && p.idShare >= 0.95);
    const named = candidates.find(({ i }) => ID_WORDS.test(vocabularyKey(names[i] as string)));
    const pick = named ?? candidates[0];
    if (pick !== undefined)
      assign(pick.i, 'radicado', 'contenido', pick.p.idShare, 'valores únicos con forma de radicado');
  }
  // The filing date.
  if (!at.has('fecha_radicacion')) inferFilingDate(names, profiles, free, assign, ambiguities);
  // The answer date: a remaining date column named like an answer, never before the filing date.
  if (!at.has('fecha_respuesta') && at.has('fecha_radicacion')) {
    const filed = (profiles[at.get('fecha_radicacion') as number] as ColumnProfile).days;
    const answer = profiles.findIndex(
      (p, i) =>
        free(i) &&
        p.filled > 0 &&
        p.dateShare >= BY_CONTENT &&
        ANSWER_WORDS.test(vocabularyKey(names[i] as string)) &&
        p.days.every((d, row) => d === null || filed[row] === null || (filed[row] as string) <= d),
    );
    if (answer !== -1)
      assign(
        answer,
        'fecha_respuesta',
        'contenido',
        (profiles[answer] as ColumnProfile).dateShare,
        'fechas de respuesta, nunca antes de la radicación',
      );
  }
  // The other enumerated columns.
  for (const column of ['canal', 'resultado', 'regimen', 'prioridad'] as const) {
    if (at.has(column)) continue;
    let best = -1;
    let bestFit = BY_CONTENT;
    profiles.forEach((p, i) => {
      if (free(i) && p.filled > 0 && p.fits[column] >= bestFit && (best === -1 || p.fits[column] > bestFit)) {
        best = i;
        bestFit = p.fits[column];
      }
    });
    if (best !== -1) assign(best, column, 'contenido', bestFit, `sus valores son de ${column}`);
  }
  // 4. One-letter type codes: only the entity knows what `S` means.
  const typeColumn = at.get('tipo');
  if (typeColumn !== undefined && (profiles[typeColumn] as ColumnProfile).letters.length > 0) {
    ambiguities.push(
      letterAmbiguity(names[typeColumn] as string, (profiles[typeColumn] as ColumnProfile).letters),
    );
  }

  const columns: MappedColumn[] = names.map((header, i) => {
    const d = drafts[i] as Draft;
    return {
      header,
      column: d.column,
      how: d.how,
      confidence: d.confidence,
      ...(d.note === undefined ? {} : { note: d.note }),
    };
  });
  const columnas: Record<string, string | null> = {};
  for (const c of columns) if (!Object.hasOwn(columnas, c.header)) columnas[c.header] = c.column;
  return {
    mapping: { sampleRows: rows.length, columns },
    effective: { columnas, valores: map.valores ?? {} },
    notices,
    ambiguities,
    profiles,
  };
}

function inferFilingDate(
  names: readonly string[],
  profiles: readonly ColumnProfile[],
  free: (i: number) => boolean,
  assign: (i: number, column: CanonicalColumn, how: MappingHow, confidence: number, note?: string) => void,
  ambiguities: Ambiguity[],
): void {
  const dates = profiles
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => free(i) && p.filled > 0 && p.dateShare >= BY_CONTENT);
  if (dates.length === 0) return;
  if (dates.length === 1) {
    const only = dates[0]!;
    assign(
      only.i,
      'fecha_radicacion',
      'contenido',
      only.p.dateShare,
      'la única columna de fechas sin otro uso',
    );
    return;
  }
  const named = dates.filter(({ i }) => FILING_WORDS.test(vocabularyKey(names[i] as string)));
  if (named.length === 1) {
    const n = named[0]!;
    assign(n.i, 'fecha_radicacion', 'contenido', n.p.dateShare, 'columna de fechas con nombre de radicación');
    return;
  }
  if (named.length > 1) {
    ambiguities.push(
      filingAmbiguity(
        named.map(({ i }) => i),
        names,
        profiles,
      ),
    );
    return;
  }
  // The earliest date of the row.
  const earliest = dates.filter(({ p, i }) => {
    let compared = 0;
    let first = 0;
    p.days.forEach((day, row) => {
      if (day === null) return;
      let min = day;
      let others = 0;
      for (const o of dates) {
        if (o.i === i) continue;
        const d = o.p.days[row];
        if (d === null || d === undefined) continue;
        others++;
        if (d < min) min = d;
      }
      if (others === 0) return;
      compared++;
      if (day === min) first++;
    });
    return compared > 0 && first >= EARLIEST * compared;
  });
  if (earliest.length === 1) {
    const e = earliest[0]!;
    assign(e.i, 'fecha_radicacion', 'contenido', e.p.dateShare, 'la fecha más temprana de cada fila');
    return;
  }
  ambiguities.push(
    filingAmbiguity(
      (earliest.length > 1 ? earliest : dates).map(({ i }) => i),
      names,
      profiles,
    ),
  );
}

function filingAmbiguity(
  candidates: readonly number[],
  names: readonly string[],
  profiles: readonly ColumnProfile[],
): Ambiguity {
  const list = candidates
    .map((i) => {
      const example = (profiles[i] as ColumnProfile).examples[0];
      return `«${names[i]}»${example === undefined ? '' : ` (p. ej. ${example})`}`;
    })
    .join(', ');
  const first = names[candidates[0] as number] as string;
  const settle: ColumnMap = { columnas: { [first]: 'fecha_radicacion' } };
  return {
    message:
      `hay varias columnas candidatas a fecha de radicación: ${list}. ` +
      `Diga cuál es en el mapa (--mapa columnas.json), por ejemplo: ${JSON.stringify(settle)}`,
    settle,
  };
}

function letterAmbiguity(header: string, letters: readonly string[]): Ambiguity {
  const readings = letters.map((l) => `${l} = ${(LETTER_READINGS[l] ?? ['?']).join(' o ')}`).join('; ');
  const example: Record<string, string> = {};
  for (const l of letters) example[l] = LETTER_READINGS[l]?.[0] ?? 'peticion';
  const settle: ColumnMap = { valores: { tipo: example } };
  return {
    message:
      `la columna «${header}» usa códigos de una letra (${letters.join(', ')}) que no se leen sin la palabra ` +
      `de la entidad (${readings}). Diga qué significa cada uno en el mapa (--mapa columnas.json), ` +
      `por ejemplo: ${JSON.stringify(settle)}`,
    settle,
  };
}
