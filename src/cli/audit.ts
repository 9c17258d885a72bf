/**
 * The audit of a PQRSD registry in a single streaming pass:
 * row → canonical columns → record (validated with the schema) → status as of the cut-off date
 * (deadline engine) → indicators (aggregators) and alerts → comparison of the entity's own due date
 * with the legal one. Only aggregates are kept, plus the invalid rows and the disagreements up to a
 * cap (with their full counts): memory does not grow with the file.
 *
 * @module
 */

import { type IsoDate, isIsoDate } from '../calendar/index.js';
import type { DeadlineResult, RequestStatus } from '../deadlines/index.js';
import { statusOrEarlyCutOff } from '../deadlines/status.js';
import { REQUEST_STATES, type RequestState, type Semaforo } from '../domain.js';
import { isPqrsdError } from '../errors.js';
import { addWithoutChecks } from '../indicators/aggregate.js';
import { mayRaiseRecordAlert } from '../indicators/alerts.js';
import {
  type AggregateResult,
  type Aggregator,
  type AggregatorOptions,
  type AggregatorSnapshot,
  ALERT_CODES,
  type CalendarPeriodKind,
  createAggregator,
  type EarlyAlert,
  earlyAlerts,
  type GroupSummary,
  type IndicatorRecord,
  type IndicatorResult,
  indicatorAlerts,
} from '../indicators/index.js';
import { type PqrsdRecord, parsePqrsdRecord } from '../schema/index.js';
import {
  calendarOffset,
  type DisagreementVerdict,
  disagreementVerdict,
  fixedOffsetDetail,
  fixedOffsetOf,
  mergeOffsetTallies,
  type OffsetTally,
  offsetAlternatives,
  offsetMovable,
  sharedVerdict,
  tallyOffset,
  termKey,
} from '../testing/compare.js';
import {
  compareDeadline,
  type DeadlineDisagreement,
  DISAGREEMENT_CAUSES,
  type DisagreementCause,
} from '../testing/index.js';
import {
  type CsvEncoding,
  type CsvHandlers,
  type CsvInputFormat,
  CsvParser,
  type CsvReadOptions,
  type CsvSummary,
} from './csv.js';
import { type DecidedMapping, decideMapping, headerNotices } from './inference/decide.js';
import { type ColumnMapping, SAMPLE_ROWS } from './inference/infer.js';
import { usage } from './io.js';
import { jsonSyntaxMessage } from './json-error.js';
import {
  type AuditLifecycle,
  emptyLifecycleTally,
  type LifecycleTallyData,
  lifecycleResult,
  mergeLifecycleTally,
  tallyLifecycle,
} from './lifecycle-tally.js';
import { blankOut, type ColumnMap, type ResolvedHeader } from './mapping.js';
import type { Progress } from './progress.js';
import { type AnswerKnowledge, buildRecord, validateRow } from './record.js';
import { OUT_OF_SCOPE } from './vocabulary/index.js';

export { headerNotices };

const NO_WARNINGS: readonly string[] = Object.freeze([]);
/** States in which the engine sees a request pending. */
const OPEN_STATE_SET: ReadonlySet<RequestState> = new Set<RequestState>([
  'en_termino',
  'por_vencer',
  'vencida',
  'en_requerimiento',
]);

/**
 * Where the records come from.
 *
 * - `csv`: bytes of a CSV export (streamed);
 * - `jsonl`: bytes of JSON Lines, one record per line (streamed);
 * - `json`: the text of a JSON array of records (read whole: prefer CSV or JSON Lines for big files);
 * - `xlsx`: an Excel workbook on disk, one sheet read as a table (streamed; the reader is loaded
 *   only for this format).
 *
 * JSON records are PQRSD records in the schema's format; each may carry `fecha_vencimiento` (the
 * entity's computed due date), which is taken out before validation.
 *
 * @example
 * ```ts
 * const s: AuditSource = { format: 'json', name: 'registro.json', text: '[]' };
 * ```
 */
export type AuditSource =
  | {
      readonly format: 'csv' | 'jsonl';
      readonly name: string;
      readonly chunks: AsyncIterable<Uint8Array | string>;
      /** Size in bytes, for the progress bar (0 when unknown). */
      readonly size?: number;
    }
  | { readonly format: 'json'; readonly name: string; readonly text: string }
  | {
      readonly format: 'xlsx';
      readonly name: string;
      readonly path: string;
      /** `--hoja`: a sheet name or 1-based number (default: the first visible worksheet). */
      readonly sheet?: string | undefined;
      /** Size in bytes of the file (the progress bar follows the sheet's own bytes). */
      readonly size?: number;
    };

/**
 * One audited row, as handed to {@link AuditOptions.onRow} (for the per-record CSV output).
 *
 * @example
 * ```ts
 * const r: AuditedRow = { line: 2, valid: false, reasons: ['tipo: …'] };
 * ```
 */
export interface AuditedRow {
  /** Line in the file (CSV, JSON Lines) or position in the array (JSON), 1-based. */
  readonly line: number;
  /** Radicado, when readable. */
  readonly radicado?: string | undefined;
  /** Whether the record passed the schema and the engine. */
  readonly valid: boolean;
  /** Why it is invalid (Spanish, prefixed by the column). */
  readonly reasons?: readonly string[];
  /** Optional cells that could not be read (the field treated as absent, the row kept). */
  readonly warnings?: readonly string[];
  /** What is known of the answer when no date says it (its timeliness is unknown). */
  readonly answer?: AnswerKnowledge | undefined;
  /** The validated record. */
  readonly record?: PqrsdRecord;
  /** Its status as of the cut-off date. */
  readonly status?: RequestStatus;
  /** The entity's due date, when given. */
  readonly entityDueDate?: string | undefined;
  /** The disagreement with the legal due date, if any. */
  readonly disagreement?: DeadlineDisagreement | null;
}

/**
 * Options of {@link runAudit}.
 *
 * @example
 * ```ts
 * const o: AuditOptions = { asOf: '2026-11-27', period: 'semester' };
 * ```
 */
export interface AuditOptions {
  /** The cut-off date: every state and indicator is as of this day. */
  readonly asOf: IsoDate;
  /** The entity's column map (`--mapa`). */
  readonly columnMap?: ColumnMap | undefined;
  /** Period of the indicators per seccional (default `semester`: the Ley 1474 art. 76 report). */
  readonly period?: CalendarPeriodKind | 'total' | undefined;
  /** Users (suscriptores) per seccional, for «PQRSD a favor del usuario». */
  readonly usersBySeccional?: Readonly<Record<string, number>> | undefined;
  /** Most invalid rows and disagreements listed (their counts are always complete); default 200. */
  readonly maxListed?: number | undefined;
  /** Called for every row, in order (the per-record CSV output). */
  readonly onRow?: ((row: AuditedRow) => void) | undefined;
  /** Called after each chunk: flush what `onRow` produced (with backpressure). */
  readonly onChunk?: (() => Promise<void> | undefined) | undefined;
  /** Called when a CSV input's header is read, with its format (before any `onRow`). */
  readonly onCsvHeader?: ((format: CsvInputFormat) => void) | undefined;
  /** Called when a CSV stream's encoding is decided after its header was read. */
  readonly onCsvEncoding?: ((encoding: CsvEncoding) => void) | undefined;
  /** Progress bar. */
  readonly progress?: Progress | undefined;
  /** CSV reader options (size guards). */
  readonly csv?: CsvReadOptions | undefined;
}

/**
 * An invalid row: where, which radicado, why.
 *
 * @example
 * ```ts
 * const r: InvalidRow = { line: 7, radicado: 'R-7', reasons: ['fecha_radicacion: «2026-02-30» no es una fecha válida'] };
 * ```
 */
export interface InvalidRow {
  /** Line in the file (or position in a JSON array). */
  readonly line: number;
  /** Radicado, when readable. */
  readonly radicado?: string;
  /** Reasons (Spanish). */
  readonly reasons: readonly string[];
}

