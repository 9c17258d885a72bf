/**
 * Traslado to the competent authority (CPACA art. 21, sustituido por Ley 1755 de 2015 art. 1; Ley
 * 1581 de 2012 art. 15 num. 2): at once for a verbal petition, within 5 días of receipt for a written
 * one; it ends the sending entity's obligation.
 *
 * @internal
 * @module
 */

import type { LifecycleEvent } from '../../domain.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import type { EventHandler, EventState } from './state.js';

function applyTraslado(s: EventState, e: NormalizedEvent): void {
  if (s.closure !== null) {
    s.warn(
      'EVENTO_POSTERIOR_AL_CIERRE',
      `Traslado del ${fmt(e.date)} posterior al cierre (${s.closure.kind}); no tiene efecto.`,
      e,
    );
    return;
  }
  // CPACA art. 21: at once for a verbal petition, within the term for a written one.
  const immediate = s.verbal && s.rule.traslado.verbal === 'inmediato';
  const deadline = immediate
    ? s.received
    : s.cal.addBusinessDaysNumber(s.received, s.rule.traslado.term.amount);
  const ev = e.event as Extract<LifecycleEvent, { type: 'traslado' }>;
  // Two literals, not a conditional spread (a runtime call per request of a big audit).
  s.traslado =
    ev.to === undefined
      ? { date: fmt(e.date), deadline: fmt(deadline), onTime: e.date <= deadline }
      : { date: fmt(e.date), deadline: fmt(deadline), onTime: e.date <= deadline, to: ev.to };
  s.closure = { kind: 'traslado', date: e.date };
  if (e.date > deadline) {
    s.warn(
      'TRASLADO_EXTEMPORANEO',
      `El traslado del ${fmt(e.date)} es posterior al plazo (${fmt(deadline)}: ${immediate ? 'de inmediato, petición verbal' : `${s.rule.traslado.term.amount} días`}, ${s.rule.traslado.citation.norma} ${s.rule.traslado.citation.articulo}).`,
      e,
    );
  }
  const recipient = ev.to;
  s.effect(
    () =>
      `Traslado por competencia${recipient === undefined ? '' : ` a ${recipient}`} el ${fmt(e.date)}: termina la obligación de esta entidad; la autoridad competente cuenta su término desde el día siguiente a su recepción.`,
    e,
    s.rule.traslado.citation,
  );
}

/** The `traslado` event. @internal */
export const traslado: EventHandler = { movesTerm: false, apply: applyTraslado };
