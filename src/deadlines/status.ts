/**
 * The state of a request as of a date: state, semáforo, consequences and alerts.
 *
 * @module
 */

import { addCalendarDays, fromDayNumber, type IsoDate, toCivilDate, toDayNumber } from '../calendar/index.js';
import {
  type PqrsdRequest,
  PRIORITY_FLAGS,
  type PriorityFlag,
  type RequestState,
  type Semaforo,
} from '../domain.js';
import { attempt, PqrsdError, type Result } from '../errors.js';
import { CPACA_DESISTIMIENTO_TACITO } from '../rules/ley-1755-2015.js';
import { show } from '../show.js';
import { computeCore, prepare } from './compute.js';
import type { Deadline } from './deadline.js';
import { addMonthsNumber } from './months.js';
import { type NormalizedEvent, normalizeEvents } from './normalize-events.js';
import { recursoConductDay } from './notificacion/cpaca-72-conducta-concluyente.js';
import { notificationStatus } from './notificacion/status.js';
import { isNotifiedSilence } from './policies.js';
import { sapRecognition } from './recursos/decreto-2150-art-123-sap.js';
import { recursoStatus } from './recursos/status.js';
import type { ComputeOptions, LegalConsequence, RequestStatus, StatusAlert } from './types.js';

// The last bare cut-off date read and its day number: a batch asks for every record's status as of
// the same date (the string is compared, so the result is the same as parsing it again). Day 0
// (1970) is outside the supported range: "nothing read yet".
let lastAsOf = '';
let lastAsOfDay = 0;

function readAsOf(asOf: unknown): number {
  if (lastAsOfDay !== 0 && asOf === lastAsOf) return lastAsOfDay;
  // A bare civil date is what toCivilDate validates and returns as is: parse it once.
  if (typeof asOf === 'string' && asOf.length === 10) {
    const day = toDayNumber(asOf);
    lastAsOf = asOf;
    lastAsOfDay = day;
    return day;
  }
  if (typeof asOf === 'string' || asOf instanceof Date) return toDayNumber(toCivilDate(asOf));
  throw new PqrsdError(
    'INVALID_ARGUMENT',
    `«asOf» debe ser una fecha AAAA-MM-DD o un instante: «${show(asOf)}».`,
    {
      value: asOf,
    },
  );
}

const NO_EVENTS: readonly NormalizedEvent[] = [];

function readPriority(priority: unknown): readonly PriorityFlag[] {
  if (priority === undefined) return [];
  if (!Array.isArray(priority)) {
    throw new PqrsdError('INVALID_ARGUMENT', `«priority» debe ser una lista: «${show(priority)}».`, {
      value: priority,
    });
  }
  for (const p of priority) {
    if (!(PRIORITY_FLAGS as readonly unknown[]).includes(p)) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `Condición de prioridad desconocida: «${show(p)}». Valores válidos: ${PRIORITY_FLAGS.join(', ')}.`,
        { value: p },
      );
    }
  }
  return Object.freeze([...priority]) as readonly PriorityFlag[];
}

/**
 * The state of a request as of `asOf` (a civil date, or an instant read in Bogotá). Only the events
 * dated on or before `asOf` are taken into account (a suspension, by its start), so the status is
 * what was known that day; `deadline` is that computation.
 *
 * States: `sin_termino` (no legal term), `desistida` (art. 18 express, or art. 17 tacit when the
 * petitioner's term lapsed), `trasladada` (art. 21), `respondida_a_tiempo` (answer ≤ due date) /
 * `respondida_extemporanea`, `en_requerimiento` (term suspended awaiting the petitioner), `vencida`
 * (asOf after the due date), `por_vencer` (semáforo amarillo or rojo), `en_termino`.
 * Throws `INVALID_ARGUMENT` when `asOf` is before the receipt, plus the errors of {@link computeDeadline}.
 *
 * @example
 * ```ts
 * import { requestStatus } from 'pqrsd';
 * const s = requestStatus({ type: 'peticion', receivedAt: '2026-11-27' }, '2026-12-22');
 * s.state; //=> 'vencida'
 * s.consequences.map((c) => c.type); //=> ['falta_disciplinaria']
 * ```
 */