/**
 * A row kept with warnings: optional cells that could not be read (each field treated as absent).
 *
 * @example
 * ```ts
 * const w: WarningRow = { line: 9, radicado: 'R-9', warnings: ['canal: celda vacía; se registra «otro»'] };
 * ```
 */
export interface WarningRow {
  /** Line in the file. */
  readonly line: number;
  /** Radicado (or `fila N`). */
  readonly radicado?: string;
  /** Every warning of the row (Spanish, prefixed by the column). */
  readonly warnings: readonly string[];
}

/**
 * Rows out of scope with one value of the type column.
 *
 * @example
 * ```ts
 * const g: OutOfScopeGroup = { value: 'TUTELA', count: 2, lines: [4, 9] };
 * ```
 */
export interface OutOfScopeGroup {
  /** The type cell as written (`''`: empty, mapped out of scope by the entity). */
  readonly value: string;
  /** Rows with it. */
  readonly count: number;
  /** Their lines in the file, in order, up to the cap. */
  readonly lines: readonly number[];
}

/**
 * A disagreement found in the file, with where it is.
 *
 * @example
 * ```ts
 * type D = ListedDisagreement['line'];
 * ```
 */
export type ListedDisagreement = DeadlineDisagreement & {
  /** Line in the file. */
  readonly line: number;
  /** Seccional of the record. */
  readonly seccional?: string;
};

/**
 * Open requests and their semáforo, per seccional.
 *
 * @example
 * ```ts
 * const s: SemaforoRow = {
 *   seccional: 'Norte',
 *   bySemaforo: { verde: 3, amarillo: 1, rojo: 0 },
 *   overdue: 2,
 *   open: 6,
 *   total: 40,
 * };
 * ```
 */
export interface SemaforoRow {
  /** Seccional (or `(sin dato)`). */
  readonly seccional: string;
  /**
   * Open requests not yet expired, per semáforo colour (`rojo`: today is the last day); the three
   * colours are always present.
   */
  readonly bySemaforo: Readonly<Record<Semaforo, number>>;
  /** Open with the term expired. */
  readonly overdue: number;
  /** All open requests. */
  readonly open: number;
  /** All requests of the seccional. */
  readonly total: number;
}

/**
 * The result of an audit: everything the report renderers need, and nothing that grows with the file
 * beyond the capped lists.
 *
 * @example
 * ```ts no-run
 * declare const report: AuditReport;
 * report.rows.invalid; // número de filas inválidas
 * ```
 */
export interface AuditReport {
  /** Cut-off date. */
  readonly asOf: IsoDate;
  /** The input and how it was read. */
  readonly source: {
    readonly name: string;
    readonly format: 'csv' | 'json' | 'jsonl' | 'xlsx';
    /** The sheet read (`xlsx`). */
    readonly sheet?: string;
    readonly encoding?: string;
    readonly separator?: string;
    readonly bom?: boolean;
    /** Columns of the file that map to no canonical column. */
    readonly ignoredColumns: readonly string[];
    /** Notices about the input (Spanish). */
    readonly notices: readonly string[];
  };
  /**
   * How the columns of a CSV file were read: each header and the canonical column it became, how
   * (map, header, synonym, content) and how sure.
   */
  readonly mapping?: ColumnMapping;
  /** Row counts: `total` = `valid` + `invalid` + `outOfScope`. */
  readonly rows: {
    readonly total: number;
    readonly valid: number;
    readonly invalid: number;
    readonly warned: number;
    readonly warnings: number;
    /** Rows that are not a PQRSD (correspondence, tutelas…): neither audited nor invalid. */
    readonly outOfScope: number;
  };
  /** Invalid rows, up to the cap. */
  readonly invalidRows: readonly InvalidRow[];
  /** Valid rows with warnings, up to the cap. */
  readonly warningRows: readonly WarningRow[];
  /** The rows out of scope, grouped by the value of their type (lines up to the cap per value). */
  readonly outOfScope: readonly OutOfScopeGroup[];
  /** Count per state as of the cut-off date (requests whose answer is unknown are apart). */
  readonly states: Readonly<Record<RequestState, number>>;
  /**
   * Valid requests the engine sees pending but whose answer no date tells, per {@link AnswerKnowledge}:
   * `respondida_sin_fecha` (a status or outcome says answered), `sin_dato_respuesta` (the file has no
   * answer-date column and
   * nothing says). Their timeliness is unknown: neither in the states nor in oportunidad or
   * pendientes vencidas.
   */
  readonly unknownAnswer: Readonly<Record<AnswerKnowledge, number>>;
  /** Open requests by semáforo, per seccional. */
  readonly semaforo: readonly SemaforoRow[];
  /** Indicators: entity-wide, per seccional and period, per month of answer. */
  readonly indicators: {
    readonly period: CalendarPeriodKind | 'total';
    readonly total: readonly GroupSummary[];
    readonly bySeccional: readonly GroupSummary[];
    readonly byMonth: readonly GroupSummary[];
  };
  /** Early alerts, most urgent first. */
  readonly alerts: readonly EarlyAlert[];
  /** The entity's own due dates compared with the legal ones. */
  readonly disagreements: {
    /** Records that carried `fecha_vencimiento`. */
    readonly compared: number;
    /** Disagreements found. */
    readonly count: number;
    /** Disagreements where the entity's date is later than the legal one. */
    readonly late: number;
    /** Count per likely cause. */
    readonly byCause: Readonly<Record<DisagreementCause, number>>;
    /** Count per seccional and cause. */
    readonly bySeccional: Readonly<Record<string, Readonly<Record<string, number>>>>;
    /** The disagreements, up to the cap. */
    readonly items: readonly ListedDisagreement[];
  };
  /**
   * After the answer: counts by stage and by notification state, and the notification and recurso
   * alerts; present only when some row has notification-chain or recurso data.
   */
  readonly lifecycle?: AuditLifecycle;
  /** Requests pending with the term expired. */
  readonly overdue: number;
  /** Indicator results that miss their meta. */
  readonly failingIndicators: number;
}

const NO_SECCIONAL = '(sin dato)';
const ALERT_BATCH = 512;

function toIndicatorRecord(
  record: PqrsdRecord,
  status: RequestStatus,
  answer: AnswerKnowledge | undefined,
): IndicatorRecord {
  const requirement = status.deadline.requirement;
  const indicatorStatus =
    status.state === 'en_requerimiento' && requirement !== null
      ? Object.assign(Object.create(status) as RequestStatus, { requirementLapsesOn: requirement.lapsesOn })
      : status;
  return {
    status: indicatorStatus,
    type: record.type,
    radicado: record.radicado,
    seccional: record.seccional,
    dependencia: record.dependencia,
    channel: record.channel,
    outcome: record.response?.outcome ?? status.deadline.closure?.outcome,
    assignee: record.assignee,
    satisfaction: record.satisfaction?.score,
    answer,
  };
}

/** Merges alerts of successive batches: counts add up, listed records are capped. */
class AlertMerger {
  readonly #byCode = new Map<string, { alert: EarlyAlert; records: string[]; count: number }>();
  /** Per code, the records and the count already handed over by {@link AlertMerger.take}. */
  readonly #taken = new Map<string, { records: number; count: number }>();
  constructor(readonly max: number) {}
  add(alerts: readonly EarlyAlert[]): void {
    for (const a of alerts) {
      const prev = this.#byCode.get(a.code);
      if (prev === undefined) {
        this.#byCode.set(a.code, { alert: a, records: a.records.slice(0, this.max), count: a.count });
      } else {
        prev.count += a.count;
        for (const r of a.records) if (prev.records.length < this.max) prev.records.push(r);
      }
    }
  }
  result(): EarlyAlert[] {
    return [...this.#byCode.values()].map(({ alert, records, count }) => ({
      ...alert,
      // The title starts with the count of its batch: give it the total.
      title: alert.title.replace(/^\d+/, String(count)),
      records,
      count,
    }));
  }
  /**
   * What was added since the last call: per code, the new count and the new listed records (the cap
   * applies to everything added, so a part of the file never lists more than `max` per code).
   */
  take(): EarlyAlert[] {
    const out: EarlyAlert[] = [];
    for (const [code, { alert, records, count }] of this.#byCode) {
      const taken = this.#taken.get(code) ?? { records: 0, count: 0 };
      if (count > taken.count)
        out.push({ ...alert, records: records.slice(taken.records), count: count - taken.count });
      this.#taken.set(code, { records: records.length, count });
    }
    return out;
  }
}

