/**
 * From an entity's spreadsheet to canonical PQRSD columns.
 *
 * The registry export of each entity names its columns its own way («No. Radicado», «Fecha de
 * recibo», «Regional»…). This module:
 * 1. resolves each header to a canonical Spanish column ({@link CANONICAL_COLUMNS}) through the
 *    entity's map (`--mapa columnas.json`), then built-in synonyms, then the canonical name itself;
 * 2. normalises enumerated values (`Petición` → `peticion`, `Correo electrónico` →
 *    `correo_electronico`, `Accede parcialmente` → `parcialmente_a_favor`), with per-column value maps;
 * 3. re-exports the reading of date cells (`./dates.ts`: ISO, `DD/MM/YYYY` in the Colombian order,
 *    Excel serials, month names, 12-hour times…).
 *
 * @module
 */

import {
  CHANNELS,
  OUTCOMES,
  PRIORITY_FLAGS,
  RECURSO_KINDS,
  RECURSO_RESULTS,
  REGIMES,
  REQUEST_TYPES,
  type Regime,
} from '../domain.js';
import { PqrsdError } from '../errors.js';
import { JSON_OUTPUTS } from './json-output.js';
import { REGISTRY_NOTIFICATION_TYPES } from './notificacion.js';
import { detectSuiFormatoA } from './sui/detect.js';
import { lookupHeader, lookupValue, type VALUE_VOCABULARY, vocabularyKey } from './vocabulary/index.js';

/**
 * The canonical columns of a PQRSD registry export, in Spanish, with what each means.
 *
 * @example
 * ```ts
 * CANONICAL_COLUMNS.radicado.required; //=> true
 * ```
 */
