/**
 * What the lazy trace of a deadline needs: how the receipt was read, the term calendar and the
 * effects the event handlers left (each a trace line built only when the trace is read).
 *
 * @internal
 * @module
 */

import type { BusinessCalendar, IsoDate } from '../calendar/index.js';
import type { LifecycleEvent } from '../domain.js';
import { fmt } from './format-day.js';
import type { NotificationChain } from './notificacion/chain.js';
import type { RecursoChain } from './recursos/chain.js';
import type { TermCalendar } from './term-calendar.js';
import type { TraceEntry } from './types.js';

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
  /** The notification chain recorded by the events (absent on the plain path). */
  readonly notification?: NotificationChain | null;
  /** The recursos recorded by the events (absent on the plain path). */
  readonly recursos?: RecursoChain | null;
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
