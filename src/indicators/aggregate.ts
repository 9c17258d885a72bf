/**
 * Single-pass aggregation of PQRSD indicators: counts by type, channel, state and outcome, backlog,
 * timeliness (oportunidad), response times (mean and exact median), traslados, desistimientos,
 * documents deemed accepted, silencio administrativo positivo, PQRSD a favor del usuario and
 * satisfaction, by calendar period and by any record field.
 *
 * Memory grows with the number of groups only: each group keeps counters and a histogram of
 * integer business days, never the records.
 *
 * @module
 */

import { arrayArgument, iterableArgument } from '../arguments.js';
import { isIsoDate, parseIsoDate } from '../calendar/index.js';
import type { DateInput, IsoDate } from '../calendar/types.js';
import type { Outcome, RequestState } from '../domain.js';
import { CHANNELS, OUTCOMES, REQUEST_STATES, REQUEST_TYPES, SEMAFORO_COLORS } from '../domain.js';
import { PqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { show } from '../show.js';
import { type DistributionStats, IntHistogram } from './histogram.js';
import { buildIndicatorResult, type MetaOverrides, resolveMetas, safeString } from './meta.js';
import { parsePeriodKey, periodKeyOfValidDate, periodsBetween, rangePeriod } from './periods.js';
import { checkIndicatorRecord, hasConsequence, type IndicatorRecord, isOpen } from './records.js';
import { type LikertOptions, type LikertScale, resolveLikert } from './surveys.js';
import type { CalendarPeriodKind, Group, IndicatorId, IndicatorResult, Meta, Period } from './types.js';
import { INDICATOR_IDS, PERIOD_KINDS } from './types.js';

/**
 * Built-in fields a record can be grouped by.
 *
 * @example
 * ```ts
 * import { GROUP_FIELDS } from 'pqrsd/indicators';
 * GROUP_FIELDS.includes('seccional'); //=> true
 * ```
 */
export const GROUP_FIELDS = /* @__PURE__ */ deepFreeze([
  'seccional',
  'dependencia',
  'channel',
  'type',
  'regime',
  'state',
  'semaforo',
  'outcome',
  'assignee',
  'priority',
] as const);

/**
 * A built-in grouping field. See {@link GROUP_FIELDS}. `priority` groups into `prioritaria` /
 * `no_prioritaria`.
 *
 * @example
 * ```ts
 * import type { GroupField } from 'pqrsd/indicators';
 * const f: GroupField = 'dependencia';
 * ```
 */
export type GroupField = (typeof GROUP_FIELDS)[number];

/**
 * A custom grouping dimension: a name and how to read it from a record.
 *
 * @example
 * ```ts
 * import type { CustomGroupField } from 'pqrsd/indicators';
 * const municipio: CustomGroupField = { name: 'municipio', get: (r) => r.dimensions?.municipio };
 * ```
 */
export interface CustomGroupField {
  /** Name of the dimension in {@link Group}. */
  readonly name: string;
  /** Reads the value; `null`/`undefined` becomes {@link MISSING_GROUP_VALUE}. */
  readonly get: (record: IndicatorRecord) => string | null | undefined;
}

/**
 * The group value of a record that has no value for a grouping field.
 *
 * @example
 * ```ts
 * import { MISSING_GROUP_VALUE } from 'pqrsd/indicators';
 * MISSING_GROUP_VALUE; //=> '(sin dato)'
 * ```
 */
export const MISSING_GROUP_VALUE = '(sin dato)';

/**
 * Options of {@link createAggregator}.
 *
 * @example
 * ```ts
 * import type { AggregatorOptions } from 'pqrsd/indicators';
 * const o: AggregatorOptions = { period: 'month', groupBy: ['seccional'], usersBySeccional: { Norte: 12000 } };
 * ```
 */
export interface AggregatorOptions {
  /**
   * Cut-off date. Every record's `status.asOf` must equal it (mixing cut-off dates would give a wrong
   * backlog). Default: the `asOf` of the first record.
   */
  readonly asOf?: DateInput | undefined;
  /** Calendar period to group by, or `total` (default: one period spanning the records). */
  readonly period?: CalendarPeriodKind | 'total' | undefined;
  /**
   * Which date places a record in a period: `received` (default: the civil date of receipt, a cohort
   * view: «radicadas en el período») or `answered` (the answer date; pending requests fall in the
   * period of the cut-off date).
   */
  readonly periodBy?: 'received' | 'answered' | undefined;
  /**
   * Restrict to `[from, to]` (by the `periodBy` date): records outside are counted as excluded, and
   * every period of the range is reported even when empty (only when there is no `groupBy`).
   */
  readonly range?: { readonly from: DateInput; readonly to: DateInput } | undefined;
  /** Fields to group by, in order. Default: none (one group per period). */
  readonly groupBy?: readonly (GroupField | CustomGroupField)[] | undefined;
  /** Metas overriding {@link DEFAULT_METAS}. */
  readonly metas?: MetaOverrides | undefined;
  /**
   * Users (suscriptores) per seccional, the denominator of «PQRSD a favor del usuario». Without it
   * that indicator is not computed.
   */
  readonly usersBySeccional?: Readonly<Record<string, number>> | undefined;
  /**
   * Outcomes counted as «a favor del usuario». Default `['a_favor', 'parcialmente_a_favor']`: a
   * partially favourable answer grants part of what was asked (the SSPD catalogue reports it as
   * «Accede parcialmente», not as a denial) and counting it never flatters the entity.
   * Use `['a_favor']` for the strict reading.
   */
  readonly aFavorOutcomes?: readonly Outcome[] | undefined;
  /**
   * Whether a request with silencio administrativo positivo counts as resolved in the user's favour
   * (Ley 142 de 1994 art. 158: «se entenderá que el recurso ha sido resuelto en forma favorable a él»).
   * Default `true`.
   */
  readonly aFavorIncludesSilencioPositivo?: boolean | undefined;
  /**
   * Whether a traslado (CPACA art. 21) counts as an answer in oportunidad and response times: the
   * sending entity's duty ends with the traslado, on time when made within its term. Default `true`.
   */
  readonly trasladoCountsAsAnswer?: boolean | undefined;
  /** How satisfaction answers (`record.satisfaction`) are read; default 1-5 top-2-box. */
  readonly likert?: LikertOptions | undefined;
}

/**
 * Counts and statistics of one group in one period.
 *
 * @example
 * ```ts
 * import { createAggregator } from 'pqrsd/indicators';
 * const summary = createAggregator().result().groups[0]; // undefined: no records
 * ```
 */
export interface GroupSummary {
  /** Period. */
  readonly period: Period;
  /** Group values. */
  readonly group: Group;
  /** Requests in the group (received, or answered, per `periodBy`). */
  readonly received: number;
  /** Count per request type. */
  readonly byType: Readonly<Record<string, number>>;
  /** Count per channel ({@link MISSING_GROUP_VALUE} when absent). */
  readonly byChannel: Readonly<Record<string, number>>;
  /** Count per dependencia ({@link MISSING_GROUP_VALUE} when absent). */
  readonly byDependencia: Readonly<Record<string, number>>;
  /** Count per state as of the cut-off date. */
  readonly byState: Readonly<Record<string, number>>;
  /** Count per semáforo colour of pending requests. */
  readonly bySemaforo: Readonly<Record<string, number>>;
  /** Count per outcome of closed requests (an outcome on a pending request is ignored). */
  readonly byOutcome: Readonly<Record<string, number>>;
  /** Answered requests (respondidas, and trasladadas unless disabled). */
  readonly answered: number;
  /** Answered within the legal term. */
  readonly answeredOnTime: number;
  /** Answered after the legal term. */
  readonly answeredLate: number;
  /** Pending (unanswered) as of the cut-off date. */
  readonly open: number;
  /** Pending with the term expired (`vencida`) as of the cut-off date. */
  readonly overdue: number;
  /** Pending priority requests (CPACA art. 5 num. 6, art. 20). */
  readonly openPriority: number;
  /** Pending in requerimiento (CPACA art. 17). */
  readonly inRequirement: number;
  /** Forwarded to the competent authority (CPACA art. 21). */
  readonly traslados: number;
  /** Desistimientos: tácito (CPACA art. 17) and expreso (art. 18). */
  readonly desistimientos: { readonly tacito: number; readonly expreso: number };
  /** Document requests deemed accepted (CPACA art. 14 num. 1). */
  readonly documentosAceptados: number;
  /** Silencio administrativo positivo (Ley 142 de 1994 art. 158; Decreto 2150 de 1995 art. 123). */
  readonly silencioPositivo: number;
  /** Resolved in the user's favour (per `aFavorOutcomes` and `aFavorIncludesSilencioPositivo`). */
  readonly aFavor: number;
  /** Response time in business days from receipt to answer, of answered requests. */
  readonly responseTime: DistributionStats;
  /** Satisfaction answers: valid, satisfied and invalid (off-scale). */
  readonly satisfaction: { readonly valid: number; readonly satisfied: number; readonly invalid: number };
  /** The indicators of this group. */
  readonly indicators: readonly IndicatorResult[];
}

/**
 * The result of an aggregation.
 *
 * @example
 * ```ts
 * import { createAggregator } from 'pqrsd/indicators';
 * createAggregator().result(); //=> { asOf: null, records: 0, excluded: 0, groups: [], indicators: [] }
 * ```
 */
export interface AggregateResult {
  /** Cut-off date, `null` when no record was added and none was given. */
  readonly asOf: IsoDate | null;
  /** Records added (including excluded ones). */
  readonly records: number;
  /** Records outside `range`. */
  readonly excluded: number;
  /** One summary per period and group, ordered by period then group. */
  readonly groups: readonly GroupSummary[];
  /** Every group's indicators, flattened in the same order. */
  readonly indicators: readonly IndicatorResult[];
}

/**
 * What two aggregators must share for their records to be combined: the options that decide where a
 * record falls and what is counted, as plain data. Part of {@link AggregatorSnapshot}.
 *
 * @example
 * ```ts
 * import { createAggregator } from 'pqrsd/indicators';
 * const shape = createAggregator({ period: 'month', groupBy: ['seccional'] }).snapshot().shape;
 * shape.period; //=> 'month'
 * shape.groupBy; //=> ['seccional']
 * ```
 */
export interface AggregatorSnapshotShape {
  /** The `period` option (`'total'` by default). */
  readonly period: CalendarPeriodKind | 'total';
  /** The `periodBy` option (`'received'` by default). */
  readonly periodBy: 'received' | 'answered';
  /** The names of the `groupBy` fields, in order (a custom `{ name, get }` field by its name only). */
  readonly groupBy: readonly string[];
  /** The `range` option, validated, or `null`. */
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | null;
  /** The cut-off date (given, or of the first record added), or `null` while unknown. */
  readonly asOf: IsoDate | null;
  /** The outcomes counted as «a favor del usuario», unique, in the order of `OUTCOMES`. */
  readonly aFavorOutcomes: readonly Outcome[];
  /** The `aFavorIncludesSilencioPositivo` option, resolved. */
  readonly aFavorIncludesSilencioPositivo: boolean;
  /** The `trasladoCountsAsAnswer` option, resolved. */
  readonly trasladoCountsAsAnswer: boolean;
  /** The Likert scale, resolved: `satisfied` unique and ascending. */
  readonly likert: { readonly min: number; readonly max: number; readonly satisfied: readonly number[] };
  /** The meta of every indicator, defaults included, keyed by indicator id. */
  readonly metas: Readonly<Record<IndicatorId, Meta>>;
  /** The `usersBySeccional` option as `[seccional, users]` pairs sorted by seccional, or `null`. */
  readonly usersBySeccional: readonly (readonly [string, number])[] | null;
}

/**
 * The counters of one group in one period inside an {@link AggregatorSnapshot}. Tallies and the
 * response-time histogram are lists of `[key, count]` pairs (never objects, so a key such as
 * «__proto__» survives), with positive counts.
 *
 * @example
 * ```ts
 * import { requestStatus } from 'pqrsd/deadlines';
 * import { createAggregator } from 'pqrsd/indicators';
 * const agg = createAggregator({ period: 'month', groupBy: ['seccional'] });
 * agg.add({ type: 'queja', seccional: 'Norte',
 *   status: requestStatus({ type: 'queja', receivedAt: '2026-11-03' }, '2026-11-27') });
 * const g = agg.snapshot().groups[0];
 * g?.period; //=> '2026-11'
 * g?.group; //=> ['Norte']
 * g?.byType; //=> [['queja', 1]]
 * ```
 */
export interface AggregatorSnapshotGroup {
  /** Period key (`'2026-11'`, `'2026-S2'`…), or `''` when `period` is `'total'`. */
  readonly period: string;
  /** The values of the `groupBy` fields, in the order of `shape.groupBy`. */
  readonly group: readonly string[];
  /** Earliest `periodBy` date of the group's records (AAAA-MM-DD). */
  readonly minDate: string;
  /** Latest `periodBy` date of the group's records (AAAA-MM-DD). */
  readonly maxDate: string;
  /** See {@link GroupSummary.received}. */
  readonly received: number;
  /** See {@link GroupSummary.byType}. */
  readonly byType: readonly (readonly [string, number])[];
  /** See {@link GroupSummary.byChannel}. */
  readonly byChannel: readonly (readonly [string, number])[];
  /** See {@link GroupSummary.byDependencia}. */
  readonly byDependencia: readonly (readonly [string, number])[];
  /** See {@link GroupSummary.byState}. */
  readonly byState: readonly (readonly [string, number])[];
  /** See {@link GroupSummary.bySemaforo}. */
  readonly bySemaforo: readonly (readonly [string, number])[];
  /** See {@link GroupSummary.byOutcome}. */
  readonly byOutcome: readonly (readonly [string, number])[];
  /** See {@link GroupSummary.answered}. */
  readonly answered: number;
  /** See {@link GroupSummary.answeredOnTime}. */
  readonly answeredOnTime: number;
  /** See {@link GroupSummary.open}. */
  readonly open: number;
  /** See {@link GroupSummary.overdue}. */
  readonly overdue: number;
  /** See {@link GroupSummary.openPriority}. */
  readonly openPriority: number;
  /** See {@link GroupSummary.inRequirement}. */
  readonly inRequirement: number;
  /** See {@link GroupSummary.traslados}. */
  readonly traslados: number;
  /** Desistimientos tácitos (CPACA art. 17). */
  readonly desistimientoTacito: number;
  /** Desistimientos expresos (CPACA art. 18). */
  readonly desistimientoExpreso: number;
  /** See {@link GroupSummary.documentosAceptados}. */
  readonly documentosAceptados: number;
  /** See {@link GroupSummary.silencioPositivo}. */
  readonly silencioPositivo: number;
  /** See {@link GroupSummary.aFavor}. */
  readonly aFavor: number;
  /** Valid satisfaction answers. */
  readonly satisfactionValid: number;
  /** Satisfied answers. */
  readonly satisfactionSatisfied: number;
  /** Off-scale satisfaction answers. */
  readonly satisfactionInvalid: number;
  /** Response times: `[business days, count]` pairs, ascending by days. */
  readonly responseDays: readonly (readonly [number, number])[];
}

/**
 * The whole state of an {@link Aggregator} as plain data (objects, arrays, strings, numbers, booleans
 * and `null`): it survives `structuredClone`, `postMessage` and `JSON.stringify`/`JSON.parse`
 * unchanged, so partial aggregates made in worker threads, per month or on other machines can be
 * combined with {@link Aggregator.merge}. The order of `groups` is unspecified; only `result()` is
 * canonical.
 *
 * @example
 * ```ts
 * import { createAggregator } from 'pqrsd/indicators';
 * const snap = createAggregator({ period: 'month' }).snapshot();
 * snap.version; //=> 1
 * snap.records; //=> 0
 * JSON.parse(JSON.stringify(snap)); //=> snap
 * ```
 */
export interface AggregatorSnapshot {
  /** Format version; `1`. */
  readonly version: 1;
  /** What must match to merge (see {@link AggregatorSnapshotShape}). */
  readonly shape: AggregatorSnapshotShape;
  /** Records added, including excluded ones (see {@link AggregateResult.records}). */
  readonly records: number;
  /** Records outside `range` (see {@link AggregateResult.excluded}). */
  readonly excluded: number;
  /** One entry per period and group that received a record. */
  readonly groups: readonly AggregatorSnapshotGroup[];
}

/**
 * A streaming aggregator: `add` records one by one (any number), then read `result()` (as often as
 * wanted; adding more afterwards is allowed).
 *
 * @example
 * ```ts
 * import { createAggregator } from 'pqrsd/indicators';
 * const agg = createAggregator({ period: 'month' });
 * // for (const record of records) agg.add(record);
 * agg.result().groups.length; //=> 0
 * ```
 */
export interface Aggregator {
  /**
   * Adds one record.
   *
   * @throws `PqrsdError` `INVALID_RECORD` for a record without a readable status, or with a
   * cut-off date different from the aggregator's.
   */
  add(record: IndicatorRecord): void;
  /** Adds every record of an iterable. */
  addAll(records: Iterable<IndicatorRecord>): void;
  /**
   * The summaries and indicators so far. Groups are ordered by period start, then by their values
   * (code unit order); tally keys in a fixed order: the canonical order of the enumeration (types,
   * channels, states, semáforo colours, outcomes) then any other key in code unit order, and
   * `byDependencia` in code unit order. So the result never depends on the order records arrived in.
   */
  result(): AggregateResult;
  /**
   * The aggregator's whole state as plain data, for {@link Aggregator.merge} in another aggregator
   * (possibly in another thread, process or machine). Linear in the number of groups; the
   * aggregator is not changed and may keep adding.
   *
   * @example
   * ```ts
   * import { requestStatus } from 'pqrsd/deadlines';
   * import { createAggregator } from 'pqrsd/indicators';
   * const worker = createAggregator({ period: 'month' });
   * worker.add({ type: 'peticion',
   *   status: requestStatus({ type: 'peticion', receivedAt: '2026-11-03' }, '2026-11-27') });
   * const snap = structuredClone(worker.snapshot()); // o postMessage, o JSON
   * snap.records; //=> 1
   * snap.shape.asOf; //=> '2026-11-27'
   * ```
   */
  snapshot(): AggregatorSnapshot;
  /**
   * Adds the records of a {@link AggregatorSnapshot} into this aggregator: afterwards `result()` is
   * exactly (same values, same key order) what one aggregator that added every record would give,
   * whatever the split and the order of the merges. It is addition: merging the same snapshot twice
   * counts its records twice. Adding or merging more afterwards is allowed.
   *
   * The snapshot is validated entirely before anything changes, so a rejected merge leaves the
   * aggregator as it was.
   *
   * @throws `PqrsdError` `INVALID_ARGUMENT` when the version is unknown, when the shape differs
   * (period, periodBy, groupBy names, range, aFavorOutcomes, aFavorIncludesSilencioPositivo,
   * trasladoCountsAsAnswer, likert, metas, usersBySeccional; the message names what differs), when
   * both cut-off dates are known and differ (an unknown one takes the other's), or when the snapshot
   * is malformed.
   * @example
   * ```ts
   * import { requestStatus } from 'pqrsd/deadlines';
   * import { createAggregator } from 'pqrsd/indicators';
   * const status = requestStatus({ type: 'peticion', receivedAt: '2026-11-03' }, '2026-11-27');
   * const a = createAggregator({ period: 'month' });
   * const b = createAggregator({ period: 'month' });
   * a.add({ type: 'peticion', status });
   * b.add({ type: 'queja', status });
   * const main = createAggregator({ period: 'month' });
   * main.merge(a.snapshot());
   * main.merge(b.snapshot());
   * main.result().groups[0]?.byType; //=> { peticion: 1, queja: 1 }
   * createAggregator({ period: 'year' }).merge(a.snapshot()); // lanza PqrsdError INVALID_ARGUMENT
   * ```
   */
  merge(snapshot: AggregatorSnapshot): void;
}

type Getter = (r: IndicatorRecord) => string;

const STATE_SET: ReadonlySet<string> = new Set(REQUEST_STATES);
const OUTCOME_SET: ReadonlySet<string> = new Set(OUTCOMES);

class GroupAcc {
  received = 0;
  readonly byType = new Tally();
  readonly byChannel = new Tally();
  readonly byDependencia = new Tally();
  readonly byState = new Tally();
  readonly bySemaforo = new Tally();
  readonly byOutcome = new Tally();
  answered = 0;
  answeredOnTime = 0;
  open = 0;
  overdue = 0;
  openPriority = 0;
  inRequirement = 0;
  traslados = 0;
  tacito = 0;
  expreso = 0;
  documentosAceptados = 0;
  silencioPositivo = 0;
  aFavor = 0;
  satValid = 0;
  satSatisfied = 0;
  satInvalid = 0;
  hist = new IntHistogram();
  minDate = '';
  maxDate = '';
  constructor(
    readonly periodKey: string,
    /** The values of the grouping fields, in `groupBy` order (the key of the group). */
    readonly values: readonly string[],
    readonly group: Group,
  ) {}
}

/** A fixed order of tally keys: the canonical list first, then any other key in code unit order. */
interface KeyOrder {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
}

function keyOrder(list: readonly string[]): KeyOrder {
  return { list, set: new Set(list) };
}

const TYPE_ORDER = keyOrder(REQUEST_TYPES);
const CHANNEL_ORDER = keyOrder(CHANNELS);
const STATE_ORDER = keyOrder(REQUEST_STATES);
const SEMAFORO_ORDER = keyOrder(SEMAFORO_COLORS);
const OUTCOME_ORDER = keyOrder(OUTCOMES);
const SORTED = keyOrder([]);

/**
 * Counts per key: one map lookup per count (a boxed counter, no `set`). Kept in first-seen order
 * (cheap on the hot path); ordered only when read by `toRecord`.
 */
class Tally {
  readonly #counts = new Map<string, { n: number }>();
  bump(k: string): void {
    const box = this.#counts.get(k);
    if (box === undefined) this.#counts.set(k, { n: 1 });
    else box.n++;
  }
  bumpBy(k: string, n: number): void {
    const box = this.#counts.get(k);
    if (box === undefined) this.#counts.set(k, { n });
    else box.n += n;
  }
  /** The counts as `[key, count]` pairs, in first-seen order. */
  pairs(): [string, number][] {
    return Array.from(this.#counts, ([k, box]) => [k, box.n]);
  }
  /** The counts as a record whose keys follow `order`, so it never depends on arrival order. */
  toRecord(order: KeyOrder): Record<string, number> {
    const entries: [string, number][] = [];
    for (const k of order.list) {
      const box = this.#counts.get(k);
      if (box !== undefined) entries.push([k, box.n]);
    }
    if (entries.length < this.#counts.size) {
      const rest: string[] = [];
      for (const k of this.#counts.keys()) if (!order.set.has(k)) rest.push(k);
      rest.sort();
      for (const k of rest) entries.push([k, (this.#counts.get(k) as { n: number }).n]);
    }
    // fromEntries (not `out[k] = n`): a key such as «__proto__» stays an own property.
    return Object.fromEntries(entries);
  }
}

function bump(m: Tally, k: string): void {
  m.bump(k);
}

/** Numeric counters of a snapshot group. */
const COUNT_FIELDS = [
  'received',
  'answered',
  'answeredOnTime',
  'open',
  'overdue',
  'openPriority',
  'inRequirement',
  'traslados',
  'desistimientoTacito',
  'desistimientoExpreso',
  'documentosAceptados',
  'silencioPositivo',
  'aFavor',
  'satisfactionValid',
  'satisfactionSatisfied',
  'satisfactionInvalid',
] as const satisfies readonly (keyof AggregatorSnapshotGroup)[];

/** Tallies of a snapshot group. */
const TALLY_FIELDS = [
  'byType',
  'byChannel',
  'byDependencia',
  'byState',
  'bySemaforo',
  'byOutcome',
] as const satisfies readonly (keyof AggregatorSnapshotGroup)[];

/** The shape fields compared by `merge` (the cut-off date apart), with their Spanish names. */
const SHAPE_LABELS = [
  ['period', 'el tipo de período'],
  ['periodBy', 'la fecha que ubica cada registro en su período'],
  ['groupBy', 'los campos de agrupación'],
  ['range', 'el rango'],
  ['aFavorOutcomes', 'los resultados que cuentan a favor del usuario'],
  ['aFavorIncludesSilencioPositivo', 'si el silencio positivo cuenta a favor del usuario'],
  ['trasladoCountsAsAnswer', 'si el traslado cuenta como respuesta'],
  ['likert', 'la escala Likert'],
  ['metas', 'las metas'],
  ['usersBySeccional', 'los usuarios por seccional'],
] as const satisfies readonly (readonly [Exclude<keyof AggregatorSnapshotShape, 'asOf'>, string])[];

function isRecordObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

/** The same date check as `add` (a record's dates are only shape-checked there). */
function isDateShaped(v: unknown): v is string {
  return typeof v === 'string' && v.length === 10 && v[4] === '-' && v[7] === '-';
}

function isPeriodKey(key: string, kind: CalendarPeriodKind): boolean {
  try {
    const p = parsePeriodKey(key);
    return p.kind === kind && p.key === key;
  } catch {
    return false;
  }
}

/** Deep equality of plain data (objects by own enumerable keys, whatever their order). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}

/** Code unit order of group values, element by element (a total order on distinct tuples). */
function compareValues(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  // Unreachable from result(): one tree leaf per tuple, so two groups never share all values.
  /* c8 ignore next */
  return a.length - b.length;
}

function malformed(path: string, value: unknown, expected: string): PqrsdError {
  return new PqrsdError(
    'INVALID_ARGUMENT',
    `El snapshot no es válido: ${path} «${safeString(value)}» ${expected}`,
    { value, path },
  );
}

function fieldReader(field: GroupField | CustomGroupField): [string, (r: IndicatorRecord) => string] {
  if (
    typeof field === 'object' &&
    field !== null &&
    typeof field.get === 'function' &&
    typeof field.name === 'string'
  ) {
    const get = field.get;
    // A non-string value (despite the type) is read as text, so group keys are always strings.
    return [
      field.name,
      (r) => {
        const v = get(r);
        return typeof v === 'string' ? v : v === null || v === undefined ? MISSING_GROUP_VALUE : show(v);
      },
    ];
  }
  switch (field) {
    case 'seccional':
      return [field, (r) => r.seccional ?? MISSING_GROUP_VALUE];
    case 'dependencia':
      return [field, (r) => r.dependencia ?? MISSING_GROUP_VALUE];
    case 'channel':
      return [field, (r) => r.channel ?? MISSING_GROUP_VALUE];
    case 'type':
      return [field, (r) => r.type];
    case 'regime':
      return [field, (r) => r.status.deadline.regime ?? MISSING_GROUP_VALUE];
    case 'state':
      return [field, (r) => r.status.state];
    case 'semaforo':
      return [field, (r) => r.status.semaforo ?? MISSING_GROUP_VALUE];
    case 'outcome':
      return [field, (r) => r.outcome ?? MISSING_GROUP_VALUE];
    case 'assignee':
      return [field, (r) => r.assignee ?? MISSING_GROUP_VALUE];
    case 'priority':
      return [field, (r) => (r.status.priority.length > 0 ? 'prioritaria' : 'no_prioritaria')];
    default:
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `«${safeString(field)}» no es un campo de agrupación: use ${GROUP_FIELDS.join(', ')} o { name, get }`,
        { value: field },
      );
  }
}

function checkUsers(users: Readonly<Record<string, number>> | undefined): Map<string, number> | null {
  if (users === undefined) return null;
  if (typeof users !== 'object' || users === null) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«${safeString(users)}» no es un mapa de usuarios por seccional`,
      {
        value: users,
      },
    );
  }
  const map = new Map<string, number>();
  for (const [k, v] of Object.entries(users)) {
    if (!Number.isInteger(v) || v < 0) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `El número de usuarios «${safeString(v)}» de la seccional «${k}» debe ser un entero mayor o igual a 0`,
        { value: v, seccional: k },
      );
    }
    map.set(k, v);
  }
  return map;
}

function checkBoolean(v: unknown, name: string, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== 'boolean') {
    throw new PqrsdError('INVALID_POLICY', `La opción ${name} debe ser true o false, no «${safeString(v)}»`, {
      value: v,
    });
  }
  return v;
}

/**
 * Creates a single-pass aggregator of PQRSD indicators.
 *
 * Per group it computes oportunidad (answered within the legal term / answered, meta 100 %),
 * pendientes vencidas (overdue / pending, meta 0 %), satisfacción del cliente (satisfied / valid
 * survey answers, meta 80 %) and, when `usersBySeccional` is given, PQRSD a favor del usuario
 * (resolved in the user's favour / users of the seccional, meta ≤ 0,5 %).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` / `INVALID_POLICY` for malformed options.
 * @example
 * ```ts
 * import { requestStatus } from 'pqrsd/deadlines';
 * import { createAggregator } from 'pqrsd/indicators';
 * const agg = createAggregator({ period: 'month', groupBy: ['seccional'] });
 * agg.add({
 *   type: 'peticion', seccional: 'Norte',
 *   status: requestStatus({ type: 'peticion', receivedAt: '2026-11-03',
 *     events: [{ type: 'respuesta', date: '2026-11-20' }] }, '2026-11-27'),
 * });
 * agg.result().indicators.find((i) => i.id === 'oportunidad')?.value; //=> 1
 * ```
 */
export function createAggregator(options: AggregatorOptions = {}): Aggregator {
  if (typeof options !== 'object' || options === null) {
    throw new PqrsdError('INVALID_ARGUMENT', 'Las opciones de createAggregator deben ser un objeto', {
      value: options,
    });
  }
  const periodKind = options.period ?? 'total';
  if (periodKind !== 'total' && !(PERIOD_KINDS as readonly string[]).includes(periodKind)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«${safeString(periodKind)}» no es un tipo de período: use 'month', 'quarter', 'semester', 'year' o 'total'`,
      { value: periodKind },
    );
  }
  const periodBy = options.periodBy ?? 'received';
  if (periodBy !== 'received' && periodBy !== 'answered') {
    throw new PqrsdError(
      'INVALID_POLICY',
      `«${safeString(periodBy)}» no es válido para periodBy: use 'received' o 'answered'`,
      {
        value: periodBy,
      },
    );
  }
  const range = options.range === undefined ? null : rangePeriod(options.range.from, options.range.to);
  // Array.from: a hole of a sparse list is read (and refused) as `undefined`, never skipped.
  const readers = Array.from(
    arrayArgument<GroupField | CustomGroupField>(options.groupBy ?? [], 'groupBy'),
  ).map(fieldReader);
  const metas = resolveMetas(options.metas);
  const users = checkUsers(options.usersBySeccional);
  const aFavorOutcomes = new Set<string>(options.aFavorOutcomes ?? ['a_favor', 'parcialmente_a_favor']);
  for (const o of aFavorOutcomes) {
    if (!OUTCOME_SET.has(o)) {
      throw new PqrsdError(
        'INVALID_POLICY',
        `«${safeString(o)}» no es un resultado conocido en aFavorOutcomes`,
        { value: o },
      );
    }
  }
  const sapCounts = checkBoolean(
    options.aFavorIncludesSilencioPositivo,
    'aFavorIncludesSilencioPositivo',
    true,
  );
  const trasladoCounts = checkBoolean(options.trasladoCountsAsAnswer, 'trasladoCountsAsAnswer', true);
  const likert: LikertScale = resolveLikert(options.likert);
  let asOf: IsoDate | null = options.asOf === undefined ? null : parseIsoDate(options.asOf);

  const root = new Map<string, unknown>();
  const accs: GroupAcc[] = [];
  const names = readers.map((r) => r[0]);
  const getters = readers.map((r) => r[1]);
  const last = readers.length - 1;
  let records = 0;
  let excluded = 0;

  // Every period kind is a function of the year and month: one key string per month, reused (the
  // tree's maps then hash the same string again and again, and no string is built per record).
  const periodKeys = new Map<number, string>();
  function periodKeyOf(date: string): string {
    let ym = 0;
    for (let i = 0; i < 7; i++) {
      if (i === 4) continue;
      const d = date.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return periodKeyOfValidDate(date, periodKind as CalendarPeriodKind);
      ym = ym * 10 + d;
    }
    // Records arrive grouped by date more often than not: the last month's key first.
    if (ym === lastYm) return lastKey;
    let key = periodKeys.get(ym);
    if (key === undefined) {
      key = periodKeyOfValidDate(date, periodKind as CalendarPeriodKind);
      periodKeys.set(ym, key);
    }
    lastYm = ym;
    lastKey = key;
    return key;
  }
  let lastYm = -1;
  let lastKey = '';
  // The entry of the tree's root for the last period key (entries are never replaced).
  let lastPk: string | null = null;
  let lastRoot: unknown;
  function rootOf(pk: string): unknown {
    if (pk === lastPk) return lastRoot;
    const entry = root.get(pk);
    if (entry !== undefined) {
      lastPk = pk;
      lastRoot = entry;
    }
    return entry;
  }

  function add(record: IndicatorRecord): void {
    const index = records;
    const status = (record as { status?: IndicatorRecord['status'] } | null)?.status;
    if (typeof status !== 'object' || status === null || !STATE_SET.has(status.state)) {
      throw new PqrsdError(
        'INVALID_RECORD',
        `Registro ${index + 1}: no trae un estado válido (status.state «${safeString((status as { state?: unknown } | undefined)?.state)}»)`,
        { index },
      );
    }
    const received = status.deadline?.receivedDate;
    if (
      typeof received !== 'string' ||
      received.length !== 10 ||
      received[4] !== '-' ||
      received[7] !== '-'
    ) {
      throw new PqrsdError(
        'INVALID_RECORD',
        `Registro ${index + 1}: la fecha de recibo «${safeString(received)}» no es una fecha AAAA-MM-DD`,
        { index },
      );
    }
    if (asOf === null) asOf = parseIsoDate(status.asOf);
    else if (status.asOf !== asOf) {
      throw new PqrsdError(
        'INVALID_RECORD',
        `Registro ${index + 1}: su estado es al «${safeString(status.asOf)}» y el agregado es al «${asOf}»; todos los estados deben calcularse a la misma fecha de corte`,
        { index, value: status.asOf },
      );
    }
    // The specific checks above first (their messages name the usual mistakes), then the whole shape.
    checkIndicatorRecord(record, index);
    addChecked(record, status, received);
  }

  /** `add` after its checks (or for a record known to pass them, {@link addWithoutChecks}). */
  function addChecked(record: IndicatorRecord, status: IndicatorRecord['status'], received: string): void {
    records++;
    const date = periodBy === 'received' ? received : (status.answeredOn ?? (asOf as IsoDate));
    if (range !== null && (date < range.from || date > range.to)) {
      excluded++;
      return;
    }
    // Nested maps (period → value of each field → group): no key string is built per record.
    const pk = periodKind === 'total' ? '' : periodKeyOf(date);
    let acc: GroupAcc | undefined;
    if (last < 0) {
      acc = rootOf(pk) as GroupAcc | undefined;
      if (acc === undefined) {
        acc = new GroupAcc(pk, [], {});
        root.set(pk, acc);
        accs.push(acc);
      }
    } else {
      let node = rootOf(pk) as Map<string, unknown> | undefined;
      if (node === undefined) {
        node = new Map();
        root.set(pk, node);
      }
      for (let i = 0; i < last; i++) {
        const v = (getters[i] as Getter)(record);
        let next = node.get(v) as Map<string, unknown> | undefined;
        if (next === undefined) {
          next = new Map();
          node.set(v, next);
        }
        node = next;
      }
      const v = (getters[last] as Getter)(record);
      acc = node.get(v) as GroupAcc | undefined;
      if (acc === undefined) {
        acc = newGroup(
          pk,
          getters.map((g) => g(record)),
        );
        node.set(v, acc);
      }
    }
    if (acc.minDate === '' || date < acc.minDate) acc.minDate = date;
    if (date > acc.maxDate) acc.maxDate = date;
    accumulate(acc, record, status);
  }

  /** A new group of a grouped aggregation, registered in `accs` (not in the tree). */
  function newGroup(pk: string, values: readonly string[]): GroupAcc {
    // fromEntries (not `group[name] = value`): a custom field named «__proto__» stays an own key.
    const group: Record<string, string> = Object.fromEntries(names.map((n, i) => [n, values[i] as string]));
    const acc = new GroupAcc(pk, values, group);
    accs.push(acc);
    return acc;
  }

  /** The group of a period and group values, created when missing (the tree walk of `add`). */
  function groupFor(pk: string, values: readonly string[]): GroupAcc {
    if (last < 0) {
      let acc = root.get(pk) as GroupAcc | undefined;
      if (acc === undefined) {
        acc = new GroupAcc(pk, [], {});
        root.set(pk, acc);
        accs.push(acc);
      }
      return acc;
    }
    let node = root.get(pk) as Map<string, unknown> | undefined;
    if (node === undefined) {
      node = new Map();
      root.set(pk, node);
    }
    for (let i = 0; i < last; i++) {
      const v = values[i] as string;
      let next = node.get(v) as Map<string, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(v, next);
      }
      node = next;
    }
    const v = values[last] as string;
    let acc = node.get(v) as GroupAcc | undefined;
    if (acc === undefined) {
      acc = newGroup(pk, values);
      node.set(v, acc);
    }
    return acc;
  }

  function accumulate(acc: GroupAcc, record: IndicatorRecord, status: IndicatorRecord['status']): void {
    const state: RequestState = status.state;
    let favour = false;
    acc.received++;
    bump(acc.byType, record.type);
    bump(acc.byChannel, record.channel ?? MISSING_GROUP_VALUE);
    bump(acc.byDependencia, record.dependencia ?? MISSING_GROUP_VALUE);
    const unknown = record.answer !== undefined && isOpen(status);
    bump(acc.byState, unknown ? (record.answer as string) : state);
    if (unknown) {
      // Answered without a date, or nothing known of the answer: neither pending nor timed.
    } else if (isOpen(status)) {
      acc.open++;
      if (state === 'vencida') acc.overdue++;
      else if (state === 'en_requerimiento') acc.inRequirement++;
      if (status.priority.length > 0) acc.openPriority++;
      if (status.semaforo !== null) bump(acc.bySemaforo, status.semaforo);
    } else {
      const answered =
        state === 'respondida_a_tiempo' ||
        state === 'respondida_extemporanea' ||
        (state === 'trasladada' && trasladoCounts);
      if (state === 'trasladada') acc.traslados++;
      if (answered) {
        acc.answered++;
        if (state === 'respondida_a_tiempo' || (state === 'trasladada' && status.onTime === true))
          acc.answeredOnTime++;
        const days = status.responseBusinessDays;
        if (days !== null && days !== undefined) acc.hist.add(days);
      }
      if (state === 'desistida') {
        if (hasConsequence(status, 'desistimiento_tacito')) acc.tacito++;
        else acc.expreso++;
      }
      if (record.outcome !== undefined) {
        bump(acc.byOutcome, record.outcome);
        if (aFavorOutcomes.has(record.outcome)) favour = true;
      }
    }
    if (hasConsequence(status, 'aceptacion_documentos')) acc.documentosAceptados++;
    const sap = hasConsequence(status, 'silencio_administrativo_positivo');
    if (sap) acc.silencioPositivo++;
    if (favour || (sap && sapCounts)) acc.aFavor++;
    const sat = record.satisfaction;
    if (sat !== undefined && sat !== null) {
      if (Number.isInteger(sat) && sat >= likert.min && sat <= likert.max) {
        acc.satValid++;
        if (likert.satisfied.has(sat)) acc.satSatisfied++;
      } else acc.satInvalid++;
    }
  }

  function periodFor(acc: GroupAcc): Period {
    if (periodKind !== 'total') return parsePeriodKey(acc.periodKey);
    if (range !== null) return range;
    return rangePeriod(acc.minDate, acc.maxDate);
  }

  function indicatorsFor(acc: GroupAcc, period: Period): IndicatorResult[] {
    const group = acc.group;
    const meta = (id: IndicatorId): Meta => metas[id];
    const out: IndicatorResult[] = [
      buildIndicatorResult({
        id: 'oportunidad',
        numerator: acc.answeredOnTime,
        denominator: acc.answered,
        period,
        group,
        meta: meta('oportunidad'),
      }),
      buildIndicatorResult({
        id: 'pendientes_vencidas',
        numerator: acc.overdue,
        denominator: acc.open,
        period,
        group,
        meta: meta('pendientes_vencidas'),
      }),
    ];
    if (users !== null) {
      const seccional = group.seccional;
      let denominator = 0;
      let note: string | undefined;
      if (seccional === undefined) {
        for (const v of users.values()) denominator += v;
        note =
          'Denominador: total de usuarios de todas las seccionales (la meta de la caracterización es por seccional: agrupe por seccional para juzgar cada una)';
      } else if (users.has(seccional)) {
        denominator = users.get(seccional) as number;
      } else {
        note = `Sin número de usuarios para la seccional «${seccional}»`;
      }
      out.push(
        buildIndicatorResult({
          id: 'pqrsd_a_favor_usuario',
          numerator: acc.aFavor,
          denominator,
          period,
          group,
          meta: meta('pqrsd_a_favor_usuario'),
          note,
        }),
      );
    }
    out.push(
      buildIndicatorResult({
        id: 'satisfaccion_cliente',
        numerator: acc.satSatisfied,
        denominator: acc.satValid,
        period,
        group,
        meta: meta('satisfaccion_cliente'),
        note: acc.satValid === 0 ? 'Sin respuestas válidas de encuesta' : undefined,
      }),
    );
    return out;
  }

  function summary(acc: GroupAcc): GroupSummary {
    const period = periodFor(acc);
    return {
      period,
      group: acc.group,
      received: acc.received,
      byType: acc.byType.toRecord(TYPE_ORDER),
      byChannel: acc.byChannel.toRecord(CHANNEL_ORDER),
      byDependencia: acc.byDependencia.toRecord(SORTED),
      byState: acc.byState.toRecord(STATE_ORDER),
      bySemaforo: acc.bySemaforo.toRecord(SEMAFORO_ORDER),
      byOutcome: acc.byOutcome.toRecord(OUTCOME_ORDER),
      answered: acc.answered,
      answeredOnTime: acc.answeredOnTime,
      answeredLate: acc.answered - acc.answeredOnTime,
      open: acc.open,
      overdue: acc.overdue,
      openPriority: acc.openPriority,
      inRequirement: acc.inRequirement,
      traslados: acc.traslados,
      desistimientos: { tacito: acc.tacito, expreso: acc.expreso },
      documentosAceptados: acc.documentosAceptados,
      silencioPositivo: acc.silencioPositivo,
      aFavor: acc.aFavor,
      responseTime: acc.hist.stats(),
      satisfaction: { valid: acc.satValid, satisfied: acc.satSatisfied, invalid: acc.satInvalid },
      indicators: indicatorsFor(acc, period),
    };
  }

  function result(): AggregateResult {
    const all = [...accs];
    if (range !== null && readers.length === 0) {
      const keys =
        periodKind === 'total' ? [''] : periodsBetween(range.from, range.to, periodKind).map((p) => p.key);
      for (const k of keys) {
        if (!root.has(k)) {
          const empty = new GroupAcc(k, [], {});
          empty.minDate = range.from;
          empty.maxDate = range.to;
          all.push(empty);
        }
      }
    }
    // A total order: two groups never share both the period start and the values (one tree leaf
    // per period key and values; with 'total', one period key), so insertion order never shows.
    const keyed = all.map((acc) => ({ acc, s: summary(acc) }));
    keyed.sort((a, b) => {
      if (a.s.period.from !== b.s.period.from) return a.s.period.from < b.s.period.from ? -1 : 1;
      return compareValues(a.acc.values, b.acc.values);
    });
    const summaries = keyed.map((k) => k.s);
    return {
      asOf,
      records,
      excluded,
      groups: summaries,
      indicators: summaries.flatMap((s) => s.indicators),
    };
  }

  const shapeUsers: [string, number][] | null =
    users === null ? null : [...users].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  /** The current shape, as fresh plain data (a caller may change a snapshot without harm). */
  function shape(): AggregatorSnapshotShape {
    const metaData = {} as Record<IndicatorId, Meta>;
    for (const id of INDICATOR_IDS) metaData[id] = { operator: metas[id].operator, value: metas[id].value };
    return {
      period: periodKind,
      periodBy,
      groupBy: [...names],
      range: range === null ? null : { from: range.from, to: range.to },
      asOf,
      aFavorOutcomes: OUTCOMES.filter((o) => aFavorOutcomes.has(o)),
      aFavorIncludesSilencioPositivo: sapCounts,
      trasladoCountsAsAnswer: trasladoCounts,
      likert: { min: likert.min, max: likert.max, satisfied: [...likert.satisfied].sort((a, b) => a - b) },
      metas: metaData,
      usersBySeccional: shapeUsers === null ? null : shapeUsers.map(([k, v]) => [k, v] as const),
    };
  }

  function snapshot(): AggregatorSnapshot {
    const groups: AggregatorSnapshotGroup[] = accs.map((acc) => ({
      period: acc.periodKey,
      group: [...acc.values],
      minDate: acc.minDate,
      maxDate: acc.maxDate,
      received: acc.received,
      byType: acc.byType.pairs(),
      byChannel: acc.byChannel.pairs(),
      byDependencia: acc.byDependencia.pairs(),
      byState: acc.byState.pairs(),
      bySemaforo: acc.bySemaforo.pairs(),
      byOutcome: acc.byOutcome.pairs(),
      answered: acc.answered,
      answeredOnTime: acc.answeredOnTime,
      open: acc.open,
      overdue: acc.overdue,
      openPriority: acc.openPriority,
      inRequirement: acc.inRequirement,
      traslados: acc.traslados,
      desistimientoTacito: acc.tacito,
      desistimientoExpreso: acc.expreso,
      documentosAceptados: acc.documentosAceptados,
      silencioPositivo: acc.silencioPositivo,
      aFavor: acc.aFavor,
      satisfactionValid: acc.satValid,
      satisfactionSatisfied: acc.satSatisfied,
      satisfactionInvalid: acc.satInvalid,
      responseDays: Array.from(acc.hist.entries()),
    }));
    return { version: 1, shape: shape(), records, excluded, groups };
  }

  /** Validates one group of a snapshot (types, ranges and internal consistency), changing nothing. */
  function checkGroup(g: unknown, path: string): AggregatorSnapshotGroup {
    if (!isRecordObject(g)) throw malformed(path, g, 'debe ser un objeto');
    const pk = g.period;
    if (typeof pk !== 'string') throw malformed(`${path}.period`, pk, 'debe ser una clave de período');
    if (periodKind === 'total') {
      if (pk !== '') throw malformed(`${path}.period`, pk, "debe ser '' con period 'total'");
    } else if (!isPeriodKey(pk, periodKind)) {
      throw malformed(`${path}.period`, pk, `no es una clave de período de tipo '${periodKind}'`);
    }
    const values = g.group;
    if (
      !Array.isArray(values) ||
      values.length !== names.length ||
      !values.every((v) => typeof v === 'string')
    ) {
      throw malformed(
        `${path}.group`,
        values,
        `debe ser una lista de ${names.length} textos (uno por campo de groupBy)`,
      );
    }
    const { minDate, maxDate } = g;
    for (const [name, d] of [
      ['minDate', minDate],
      ['maxDate', maxDate],
    ] as const) {
      if (!isDateShaped(d)) throw malformed(`${path}.${name}`, d, 'debe ser una fecha AAAA-MM-DD');
      if (periodKind !== 'total' && periodKeyOfValidDate(d, periodKind) !== pk) {
        throw malformed(`${path}.${name}`, d, `no cae en el período «${pk}»`);
      }
      if (range !== null && (d < range.from || d > range.to)) {
        throw malformed(`${path}.${name}`, d, `está fuera del rango ${range.from}..${range.to}`);
      }
    }
    if ((minDate as string) > (maxDate as string)) {
      throw malformed(`${path}.minDate`, minDate, `es posterior a maxDate «${safeString(maxDate)}»`);
    }
    for (const name of COUNT_FIELDS) {
      const n = g[name];
      if (!isCount(n)) throw malformed(`${path}.${name}`, n, 'debe ser un entero mayor o igual a 0');
    }
    const c = g as unknown as AggregatorSnapshotGroup;
    const tallySum = (name: (typeof TALLY_FIELDS)[number]): number => {
      const pairs = g[name];
      if (!Array.isArray(pairs))
        throw malformed(`${path}.${name}`, pairs, 'debe ser una lista de pares [clave, conteo]');
      let sum = 0;
      for (const [i, p] of pairs.entries()) {
        if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || !isCount(p[1]) || p[1] === 0) {
          throw malformed(`${path}.${name}[${i}]`, p, 'debe ser un par [texto, entero mayor que 0]');
        }
        sum += p[1];
      }
      return sum;
    };
    const sums = Object.fromEntries(TALLY_FIELDS.map((name) => [name, tallySum(name)])) as Record<
      (typeof TALLY_FIELDS)[number],
      number
    >;
    const days = g.responseDays;
    if (!Array.isArray(days))
      throw malformed(`${path}.responseDays`, days, 'debe ser una lista de pares [días, conteo]');
    let timed = 0;
    for (const [i, p] of days.entries()) {
      if (!Array.isArray(p) || p.length !== 2 || !isCount(p[0]) || !isCount(p[1]) || p[1] === 0) {
        throw malformed(
          `${path}.responseDays[${i}]`,
          p,
          'debe ser un par [entero mayor o igual a 0, entero mayor que 0]',
        );
      }
      timed += p[1];
    }
    const inconsistent =
      c.received === 0
        ? 'un grupo sin solicitudes'
        : sums.byType !== c.received ||
            sums.byChannel !== c.received ||
            sums.byDependencia !== c.received ||
            sums.byState !== c.received
          ? 'conteos por tipo, canal, dependencia o estado que no suman las recibidas'
          : c.answered + c.open > c.received || sums.byOutcome > c.received
            ? 'más respondidas, pendientes o resultados que recibidas'
            : c.answeredOnTime > c.answered || timed > c.answered
              ? 'más respondidas a tiempo o tiempos de respuesta que respondidas'
              : c.overdue > c.open || sums.bySemaforo > c.open
                ? 'más vencidas o colores de semáforo que pendientes'
                : c.satisfactionSatisfied > c.satisfactionValid
                  ? 'más respuestas satisfechas que válidas'
                  : null;
    if (inconsistent !== null) throw malformed(path, g, `es incoherente: ${inconsistent}`);
    return c;
  }

  function merge(snapshot: AggregatorSnapshot): void {
    // 1. Validate everything; nothing changes until the snapshot is known to be sound.
    const snap = snapshot as unknown;
    if (!isRecordObject(snap)) throw malformed('snapshot', snap, 'debe ser un objeto');
    if (snap.version !== 1) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `La versión de snapshot «${safeString(snap.version)}» no se conoce: esta versión de pqrsd combina snapshots de versión 1`,
        { value: snap.version },
      );
    }
    const theirs = snap.shape;
    if (!isRecordObject(theirs)) throw malformed('shape', theirs, 'debe ser un objeto');
    const mine = shape();
    const diffs: string[] = [];
    for (const [field, label] of SHAPE_LABELS) {
      if (!sameData(mine[field], theirs[field])) {
        diffs.push(
          `${label} (${field}): este agregado «${safeString(mine[field])}», el snapshot «${safeString(theirs[field])}»`,
        );
      }
    }
    if (diffs.length > 0) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `No se puede combinar el snapshot: difiere ${diffs.join('; ')}`,
        { value: diffs },
      );
    }
    const theirAsOf = theirs.asOf;
    if (theirAsOf !== null && !isIsoDate(theirAsOf)) {
      throw malformed('shape.asOf', theirAsOf, 'debe ser una fecha AAAA-MM-DD o null');
    }
    if (asOf !== null && theirAsOf !== null && theirAsOf !== asOf) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `No se puede combinar el snapshot: difiere la fecha de corte (asOf): este agregado es al «${asOf}» y el snapshot al «${theirAsOf}»; todos los estados deben calcularse a la misma fecha de corte`,
        { value: theirAsOf },
      );
    }
    const { records: theirRecords, excluded: theirExcluded, groups: theirGroups } = snap;
    if (!isCount(theirRecords))
      throw malformed('records', theirRecords, 'debe ser un entero mayor o igual a 0');
    if (!isCount(theirExcluded) || theirExcluded > theirRecords) {
      throw malformed('excluded', theirExcluded, 'debe ser un entero entre 0 y records');
    }
    if (theirRecords > 0 && theirAsOf === null) {
      throw malformed('shape.asOf', theirAsOf, 'no puede ser null en un snapshot con registros');
    }
    if (!Number.isSafeInteger(records + theirRecords)) {
      throw malformed('records', theirRecords, 'desborda el contador de registros del agregado');
    }
    if (!Array.isArray(theirGroups)) throw malformed('groups', theirGroups, 'debe ser una lista');
    const groups: AggregatorSnapshotGroup[] = [];
    let grouped = 0;
    for (const [i, g] of theirGroups.entries()) {
      const checked = checkGroup(g, `groups[${i}]`);
      groups.push(checked);
      grouped += checked.received;
    }
    if (grouped + theirExcluded !== theirRecords) {
      throw malformed(
        'records',
        theirRecords,
        `no cuadra con los grupos: ${grouped} registros agrupados + ${theirExcluded} excluidos`,
      );
    }

    // 2. Add.
    if (asOf === null && theirAsOf !== null) asOf = theirAsOf;
    records += theirRecords;
    excluded += theirExcluded;
    for (const g of groups) {
      const acc = groupFor(g.period, [...g.group]);
      if (acc.minDate === '' || g.minDate < acc.minDate) acc.minDate = g.minDate;
      if (g.maxDate > acc.maxDate) acc.maxDate = g.maxDate;
      acc.received += g.received;
      for (const [k, n] of g.byType) acc.byType.bumpBy(k, n);
      for (const [k, n] of g.byChannel) acc.byChannel.bumpBy(k, n);
      for (const [k, n] of g.byDependencia) acc.byDependencia.bumpBy(k, n);
      for (const [k, n] of g.byState) acc.byState.bumpBy(k, n);
      for (const [k, n] of g.bySemaforo) acc.bySemaforo.bumpBy(k, n);
      for (const [k, n] of g.byOutcome) acc.byOutcome.bumpBy(k, n);
      acc.answered += g.answered;
      acc.answeredOnTime += g.answeredOnTime;
      acc.open += g.open;
      acc.overdue += g.overdue;
      acc.openPriority += g.openPriority;
      acc.inRequirement += g.inRequirement;
      acc.traslados += g.traslados;
      acc.tacito += g.desistimientoTacito;
      acc.expreso += g.desistimientoExpreso;
      acc.documentosAceptados += g.documentosAceptados;
      acc.silencioPositivo += g.silencioPositivo;
      acc.aFavor += g.aFavor;
      acc.satValid += g.satisfactionValid;
      acc.satSatisfied += g.satisfactionSatisfied;
      acc.satInvalid += g.satisfactionInvalid;
      for (const [v, n] of g.responseDays) acc.hist.add(v, n);
    }
  }

  const aggregator: Aggregator = {
    add,
    addAll(rs: Iterable<IndicatorRecord>): void {
      for (const r of rs) add(r);
    },
    result,
    snapshot,
    merge,
  };
  UNCHECKED_ADD.set(aggregator, (record) => {
    if (asOf === null) add(record);
    else addChecked(record, record.status, record.status.deadline.receivedDate);
  });
  return aggregator;
}

const UNCHECKED_ADD = new WeakMap<Aggregator, (record: IndicatorRecord) => void>();

/**
 * The `add` of an aggregator made by {@link createAggregator} without its per-record checks, for a
 * caller whose records carry a status straight from the engine as of the aggregator's `asOf` (the
 * audit of the command, a million records at a time). Anything else must go through `add`. @internal
 *
 * @example
 * ```ts no-run
 * const add = addWithoutChecks(createAggregator({ asOf: '2026-11-27' }));
 * add({ type: 'peticion', status: requestStatus(request, '2026-11-27') });
 * ```
 */
export function addWithoutChecks(aggregator: Aggregator): (record: IndicatorRecord) => void {
  const fast = UNCHECKED_ADD.get(aggregator);
  if (fast === undefined) return (record) => aggregator.add(record);
  return fast;
}

/**
 * Aggregates an iterable of records in one pass: `createAggregator(options)`, `addAll`, `result()`.
 *
 * @throws `PqrsdError` as {@link createAggregator} and {@link Aggregator.add}.
 * @example
 * ```ts
 * import { aggregate } from 'pqrsd/indicators';
 * aggregate([], { period: 'month' }).groups; //=> []
 * ```
 */
export function aggregate(records: Iterable<IndicatorRecord>, options?: AggregatorOptions): AggregateResult {
  const agg = createAggregator(options);
  agg.addAll(iterableArgument(records, 'Los registros de aggregate'));
  return agg.result();
}
