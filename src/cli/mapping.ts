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

import { CHANNELS, OUTCOMES, PRIORITY_FLAGS, REGIMES, REQUEST_TYPES, type Regime } from '../domain.js';
import { PqrsdError } from '../errors.js';
import { detectSuiFormatoA } from './sui/detect.js';

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
  fecha_notificacion: { required: false, description: 'fecha de notificación de la respuesta' },
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

/** Built-in header synonyms (normalised) for the usual names in Colombian registries. */
const HEADER_SYNONYMS: Readonly<Record<string, CanonicalColumn>> = {
  numero_radicado: 'radicado',
  numero_de_radicado: 'radicado',
  no_radicado: 'radicado',
  nro_radicado: 'radicado',
  radicado_no: 'radicado',
  consecutivo: 'radicado',
  tipo_solicitud: 'tipo',
  tipo_de_solicitud: 'tipo',
  tipo_pqrsd: 'tipo',
  tipologia: 'tipo',
  tipo_tramite: 'tipo',
  modalidad: 'tipo',
  fecha_radicado: 'fecha_radicacion',
  fecha_de_radicacion: 'fecha_radicacion',
  fecha_recibo: 'fecha_radicacion',
  fecha_de_recibo: 'fecha_radicacion',
  fecha_recepcion: 'fecha_radicacion',
  fecha_de_recepcion: 'fecha_radicacion',
  fecha_radicacion_hora: 'fecha_radicacion',
  regimen_legal: 'regimen',
  norma: 'regimen',
  canal_recepcion: 'canal',
  canal_de_recepcion: 'canal',
  medio: 'canal',
  medio_de_recepcion: 'canal',
  regional: 'seccional',
  sede: 'seccional',
  oficina: 'seccional',
  area: 'dependencia',
  dependencia_responsable: 'dependencia',
  funcionario: 'responsable',
  asignado_a: 'responsable',
  condicion_prioritaria: 'prioridad',
  atencion_prioritaria: 'prioridad',
  fecha_de_prorroga: 'fecha_prorroga',
  fecha_de_respuesta: 'fecha_respuesta',
  fecha_respuesta_de_fondo: 'fecha_respuesta',
  sentido_respuesta: 'resultado',
  sentido_de_la_respuesta: 'resultado',
  tipo_respuesta: 'resultado',
  fecha_de_traslado: 'fecha_traslado',
  fecha_de_vencimiento: 'fecha_vencimiento',
  vencimiento: 'fecha_vencimiento',
  fecha_vencimiento_sistema: 'fecha_vencimiento',
  fecha_limite: 'fecha_vencimiento',
  fecha_de_notificacion: 'fecha_notificacion',
  encuesta_satisfaccion: 'satisfaccion',
  estado_tramite: 'estado',
  estado_del_tramite: 'estado',
  estado_solicitud: 'estado',
};

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
  /** The entity's header → canonical column. */
  readonly columnas?: Readonly<Record<string, string>>;
  /** Canonical column → (entity value → canonical value). */
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
  const columnsRaw = structured ? (obj.columnas ?? {}) : obj;
  const valuesRaw = structured ? (obj.valores ?? {}) : {};
  if (structured) {
    const extra = Object.keys(obj).filter((k) => k !== 'columnas' && k !== 'valores' && k !== '$comentario');
    if (extra.length > 0) {
      throw new PqrsdError('INVALID_ARGUMENT', `clave desconocida «${extra[0]}» en el mapa de columnas`, {
        key: extra[0],
      });
    }
  }
  const columnas = stringRecord(columnsRaw, 'columnas');
  for (const [from, to] of Object.entries(columnas)) {
    if (!(CANONICAL_NAMES as string[]).includes(to)) {
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
    valores[column] = stringRecord(map, `valores.${column}`);
  }
  return { columnas, valores };
}

function stringRecord(value: unknown, where: string): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PqrsdError('INVALID_ARGUMENT', `«${where}» del mapa de columnas debe ser un objeto`, {});
  }
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') {
      throw new PqrsdError('INVALID_ARGUMENT', `«${where}.${k}» del mapa de columnas debe ser texto`, {
        key: k,
      });
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
  const ignored: string[] = [];
  const entity = new Map<string, string>();
  for (const [from, to] of Object.entries(map.columnas ?? {})) entity.set(normalizeToken(from), to);
  names.forEach((raw, i) => {
    const token = normalizeToken(raw.replace(/^\uFEFF/, ''));
    const mapped = entity.get(token);
    let column: CanonicalColumn | undefined;
    if (mapped !== undefined) column = mapped as CanonicalColumn;
    else if ((CANONICAL_NAMES as string[]).includes(token)) column = token as CanonicalColumn;
    else column = Object.hasOwn(HEADER_SYNONYMS, token) ? HEADER_SYNONYMS[token] : undefined;
    if (column === undefined || index[column] !== undefined) ignored.push(raw);
    else index[column] = i;
  });
  const missing = CANONICAL_NAMES.filter((c) => CANONICAL_COLUMNS[c].required && index[c] === undefined);
  return { index, ignored, missing };
}

