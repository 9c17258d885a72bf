/**
 * Contact-center indicators (seguimiento a la gestión del CONTACT CENTER, seed process): service
 * level, abandonment rate, average speed of answer (ASA), average handle time (AHT) and first-contact
 * resolution (FCR), from a simple call record, in one pass, by period and any call field.
 *
 * Definitions (the usual ones of the contact-center industry; each is configurable):
 * - offered = every call that reached the queue, minus abandons shorter than `shortAbandonSeconds`
 *   (default 0: none excluded);
 * - service level = calls answered within `serviceLevelSeconds` (default 20) / offered;
 * - abandonment = calls abandoned (not answered) / offered;
 * - ASA = seconds waited by answered calls / answered calls;
 * - AHT = (talk + hold + after-call work seconds) / answered calls;
 * - FCR = answered calls resolved at first contact / answered calls with that datum.
 *
 * @module
 */

import { arrayArgument, iterableArgument, optionalObjectArgument } from '../arguments.js';
import { parseIsoDate } from '../calendar/index.js';
import type { DateInput, IsoDate } from '../calendar/types.js';
import { PqrsdError } from '../errors.js';
import { buildIndicatorResult, type MetaOverrides, resolveMetas, safeString } from './meta.js';
import { parsePeriodKey, periodKeyOfValidDate, rangePeriod } from './periods.js';
import type { CalendarPeriodKind, Group, IndicatorResult, Period } from './types.js';
import { PERIOD_KINDS } from './types.js';

/**
 * One call offered to the contact center.
 *
 * @example
 * ```ts
 * import type { CallRecord } from 'pqrsd/indicators';
 * const answered: CallRecord = { date: '2026-11-27', waitSeconds: 12, answered: true, talkSeconds: 180,
 *   afterCallWorkSeconds: 30, resolvedFirstContact: true, queue: 'facturacion' };
 * const abandoned: CallRecord = { date: '2026-11-27', waitSeconds: 45, answered: false };
 * ```
 */
export interface CallRecord {
  /** Civil date of the call (Colombia), `YYYY-MM-DD`. */
  readonly date: DateInput;
  /** Seconds in queue until answered or abandoned (≥ 0). */
  readonly waitSeconds: number;
  /** Whether an agent answered. */
  readonly answered: boolean;
  /** Seconds of conversation (answered calls; default 0). */
  readonly talkSeconds?: number | undefined;
  /** Seconds on hold during the call (default 0). */
  readonly holdSeconds?: number | undefined;
  /** Seconds of after-call work (default 0). */
  readonly afterCallWorkSeconds?: number | undefined;
  /** Whether the need was solved in this first contact (`undefined`: not recorded). */
  readonly resolvedFirstContact?: boolean | undefined;
  /** Agent id. */
  readonly agent?: string | undefined;
  /** Queue or line. */
  readonly queue?: string | undefined;
  /** Seccional. */
  readonly seccional?: string | undefined;
}

/**
 * Options of {@link createContactCenterAggregator}.
 *
 * @example
 * ```ts
 * import type { ContactCenterOptions } from 'pqrsd/indicators';
 * const o: ContactCenterOptions = { period: 'month', groupBy: ['queue'], serviceLevelSeconds: 30 };
 * ```
 */
export interface ContactCenterOptions {
  /** Calendar period to group by, or `total` (default). */
  readonly period?: CalendarPeriodKind | 'total' | undefined;
  /** Call fields to group by. */
  readonly groupBy?: readonly ('agent' | 'queue' | 'seccional')[] | undefined;
  /** Service-level threshold in seconds; default 20 (the «80/20» convention). */
  readonly serviceLevelSeconds?: number | undefined;
  /** Abandons shorter than this are not counted as offered; default 0 (all count). */
  readonly shortAbandonSeconds?: number | undefined;
  /** Metas overriding the defaults. */
  readonly metas?: MetaOverrides | undefined;
}

/**
 * Counts of one contact-center group.
 *
 * @example
 * ```ts
 * import type { ContactCenterSummary } from 'pqrsd/indicators';
 * type Offered = ContactCenterSummary['offered'];
 * ```
 */
export interface ContactCenterSummary {
  /** Period. */
  readonly period: Period;
  /** Group values. */
  readonly group: Group;
  /** Calls offered (short abandons excluded). */
  readonly offered: number;
  /** Calls answered. */
  readonly answered: number;
  /** Calls answered within the threshold. */
  readonly answeredWithinThreshold: number;
  /** Calls abandoned (short abandons excluded). */
  readonly abandoned: number;
  /** Short abandons, not counted as offered. */
  readonly shortAbandons: number;
  /** The indicators: nivel_servicio, tasa_abandono, velocidad_media_respuesta, tiempo_medio_operacion, resolucion_primer_contacto. */
  readonly indicators: readonly IndicatorResult[];
}

