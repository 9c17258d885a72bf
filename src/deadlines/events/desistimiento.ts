/**
 * Express withdrawal by the petitioner (CPACA art. 18, sustituido por Ley 1755 de 2015 art. 1).
 *
 * @internal
 * @module
 */

import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import type { EventHandler, EventState } from './state.js';

function applyDesistimiento(s: EventState, e: NormalizedEvent): void {
  if (s.closure !== null) {
    s.warn(
      'EVENTO_POSTERIOR_AL_CIERRE',
      `Desistimiento del ${fmt(e.date)} posterior al cierre (${s.closure.kind}); no tiene efecto.`,
      e,
    );
    return;
  }
  s.closure = { kind: 'desistimiento', date: e.date };
  s.effect(() => `Desistimiento expreso del peticionario el ${fmt(e.date)} (CPACA art. 18).`, e);
}

/** The `desistimiento` event. @internal */
export const desistimiento: EventHandler = { movesTerm: false, apply: applyDesistimiento };
