/**
 * The recursos part of {@link requestStatus}: the window from the notification, the late recurso
 * (CPACA art. 78), the term to decide it and its silencio (Ley 142 art. 158 / CPACA art. 86), the
 * sending of the apelación to the Superintendencia (Ley 142 art. 159), firmness (CPACA art. 87) and
 * the stage of the decision.
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
import { DECRETO_2150_ART_123 } from './citations.js';
import { CPACA_ART_74, QUEJA_DAYS } from './cpaca-74-queja.js';
import { lateRecursoMessage, recursoOnTime } from './cpaca-78-rechazo.js';
import { CPACA_ART_86, cpacaRecursoDue } from './cpaca-86-silencio-recursos.js';
import { firmSince } from './cpaca-87-firmeza.js';
import { sapRecognitionDeadline } from './decreto-2150-art-123-sap.js';
import { LEY_142_ART_158, spdReposicionDue } from './ley-142-art-158-reposicion.js';
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
  readonly consequences: LegalConsequence[];
  readonly alerts: StatusAlert[];
}

const day = (n: number | null): ReturnType<typeof fmt> | null => (n === null ? null : fmt(n));

const NOTHING: RecursoOutcome = Object.freeze({ part: null, stage: null, consequences: [], alerts: [] });

/** The recursos part of the status as of `now`. @internal */
export function recursoStatus(input: RecursoInput): RecursoOutcome {
  const { chain, answered, notified, now, calendar: cal, policies, regime } = input;
  const alerts: StatusAlert[] = [];
  if (answered === null) {
    if (chain !== null && chain.filed !== null) {
      alerts.push({
        code: 'RECURSO_SIN_DECISION_PREVIA',
        severity: 'advertencia',
        message: `Hay un recurso del ${fmt(chain.filed)} pero la solicitud no tiene respuesta registrada: no hay decisión que recurrir.`,
      });
      return { ...NOTHING, alerts };
    }
    return NOTHING;
  }
  const spd = regime === 'servicios_publicos';
  const filed = chain?.filed ?? null;
  const kind = chain?.kind ?? null;
  const w = recursoWindow(kind, regime, policies);
  const end = notified === null ? null : windowEnd(cal, notified, w);
  const onTime = filed === null ? null : recursoOnTime(filed, end);
  if (onTime === false) {
    alerts.push({
      code: 'RECURSO_EXTEMPORANEO',
      severity: 'advertencia',
      message: lateRecursoMessage(
        filed as number,
        end as number,
        w.days,
        `${w.citation.norma} ${w.citation.articulo}`,
      ),
    });
  }
  const timely = onTime === true ? (filed as number) : null;
  const decided = chain?.decidedOn ?? null;
  const result = chain?.result ?? null;
  const decisionNotified = chain?.decisionNotifiedOn ?? null;
  const consequences: LegalConsequence[] = [];

  // The term to decide a recurso in time, and its silencio.
  let due: number | null = null;
  const apelacionAlone = spd && kind === 'apelacion';
  if (apelacionAlone) {
    alerts.push({
      code: 'APELACION_SIN_REPOSICION',
      severity: 'advertencia',
      message:
        'Ante una empresa de servicios públicos la apelación solo procede como subsidiaria de la reposición (Ley 142 de 1994 art. 159, Ley 689 de 2001 art. 20).',
    });
  }
  if (timely !== null && kind !== 'queja' && !apelacionAlone) {
    due = spd ? spdReposicionDue(cal, timely, policies) : cpacaRecursoDue(cal, timely);
    // The decision counts when notified (CPACA art. 86 "sin que se haya notificado decisión"; for
    // public utilities, under policy silenceCountsNotification); without a notification, its date.
    const known =
      decided === null
        ? null
        : decisionNotified !== null && (!spd || policies.silenceCountsNotification)
          ? decisionNotified
          : decided;
    const missed = known === null ? now > due : known > due;
    if (missed) consequences.push(...silenceOf(spd, due));
    // A recognised silencio positivo resolved the recurso in the user's favour (Ley 142 art. 158).
    const recognisedSap = spd && missed && (chain?.sapRecognizedOn ?? 0) > due;
    if (decided === null && !recognisedSap) {
      if (now > due) {
        alerts.push({
          code: 'RECURSO_VENCIDO',
          severity: 'critica',
          message: spd
            ? `Venció el ${fmt(due)} el término para decidir el recurso (15 días hábiles, Ley 142 de 1994 art. 158): operó el silencio administrativo positivo.`
            : `Venció el ${fmt(due)} el término para decidir el recurso (2 meses, CPACA art. 86): se entiende negado y la demora es falta disciplinaria gravísima.`,
        });
      } else {
        const left = cal.businessDaysBetweenNumbers(now, due);
        if (left <= 5) {
          alerts.push({
            code: 'RECURSO_POR_VENCER',
            severity: 'advertencia',
            message: `El recurso debe decidirse a más tardar el ${fmt(due)} (${left} días hábiles).`,
          });
        }
      }
    }
  }

  // Ley 142 art. 159: the expediente of the subsidiary apelación goes to the Superintendencia.
  const sent = chain?.sentToSspdOn ?? null;
  let fwdDue: number | null = null;
  if (spd && timely !== null && decided !== null && mustForward(kind, result)) {
    fwdDue = forwardingDue(cal, decided, policies);
    if (sent === null) {
      const late = fwdDue !== null && now > fwdDue;
      alerts.push({
        code: late ? 'ENVIO_SSPD_VENCIDO' : 'ENVIO_SSPD_PENDIENTE',
        severity: late ? 'critica' : 'advertencia',
        message: late
          ? `La reposición se decidió el ${fmt(decided)} sin conceder lo pedido y el expediente de la apelación no se ha enviado a la Superintendencia de Servicios Públicos Domiciliarios (debía enviarse a más tardar el ${fmt(fwdDue as number)}; Ley 142 de 1994 art. 159, política spdAppealForwarding).`
          : `La reposición se decidió el ${fmt(decided)} sin conceder lo pedido: el expediente de la apelación debe enviarse a la Superintendencia de Servicios Públicos Domiciliarios (Ley 142 de 1994 art. 159)${fwdDue === null ? '' : ` a más tardar el ${fmt(fwdDue)}`}.`,
      });
    }
  }

  // CPACA art. 74 num. 3: the queja, 5 días after the notification of the decision that rejected the
  // apelación (else of the request's decision).
  const queja = chain?.quejaOn ?? null;
  let quejaPending = false;
  if (queja !== null) {
    const base = decisionNotified ?? notified;
    const qEnd = base === null ? null : cal.addBusinessDaysNumber(base, QUEJA_DAYS);
    if (recursoOnTime(queja, qEnd)) quejaPending = true;
    else {
      alerts.push({
        code: 'RECURSO_EXTEMPORANEO',
        severity: 'advertencia',
        message: lateRecursoMessage(
          queja,
          qEnd as number,
          QUEJA_DAYS,
          `${CPACA_ART_74.norma} ${CPACA_ART_74.articulo}`,
        ),
      });
    }
  }

  const firm = firmSince({
    windowEnd: end,
    timelyFiled: timely,
    kind,
    result,
    decisionNotifiedOn: decisionNotified,
    renouncedOn: chain?.renouncedOn ?? null,
  });
  const firmNow = firm !== null && firm <= now && !quejaPending ? firm : null;
  const sapDecided = consequences.length > 0 && (chain?.sapRecognizedOn ?? null) !== null;
  const stage: LifecycleStage =
    firmNow !== null
      ? 'firme'
      : quejaPending
        ? 'recurso_interpuesto'
        : timely !== null && sent !== null
          ? 'apelacion_enviada'
          : timely !== null && (decided !== null || (spd && sapDecided))
            ? 'reposicion_decidida'
            : timely !== null
              ? 'recurso_interpuesto'
              : notified !== null
                ? 'notificada'
                : 'decidida';
  return {
    part: {
      notifiedOn: day(notified),
      windowDays: w.days,
      windowCitation: w.citation,
      windowEnd: day(end),
      filedOn: day(filed),
      kind,
      onTime,
      decisionDueDate: day(due),
      decidedOn: day(decided),
      result,
      decisionNotifiedOn: day(decisionNotified),
      forwardingDueDate: day(fwdDue),
      sentToSspdOn: day(sent),
      firmSince: day(firmNow),
    },
    stage,
    consequences,
    alerts,
  };
}