export function requestStatus(
  request: PqrsdRequest,
  asOf: IsoDate | string | Date,
  options?: ComputeOptions,
): RequestStatus {
  const status = statusOrEarlyCutOff(request, asOf, options);
  if ('message' in status) {
    throw new PqrsdError('INVALID_ARGUMENT', status.message, { asOf, receivedAt: request.receivedAt });
  }
  return status;
}

/** A cut-off date before the receipt: the message {@link requestStatus} would throw. @internal */
export interface EarlyCutOff {
  readonly message: string;
}

/**
 * {@link requestStatus} that returns, instead of throwing, the `INVALID_ARGUMENT` message of a cut-off
 * date before the receipt (the audit of a registry meets it on every row received after the cut-off;
 * building and throwing an error for each costs more than the status itself). Every other error is
 * thrown as by {@link requestStatus}.
 * @internal
 */
export function statusOrEarlyCutOff(
  request: PqrsdRequest,
  asOf: IsoDate | string | Date,
  options?: ComputeOptions,
): RequestStatus | EarlyCutOff {
  const p = prepare(request, options);
  const now = readAsOf(asOf);
  if (now < p.receipt.civil) {
    return {
      message: `La fecha de corte «${fromDayNumber(now)}» es anterior a la recepción («${fromDayNumber(p.receipt.civil)}»).`,
    };
  }
  const priority = readPriority(request.priority);
  const d = computeCore(p, request.regime, eventsUntil(request.events, p.receipt.civil, now));
  return statusOf(d, now, priority);
}

/** The validated events dated on or before `now` (they come sorted by date). */
function eventsUntil(raw: unknown, civilReceived: number, now: number): readonly NormalizedEvent[] {
  if (raw === undefined) return NO_EVENTS;
  const events = normalizeEvents(raw, civilReceived);
  const n = events.length;
  return n === 0 || (events[n - 1] as NormalizedEvent).date <= now
    ? events
    : events.filter((e) => e.date <= now);
}

