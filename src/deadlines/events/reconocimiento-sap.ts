/**
 * Decreto 2150 de 1995 art. 123: the company recognises the effects of the silencio administrativo
 * positivo within 72 hours. The first recognition is kept; the status attaches it to the silencio it
 * recognises and stops the `SAP_RECONOCIMIENTO_*` alert.
 *
 * @internal
 * @module
 */

import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import { DECRETO_2150_ART_123 } from '../recursos/citations.js';
import { chainOf } from './recurso.js';
import type { EventHandler, EventState } from './state.js';

function applyReconocimiento(s: EventState, e: NormalizedEvent): void {
  chainOf(s).sapRecognizedOn ??= e.date;
  s.effect(
    () => `Reconocimiento de los efectos del silencio administrativo positivo el ${fmt(e.date)}.`,
    e,
    DECRETO_2150_ART_123,
  );
}

/** The `reconocimiento_sap` event. @internal */
export const reconocimientoSap: EventHandler = { movesTerm: false, apply: applyReconocimiento };
