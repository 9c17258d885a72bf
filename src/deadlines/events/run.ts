/**
 * The events path of the engine: the lifecycle events, in date order, folded over one
 * {@link EventState} by the handler of each event type (one module per article); the result and its
 * trace come from the state the handlers leave.
 *
 * @internal
 * @module
 */

import type { EventType } from '../../domain.js';
import { closureOf, Deadline, type PathContext } from '../deadline.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import type { AppliedSuspension } from '../types.js';
import { aviso } from './aviso.js';
import { citacion } from './citacion.js';
import { desistimiento } from './desistimiento.js';
import { notificacion } from './notificacion.js';
import { extensionDays, prorroga } from './prorroga.js';
import { reconocimientoSap } from './reconocimiento-sap.js';
import { decisionApelacion, decisionRecurso, envioSspd, recurso, renunciaRecursos } from './recurso.js';
import {
  ampliacionRequerimiento,
  checkTacitWithdrawal,
  requerimiento,
  respuestaRequerimiento,
} from './requerimiento.js';
import { respuesta } from './respuesta.js';
import { type EventHandler, EventState } from './state.js';
import { suspension } from './suspension.js';
import { traslado } from './traslado.js';

/** The handler of each event type. @internal */
export const HANDLERS: { readonly [T in EventType]: EventHandler } = {
  prorroga,
  requerimiento,
  respuesta_requerimiento: respuestaRequerimiento,
  ampliacion_requerimiento: ampliacionRequerimiento,
  traslado,
  suspension,
  respuesta,
  citacion,
  aviso,
  notificacion,
  desistimiento,
  recurso,
  decision_recurso: decisionRecurso,
  envio_sspd: envioSspd,
  decision_apelacion: decisionApelacion,
  renuncia_recursos: renunciaRecursos,
  reconocimiento_sap: reconocimientoSap,
};

/**
 * Refuses an event that would move the term when nothing can move it any more: after the closure, or
 * on a rule without term. Returns whether it was refused.
 */
function refused(s: EventState, e: NormalizedEvent): boolean {
  const closure = s.closure;
  if (closure !== null) {
    s.warn(
      'EVENTO_POSTERIOR_AL_CIERRE',
      `El evento ${e.type} del ${fmt(e.date)} es posterior al cierre de la solicitud (${closure.kind}, ${fmt(closure.date)}); no tiene efecto.`,
      e,
    );
    return true;
  }
  if (s.rule.term === null) {
    s.warn(
      'EVENTO_SIN_TERMINO',
      `La regla ${s.rule.id} no fija término; el evento ${e.type} no tiene efecto.`,
      e,
    );
    return true;
  }
  return false;
}

/** Slow path: events, processed in date order over a per-request term calendar. @internal */
export function computeWithEvents(ctx: PathContext, events: readonly NormalizedEvent[]): Deadline {
  const { receipt, countsReceiptDay, autoRegime, termStart, cal, policies, rule, base } = ctx;
  const term = rule.term;
  const days = term !== null && term.unit === 'dias_habiles';
  const amount = term?.amount ?? 0;
  const extra = extensionDays(rule, amount, policies);
  const s = new EventState(ctx, days, amount, extra);
  const originalDue =
    term === null ? null : days ? cal.addBusinessDaysNumber(termStart, amount) : s.monthsDue();

  for (const e of events) {
    checkTacitWithdrawal(s, e);
    const handler = HANDLERS[e.type];
    if (handler.movesTerm) {
      if (handler.before?.(s, e) === true) continue;
      if (refused(s, e)) continue;
    }
    handler.apply(s, e);
  }

  const due = term === null ? null : s.currentDue();
  const max = term === null ? null : days ? Math.max(s.currentMax(), due as number) : due;
  const suspensions: AppliedSuspension[] = s.tc.ranges.map((r) => ({
    from: fmt(r.from),
    to: fmt(r.to),
    act: r.act,
  }));
  const req = s.requirement;
  const closure = s.closure;
  return new Deadline(
    base,
    {
      originalDueDate: originalDue === null ? null : fmt(originalDue),
      dueDate: due === null ? null : fmt(due),
      maxDueDate: max === null ? null : fmt(max),
      termBusinessDays: due === null ? null : s.tc.between(termStart, due),
      requirement:
        req === null
          ? null
          : {
              requestedOn: fmt(req.requestedOn),
              deadlineToRequire: fmt(req.deadlineToRequire),
              valid: req.valid,
              lapsesOn: fmt(req.lapsesOn),
              extended: req.extended,
              answeredOn: req.answeredOn === null ? null : fmt(req.answeredOn),
            },
      traslado: s.traslado,
      closure: closure === null ? null : closureOf(closure),
      notifiedOn: s.notifiedOn === null ? null : fmt(s.notifiedOn),
      suspensions,
      warnings: s.warnings,
    },
    {
      receipt,
      calendar: cal,
      termCalendar: s.tc,
      countsReceiptDay,
      autoRegime,
      effects: s.effects,
      notification: s.notification,
      recursos: s.recursos,
      days: {
        termStart,
        due,
        closure: closure === null ? null : closure.date,
        lapsesOn: req === null ? null : req.lapsesOn,
      },
    },
  );
}
