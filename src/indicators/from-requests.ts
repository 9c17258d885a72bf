/**
 * Builds {@link IndicatorRecord}s from PQRSD records with the deadline engine, for callers that do
 * not already hold statuses. The engine runs once per record; the aggregator never re-runs it.
 *
 * @module
 */
import { iterableArgument, objectArgument } from '../arguments.js';
import { parseIsoDate } from '../calendar/index.js';
import type { DateInput, IsoDate } from '../calendar/types.js';
import type { ComputeOptions } from '../deadlines/index.js';
import { requestStatus } from '../deadlines/index.js';
import type { Channel, LifecycleEvent, Outcome, PqrsdRequest } from '../domain.js';
import { show } from '../show.js';
import type { IndicatorRecord } from './records.js';

/**
 * A PQRSD record as {@link toIndicatorRecord} reads it: the engine's request plus the fields the
 * indicators group by. The record of `pqrsd/schema` fits it (`response` and `satisfaction.score`
 * included).
 *
 * @example
 * ```ts
 * import type { IndicatorSource } from 'pqrsd/indicators';
 * const s: IndicatorSource = { radicado: 'R-1', type: 'peticion', receivedAt: '2026-11-03', seccional: 'Norte',
 *   channel: 'escrito', response: { date: '2026-11-20', outcome: 'a_favor' }, satisfaction: { score: 5 } };
 * ```
 */
export interface IndicatorSource extends PqrsdRequest {
  /** Filing number. */
  readonly radicado?: string | undefined;
  /** Seccional. */
  readonly seccional?: string | undefined;
  /** Dependencia. */
  readonly dependencia?: string | undefined;
  /** Reception channel. */
  readonly channel?: Channel | undefined;
  /** Person in charge. */
  readonly assignee?: string | undefined;
  /**
   * The answer, when recorded apart from the events (as in `pqrsd/schema`): it becomes a `respuesta`
   * event for the engine unless the events already carry one.
   */
  readonly response?: { readonly date: DateInput; readonly outcome?: Outcome | undefined } | undefined;
  /** Outcome, overriding the one of the answer. */
  readonly outcome?: Outcome | undefined;
  /** Satisfaction answer: a Likert number or `{ score, date? }` (a survey dated after the cut-off is ignored). */
  readonly satisfaction?:
    | number
    | { readonly score: number; readonly date?: DateInput | undefined }
    | null
    | undefined;
  /** Other grouping dimensions. */
  readonly dimensions?: Readonly<Record<string, string>> | undefined;
}

function dateOf(e: LifecycleEvent): string {
  return 'date' in e ? show(e.date) : show(e.from);
}

/**
 * Computes a record's status as of a date with the deadline engine (`requestStatus`) and keeps the
 * grouping fields. The outcome is the caller's `outcome`, else that of the latest `respuesta` on or
 * before the cut-off date; a `response` dated after the cut-off date is ignored, as the engine
 * ignores later events.
 *
 * @throws `PqrsdError` whatever `requestStatus` raises for the record (bad dates, events…).
 * @example
 * ```ts
 * import { toIndicatorRecord } from 'pqrsd/indicators';
 * const r = toIndicatorRecord({ type: 'peticion', receivedAt: '2026-11-03',
 *   response: { date: '2026-11-20', outcome: 'a_favor' } }, '2026-11-27');
 * r.status.state; //=> 'respondida_a_tiempo'
 * r.outcome; //=> 'a_favor'
 * ```
 */
export function toIndicatorRecord(
  source: IndicatorSource,
  asOf: DateInput,
  options?: ComputeOptions,
): IndicatorRecord {
  const cut: IsoDate = parseIsoDate(asOf);
  objectArgument(source, 'La solicitud de toIndicatorRecord');
  let events = source.events ?? [];
  const response = source.response;
  if (
    response !== undefined &&
    Array.isArray(events) &&
    !events.some((e) => typeof e === 'object' && e !== null && e.type === 'respuesta')
  ) {
    objectArgument(response, '«response»');
    events = [...events, { type: 'respuesta', date: response.date, outcome: response.outcome }];
  }
  const request: PqrsdRequest = {
    type: source.type,
    receivedAt: source.receivedAt,
    regime: source.regime,
    events,
    priority: source.priority,
  };
  const status = requestStatus(request, cut, options);
  let outcome = source.outcome;
  if (outcome === undefined) {
    let latest = '';
    for (const e of events) {
      if (typeof e !== 'object' || e === null) continue;
      if (e.type === 'respuesta' && e.outcome !== undefined) {
        const d = dateOf(e);
        if (d <= cut && d >= latest) {
          latest = d;
          outcome = e.outcome;
        }
      }
    }
  }
  const sat = source.satisfaction;
  let satisfaction: number | null = null;
  if (typeof sat === 'number') satisfaction = sat;
  else if (sat !== null && sat !== undefined && (sat.date === undefined || parseIsoDate(sat.date) <= cut)) {
    satisfaction = sat.score;
  }
  return {
    status,
    type: source.type,
    radicado: source.radicado,
    seccional: source.seccional,
    dependencia: source.dependencia,
    channel: source.channel,
    assignee: source.assignee,
    outcome,
    satisfaction,
    dimensions: source.dimensions,
  };
}

/**
 * Lazily maps records to {@link IndicatorRecord}s (a generator: one record in memory at a time), for
 * {@link createAggregator}, {@link earlyAlerts} and the reports.
 *
 * @throws `PqrsdError` as {@link toIndicatorRecord}, when iterated.
 * @example
 * ```ts
 * import { aggregate, toIndicatorRecords } from 'pqrsd/indicators';
 * const sources = [{ type: 'peticion' as const, receivedAt: '2026-11-03' }];
 * aggregate(toIndicatorRecords(sources, '2026-11-27')).groups[0]?.open; //=> 1
 * ```
 */
export function* toIndicatorRecords(
  sources: Iterable<IndicatorSource>,
  asOf: DateInput,
  options?: ComputeOptions,
): Generator<IndicatorRecord> {
  const cut = parseIsoDate(asOf);
  for (const s of iterableArgument<IndicatorSource>(sources, 'Las solicitudes de toIndicatorRecords'))
    yield toIndicatorRecord(s, cut, options);
}
