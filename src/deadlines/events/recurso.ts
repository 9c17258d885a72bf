/**
 * The recursos against the decision of the request (CPACA arts. 74-87; Ley 142 de 1994 arts.
 * 154-159): `recurso`, `decision_recurso`, `envio_sspd`, `decision_apelacion` and `renuncia_recursos` record their dates in
 * the {@link RecursoChain} and leave a trace line; the window, the lateness, the silencio and firmness
 * are read from the chain by the status (`recursos/status.ts`), once every event is known.
 *
 * @internal
 * @module
 */

import { dayNumberOf } from '../../calendar/day-memo.js';
import type { LifecycleEvent } from '../../domain.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import { emptyChain, type RecursoChain } from '../recursos/chain.js';
import { cpacaCitation, LEY_142_ART_159 } from '../recursos/citations.js';
import { appealDecider, CPACA_ART_74_APELACION } from '../recursos/cpaca-74-apelacion.js';
import type { EventHandler, EventState } from './state.js';

const KIND_TEXT = {
  reposicion: 'Recurso de reposición',
  apelacion: 'Recurso de apelación',
  reposicion_y_apelacion: 'Recurso de reposición y en subsidio apelación',
  queja: 'Recurso de queja',
} as const;

/** A `decision_recurso` or `decision_apelacion` event (same fields). */
type DecisionEvent = Extract<LifecycleEvent, { type: 'decision_recurso' | 'decision_apelacion' }>;

/** The request's chain, created on its first recurso event. @internal */
export function chainOf(s: EventState): RecursoChain {
  s.recursos ??= emptyChain();
  return s.recursos;
}

function applyRecurso(s: EventState, e: NormalizedEvent): void {
  const c = chainOf(s);
  const ev = e.event as Extract<LifecycleEvent, { type: 'recurso' }>;
  if (ev.kind === 'queja') c.quejaOn ??= e.date;
  else if (c.filed === null) {
    c.filed = e.date;
    c.kind = ev.kind;
  }
  s.effect(() => `${KIND_TEXT[ev.kind]} interpuesto el ${fmt(e.date)}.`, e, cpacaCitation('art. 76'));
}

/**
 * A `decision_recurso`, or a `decision_apelacion` (the decision of the apelación by the
 * Superintendencia, Ley 142 art. 159, or the inmediato superior, CPACA art. 74 num. 2). The first of
 * each kind counts; a decision of an apelación never filed is warned about and ignored.
 */
function applyDecision(s: EventState, e: NormalizedEvent): void {
  const c = chainOf(s);
  const ev = e.event as DecisionEvent;
  const appeal = ev.type === 'decision_apelacion';
  if (appeal && c.kind !== 'apelacion' && c.kind !== 'reposicion_y_apelacion') {
    s.warn(
      'APELACION_NO_INTERPUESTA',
      `La decisión de la apelación del ${fmt(e.date)} no sigue a una apelación registrada; no cuenta.`,
      e,
    );
    return;
  }
  const result = ev.result;
  const on = ev.notifiedOn === undefined ? null : dayNumberOf(ev.notifiedOn);
  if (!appeal && c.decidedOn === null) {
    c.decidedOn = e.date;
    c.result = result ?? null;
    c.decisionNotifiedOn = on;
  } else if (appeal && c.appealDecidedOn === null) {
    c.appealDecidedOn = e.date;
    c.appealResult = result ?? null;
    c.appealNotifiedOn = on;
  }
  const notified = appeal ? c.appealNotifiedOn : c.decisionNotifiedOn;
  const spd = s.rule.regime === 'servicios_publicos';
  const what = appeal ? `de la apelación por ${appealDecider(spd)}` : 'del recurso';
  s.effect(
    () =>
      `Decisión ${what} el ${fmt(e.date)}${result === undefined ? '' : ` (${result})`}${notified === null ? '' : `, notificada el ${fmt(notified)}`}.`,
    e,
    appeal ? (spd ? LEY_142_ART_159 : CPACA_ART_74_APELACION) : undefined,
  );
}

function applyEnvio(s: EventState, e: NormalizedEvent): void {
  chainOf(s).sentToSspdOn ??= e.date;
  s.effect(
    () =>
      `Expediente de la apelación enviado a la Superintendencia de Servicios Públicos Domiciliarios el ${fmt(e.date)}.`,
    e,
    LEY_142_ART_159,
  );
}

function applyRenuncia(s: EventState, e: NormalizedEvent): void {
  chainOf(s).renouncedOn ??= e.date;
  s.effect(() => `Renuncia expresa a los recursos el ${fmt(e.date)}.`, e, cpacaCitation('art. 87 num. 3'));
}

/** The `recurso` event. @internal */
export const recurso: EventHandler = { movesTerm: false, apply: applyRecurso };
/** The `decision_recurso` event. @internal */
export const decisionRecurso: EventHandler = { movesTerm: false, apply: applyDecision };
/** The `envio_sspd` event (Ley 142 art. 159). @internal */
export const envioSspd: EventHandler = { movesTerm: false, apply: applyEnvio };
/** The `decision_apelacion` event (CPACA arts. 74 num. 2 and 87 num. 2; Ley 142 art. 159). @internal */
export const decisionApelacion: EventHandler = { movesTerm: false, apply: applyDecision };
/** The `renuncia_recursos` event (CPACA art. 87 num. 3). @internal */
export const renunciaRecursos: EventHandler = { movesTerm: false, apply: applyRenuncia };