export const CANONICAL_COLUMNS = {
  radicado: { required: true, description: 'número de radicado de la PQRSD' },
  tipo: { required: true, description: 'tipo de solicitud (peticion, queja, reclamo, consulta…)' },
  fecha_radicacion: {
    required: true,
    description: 'fecha (AAAA-MM-DD o DD/MM/AAAA) o fecha y hora de radicación',
  },
  regimen: {
    required: false,
    description: 'régimen legal (cpaca, servicios_publicos, habeas_data…); vacío = auto',
  },
  canal: { required: false, description: 'canal de recepción (presencial, correo_electronico…)' },
  seccional: { required: false, description: 'seccional o regional que atiende' },
  dependencia: { required: false, description: 'dependencia responsable' },
  responsable: { required: false, description: 'funcionario asignado' },
  asunto: { required: false, description: 'asunto' },
  prioridad: {
    required: false,
    description: 'condiciones de atención prioritaria separadas por | (adulto_mayor|discapacidad…)',
  },
  fecha_prorroga: {
    required: false,
    description: 'fecha en que se notificó la prórroga (CPACA art. 14 par.)',
  },
  nueva_fecha_vencimiento: { required: false, description: 'fecha de vencimiento anunciada en la prórroga' },
  dias_prorroga: {
    required: false,
    description: 'días hábiles de prórroga (en vez de nueva_fecha_vencimiento)',
  },
  fecha_requerimiento: {
    required: false,
    description: 'fecha del requerimiento al peticionario (CPACA art. 17)',
  },
  fecha_respuesta_requerimiento: { required: false, description: 'fecha en que el peticionario completó' },
  fecha_ampliacion_requerimiento: {
    required: false,
    description: 'fecha en que el peticionario pidió la ampliación del plazo (art. 17)',
  },
  fecha_traslado: { required: false, description: 'fecha del traslado por competencia (CPACA art. 21)' },
  entidad_traslado: { required: false, description: 'autoridad a la que se trasladó' },
  fecha_desistimiento: { required: false, description: 'fecha del desistimiento expreso (CPACA art. 18)' },
  fecha_respuesta: { required: false, description: 'fecha de la respuesta de fondo' },
  resultado: { required: false, description: 'sentido de la respuesta (a_favor, en_contra…)' },
  fecha_citacion: {
    required: false,
    description: 'fecha de envío de la citación para notificación personal (CPACA art. 68)',
  },
  fecha_aviso: {
    required: false,
    description: 'fecha de entrega del aviso en el lugar de destino (CPACA art. 69)',
  },
  tipo_notificacion: {
    required: false,
    description:
      'tipo de notificación: personal, aviso, electronica, conducta_concluyente, edicto o no_aplica',
  },
  fecha_notificacion: { required: false, description: 'fecha de notificación de la respuesta' },
  fecha_recurso: {
    required: false,
    description: 'fecha en que se interpuso el recurso contra la respuesta (CPACA art. 76; Ley 142 art. 154)',
  },
  tipo_recurso: {
    required: false,
    description: 'clase de recurso: reposicion, apelacion, reposicion_y_apelacion o queja',
  },
  fecha_decision_recurso: { required: false, description: 'fecha de la decisión del recurso' },
  resultado_recurso: {
    required: false,
    description: 'decisión del recurso: confirma, modifica, revoca o rechaza (CPACA art. 78)',
  },
  fecha_notificacion_decision_recurso: {
    required: false,
    description: 'fecha de notificación de la decisión del recurso (CPACA art. 87 num. 2)',
  },
  fecha_envio_sspd: {
    required: false,
    description: 'fecha de envío del expediente de la apelación a la Superintendencia (Ley 142 art. 159)',
  },
  fecha_decision_apelacion: {
    required: false,
    description:
      'fecha de la decisión de la apelación por la Superintendencia (Ley 142 art. 159) o el inmediato superior (CPACA art. 74 num. 2)',
  },
  resultado_apelacion: {
    required: false,
    description: 'decisión de la apelación: confirma, modifica, revoca o rechaza',
  },
  fecha_notificacion_decision_apelacion: {
    required: false,
    description: 'fecha de notificación de la decisión de la apelación (CPACA art. 87 num. 2)',
  },
  fecha_reconocimiento_sap: {
    required: false,
    description:
      'fecha en que la empresa reconoció el silencio administrativo positivo (Decreto 2150 art. 123)',
  },
  fecha_vencimiento: {
    required: false,
    description: 'vencimiento que calculó el sistema de la entidad (se compara con el legal)',
  },
  estado: {
    required: false,
    description:
      'estado del trámite en el sistema de la entidad (cerrado, finalizado… o abierto, en trámite…); cerrado sin fecha_respuesta = respondida sin fecha',
  },
  satisfaccion: { required: false, description: 'respuesta a la encuesta de satisfacción (1 a 5)' },
  fecha_encuesta: { required: false, description: 'fecha de la encuesta (por omisión, la de la respuesta)' },
} as const satisfies Record<string, { readonly required: boolean; readonly description: string }>;

/**
 * A canonical column name. See {@link CANONICAL_COLUMNS}.
 *
 * @example
 * ```ts
 * const c: CanonicalColumn = 'fecha_radicacion';
 * ```
 */
export type CanonicalColumn = keyof typeof CANONICAL_COLUMNS;

const CANONICAL_NAMES = Object.keys(CANONICAL_COLUMNS) as CanonicalColumn[];
/** The keys of a structured map file (`--guardar-mapa` writes them all). */
const MAP_FILE_KEYS: ReadonlySet<string> = new Set(['version', '$comentario', 'columnas', 'valores']);

/**
 * Lower case, no accents, runs of anything but letters and digits as `_`, no leading or trailing `_`.
 *
 * @example
 * ```ts
 * normalizeToken('  Fecha de Radicación '); //=> 'fecha_de_radicacion'
 * normalizeToken('Correo-Electrónico'); //=> 'correo_electronico'
 * ```
 */
