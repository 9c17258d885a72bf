/**
 * The answer that resolves the petition (CPACA art. 14): the first one closes the request; later ones
 * complement it.
 *
 * @internal
 * @module
 */

import type { LifecycleEvent } from '../../domain.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import { settleEarlyNotices } from '../notificacion/record.js';
import type { EventHandler, EventState } from './state.js';

function applyRespuesta(s: EventState, e: NormalizedEvent): void {
  if (s.closure !== null) return; // later answers complement the first one
  const ev = e.event as Extract<LifecycleEvent, { type: 'respuesta' }>;
  s.closure =
    ev.outcome === undefined
      ? { kind: 'respuesta', date: e.date }
      : { kind: 'respuesta', date: e.date, outcome: ev.outcome };
  const outcome = ev.outcome;
  s.effect(() => `Respuesta del ${fmt(e.date)}${outcome === undefined ? '' : ` (${outcome})`}.`, e);
  settleEarlyNotices(s, e);
}

/** The `respuesta` event. @internal */
export const respuesta: EventHandler = { movesTerm: false, apply: applyRespuesta };
