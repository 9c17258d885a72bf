/**
 * From one CSV row (canonical columns) to a validated PQRSD record.
 *
 * The row becomes a record of the shape `pqrsd/schema` defines (events for prórroga, requerimiento,
 * traslado, desistimiento, respuesta and notificación; the response with its outcome; the survey
 * answer). The schema is the authority: a record is valid when `parsePqrsdRecord` accepts it.
 * Running zod on every row of a million-row file would cost ~10 µs a row, so a conservative pre-check
 * ({@link quickCheck}) accepts the common, plainly valid rows on its own and hands everything else to
 * the schema, which then gives the precise issues. A property test proves the pre-check never accepts
 * a record the schema rejects.
 *
 * A registry export carries no personal data of the petitioner (nor should it, Ley 1581 de 2012
 * art. 4 lit. b, finalidad): the record is built with `petitioner: { kind: 'anonima' }`, meaning only
 * "not identified in this file"; nothing is inferred from it. A missing `asunto` column gives the
 * subject «(sin asunto en el registro)»; a missing `canal` column gives the channel `otro` (the
 * audit reports both as notices).
 *
 * @module
 */

import { dayNumberOf } from '../calendar/day-memo.js';
import {
  CHANNELS,
  NOTIFICATION_VIAS,
  OUTCOMES,
  PRIORITY_FLAGS,
  RECURSO_KINDS,
  RECURSO_RESULTS,
  REGIMES,
  REQUEST_TYPES,
} from '../domain.js';
import { type PqrsdRecord, parsePqrsdRecord, RECORD_LIMITS } from '../schema/index.js';
import { dateCellMessage } from './dates.js';
import { statusOfCell } from './estado.js';
import {
  type CanonicalColumn,
  type ColumnMap,
  normalizeDateCell,
  normalizeEnumValue,
  type ResolvedHeader,
  splitPriority,
} from './mapping.js';
import { notificationEvents } from './notificacion.js';

/**
 * The placeholder subject when the file has no `asunto` column.
 *
 * @example
 * ```ts
 * NO_SUBJECT; //=> '(sin asunto en el registro)'
 * ```
 */
export const NO_SUBJECT = '(sin asunto en el registro)';

/**
 * A record built from a row, before validation.
 *
 * @example
 * ```ts
 * const b: BuiltRow = { input: {}, surveyDateColumn: 'fecha_respuesta', problems: [], warnings: [] };
 * ```
 */
export interface BuiltRow {
  /** The record as the schema will read it. */
  readonly input: Record<string, unknown>;
  /** The column the survey date came from. */
  readonly surveyDateColumn: CanonicalColumn;
  /** Problems found while building (a cell that cannot be read at all): the row is invalid. */
  readonly problems: readonly string[];
  /**
   * Warnings: optional cells that could not be read (the field is treated as absent; the row is kept).
   */
  readonly warnings: readonly string[];
  /**
   * What is known of the answer when no date says it: `respondida_sin_fecha` (a status or an outcome
   * says it was answered, no date says when), `sin_dato_respuesta` (the file has no answer-date column
   * and nothing says whether it was answered). Absent when the dates tell.
   */
  readonly answer?: AnswerKnowledge;
  /** The row's cells (for messages that quote them as written). */
  readonly fields?: readonly string[];
  /** The file's columns (for messages that quote the cells as written). */
  readonly header?: ResolvedHeader;
  /** The entity's own computed due date (`fecha_vencimiento`), normalised, if present. */
  readonly entityDueDate?: string;
  /** The radicado as written (for reports), if present. */
  readonly radicado?: string;
  /** `fila N` when the file has no radicado column: the record's id once valid. */
  readonly rowLabel?: string;
}

/**
 * What is known of a request's answer when no answer date says it (see {@link BuiltRow.answer}).
 *
 * @example
 * ```ts
 * const a: AnswerKnowledge = 'respondida_sin_fecha';
 * ```
 */
export type AnswerKnowledge = 'respondida_sin_fecha' | 'sin_dato_respuesta';

/**
 * Reads cells of canonical columns from a row.
 *
 * @example
 * ```ts no-run
 * const cell = cellReader(resolveHeader(['radicado']), ['R-1']);
 * cell('radicado'); //=> 'R-1'
 * ```
 */
export function cellReader(
  header: ResolvedHeader,
  fields: readonly string[],
): (c: CanonicalColumn) => string {
  return (c) => {
    const i = header.index[c];
    if (i === undefined) return '';
    const v = fields[i];
    return v === undefined ? '' : v.trim();
  };
}

