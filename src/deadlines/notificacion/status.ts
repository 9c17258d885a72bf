/**
 * The notification part of a request's status as of a date, and its alerts: the answer not yet
 * notified (with the citación's deadline, CPACA art. 68), the citación overdue, the aviso due (CPACA
 * art. 69: nobody appeared within 5 días hábiles of the citación) and the day an aviso takes effect.
 * The alerts apply when the registry tracks the notification (policy `notificationTracking`): a
 * request without notification-chain events is not «sin notificar» by default.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import { fromDayNumber } from '../../calendar/index.js';
import type { NotificationVia } from '../../domain.js';
import type { Policies } from '../policies.js';
import type { NotificationState, NotificationStatus, StatusAlert } from '../types.js';
import type { NotificationChain } from './chain.js';
import { citationDueDay } from './cpaca-68-citacion.js';
import { appearanceEndDay } from './cpaca-69-aviso.js';
import { recursoConductDay } from './cpaca-72-conducta-concluyente.js';

/** What {@link notificationStatus} reads. @internal */
export interface NotificationInput {
  readonly chain: NotificationChain | null;
  readonly policies: Policies;
  readonly calendar: BusinessCalendar;
  /** The day of the answer (the decision), or `null`. */
  readonly answered: number | null;
  /** The day the notification took effect, if recorded. */
  readonly notified: number | null;
  /** The recurso filed against the decision, if any (CPACA art. 72: it notifies by conduct). */
  readonly recursoFiled: number | null;
  readonly now: number;
}

/** The part and its alerts. @internal */
export interface NotificationResult {
  readonly part: NotificationStatus | null;
  readonly alerts: readonly StatusAlert[];
}

const NONE: NotificationResult = { part: null, alerts: [] };

function stateOf(
  c: NotificationChain | null,
  notified: number | null,
  via: NotificationVia | null,
  now: number,
): NotificationState {
  // An aviso takes effect at the end of its day (art. 69): on that day it is still under way.
  if (notified !== null && notified < now) return 'surtida';
  if (notified !== null && notified === now) return via === 'aviso' ? 'en_aviso' : 'surtida';
  if (c?.avisoOn != null) return 'en_aviso';
  if (c?.citedOn != null) return 'citada';
  return 'pendiente';
}

function alertsOf(
  i: NotificationInput,
  state: NotificationState,
  decided: number,
  citationDue: number,
  appearanceEnd: number | null,
): StatusAlert[] {
  const { now, notified, calendar: cal } = i;
  const day = fromDayNumber;
  if (state === 'pendiente') {
    if (now <= citationDue) {
      return [
        {
          code: 'NOTIFICACION_PENDIENTE',
          severity: 'advertencia',
          message: `La respuesta del ${day(decided)} no se ha notificado: la citación para notificación personal debe enviarse a más tardar el ${day(citationDue)} (CPACA art. 68).`,
        },
      ];
    }
    return [
      {
        code: 'CITACION_VENCIDA',
        severity: 'critica',
        message: `La respuesta del ${day(decided)} no se ha notificado y venció el ${day(citationDue)} el plazo de 5 días hábiles para enviar la citación (CPACA art. 68; ${cal.businessDaysBetweenNumbers(citationDue, now)} días hábiles de retraso).`,
      },
    ];
  }
  if (state === 'citada' && appearanceEnd !== null && now > appearanceEnd) {
    return [
      {
        code: 'AVISO_PENDIENTE',
        severity: 'critica',
        message: `Pasaron los 5 días hábiles de la citación (hasta el ${day(appearanceEnd)}) sin notificación personal: la respuesta debe notificarse por aviso (CPACA art. 69).`,
      },
    ];
  }
  if (state === 'en_aviso' && notified === now) {
    return [
      {
        code: 'NOTIFICACION_SURTE_HOY',
        severity: 'info',
        message: `La notificación por aviso se considera surtida al finalizar hoy, ${day(now)} (CPACA art. 69); el término de los recursos corre desde mañana.`,
      },
    ];
  }
  return [];
}

/** The notification part of the status, or `null` when the request is not answered. @internal */
export function notificationStatus(i: NotificationInput): NotificationResult {
  const decided = i.answered;
  if (decided === null) return NONE;
  const c = i.chain;
  const cal = i.calendar;
  const tracked = c !== null || i.policies.notificationTracking === 'siempre';
  const citationDue = citationDueDay(cal, decided);
  const cited = c?.citedOn ?? null;
  const appearanceEnd = cited === null ? null : appearanceEndDay(cal, cited);
  // A recurso filed before any notification took effect notifies the decision (CPACA art. 72).
  const conduct = recursoConductDay(decided, i.notified, i.recursoFiled);
  const notified = conduct ?? i.notified;
  const via: NotificationVia | null = conduct !== null ? 'conducta_concluyente' : (c?.via ?? null);
  const state = stateOf(c, notified, via, i.now);
  const date = (n: number | null) => (n === null ? null : fromDayNumber(n));
  const part: NotificationStatus = {
    state,
    tracked,
    decidedOn: fromDayNumber(decided),
    citationDueDate: fromDayNumber(citationDue),
    citedOn: date(cited),
    appearanceEndDate: date(appearanceEnd),
    avisoOn: date(c?.avisoOn ?? null),
    avisoRemovedOn: date(c?.avisoRemovedOn ?? null),
    notifiedOn: date(notified),
    via,
  };
  return { part, alerts: tracked ? alertsOf(i, state, decided, citationDue, appearanceEnd) : [] };
}
