/**
 * The deadline engine: request + lifecycle events → due date, with warnings and a lazy trace.
 *
 * @module
 */

import { civilFromDays, daysFromCivil, daysInMonth, MAX_YEAR } from '../calendar/civil-date.js';
import { dayNumberOf } from '../calendar/day-memo.js';
import {
  type BusinessCalendar,
  fromDayNumber,
  getNationalCalendar,
  type IsoDate,
  toCivilDateTime,
  toDayNumber,
} from '../calendar/index.js';
import {
  CHANNELS,
  EVENT_TYPES,
  type EventType,
  type LifecycleEvent,
  OUTCOMES,
  type Outcome,
  type PqrsdRequest,
  REGIMES,
  REQUEST_TYPES,
  type Regime,
  type RequestType,
  VERBAL_CHANNELS,
} from '../domain.js';
import { attempt, PqrsdError, type Result } from '../errors.js';
import { getRule } from '../rules/catalogue.js';
import { EMERGENCY_FIRST_DAY, LEY_2207_PROMULGATION } from '../rules/decreto-491-2020.js';
import type { LegalRule, RequirementRule } from '../rules/types.js';
import { buildExplanation, buildTrace } from './explain.js';
import { closingTimeMinutes, DEFAULT_POLICIES, type Policies, resolvePolicies } from './policies.js';
import { type Range, TermCalendar } from './term-calendar.js';
import type {
  AppliedSuspension,
  Closure,
  ComputeOptions,
  DeadlineResult,
  DeadlineWarning,
  RequirementInfo,
  TraceEntry,
  TrasladoInfo,
} from './types.js';

/** A validated event on day numbers. @internal */
export interface NormalizedEvent {
  readonly index: number;
  readonly event: LifecycleEvent;
  readonly type: EventType;
  /** Date of the event (`from` for a suspension). */
  readonly date: number;
  /** `to` of a suspension. */
  readonly to: number;
  readonly newDue: number | null;
  readonly businessDays: number | null;
}

/** How the receipt was read. @internal */
export interface Receipt {
  /** Civil date of `receivedAt` (day number). */
  readonly civil: number;
  /** The same, as a date. */
  readonly civilDate: IsoDate;
  /** Radicación after the receipt policy (day number). */
  readonly received: number;
  /** Minutes since local midnight, when an instant was given. */
  readonly minutes: number | null;
  /** Why the receipt policy moved the date, if it did. */
  readonly shifted: 'no_habil' | 'hora_cierre' | null;
}

/** Everything the lazy trace needs. @internal */
export interface TraceContext {
  readonly receipt: Receipt;
  readonly calendar: BusinessCalendar;
  readonly termCalendar: TermCalendar | null;
  readonly countsReceiptDay: boolean;
  readonly autoRegime: boolean;
  readonly effects: readonly PendingEffect[];
  /** The dates of the result as day numbers (for {@link requestStatus}, which would parse them again). */
  readonly days: ResultDays;
}

/** Day numbers of a result's dates. @internal */
export interface ResultDays {
  readonly termStart: number;
  readonly due: number | null;
  readonly closure: number | null;
  readonly lapsesOn: number | null;
}

/**
 * A trace line of an event, its message built only when the trace is read (the values it quotes are
 * captured when the event is processed). @internal
 */
export interface PendingEffect {
  readonly kind: 'evento' | 'advertencia';
  readonly message: () => string;
  readonly date: number;
  readonly event: LifecycleEvent | undefined;
  readonly citation: TraceEntry['citation'] | undefined;
}

/** The trace line of a {@link PendingEffect}, with the keys in the order the engine always used. @internal */
export function materializeEffect(p: PendingEffect): TraceEntry {
  const entry: { -readonly [K in keyof TraceEntry]: TraceEntry[K] } = {
    kind: p.kind,
    message: p.message(),
    date: fmt(p.date),
  };
  if (p.event !== undefined) entry.event = p.event;
  if (p.citation !== undefined) entry.citation = p.citation;
  return entry;
}

const NO_EVENTS: readonly NormalizedEvent[] = [];
const PLAIN_TERM_CALENDARS = new WeakMap<BusinessCalendar, TermCalendar>();

/** The term calendar without suspensions of a calendar (one per calendar). */
function plainTermCalendar(cal: BusinessCalendar): TermCalendar {
  let tc = PLAIN_TERM_CALENDARS.get(cal);
  if (tc === undefined) {
    tc = new TermCalendar(cal, []);
    PLAIN_TERM_CALENDARS.set(cal, tc);
  }
  return tc;
}
const EVENT_TYPE_SET: ReadonlySet<EventType> = new Set(EVENT_TYPES);
const EMERGENCY_FIRST = toDayNumber(EMERGENCY_FIRST_DAY);
const PROMULGATION = toDayNumber(LEY_2207_PROMULGATION);

/** Fields common to both paths. @internal */
export type BaseFields = Pick<
  DeadlineResult,
  'type' | 'regime' | 'rule' | 'fallback' | 'receivedCivilDate' | 'receivedDate' | 'termStart' | 'policies'
>;

/**
 * The result object: plain data fields plus `trace` and `explanation` built on first read.
 * @internal
 */
export class Deadline implements DeadlineResult {
  readonly type: RequestType;
  readonly regime: Regime;
  readonly rule: LegalRule;
  readonly fallback: boolean;
  readonly receivedCivilDate: IsoDate;
  readonly receivedDate: IsoDate;
  readonly termStart: IsoDate;
  readonly originalDueDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  readonly maxDueDate: IsoDate | null;
  readonly termBusinessDays: number | null;
  readonly requirement: RequirementInfo | null;
  readonly traslado: TrasladoInfo | null;
  readonly closure: Closure | null;
  readonly notifiedOn: IsoDate | null;
  readonly suspensions: readonly AppliedSuspension[];
  readonly policies: Policies;
  readonly warnings: readonly DeadlineWarning[];
  #context: TraceContext;
  #trace: readonly TraceEntry[] | undefined;
  #explanation: string | undefined;