/**
 * A streaming contact-center aggregator.
 *
 * @example
 * ```ts
 * import { createContactCenterAggregator } from 'pqrsd/indicators';
 * const cc = createContactCenterAggregator();
 * cc.add({ date: '2026-11-27', waitSeconds: 10, answered: true, talkSeconds: 200 });
 * cc.result()[0]?.offered; //=> 1
 * ```
 */
export interface ContactCenterAggregator {
  /**
   * Adds a call.
   *
   * @throws `PqrsdError` `INVALID_RECORD` for a negative or non-finite duration or a bad date.
   */
  add(call: CallRecord): void;
  /** One summary per period and group, ordered. */
  result(): ContactCenterSummary[];
}

class CallAcc {
  offered = 0;
  answered = 0;
  within = 0;
  abandoned = 0;
  shortAbandons = 0;
  waitAnswered = 0;
  handle = 0;
  fcrKnown = 0;
  fcrYes = 0;
  minDate = '';
  maxDate = '';
  constructor(
    readonly periodKey: string,
    readonly group: Group,
  ) {}
}

function seconds(v: unknown, what: string, index: number, optional: boolean): number {
  if (v === undefined && optional) return 0;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new PqrsdError(
      'INVALID_RECORD',
      `Llamada ${index + 1}: ${what} «${safeString(v)}» debe ser un número de segundos finito y mayor o igual a 0`,
      { index, value: v },
    );
  }
  return v;
}

/**
 * Creates a single-pass contact-center aggregator (memory grows with the number of groups only).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for malformed options.
 * @example
 * ```ts
 * import { createContactCenterAggregator } from 'pqrsd/indicators';
 * const cc = createContactCenterAggregator({ serviceLevelSeconds: 20 });
 * cc.add({ date: '2026-11-27', waitSeconds: 5, answered: true, talkSeconds: 100 });
 * cc.add({ date: '2026-11-27', waitSeconds: 60, answered: false });
 * const [s] = cc.result();
 * s?.indicators.find((i) => i.id === 'tasa_abandono')?.value; //=> 0.5
 * ```
 */
