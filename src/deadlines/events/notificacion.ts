/**
 * Notification of the answer (CPACA arts. 56, 67-69 and 72): the day it took effect is kept (the
 * earliest route; a bare `notificacion`, the first date); it is what the silence counts under policy
 * `silenceCountsNotification` and what the recurso term counts from. With `via`, the trace names the
 * route and its article.
 *
 * @internal
 * @module
 */

import { toDayNumber } from '../../calendar/index.js';
import type { LifecycleEvent } from '../../domain.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import { CPACA_ART_56, electronicMessage } from '../notificacion/cpaca-56-electronica.js';
import { CPACA_ART_67, personalMessage } from '../notificacion/cpaca-67-personal.js';
import { CPACA_ART_69 } from '../notificacion/cpaca-69-aviso.js';
import { CPACA_ART_72, conductaMessage } from '../notificacion/cpaca-72-conducta-concluyente.js';
import {
  CPACA_IN_FORCE,
  DECRETO_01_ART_45,
  edictoMessage,
} from '../notificacion/decreto-01-1984-art-45-edicto.js';
import { recordNotice } from '../notificacion/record.js';
import type { EventHandler, EventState } from './state.js';

const CPACA_START = toDayNumber(CPACA_IN_FORCE);

function traceNotificacion(s: EventState, e: NormalizedEvent): void {
  const ev = e.event as Extract<LifecycleEvent, { type: 'notificacion' }>;
  const day = fmt(e.date);
  switch (ev.via) {
    case 'personal':
      s.effect(() => personalMessage(day), e, CPACA_ART_67);
      return;
    case 'electronica':
      s.effect(() => electronicMessage(day), e, CPACA_ART_56);
      return;
    case 'conducta_concluyente':
      s.effect(() => conductaMessage(day), e, CPACA_ART_72);
      return;
    case 'aviso':
      s.effect(
        () => `Notificación por aviso surtida el ${day}, según el registro (CPACA art. 69).`,
        e,
        CPACA_ART_69,
      );
      return;
    case 'edicto':
      s.effect(() => edictoMessage(day), e, DECRETO_01_ART_45);
      if (s.received >= CPACA_START) {
        s.warn(
          'NOTIFICACION_POR_EDICTO',
          `Notificación por edicto el ${day} en una actuación iniciada desde el ${CPACA_IN_FORCE}: el CPACA (arts. 69 y 308) reemplazó el edicto por el aviso; se toma la fecha registrada.`,
          e,
        );
      }
      return;
    default:
      s.effect(() => `Notificación de la respuesta el ${day}.`, e);
  }
}

function applyNotificacion(s: EventState, e: NormalizedEvent): void {
  if (s.closure === null) s.earlyNotices.push(e);
  recordNotice(s, e);
  traceNotificacion(s, e);
}

/** The `notificacion` event. @internal */
export const notificacion: EventHandler = { movesTerm: false, apply: applyNotificacion };
