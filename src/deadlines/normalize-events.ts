/**
 * Validation and ordering of the lifecycle events of a request.
 *
 * @internal
 * @module
 */

import { dayNumberOf } from '../calendar/day-memo.js';
import { fromDayNumber } from '../calendar/index.js';
import {
  EVENT_TYPES,
  type EventType,
  type LifecycleEvent,
  NOTIFICATION_VIAS,
  OUTCOMES,
  RECURSO_KINDS,
  RECURSO_RESULTS,
} from '../domain.js';
import { PqrsdError } from '../errors.js';
import { show } from '../show.js';

/** A validated event on day numbers. @internal */
export interface NormalizedEvent {
  readonly index: number;
  readonly event: LifecycleEvent;
  readonly type: EventType;
  /** Date of the event (`from` for a suspension). */
  readonly date: number;
  /** `to` of a suspension; `removedOn` of a published aviso (0 when absent). */
  readonly to: number;
  readonly newDue: number | null;
  readonly businessDays: number | null;
}

const EVENT_TYPE_SET: ReadonlySet<EventType> = new Set(EVENT_TYPES);

function invalidEvent(index: number, why: string, event: unknown, cause?: unknown): PqrsdError {
  return new PqrsdError('INVALID_EVENT', `Evento events[${index}] inválido: ${why}`, {
    index,
    event,
    ...(cause instanceof PqrsdError ? { cause: cause.code } : {}),
  });
}

function eventDay(index: number, field: string, value: unknown, event: unknown): number {
  try {
    return dayNumberOf(value);
  } catch (error) {
    throw invalidEvent(
      index,
      `«${field}» = «${show(value)}» no es una fecha válida AAAA-MM-DD.`,
      event,
      error,
    );
  }
}

/** Checks `via`, `published` and `removedOn` of a notification event; returns the removal day (or 0). */
function noticeFields(
  index: number,
  t: EventType,
  e: Record<string, unknown>,
  date: number,
  raw: unknown,
): number {
  if (t === 'notificacion') {
    if (e.via !== undefined && !(NOTIFICATION_VIAS as readonly unknown[]).includes(e.via)) {
      throw invalidEvent(
        index,
        `vía de notificación desconocida «${String(e.via)}» (válidas: ${NOTIFICATION_VIAS.join(', ')}).`,
        raw,
      );
    }
    return 0;
  }
  if (e.published !== undefined && typeof e.published !== 'boolean') {
    throw invalidEvent(index, `«published» = «${String(e.published)}» debe ser true o false.`, raw);
  }
  if (t !== 'aviso' || e.removedOn === undefined) return 0;
  if (e.published !== true) {
    throw invalidEvent(index, '«removedOn» es el retiro de un aviso publicado («published»: true).', raw);
  }
  const removed = eventDay(index, 'removedOn', e.removedOn, raw);
  if (removed < date) {
    throw invalidEvent(
      index,
      `el aviso se retira («${String(e.removedOn)}») antes de publicarse («${String(e.date)}»).`,
      raw,
    );
  }
  return removed;
}

/**
 * The fields of a `recurso` (its kind) and of a `decision_recurso` or `decision_apelacion` (result,
 * notification date).
 */
function checkRecurso(index: number, e: Record<string, unknown>, date: number, raw: unknown): void {
  if (e.type === 'recurso') {
    if (!(RECURSO_KINDS as readonly unknown[]).includes(e.kind)) {
      throw invalidEvent(
        index,
        `clase de recurso desconocida «${String(e.kind)}» (válidas: ${RECURSO_KINDS.join(', ')}).`,
        raw,
      );
    }
    return;
  }
  const of = e.type === 'decision_apelacion' ? 'de la apelación' : 'del recurso';
  if (e.result !== undefined && !(RECURSO_RESULTS as readonly unknown[]).includes(e.result)) {
    throw invalidEvent(
      index,
      `resultado ${of} desconocido «${String(e.result)}» (válidos: ${RECURSO_RESULTS.join(', ')}).`,
      raw,
    );
  }
  if (e.notifiedOn !== undefined && eventDay(index, 'notifiedOn', e.notifiedOn, raw) < date) {
    throw invalidEvent(
      index,
      `la decisión ${of} se notificó («${String(e.notifiedOn)}») antes de tomarse («${String(e.date)}»).`,
      raw,
    );
  }
}

