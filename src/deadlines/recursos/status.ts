/**
 * The recursos part of {@link requestStatus}: the window from the notification, the late recurso
 * (CPACA art. 78), the term to decide it and its silencio (Ley 142 art. 158 / CPACA art. 86), the
 * queja (CPACA art. 74), the sending of the apelación to the Superintendencia (Ley 142 art. 159), the
 * decision of the apelación and its term (CPACA arts. 74 num. 2 and 86), firmness (CPACA art. 87) and
 * the stage of the decision. Each step is one function over the same
 * small context; the articles' own rules live in their modules.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import type { LifecycleStage, Regime } from '../../domain.js';
import { fmt } from '../format-day.js';
import type { Policies } from '../policies.js';
import type { LegalConsequence, RecursoStatus, StatusAlert } from '../types.js';
import type { RecursoChain } from './chain.js';
import { appealDecider, appealDecision } from './cpaca-74-apelacion.js';
import { CPACA_ART_74, QUEJA_DAYS } from './cpaca-74-queja.js';
import { lateRecursoMessage, recursoOnTime } from './cpaca-78-rechazo.js';
import { cpacaRecursoDue, cpacaRecursoSilence } from './cpaca-86-silencio-recursos.js';
import { firmSince } from './cpaca-87-firmeza.js';
import { spdRecursoDue, spdRecursoSilence } from './ley-142-art-158-reposicion.js';
import { forwardingDue, mustForward } from './ley-142-art-159-apelacion.js';
import { recursoWindow, windowEnd } from './window.js';

/** What the recursos part needs from the deadline. @internal */
export interface RecursoInput {
  readonly chain: RecursoChain | null;
  readonly regime: Regime;
  readonly policies: Policies;
  readonly calendar: BusinessCalendar;
  /** The answer (day number), or `null` while unanswered. */
  readonly answered: number | null;
  /** The day the notification of the answer took effect, if recorded. */
  readonly notified: number | null;
  readonly now: number;
}

/** The recursos part, with the consequences and alerts it adds. @internal */
export interface RecursoOutcome {
  readonly part: RecursoStatus | null;
  readonly stage: LifecycleStage | null;
  readonly consequences: readonly LegalConsequence[];
  readonly alerts: readonly StatusAlert[];
}

/** The chain read once, with the recurso's timeliness. */
interface Ctx {
  readonly input: RecursoInput;
  readonly chain: RecursoChain;
  readonly spd: boolean;
  readonly cal: BusinessCalendar;
  readonly now: number;
  /** The recurso filed in time (else `null`). */
  readonly timely: number | null;
  readonly alerts: StatusAlert[];
  readonly consequences: LegalConsequence[];
}

const day = (n: number | null): ReturnType<typeof fmt> | null => (n === null ? null : fmt(n));

/** The recursos part of the status as of `now`. @internal */
export function recursoStatus(input: RecursoInput): RecursoOutcome {
  const chain = input.chain;
  if (input.answered === null) return chain === null ? NOTHING : unanswered(chain);
  return chain === null ? withoutRecurso(input) : withRecurso(input, chain);
}

const NONE: never[] = [];
const NOTHING: RecursoOutcome = Object.freeze({ part: null, stage: null, consequences: NONE, alerts: NONE });

/**
 * An answer without recurso events (the commonest case of an audit): the window and, once it has
 * passed, firmness (CPACA art. 87 num. 3); no alert.
 */
function withoutRecurso(input: RecursoInput): RecursoOutcome {
  const notified = input.notified;
  const w = recursoWindow(null, input.regime, input.policies);
  const end = notified === null ? null : windowEnd(input.calendar, notified, w);
  const firm = end !== null && end + 1 <= input.now ? end + 1 : null;
  return {
    part: {
      notifiedOn: day(notified),
      windowDays: w.days,
      windowCitation: w.citation,
      windowEnd: day(end),
      filedOn: null,
      kind: null,
      onTime: null,
      decisionDueDate: null,
      decidedOn: null,
      result: null,
      decisionNotifiedOn: null,
      forwardingDueDate: null,
      sentToSspdOn: null,
      appealDecisionDueDate: null,
      appealDecidedOn: null,
      appealResult: null,
      appealDecisionNotifiedOn: null,
      firmSince: day(firm),
    },
    stage: firm !== null ? 'firme' : notified === null ? 'decidida' : 'notificada',
    consequences: NONE,
    alerts: NONE,
  };
}

