/**
 * The requirement to complete an incomplete petition (CPACA art. 17, sustituido por Ley 1755 de 2015
 * art. 1; Ley 1581 de 2012 art. 15 num. 1 for hábeas data): made within its term it suspends the
 * entity's term until the petitioner answers; the petitioner has one month, extendable once by an
 * equal term; when it lapses the petition is withdrawn tacitly (desistimiento tácito).
 *
 * @internal
 * @module
 */

import { fmt } from '../format-day.js';
import { addMonthsNumber } from '../months.js';
import type { NormalizedEvent } from '../normalize-events.js';
import type { Range } from '../term-calendar.js';
import type { EventHandler, EventState } from './state.js';

/**
 * CPACA art. 17 inc. 3: a timely requirement left unanswered past the petitioner's term closes the
 * request by desistimiento tácito the next day. Called before each event (the lapse shows once a later
 * event is dated after it).
 * @internal
 */
export function checkTacitWithdrawal(s: EventState, e: NormalizedEvent): void {
  const r = s.requirement;
  if (s.closure === null && r !== null && r.valid && r.answeredOn === null && e.date > r.lapsesOn) {
    const lapsed = r.lapsesOn;
    s.closure = { kind: 'desistimiento_tacito', date: lapsed + 1 };
    s.effects.push({
      kind: 'evento',
      message: () =>
        `El peticionario no completó la solicitud hasta el ${fmt(lapsed)}: desistimiento tácito desde el ${fmt(lapsed + 1)}.`,
      date: lapsed + 1,
      event: undefined,
      citation: r.rule.citation,
    });
  }
}

/** The petitioner answered, or asked for the extension, after the term lapsed (art. 17 inc. 3). */
function lateForPetitioner(s: EventState, e: NormalizedEvent): boolean {
  const r = s.requirement;
  if (!(r?.valid && r.answeredOn === null && e.date > r.lapsesOn)) return false;
  s.warn(
    e.type === 'respuesta_requerimiento' ? 'RESPUESTA_REQUERIMIENTO_EXTEMPORANEA' : 'AMPLIACION_EXTEMPORANEA',
    `El plazo del peticionario venció el ${fmt(r.lapsesOn)} (${r.rule.citation.norma}, ${r.rule.citation.articulo}); ${e.type === 'respuesta_requerimiento' ? 'la respuesta' : 'la solicitud de ampliación'} del ${fmt(e.date)} es extemporánea: opera el desistimiento tácito.`,
    e,
  );
  return true;
}

function applyRequerimiento(s: EventState, e: NormalizedEvent): void {
  const reqRule = s.rule.requirement;
  if (reqRule === null) {
    s.warn(
      'REQUERIMIENTO_NO_PREVISTO',
      `La regla ${s.rule.id} no prevé requerimiento al peticionario; no suspende el término.`,
      e,
    );
    return;
  }
  if (s.requirement !== null) {
    s.warn(
      'REQUERIMIENTO_REITERADO',
      `Ya hubo un requerimiento (${fmt(s.requirement.requestedOn)}); ${reqRule.citation.articulo} prevé uno solo: este no suspende el término.`,
      e,
    );
    return;
  }
  const limit = s.cal.addBusinessDaysNumber(s.received, reqRule.requireWithin.amount);
  const lapse = addMonthsNumber(s.cal, e.date, reqRule.petitionerTerm.amount);
  s.requirement = {
    requestedOn: e.date,
    deadlineToRequire: limit,
    valid: e.date <= limit,
    lapsesOn: lapse,
    extended: false,
    answeredOn: null,
    rule: reqRule,
  };
  if (e.date > limit) {
    s.warn(
      'REQUERIMIENTO_EXTEMPORANEO',
      `El requerimiento del ${fmt(e.date)} es posterior al plazo para requerir (${fmt(limit)}: ${reqRule.requireWithin.amount} días desde la radicación, ${reqRule.citation.norma} ${reqRule.citation.articulo}); no suspende el término.`,
      e,
    );
    return;
  }
  const before = s.currentDue();
  s.reqRange = {
    from: e.date + 1,
    to: lapse,
    act: `Requerimiento al peticionario (${reqRule.citation.articulo})`,
  };
  s.rebuild();
  const provisional = s.currentDue();
  s.effect(
    () =>
      `Requerimiento del ${fmt(e.date)}: el término se suspende desde el ${fmt(e.date + 1)}; el peticionario tiene hasta el ${fmt(lapse)}. Vencimiento provisional ${fmt(provisional)} (antes ${fmt(before)}).`,
    e,
    reqRule.citation,
  );
}