const SEVERITY: Record<string, number> = { critica: 0, advertencia: 1, info: 2 };
const codeRank = (code: string): number => (ALERT_CODES as readonly string[]).indexOf(code);

/**
 * A 32-bit hash (FNV-1a over the characters) of everything the deadline engine reads from a record:
 * type, regime, receipt, channel (a verbal petition's traslado), priority and the events with all
 * their fields. Two records with the same
 * engine input ({@link sameEngineInput}) get the same status as of the same cut-off date (and the
 * same comparison with the same entity due date), whatever their radicado, seccional or subject.
 * No string is built: this runs once per row of a million-row file.
 */
export function engineHash(record: EngineInput): number {
  let h = mixText(0x811c9dc5, record.type);
  h = mixText(h, record.regime ?? '');
  h = mixText(h, record.receivedAt);
  h = mixText(h, record.channel ?? '');
  const priority = record.priority;
  if (priority !== undefined) for (let i = 0; i < priority.length; i++) h = mixText(h, priority[i]!);
  const events = record.events as readonly EventFields[] | undefined;
  if (events !== undefined) {
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      h = mixText(h, e.type);
      // By type, only the fields that type has (few object shapes per property read).
      switch (e.type) {
        case 'prorroga':
          h = mixText(mixText(h, e.date!), e.newDueDate ?? '');
          h = mixText(Math.imul(h ^ (e.businessDays ?? 0), 0x01000193), e.reason ?? '');
          break;
        case 'traslado':
          h = mixText(mixText(h, e.date!), e.to ?? '');
          break;
        case 'respuesta':
          h = mixText(mixText(h, e.date!), e.outcome ?? '');
          break;
        case 'suspension':
          h = mixText(mixText(mixText(h, e.from!), e.to!), e.act!);
          break;
        case 'notificacion':
          h = mixText(mixText(h, e.date!), e.via ?? '');
          break;
        case 'citacion':
        case 'aviso':
          h = mixText(mixText(h, e.date!), e.published === undefined ? '' : e.published ? 't' : 'f');
          h = mixText(h, e.removedOn ?? '');
          break;
        case 'recurso':
          h = mixText(mixText(h, e.date!), e.kind!);
          break;
        case 'decision_recurso':
        case 'decision_apelacion':
          h = mixText(mixText(mixText(h, e.date!), e.result ?? ''), e.notifiedOn ?? '');
          break;
        default:
          h = mixText(h, e.date!);
      }
    }
  }
  return h;
}

/**
 * A lifecycle event of `pqrsd/schema` read field by field: every field of every event type (a test
 * checks, type by type against the JSON Schema, that changing any field changes the engine input).
 */
interface EventFields {
  readonly type: string;
  readonly date?: string;
  readonly newDueDate?: string;
  readonly businessDays?: number;
  readonly reason?: string;
  readonly to?: string;
  readonly outcome?: string;
  readonly from?: string;
  readonly act?: string;
  readonly via?: string;
  readonly published?: boolean;
  readonly removedOn?: string;
  readonly kind?: string;
  readonly result?: string;
  readonly notifiedOn?: string;
}

/** The fields of a record the deadline engine reads ({@link engineHash}). */
export type EngineInput = Pick<
  PqrsdRecord,
  'type' | 'regime' | 'receivedAt' | 'priority' | 'events' | 'channel'
>;

/**
 * A record's engine input on its own object: what the memo keeps. Not the record: its other strings
 * (radicado, subject, dependencia…) may be slices of the whole block of the file they were read
 * from, which the memo would then keep alive.
 */
function engineInputOf(r: PqrsdRecord): EngineInput {
  return {
    type: r.type,
    regime: r.regime,
    receivedAt: r.receivedAt,
    priority: r.priority,
    events: r.events,
    channel: r.channel,
  };
}

/** FNV-1a step over the UTF-16 code units of `text`, then a separator. */
function mixText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x1f, 0x01000193);
}

/** Whether two valid records have the same engine input (the fields {@link engineHash} reads). */
export function sameEngineInput(a: EngineInput, b: EngineInput): boolean {
  if (a.type !== b.type || a.regime !== b.regime || a.receivedAt !== b.receivedAt || a.channel !== b.channel)
    return false;
  const pa = a.priority;
  const pb = b.priority;
  if (pa !== pb) {
    if (pa === undefined || pb === undefined || pa.length !== pb.length) return false;
    for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return false;
  }
  const ea = a.events as readonly EventFields[] | undefined;
  const eb = b.events as readonly EventFields[] | undefined;
  if (ea === eb) return true;
  if (ea === undefined || eb === undefined || ea.length !== eb.length) return false;
  for (let i = 0; i < ea.length; i++) {
    if (!sameEvent(ea[i]!, eb[i]!)) return false;
  }
  return true;
}

/** Whether two valid lifecycle events are equal (by type, only the fields that type has). */
function sameEvent(x: EventFields, y: EventFields): boolean {
  if (x.type !== y.type) return false;
  switch (x.type) {
    case 'prorroga':
      return (
        x.date === y.date &&
        x.newDueDate === y.newDueDate &&
        x.businessDays === y.businessDays &&
        x.reason === y.reason
      );
    case 'traslado':
      return x.date === y.date && x.to === y.to;
    case 'respuesta':
      return x.date === y.date && x.outcome === y.outcome;
    case 'suspension':
      return x.from === y.from && x.to === y.to && x.act === y.act;
    case 'notificacion':
      return x.date === y.date && x.via === y.via;
    case 'citacion':
    case 'aviso':
      return x.date === y.date && x.published === y.published && x.removedOn === y.removedOn;
    case 'recurso':
      return x.date === y.date && x.kind === y.kind;
    case 'decision_recurso':
    case 'decision_apelacion':
      return x.date === y.date && x.result === y.result && x.notifiedOn === y.notifiedOn;
    default:
      return x.date === y.date;
  }
}

/** An entry of the memo: a record (its engine input), the value, and the next entry of its hash. */
interface MemoEntry<V> {
  readonly record: EngineInput;
  readonly value: V;
  next: MemoEntry<V> | undefined;
}

/**
 * A bounded memo (two generations of at most `size` entries: a key used in the older one moves to
 * the newer): the audit of a registry revisits the same engine inputs, and its memory must not grow
 * with the file. It sizes itself: small ({@link MEMO_SMALL}) while the inputs repeat close together
 * (an export sorted by date), large ({@link MEMO_LARGE}) once keys it no longer holds keep coming
 * back (counted on a set of recent keys). It pays only when nearly every lookup hits (a registry
 * that repeats the same requests): otherwise what it keeps alive costs more in garbage collection
 * than the misses it saves, and it pauses itself.
 */
