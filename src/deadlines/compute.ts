/**
 * The deadline engine: request + lifecycle events → due date, with warnings and a lazy trace.
 *
 * The request head is validated here; the plain path (`plain.ts`) serves requests without events or
 * with only a response, and the events path (`events/run.ts`) folds the events over one state, one
 * handler per event type, each in a module named after the article it applies.
 *
 * @module
 */

import type { BusinessCalendar } from '../calendar/index.js';
import { getNationalCalendar, toDayNumber } from '../calendar/index.js';
import {
  CHANNELS,
  type PqrsdRequest,
  REQUEST_TYPES,
  type Regime,
  type RequestType,
  VERBAL_CHANNELS,
} from '../domain.js';
import { attempt, PqrsdError, type Result } from '../errors.js';
import { getRule } from '../rules/catalogue.js';
import { EMERGENCY_FIRST_DAY } from '../rules/decreto-491-2020.js';
import { show } from '../show.js';
import type { Deadline, PriorTerm } from './deadline.js';
import { computeWithEvents } from './events/run.js';
import { fmt } from './format-day.js';
import { type NormalizedEvent, normalizeEvents } from './normalize-events.js';
import { computePlain } from './plain.js';
import { DEFAULT_POLICIES, type Policies, resolvePolicies } from './policies.js';
import { readReceipt } from './receipt.js';
import { beforeEmergency, pendingOnEmergencyStart, resolveRegime, vigenciaWarning } from './regime.js';
import type { Receipt } from './trace-context.js';
import type { ComputeOptions, DeadlineResult } from './types.js';

const NO_EVENTS: readonly NormalizedEvent[] = [];
const RULE_OPTIONS = {
  cpaca: { spdDocumentRequests: 'cpaca' },
  ley_142: { spdDocumentRequests: 'ley_142' },
} as const;

/** A validated request head. @internal */
export interface Prepared {
  readonly type: RequestType;
  readonly receipt: Receipt;
  readonly policies: Policies;
  readonly calendar: BusinessCalendar;
  /** Whether the petition was received through a verbal channel (CPACA art. 21). */
  readonly verbal: boolean;
}

// Sets of the enumerations (one hash lookup per request, not a scan of the list).
const TYPE_SET: ReadonlySet<unknown> = new Set(REQUEST_TYPES);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const VERBAL_SET: ReadonlySet<unknown> = new Set(VERBAL_CHANNELS);

/** Validates the request object and the options; reads the receipt. @internal */
export function prepare(request: PqrsdRequest, options: ComputeOptions | undefined): Prepared {
  if (typeof request !== 'object' || request === null) {
    throw new PqrsdError('INVALID_ARGUMENT', `La solicitud debe ser un objeto: «${show(request)}».`, {
      value: request,
    });
  }
  const type = request.type;
  if (!TYPE_SET.has(type)) {
    throw new PqrsdError(
      'UNKNOWN_REQUEST_TYPE',
      `Tipo de solicitud desconocido: «${show(type)}». Valores válidos: ${REQUEST_TYPES.join(', ')}.`,
      { value: type },
    );
  }
  const policies = options?.policies === undefined ? DEFAULT_POLICIES : resolvePolicies(options.policies);
  const calendar = options?.calendar ?? getNationalCalendar();
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    typeof calendar.addBusinessDaysNumber !== 'function'
  ) {
    throw new PqrsdError('INVALID_ARGUMENT', `«calendar» no es un BusinessCalendar: «${show(calendar)}».`, {
      value: calendar,
    });
  }
  const channel = request.channel;
  if (channel !== undefined && !CHANNEL_SET.has(channel)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `Canal desconocido: «${show(channel)}». Valores válidos: ${CHANNELS.join(', ')}.`,
      { value: channel },
    );
  }
  return {
    type,
    receipt: readReceipt(request.receivedAt, policies, calendar),
    policies,
    calendar,
    verbal: channel !== undefined && VERBAL_SET.has(channel),
  };
}

/**
 * The engine core. With regime `auto`, a petition received before the 2020 emergency and still in
 * course on its first day is computed again with the emergency terms (Decreto 491 art. 5, policy
 * `emergencyPendingPetitions`), when the decree has its own term for the type. @internal
 */
export function computeCore(
  prepared: Prepared,
  regimeInput: unknown,
  events: readonly NormalizedEvent[],
): Deadline {
  const received = prepared.receipt.received;
  const autoRegime = regimeInput === undefined || regimeInput === 'auto';
  const regime = resolveRegime(regimeInput, received, prepared.policies);
  const d = computeIn(prepared, regime, autoRegime, false, events);
  if (
    autoRegime &&
    beforeEmergency(received) &&
    pendingOnEmergencyStart(received, d.days.due, d.days.closure, prepared.policies) &&
    getRule('emergencia_2020', prepared.type).regime === 'emergencia_2020'
  ) {
    return computeIn(prepared, 'emergencia_2020', autoRegime, true, events);
  }
  return d;
}