/**
 * Builds the record of one row. Never throws: unreadable cells become `problems`.
 *
 * @example
 * ```ts no-run
 * const header = resolveHeader(['radicado', 'tipo', 'fecha_radicacion', 'canal']);
 * buildRecord(['R-1', 'Petición', '27/11/2026', 'web'], header).input;
 * //=> { radicado: 'R-1', type: 'peticion', receivedAt: '2026-11-27', channel: 'formulario_web', … }
 * ```
 */
export function buildRecord(
  fields: readonly string[],
  header: ResolvedHeader,
  map?: ColumnMap,
  line?: number,
): BuiltRow {
  // One call per row of a million-row file: plain index reads, no closure per row.
  const index = header.index;
  // Allocated on the first problem or warning: most rows have none.
  let problems: string[] | null = null;
  let warnings: string[] | null = null;
  let radicado = read(fields, index.radicado);
  // A spreadsheet's float rendering of a numeric id (`20191700062932.0`): the digits only.
  if (radicado.charCodeAt(radicado.length - 1) === 48 && FLOAT_ID.test(radicado))
    radicado = radicado.slice(0, radicado.indexOf('.'));
  const rowLabel = index.radicado === undefined && line !== undefined ? `fila ${line}` : undefined;
  // Every field of the record, in one order, from the start (undefined while absent): all rows share
  // one object shape, so whatever reads them (pre-check, engine, aggregators) stays monomorphic.
  const input: Record<string, unknown> = {
    radicado,
    type: normalizeEnumValue('tipo', read(fields, index.tipo), map) ?? '',
    regime: undefined,
    receivedAt: undefined,
    channel: undefined,
    subject: undefined,
    seccional: undefined,
    dependencia: undefined,
    assignee: undefined,
    petitioner: ANONYMOUS,
    priority: undefined,
    events: undefined,
    response: undefined,
    satisfaction: undefined,
  };
  // A recognised format may fix the regime of every row (the SUI Formato A: servicios_publicos).
  const regime = normalizeEnumValue('regimen', read(fields, index.regimen), map) ?? header.regime;
  if (regime !== undefined) input.regime = regime;
  if (rowLabel !== undefined) input.radicado = ROW_ID;
  input.receivedAt = normalizeDateCell(read(fields, index.fecha_radicacion)) ?? '';
  let channel = 'otro';
  if (index.canal !== undefined) {
    const cell = read(fields, index.canal);
    const value = normalizeEnumValue('canal', cell, map);
    if (value !== undefined && CHANNEL_SET.has(value)) channel = value;
    else
      warnings = withProblem(
        warnings,
        cell === ''
          ? 'canal: celda vacía; se registra «otro»'
          : `canal: «${cell}» no es un canal conocido (${CHANNELS.join(', ')}); se registra «otro»`,
      );
  }
  input.channel = channel;
  input.subject = index.asunto !== undefined ? read(fields, index.asunto) : NO_SUBJECT;
  const seccional = read(fields, index.seccional);
  if (seccional !== '') input.seccional = seccional;
  const dependencia = read(fields, index.dependencia);
  if (dependencia !== '') input.dependencia = dependencia;
  const assignee = read(fields, index.responsable);
  if (assignee !== '') input.assignee = assignee;
  const priority = read(fields, index.prioridad);
  if (priority !== '') {
    const flags = splitPriority(priority, map);
    let known = true;
    for (let i = 0; i < flags.length; i++) if (!PRIORITY_SET.has(flags[i])) known = false;
    if (known) input.priority = flags;
    else {
      warnings = withProblem(
        warnings,
        `prioridad: «${priority}» tiene condiciones desconocidas (${PRIORITY_FLAGS.join(', ')}); se omiten`,
      );
      const kept = flags.filter((f) => PRIORITY_SET.has(f));
      if (kept.length > 0) input.priority = kept;
    }
  }

  const events: Record<string, unknown>[] = [];
  let date = dateCell(fields, index.fecha_prorroga);
  if (date !== undefined) {
    const e: Record<string, unknown> = { type: 'prorroga', date };
    const newDue = dateCell(fields, index.nueva_fecha_vencimiento);
    const days = read(fields, index.dias_prorroga);
    if (newDue !== undefined) e.newDueDate = newDue;
    if (days !== '') {
      if (/^\d{1,4}$/.test(days)) e.businessDays = Number(days);
      else problems = withProblem(problems, `dias_prorroga: «${days}» no es un número entero de días`);
    }
    events.push(e);
  }
  date = dateCell(fields, index.fecha_requerimiento);
  if (date !== undefined) {
    events.push({ type: 'requerimiento', date });
  }
  date = dateCell(fields, index.fecha_ampliacion_requerimiento);
  if (date !== undefined) {
    events.push({ type: 'ampliacion_requerimiento', date });
  }
  date = dateCell(fields, index.fecha_respuesta_requerimiento);
  if (date !== undefined) {
    events.push({ type: 'respuesta_requerimiento', date });
  }
  date = dateCell(fields, index.fecha_traslado);
  if (date !== undefined) {
    const to = read(fields, index.entidad_traslado);
    events.push(to === '' ? { type: 'traslado', date } : { type: 'traslado', date, to });
  }
  date = dateCell(fields, index.fecha_desistimiento);
  if (date !== undefined) {
    events.push({ type: 'desistimiento', date });
  }
  let outcome = normalizeEnumValue('resultado', read(fields, index.resultado), map);
  if (outcome !== undefined && !OUTCOME_SET.has(outcome)) {
    warnings = withProblem(
      warnings,
      `resultado: «${read(fields, index.resultado)}» no es un sentido de respuesta conocido (${OUTCOMES.join(', ')}); se omite`,
    );
    outcome = undefined;
  }
  const answered = dateCell(fields, index.fecha_respuesta);
  if (answered !== undefined) {
    events.push(
      outcome === undefined
        ? { type: 'respuesta', date: answered }
        : { type: 'respuesta', date: answered, outcome },
    );
  }
  const notices = notificationEvents(
    {
      cited: dateCell(fields, index.fecha_citacion),
      aviso: dateCell(fields, index.fecha_aviso),
      notified: dateCell(fields, index.fecha_notificacion),
      type: normalizeEnumValue('tipo_notificacion', read(fields, index.tipo_notificacion), map),
      typeCell: read(fields, index.tipo_notificacion),
    },
    events,
  );
  if (notices !== null) for (const w of notices) warnings = withProblem(warnings, w);
  if (index.fecha_recurso !== undefined || index.fecha_decision_recurso !== undefined) {
    warnings = recursoEvents(fields, index, map, events, warnings);
  }
  date = dateCell(fields, index.fecha_envio_sspd);
  if (date !== undefined) events.push({ type: 'envio_sspd', date });
  if (index.fecha_decision_apelacion !== undefined) {
    warnings = decisionEvent(fields, index, APELACION_COLUMNS, map, events, warnings);
  }
  date = dateCell(fields, index.fecha_reconocimiento_sap);
  if (date !== undefined) events.push({ type: 'reconocimiento_sap', date });
  if (events.length > 0) input.events = events;
  if (answered !== undefined && outcome !== undefined) input.response = { date: answered, outcome };
  // Answered, but no date says when: a closing status, or an outcome without its date.
  let answer: AnswerKnowledge | undefined;
  if (answered === undefined) {
    let status = index.estado === undefined ? undefined : statusOfCell(read(fields, index.estado));
    if (status === 'desconocido') {
      warnings = withProblem(
        warnings,
        `estado: «${read(fields, index.estado)}» no dice si la solicitud está cerrada o abierta; se omite`,
      );
      status = undefined;
    }
    if (
      status === 'cerrada' ||
      (outcome !== undefined && outcome !== 'traslado' && outcome !== 'desistimiento')
    )
      answer = 'respondida_sin_fecha';
    else if (status === undefined && index.fecha_respuesta === undefined) answer = 'sin_dato_respuesta';
  }
  const score = read(fields, index.satisfaccion);
  if (score !== '') {
    const surveyCell = read(fields, index.fecha_encuesta);
    const surveyDate = dateCell(fields, index.fecha_encuesta) ?? (surveyCell === '' ? answered : undefined);
    if (!/^[1-5]$/.test(score))
      warnings = withProblem(warnings, `satisfaccion: «${score}» no es una respuesta de 1 a 5; se omite`);
    else if (surveyDate === undefined || civilDayOrNull(surveyDate.slice(0, 10)) === null)
      warnings = withProblem(
        warnings,
        surveyCell !== ''
          ? `fecha_encuesta: ${dateCellMessage(surveyCell)}; se omite la encuesta`
          : 'satisfaccion: falta la fecha de la encuesta (fecha_encuesta o fecha_respuesta); se omite',
      );
    else input.satisfaction = { date: surveyDate, score: Number(score) };
  }
  let due = dateCell(fields, index.fecha_vencimiento);
  if (due !== undefined && civilDayOrNull(due) === null) {
    warnings = withProblem(
      warnings,
      `fecha_vencimiento: ${dateCellMessage(read(fields, index.fecha_vencimiento))}; no se compara`,
    );
    due = undefined;
  }
  const built: {
    -readonly [K in keyof BuiltRow]: BuiltRow[K];
  } = {
    input,
    surveyDateColumn: index.fecha_encuesta !== undefined ? 'fecha_encuesta' : 'fecha_respuesta',
    problems: problems ?? NO_PROBLEMS,
    warnings: warnings ?? NO_PROBLEMS,
    fields,
    header,
  };
  if (answer !== undefined) built.answer = answer;
  if (due !== undefined) built.entityDueDate = due;
  if (radicado !== '') built.radicado = radicado;
  if (rowLabel !== undefined) built.rowLabel = rowLabel;
  return built;
}