export class Memo<V> {
  #young = new Map<number, MemoEntry<V>>();
  #old = new Map<number, MemoEntry<V>>();
  #youngSize = 0;
  #size = MEMO_SMALL;
  /** Hashes recently stored, two generations of at most MEMO_LARGE: would a larger memo hit? */
  #recent = new Set<number>();
  #older = new Set<number>();
  #lookups = 0;
  #hits = 0;
  #returning = 0;
  #paused = 0;
  /** Windows still warming up (after growing, or resuming empty): not judged on their hits. */
  #warming = 0;
  /**
   * Whether to look the next input up. A window of {@link MEMO_WINDOW} lookups where under
   * {@link MEMO_KEEP} hit pauses the memo for {@link MEMO_PAUSE} rows, memory released; it resumes
   * empty and is judged again after a window to fill it.
   */
  active(): boolean {
    if (this.#paused === 0) return true;
    if (--this.#paused === 0) this.#warming = 1;
    return false;
  }
  /** The value stored for the engine input of `record` (whose {@link engineHash} is `hash`). */
  get(record: EngineInput, hash: number): V | undefined {
    if (++this.#lookups === MEMO_WINDOW) this.#review();
    let entry = find(this.#young.get(hash), record);
    if (entry === undefined) {
      entry = find(this.#old.get(hash), record);
      if (entry === undefined) {
        if (this.#recent.has(hash) || this.#older.has(hash)) this.#returning++;
        return undefined;
      }
      this.set(entry.record, hash, entry.value);
    }
    this.#hits++;
    return entry.value;
  }
  set(record: EngineInput, hash: number, value: V): void {
    if (this.#youngSize >= this.#size) {
      this.#old = this.#young;
      this.#young = new Map();
      this.#youngSize = 0;
    }
    this.#young.set(hash, { record, value, next: this.#young.get(hash) });
    this.#youngSize++;
    if (this.#size === MEMO_SMALL) {
      if (this.#recent.size >= MEMO_LARGE) {
        this.#older = this.#recent;
        this.#recent = new Set();
      }
      this.#recent.add(hash);
    }
  }
  #review(): void {
    if (this.#warming > 0) {
      this.#warming--;
    } else if (this.#returning * 10 >= MEMO_WINDOW && this.#size === MEMO_SMALL) {
      // A larger memo would hit: try it, judged after a window to fill it. Once large, it stays
      // large: its hits no longer tell which a small one would have missed.
      this.#size = MEMO_LARGE;
      this.#recent = new Set();
      this.#older = new Set();
      this.#warming = 1;
    } else if (this.#hits < MEMO_WINDOW * MEMO_KEEP) {
      // Entries stored and evicted again and again live long enough to be copied by the collector,
      // whose helper threads compete with the audit's for the cores: measured, that costs more than
      // the misses save unless nearly every lookup hits.
      this.#paused = MEMO_PAUSE;
      this.#young = new Map();
      this.#old = new Map();
      this.#youngSize = 0;
    }
    this.#lookups = 0;
    this.#hits = 0;
    this.#returning = 0;
  }
}

/** The entry of a hash chain whose record has the engine input of `record`. */
function find<V>(entry: MemoEntry<V> | undefined, record: EngineInput): MemoEntry<V> | undefined {
  let e = entry;
  while (e !== undefined && !sameEngineInput(e.record, record)) e = e.next;
  return e;
}

const MEMO_WINDOW = 8192;
/** Share of a window's lookups that must hit for the memo to stay on (see Memo#review). */
const MEMO_KEEP = 0.9;
const MEMO_PAUSE = 262_144;
const MEMO_SMALL = 256;
const MEMO_LARGE = 4096;
/** Entity due dates remembered per engine input (a system usually gives one or two). */
const COMPARISONS_PER_INPUT = 8;
/** A comparison that agrees, in the comparison memo. */
const AGREES = 0;

/** The memoised engine work for one engine input: its status, and its comparisons by entity date. */
interface Engine {
  readonly status: RequestStatus;
  /** Entity due dates and their verdicts, flat (`[due, verdict, due, verdict, …]`); null: not memoised. */
  readonly comparisons: (string | typeof AGREES | DisagreementVerdict)[] | null;
}

/**
 * Options of {@link AuditCore}: what every part of an audit shares.
 *
 * @example
 * ```ts
 * const o: AuditCoreOptions = { asOf: '2026-11-27' as IsoDate, maxListed: 50 };
 * ```
 */
export type AuditCoreOptions = Pick<
  AuditOptions,
  'asOf' | 'columnMap' | 'period' | 'usersBySeccional' | 'maxListed' | 'onRow'
>;

/**
 * What a part of a file adds to the report's capped lists, in file order (each list capped at
 * `maxListed`): appended part after part, in file order, they give the lists of the whole file.
 *
 * @example
 * ```ts
 * const l: AuditLists = { invalidRows: [], warningRows: [], items: [], alerts: [] };
 * ```
 */
export interface AuditLists {
  /** Invalid rows of the part. */
  readonly invalidRows: readonly InvalidRow[];
  /** Rows with warnings of the part. */
  readonly warningRows: readonly WarningRow[];
  /** Disagreements of the part. */
  readonly items: readonly ListedDisagreement[];
  /** Early alerts of the part (counts complete, records capped). */
  readonly alerts: readonly EarlyAlert[];
  /** Out-of-scope rows of the part, `[value, line]`, at most the cap per value. */
  readonly outOfScope?: readonly (readonly [string, number])[];
}

/**
 * The counts and aggregates of a part of a file, as plain data (it crosses threads): parts add up in
 * any order.
 *
 * @example
 * ```ts no-run
 * declare const core: AuditCore;
 * const p: AuditPartial = core.partial();
 * ```
 */
export interface AuditPartial {
  /** Rows read. */
  readonly rows: number;
  /** Invalid rows. */
  readonly invalid: number;
  /** Valid rows with warnings. */
  readonly warned: number;
  /** Warnings of all rows. */
  readonly warnings: number;
  /** Valid requests answered without a date. */
  readonly undated: number;
  /** Valid requests of a file that does not tell whether they were answered. */
  readonly noAnswerData: number;
  /** Out-of-scope rows per type value. */
  readonly outOfScope: ReadonlyMap<string, number>;
  /** Records that carried the entity's due date. */
  readonly compared: number;
  /** Disagreements. */
  readonly disagreements: number;
  /** Disagreements where the entity's date is later. */
  readonly late: number;
  /** Count per state. */
  readonly states: Readonly<Record<RequestState, number>>;
  /** Count per disagreement cause. */
  readonly byCause: Readonly<Record<DisagreementCause, number>>;
  /** Count per seccional and cause. */
  readonly causesBySeccional: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** Disagreements per calendar-day offset from the radicación (for `desfase_fijo`). */
  readonly offsets: ReadonlyMap<number, OffsetTally>;
  /** Per offset, the disagreements the offset would take: count per `cause\u0000seccional`. */
  readonly offsetMoves: ReadonlyMap<number, ReadonlyMap<string, number>>;
  /** The aggregators' states (the total is rolled up from the per-seccional one at the end). */
  readonly aggregates: {
    readonly bySeccional: AggregatorSnapshot;
    readonly byMonth: AggregatorSnapshot;
  };
  /** The notification and recurso counts (rows with such data only). */
  readonly lifecycle: LifecycleTallyData;
}

/** A snapshot's groups as the one group of a `'total'` aggregation of the same options. */
function rollUp(s: AggregatorSnapshot): AggregatorSnapshot {
  return {
    ...s,
    shape: { ...s.shape, period: 'total', groupBy: [] },
    groups: s.groups.map((g) => ({ ...g, period: '', group: [] })),
  };
}

/** Adds the own numeric properties of `from` into `into`. */
function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const k of Object.keys(from)) into[k] = (into[k] ?? 0) + (from[k] as number);
}

/**
 * The audit's per-record work and its state: a record in, counts, aggregates, capped lists and
 * alerts out. The serial audit runs one; the parallel audit runs one per worker (each fed whole
 * blocks of the file) and one in the main thread that adds up the others' lists, in file order, and
 * partials.
 *
 * @example
 * ```ts no-run
 * const core = new AuditCore({ asOf: '2026-11-27' as IsoDate });
 * core.setHeader(resolveHeader(['radicado', 'tipo', 'fecha_radicacion'], {}));
 * core.csvRow(['R-1', 'peticion', '2026-11-03'], 2);
 * core.report({ name: 'r.csv', format: 'csv', ignoredColumns: [], notices: [] }).rows.total; //=> 1
 * ```
 */
export class AuditCore {
  readonly #asOf: IsoDate;
  readonly #maxListed: number;
  readonly #period: CalendarPeriodKind | 'total';
  readonly #map: ColumnMap;
  readonly #onRow: ((row: AuditedRow) => void) | undefined;
  readonly #bySeccional: Aggregator;
  readonly #byMonth: Aggregator;
  readonly #addBySeccional: (record: IndicatorRecord) => void;
  readonly #addByMonth: (record: IndicatorRecord) => void;
  readonly #common: AggregatorOptions;
  readonly #alerts: AlertMerger;
  #batch: IndicatorRecord[] = [];
  readonly #lifecycle: LifecycleTallyData = emptyLifecycleTally();
  readonly #states = Object.fromEntries(REQUEST_STATES.map((s) => [s, 0])) as Record<RequestState, number>;
  #invalidRows: InvalidRow[] = [];
  #warningRows: WarningRow[] = [];
  #listedWarned = 0;
  #warned = 0;
  #warnings = 0;
  #undated = 0;
  #noAnswerData = 0;
  #items: ListedDisagreement[] = [];
  // Listed so far, handed over or not: a part of the file lists at most maxListed of each.
  #listedInvalid = 0;
  #listedItems = 0;
  readonly #byCause = Object.fromEntries(DISAGREEMENT_CAUSES.map((c) => [c, 0])) as Record<
    DisagreementCause,
    number
  >;
  // A map, not an object: a seccional is the entity's text (`__proto__`, `constructor`…).
  readonly #causesBySeccional = new Map<string, Record<string, number>>();
  // The batch pattern of a fixed calendar-day offset (desfase_fijo), decided at the end.
  readonly #offsets = new Map<number, OffsetTally>();
  readonly #offsetMoves = new Map<number, Map<string, number>>();
  #rows = 0;
  #invalid = 0;
  // Out of scope: count per type value (a handful of values), and the listed lines of this part.
  readonly #outOfScope = new Map<string, number>();
  #outOfScopeLines: (readonly [string, number])[] = [];
  readonly #listedOutOfScope = new Map<string, number>();
  #compared = 0;
  #disagreements = 0;
  #late = 0;
  #header: ResolvedHeader | undefined;
  // The value maps rows are read with: a recognised format's (SUI Formato A), else the entity's.
  #rowMap: ColumnMap = {};
  // The status depends only on the engine's inputs (and the cut-off date, fixed here): remembered per
  // distinct input while inputs repeat (Memo). The comparison likewise, per input and entity due
  // date: only its verdict (cause and direction) is kept.
  readonly #statuses = new Memo<Engine>();

  constructor(options: AuditCoreOptions) {
    this.#asOf = options.asOf;
    this.#maxListed = options.maxListed ?? 200;
    this.#period = options.period ?? 'semester';
    this.#map = options.columnMap ?? {};
    this.#onRow = options.onRow;
    const users = options.usersBySeccional;
    const common = { asOf: this.#asOf, ...(users === undefined ? {} : { usersBySeccional: users }) };
    this.#bySeccional = createAggregator({ ...common, period: this.#period, groupBy: ['seccional'] });
    this.#byMonth = createAggregator({ ...common, period: 'month', periodBy: 'answered' });
    this.#addBySeccional = addWithoutChecks(this.#bySeccional);
    this.#addByMonth = addWithoutChecks(this.#byMonth);
    this.#common = common;
    this.#alerts = new AlertMerger(this.#maxListed);
  }

  /** The resolved header the CSV rows follow. */
  setHeader(header: ResolvedHeader): void {
    this.#header = header;
    this.#rowMap = header.values ?? this.#map;
  }

  /** Rows read so far. */
  get rows(): number {
    return this.#rows;
  }

  #reject(
    line: number,
    radicado: string | undefined,
    reasons: readonly string[],
    warnings: readonly string[] = [],
  ): void {
    this.#invalid++;
    this.#warnings += warnings.length;
    // Every problem of the row is listed: its warnings after its reasons.
    if (warnings.length > 0) reasons = [...reasons, ...warnings.map((w) => `aviso: ${w}`)];
    if (this.#listedInvalid < this.#maxListed) {
      this.#listedInvalid++;
      this.#invalidRows.push({
        line,
        // A row without an id column is its line: not repeated as its radicado.
        ...(radicado === undefined || radicado === '' || radicado === `fila ${line}` ? {} : { radicado }),
        reasons,
      });
    }
    this.#onRow?.({ line, radicado, valid: false, reasons });
  }

  /** A row that is not a PQRSD: counted and listed apart by its type value, not audited. */
  #outside(line: number, value: string, radicado: string | undefined): void {
    this.#outOfScope.set(value, (this.#outOfScope.get(value) ?? 0) + 1);
    const listed = this.#listedOutOfScope.get(value) ?? 0;
    if (listed < this.#maxListed) {
      this.#listedOutOfScope.set(value, listed + 1);
      this.#outOfScopeLines.push([value, line]);
    }
    this.#onRow?.({
      line,
      radicado,
      valid: false,
      reasons: [`fuera del alcance: «${value}» no es una PQRSD`],
    });
  }

  /** The disagreement counts by cause of a seccional, created empty when missing. */
  #causeRow(sec: string): Record<string, number> {
    let row = this.#causesBySeccional.get(sec);
    if (row === undefined) {
      row = {};
      this.#causesBySeccional.set(sec, row);
    }
    return row;
  }

  /** Counts a due-date disagreement by its calendar-day offset (see {@link fixedOffsetOf}). */
  #tallyOffset(deadline: DeadlineResult, entity: IsoDate, cause: DisagreementCause, sec: string): void {
    if (deadline.dueDate === null) return;
    const offset = calendarOffset(deadline.receivedDate, entity);
    tallyOffset(this.#offsets, offset, termKey(deadline.rule.term), cause);
    if (!offsetMovable(cause)) return;
    let moves = this.#offsetMoves.get(offset);
    if (moves === undefined) {
      moves = new Map();
      this.#offsetMoves.set(offset, moves);
    }
    const key = `${cause}\u0000${sec}`;
    moves.set(key, (moves.get(key) ?? 0) + 1);
  }

  #flushAlerts(): void {
    if (this.#batch.length === 0) return;
    this.#alerts.add(
      earlyAlerts({ asOf: this.#asOf, records: this.#batch, maxRecordsPerAlert: this.#maxListed }),
    );
    this.#batch = [];
  }

  #accept(
    line: number,
    record: PqrsdRecord,
    entityDueDate: string | undefined,
    warnings: readonly string[] = NO_WARNINGS,
    knowledge?: AnswerKnowledge,
  ): void {
    const memo = this.#statuses.active();
    const hash = memo ? engineHash(record) : 0;
    let engine = memo ? this.#statuses.get(record, hash) : undefined;
    if (engine === undefined) {
      try {
        // The same as requestStatus, but a cut-off before the receipt comes back as its message.
        const s = statusOrEarlyCutOff(record, this.#asOf);
        if ('message' in s) {
          this.#reject(line, record.radicado, [`motor de términos: ${s.message}`]);
          return;
        }
        engine = { status: s, comparisons: memo ? [] : null };
      } catch (error) {
        if (!isPqrsdError(error)) throw error;
        this.#reject(line, record.radicado, [`motor de términos: ${error.message}`]);
        return;
      }
      if (memo) this.#statuses.set(engineInputOf(record), hash, engine);
    }
    const status = engine.status;
    // Pending for the engine, but no date tells the answer: its timeliness is unknown.
    const answer = knowledge !== undefined && OPEN_STATE_SET.has(status.state) ? knowledge : undefined;
    if (answer === undefined) this.#states[status.state]++;
    else if (answer === 'respondida_sin_fecha') this.#undated++;
    else this.#noAnswerData++;
    tallyLifecycle(this.#lifecycle, status, record.radicado ?? `fila ${line}`, this.#maxListed);
    if (warnings.length > 0) {
      this.#warned++;
      this.#warnings += warnings.length;
      if (this.#listedWarned < this.#maxListed) {
        this.#listedWarned++;
        this.#warningRows.push({ line, radicado: record.radicado, warnings });
      }
    }
    const indicatorRecord = toIndicatorRecord(record, status, answer);
    // Statuses straight from the engine as of the aggregators' cut-off date: their checks are skipped.
    this.#addBySeccional(indicatorRecord);
    this.#addByMonth(indicatorRecord);
    // Only records that can raise a per-record alert are batched (most are closed without one).
    if (answer === undefined && mayRaiseRecordAlert(status)) {
      this.#batch.push(indicatorRecord);
      if (this.#batch.length >= ALERT_BATCH) this.#flushAlerts();
    }
    let disagreement: DeadlineDisagreement | null = null;
    const onRow = this.#onRow;
    if (entityDueDate !== undefined) {
      this.#compared++;
      const comparisons = engine.comparisons;
      let known: typeof AGREES | DisagreementVerdict | undefined;
      if (comparisons !== null) {
        for (let i = 0; i < comparisons.length; i += 2) {
          if (comparisons[i] === entityDueDate) {
            known = comparisons[i + 1] as typeof AGREES | DisagreementVerdict;
            break;
          }
        }
      }
      // The counts need only the verdict (cause and direction); the full disagreement, with its
      // texts, is built when it is listed or handed to onRow.
      let verdict: DisagreementVerdict | null;
      if (onRow !== undefined || this.#listedItems < this.#maxListed) {
        disagreement = compareDeadline({
          request: record,
          entityDueDate,
          id: record.radicado,
          deadline: status.deadline,
        });
        verdict = disagreement === null ? null : sharedVerdict(disagreement.cause, disagreement.direction);
      } else if (known !== undefined) verdict = known === AGREES ? null : known;
      else verdict = disagreementVerdict({ request: record, entityDueDate, deadline: status.deadline });
      if (comparisons !== null && known === undefined) {
        if (comparisons.length >= 2 * COMPARISONS_PER_INPUT) comparisons.length = 0;
        comparisons.push(entityDueDate, verdict ?? AGREES);
      }
      if (verdict !== null) {
        this.#disagreements++;
        if (verdict.direction === 'tardia') this.#late++;
        const cause = verdict.cause;
        this.#byCause[cause]++;
        const sec = record.seccional ?? NO_SECCIONAL;
        const row = this.#causeRow(sec);
        row[cause] = (row[cause] ?? 0) + 1;
        this.#tallyOffset(status.deadline, entityDueDate as IsoDate, cause, sec);
        if (disagreement !== null && this.#listedItems < this.#maxListed) {
          this.#listedItems++;
          this.#items.push({
            ...disagreement,
            explanation: disagreement.explanation,
            line,
            ...(record.seccional === undefined ? {} : { seccional: record.seccional }),
          });
        }
      }
    }
    onRow?.({
      line,
      radicado: record.radicado,
      valid: true,
      record,
      status,
      entityDueDate,
      disagreement,
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(answer === undefined ? {} : { answer }),
    });
  }

  /** A CSV data record (after {@link AuditCore.setHeader}) and the line where it starts. */
  csvRow(fields: string[], line: number): void {
    this.#rows++;
    const header = this.#header!;
    if (header.blank !== undefined) blankOut(fields, header.blank);
    const built = buildRecord(fields, header, this.#rowMap, line);
    if (built.input.type === OUT_OF_SCOPE) {
      const i = header.index.tipo;
      this.#outside(line, i === undefined ? '' : (fields[i] ?? '').trim(), built.radicado);
      return;
    }
    const v = validateRow(built);
    // A caveat of the reader about this row (bytes that are not UTF-8) joins the row's warnings.
    const read = this.#readWarning;
    const warnings = read !== undefined && read.line === line ? [...v.warnings, read.message] : v.warnings;
    this.#readWarning = undefined;
    if (v.ok) this.#accept(line, v.record, built.entityDueDate, warnings, built.answer);
    else this.#reject(line, built.radicado, v.reasons, warnings);
  }

  /** The reader's caveat about the next row (given just before the row itself). */
  #readWarning: { readonly line: number; readonly message: string } | undefined;

  /** A caveat of the reader about the row that comes next (bytes that are not UTF-8). */
  readerWarning(line: number, message: string): void {
    this.#readWarning = { line, message };
  }

  /** A row that could not be read at all (CSV guard, bad JSON line), with its reason. */
  unreadableRow(line: number, reason: string): void {
    this.#rows++;
    this.#reject(line, undefined, [reason]);
  }

  /**
   * Reader callbacks that feed this core: records to {@link AuditCore.csvRow}, unreadable records to
   * {@link AuditCore.unreadableRow}; the header is for the caller (`onHeader`, ignored by default).
   */
  csvHandlers(onHeader: CsvHandlers['header'] = () => {}): CsvHandlers {
    return {
      header: onHeader,
      row: (fields, line) => this.csvRow(fields, line),
      rowError: (line, reason) => this.unreadableRow(line, reason),
      warning: (line, message) => this.readerWarning(line, message),
    };
  }

  /** A JSON record (an element of a JSON array, or a JSON Lines value) and its position. */
  jsonValue(value: unknown, line: number): void {
    this.#rows++;
    let due: string | undefined;
    let input = value;
    if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      'fecha_vencimiento' in value
    ) {
      const { fecha_vencimiento, ...rest } = value as Record<string, unknown>;
      input = rest;
      if (typeof fecha_vencimiento !== 'string' || !isIsoDate(fecha_vencimiento)) {
        this.#reject(line, undefined, [
          `fecha_vencimiento: «${String(fecha_vencimiento)}» no es una fecha AAAA-MM-DD`,
        ]);
        return;
      }
      due = fecha_vencimiento;
    }
    const r = parsePqrsdRecord(input);
    const radicado = (input as { radicado?: unknown } | null)?.radicado;
    if (r.ok) this.#accept(line, r.value, due);
    else {
      this.#reject(
        line,
        typeof radicado === 'string' ? radicado : undefined,
        r.issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`)),
      );
    }
  }

  /**
   * Hands over the lists gathered since the last call (alerts flushed). The caps count everything
   * this core listed: a part of the file (a worker's blocks) lists at most `maxListed` of each, its
   * first ones in file order, which is all the whole file's first `maxListed` can need from it.
   */
  takeLists(): AuditLists {
    this.#flushAlerts();
    const lists = {
      invalidRows: this.#invalidRows,
      warningRows: this.#warningRows,
      items: this.#items,
      alerts: this.#alerts.take(),
      outOfScope: this.#outOfScopeLines,
    };
    this.#invalidRows = [];
    this.#warningRows = [];
    this.#items = [];
    this.#outOfScopeLines = [];
    return lists;
  }

  /** Appends the lists of the next part of the file (parts must come in file order). */
  addLists(lists: AuditLists): void {
    const max = this.#maxListed;
    for (const r of lists.invalidRows) if (this.#invalidRows.length < max) this.#invalidRows.push(r);
    for (const r of lists.warningRows) if (this.#warningRows.length < max) this.#warningRows.push(r);
    for (const d of lists.items) if (this.#items.length < max) this.#items.push(d);
    this.#alerts.add(lists.alerts);
    for (const entry of lists.outOfScope ?? []) {
      const listed = this.#listedOutOfScope.get(entry[0]) ?? 0;
      if (listed < max) {
        this.#listedOutOfScope.set(entry[0], listed + 1);
        this.#outOfScopeLines.push(entry);
      }
    }
  }

  /** The counts and aggregates so far, as plain data. */
  partial(): AuditPartial {
    return {
      rows: this.#rows,
      invalid: this.#invalid,
      warned: this.#warned,
      warnings: this.#warnings,
      undated: this.#undated,
      noAnswerData: this.#noAnswerData,
      outOfScope: this.#outOfScope,
      compared: this.#compared,
      disagreements: this.#disagreements,
      late: this.#late,
      states: this.#states,
      byCause: this.#byCause,
      causesBySeccional: this.#causesBySeccional,
      offsets: this.#offsets,
      offsetMoves: this.#offsetMoves,
      aggregates: {
        bySeccional: this.#bySeccional.snapshot(),
        byMonth: this.#byMonth.snapshot(),
      },
      lifecycle: this.#lifecycle,
    };
  }

  /** Adds the counts and aggregates of another part (in any order). */
  addPartial(p: AuditPartial): void {
    this.#rows += p.rows;
    this.#invalid += p.invalid;
    this.#warned += p.warned;
    this.#warnings += p.warnings;
    this.#undated += p.undated;
    this.#noAnswerData += p.noAnswerData;
    for (const [value, n] of p.outOfScope)
      this.#outOfScope.set(value, (this.#outOfScope.get(value) ?? 0) + n);
    this.#compared += p.compared;
    this.#disagreements += p.disagreements;
    this.#late += p.late;
    addCounts(this.#states, p.states);
    mergeLifecycleTally(this.#lifecycle, p.lifecycle, this.#maxListed);
    addCounts(this.#byCause, p.byCause);
    for (const [sec, causes] of p.causesBySeccional) addCounts(this.#causeRow(sec), causes);
    mergeOffsetTallies(this.#offsets, p.offsets);
    for (const [offset, from] of p.offsetMoves) {
      let moves = this.#offsetMoves.get(offset);
      if (moves === undefined) {
        moves = new Map();
        this.#offsetMoves.set(offset, moves);
      }
      for (const [key, n] of from) moves.set(key, (moves.get(key) ?? 0) + n);
    }
    this.#bySeccional.merge(p.aggregates.bySeccional);
    this.#byMonth.merge(p.aggregates.byMonth);
  }

  /** The out-of-scope rows by value: most rows first, then by value (the same whatever the parts). */
  #outOfScopeGroups(): OutOfScopeGroup[] {
    const lines = new Map<string, number[]>();
    for (const [value, line] of this.#outOfScopeLines) {
      const list = lines.get(value);
      if (list === undefined) lines.set(value, [line]);
      else list.push(line);
    }
    return [...this.#outOfScope.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([value, count]) => ({ value, count, lines: lines.get(value) ?? [] }));
  }

  /**
   * The counts and listed disagreements with the batch's fixed calendar-day offset applied
   * (`desfase_fijo`, {@link fixedOffsetOf}): computed afresh, the state is left as it is.
   */
  #withFixedOffset(): {
    byCause: Record<DisagreementCause, number>;
    bySeccional: Map<string, Record<string, number>>;
    items: ListedDisagreement[];
  } {
    const fixed = fixedOffsetOf(this.#offsets, this.#disagreements);
    const moves = fixed === null ? undefined : this.#offsetMoves.get(fixed);
    if (fixed === null || moves === undefined) {
      return { byCause: this.#byCause, bySeccional: this.#causesBySeccional, items: this.#items };
    }
    const byCause = { ...this.#byCause };
    const bySeccional = new Map<string, Record<string, number>>();
    for (const [sec, row] of this.#causesBySeccional) bySeccional.set(sec, { ...row });
    for (const [key, n] of moves) {
      const [cause, sec] = key.split('\u0000') as [DisagreementCause, string];
      byCause[cause] -= n;
      byCause.desfase_fijo += n;
      const row = bySeccional.get(sec) as Record<string, number>;
      row[cause] = (row[cause] ?? 0) - n;
      row.desfase_fijo = (row.desfase_fijo ?? 0) + n;
    }
    const tally = this.#offsets.get(fixed) as OffsetTally;
    const items = this.#items.map((d) =>
      d.legalDueDate === null ||
      !offsetMovable(d.cause) ||
      calendarOffset(d.receivedDate, d.entityDueDate) !== fixed
        ? d
        : {
            ...d,
            cause: 'desfase_fijo' as const,
            alternatives: offsetAlternatives(d.cause, d.alternatives),
            causeDetail: fixedOffsetDetail(d, fixed, tally, this.#disagreements),
          },
    );
    return { byCause, bySeccional, items };
  }

  /** The report of everything added so far. */
  report(
    source: Omit<AuditReport['source'], 'notices'> & { readonly notices: string[] },
    mapping?: ColumnMapping,
  ): AuditReport {
    this.#flushAlerts();
    const seccionalResult = this.#bySeccional.result();
    const monthResult = this.#byMonth.result();
    // The whole file's group: the per-seccional groups added up (every counter is a sum), not a third
    // aggregator fed row by row.
    const total = createAggregator({ ...this.#common, period: 'total' });
    total.merge(rollUp(this.#bySeccional.snapshot()));
    const totalResult = total.result();
    const allIndicators: IndicatorResult[] = [
      ...totalResult.indicators,
      ...seccionalResult.indicators,
      ...monthResult.indicators,
    ];
    const alertList = [
      ...this.#alerts.result(),
      ...indicatorAlerts([...seccionalResult.indicators, ...monthResult.indicators]),
    ];
    // The order of earlyAlerts (severity, then the canonical code order; stable for the indicator
    // alerts), whatever the batches or blocks the record alerts were counted in; urgency renumbered.
    alertList.sort(
      (a, b) =>
        (SEVERITY[a.severity] ?? 3) - (SEVERITY[b.severity] ?? 3) || codeRank(a.code) - codeRank(b.code),
    );
    for (let i = 0; i < alertList.length; i++)
      alertList[i] = { ...(alertList[i] as EarlyAlert), urgency: i + 1 };
    if (this.#rows === 0) source.notices.push('el archivo no tiene filas de datos');
    const { byCause, bySeccional, items } = this.#withFixedOffset();
    // Seccionales in name order, causes in their canonical order: the same whatever the row order.
    // fromEntries (not `out[sec] = row`): a seccional named «__proto__» stays an own key.
    const causesBySeccional: Record<string, Record<string, number>> = Object.fromEntries(
      [...bySeccional.keys()].sort().map((sec) => {
        const from = bySeccional.get(sec) as Record<string, number>;
        const row: Record<string, number> = {};
        for (const c of DISAGREEMENT_CAUSES) if (from[c] !== undefined && from[c] > 0) row[c] = from[c];
        return [sec, row];
      }),
    );
    let outside = 0;
    for (const n of this.#outOfScope.values()) outside += n;
    const lifecycle = lifecycleResult(this.#lifecycle);
    return {
      asOf: this.#asOf,
      source,
      ...(mapping === undefined ? {} : { mapping }),
      rows: {
        total: this.#rows,
        valid: this.#rows - this.#invalid - outside,
        invalid: this.#invalid,
        warned: this.#warned,
        warnings: this.#warnings,
        outOfScope: outside,
      },
      invalidRows: this.#invalidRows,
      warningRows: this.#warningRows,
      outOfScope: this.#outOfScopeGroups(),
      states: this.#states,
      unknownAnswer: { respondida_sin_fecha: this.#undated, sin_dato_respuesta: this.#noAnswerData },
      semaforo: semaforoBySeccional(seccionalResult),
      indicators: {
        period: this.#period,
        total: totalResult.groups,
        bySeccional: seccionalResult.groups,
        byMonth: monthResult.groups,
      },
      alerts: alertList,
      disagreements: {
        compared: this.#compared,
        count: this.#disagreements,
        late: this.#late,
        byCause,
        bySeccional: causesBySeccional,
        items,
      },
      ...(lifecycle === undefined ? {} : { lifecycle }),
      overdue: this.#states.vencida,
      failingIndicators: allIndicators.filter((i) => i.complies === false).length,
    };
  }
}

/**
 * Holds the first rows of a table (CSV or sheet) until the mapping is decided from them
 * ({@link decideMapping}), then hands them and every later row to the core, in order.
 */
class MappingSampler {
  #names: readonly string[] | undefined;
  #held: { fields?: string[]; line: number; reason?: string; warning?: string }[] | null = [];
  #rows = 0;
  constructor(
    private readonly core: AuditCore,
    private readonly map: ColumnMap,
    private readonly onDecided: (decided: DecidedMapping) => void,
  ) {}
  header(names: readonly string[]): void {
    this.#names = names;
  }
  row(fields: string[], line: number): void {
    if (this.#held === null) this.core.csvRow(fields, line);
    else {
      this.#held.push({ fields, line });
      if (++this.#rows >= SAMPLE_ROWS) this.finish();
    }
  }
  rowError(line: number, reason: string): void {
    if (this.#held === null) this.core.unreadableRow(line, reason);
    else this.#held.push({ line, reason });
  }
  warning(line: number, message: string): void {
    if (this.#held === null) this.core.readerWarning(line, message);
    else this.#held.push({ line, warning: message });
  }
  /** Decides the mapping (once) and replays the rows held. */
  finish(): void {
    const held = this.#held;
    if (held === null || this.#names === undefined) return;
    this.#held = null;
    const rows: string[][] = [];
    for (const h of held) if (h.fields !== undefined) rows.push(h.fields);
    const decided = decideMapping(this.#names, rows, this.map);
    this.onDecided(decided);
    this.core.setHeader(decided.header);
    for (const h of held) {
      if (h.fields !== undefined) this.core.csvRow(h.fields, h.line);
      else if (h.warning !== undefined) this.core.readerWarning(h.line, h.warning);
      else this.core.unreadableRow(h.line, h.reason as string);
    }
  }
}

/**
 * Runs an audit over a source and returns the report, in this thread (see `runParallelAudit` for
 * big files). Never stops on a bad row; throws (usage error, exit 2) only when the input cannot be
 * read at all: empty, binary, a header without the required columns, a JSON that is not an array.
 *
 * @example
 * ```ts no-run
 * const report = await runAudit(
 *   { format: 'csv', name: 'registro.csv', chunks: createReadStream('registro.csv') },
 *   { asOf: '2026-11-27' as IsoDate },
 * );
 * ```
 */
export async function runAudit(source: AuditSource, options: AuditOptions): Promise<AuditReport> {
  const core = new AuditCore(options);
  const notices: string[] = [];
  let csvSummary: CsvSummary | undefined;
  let sheet: string | undefined;
  let header: ResolvedHeader | undefined;
  let mapping: ColumnMapping | undefined;
  const map = options.columnMap ?? {};
  const sampler = new MappingSampler(core, map, (decided) => {
    header = decided.header;
    mapping = decided.inferred.mapping;
    notices.push(...decided.notices);
  });
  if (source.format === 'xlsx') {
    const { readXlsx } = await import('./xlsx/read.js');
    const summary = await readXlsx(
      source.path,
      source.name,
      {
        header: (names) => sampler.header(names),
        row: (cells, line) => sampler.row(cells, line),
      },
      {
        sheet: source.sheet,
        onChunk: options.onChunk,
        onProgress: (bytes, total) =>
          options.progress?.update((bytes / total) * (source.size ?? total), core.rows),
      },
    );
    sampler.finish();
    sheet = summary.sheet;
    await options.onChunk?.();
  } else if (source.format === 'csv') {
    const parser = new CsvParser(
      {
        header: (names, format) => {
          options.onCsvHeader?.(format);
          sampler.header(names);
        },
        encoding: (encoding) => options.onCsvEncoding?.(encoding),
        row: (fields, line) => sampler.row(fields, line),
        rowError: (line, reason) => sampler.rowError(line, reason),
        warning: (line, message) => sampler.warning(line, message),
      },
      options.csv,
    );
    let bytes = 0;
    for await (const chunk of source.chunks) {
      parser.push(chunk);
      bytes += chunk.length;
      options.progress?.update(bytes, core.rows);
      await options.onChunk?.();
    }
    csvSummary = parser.end();
    sampler.finish();
    await options.onChunk?.();
  } else if (source.format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(source.text);
    } catch (error) {
      throw usage(`«${source.name}» no es un JSON válido: ${jsonSyntaxMessage(error, source.text)}`);
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { registros?: unknown } | null)?.registros;
    if (!Array.isArray(list)) {
      throw usage(
        `«${source.name}» debe contener una lista JSON de registros PQRSD (o { "registros": [...] })`,
      );
    }
    for (let i = 0; i < list.length; i++) core.jsonValue(list[i], i + 1);
    await options.onChunk?.();
  } else {
    let carry = '';
    let line = 0;
    const decoder = new TextDecoder('utf-8');
    let bytes = 0;
    // The same cap per line as per CSV record: a longer line is reported and skipped, never held.
    const max = options.csv?.maxRecordLength ?? 1 << 20;
    const tooLong = `la línea supera ${max} caracteres; se omitió`;
    let skipping = false;
    // Line breaks as in CSV: \n, \r\n or a lone \r (old Mac), mixed freely; a \r\n split across two
    // chunks is one break. Every break becomes \n before the lines are cut.
    let pendingCr = false;
    const breaks = (chunk: string): string => {
      let text = chunk;
      if (text === '') return text;
      if (pendingCr && text.startsWith('\n')) text = text.slice(1);
      pendingCr = text.endsWith('\r');
      return text.replace(/\r\n?/g, '\n');
    };
    const consume = (chunk: string, final: boolean) => {
      let text = breaks(chunk);
      if (skipping) {
        const nl = text.indexOf('\n');
        if (nl === -1) return;
        text = text.slice(nl + 1);
        skipping = false;
      }
      const parts = (carry + text).split('\n');
      carry = final ? '' : parts.pop()!;
      for (const part of parts) {
        line++;
        if (part.length > max) {
          core.unreadableRow(line, tooLong);
          continue;
        }
        const trimmed = part.trim();
        if (trimmed === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(trimmed);
        } catch {
          core.unreadableRow(line, 'la línea no es un JSON válido');
          continue;
        }
        core.jsonValue(value, line);
      }
      if (carry.length > max) {
        // Reported now; the rest of the line is dropped as it comes.
        line++;
        core.unreadableRow(line, tooLong);
        carry = '';
        skipping = true;
      }
    };
    for await (const chunk of source.chunks) {
      bytes += chunk.length;
      consume(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }), false);
      options.progress?.update(bytes, core.rows);
      await options.onChunk?.();
    }
    consume(decoder.decode(), true);
    await options.onChunk?.();
    if (line === 0) throw usage(`«${source.name}» está vacío`);
  }
  options.progress?.done();
  return core.report(
    {
      name: source.name,
      format: source.format,
      ...(csvSummary === undefined
        ? {}
        : { encoding: csvSummary.encoding, separator: csvSummary.separator, bom: csvSummary.bom }),
      ...(sheet === undefined ? {} : { sheet }),
      ignoredColumns: header?.ignored ?? [],
      notices,
    },
    mapping,
  );
}

function semaforoBySeccional(result: AggregateResult): SemaforoRow[] {
  const rows = new Map<
    string,
    { verde: number; amarillo: number; rojo: number; overdue: number; open: number; total: number }
  >();
  for (const g of result.groups) {
    const name = g.group.seccional ?? NO_SECCIONAL;
    let r = rows.get(name);
    if (r === undefined) {
      r = { verde: 0, amarillo: 0, rojo: 0, overdue: 0, open: 0, total: 0 };
      rows.set(name, r);
    }
    r.verde += g.bySemaforo.verde ?? 0;
    r.amarillo += g.bySemaforo.amarillo ?? 0;
    // The engine colours an expired request red too: red here is «vence hoy», expired ones apart.
    r.rojo += Math.max(0, (g.bySemaforo.rojo ?? 0) - g.overdue);
    r.overdue += g.overdue;
    r.open += g.open;
    r.total += g.received;
  }
  return [...rows.entries()]
    .map(([seccional, r]) => ({
      seccional,
      bySemaforo: { verde: r.verde, amarillo: r.amarillo, rojo: r.rojo },
      overdue: r.overdue,
      open: r.open,
      total: r.total,
    }))
    .sort((a, b) => (a.seccional < b.seccional ? -1 : a.seccional > b.seccional ? 1 : 0));
}