function applyAmpliacion(s: EventState, e: NormalizedEvent): void {
  if (
    s.requirement === null ||
    !s.requirement.valid ||
    s.requirement.answeredOn !== null ||
    s.requirement.extended
  ) {
    s.warn(
      'AMPLIACION_SIN_REQUERIMIENTO',
      s.requirement === null
        ? 'No hay requerimiento previo que ampliar.'
        : s.requirement.valid
          ? 'El requerimiento ya fue respondido o ampliado; la ampliación no tiene efecto.'
          : 'El requerimiento fue extemporáneo y no suspendió el término; la ampliación no tiene efecto.',
      e,
    );
    return;
  }
  const r = s.requirement;
  if (!r.rule.extensionAllowed) {
    s.warn(
      'AMPLIACION_NO_PREVISTA',
      `${r.rule.citation.norma} ${r.rule.citation.articulo} no prevé ampliar el plazo del peticionario (${r.rule.petitionerTerm.amount} meses).`,
      e,
    );
    return;
  }
  r.extended = true;
  r.lapsesOn = addMonthsNumber(s.cal, r.requestedOn, 2 * r.rule.petitionerTerm.amount);
  s.reqRange = { ...(s.reqRange as Range), to: r.lapsesOn };
  s.rebuild();
  const extendedTo = r.lapsesOn;
  const articulo = r.rule.citation.articulo;
  s.effect(
    () =>
      `El peticionario pidió la ampliación antes de vencer su plazo: ahora tiene hasta el ${fmt(extendedTo)} (término igual, ${articulo}).`,
    e,
    r.rule.citation,
  );
}

function applyRespuestaRequerimiento(s: EventState, e: NormalizedEvent): void {
  if (s.requirement === null || s.requirement.answeredOn !== null) {
    s.warn(
      'RESPUESTA_REQUERIMIENTO_SIN_REQUERIMIENTO',
      s.requirement === null
        ? 'No hay requerimiento previo; la respuesta no tiene efecto sobre el término.'
        : `El requerimiento ya había sido respondido (${fmt(s.requirement.answeredOn as number)}).`,
      e,
    );
    return;
  }
  const r = s.requirement;
  r.answeredOn = e.date;
  if (!r.valid) {
    s.effect(
      () =>
        `El peticionario respondió el requerimiento extemporáneo el ${fmt(e.date)}; el término no estuvo suspendido.`,
      e,
    );
    return;
  }
  s.reqRange =
    e.date > r.requestedOn ? { from: r.requestedOn + 1, to: e.date, act: (s.reqRange as Range).act } : null;
  s.rebuild();
  if (s.policies.requirementReactivation === 'restart') {
    s.dueCount = s.tc.between(s.termStart, e.date) + s.amount;
    s.maxCount = s.dueCount + s.extra;
    s.legalCount = s.dueCount;
  } else {
    const floor = s.tc.between(s.termStart, s.tc.add(e.date, 1));
    s.dueCount = Math.max(s.dueCount, floor);
    s.maxCount = Math.max(s.maxCount, s.dueCount);
    s.legalCount = Math.max(s.legalCount, floor);
  }
  const reactivated = s.currentDue();
  s.effect(
    () =>
      `El peticionario completó la solicitud el ${fmt(e.date)}: el término se reactiva el día siguiente (${s.policies.requirementReactivation === 'restart' ? 'término completo nuevo' : 'se conservan los días ya corridos'}); vence el ${fmt(reactivated)}.`,
    e,
    r.rule.citation,
  );
}

/** The `requerimiento` event: the entity requires the petitioner (art. 17 inc. 1). @internal */
export const requerimiento: EventHandler = { movesTerm: true, apply: applyRequerimiento };

/** The `ampliacion_requerimiento` event: the petitioner's equal extension (art. 17 inc. 3). @internal */
export const ampliacionRequerimiento: EventHandler = {
  movesTerm: true,
  before: lateForPetitioner,
  apply: applyAmpliacion,
};

/** The `respuesta_requerimiento` event: the term restarts the next day (art. 17 inc. 2). @internal */
export const respuestaRequerimiento: EventHandler = {
  movesTerm: true,
  before: lateForPetitioner,
  apply: applyRespuestaRequerimiento,
};