  constructor(
    b: BaseFields,
    d: Omit<DeadlineResult, keyof BaseFields | 'trace' | 'explanation'>,
    context: TraceContext,
  ) {
    this.type = b.type;
    this.regime = b.regime;
    this.rule = b.rule;
    this.fallback = b.fallback;
    this.receivedCivilDate = b.receivedCivilDate;
    this.receivedDate = b.receivedDate;
    this.termStart = b.termStart;
    this.originalDueDate = d.originalDueDate;
    this.dueDate = d.dueDate;
    this.maxDueDate = d.maxDueDate;
    this.termBusinessDays = d.termBusinessDays;
    this.requirement = d.requirement;
    this.traslado = d.traslado;
    this.closure = d.closure;
    this.notifiedOn = d.notifiedOn;
    this.suspensions = d.suspensions;
    this.policies = b.policies;
    this.warnings = d.warnings;
    this.#context = context;
  }

  /** Rule, citations, each calendar day and each event's effect (built on first read). */
  get trace(): readonly TraceEntry[] {
    this.#trace ??= buildTrace(this, this.#context);
    return this.#trace;
  }

  /** Spanish explanation for a terminal (built on first read). */
  get explanation(): string {
    this.#explanation ??= buildExplanation(this, this.#context, this.trace);
    return this.#explanation;
  }

  /** The term calendar of the request (for {@link requestStatus}). @internal */
  get termCalendar(): TermCalendar {
    return this.#context.termCalendar ?? plainTermCalendar(this.#context.calendar);
  }

  /** The radicación (after the receipt policy) as a day number. @internal */
  get receivedDay(): number {
    return this.#context.receipt.received;
  }

  /** The result's dates as day numbers. @internal */
  get days(): ResultDays {
    return this.#context.days;
  }

  /** The calendar of the request. @internal */
  get calendar(): BusinessCalendar {
    return this.#context.calendar;
  }

  /** A plain object with every field, `trace` and `explanation` included. */
  toJSON(): Omit<DeadlineResult, never> {
    return { ...this, trace: this.trace, explanation: this.explanation };
  }
}

function invalidEvent(index: number, why: string, event: unknown, cause?: unknown): PqrsdError {
  return new PqrsdError('INVALID_EVENT', `Evento events[${index}] inválido: ${why}`, {
    index,
    event,
    ...(cause instanceof PqrsdError ? { cause: cause.code } : {}),
  });
}

function eventDay(index: number, field: string, value: unknown, event: unknown): number {
  try {
    return dayNumberOf(value);
  } catch (error) {
    throw invalidEvent(
      index,
      `«${field}» = «${String(value)}» no es una fecha válida AAAA-MM-DD.`,
      event,
      error,
    );
  }
}

/**
 * Validates and sorts the lifecycle events (by date; `from` for suspensions; stable).
 * @internal
 */
export function normalizeEvents(events: unknown, civilReceived: number): NormalizedEvent[] {
  if (events === undefined) return [];
  if (!Array.isArray(events)) {
    throw new PqrsdError('INVALID_EVENT', `«events» debe ser una lista de eventos: «${String(events)}».`, {
      value: events,
    });
  }
  const out: NormalizedEvent[] = [];
  let sorted = true;
  for (let index = 0; index < events.length; index++) {
    if (!(index in events)) continue; // holes, as forEach skips them
    const raw: unknown = events[index];
    if (typeof raw !== 'object' || raw === null) {
      throw invalidEvent(index, `«${String(raw)}» no es un objeto.`, raw);
    }
    const e = raw as Record<string, unknown>;
    const type = e.type;
    if (!EVENT_TYPE_SET.has(type as EventType)) {
      throw invalidEvent(
        index,
        `tipo desconocido «${String(type)}» (válidos: ${EVENT_TYPES.join(', ')}).`,
        raw,
      );
    }
    const t = type as EventType;
    let date: number;
    let to = 0;
    let newDue: number | null = null;
    let businessDays: number | null = null;
    if (t === 'suspension') {
      date = eventDay(index, 'from', e.from, raw);
      to = eventDay(index, 'to', e.to, raw);
      if (to < date) {
        throw invalidEvent(
          index,
          `la suspensión termina («${String(e.to)}») antes de empezar («${String(e.from)}»).`,
          raw,
        );
      }
      if (typeof e.act !== 'string' || e.act.trim() === '') {
        throw invalidEvent(
          index,
          `la suspensión debe citar el acto que la ordena («act»): «${String(e.act)}».`,
          raw,
        );
      }
      if (to < civilReceived) {
        throw invalidEvent(
          index,
          `la suspensión («${String(e.from)}» a «${String(e.to)}») es anterior a la recepción.`,
          raw,
        );
      }
    } else {
      date = eventDay(index, 'date', e.date, raw);
      if (date < civilReceived) {
        throw invalidEvent(
          index,
          `${t} fechado «${String(e.date)}», antes de la recepción («${fromDayNumber(civilReceived)}»).`,
          raw,
        );
      }
      if (t === 'prorroga') {
        const hasDate = e.newDueDate !== undefined;
        const hasDays = e.businessDays !== undefined;
        if (hasDate === hasDays) {
          throw invalidEvent(
            index,
            'una prórroga debe indicar exactamente uno de «newDueDate» o «businessDays».',
            raw,
          );
        }
        if (hasDate) newDue = eventDay(index, 'newDueDate', e.newDueDate, raw);
        else {
          const n = e.businessDays;
          if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
            throw invalidEvent(index, `«businessDays» = «${String(n)}» debe ser un entero positivo.`, raw);
          }
          businessDays = n;
        }
      } else if (
        t === 'respuesta' &&
        e.outcome !== undefined &&
        !(OUTCOMES as readonly unknown[]).includes(e.outcome)
      ) {
        throw invalidEvent(
          index,
          `resultado desconocido «${String(e.outcome)}» (válidos: ${OUTCOMES.join(', ')}).`,
          raw,
        );
      }
    }
    if (out.length > 0 && date < (out[out.length - 1] as NormalizedEvent).date) sorted = false;
    out.push({ index, event: raw as LifecycleEvent, type: t, date, to, newDue, businessDays });
  }
  // Already in date order (the usual case): the stable sort would not move anything.
  return sorted ? out : out.sort((a, b) => a.date - b.date || a.index - b.index);
}

/**
 * Reads `receivedAt` (civil date, ISO instant with offset, or `Date`) and applies the receipt policy.
 * @internal
 */
