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
import { parseIsoDate } from '../calendar/index.js';
import type { DateInput, IsoDate } from '../calendar/types.js';
import type { Outcome, RequestState } from '../domain.js';
import { OUTCOMES, REQUEST_STATES } from '../domain.js';
import { PqrsdError } from '../errors.js';
import { type DistributionStats, IntHistogram } from './histogram.js';
import { buildIndicatorResult, type MetaOverrides, resolveMetas, safeString } from './meta.js';
import { parsePeriodKey, periodKeyOfValidDate, periodsBetween, rangePeriod } from './periods.js';
import { hasConsequence, type IndicatorRecord, isOpen } from './records.js';
import { type LikertOptions, type LikertScale, resolveLikert } from './surveys.js';
import type { CalendarPeriodKind, Group, IndicatorId, IndicatorResult, Meta, Period } from './types.js';
import { PERIOD_KINDS } from './types.js';

/**
 * Built-in fields a record can be grouped by.
 *
 * @example
 * ```ts
 * import { GROUP_FIELDS } from 'pqrsd/indicators';
 * GROUP_FIELDS.includes('seccional'); //=> true
 * ```
 */
export const GROUP_FIELDS = [
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
] as const;

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
  /** The summaries and indicators so far. */
  result(): AggregateResult;
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
    readonly group: Group,
  ) {}
}

/** Counts per key, in first-seen order: one map lookup per count (a boxed counter, no `set`). */
class Tally {
  readonly #counts = new Map<string, { n: number }>();
  bump(k: string): void {
    const box = this.#counts.get(k);
    if (box === undefined) this.#counts.set(k, { n: 1 });
    else box.n++;
  }
  toRecord(): Record<string, number> {
    // fromEntries (not `out[k] = n`): a key such as «__proto__» stays an own property.
    return Object.fromEntries(Array.from(this.#counts, ([k, box]) => [k, box.n]));
  }
}

function bump(m: Tally, k: string): void {
  m.bump(k);
}

function fieldReader(field: GroupField | CustomGroupField): [string, (r: IndicatorRecord) => string] {
  if (
    typeof field === 'object' &&
    field !== null &&
    typeof field.get === 'function' &&
    typeof field.name === 'string'
  ) {
    const get = field.get;
    return [field.name, (r) => get(r) ?? MISSING_GROUP_VALUE];
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
  const readers = (options.groupBy ?? []).map(fieldReader);
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
    records++;
    const date = periodBy === 'received' ? received : (status.answeredOn ?? asOf);
    if (range !== null && (date < range.from || date > range.to)) {
      excluded++;
      return;
    }
    // Nested maps (period → value of each field → group): no key string is built per record.
    const pk = periodKind === 'total' ? '' : periodKeyOfValidDate(date, periodKind);
    let acc: GroupAcc | undefined;
    if (last < 0) {
      acc = root.get(pk) as GroupAcc | undefined;
      if (acc === undefined) {
        acc = new GroupAcc(pk, {});
        root.set(pk, acc);
        accs.push(acc);
      }
    } else {
      let node = root.get(pk) as Map<string, unknown> | undefined;
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
        const group: Record<string, string> = {};
        for (let i = 0; i <= last; i++) group[names[i] as string] = (getters[i] as Getter)(record);
        acc = new GroupAcc(pk, group);
        node.set(v, acc);
        accs.push(acc);
      }
    }
    if (acc.minDate === '' || date < acc.minDate) acc.minDate = date;
    if (date > acc.maxDate) acc.maxDate = date;
    accumulate(acc, record, status);
  }

  function accumulate(acc: GroupAcc, record: IndicatorRecord, status: IndicatorRecord['status']): void {
    const state: RequestState = status.state;
    let favour = false;
    acc.received++;
    bump(acc.byType, record.type);
    bump(acc.byChannel, record.channel ?? MISSING_GROUP_VALUE);
    bump(acc.byDependencia, record.dependencia ?? MISSING_GROUP_VALUE);
    bump(acc.byState, state);
    if (isOpen(status)) {
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
        note = 'Denominador: total de usuarios de todas las seccionales';
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
      byType: acc.byType.toRecord(),
      byChannel: acc.byChannel.toRecord(),
      byDependencia: acc.byDependencia.toRecord(),
      byState: acc.byState.toRecord(),
      bySemaforo: acc.bySemaforo.toRecord(),
      byOutcome: acc.byOutcome.toRecord(),
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
          const empty = new GroupAcc(k, {});
          empty.minDate = range.from;
          empty.maxDate = range.to;
          all.push(empty);
        }
      }
    }
    const summaries = all.map(summary);
    summaries.sort((a, b) => {
      if (a.period.from !== b.period.from) return a.period.from < b.period.from ? -1 : 1;
      const ka = Object.values(a.group).join('\u0000');
      const kb = Object.values(b.group).join('\u0000');
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return {
      asOf,
      records,
      excluded,
      groups: summaries,
      indicators: summaries.flatMap((s) => s.indicators),
    };
  }

  return {
    add,
    addAll(rs: Iterable<IndicatorRecord>): void {
      for (const r of rs) add(r);
    },
    result,
  };
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
  agg.addAll(records);
  return agg.result();
}
