/**
 * Notification of the answer (CPACA arts. 67-69): the first date is kept; it is what the silence
 * counts under policy `silenceCountsNotification`.
 *
 * @internal
 * @module
 */

import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import type { EventHandler, EventState } from './state.js';

function applyNotificacion(s: EventState, e: NormalizedEvent): void {
  if (s.notifiedOn === null) s.notifiedOn = e.date;
  s.effect(() => `Notificación de la respuesta el ${fmt(e.date)}.`, e);
}

/** The `notificacion` event. @internal */
export const notificacion: EventHandler = { movesTerm: false, apply: applyNotificacion };
