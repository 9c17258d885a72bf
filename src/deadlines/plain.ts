/**
 * The engine's fast path: no events, or only a response. One calendar lookup (two with a prórroga
 * ceiling) and one object; the response closes the request as the events path would.
 *
 * @internal
 * @module
 */

import type { LifecycleEvent } from '../domain.js';
import { closureOf, Deadline, type PathContext } from './deadline.js';
import { extensionDays } from './events/prorroga.js';
import { fmt } from './format-day.js';
import { addMonthsNumber } from './months.js';
import type { NormalizedEvent } from './normalize-events.js';
import type { PendingEffect } from './trace-context.js';
import type { AppliedSuspension, Closure, DeadlineWarning } from './types.js';

const NO_WARNINGS: readonly DeadlineWarning[] = Object.freeze([]);
const NO_SUSPENSIONS: readonly AppliedSuspension[] = Object.freeze([]);
const NO_EFFECTS: readonly PendingEffect[] = Object.freeze([]);

/**
 * Fast path: no events, or only a response (`answer`).
 * @internal
 */
export function computePlain(ctx: PathContext, answer: NormalizedEvent | null): Deadline {
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