export function createContactCenterAggregator(options: ContactCenterOptions = {}): ContactCenterAggregator {
  optionalObjectArgument(options, 'Las opciones del centro de contacto');
  const periodKind = options.period ?? 'total';
  if (periodKind !== 'total' && !(PERIOD_KINDS as readonly string[]).includes(periodKind)) {
    throw new PqrsdError('INVALID_ARGUMENT', `«${safeString(periodKind)}» no es un tipo de período`, {
      value: periodKind,
    });
  }
  const fields = arrayArgument<'agent' | 'queue' | 'seccional'>(options.groupBy ?? [], 'groupBy');
  for (const f of fields) {
    if (f !== 'agent' && f !== 'queue' && f !== 'seccional') {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `«${safeString(f)}» no es un campo de agrupación de llamadas: use agent, queue o seccional`,
        {
          value: f,
        },
      );
    }
  }
  const threshold = options.serviceLevelSeconds ?? 20;
  const shortAbandon = options.shortAbandonSeconds ?? 0;
  for (const [name, v] of [
    ['serviceLevelSeconds', threshold],
    ['shortAbandonSeconds', shortAbandon],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `La opción ${name} «${safeString(v)}» debe ser un número de segundos ≥ 0`,
        {
          value: v,
        },
      );
    }
  }
  const metas = resolveMetas(options.metas);
  const groups = new Map<string, CallAcc>();
  let count = 0;

  function add(call: CallRecord): void {
    const index = count;
    if (typeof call !== 'object' || call === null) {
      throw new PqrsdError(
        'INVALID_RECORD',
        `Llamada ${index + 1}: «${safeString(call)}» no es un registro de llamada`,
        {
          index,
        },
      );
    }
    let date: IsoDate;
    try {
      date = parseIsoDate(call.date);
    } catch (error) {
      throw new PqrsdError(
        'INVALID_RECORD',
        `Llamada ${index + 1}: la fecha «${safeString(call.date)}» no es válida`,
        {
          index,
          cause: error,
        },
      );
    }
    if (typeof call.answered !== 'boolean') {
      throw new PqrsdError(
        'INVALID_RECORD',
        `Llamada ${index + 1}: «answered» debe ser true o false, no «${safeString(call.answered)}»`,
        {
          index,
        },
      );
    }
    const wait = seconds(call.waitSeconds, 'el tiempo de espera', index, false);
    const talk = seconds(call.talkSeconds, 'el tiempo de conversación', index, true);
    const hold = seconds(call.holdSeconds, 'el tiempo en espera', index, true);
    const acw = seconds(call.afterCallWorkSeconds, 'el trabajo posterior', index, true);
    count++;
    let key = periodKind === 'total' ? '' : periodKeyOfValidDate(date, periodKind);
    const group: Record<string, string> = {};
    for (const f of fields) {
      const raw = call[f];
      if (raw !== undefined && raw !== null && typeof raw !== 'string') {
        throw new PqrsdError('INVALID_ARGUMENT', `«${f}» = «${safeString(raw)}» debe ser texto`, {
          value: raw,
        });
      }
      const v = raw ?? '(sin dato)';
      group[f] = v;
      key += `\u0000${v}`;
    }
    let acc = groups.get(key);
    if (acc === undefined) {
      acc = new CallAcc(periodKind === 'total' ? '' : (key.split('\u0000', 1)[0] as string), group);
      groups.set(key, acc);
    }
    if (acc.minDate === '' || date < acc.minDate) acc.minDate = date;
    if (date > acc.maxDate) acc.maxDate = date;
    if (call.answered) {
      acc.offered++;
      acc.answered++;
      if (wait <= threshold) acc.within++;
      acc.waitAnswered += wait;
      acc.handle += talk + hold + acw;
      if (call.resolvedFirstContact !== undefined) {
        acc.fcrKnown++;
        if (call.resolvedFirstContact === true) acc.fcrYes++;
      }
    } else if (wait < shortAbandon) {
      acc.shortAbandons++;
    } else {
      acc.offered++;
      acc.abandoned++;
    }
  }

  function result(): ContactCenterSummary[] {
    const out = [...groups.values()].map((acc): ContactCenterSummary => {
      const period =
        periodKind === 'total' ? rangePeriod(acc.minDate, acc.maxDate) : parsePeriodKey(acc.periodKey);
      const common = { period, group: acc.group };
      return {
        ...common,
        offered: acc.offered,
        answered: acc.answered,
        answeredWithinThreshold: acc.within,
        abandoned: acc.abandoned,
        shortAbandons: acc.shortAbandons,
        indicators: [
          buildIndicatorResult({
            id: 'nivel_servicio',
            numerator: acc.within,
            denominator: acc.offered,
            meta: metas.nivel_servicio,
            ...common,
            note: `Umbral: ${threshold} s`,
          }),
          buildIndicatorResult({
            id: 'tasa_abandono',
            numerator: acc.abandoned,
            denominator: acc.offered,
            meta: metas.tasa_abandono,
            ...common,
          }),
          buildIndicatorResult({
            id: 'velocidad_media_respuesta',
            numerator: acc.waitAnswered,
            denominator: acc.answered,
            meta: metas.velocidad_media_respuesta,
            ...common,
          }),
          buildIndicatorResult({
            id: 'tiempo_medio_operacion',
            numerator: acc.handle,
            denominator: acc.answered,
            meta: metas.tiempo_medio_operacion,
            ...common,
          }),
          buildIndicatorResult({
            id: 'resolucion_primer_contacto',
            numerator: acc.fcrYes,
            denominator: acc.fcrKnown,
            meta: metas.resolucion_primer_contacto,
            ...common,
          }),
        ],
      };
    });
    out.sort((a, b) => {
      if (a.period.from !== b.period.from) return a.period.from < b.period.from ? -1 : 1;
      const ka = Object.values(a.group).join('\u0000');
      const kb = Object.values(b.group).join('\u0000');
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return out;
  }

  return { add, result };
}

/**
 * Contact-center indicators of a set of calls in one pass.
 *
 * @throws `PqrsdError` as {@link createContactCenterAggregator}.
 * @example
 * ```ts
 * import { contactCenterIndicators } from 'pqrsd/indicators';
 * const [s] = contactCenterIndicators([
 *   { date: '2026-11-27', waitSeconds: 5, answered: true, talkSeconds: 100, resolvedFirstContact: true },
 * ]);
 * s?.indicators.map((i) => i.value); //=> [1, 0, 5, 100, 1]
 * ```
 */
export function contactCenterIndicators(
  calls: Iterable<CallRecord>,
  options?: ContactCenterOptions,
): ContactCenterSummary[] {
  const cc = createContactCenterAggregator(options);
  for (const c of iterableArgument<CallRecord>(calls, 'Las llamadas de contactCenterIndicators')) cc.add(c);
  return cc.result();
}