export function normalizeToken(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * An entity's column map (`--mapa columnas.json`): its headers → canonical columns, and per-column
 * maps of its own values → canonical values. A flat object of header → column is accepted too.
 *
 * @example
 * ```ts
 * const m: ColumnMap = {
 *   columnas: { 'No. Radicado': 'radicado', 'Fecha Recibo': 'fecha_radicacion' },
 *   valores: { tipo: { PQ: 'peticion', RC: 'reclamo' } },
 * };
 * ```
 */
export interface ColumnMap {
  /** The entity's header → canonical column, or `null`: the column is ignored. */
  readonly columnas?: Readonly<Record<string, string | null>>;
  /**
   * Canonical column → (entity value → canonical value). The key `""` maps an empty cell; the value
   * `fuera_del_alcance` (tipo) marks rows that are not a PQRSD.
   */
  readonly valores?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Validates a parsed `--mapa` JSON document and returns it as a {@link ColumnMap}.
 * Throws `INVALID_ARGUMENT` (Spanish) naming the bad entry.
 *
 * @example
 * ```ts
 * parseColumnMap({ 'No. Radicado': 'radicado' }); //=> { columnas: { 'No. Radicado': 'radicado' }, valores: {} }
 * ```
 */
export function parseColumnMap(json: unknown): ColumnMap {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new PqrsdError('INVALID_ARGUMENT', 'el mapa de columnas debe ser un objeto JSON', { value: json });
  }
  const obj = json as Record<string, unknown>;
  const structured = 'columnas' in obj || 'valores' in obj;
  if (structured && 'version' in obj && obj.version !== JSON_OUTPUTS['mapa-columnas'].version) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `versión ${JSON.stringify(obj.version)} del mapa de columnas no admitida (esta versión de pqrsd lee la ${JSON_OUTPUTS['mapa-columnas'].version})`,
      { value: obj.version },
    );
  }
  const columnsRaw = structured ? (obj.columnas ?? {}) : obj;
  const valuesRaw = structured ? (obj.valores ?? {}) : {};
  if (structured) {
    const extra = Object.keys(obj).filter((k) => !MAP_FILE_KEYS.has(k));
    if (extra.length > 0) {
      throw new PqrsdError('INVALID_ARGUMENT', `clave desconocida «${extra[0]}» en el mapa de columnas`, {
        key: extra[0],
      });
    }
  }
  const columnas = stringRecord(columnsRaw, 'columnas', true);
  for (const [from, to] of Object.entries(columnas)) {
    if (to !== null && !(CANONICAL_NAMES as string[]).includes(to)) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `el mapa lleva «${from}» a «${to}», que no es una columna canónica (${CANONICAL_NAMES.join(', ')})`,
        { from, to },
      );
    }
  }
  if (valuesRaw === null || typeof valuesRaw !== 'object' || Array.isArray(valuesRaw)) {
    throw new PqrsdError('INVALID_ARGUMENT', '«valores» del mapa de columnas debe ser un objeto', {});
  }
  const valores: Record<string, Record<string, string>> = {};
  for (const [column, map] of Object.entries(valuesRaw as Record<string, unknown>)) {
    if (!(CANONICAL_NAMES as string[]).includes(column)) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `«valores.${column}»: «${column}» no es una columna canónica`,
        {
          column,
        },
      );
    }
    valores[column] = stringRecord(map, `valores.${column}`, false) as Record<string, string>;
  }
  return { columnas, valores };
}

function stringRecord(value: unknown, where: string, nullable: boolean): Record<string, string | null> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PqrsdError('INVALID_ARGUMENT', `«${where}» del mapa de columnas debe ser un objeto`, {});
  }
  const out: Record<string, string | null> = Object.create(null);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string' && !(nullable && v === null)) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `«${where}.${k}» del mapa de columnas debe ser texto${nullable ? ' o null (columna ignorada)' : ''}`,
        { key: k },
      );
    }
    out[k] = v;
  }
  return out;
}

