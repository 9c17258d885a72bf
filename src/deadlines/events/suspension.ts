/**
 * Suspension of terms ordered by an act (the act is quoted in the trace): the suspended days are not
 * counted. A suspension that starts after the due date has no effect.
 *
 * @internal
 * @module
 */

import type { LifecycleEvent } from '../../domain.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import type { EventHandler, EventState } from './state.js';

function applySuspension(s: EventState, e: NormalizedEvent): void {
  const due = s.currentDue();
  const ev = e.event as Extract<LifecycleEvent, { type: 'suspension' }>;
  if (e.date > due) {
    s.warn(
      'SUSPENSION_POSTERIOR_AL_VENCIMIENTO',
      `La suspensión (${fmt(e.date)} a ${fmt(e.to)}) empieza después del vencimiento (${fmt(due)}); no tiene efecto.`,
      e,
    );
    return;
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
}

/** The `suspension` event. @internal */
export const suspension: EventHandler = { movesTerm: true, apply: applySuspension };
