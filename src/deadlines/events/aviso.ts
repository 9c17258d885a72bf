/**
 * The aviso (CPACA art. 69): sent when nobody appeared within 5 días hábiles of the citación; the
 * notification takes effect at the end of the day after its delivery, or after the removal of a
 * published one (policy `avisoSurtidaDay`). An aviso before those 5 días, or without citación, is
 * reported (`AVISO_ANTICIPADO`, `AVISO_SIN_CITACION`); it still takes effect.
 *
 * @internal
 * @module
 */

import type { LifecycleEvent } from '../../domain.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import { appearanceEndDay, avisoSurtidaDay, CPACA_ART_69 } from '../notificacion/cpaca-69-aviso.js';
import { recordNotice, removalDay } from '../notificacion/record.js';
import type { EventHandler, EventState } from './state.js';

function checkSequence(s: EventState, e: NormalizedEvent): void {
  const cited = s.notification?.citedOn ?? null;
  if (s.closure === null || s.notification?.avisoOn != null) return;
  if (cited === null) {
    s.warn(
      'AVISO_SIN_CITACION',
      `El aviso del ${fmt(e.date)} no tiene citación previa registrada: procede cuando no se pudo notificar personalmente al cabo de 5 días del envío de la citación (CPACA arts. 68 y 69).`,
      e,
    );
    return;
  }
  const end = appearanceEndDay(s.cal, cited);
  if (e.date <= end) {
    s.warn(
      'AVISO_ANTICIPADO',
      `El aviso del ${fmt(e.date)} se envió antes de terminar, el ${fmt(end)}, los 5 días hábiles de la citación del ${fmt(cited)} para comparecer (CPACA art. 69).`,
      e,
    );
  }
}

function applyAviso(s: EventState, e: NormalizedEvent): void {
  const ev = e.event as Extract<LifecycleEvent, { type: 'aviso' }>;
  const published = ev.published === true;
  const end = published ? removalDay(s, e) : e.date;
  const surtida = fmt(avisoSurtidaDay(s.cal, end, s.policies));
  const day = fmt(e.date);
  const removed = fmt(end);
  s.effect(
    () =>
      published
        ? `Aviso publicado el ${day} y retirado el ${removed}: la notificación se considera surtida al finalizar el ${surtida}, día siguiente al retiro (CPACA art. 69 inc. 2).`
        : `Aviso entregado en el lugar de destino el ${day}: la notificación se considera surtida al finalizar el ${surtida}, día siguiente al de la entrega (CPACA art. 69).`,
    e,
    CPACA_ART_69,
  );
  checkSequence(s, e);
  if (s.closure === null) s.earlyNotices.push(e);
  recordNotice(s, e);
}

/** The `aviso` event. @internal */
export const aviso: EventHandler = { movesTerm: false, apply: applyAviso };