/**
 * Where each canonical column sits in the file, as resolved from the header.
 *
 * @example
 * ```ts
 * const h = resolveHeader(['Radicado', 'Tipo', 'Fecha de radicación']);
 * h.index.fecha_radicacion; //=> 2
 * ```
 */
export interface ResolvedHeader {
  /** Column index of each canonical column present. */
  readonly index: Readonly<Partial<Record<CanonicalColumn, number>>>;
  /** Headers that map to no canonical column (ignored). */
  readonly ignored: readonly string[];
  /** Required canonical columns that are missing. */
  readonly missing: readonly CanonicalColumn[];
  /** The value maps of a recognised format (the SUI Formato A), used instead of the entity's. */
  readonly values?: ColumnMap;
  /** The recognised format, as said at the top of the report. */
  readonly format?: string;
  /** The regime of every row without one, when the format fixes it (SUI Formato A: Ley 142). */
  readonly regime?: Regime;
  /** A cell with exactly this text is empty (the SUI's «N», no aplica). */
  readonly blank?: string;
}

/**
 * Empties, in place, the cells whose text is exactly `blank` (a format's «no aplica» mark).
 *
 * @example
 * ```ts
 * const fields = ['R-1', 'N', '9'];
 * blankOut(fields, 'N');
 * fields; //=> ['R-1', '', '9']
 * ```
 */
export function blankOut(fields: string[], blank: string): void {
  for (let i = 0; i < fields.length; i++) if (fields[i] === blank) fields[i] = '';
}

/**
 * Resolves the header of a file to canonical columns: a SUI Formato A header is recognised as such
 * (when the map has no `columnas`); otherwise the entity's map first, then the canonical
 * name and the built-in synonyms, compared after {@link normalizeToken}. When two headers resolve to
 * the same column the first wins (the other is listed as ignored).
 *
 * @example
 * ```ts
 * resolveHeader(['No. Radicado', 'Tipo', 'Fecha Recibo']).missing; //=> []
 * ```
 */
export function resolveHeader(names: readonly string[], map: ColumnMap = {}): ResolvedHeader {
  // A known format first (SUI Formato A), unless the entity maps its columns itself.
  const known = Object.keys(map.columnas ?? {}).length === 0 ? detectSuiFormatoA(names, map) : undefined;
  if (known !== undefined) return known.header;
  const index: Partial<Record<CanonicalColumn, number>> = {};
  const entity = entityColumns(map);
  const matches = names.map((raw) => matchHeader(raw, entity));
  const used = new Set<number>();
  // Strong matches first (the map, canonical names, specific synonyms), then the generic synonyms
  // for the columns still free; within each, the first header wins.
  for (const weakPass of [false, true]) {
    matches.forEach((m, i) => {
      if (m === undefined || m.column === null || (m.how === 'sinonimo_debil') !== weakPass) return;
      if (index[m.column] === undefined) {
        index[m.column] = i;
        used.add(i);
      }
    });
  }
  const ignored = names.filter((_, i) => !used.has(i));
  const missing = CANONICAL_NAMES.filter((c) => CANONICAL_COLUMNS[c].required && index[c] === undefined);
  return { index, ignored, missing };
}

/**
 * How a header was recognised: the entity's map, the canonical name, a synonym of the vocabulary, or
 * a generic synonym that gives way to a specific one.
 *
 * @example
 * ```ts
 * const h: HeaderMatchKind = 'sinonimo';
 * ```
 */
export type HeaderMatchKind = 'mapa' | 'encabezado' | 'sinonimo' | 'sinonimo_debil';

/**
 * What a header means by its name alone: its canonical column (`null`: ignored, or known and not
 * used) and how it was recognised; `undefined` when its name says nothing.
 *
 * @example
 * ```ts
 * matchHeader('Título/asunto:', entityColumns({})); //=> { column: 'asunto', how: 'sinonimo' }
 * ```
 */