/** An answer with recurso events: every step of the chain. */
function withRecurso(input: RecursoInput, chain: RecursoChain): RecursoOutcome {
  const w = recursoWindow(chain.kind, input.regime, input.policies);
  const end = input.notified === null ? null : windowEnd(input.calendar, input.notified, w);
  const filed = chain.filed;
  const onTime = filed === null ? null : recursoOnTime(filed, end);
  const alerts: StatusAlert[] = [];
  if (onTime === false) {
    const cited = `${w.citation.norma} ${w.citation.articulo}`;
    alerts.push(lateAlert(lateRecursoMessage(filed as number, end as number, w.days, cited)));
  }
  const c: Ctx = {
    input,
    chain,
    spd: input.regime === 'servicios_publicos',
    cal: input.calendar,
    now: input.now,
    timely: onTime === true ? (filed as number) : null,
    alerts,
    consequences: [],
  };
  const due = decisionTerm(c);
  const fwdDue = forwarding(c);
  const appealDue = appealTerm(c);
  const quejaPending = queja(c);
  const firm = firmSince({
    windowEnd: end,
    timelyFiled: c.timely,
    kind: chain.kind,
    result: chain.result,
    decisionNotifiedOn: chain.decisionNotifiedOn,
    appealDecided: chain.appealDecidedOn !== null,
    appealNotifiedOn: appealDecision(chain)?.notified ?? null,
    renouncedOn: chain.renouncedOn,
  });
  const firmNow = firm !== null && firm <= c.now && !quejaPending ? firm : null;
  return {
    part: {
      notifiedOn: day(input.notified),
      windowDays: w.days,
      windowCitation: w.citation,
      windowEnd: day(end),
      filedOn: day(filed),
      kind: chain.kind,
      onTime,
      decisionDueDate: day(due),
      decidedOn: day(chain.decidedOn),
      result: chain.result,
      decisionNotifiedOn: day(chain.decisionNotifiedOn),
      forwardingDueDate: day(fwdDue),
      sentToSspdOn: day(chain.sentToSspdOn),
      appealDecisionDueDate: day(appealDue),
      appealDecidedOn: day(chain.appealDecidedOn),
      appealResult: chain.appealResult,
      appealDecisionNotifiedOn: day(chain.appealNotifiedOn),
      firmSince: day(firmNow),
    },
    stage: stageOf(c, firmNow !== null, quejaPending),
    consequences: c.consequences,
    alerts,
  };
}

/** A recurso against a request without an answer: nothing to attack. */
function unanswered(chain: RecursoChain): RecursoOutcome {
  const filed = chain.filed;
  const alerts: StatusAlert[] =
    filed === null
      ? []
      : [
          {
            code: 'RECURSO_SIN_DECISION_PREVIA',
            severity: 'advertencia',
            message: `Hay un recurso del ${fmt(filed)} pero la solicitud no tiene respuesta registrada: no hay decisión que recurrir.`,
          },
        ];
  return { part: null, stage: null, consequences: [], alerts };
}

function lateAlert(message: string): StatusAlert {
  return { code: 'RECURSO_EXTEMPORANEO', severity: 'advertencia', message };
}

/**
 * The term to decide a recurso filed in time and its silencio; its alerts. A utility's apelación
 * alone is refused (Ley 142 art. 159). Returns the due date.
 */
function decisionTerm(c: Ctx): number | null {
  const { chain, spd, cal, now, timely } = c;
  const policies = c.input.policies;
  if (spd && chain.kind === 'apelacion') {
    c.alerts.push({
      code: 'APELACION_SIN_REPOSICION',
      severity: 'advertencia',
      message:
        'Ante una empresa de servicios públicos la apelación solo procede como subsidiaria de la reposición (Ley 142 de 1994 art. 159, Ley 689 de 2001 art. 20).',
    });
    return null;
  }
  if (timely === null) return null;
  const due = spd ? spdRecursoDue(cal, timely, policies) : cpacaRecursoDue(cal, timely);
  // The decision counts when notified (CPACA art. 86 "sin que se haya notificado decisión"; for
  // public utilities, under policy silenceCountsNotification); without a notification, its date. An
  // apelación filed alone is decided by the superior (`decision_apelacion`, else `decision_recurso`).
  const direct = chain.kind === 'apelacion' ? appealDecision(chain) : null;
  const decided = direct === null ? chain.decidedOn : direct.decided;
  const notified = direct === null ? chain.decisionNotifiedOn : direct.notified;
  const known =
    decided === null
      ? null
      : notified !== null && (!spd || policies.silenceCountsNotification)
        ? notified
        : decided;
  const missed = known === null ? now > due : known > due;
  if (missed) {
    if (spd) c.consequences.push(spdRecursoSilence(due));
    else for (const q of cpacaRecursoSilence(due)) c.consequences.push(q);
  }
  // A recognised silencio positivo resolved the recurso in the user's favour (Ley 142 art. 158).
  const recognised = spd && missed && (chain.sapRecognizedOn ?? 0) > due;
  if (decided !== null || recognised) return due;
  if (now > due) {
    c.alerts.push({
      code: 'RECURSO_VENCIDO',
      severity: 'critica',
      message: spd
        ? `Venció el ${fmt(due)} el término para decidir el recurso (15 días hábiles, Ley 142 de 1994 art. 158): operó el silencio administrativo positivo.`
        : `Venció el ${fmt(due)} el término para decidir el recurso (2 meses, CPACA art. 86): se entiende negado y la demora es falta disciplinaria gravísima.`,
    });
  } else {
    const left = cal.businessDaysBetweenNumbers(now, due);
    if (left <= 5) {
      c.alerts.push({
        code: 'RECURSO_POR_VENCER',
        severity: 'advertencia',
        message: `El recurso debe decidirse a más tardar el ${fmt(due)} (${left} días hábiles).`,
      });
    }
  }
  return due;
}