/** An all-digits id rendered as a float: `20191700062932.0`, `…​.00`. */
const FLOAT_ID = /^\d+\.00?$/;
/** The radicado a row without an id column is validated with (it becomes `fila N` once valid). */
const ROW_ID = 'fila';

/** `list` with `problem` added (a new list for the first problem of a row). */
const KIND_SET: ReadonlySet<unknown> = new Set(RECURSO_KINDS);
const RESULT_SET: ReadonlySet<unknown> = new Set(RECURSO_RESULTS);

/**
 * The `recurso` and `decision_recurso` events of a row (fecha_recurso with tipo_recurso;
 * fecha_decision_recurso with resultado_recurso and fecha_notificacion_decision_recurso). A recurso
 * without a known kind is taken as a reposición, with a warning (its window is the same; only a queja
 * differs). Returns the warnings.
 */
function recursoEvents(
  fields: readonly string[],
  index: ResolvedHeader['index'],
  map: ColumnMap | undefined,
  events: Record<string, unknown>[],
  warnings: string[] | null,
): string[] | null {
  let out = warnings;
  const filed = dateCell(fields, index.fecha_recurso);
  if (filed !== undefined) {
    const raw = read(fields, index.tipo_recurso);
    let kind = normalizeEnumValue('tipo_recurso', raw, map);
    if (kind === undefined || !KIND_SET.has(kind)) {
      out = withProblem(
        out,
        raw === ''
          ? 'tipo_recurso: falta la clase del recurso; se toma como reposición'
          : `tipo_recurso: «${raw}» no es una clase de recurso conocida (${RECURSO_KINDS.join(', ')}); se toma como reposición`,
      );
      kind = 'reposicion';
    }
    events.push({ type: 'recurso', date: filed, kind });
  }
  return decisionEvent(fields, index, RECURSO_COLUMNS, map, events, out);
}