export function matchHeader(
  raw: string,
  entity: ReadonlyMap<string, string | null>,
): { readonly column: CanonicalColumn | null; readonly how: HeaderMatchKind } | undefined {
  const clean = raw.replace(/^\uFEFF/, '');
  const token = normalizeToken(clean);
  const mapped = entity.has(token) ? entity.get(token) : entity.get(`~${vocabularyKey(clean)}`);
  if (mapped !== undefined) return { column: mapped as CanonicalColumn | null, how: 'mapa' };
  if ((CANONICAL_NAMES as string[]).includes(token))
    return { column: token as CanonicalColumn, how: 'encabezado' };
  const synonym = lookupHeader(clean);
  if (synonym === undefined) return undefined;
  return { column: synonym.column, how: synonym.weak === true ? 'sinonimo_debil' : 'sinonimo' };
}

/**
 * The entity's column map keyed for {@link matchHeader}: by normalised token, and (prefixed `~`) by
 * vocabulary key, so `"Título/asunto:"` in the map matches `Titulo asunto` in the file.
 *
 * @example
 * ```ts
 * entityColumns({ columnas: { RESULTADO: null } }).get('resultado'); //=> null
 * ```
 */
export function entityColumns(map: ColumnMap): Map<string, string | null> {
  const entity = new Map<string, string | null>();
  for (const [from, to] of Object.entries(map.columnas ?? {})) {
    entity.set(normalizeToken(from), to);
    entity.set(`~${vocabularyKey(from)}`, to);
  }
  return entity;
}

const KNOWN_VALUES: Readonly<Partial<Record<CanonicalColumn, readonly string[]>>> = {
  tipo: REQUEST_TYPES,
  regimen: REGIMES,
  canal: CHANNELS,
  resultado: OUTCOMES,
  prioridad: PRIORITY_FLAGS,
  tipo_notificacion: REGISTRY_NOTIFICATION_TYPES,
  tipo_recurso: RECURSO_KINDS,
  resultado_recurso: RECURSO_RESULTS,
  resultado_apelacion: RECURSO_RESULTS,
};

/**
 * Normalises one value of an enumerated column: the entity's value map (exact text, then
 * normalised), then the canonical value, then the vocabulary of real exports
 * ({@link VALUE_VOCABULARY}: accents, case, plurals and records-series prefixes do not matter), then
 * the normalised token itself. Empty text gives `undefined`, or what the map gives for `""`.
 *
 * @example
 * ```ts
 * normalizeEnumValue('tipo', 'Petición'); //=> 'peticion'
 * normalizeEnumValue('canal', 'Correo electrónico'); //=> 'correo_electronico'
 * normalizeEnumValue('tipo', 'PQ', { valores: { tipo: { PQ: 'peticion' } } }); //=> 'peticion'
 * ```
 */
export function normalizeEnumValue(
  column: CanonicalColumn,
  raw: string,
  map: ColumnMap = NO_MAP,
): string | undefined {
  // An empty cell has no value unless the entity's map gives one (key ""): the commonest cell of
  // optional columns, answered without the memo.
  if (raw === '') return map.valores?.[column]?.[''];
  // Registries repeat a handful of values a million times: memoise per map and column (bounded).
  let byColumn = map === lastMap ? lastByColumn : ENUM_CACHE.get(map);
  if (byColumn === undefined) {
    byColumn = {};
    ENUM_CACHE.set(map, byColumn);
  }
  lastMap = map;
  lastByColumn = byColumn;
  let cache = byColumn[column];
  if (cache === undefined) {
    cache = new EnumCache();
    byColumn[column] = cache;
  }
  // First a slot chosen by the length and the first and last characters: a cell is a fresh string
  // of the reader, and comparing it with the one text last seen in its slot costs less than hashing
  // it for the map.
  const slot = (raw.length * 7 + raw.charCodeAt(0) * 3 + raw.charCodeAt(raw.length - 1)) & ENUM_SLOT_MASK;
  if (cache.texts[slot] === raw) return cache.values[slot];
  const known = cache.map;
  let value = known.get(raw);
  if (value === undefined && !known.has(raw)) {
    value = canonicalValue(column, computeEnumValue(column, raw, map));
    if (known.size >= ENUM_CACHE_SIZE) known.clear();
    known.set(raw, value);
  }
  cache.texts[slot] = raw;
  cache.values[slot] = value;
  return value;
}

