/**
 * The result object of the engine: plain data fields plus a lazy trace and explanation.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar, IsoDate } from '../calendar/index.js';
import type { Outcome, Regime, RequestType } from '../domain.js';
import type { LegalRule } from '../rules/types.js';
import { buildExplanation, buildTrace } from './explain.js';
import { fmt } from './format-day.js';
import type { NotificationChain } from './notificacion/chain.js';
import type { Policies } from './policies.js';
import type { RecursoChain } from './recursos/chain.js';
import { TermCalendar } from './term-calendar.js';
import type { Receipt, ResultDays, TraceContext } from './trace-context.js';
import type {
  AppliedSuspension,
  Closure,
  DeadlineResult,
  DeadlineWarning,
  RequirementInfo,
  TraceEntry,
  TrasladoInfo,
} from './types.js';

const PLAIN_TERM_CALENDARS = new WeakMap<BusinessCalendar, TermCalendar>();

/** The term calendar without suspensions of a calendar (one per calendar). @internal */
export function plainTermCalendar(cal: BusinessCalendar): TermCalendar {
  let tc = PLAIN_TERM_CALENDARS.get(cal);
  if (tc === undefined) {
    tc = new TermCalendar(cal, []);
    PLAIN_TERM_CALENDARS.set(cal, tc);
  }
  return tc;
}

/** Fields common to both paths. @internal */
export type BaseFields = Pick<
  DeadlineResult,
  'type' | 'regime' | 'rule' | 'fallback' | 'receivedCivilDate' | 'receivedDate' | 'termStart' | 'policies'
>;

/** What both paths of the engine (plain and with events) start from. @internal */
export interface PathContext {
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
  /** Whether the petition was received through a verbal channel (CPACA art. 21). */
  readonly verbal: boolean;
  /**
   * The term in force before a change of regime, for a petition in course on 2020-03-28 recomputed
   * with the emergency terms: a prórroga informed before `until` is judged against this term.
   */
  readonly prior: PriorTerm | null;
}

/** The business days of the term in force until a day (see {@link PathContext.prior}). @internal */
export interface PriorTerm {
  readonly until: number;
  readonly amount: number;
}

/** The public closure of a day-number closure (two literals, not a conditional spread). @internal */
export function closureOf(c: { kind: Closure['kind']; date: number; outcome?: Outcome }): Closure {
  return c.outcome === undefined
    ? { kind: c.kind, date: fmt(c.date) }
    : { kind: c.kind, date: fmt(c.date), outcome: c.outcome };
}

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

  /** The notification chain recorded by the events, if any. @internal */
  get notification(): NotificationChain | null {
    return this.#context.notification ?? null;
  }

  /** The recursos recorded by the events, if any. @internal */
  get recursos(): RecursoChain | null {
    return this.#context.recursos ?? null;
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