/** The columns of a decision on the recursos: its date, result and notification. */
interface DecisionColumns {
  readonly type: 'decision_recurso' | 'decision_apelacion';
  readonly date: CanonicalColumn;
  readonly result: CanonicalColumn;
  readonly notified: CanonicalColumn;
  readonly what: string;
}

const RECURSO_COLUMNS: DecisionColumns = {
  type: 'decision_recurso',
  date: 'fecha_decision_recurso',
  result: 'resultado_recurso',
  notified: 'fecha_notificacion_decision_recurso',
  what: 'una decisión de recurso',
};
const APELACION_COLUMNS: DecisionColumns = {
  type: 'decision_apelacion',
  date: 'fecha_decision_apelacion',
  result: 'resultado_apelacion',
  notified: 'fecha_notificacion_decision_apelacion',
  what: 'una decisión de apelación',
};

/**
 * The `decision_recurso` (fecha_decision_recurso, resultado_recurso,
 * fecha_notificacion_decision_recurso) or `decision_apelacion` (fecha_decision_apelacion,
 * resultado_apelacion, fecha_notificacion_decision_apelacion) of a row. An unknown result is left
 * out, with a warning. Returns the warnings.
 */
function decisionEvent(
  fields: readonly string[],
  index: ResolvedHeader['index'],
  c: DecisionColumns,
  map: ColumnMap | undefined,
  events: Record<string, unknown>[],
  warnings: string[] | null,
): string[] | null {
  let out = warnings;
  const decided = dateCell(fields, index[c.date]);
  if (decided === undefined) return out;
  const e: Record<string, unknown> = { type: c.type, date: decided };
  const raw = read(fields, index[c.result]);
  const result = normalizeEnumValue(c.result, raw, map);
  if (result !== undefined && RESULT_SET.has(result)) e.result = result;
  else if (raw !== '') {
    out = withProblem(
      out,
      `${c.result}: «${raw}» no es ${c.what} conocida (${RECURSO_RESULTS.join(', ')}); se omite`,
    );
  }
  const notified = dateCell(fields, index[c.notified]);
  if (notified !== undefined) e.notifiedOn = notified;
  events.push(e);
  return out;
}