/**
 * Ley 142 art. 159: the expediente of the subsidiary apelación goes to the Superintendencia when the
 * reposición did not grant the claim; its alert while not sent. Returns the due date (policy
 * `spdAppealForwarding`), `null` when none applies.
 */
function forwarding(c: Ctx): number | null {
  const { chain, cal, now } = c;
  const decided = chain.decidedOn;
  if (!c.spd || c.timely === null || decided === null || !mustForward(chain.kind, chain.result)) return null;
  const due = forwardingDue(cal, decided, c.input.policies);
  if (chain.sentToSspdOn !== null) return due;
  const late = due !== null && now > due;
  const superintendencia = 'a la Superintendencia de Servicios Públicos Domiciliarios';
  c.alerts.push({
    code: late ? 'ENVIO_SSPD_VENCIDO' : 'ENVIO_SSPD_PENDIENTE',
    severity: late ? 'critica' : 'advertencia',
    message: late
      ? `La reposición se decidió el ${fmt(decided)} sin conceder lo pedido y el expediente de la apelación no se ha enviado ${superintendencia} (debía enviarse a más tardar el ${fmt(due as number)}; Ley 142 de 1994 art. 159, política spdAppealForwarding).`
      : `La reposición se decidió el ${fmt(decided)} sin conceder lo pedido: el expediente de la apelación debe enviarse ${superintendencia} (Ley 142 de 1994 art. 159)${due === null ? '' : ` a más tardar el ${fmt(due)}`}.`,
  });
  return due;
}

/**
 * CPACA arts. 74 num. 2 and 86: the subsidiary apelación after a reposición that did not grant the
 * claim is decided by the Superintendencia (Ley 142 art. 159) or the inmediato superior within two
 * months of the filing of the recursos; after them it is taken as denied (silencio negativo) and the
 * delay is a falta disciplinaria gravísima. Its alert while undecided. Returns the due date, `null`
 * when no subsidiary apelación awaits (an apelación filed alone has the term of the recurso).
 */
function appealTerm(c: Ctx): number | null {
  const { chain, timely, now } = c;
  const granted = chain.result !== 'confirma' && chain.result !== 'modifica';
  if (timely === null || chain.kind !== 'reposicion_y_apelacion' || granted) return null;
  const due = cpacaRecursoDue(c.cal, timely);
  const d = appealDecision(chain);
  const known = d === null ? null : (d.notified ?? d.decided);
  if (known === null ? now > due : known > due) {
    const already = c.consequences.some((q) => q.type === 'silencio_administrativo_negativo');
    if (!already) for (const q of cpacaRecursoSilence(due)) c.consequences.push(q);
  }
  if (d === null && now > due) {
    c.alerts.push({
      code: 'APELACION_VENCIDA',
      severity: 'critica',
      message: `Venció el ${fmt(due)} el término para que ${appealDecider(c.spd)} decida la apelación (2 meses, CPACA art. 86): se entiende negada.`,
    });
  }
  return due;
}

/**
 * CPACA art. 74 num. 3: the queja, 5 días after the notification of the decision that rejected the
 * apelación (else of the request's decision). Returns whether a queja in time is pending.
 */
function queja(c: Ctx): boolean {
  const filed = c.chain.quejaOn;
  if (filed === null) return false;
  const base = c.chain.decisionNotifiedOn ?? c.input.notified;
  const end = base === null ? null : c.cal.addBusinessDaysNumber(base, QUEJA_DAYS);
  if (recursoOnTime(filed, end)) return true;
  const cited = `${CPACA_ART_74.norma} ${CPACA_ART_74.articulo}`;
  c.alerts.push(lateAlert(lateRecursoMessage(filed, end as number, QUEJA_DAYS, cited)));
  return false;
}

/** Where the decision stands (see {@link LIFECYCLE_STAGES}). */
function stageOf(c: Ctx, firm: boolean, quejaPending: boolean): LifecycleStage {
  if (firm) return 'firme';
  if (quejaPending) return 'recurso_interpuesto';
  const { chain, timely } = c;
  if (timely === null) return c.input.notified === null ? 'decidida' : 'notificada';
  const appeal = chain.kind === 'apelacion' || chain.kind === 'reposicion_y_apelacion';
  if (appeal && chain.appealDecidedOn !== null) return 'apelacion_decidida';
  if (chain.sentToSspdOn !== null) return 'apelacion_enviada';
  const sapRecognised = c.spd && c.consequences.length > 0 && chain.sapRecognizedOn !== null;
  return chain.decidedOn !== null || sapRecognised ? 'reposicion_decidida' : 'recurso_interpuesto';
}