export function readReceipt(value: unknown, policies: Policies, cal: BusinessCalendar): Receipt {
  let civil: number;
  let civilDate: IsoDate;
  let minutes: number | null = null;
  if (typeof value === 'string' && value.length === 10) {
    civil = dayNumberOf(value);
    civilDate = value as IsoDate;
  } else if (typeof value === 'string' || value instanceof Date) {
    const t = toCivilDateTime(value);
    civil = toDayNumber(t.date);
    civilDate = t.date;
    minutes = t.minutes;
  } else {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«receivedAt» debe ser una fecha AAAA-MM-DD, un instante ISO con zona o un Date: «${String(value)}».`,
      { value },
    );
  }
  if (policies.receipt.mode === 'fecha_civil')
    return { civil, civilDate, received: civil, minutes, shifted: null };
  if (!cal.isBusinessDayNumber(civil)) {
    return { civil, civilDate, received: cal.addBusinessDaysNumber(civil, 1), minutes, shifted: 'no_habil' };
  }
  if (minutes !== null && minutes >= closingTimeMinutes(policies.receipt.closingTime)) {
    return {
      civil,
      civilDate,
      received: cal.addBusinessDaysNumber(civil, 1),
      minutes,
      shifted: 'hora_cierre',
    };
  }
  return { civil, civilDate, received: civil, minutes, shifted: null };
}

/** Whether a radicación falls in the 2020 emergency window under the boundary policy. */
function inEmergency(received: number, policies: Policies): boolean {
  const last = policies.emergencyBoundary === 'promulgacion' ? PROMULGATION - 1 : PROMULGATION;
  return received >= EMERGENCY_FIRST && received <= last;
}

function resolveRegime(input: unknown, received: number, policies: Policies): Regime {
  if (input === undefined || input === 'auto') {
    return inEmergency(received, policies) ? 'emergencia_2020' : 'cpaca';
  }
  if (!(REGIMES as readonly unknown[]).includes(input)) {
    throw new PqrsdError(
      'UNKNOWN_REGIME',
      `Régimen desconocido: «${String(input)}». Valores válidos: auto, ${REGIMES.join(', ')}.`,
      { value: input },
    );
  }
  return input as Regime;
}

/** Raw `n` calendar months after `dn`, clamped to the month's last day (no business-day extension). */
function rawMonths(dn: number, n: number): number {
  // Integer arithmetic; past MAX_YEAR, the string path below throws the usual YEAR_OUT_OF_RANGE.
  const p = civilFromDays(dn);
  const total = ((p >> 5) & 15) - 1 + n;
  const endYear = (p >> 9) + Math.floor(total / 12);
  if (endYear <= MAX_YEAR) {
    const endMonth = (total % 12) + 1;
    return daysFromCivil(endYear, endMonth, Math.min(p & 31, daysInMonth(endYear, endMonth)));
  }
  return rawMonthsChecked(dn, n);
}

function rawMonthsChecked(dn: number, n: number): number {
  const iso = fromDayNumber(dn);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const months = m - 1 + n;
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const day = Math.min(d, last);
  return toDayNumber(`${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`);
}

/**
 * `toDayNumber(cal.addCalendarMonths(fromDayNumber(dn), n))` without the string round trip: the same
 * steps as {@link BusinessCalendar.addCalendarMonths} (n calendar months, clamped to the month's last
 * day, extended to the next business day of `cal`; Ley 4 de 1913 art. 62) on day numbers. Anything
 * unusual (a count that is not a non-negative integer, a year past MAX_YEAR) takes the calendar's own
 * method, which throws its usual error.
 * @internal
 */
export function addMonthsNumber(cal: BusinessCalendar, dn: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) return toDayNumber(cal.addCalendarMonths(fmt(dn), n));
  const p = civilFromDays(dn);
  const total = ((p >> 5) & 15) - 1 + n;
  const endYear = (p >> 9) + Math.floor(total / 12);
  if (endYear > MAX_YEAR) return toDayNumber(cal.addCalendarMonths(fmt(dn), n));
  const endMonth = (total % 12) + 1;
  const end = daysFromCivil(endYear, endMonth, Math.min(p & 31, daysInMonth(endYear, endMonth)));
  return cal.isBusinessDayNumber(end) ? end : cal.addBusinessDaysNumber(end, 1);
}

// A direct-mapped cache of formatted dates: the fast path formats two or three dates per call and
// batches revisit the same few thousand days.
const FMT_KEYS = new Int32Array(4096).fill(-1);
const FMT_VALUES: IsoDate[] = new Array<IsoDate>(4096);

function fmt(dn: number): IsoDate {
  const i = dn & 4095;
  if (FMT_KEYS[i] === dn) return FMT_VALUES[i] as IsoDate;
  const iso = fromDayNumber(dn);
  FMT_KEYS[i] = dn;
  FMT_VALUES[i] = iso;
  return iso;
}

const VIGENCIAS = new WeakMap<LegalRule, readonly [number, number]>();

/** The vigencia of a rule as day numbers (cached). */
function vigenciaOf(rule: LegalRule): readonly [number, number] {
  let v = VIGENCIAS.get(rule);
  if (v === undefined) {
    v = [
      toDayNumber(rule.vigencia.desde),
      rule.vigencia.hasta === undefined ? Number.POSITIVE_INFINITY : toDayNumber(rule.vigencia.hasta),
    ];
    VIGENCIAS.set(rule, v);
  }
  return v;
}

const RULE_OPTIONS = {
  cpaca: { spdDocumentRequests: 'cpaca' },
  ley_142: { spdDocumentRequests: 'ley_142' },
} as const;
const NO_WARNINGS: readonly DeadlineWarning[] = Object.freeze([]);
const NO_SUSPENSIONS: readonly AppliedSuspension[] = Object.freeze([]);
const NO_EFFECTS: readonly PendingEffect[] = Object.freeze([]);

function vigenciaWarning(
  rule: LegalRule,
  regime: Regime,
  received: number,
  policies: Policies,
): DeadlineWarning | null {
  if (regime === 'emergencia_2020' && !inEmergency(received, policies)) {
    return {
      code: 'FUERA_DE_VIGENCIA',
      message: `La radicación (${fmt(received)}) está fuera de la vigencia de los términos de emergencia (Decreto 491 de 2020 art. 5: ${EMERGENCY_FIRST_DAY} a ${fmt(policies.emergencyBoundary === 'promulgacion' ? PROMULGATION - 1 : PROMULGATION)}); se calcula de todos modos.`,
    };
  }
  const [from, to] = vigenciaOf(rule);
  if (received < from || (received > to && regime !== 'emergencia_2020')) {
    return {
      code: 'FUERA_DE_VIGENCIA',
      message: `La radicación (${fmt(received)}) está fuera de la vigencia de la regla ${rule.id} (desde ${rule.vigencia.desde}${rule.vigencia.hasta === undefined ? '' : ` hasta ${rule.vigencia.hasta}`}); se calcula de todos modos.`,
    };
  }
  return null;
}

/** A validated request head. @internal */
export interface Prepared {
  readonly type: RequestType;
  readonly receipt: Receipt;
  readonly policies: Policies;
  readonly calendar: BusinessCalendar;
  /** Whether the petition was received through a verbal channel (CPACA art. 21). */
  readonly verbal: boolean;
}

// Sets of the enumerations (one hash lookup per request, not a scan of the list).
const TYPE_SET: ReadonlySet<unknown> = new Set(REQUEST_TYPES);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const VERBAL_SET: ReadonlySet<unknown> = new Set(VERBAL_CHANNELS);

/** Validates the request object and the options; reads the receipt. @internal */
export function prepare(request: PqrsdRequest, options: ComputeOptions | undefined): Prepared {
  if (typeof request !== 'object' || request === null) {
    throw new PqrsdError('INVALID_ARGUMENT', `La solicitud debe ser un objeto: «${String(request)}».`, {
      value: request,
    });
  }
  const type = request.type;
  if (!TYPE_SET.has(type)) {
    throw new PqrsdError(
      'UNKNOWN_REQUEST_TYPE',
      `Tipo de solicitud desconocido: «${String(type)}». Valores válidos: ${REQUEST_TYPES.join(', ')}.`,
      { value: type },
    );
  }
  const policies = options?.policies === undefined ? DEFAULT_POLICIES : resolvePolicies(options.policies);
  const calendar = options?.calendar ?? getNationalCalendar();
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    typeof calendar.addBusinessDaysNumber !== 'function'
  ) {
    throw new PqrsdError('INVALID_ARGUMENT', `«calendar» no es un BusinessCalendar: «${String(calendar)}».`, {
      value: calendar,
    });
  }
  const channel = request.channel;
  if (channel !== undefined && !CHANNEL_SET.has(channel)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `Canal desconocido: «${String(channel)}». Valores válidos: ${CHANNELS.join(', ')}.`,
      { value: channel },
    );
  }
  return {
    type,
    receipt: readReceipt(request.receivedAt, policies, calendar),
    policies,
    calendar,
    verbal: channel !== undefined && VERBAL_SET.has(channel),
  };
}

/** The engine core. @internal */
export function computeCore(
  prepared: Prepared,
  regimeInput: unknown,
  events: readonly NormalizedEvent[],
): Deadline {
  const type = prepared.type;
  const receipt = prepared.receipt;
  const policies = prepared.policies;
  const cal = prepared.calendar;
  const received = receipt.received;
  const regime = resolveRegime(regimeInput, received, policies);
  const rule = getRule(regime, type, RULE_OPTIONS[policies.spdDocumentRequests]);
  const vigencia = vigenciaWarning(rule, regime, received, policies);
  const term = rule.term;
  const days = term !== null && term.unit === 'dias_habiles';
  const countsReceiptDay =
    days &&
    rule.startPolicy !== undefined &&
    policies[rule.startPolicy] === true &&
    cal.isBusinessDayNumber(received);
  const termStart = countsReceiptDay ? cal.addBusinessDaysNumber(received, -1) : received;
  const receivedIso = received === receipt.civil ? receipt.civilDate : fmt(received);
  const base = {
    type,
    regime,
    rule,
    fallback: rule.regime !== regime,
    receivedCivilDate: receipt.civilDate,
    receivedDate: receivedIso,
    termStart: termStart === received ? receivedIso : fmt(termStart),
    policies,
  };
  const autoRegime = regimeInput === undefined || regimeInput === 'auto';

  const ctx = {
    receipt,
    countsReceiptDay,
    autoRegime,
    termStart,
    received,
    cal,
    policies,
    rule,
    vigencia,
    base,
    verbal: prepared.verbal,
  };
  if (events.length === 0) return computePlain(ctx, null);
  // A single response, the commonest lifecycle of all: nothing moves the term, the response closes
  // it (the same result as the events path, without its per-request state).
  const only = events.length === 1 ? (events[0] as NormalizedEvent) : null;
  if (only !== null && only.type === 'respuesta') return computePlain(ctx, only);
  return computeWithEvents(ctx, events);
}

/** Shared state of the two paths. */
interface PathContext {
  readonly receipt: Receipt;
  readonly countsReceiptDay: boolean;
  readonly autoRegime: boolean;
  readonly termStart: number;
  readonly received: number;
  readonly cal: BusinessCalendar;
  readonly policies: Policies;
  readonly rule: LegalRule;
  readonly vigencia: DeadlineWarning | null;
  readonly base: BaseFields;
  readonly verbal: boolean;
}

/**
 * Fast path: no events, or only a response (`answer`): one calendar lookup (two with a prórroga
 * ceiling) and one object. The response closes the request as the events path would.
 */
function computePlain(ctx: PathContext, answer: NormalizedEvent | null): Deadline {
  const { receipt, countsReceiptDay, autoRegime, termStart, received, cal, policies, rule, vigencia, base } =
    ctx;
  const term = rule.term;
  const days = term !== null && term.unit === 'dias_habiles';
  let due: number | null = null;
  let max: number | null = null;
  let length: number | null = null;
  if (term !== null) {
    if (days) {
      due = cal.addBusinessDaysNumber(termStart, term.amount);
      const extra = extensionDays(rule, term.amount, policies);
      max = extra === 0 ? due : cal.addBusinessDaysNumber(termStart, term.amount + extra);
      length = term.amount;
    } else {
      due = addMonthsNumber(cal, received, term.amount);
      max = due;
      length = cal.businessDaysBetweenNumbers(termStart, due);
    }
  }
  const dueIso = due === null ? null : fmt(due);
  let closure: Closure | null = null;
  let effects: readonly PendingEffect[] = NO_EFFECTS;
  if (answer !== null) {
    const outcome = (answer.event as Extract<LifecycleEvent, { type: 'respuesta' }>).outcome;
    const date = answer.date;
    closure = closureOf(
      outcome === undefined ? { kind: 'respuesta', date } : { kind: 'respuesta', date, outcome },
    );
    effects = [
      {
        kind: 'evento',
        message: () => `Respuesta del ${fmt(date)}${outcome === undefined ? '' : ` (${outcome})`}.`,
        date,
        event: answer.event,
        citation: undefined,
      },
    ];
  }
  return new Deadline(
    base,
    {
      originalDueDate: dueIso,
      dueDate: dueIso,
      maxDueDate: max === due ? dueIso : fmt(max as number),
      termBusinessDays: length,
      requirement: null,
      traslado: null,
      closure,
      notifiedOn: null,
      suspensions: NO_SUSPENSIONS,
      warnings: vigencia === null ? NO_WARNINGS : [vigencia],
    },
    {
      receipt,
      calendar: cal,
      termCalendar: null,
      countsReceiptDay,
      autoRegime,
      effects,
      days: { termStart, due, closure: answer === null ? null : answer.date, lapsesOn: null },
    },
  );
}

/** Slow path: events, processed in date order over a per-request term calendar. */
/** The mutable state of the events path (a class, so that a request allocates no closures). */
class EventRun {
  readonly warnings: DeadlineWarning[];
  readonly effects: PendingEffect[] = [];
  readonly userRanges: Range[] = [];
  reqRange: Range | null = null;
  tc: TermCalendar;
  dueCount: number;
  maxCount: number;
  /**
   * Business days of the legal term (suspensions and the art. 17 reactivation included, prórrogas
   * not): a prórroga must be informed before it ends (CPACA art. 14 parágrafo).
   */
  legalCount: number;

  constructor(
    readonly cal: BusinessCalendar,
    readonly days: boolean,
    readonly termStart: number,
    readonly received: number,
    readonly amount: number,
    extra: number,
    vigencia: DeadlineWarning | null,
  ) {
    this.warnings = vigencia === null ? [] : [vigencia];
    this.tc = plainTermCalendar(cal);
    this.dueCount = amount;
    this.maxCount = amount + extra;
    this.legalCount = amount;
  }

  /**
   * The end of the legal term: the due date without prórrogas. CPACA art. 14 parágrafo: the new term
   * is informed "antes del vencimiento del término señalado en la ley", so a later notice (a second
   * prórroga after the legal term ended, even within the first prórroga) moves nothing.
   */
  legalDue(): number {
    return this.days ? this.tc.add(this.termStart, this.legalCount) : this.monthsDue();
  }

  rebuild(): void {
    this.tc = new TermCalendar(
      this.cal,
      this.reqRange === null ? this.userRanges : [...this.userRanges, this.reqRange],
    );
  }

  monthsDue(): number {
    // CPACA art. 86: calendar months from interposition, suspended calendar days added, extended to
    // the next counted day (Ley 4 de 1913 art. 62).
    const t = this.tc;
    let d = rawMonths(this.received, this.amount);
    let deficit = t.lostCalendarDays(this.received, d);
    while (deficit > 0) {
      const next = d + deficit;
      deficit = t.lostCalendarDays(d, next);
      d = next;
    }
    return t.atOrAfter(d);
  }

  // The last due date computed, by term calendar and day count (events ask for it several times).
  private dueTc: TermCalendar | null = null;
  private dueOf = 0;
  private dueValue = 0;

  currentDue(): number {
    if (!this.days) return this.monthsDue();
    if (this.dueTc !== this.tc || this.dueOf !== this.dueCount) {
      this.dueValue = this.tc.add(this.termStart, this.dueCount);
      this.dueTc = this.tc;
      this.dueOf = this.dueCount;
    }
    return this.dueValue;
  }

  currentMax(): number {
    return this.days ? this.tc.add(this.termStart, this.maxCount) : this.monthsDue();
  }

  warn(code: string, message: string, e: NormalizedEvent): void {
    this.warnings.push({ code, message, event: e.event });
    this.effects.push({
      kind: 'advertencia',
      message: () => `${code}: ${message}`,
      date: e.date,
      event: e.event,
      citation: undefined,
    });
  }

  /** `message` is called when the trace is read: it may only quote values no later event changes. */
  effect(message: () => string, e: NormalizedEvent, citation?: TraceEntry['citation']): void {
    this.effects.push({ kind: 'evento', message, date: e.date, event: e.event, citation });
  }
}

/** Whether an event type can move the term (and so is refused after the closure). */
function movesTerm(type: EventType): boolean {
  return (
    type === 'prorroga' ||
    type === 'requerimiento' ||
    type === 'respuesta_requerimiento' ||
    type === 'ampliacion_requerimiento' ||
    type === 'suspension'
  );
}

function computeWithEvents(ctx: PathContext, events: readonly NormalizedEvent[]): Deadline {
  const { receipt, countsReceiptDay, autoRegime, termStart, received, cal, policies, rule, vigencia, base } =
    ctx;
  const term = rule.term;
  const days = term !== null && term.unit === 'dias_habiles';
  const amount = term?.amount ?? 0;
  const extra = extensionDays(rule, amount, policies);
  const s = new EventRun(cal, days, termStart, received, amount, extra, vigencia);
  const originalDue =
    term === null ? null : days ? cal.addBusinessDaysNumber(termStart, amount) : s.monthsDue();

  let closure: { kind: Closure['kind']; date: number; outcome?: Outcome } | null = null;
  let requirement: {
    requestedOn: number;
    deadlineToRequire: number;
    valid: boolean;
    lapsesOn: number;
    extended: boolean;
    answeredOn: number | null;
    rule: RequirementRule;
  } | null = null;
  let traslado: TrasladoInfo | null = null;
  let notifiedOn: number | null = null;
  let prorrogas = 0;

  for (const e of events) {
    const r = requirement;
    if (closure === null && r !== null && r.valid && r.answeredOn === null && e.date > r.lapsesOn) {
      const lapsed = r.lapsesOn;
      closure = { kind: 'desistimiento_tacito', date: lapsed + 1 };
      s.effects.push({
        kind: 'evento',
        message: () =>
          `El peticionario no completó la solicitud hasta el ${fmt(lapsed)}: desistimiento tácito desde el ${fmt(lapsed + 1)}.`,
        date: lapsed + 1,
        event: undefined,
        citation: r.rule.citation,
      });
    }
    if (movesTerm(e.type)) {
      if (
        r?.valid &&
        r.answeredOn === null &&
        e.date > r.lapsesOn &&
        (e.type === 'respuesta_requerimiento' || e.type === 'ampliacion_requerimiento')
      ) {
        s.warn(
          e.type === 'respuesta_requerimiento'
            ? 'RESPUESTA_REQUERIMIENTO_EXTEMPORANEA'
            : 'AMPLIACION_EXTEMPORANEA',
          `El plazo del peticionario venció el ${fmt(r.lapsesOn)} (${r.rule.citation.norma}, ${r.rule.citation.articulo}); ${e.type === 'respuesta_requerimiento' ? 'la respuesta' : 'la solicitud de ampliación'} del ${fmt(e.date)} es extemporánea: opera el desistimiento tácito.`,
          e,
        );
        continue;
      }
      if (closure !== null) {
        s.warn(
          'EVENTO_POSTERIOR_AL_CIERRE',
          `El evento ${e.type} del ${fmt(e.date)} es posterior al cierre de la solicitud (${closure.kind}, ${fmt(closure.date)}); no tiene efecto.`,
          e,
        );
        continue;
      }
      if (term === null) {
        s.warn(
          'EVENTO_SIN_TERMINO',
          `La regla ${rule.id} no fija término; el evento ${e.type} no tiene efecto.`,
          e,
        );
        continue;
      }
    }
    switch (e.type) {
      case 'prorroga': {
        if (rule.extension.kind === 'none') {
          s.warn(
            'PRORROGA_NO_PREVISTA',
            `La regla ${rule.id} (${rule.citations[0]?.norma}, ${rule.citations[0]?.articulo}) no prevé prórroga; el vencimiento no se mueve.`,
            e,
          );
          break;
        }
        const due = s.currentDue();
        const legal = s.legalDue();
        if (e.date > legal) {
          s.warn(
            'PRORROGA_EXTEMPORANEA',
            legal === due
              ? `La prórroga se informó el ${fmt(e.date)}, después del vencimiento (${fmt(due)}); debía informarse antes de que venciera el término (${rule.extension.citation.articulo}; Ley 4 de 1913 arts. 59-60). El vencimiento no se mueve.`
              : `La prórroga se informó el ${fmt(e.date)}, después de vencido el término legal (${fmt(legal)}); una nueva prórroga debía informarse antes de ese vencimiento (${rule.extension.citation.articulo}). El vencimiento sigue en ${fmt(due)}.`,
            e,
          );
          break;
        }
        const next = e.newDue ?? s.tc.add(due, e.businessDays as number);
        if (next <= due) {
          s.warn(
            'PRORROGA_NO_AMPLIA',
            `La nueva fecha (${fmt(next)}) no es posterior al vencimiento vigente (${fmt(due)}); el vencimiento no se mueve.`,
            e,
          );
          break;
        }
        const max = s.currentMax();
        if (next > max) {
          s.warn(
            'PRORROGA_EXCESIVA',
            `La nueva fecha (${fmt(next)}) supera el máximo permitido (${fmt(max)}, ${rule.extension.citation.norma} ${rule.extension.citation.articulo}); el vencimiento no se mueve.`,
            e,
          );
          break;
        }
        if (prorrogas > 0) {
          s.warn(
            'PRORROGA_REITERADA',
            `Segunda prórroga o posterior: la norma prevé informar un nuevo plazo; se aplica porque no supera el máximo (${fmt(max)}).`,
            e,
          );
        }
        prorrogas++;
        const count = s.tc.between(termStart, next);
        if (!s.tc.isBusiness(next)) {
          s.warn(
            'PRORROGA_DIA_NO_HABIL',
            `La nueva fecha (${fmt(next)}) no es un día hábil del término; vence el día hábil anterior (${fmt(s.tc.add(termStart, count))}).`,
            e,
          );
        }
        s.dueCount = Math.max(s.dueCount, count);
        const moved = s.currentDue();
        s.effect(
          () =>
            `Prórroga informada el ${fmt(e.date)}: el vencimiento pasa de ${fmt(due)} a ${fmt(moved)} (máximo ${fmt(max)}).`,
          e,
          rule.extension.citation,
        );
        break;
      }
      case 'requerimiento': {
        const reqRule = rule.requirement;
        if (reqRule === null) {
          s.warn(
            'REQUERIMIENTO_NO_PREVISTO',
            `La regla ${rule.id} no prevé requerimiento al peticionario; no suspende el término.`,
            e,
          );
          break;
        }
        if (requirement !== null) {
          s.warn(
            'REQUERIMIENTO_REITERADO',
            `Ya hubo un requerimiento (${fmt(requirement.requestedOn)}); ${reqRule.citation.articulo} prevé uno solo: este no suspende el término.`,
            e,
          );
          break;
        }
        const limit = cal.addBusinessDaysNumber(received, reqRule.requireWithin.amount);
        const lapse = addMonthsNumber(cal, e.date, reqRule.petitionerTerm.amount);
        requirement = {
          requestedOn: e.date,
          deadlineToRequire: limit,
          valid: e.date <= limit,
          lapsesOn: lapse,
          extended: false,
          answeredOn: null,
          rule: reqRule,
        };
        if (e.date > limit) {
          s.warn(
            'REQUERIMIENTO_EXTEMPORANEO',
            `El requerimiento del ${fmt(e.date)} es posterior al plazo para requerir (${fmt(limit)}: ${reqRule.requireWithin.amount} días desde la radicación, ${reqRule.citation.norma} ${reqRule.citation.articulo}); no suspende el término.`,
            e,
          );
          break;
        }
        const before = s.currentDue();
        s.reqRange = {
          from: e.date + 1,
          to: lapse,
          act: `Requerimiento al peticionario (${reqRule.citation.articulo})`,
        };
        s.rebuild();
        const provisional = s.currentDue();
        s.effect(
          () =>
            `Requerimiento del ${fmt(e.date)}: el término se suspende desde el ${fmt(e.date + 1)}; el peticionario tiene hasta el ${fmt(lapse)}. Vencimiento provisional ${fmt(provisional)} (antes ${fmt(before)}).`,
          e,
          reqRule.citation,
        );
        break;
      }
      case 'ampliacion_requerimiento': {
        if (
          requirement === null ||
          !requirement.valid ||
          requirement.answeredOn !== null ||
          requirement.extended
        ) {
          s.warn(
            'AMPLIACION_SIN_REQUERIMIENTO',
            requirement === null
              ? 'No hay requerimiento previo que ampliar.'
              : requirement.valid
                ? 'El requerimiento ya fue respondido o ampliado; la ampliación no tiene efecto.'
                : 'El requerimiento fue extemporáneo y no suspendió el término; la ampliación no tiene efecto.',
            e,
          );
          break;
        }
        if (!requirement.rule.extensionAllowed) {
          s.warn(
            'AMPLIACION_NO_PREVISTA',
            `${requirement.rule.citation.norma} ${requirement.rule.citation.articulo} no prevé ampliar el plazo del peticionario (${requirement.rule.petitionerTerm.amount} meses).`,
            e,
          );
          break;
        }
        requirement.extended = true;
        requirement.lapsesOn = addMonthsNumber(
          cal,
          requirement.requestedOn,
          2 * requirement.rule.petitionerTerm.amount,
        );
        s.reqRange = { ...(s.reqRange as Range), to: requirement.lapsesOn };
        s.rebuild();
        const extendedTo = requirement.lapsesOn;
        const articulo = requirement.rule.citation.articulo;
        s.effect(
          () =>
            `El peticionario pidió la ampliación antes de vencer su plazo: ahora tiene hasta el ${fmt(extendedTo)} (término igual, ${articulo}).`,
          e,
          requirement.rule.citation,
        );
        break;
      }
      case 'respuesta_requerimiento': {
        if (requirement === null || requirement.answeredOn !== null) {
          s.warn(
            'RESPUESTA_REQUERIMIENTO_SIN_REQUERIMIENTO',
            requirement === null
              ? 'No hay requerimiento previo; la respuesta no tiene efecto sobre el término.'
              : `El requerimiento ya había sido respondido (${fmt(requirement.answeredOn as number)}).`,
            e,
          );
          break;
        }
        requirement.answeredOn = e.date;
        if (!requirement.valid) {
          s.effect(
            () =>
              `El peticionario respondió el requerimiento extemporáneo el ${fmt(e.date)}; el término no estuvo suspendido.`,
            e,
          );
          break;
        }
        s.reqRange =
          e.date > requirement.requestedOn
            ? { from: requirement.requestedOn + 1, to: e.date, act: (s.reqRange as Range).act }
            : null;
        s.rebuild();
        if (policies.requirementReactivation === 'restart') {
          s.dueCount = s.tc.between(termStart, e.date) + amount;
          s.maxCount = s.dueCount + extra;
          s.legalCount = s.dueCount;
        } else {
          const floor = s.tc.between(termStart, s.tc.add(e.date, 1));
          s.dueCount = Math.max(s.dueCount, floor);
          s.maxCount = Math.max(s.maxCount, s.dueCount);
          s.legalCount = Math.max(s.legalCount, floor);
        }
        const reactivated = s.currentDue();
        s.effect(
          () =>
            `El peticionario completó la solicitud el ${fmt(e.date)}: el término se reactiva el día siguiente (${policies.requirementReactivation === 'restart' ? 'término completo nuevo' : 'se conservan los días ya corridos'}); vence el ${fmt(reactivated)}.`,
          e,
          requirement.rule.citation,
        );
        break;
      }
      case 'suspension': {
        const due = s.currentDue();
        const ev = e.event as Extract<LifecycleEvent, { type: 'suspension' }>;
        if (e.date > due) {
          s.warn(
            'SUSPENSION_POSTERIOR_AL_VENCIMIENTO',
            `La suspensión (${fmt(e.date)} a ${fmt(e.to)}) empieza después del vencimiento (${fmt(due)}); no tiene efecto.`,
            e,
          );
          break;
        }
        s.userRanges.push({ from: e.date, to: e.to, act: ev.act });
        s.rebuild();
        const suspendedTo = s.currentDue();
        const act = ev.act;
        s.effect(
          () =>
            `Suspensión de términos del ${fmt(e.date)} al ${fmt(e.to)} (${act}): el vencimiento pasa de ${fmt(due)} a ${fmt(suspendedTo)}.`,
          e,
        );
        break;
      }
      case 'traslado': {
        if (closure !== null) {
          s.warn(
            'EVENTO_POSTERIOR_AL_CIERRE',
            `Traslado del ${fmt(e.date)} posterior al cierre (${closure.kind}); no tiene efecto.`,
            e,
          );
          break;
        }
        // CPACA art. 21: at once for a verbal petition, within the term for a written one.
        const immediate = ctx.verbal && rule.traslado.verbal === 'inmediato';
        const deadline = immediate
          ? received
          : cal.addBusinessDaysNumber(received, rule.traslado.term.amount);
        const ev = e.event as Extract<LifecycleEvent, { type: 'traslado' }>;
        // Two literals, not a conditional spread (a runtime call per request of a big audit).
        traslado =
          ev.to === undefined
            ? { date: fmt(e.date), deadline: fmt(deadline), onTime: e.date <= deadline }
            : { date: fmt(e.date), deadline: fmt(deadline), onTime: e.date <= deadline, to: ev.to };
        closure = { kind: 'traslado', date: e.date };
        if (e.date > deadline) {
          s.warn(
            'TRASLADO_EXTEMPORANEO',
            `El traslado del ${fmt(e.date)} es posterior al plazo (${fmt(deadline)}: ${immediate ? 'de inmediato, petición verbal' : `${rule.traslado.term.amount} días`}, ${rule.traslado.citation.norma} ${rule.traslado.citation.articulo}).`,
            e,
          );
        }
        const recipient = ev.to;
        s.effect(
          () =>
            `Traslado por competencia${recipient === undefined ? '' : ` a ${recipient}`} el ${fmt(e.date)}: termina la obligación de esta entidad; la autoridad competente cuenta su término desde el día siguiente a su recepción.`,
          e,
          rule.traslado.citation,
        );
        break;
      }
      case 'respuesta': {
        if (closure !== null) break; // later answers complement the first one
        const ev = e.event as Extract<LifecycleEvent, { type: 'respuesta' }>;
        closure =
          ev.outcome === undefined
            ? { kind: 'respuesta', date: e.date }
            : { kind: 'respuesta', date: e.date, outcome: ev.outcome };
        const outcome = ev.outcome;
        s.effect(() => `Respuesta del ${fmt(e.date)}${outcome === undefined ? '' : ` (${outcome})`}.`, e);
        break;
      }
      case 'desistimiento': {
        if (closure !== null) {
          s.warn(
            'EVENTO_POSTERIOR_AL_CIERRE',
            `Desistimiento del ${fmt(e.date)} posterior al cierre (${closure.kind}); no tiene efecto.`,
            e,
          );
          break;
        }
        closure = { kind: 'desistimiento', date: e.date };
        s.effect(() => `Desistimiento expreso del peticionario el ${fmt(e.date)} (CPACA art. 18).`, e);
        break;
      }
      case 'notificacion': {
        if (notifiedOn === null) notifiedOn = e.date;
        s.effect(() => `Notificación de la respuesta el ${fmt(e.date)}.`, e);
        break;
      }
    }
  }

  const due = term === null ? null : s.currentDue();
  const max = term === null ? null : days ? Math.max(s.currentMax(), due as number) : due;
  const suspensions: AppliedSuspension[] = s.tc.ranges.map((r) => ({
    from: fmt(r.from),
    to: fmt(r.to),
    act: r.act,
  }));
  const req = requirement as typeof requirement;
  return new Deadline(
    base,
    {
      originalDueDate: originalDue === null ? null : fmt(originalDue),
      dueDate: due === null ? null : fmt(due),
      maxDueDate: max === null ? null : fmt(max),
      termBusinessDays: due === null ? null : s.tc.between(termStart, due),
      requirement:
        req === null
          ? null
          : {
              requestedOn: fmt(req.requestedOn),
              deadlineToRequire: fmt(req.deadlineToRequire),
              valid: req.valid,
              lapsesOn: fmt(req.lapsesOn),
              extended: req.extended,
              answeredOn: req.answeredOn === null ? null : fmt(req.answeredOn),
            },
      traslado,
      closure:
        closure === null
          ? null
          : closureOf(closure as { kind: Closure['kind']; date: number; outcome?: Outcome }),
      notifiedOn: notifiedOn === null ? null : fmt(notifiedOn),
      suspensions,
      warnings: s.warnings,
    },
    {
      receipt,
      calendar: cal,
      termCalendar: s.tc,
      countsReceiptDay,
      autoRegime,
      effects: s.effects,
      days: {
        termStart,
        due,
        closure: closure === null ? null : (closure as { date: number }).date,
        lapsesOn: req === null ? null : req.lapsesOn,
      },
    },
  );
}

/** Business days a valid prórroga may add to the initial term. */
function extensionDays(rule: LegalRule, amount: number, policies: Policies): number {
  const ext = rule.extension;
  if (ext.kind === 'none') return 0;
  if (ext.kind === 'adicional') return ext.businessDays;
  return policies.prorrogaCeiling === 'total' ? amount : 2 * amount;
}

/**
 * Computes the legal due date of a PQRSD from its type, regime, date of receipt and lifecycle events.
 *
 * - The regime `auto` (default) picks the 2020 emergency terms for a radicación in
 *   [2020-03-28, 2022-05-17] (policy `emergencyBoundary`), else the CPACA.
 * - "Días" are business days of `options.calendar` (default the national calendar), counted from the
 *   day after receipt: `dueDate = addBusinessDays(receivedDate, term)` (Ley 4 de 1913 art. 62).
 * - Events (prórroga, requerimiento, suspensión, traslado…) are validated against the law: breaking
 *   it raises a warning, never a silent fix; a malformed event raises `INVALID_EVENT` naming its index.
 * - A receiving entity of a traslado computes with its own `receivedAt` (CPACA art. 21).
 *
 * Throws `UNKNOWN_REQUEST_TYPE`, `UNKNOWN_REGIME`, `INVALID_DATE`, `INVALID_INSTANT`,
 * `YEAR_OUT_OF_RANGE`, `INVALID_EVENT`, `INVALID_POLICY` or `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * import { computeDeadline } from 'pqrsd';
 * computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' }).dueDate; //=> '2026-12-21'
 * computeDeadline({
 *   type: 'peticion',
 *   receivedAt: '2026-11-27',
 *   events: [{ type: 'prorroga', date: '2026-12-18', businessDays: 10 }],
 * }).dueDate; //=> '2027-01-06'
 * ```
 */
export function computeDeadline(request: PqrsdRequest, options?: ComputeOptions): DeadlineResult {
  const p = prepare(request, options);
  return computeCore(
    p,
    request.regime,
    request.events === undefined ? NO_EVENTS : normalizeEvents(request.events, p.receipt.civil),
  );
}

/**
 * {@link computeDeadline} that never throws a {@link PqrsdError}: returns a `Result`.
 *
 * @example
 * ```ts
 * import { safeComputeDeadline } from 'pqrsd';
 * const r = safeComputeDeadline({ type: 'peticion', receivedAt: '2026-02-30' });
 * if (!r.ok) r.error.code; //=> 'INVALID_DATE'
 * ```
 */
export function safeComputeDeadline(request: PqrsdRequest, options?: ComputeOptions): Result<DeadlineResult> {
  return attempt(() => computeDeadline(request, options));
}

/** The public closure of a day-number closure (two literals, not a conditional spread). */
function closureOf(c: { kind: Closure['kind']; date: number; outcome?: Outcome }): Closure {
  return c.outcome === undefined
    ? { kind: c.kind, date: fmt(c.date) }
    : { kind: c.kind, date: fmt(c.date), outcome: c.outcome };
}