/**
 * The enumeration's own string for a known value: one instance per value whatever cell it came from,
 * so that every later lookup keyed by it (sets of valid values, the catalogue of rules, tallies)
 * finds its hash computed, or compares it by identity.
 */
function canonicalValue(column: CanonicalColumn, value: string | undefined): string | undefined {
  const known = value === undefined ? undefined : KNOWN_VALUES[column];
  if (known === undefined) return value;
  const i = known.indexOf(value as string);
  return i === -1 ? value : known[i];
}

/** The memo of one column under one map: the map of every text seen, and the slots before it. */
class EnumCache {
  readonly map = new Map<string, string | undefined>();
  readonly texts: (string | null)[] = new Array<string | null>(ENUM_SLOT_MASK + 1).fill(null);
  readonly values: (string | undefined)[] = new Array<string | undefined>(ENUM_SLOT_MASK + 1).fill(undefined);
}

const NO_MAP: ColumnMap = {};
const ENUM_CACHE = new WeakMap<ColumnMap, Partial<Record<CanonicalColumn, EnumCache>>>();
const ENUM_CACHE_SIZE = 10_000;
const ENUM_SLOT_MASK = 63;
// The map of the previous call (a file is read with one map): no WeakMap lookup per cell.
let lastMap: ColumnMap | undefined;
let lastByColumn: Partial<Record<CanonicalColumn, EnumCache>> | undefined;

function computeEnumValue(column: CanonicalColumn, raw: string, map: ColumnMap): string | undefined {
  const value = raw.trim();
  const own = map.valores?.[column];
  if (value === '') return own?.[''];
  if (own !== undefined) {
    // A value mapped to '' has no value (SUI «pendiente de respuesta»).
    const direct = own[value];
    if (direct !== undefined) return direct === '' ? undefined : direct;
    const token = normalizeToken(value);
    const key = vocabularyKey(value);
    for (const [k, v] of Object.entries(own))
      if (normalizeToken(k) === token) return v === '' ? undefined : v;
    for (const [k, v] of Object.entries(own))
      if (k !== '' && vocabularyKey(k) === key) return v === '' ? undefined : v;
  }
  const token = normalizeToken(value);
  const known = KNOWN_VALUES[column];
  if (known?.includes(token)) return token;
  const hit = lookupValue(column, value);
  if (hit !== undefined) return hit;
  if (known !== undefined) {
    // Plurals and records-series prefixes of a canonical value: «Quejas», «76.2 Reclamos».
    const key = vocabularyKey(value);
    if (known.includes(key)) return key;
  }
  return token;
}

// Dates are read by ./dates.ts (every accepted format, one message); re-exported for the callers of
// this module.
export { normalizeDateCell } from './dates.js';

/**
 * Splits the `prioridad` cell (`adulto_mayor|discapacidad`; `,`, `;` and `/` also separate) and
 * normalises each flag.
 *
 * @example
 * ```ts
 * splitPriority('Adulto mayor | NNA'); //=> ['adulto_mayor', 'nino_nina_adolescente']
 * ```
 */
export function splitPriority(raw: string, map: ColumnMap = NO_MAP): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[|,;/]/)) {
    const v = normalizeEnumValue('prioridad', part, map);
    if (v !== undefined && !out.includes(v)) out.push(v);
  }
  return out;
}
