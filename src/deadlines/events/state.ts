/**
 * The state that the lifecycle-event handlers fold over: the request's term (as business-day counts
 * over a per-request term calendar), what closed it, the requirement and the traslado; each handler
 * leaves its trace line through {@link EventState.effect} or {@link EventState.warn}.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import type { Outcome } from '../../domain.js';
import type { LegalRule, RequirementRule } from '../../rules/types.js';
import type { PathContext, PriorTerm } from '../deadline.js';
import { plainTermCalendar } from '../deadline.js';
import { rawMonths } from '../months.js';
import type { NormalizedEvent } from '../normalize-events.js';
import type { NotificationChain } from '../notificacion/chain.js';
import type { Policies } from '../policies.js';
import type { RecursoChain } from '../recursos/chain.js';
import { type Range, TermCalendar } from '../term-calendar.js';
import type { PendingEffect } from '../trace-context.js';
import type { Closure, DeadlineWarning, TraceEntry, TrasladoInfo } from '../types.js';

/** What closed the request, on day numbers. @internal */
export interface ClosureState {
  kind: Closure['kind'];
  date: number;
  outcome?: Outcome;
}

/** The requirement to the petitioner (CPACA art. 17), on day numbers. @internal */
export interface RequirementState {
  requestedOn: number;
  deadlineToRequire: number;
  valid: boolean;
  lapsesOn: number;
  extended: boolean;
  answeredOn: number | null;
  rule: RequirementRule;
}

/**
 * A lifecycle-event handler: `apply` folds one event into the state. `movesTerm` handlers are refused
 * after the closure and on a rule without term; `before`, if given, runs first and returns `true`
 * when it dealt with the event (then nothing else runs).
 * @internal
 */
export interface EventHandler {
  readonly movesTerm: boolean;
  readonly before?: (s: EventState, e: NormalizedEvent) => boolean;
  readonly apply: (s: EventState, e: NormalizedEvent) => void;
}

/** The mutable state of the events path (a class, so that a request allocates no closures). @internal */
export class EventState {
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
  closure: ClosureState | null = null;
  requirement: RequirementState | null = null;
  traslado: TrasladoInfo | null = null;
  notifiedOn: number | null = null;
  prorrogas = 0;
  /** The notification chain (CPACA arts. 56, 67-69, 72), created on the first such event. */
  notification: NotificationChain | null = null;
  /** Notification events recorded before the decision (checked when it comes). */
  earlyNotices: NormalizedEvent[] = [];
  /** The recursos against the decision and the SAP recognition (created on the first such event). */
  recursos: RecursoChain | null = null;

  readonly cal: BusinessCalendar;
  readonly rule: LegalRule;
  readonly policies: Policies;
  readonly termStart: number;
  readonly received: number;
  readonly verbal: boolean;
  /** The term in force before a change of regime (see `PathContext.prior`). */
  readonly prior: PriorTerm | null;
  /** Whether the term is in business days (else calendar months, or none). */
  readonly days: boolean;
  /** The term's amount (0 without term). */
  readonly amount: number;
  /** Business days a valid prórroga may add. */
  readonly extra: number;

  constructor(ctx: PathContext, days: boolean, amount: number, extra: number) {
    this.cal = ctx.cal;
    this.rule = ctx.rule;
    this.policies = ctx.policies;
    this.termStart = ctx.termStart;
    this.received = ctx.received;
    this.verbal = ctx.verbal;
    this.prior = ctx.prior;
    this.days = days;
    this.amount = amount;
    this.extra = extra;
    this.warnings = ctx.vigencia === null ? [] : [ctx.vigencia];
    this.tc = plainTermCalendar(ctx.cal);
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

  /**
   * The end of the legal term in force on `date`: for a petition recomputed with the 2020 emergency
   * terms, a day before 2020-03-28 is judged against its CPACA term (the same suspensions).
   */
  legalDueOn(date: number): number {
    const p = this.prior;
    if (p === null || !this.days || date >= p.until) return this.legalDue();
    return this.tc.add(this.termStart, this.legalCount - this.amount + p.amount);
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