function withProblem(list: string[] | null, problem: string): string[] {
  if (list === null) return [problem];
  list.push(problem);
  return list;
}

/** The trimmed cell at `i` ('' when the column is absent or the row is short). */
function read(fields: readonly string[], i: number | undefined): string {
  if (i === undefined) return '';
  const v = fields[i];
  if (v === undefined || v === '') return '';
  const c0 = v.charCodeAt(0);
  const c1 = v.charCodeAt(v.length - 1);
  // Most cells start and end with a printable ASCII character: nothing to trim.
  return c0 > 32 && c0 < 127 && c1 > 32 && c1 < 127 ? v : v.trim();
}

/** The date cell at `i`, normalised ({@link normalizeDateCell}). */
function dateCell(fields: readonly string[], i: number | undefined): string | undefined {
  if (i === undefined) return undefined;
  const v = fields[i];
  if (v === undefined || v === '') return undefined;
  return normalizeDateCell(v);
}

const RADICADO = /^[0-9A-Za-z][0-9A-Za-z._/-]*$/;
/** The petitioner of every row built from a registry (shared: frozen). */
const ANONYMOUS: { readonly kind: 'anonima' } = Object.freeze({ kind: 'anonima' });

/** Own enumerable keys of a plain object, without building their array. */
function keyCount(o: object): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

/** Whether `value` is a date on or after the day number `received`. */
function onOrAfter(value: unknown, received: number): boolean {
  const d = dayOf(value);
  return d !== null && d >= received;
}
const TYPES: ReadonlySet<unknown> = new Set(REQUEST_TYPES);
const REGIME_SET: ReadonlySet<unknown> = new Set([...REGIMES, 'auto']);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const OUTCOME_SET: ReadonlySet<unknown> = new Set(OUTCOMES);
const VIA_SET: ReadonlySet<unknown> = new Set(NOTIFICATION_VIAS);
const PRIORITY_SET: ReadonlySet<unknown> = new Set(PRIORITY_FLAGS);
const INPUT_KEYS: ReadonlySet<string> = new Set([
  'radicado',
  'type',
  'regime',
  'receivedAt',
  'channel',
  'subject',
  'seccional',
  'dependencia',
  'assignee',
  'petitioner',
  'priority',
  'events',
  'response',
  'satisfaction',
]);

function text(value: unknown, max: number): boolean {
  if (typeof value !== 'string' || value.length > max || value.length === 0) return false;
  // A printable ASCII first character is not blank: no regular expression for the common case.
  const c = value.charCodeAt(0);
  return (c > 32 && c < 127) || /\S/.test(value);
}

/**
 * The day number of a valid `YYYY-MM-DD` civil date in the supported range, else `null` (no closure,
 * one try per call: this runs several times per row of a million-row file).
 *
 * @example
 * ```ts
 * civilDayOrNull('1984-01-02'); //=> 5114
 * civilDayOrNull('2026-02-30'); //=> null
 * ```
 */
export function civilDayOrNull(value: unknown): number | null {
  if (typeof value !== 'string' || value.length !== 10) return null;
  try {
    return dayNumberOf(value);
  } catch {
    return null;
  }
}

const dayOf = civilDayOrNull;

/**
 * A conservative pre-check of a built record: `true` only when every field is plainly valid by the
 * rules of `pqrsd/schema` (civil dates only, known enums, lengths, events after the receipt,
 * prórroga with exactly one of its two forms…). `false` means "ask the schema", not "invalid".
 * `knownKeys`: the input was built by {@link buildRecord}, whose keys are all fields of the schema
 * (the scan for unknown keys is skipped).
 *
 * @example
 * ```ts
 * quickCheck({ radicado: 'R-1', type: 'peticion', receivedAt: '2026-11-27', channel: 'otro',
 *   subject: 'x', petitioner: { kind: 'anonima' } }); //=> true
 * ```
 */