/** Value synonyms per enumerated column (normalised token → canonical value). */
const VALUE_SYNONYMS: Readonly<Partial<Record<CanonicalColumn, Readonly<Record<string, string>>>>> = {
  tipo: {
    derecho_de_peticion: 'peticion',
    peticion_general: 'peticion',
    peticion_de_interes_general: 'peticion',
    peticion_de_interes_particular: 'peticion',
    p: 'peticion',
    q: 'queja',
    r: 'reclamo',
    reclamacion: 'reclamo',
    s: 'sugerencia',
    d: 'denuncia',
    f: 'felicitacion',
    peticion_de_documentos: 'peticion_documentos',
    solicitud_de_documentos: 'peticion_documentos',
    solicitud_de_copias: 'peticion_documentos',
    copias: 'peticion_documentos',
    documentos: 'peticion_documentos',
    solicitud_de_informacion: 'acceso_informacion',
    acceso_a_la_informacion: 'acceso_informacion',
    acceso_a_informacion_publica: 'acceso_informacion',
    informacion_publica: 'acceso_informacion',
    peticion_entre_autoridades: 'peticion_autoridad',
    solicitud_de_autoridad: 'peticion_autoridad',
    congresista: 'solicitud_congresista',
    solicitud_de_congresista: 'solicitud_congresista',
    recurso_de_reposicion: 'recurso',
    recurso_de_apelacion: 'recurso',
    reposicion: 'recurso',
  },
  regimen: {
    ley_1755: 'cpaca',
    ley_1755_de_2015: 'cpaca',
    ley_1437: 'cpaca',
    ley_1437_de_2011: 'cpaca',
    general: 'cpaca',
    ley_142: 'servicios_publicos',
    ley_142_de_1994: 'servicios_publicos',
    spd: 'servicios_publicos',
    servicios_publicos_domiciliarios: 'servicios_publicos',
    ley_1581: 'habeas_data',
    ley_1581_de_2012: 'habeas_data',
    datos_personales: 'habeas_data',
    ley_1480: 'consumo',
    ley_1480_de_2011: 'consumo',
    consumidor: 'consumo',
    decreto_491: 'emergencia_2020',
    decreto_491_de_2020: 'emergencia_2020',
    emergencia: 'emergencia_2020',
  },
  canal: {
    correo: 'correo_electronico',
    email: 'correo_electronico',
    e_mail: 'correo_electronico',
    mail: 'correo_electronico',
    web: 'formulario_web',
    pagina_web: 'formulario_web',
    formulario: 'formulario_web',
    portal_web: 'formulario_web',
    telefono: 'telefonico',
    telefonica: 'telefonico',
    linea_telefonica: 'telefonico',
    call_center: 'telefonico',
    contact_center: 'telefonico',
    personal: 'presencial',
    ventanilla: 'presencial',
    carta: 'escrito',
    correspondencia: 'escrito',
    fisico: 'escrito',
    redes: 'redes_sociales',
    whatsapp: 'chat',
    buzon_de_sugerencias: 'buzon',
  },
  resultado: {
    favorable: 'a_favor',
    accede: 'a_favor',
    a_favor_del_usuario: 'a_favor',
    accede_parcialmente: 'parcialmente_a_favor',
    parcial: 'parcialmente_a_favor',
    parcialmente_favorable: 'parcialmente_a_favor',
    no_accede: 'en_contra',
    desfavorable: 'en_contra',
    negada: 'en_contra',
    traslado_por_competencia: 'traslado',
    trasladada: 'traslado',
    rechaza: 'rechazo',
    rechazada: 'rechazo',
    archiva: 'archivo',
    archivada: 'archivo',
    desistida: 'desistimiento',
  },
  prioridad: {
    nna: 'nino_nina_adolescente',
    menor: 'nino_nina_adolescente',
    menor_de_edad: 'nino_nina_adolescente',
    nino: 'nino_nina_adolescente',
    gestante: 'mujer_gestante',
    embarazada: 'mujer_gestante',
    victima_del_conflicto: 'victima',
    persona_con_discapacidad: 'discapacidad',
    discapacitado: 'discapacidad',
    tercera_edad: 'adulto_mayor',
  },
};

const KNOWN_VALUES: Readonly<Partial<Record<CanonicalColumn, readonly string[]>>> = {
  tipo: REQUEST_TYPES,
  regimen: REGIMES,
  canal: CHANNELS,
  resultado: OUTCOMES,
  prioridad: PRIORITY_FLAGS,
};

/**
 * Normalises one value of an enumerated column: the entity's value map (exact text, then
 * normalised), then built-in synonyms, then the normalised token itself (plurals like `Quejas`
 * become singular when the singular is a known synonym or value). Empty text gives `undefined`.
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
  // An empty cell has no value whatever the map (computeEnumValue); the commonest cell of optional
  // columns, answered without a lookup.
  if (raw === '') return undefined;
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
  if (value === '') return undefined;
  const own = map.valores?.[column];
  if (own !== undefined) {
    // A value mapped to '' has no value (SUI «pendiente de respuesta»).
    const direct = own[value];
    if (direct !== undefined) return direct === '' ? undefined : direct;
    const token = normalizeToken(value);
    for (const [k, v] of Object.entries(own))
      if (normalizeToken(k) === token) return v === '' ? undefined : v;
  }
  const token = normalizeToken(value);
  const synonyms = VALUE_SYNONYMS[column];
  const hit = synonyms !== undefined && Object.hasOwn(synonyms, token) ? synonyms[token] : undefined;
  if (hit !== undefined) return hit;
  const known = KNOWN_VALUES[column];
  if (known !== undefined && token.endsWith('s') && !known.includes(token)) {
    // Plurals: «Quejas» → queja, «Peticiones» → peticion.
    for (const singular of [token.slice(0, -1), token.slice(0, -2)]) {
      const singularHit =
        synonyms !== undefined && Object.hasOwn(synonyms, singular) ? synonyms[singular] : undefined;
      if (singularHit !== undefined) return singularHit;
      if (known.includes(singular)) return singular;
    }
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
