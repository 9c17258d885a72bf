/**
 * The citación to notify the decision personally (CPACA art. 68): due within 5 días hábiles of the
 * decision; published for 5 días when the address is unknown. A late one is reported
 * (`CITACION_EXTEMPORANEA`).
 *
 * @internal
 * @module
 */

import type { LifecycleEvent } from '../../domain.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import { CPACA_ART_68, citationDueDay } from '../notificacion/cpaca-68-citacion.js';
import { recordNotice } from '../notificacion/record.js';
import type { EventHandler, EventState } from './state.js';

function applyCitacion(s: EventState, e: NormalizedEvent): void {
  const ev = e.event as Extract<LifecycleEvent, { type: 'citacion' }>;
  const day = fmt(e.date);
  const how = ev.published === true ? 'publicada (dirección desconocida, 5 días)' : 'enviada';
  s.effect(() => `Citación para notificación personal ${how} el ${day} (CPACA art. 68).`, e, CPACA_ART_68);
  const closure = s.closure;
  if (closure === null) s.earlyNotices.push(e);
  else if (closure.kind === 'respuesta' && s.notification?.citedOn == null) {
    const due = citationDueDay(s.cal, closure.date);
    if (e.date > due) {
      const decided = fmt(closure.date);
      s.warn(
        'CITACION_EXTEMPORANEA',
        `La citación del ${day} se envió después del ${fmt(due)}, último de los 5 días hábiles siguientes a la respuesta del ${decided} (CPACA art. 68).`,
        e,
      );
    }
  }
  recordNotice(s, e);
}

/** The `citacion` event. @internal */
export const citacion: EventHandler = { movesTerm: false, apply: applyCitacion };