function statusOf(d: Deadline, now: number, priority: readonly PriorityFlag[]): RequestStatus {
  const cal = d.calendar;
  const tc = d.termCalendar;
  const days = d.days;
  const received = d.receivedDay;
  const termStart = days.termStart;
  const due = days.due;
  const req = d.requirement;
  let closureKind = d.closure?.kind ?? null;
  let closureDate = days.closure;
  const lapse = days.lapsesOn;
  const pendingReq = req?.valid && req.answeredOn === null && closureKind === null;
  if (pendingReq && now > (lapse as number)) {
    closureKind = 'desistimiento_tacito';
    closureDate = (lapse as number) + 1;
  }
  const answered = closureKind === 'respuesta' ? (closureDate as number) : null;
  const enRequerimiento = pendingReq && closureKind === null;
  // The day the decision became known: its notificación when one is recorded after the response
  // (CPACA art. 83 "sin que se haya notificado decisión"), else the response itself.
  const notified = answered === null || d.notifiedOn === null ? null : toDayNumber(d.notifiedOn);
  const decided = notified !== null && notified > (answered as number) ? notified : answered;

  let state: RequestState;
  let semaforo: Semaforo | null = null;
  let remaining: number | null = null;
  if (closureKind === 'desistimiento' || closureKind === 'desistimiento_tacito') state = 'desistida';
  else if (closureKind === 'traslado') state = 'trasladada';
  else if (due === null) state = 'sin_termino';
  else if (answered !== null) state = answered <= due ? 'respondida_a_tiempo' : 'respondida_extemporanea';
  else {
    remaining = tc.between(now, due);
    const length = d.termBusinessDays as number;
    semaforo =
      now >= due || remaining <= 0
        ? 'rojo'
        : remaining <= length * d.policies.semaforo.amarilloFraction
          ? 'amarillo'
          : 'verde';
    state = enRequerimiento
      ? 'en_requerimiento'
      : now > due
        ? 'vencida'
        : semaforo === 'verde'
          ? 'en_termino'
          : 'por_vencer';
  }

  const end = closureDate !== null && closureDate < now ? closureDate : now;
  const elapsed = Math.max(0, tc.between(termStart, end));
  const answeredOn =
    closureKind === 'respuesta' || closureKind === 'traslado' || closureKind === 'desistimiento'
      ? (d.closure?.date as IsoDate)
      : null;
  const onTime =
    state === 'respondida_a_tiempo'
      ? true
      : state === 'respondida_extemporanea'
        ? false
        : state === 'trasladada'
          ? (d.traslado?.onTime ?? null)
          : null;
  const responseBusinessDays =
    answeredOn === null ? null : Math.max(0, cal.businessDaysBetweenNumbers(received, closureDate as number));

  // Consequences as of `now`.
  const consequences: LegalConsequence[] = [];
  if (closureKind === 'desistimiento_tacito' && req !== null) {
    consequences.push({
      type: 'desistimiento_tacito',
      since: fromDayNumber(closureDate as number),
      description: `${CPACA_DESISTIMIENTO_TACITO.description} El plazo del peticionario venció el ${req.lapsesOn}.`,
      citation: d.rule.requirement?.citation ?? CPACA_DESISTIMIENTO_TACITO.citation,
    });
  }
  const open = closureKind === null && !enRequerimiento;
  if (due !== null && (open || closureKind === 'respuesta')) {
    const missed = answered === null ? now > due : answered > due;
    // Silencio positivo and documents deemed accepted: a timely response notified late still lets
    // them operate, unless the policy counts the response date (silenceCountsNotification).
    const known = d.policies.silenceCountsNotification ? decided : answered;
    const silent = known === null ? now > due : known > due;
    for (const q of d.rule.consequences) {
      if (q.trigger.kind === 'vencimiento') {
        if (!(isNotifiedSilence(q.type) ? silent : missed)) continue;
        // Literals, not spreads (a runtime call per consequence of a big audit); same key order.
        const since = fromDayNumber(due + 1);
        const follow = q.followUp;
        if (follow === undefined) {
          consequences.push({ type: q.type, since, description: q.description, citation: q.citation });
        } else if (follow.unit === 'horas') {
          const deadline = addCalendarDays(d.dueDate as string, Math.ceil(follow.amount / 24));
          consequences.push({
            type: q.type,
            since,
            description: q.description,
            citation: q.citation,
            deadline,
            recognitionDeadline: deadline,
          });
        } else {
          const deadline = fromDayNumber(cal.addBusinessDaysNumber(due, follow.amount));
          consequences.push({
            type: q.type,
            since,
            description: q.description,
            citation: q.citation,
            deadline,
            copiesDueDate: deadline,
          });
        }
      } else if (q.trigger.kind === 'meses_desde_recibo') {
        const since = addMonthsNumber(cal, received, q.trigger.months) + 1;
        if (now >= since && (decided === null || decided >= since)) {
          consequences.push({
            type: q.type,
            since: fromDayNumber(since),
            description: q.description,
            citation: q.citation,
          });
        }
      }
    }
  }

  // The recursos against the decision, their silencio and the stage (recursos/status.ts). A recurso
  // filed before any notification took effect notifies the decision by conducta concluyente (CPACA
  // art. 72): the recursos part counts from that day, as the notification part shows it.
  const conduct = answered === null ? null : recursoConductDay(answered, notified, d.recursos?.filed ?? null);
  const rec = recursoStatus({
    chain: d.recursos,
    regime: d.regime,
    policies: d.policies,
    calendar: cal,
    answered,
    notified: conduct ?? notified,
    now,
  });
  for (const q of rec.consequences) consequences.push(q);

  // Alerts.
  const alerts: StatusAlert[] = [];
  if (state === 'vencida') {
    alerts.push({
      code: 'VENCIDA',
      severity: 'critica',
      message: `Término vencido el ${d.dueDate} sin respuesta (${-(remaining as number)} días hábiles de retraso).`,
    });
  } else if (state === 'por_vencer' && semaforo === 'rojo') {
    alerts.push({
      code: 'VENCE_HOY',
      severity: 'critica',
      message: `El término vence hoy (${d.dueDate}) a la medianoche.`,
    });
  } else if (state === 'por_vencer') {
    alerts.push({
      code: 'POR_VENCER',
      severity: 'advertencia',
      message: `Quedan ${remaining} días hábiles; vence el ${d.dueDate}.`,
    });
  }
  if (enRequerimiento && lapse !== null) {
    const left = cal.businessDaysBetweenNumbers(now, lapse);
    if (left <= 5) {
      alerts.push({
        code: 'REQUERIMIENTO_POR_VENCER',
        severity: 'advertencia',
        message: `El plazo del peticionario para completar la solicitud vence el ${req?.lapsesOn} (${left} días hábiles); después opera el desistimiento tácito.`,
      });
    }
  }
  if (priority.length > 0 && closureKind === null) {
    alerts.push({
      code: 'PRIORIDAD_SIN_RESPUESTA',
      severity: 'advertencia',
      message: `Atención prioritaria (${priority.join(', ')}; CPACA art. 5 num. 6 y art. 20) sin respuesta.`,
    });
  }
  const recognized = d.recursos?.sapRecognizedOn ?? null;
  for (let i = 0; i < consequences.length; i++) {
    const q = consequences[i] as LegalConsequence;
    if (q.type === 'silencio_administrativo_positivo' && q.recognitionDeadline !== undefined) {
      // Decreto 2150 art. 123: a recognition (reconocimiento_sap) stops the alert.
      const r = sapRecognition(q, recognized, now);
      consequences[i] = r.consequence;
      if (r.alert !== null) alerts.push(r.alert);
    }
    if (q.type === 'aceptacion_documentos' && answered === null && q.copiesDueDate !== undefined) {
      alerts.push({
        code: 'COPIAS_PENDIENTES',
        severity: 'critica',
        message: `La solicitud se entiende aceptada: las copias deben entregarse a más tardar el ${q.copiesDueDate} (CPACA art. 14 num. 1).`,
      });
    }
  }

  // The notification of the answer (notificacion/status.ts).
  const notif = notificationStatus({
    chain: d.notification,
    policies: d.policies,
    calendar: cal,
    answered,
    notified,
    recursoFiled: d.recursos?.filed ?? null,
    now,
  });
  for (const a of notif.alerts) alerts.push(a);

  return {
    // The cut-off date as read (a strict AAAA-MM-DD is its own canonical text): one string for a batch.
    asOf: now === lastAsOfDay ? (lastAsOf as IsoDate) : fromDayNumber(now),
    state,
    semaforo,
    deadline: d,
    dueDate: d.dueDate,
    elapsedBusinessDays: elapsed,
    remainingBusinessDays: remaining,
    answeredOn,
    onTime,
    responseBusinessDays,
    consequences,
    alerts: rec.alerts.length === 0 ? alerts : [...alerts, ...rec.alerts],
    priority,
    notification: notif.part,
    stage: rec.stage,
    recurso: rec.part,
  };
}

/**
 * {@link requestStatus} that never throws a {@link PqrsdError}: returns a `Result`.
 *
 * @example
 * ```ts
 * import { safeRequestStatus } from 'pqrsd';
 * const r = safeRequestStatus({ type: 'peticion', receivedAt: '2026-11-27' }, '2026-11-01');
 * if (!r.ok) r.error.code; //=> 'INVALID_ARGUMENT'
 * ```
 */
export function safeRequestStatus(
  request: PqrsdRequest,
  asOf: IsoDate | string | Date,
  options?: ComputeOptions,
): Result<RequestStatus> {
  return attempt(() => requestStatus(request, asOf, options));
}