/**
 * Validates and sorts the lifecycle events (by date; `from` for suspensions; stable).
 * @internal
 */
export function normalizeEvents(events: unknown, civilReceived: number): NormalizedEvent[] {
  if (events === undefined) return [];
  if (!Array.isArray(events)) {
    throw new PqrsdError('INVALID_EVENT', `«events» debe ser una lista de eventos: «${show(events)}».`, {
      value: events,
    });
  }
  const out: NormalizedEvent[] = [];
  let sorted = true;
  for (let index = 0; index < events.length; index++) {
    if (!(index in events)) continue; // holes, as forEach skips them
    const raw: unknown = events[index];
    if (typeof raw !== 'object' || raw === null) {
      throw invalidEvent(index, `«${show(raw)}» no es un objeto.`, raw);
    }
    const e = raw as Record<string, unknown>;
    const type = e.type;
    if (!EVENT_TYPE_SET.has(type as EventType)) {
      throw invalidEvent(
        index,
        `tipo desconocido «${show(type)}» (válidos: ${EVENT_TYPES.join(', ')}).`,
        raw,
      );
    }
    const t = type as EventType;
    let date: number;
    let to = 0;
    let newDue: number | null = null;
    let businessDays: number | null = null;
    if (t === 'suspension') {
      date = eventDay(index, 'from', e.from, raw);
      to = eventDay(index, 'to', e.to, raw);
      if (to < date) {
        throw invalidEvent(
          index,
          `la suspensión termina («${show(e.to)}») antes de empezar («${show(e.from)}»).`,
          raw,
        );
      }
      if (typeof e.act !== 'string' || e.act.trim() === '') {
        throw invalidEvent(
          index,
          `la suspensión debe citar el acto que la ordena («act»): «${show(e.act)}».`,
          raw,
        );
      }
      if (to < civilReceived) {
        throw invalidEvent(
          index,
          `la suspensión («${show(e.from)}» a «${show(e.to)}») es anterior a la recepción.`,
          raw,
        );
      }
    } else {
      date = eventDay(index, 'date', e.date, raw);
      if (date < civilReceived) {
        throw invalidEvent(
          index,
          `${t} fechado «${show(e.date)}», antes de la recepción («${fromDayNumber(civilReceived)}»).`,
          raw,
        );
      }
      if (t === 'prorroga') {
        const hasDate = e.newDueDate !== undefined;
        const hasDays = e.businessDays !== undefined;
        if (hasDate === hasDays) {
          throw invalidEvent(
            index,
            'una prórroga debe indicar exactamente uno de «newDueDate» o «businessDays».',
            raw,
          );
        }
        if (hasDate) newDue = eventDay(index, 'newDueDate', e.newDueDate, raw);
        else {
          const n = e.businessDays;
          if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
            throw invalidEvent(index, `«businessDays» = «${show(n)}» debe ser un entero positivo.`, raw);
          }
          businessDays = n;
        }
      } else if (t === 'notificacion' || t === 'citacion' || t === 'aviso') {
        to = noticeFields(index, t, e, date, raw);
      } else if (
        t === 'respuesta' &&
        e.outcome !== undefined &&
        !(OUTCOMES as readonly unknown[]).includes(e.outcome)
      ) {
        throw invalidEvent(
          index,
          `resultado desconocido «${show(e.outcome)}» (válidos: ${OUTCOMES.join(', ')}).`,
          raw,
        );
      } else if (t === 'recurso' || t === 'decision_recurso' || t === 'decision_apelacion') {
        checkRecurso(index, e, date, raw);
      }
    }
    if (out.length > 0 && date < (out[out.length - 1] as NormalizedEvent).date) sorted = false;
    out.push({ index, event: raw as LifecycleEvent, type: t, date, to, newDue, businessDays });
  }
  // Already in date order (the usual case): the stable sort would not move anything.
  return sorted ? out : out.sort((a, b) => a.date - b.date || a.index - b.index);
}
