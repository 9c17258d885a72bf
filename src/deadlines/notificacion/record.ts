/**
 * Recording the notification events on the {@link EventState}: the chain, and `notifiedOn` (the day
 * the notification took effect: the earliest route). A notification event dated before the decision
 * (the answer) is reported and does not count (`NOTIFICACION_ANTERIOR_A_LA_DECISION`): nothing can be
 * notified before it is decided, and the recurso term must not count from it.
 *
 * @internal
 * @module
 */

import type { LifecycleEvent, NotificationVia } from '../../domain.js';
import type { EventState } from '../events/state.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import { type NotificationChain, newChain } from './chain.js';
import { avisoSurtidaDay, publicationEndDay } from './cpaca-69-aviso.js';

/** The chain of the state, created on the first notification event. @internal */
export function chainOf(s: EventState): NotificationChain {
  if (s.notification === null) s.notification = newChain();
  return s.notification;
}

/** Records a notification that took effect on `day` by `via`: the earliest one counts. @internal */
export function takeEffect(s: EventState, day: number, via: NotificationVia | null): void {
  const c = chainOf(s);
  if (c.surtidaOn === null || day < c.surtidaOn) {
    c.surtidaOn = day;
    c.via = via;
  }
  if (s.notifiedOn === null || day < s.notifiedOn) s.notifiedOn = day;
}

/** The day a published aviso is removed: the one recorded, else after its 5 días hábiles. @internal */
export function removalDay(s: EventState, e: NormalizedEvent): number {
  return e.to !== 0 ? e.to : publicationEndDay(s.cal, e.date);
}

/** Folds one notification-chain event (no trace line). @internal */
export function recordNotice(s: EventState, e: NormalizedEvent): void {
  const ev = e.event;
  if (ev.type === 'citacion') {
    const c = chainOf(s);
    if (c.citedOn === null) {
      c.citedOn = e.date;
      c.citationPublished = ev.published === true;
    }
  } else if (ev.type === 'aviso') {
    const c = chainOf(s);
    const published = ev.published === true;
    const end = published ? removalDay(s, e) : e.date;
    if (c.avisoOn === null) {
      c.avisoOn = e.date;
      c.avisoPublished = published;
      c.avisoRemovedOn = published ? end : null;
    }
    takeEffect(s, avisoSurtidaDay(s.cal, end, s.policies), 'aviso');
  } else if (ev.type === 'notificacion') {
    const via = ev.via;
    if (via === undefined && s.notification === null) {
      // A bare notificación: the first date, as always.
      if (s.notifiedOn === null) s.notifiedOn = e.date;
    } else takeEffect(s, e.date, via ?? null);
  }
}

/** Whether an event is a notification-chain event. @internal */
export function isNotice(ev: LifecycleEvent): boolean {
  return ev.type === 'citacion' || ev.type === 'aviso' || ev.type === 'notificacion';
}

/**
 * On the decision (the first answer): the notification events recorded before it are reported and
 * forgotten; those of the same day are kept. @internal
 */
export function settleEarlyNotices(s: EventState, decided: NormalizedEvent): void {
  const early = s.earlyNotices;
  if (early.length === 0) return;
  s.earlyNotices = [];
  // The chain is forgotten, not the fact that the request records it (its alerts still apply).
  s.notification = s.notification === null ? null : newChain();
  s.notifiedOn = null;
  for (const e of early) {
    if (e.date >= decided.date) {
      recordNotice(s, e);
      continue;
    }
    s.warn(
      'NOTIFICACION_ANTERIOR_A_LA_DECISION',
      `${noticeLabel(e.event)} del ${fmt(e.date)} es anterior a la respuesta del ${fmt(decided.date)}: no se puede notificar una decisión que no existe; no se tiene en cuenta (CPACA arts. 67 a 69).`,
      e,
    );
  }
}

/** «La citación», «El aviso», «La notificación». @internal */
export function noticeLabel(ev: LifecycleEvent): string {
  return ev.type === 'citacion' ? 'La citación' : ev.type === 'aviso' ? 'El aviso' : 'La notificación';
}