export function quickCheck(input: Readonly<Record<string, unknown>>, knownKeys = false): boolean {
  // One call per row of a million-row file: no closure, no key array per row. A record built by
  // buildRecord (`knownKeys`) has only fields of the schema: no key scan.
  if (!knownKeys) for (const key in input) if (!INPUT_KEYS.has(key)) return false;
  const r = input.radicado;
  if (typeof r !== 'string' || r.length > RECORD_LIMITS.radicado || !RADICADO.test(r)) return false;
  if (!TYPES.has(input.type) || !CHANNEL_SET.has(input.channel)) return false;
  if (input.regime !== undefined && !REGIME_SET.has(input.regime)) return false;
  const received = dayOf(input.receivedAt);
  if (received === null) return false;
  if (!text(input.subject, RECORD_LIMITS.subject)) return false;
  const unit = RECORD_LIMITS.unit;
  if (input.seccional !== undefined && !text(input.seccional, unit)) return false;
  if (input.dependencia !== undefined && !text(input.dependencia, unit)) return false;
  if (input.assignee !== undefined && !text(input.assignee, unit)) return false;
  // Objects built by buildRecord (`knownKeys`) have no other keys than the ones read below: their
  // keys are not counted (a prórroga's two forms are still told apart).
  const exact = !knownKeys;
  const p = input.petitioner as { kind?: unknown } | undefined;
  if (p !== ANONYMOUS && (p === undefined || p.kind !== 'anonima' || keyCount(p) !== 1)) return false;
  if (input.priority !== undefined) {
    const flags = input.priority;
    if (!Array.isArray(flags) || flags.length > RECORD_LIMITS.priority) return false;
    for (let i = 0; i < flags.length; i++) {
      if (!PRIORITY_SET.has(flags[i]) || flags.indexOf(flags[i]) !== i) return false;
    }
  }
  const events = input.events as readonly Record<string, unknown>[] | undefined;
  if (events !== undefined) {
    if (!Array.isArray(events) || events.length > RECORD_LIMITS.events) return false;
    for (const e of events) {
      if (!onOrAfter(e.date, received)) return false;
      switch (e.type) {
        case 'prorroga': {
          if (exact && keyCount(e) !== 3) return false;
          if (e.newDueDate !== undefined) {
            if (e.businessDays !== undefined || dayOf(e.newDueDate) === null) return false;
          } else {
            const n = e.businessDays;
            if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 60) return false;
          }
          break;
        }
        case 'traslado':
          if (e.to !== undefined && !text(e.to, RECORD_LIMITS.eventText)) return false;
          if (exact && keyCount(e) !== (e.to === undefined ? 2 : 3)) return false;
          break;
        case 'respuesta':
          if (e.outcome !== undefined && !OUTCOME_SET.has(e.outcome)) return false;
          if (exact && keyCount(e) !== (e.outcome === undefined ? 2 : 3)) return false;
          break;
        case 'requerimiento':
        case 'respuesta_requerimiento':
        case 'ampliacion_requerimiento':
        case 'citacion':
        case 'aviso':
        case 'desistimiento':
        case 'envio_sspd':
        case 'renuncia_recursos':
        case 'reconocimiento_sap':
          if (exact && keyCount(e) !== 2) return false;
          break;
        case 'notificacion':
          if (e.via !== undefined && !VIA_SET.has(e.via)) return false;
          if (exact && keyCount(e) !== (e.via === undefined ? 2 : 3)) return false;
          break;
        case 'recurso':
          if (!KIND_SET.has(e.kind) || (exact && keyCount(e) !== 3)) return false;
          break;
        case 'decision_recurso':
        case 'decision_apelacion': {
          if (e.result !== undefined && !RESULT_SET.has(e.result)) return false;
          const notified = e.notifiedOn === undefined ? null : dayOf(e.notifiedOn);
          if (e.notifiedOn !== undefined && (notified === null || notified < (dayOf(e.date) as number)))
            return false;
          if (
            exact &&
            keyCount(e) !== 2 + (e.result === undefined ? 0 : 1) + (e.notifiedOn === undefined ? 0 : 1)
          )
            return false;
          break;
        }
        default:
          return false;
      }
    }
  }
  const response = input.response as Record<string, unknown> | undefined;
  if (response !== undefined) {
    if (
      (exact && keyCount(response) !== 2) ||
      !onOrAfter(response.date, received) ||
      !OUTCOME_SET.has(response.outcome)
    )
      return false;
    let answered = false;
    if (events !== undefined)
      for (const e of events) if (e.type === 'respuesta' && e.date === response.date) answered = true;
    if (!answered) return false;
  }
  const survey = input.satisfaction as Record<string, unknown> | undefined;
  if (survey !== undefined) {
    const s = survey.score;
    if ((exact && keyCount(survey) !== 2) || !onOrAfter(survey.date, received)) return false;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 1 || s > 5) return false;
  }
  return true;
}