/** The silencio of a recurso not decided in time. */
function silenceOf(spd: boolean, due: number): LegalConsequence[] {
  const since = fmt(due + 1);
  if (spd) {
    const deadline = fmt(sapRecognitionDeadline(due));
    return [
      {
        type: 'silencio_administrativo_positivo',
        since,
        description:
          'Vencidos los 15 días hábiles sin decisión del recurso, se entiende resuelto a favor del usuario (Ley 142 de 1994 art. 158); la empresa debe reconocer los efectos dentro de las 72 horas siguientes (Decreto 2150 de 1995 art. 123).',
        citation: LEY_142_ART_158,
        deadline,
        recognitionDeadline: deadline,
      },
    ];
  }
  return [
    {
      type: 'silencio_administrativo_negativo',
      since,
      description:
        'Transcurridos dos meses desde la interposición del recurso sin decisión notificada, se entiende negado (CPACA art. 86).',
      citation: CPACA_ART_86,
    },
    {
      type: 'falta_disciplinaria',
      since,
      description:
        'La no resolución oportuna de los recursos constituye falta disciplinaria gravísima (CPACA art. 86).',
      citation: CPACA_ART_86,
    },
  ];
}

/** SAP recognition (Decreto 2150 art. 123): the consequence with its recognition, and its alert. @internal */
export function sapRecognition(
  c: LegalConsequence,
  recognized: number | null,
  now: number,
): { consequence: LegalConsequence; alert: StatusAlert | null } {
  const deadline = c.recognitionDeadline as ReturnType<typeof fmt>;
  const since = c.since;
  if (recognized !== null && fmt(recognized) >= since) {
    const on = fmt(recognized);
    return {
      consequence: { ...c, recognizedOn: on },
      alert:
        on <= deadline
          ? null
          : {
              code: 'SAP_RECONOCIMIENTO_TARDIO',
              severity: 'advertencia',
              message: `El silencio administrativo positivo se reconoció el ${on}, después del plazo de 72 horas (${deadline}; ${DECRETO_2150_ART_123.norma} ${DECRETO_2150_ART_123.articulo}).`,
            },
    };
  }
  const pending = fmt(now) <= deadline;
  return {
    consequence: c,
    alert: {
      code: pending ? 'SAP_RECONOCIMIENTO_PENDIENTE' : 'SAP_RECONOCIMIENTO_VENCIDO',
      severity: 'critica',
      message: pending
        ? `Operó el silencio administrativo positivo: la empresa debe reconocer sus efectos a más tardar el ${deadline} (72 horas, Decreto 2150 de 1995 art. 123).`
        : `Venció el ${deadline} el plazo de 72 horas para reconocer el silencio positivo: el usuario puede acudir a la Superintendencia de Servicios Públicos Domiciliarios.`,
    },
  };
}