/**
 * The CPACA term of a petition in course on 2020-03-28: the law in force when a prórroga was informed
 * before that day (Ley 153 de 1887 art. 40, by analogy: acts already done are judged by the law of
 * their time), so a prórroga late under the CPACA stays late under the emergency terms.
 */
const EMERGENCY_FIRST = toDayNumber(EMERGENCY_FIRST_DAY);

function priorTerm(prepared: Prepared): PriorTerm | null {
  const term = getRule('cpaca', prepared.type).term;
  if (term === null || term.unit !== 'dias_habiles') return null;
  return { until: EMERGENCY_FIRST, amount: term.amount };
}

/** The deadline of a request in a given regime (`pending`: in course on the emergency's first day). */
function computeIn(
  prepared: Prepared,
  regime: Regime,
  autoRegime: boolean,
  pending: boolean,
  events: readonly NormalizedEvent[],
): Deadline {
  const type = prepared.type;
  const receipt = prepared.receipt;
  const policies = prepared.policies;
  const cal = prepared.calendar;
  const received = receipt.received;
  const rule = getRule(regime, type, RULE_OPTIONS[policies.spdDocumentRequests]);
  const vigencia = vigenciaWarning(rule, regime, received, policies, pending);
  const term = rule.term;
  const days = term !== null && term.unit === 'dias_habiles';
  const countsReceiptDay =
    days &&
    rule.startPolicy !== undefined &&
    policies[rule.startPolicy] === true &&
    cal.isBusinessDayNumber(received);
  const termStart = countsReceiptDay ? cal.addBusinessDaysNumber(received, -1) : received;
  const receivedIso = received === receipt.civil ? receipt.civilDate : fmt(received);
  const base = {
    type,
    regime,
    rule,
    fallback: rule.regime !== regime,
    receivedCivilDate: receipt.civilDate,
    receivedDate: receivedIso,
    termStart: termStart === received ? receivedIso : fmt(termStart),
    policies,
  };

  const ctx = {
    receipt,
    countsReceiptDay,
    autoRegime,
    termStart,
    received,
    cal,
    policies,
    rule,
    vigencia,
    base,
    verbal: prepared.verbal,
    prior: pending ? priorTerm(prepared) : null,
  };
  if (events.length === 0) return computePlain(ctx, null);
  // A single response, the commonest lifecycle of all: nothing moves the term, the response closes
  // it (the same result as the events path, without its per-request state).
  const only = events.length === 1 ? (events[0] as NormalizedEvent) : null;
  if (only !== null && only.type === 'respuesta') return computePlain(ctx, only);
  return computeWithEvents(ctx, events);
}

/**
 * Computes the legal due date of a PQRSD from its type, regime, date of receipt and lifecycle events.
 *
 * - The regime `auto` (default) picks the 2020 emergency terms for a radicación in
 *   [2020-03-28, 2022-05-17] (policy `emergencyBoundary`), and for a petition still in course on
 *   2020-03-28 (policy `emergencyPendingPetitions`), else the CPACA.
 * - "Días" are business days of `options.calendar` (default the national calendar), counted from the
 *   day after receipt: `dueDate = addBusinessDays(receivedDate, term)` (Ley 4 de 1913 art. 62).
 * - Events (prórroga, requerimiento, suspensión, traslado…) are validated against the law: breaking
 *   it raises a warning, never a silent fix; a malformed event raises `INVALID_EVENT` naming its index.
 * - A receiving entity of a traslado computes with its own `receivedAt` (CPACA art. 21).
 *
 * Throws `UNKNOWN_REQUEST_TYPE`, `UNKNOWN_REGIME`, `INVALID_DATE`, `INVALID_INSTANT`,
 * `YEAR_OUT_OF_RANGE`, `INVALID_EVENT`, `INVALID_POLICY` or `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * import { computeDeadline } from 'pqrsd';
 * computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' }).dueDate; //=> '2026-12-21'
 * computeDeadline({
 *   type: 'peticion',
 *   receivedAt: '2026-11-27',
 *   events: [{ type: 'prorroga', date: '2026-12-18', businessDays: 10 }],
 * }).dueDate; //=> '2027-01-06'
 * ```
 */
export function computeDeadline(request: PqrsdRequest, options?: ComputeOptions): DeadlineResult {
  const p = prepare(request, options);
  return computeCore(
    p,
    request.regime,
    request.events === undefined ? NO_EVENTS : normalizeEvents(request.events, p.receipt.civil),
  );
}

/**
 * {@link computeDeadline} that never throws a {@link PqrsdError}: returns a `Result`.
 *
 * @example
 * ```ts
 * import { safeComputeDeadline } from 'pqrsd';
 * const r = safeComputeDeadline({ type: 'peticion', receivedAt: '2026-02-30' });
 * if (!r.ok) r.error.code; //=> 'INVALID_DATE'
 * ```
 */
export function safeComputeDeadline(request: PqrsdRequest, options?: ComputeOptions): Result<DeadlineResult> {
  return attempt(() => computeDeadline(request, options));
}