/**
 * The outcome of validating a row: the record, or the Spanish reasons (each prefixed by its column).
 *
 * @example
 * ```ts
 * const v: RowValidation = { ok: false, reasons: ['fecha_radicacion: «2026-02-30» no es una fecha válida'], warnings: [] };
 * ```
 */
export type RowValidation =
  | { readonly ok: true; readonly record: PqrsdRecord; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reasons: readonly string[]; readonly warnings: readonly string[] };

const FIELD_COLUMNS: Readonly<Record<string, CanonicalColumn>> = {
  radicado: 'radicado',
  type: 'tipo',
  regime: 'regimen',
  receivedAt: 'fecha_radicacion',
  channel: 'canal',
  subject: 'asunto',
  seccional: 'seccional',
  dependencia: 'dependencia',
  assignee: 'responsable',
  priority: 'prioridad',
  'response.date': 'fecha_respuesta',
  response: 'resultado',
  'satisfaction.score': 'satisfaccion',
  satisfaction: 'satisfaccion',
};

const EVENT_FIELD_COLUMNS: Readonly<Record<string, CanonicalColumn>> = {
  newDueDate: 'nueva_fecha_vencimiento',
  businessDays: 'dias_prorroga',
  to: 'entidad_traslado',
  outcome: 'resultado',
  via: 'tipo_notificacion',
  kind: 'tipo_recurso',
  result: 'resultado_recurso',
  notifiedOn: 'fecha_notificacion_decision_recurso',
};

/** The fields of a `decision_apelacion`, from their own columns. */
const APELACION_FIELD_COLUMNS: Readonly<Record<string, CanonicalColumn>> = {
  ...EVENT_FIELD_COLUMNS,
  result: 'resultado_apelacion',
  notifiedOn: 'fecha_notificacion_decision_apelacion',
};

/**
 * The column of the file each event type of a built record comes from (buildRecord makes at most one
 * event of each type, from its date column).
 *
 * @example
 * ```ts
 * EVENT_COLUMNS.prorroga; //=> 'fecha_prorroga'
 * ```
 */
export const EVENT_COLUMNS: Readonly<Record<string, CanonicalColumn>> = {
  prorroga: 'fecha_prorroga',
  requerimiento: 'fecha_requerimiento',
  ampliacion_requerimiento: 'fecha_ampliacion_requerimiento',
  respuesta_requerimiento: 'fecha_respuesta_requerimiento',
  traslado: 'fecha_traslado',
  desistimiento: 'fecha_desistimiento',
  respuesta: 'fecha_respuesta',
  notificacion: 'fecha_notificacion',
  citacion: 'fecha_citacion',
  aviso: 'fecha_aviso',
  recurso: 'fecha_recurso',
  decision_recurso: 'fecha_decision_recurso',
  envio_sspd: 'fecha_envio_sspd',
  decision_apelacion: 'fecha_decision_apelacion',
  reconocimiento_sap: 'fecha_reconocimiento_sap',
};

const NO_PROBLEMS: readonly string[] = Object.freeze([]);

/** The file column a schema issue path refers to. */
function columnOf(path: string, built: BuiltRow): string {
  const event = /^events\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (event) {
    const events = built.input.events as readonly { readonly type?: unknown }[] | undefined;
    const type = events?.[Number(event[1])]?.type;
    const fields = type === 'decision_apelacion' ? APELACION_FIELD_COLUMNS : EVENT_FIELD_COLUMNS;
    const field = event[2] === undefined ? undefined : fields[event[2]];
    const column =
      typeof type === 'string' && Object.hasOwn(EVENT_COLUMNS, type) ? EVENT_COLUMNS[type] : undefined;
    return field ?? column ?? path;
  }
  if (path === 'satisfaction.date') return built.surveyDateColumn;
  const direct = FIELD_COLUMNS[path] ?? FIELD_COLUMNS[path.split(/[.[]/)[0]!];
  return direct ?? (path === '' ? 'registro' : path);
}

/** Record fields whose bad value is a warning (the field is dropped or defaulted, the row kept). */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set([
  'subject',
  'seccional',
  'dependencia',
  'assignee',
  'priority',
  'satisfaction',
]);

/** The first key of an issue path (`satisfaction.date` → `satisfaction`). */
function fieldOf(path: string): string {
  const m = /^[A-Za-z]+/.exec(path);
  return m === null ? path : m[0];
}

/**
 * The Spanish reason of a schema issue, prefixed by its column, quoting the cell as written (not the
 * normalised token the record holds); a filing date lists the accepted formats.
 */
function reasonOf(
  issue: { readonly path: string; readonly message: string; readonly code: string },
  built: BuiltRow,
): string {
  const column = columnOf(issue.path, built);
  const index = built.header?.index[column as CanonicalColumn];
  const cell = index === undefined || built.fields === undefined ? undefined : built.fields[index]?.trim();
  if (cell === undefined || cell === '') return `${column}: ${issue.message}`;
  if (issue.path === 'receivedAt' && (issue.code.startsWith('fecha') || issue.code === 'formato_invalido'))
    return `${column}: ${dateCellMessage(cell)}`;
  // The normalised token the message quotes, replaced by the cell.
  const quoted = /«([^»]*)»/.exec(issue.message);
  if (quoted !== null && quoted[1] !== cell)
    return `${column}: ${issue.message.replace(quoted[0], `«${cell}»`)}`;
  return `${column}: ${issue.message}`;
}

/** The record of a row without an id column, named `fila N`. */
function labelled(record: PqrsdRecord, built: BuiltRow): PqrsdRecord {
  if (built.rowLabel !== undefined) (record as { radicado: string }).radicado = built.rowLabel;
  return record;
}

/**
 * Validates a built row: the quick pre-check, else the schema (whose issues are translated to the
 * file's column names, quoting the cells as written). Issues of optional fields (subject, seccional,
 * dependencia, assignee, priority, satisfaction) do not reject the row: the field is dropped
 * (the subject becomes {@link NO_SUBJECT}), the record validated again, and the issues returned as
 * `warnings`, with the row's own ({@link BuiltRow.warnings}).
 *
 * @example
 * ```ts no-run
 * validateRow(buildRecord(['R-1', 'peticion', '2026-02-30'], resolveHeader(['radicado', 'tipo', 'fecha_radicacion'])));
 * //=> { ok: false, reasons: ['fecha_radicacion: «2026-02-30» no es una fecha válida…'], warnings: [] }
 * ```
 */
export function validateRow(built: BuiltRow): RowValidation {
  const warnings = built.warnings;
  if (built.problems.length > 0) {
    // Every problem of the row: the schema's too (a cell that cannot be read hides nothing else).
    const more = schemaReasons(built);
    return {
      ok: false,
      reasons: [...built.problems, ...more.reasons],
      warnings: [...warnings, ...more.warnings],
    };
  }
  if (quickCheck(built.input, true))
    return { ok: true, record: labelled(built.input as unknown as PqrsdRecord, built), warnings };
  const first = parsePqrsdRecord(built.input);
  if (first.ok) return { ok: true, record: labelled(first.value, built), warnings };
  const { reasons, warnings: more, retry } = splitIssues(first.issues, built);
  if (reasons.length === 0 && retry !== undefined) {
    const second = parsePqrsdRecord(retry);
    if (second.ok)
      return { ok: true, record: labelled(second.value, built), warnings: [...warnings, ...more] };
    const again = splitIssues(second.issues, built);
    return {
      ok: false,
      reasons: again.reasons.length > 0 ? again.reasons : second.issues.map((i) => i.message),
      warnings: [...warnings, ...more],
    };
  }
  return {
    ok: false,
    reasons: reasons.length > 0 ? reasons : first.issues.map((i) => i.message),
    warnings: [...warnings, ...more],
  };
}

/** The schema's reasons and warnings for a row that already has problems. */
function schemaReasons(built: BuiltRow): { reasons: string[]; warnings: string[] } {
  const r = parsePqrsdRecord(built.input);
  if (r.ok) return { reasons: [], warnings: [] };
  const { reasons, warnings } = splitIssues(r.issues, built);
  return { reasons, warnings };
}

type Issue = { readonly path: string; readonly message: string; readonly code: string };

/**
 * The issues of a record split into reasons (the row is invalid) and warnings (an optional field:
 * `retry` is the input without those fields).
 */
function splitIssues(
  issues: readonly Issue[],
  built: BuiltRow,
): { reasons: string[]; warnings: string[]; retry?: Record<string, unknown> } {
  const reasons: string[] = [];
  const warnings: string[] = [];
  let retry: Record<string, unknown> | undefined;
  for (const issue of issues) {
    if (issue.code === 'respuesta_sin_evento') continue;
    const field = fieldOf(issue.path);
    if (OPTIONAL_FIELDS.has(field)) {
      warnings.push(`${reasonOf(issue, built)} (se omite el dato)`);
      retry ??= { ...built.input };
      retry[field] = field === 'subject' ? NO_SUBJECT : undefined;
    } else reasons.push(reasonOf(issue, built));
  }
  return retry === undefined ? { reasons, warnings } : { reasons, warnings, retry };
}
