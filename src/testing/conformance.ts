/**
 * Conformance vectors: hand-computed cases (holidays, business-day arithmetic, deadlines, states),
 * each with its inputs, the policy settings it assumes, the expected result and the article it proves.
 * The package ships them as `pqrsd/conformance.json` (JSON Schema `conformance.schema.json`) so that a
 * system in any language can run them; {@link runConformanceVector} runs one against this library.
 *
 * @module
 */

import { objectArgument, optionalObjectArgument } from '../arguments.js';
import {
  addBusinessDays,
  addCalendarMonths,
  type BusinessCalendar,
  businessDaysBetween,
  colombianHolidays,
  isBusinessDay,
} from '../calendar/index.js';
import {
  computeDeadline,
  type NotificationState,
  type PolicyOverrides,
  requestStatus,
} from '../deadlines/index.js';
import type { LifecycleStage, PqrsdRequest, RequestState, Semaforo } from '../domain.js';
import { isPqrsdError, PqrsdError, type PqrsdErrorCode } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { show } from '../show.js';

/**
 * Version of the format of `conformance.json` (not of the library): it changes only when the shape of
 * a vector changes.
 *
 * @example
 * ```ts
 * import { CONFORMANCE_FORMAT_VERSION } from 'pqrsd/testing';
 * CONFORMANCE_FORMAT_VERSION; //=> 1
 * ```
 */
export const CONFORMANCE_FORMAT_VERSION = 1;

/**
 * The kinds of vectors.
 *
 * @example
 * ```ts
 * import { CONFORMANCE_KINDS } from 'pqrsd/testing';
 * CONFORMANCE_KINDS; //=> ['holidays', 'business_days', 'deadline', 'status']
 * ```
 */
export const CONFORMANCE_KINDS = /* @__PURE__ */ deepFreeze([
  'holidays',
  'business_days',
  'deadline',
  'status',
] as const);

/**
 * A vector kind. See {@link CONFORMANCE_KINDS}.
 *
 * @example
 * ```ts
 * import type { ConformanceKind } from 'pqrsd/testing';
 * const k: ConformanceKind = 'deadline';
 * ```
 */
export type ConformanceKind = (typeof CONFORMANCE_KINDS)[number];

/**
 * A request as JSON: {@link PqrsdRequest} with `receivedAt` a string (a civil date `AAAA-MM-DD` or an
 * ISO instant with offset, read in America/Bogota).
 *
 * @example
 * ```ts
 * import type { JsonRequest } from 'pqrsd/testing';
 * const r: JsonRequest = { type: 'peticion', receivedAt: '2026-11-27T23:30:00-05:00' };
 * ```
 */
export type JsonRequest = Omit<PqrsdRequest, 'receivedAt'> & { readonly receivedAt: string };

/**
 * An expected failure: the library raises a `PqrsdError` with this code.
 *
 * @example
 * ```ts
 * import type { ExpectedError } from 'pqrsd/testing';
 * const e: ExpectedError = { error: 'INVALID_EVENT' };
 * ```
 */
export interface ExpectedError {
  /** The stable error code. */
  readonly error: PqrsdErrorCode;
}

/**
 * Fields common to every vector.
 *
 * @example
 * ```ts
 * import type { VectorBase } from 'pqrsd/testing';
 * const b: VectorBase = { id: 'festivos-2026', law: 'Ley 51 de 1983 art. 1; Ley 2578 de 2026' };
 * ```
 */
export interface VectorBase {
  /** Stable identifier (kebab-case); a changed result keeps its id, so diffs can name it. */
  readonly id: string;
  /** The norm and article it proves, e.g. `'CPACA art. 14 inc. 1 (Ley 1755 de 2015)'`. */
  readonly law: string;
  /** How the expected value was counted, or what makes the case interesting (Spanish). */
  readonly note?: string;
}

/**
 * One holiday as a vector expects it. `date` is the observed (non-business) day; `movedFrom` the
 * legal date when Ley 51 de 1983 moved it to a Monday. `name` and `law` are informative.
 *
 * @example
 * ```ts
 * import type { ExpectedHoliday } from 'pqrsd/testing';
 * const h: ExpectedHoliday = { date: '2026-01-12', name: 'Día de los Reyes Magos', law: 'Ley 51 de 1983', movedFrom: '2026-01-06' };
 * ```
 */
export interface ExpectedHoliday {
  /** Observed day. */
  readonly date: string;
  /** Spanish name (informative). */
  readonly name: string;
  /** The norm that makes it a holiday (informative). */
  readonly law: string;
  /** The legal date, when moved to the following Monday. */
  readonly movedFrom?: string;
}

/**
 * The national holidays of a year, in date order (then name).
 *
 * @example
 * ```ts
 * import type { HolidaysVector } from 'pqrsd/testing';
 * const v: HolidaysVector = { id: 'festivos-1983', kind: 'holidays', law: 'Ley 51 de 1983', input: { year: 1983 }, expected: { error: 'YEAR_OUT_OF_RANGE' } };
 * ```
 */
export interface HolidaysVector extends VectorBase {
  /** Kind. */
  readonly kind: 'holidays';
  /** The year. */
  readonly input: { readonly year: number };
  /** The full list, or an error. */
  readonly expected: { readonly holidays: readonly ExpectedHoliday[] } | ExpectedError;
}

/**
 * A business-day operation on the national calendar (Ley 4 de 1913 art. 62):
 *
 * - `add`: the `days`-th business day after `date` (before, when negative; `date` never counts);
 * - `between`: business days in (`from`, `to`];
 * - `add_months`: `months` calendar months after `date`, clamped to the month's end and extended to
 *   the next business day;
 * - `is_business_day`.
 *
 * @example
 * ```ts
 * import type { BusinessDaysInput } from 'pqrsd/testing';
 * const i: BusinessDaysInput = { op: 'add', date: '2026-11-27', days: 15 };
 * ```
 */
export type BusinessDaysInput =
  | { readonly op: 'add'; readonly date: string; readonly days: number }
  | { readonly op: 'between'; readonly from: string; readonly to: string }
  | { readonly op: 'add_months'; readonly date: string; readonly months: number }
  | { readonly op: 'is_business_day'; readonly date: string };

/**
 * A business-day arithmetic vector. `expected` has `date` (add, add_months), `count` (between) or
 * `businessDay` (is_business_day), or an error.
 *
 * @example
 * ```ts
 * import type { BusinessDaysVector } from 'pqrsd/testing';
 * const v: BusinessDaysVector = {
 *   id: 'habiles-ancla', kind: 'business_days', law: 'Ley 4 de 1913 art. 62',
 *   input: { op: 'add', date: '2026-11-27', days: 15 }, expected: { date: '2026-12-21' },
 * };
 * ```
 */
export interface BusinessDaysVector extends VectorBase {
  /** Kind. */
  readonly kind: 'business_days';
  /** The operation. */
  readonly input: BusinessDaysInput;
  /** The result, or an error. */
  readonly expected:
    | { readonly date: string }
    | { readonly count: number }
    | { readonly businessDay: boolean }
    | ExpectedError;
}

/**
 * What a deadline vector expects. Only the fields present are checked; `warnings` are the warning
 * codes in any order.
 *
 * @example
 * ```ts
 * import type { ExpectedDeadline } from 'pqrsd/testing';
 * const e: ExpectedDeadline = { dueDate: '2026-12-21', rule: 'R-PET-GEN', regime: 'cpaca' };
 * ```
 */
export interface ExpectedDeadline {
  /** The due date (`null`: no legal term). */
  readonly dueDate: string | null;
  /** The due date before the events. */
  readonly originalDueDate?: string | null;
  /** The latest date a valid prórroga may reach. */
  readonly maxDueDate?: string | null;
  /** The civil date of radicación, after the receipt policy. */
  readonly receivedDate?: string;
  /** The regime applied. */
  readonly regime?: string;
  /** The rule id (normas.md). */
  readonly rule?: string;
  /** Warning codes (law broken by the events; rule outside its vigencia). */
  readonly warnings?: readonly string[];
}

/**
 * A deadline vector: a request (with its events) under some policies.
 *
 * @example
 * ```ts
 * import type { DeadlineVector } from 'pqrsd/testing';
 * const v: DeadlineVector = {
 *   id: 'cpaca-peticion-viernes', kind: 'deadline', law: 'CPACA art. 14 inc. 1 (Ley 1755 de 2015)',
 *   input: { request: { type: 'peticion', receivedAt: '2026-11-27' } }, expected: { dueDate: '2026-12-21' },
 * };
 * ```
 */
export interface DeadlineVector extends VectorBase {
  /** Kind. */
  readonly kind: 'deadline';
  /** The request. */
  readonly input: { readonly request: JsonRequest };
  /** Policies that differ from the defaults (`defaults` of the file). */
  readonly policies?: PolicyOverrides;
  /** The result, or an error. */
  readonly expected: ExpectedDeadline | ExpectedError;
}

/**
 * What a status vector expects. Only the fields present are checked; `consequences` are the
 * consequence types in any order.
 *
 * @example
 * ```ts
 * import type { ExpectedStatus } from 'pqrsd/testing';
 * const e: ExpectedStatus = { state: 'vencida', semaforo: 'rojo', dueDate: '2026-12-21' };
 * ```
 */
export interface ExpectedStatus {
  /** The state as of `asOf`. */
  readonly state: RequestState;
  /** The semáforo (`null` when closed or without term). */
  readonly semaforo?: Semaforo | null;
  /** The due date as known on `asOf`. */
  readonly dueDate?: string | null;
  /** Business days left (negative when overdue); `null` when closed or without term. */
  readonly remainingBusinessDays?: number | null;
  /** Whether the answer (or traslado) was in time. */
  readonly onTime?: boolean | null;
  /** Legal consequences in force as of `asOf`. */
  readonly consequences?: readonly string[];
  /** The codes of the status alerts, in any order. */
  readonly alerts?: readonly string[];
  /** Where the notification of the answer stands (`null` while unanswered). */
  readonly notificationState?: NotificationState | null;
  /** The day the notification of the answer took effect. */
  readonly notifiedOn?: string | null;
  /** The last day to send the citación (CPACA art. 68); `null` while unanswered. */
  readonly citationDueDate?: string | null;
  /** Where the decision stands after the answer (`null` while unanswered). */
  readonly stage?: LifecycleStage | null;
  /** The last day to file a recurso (`null` while the decision is not notified, CPACA arts. 72 and 76). */
  readonly recursoWindowEnd?: string | null;
  /** Whether the recurso was filed in time (`null` without recurso). */
  readonly recursoOnTime?: boolean | null;
  /** The last day to decide the recurso. */
  readonly recursoDecisionDueDate?: string | null;
  /** The last day to send the apelación to the Superintendencia. */
  readonly forwardingDueDate?: string | null;
  /** The last day to decide the subsidiary apelación (CPACA art. 86). */
  readonly appealDecisionDueDate?: string | null;
  /** The first day the decision is firm (CPACA art. 87), once reached. */
  readonly firmSince?: string | null;
}

/**
 * A status vector: a request and a cut-off date.
 *
 * @example
 * ```ts
 * import type { StatusVector } from 'pqrsd/testing';
 * const v: StatusVector = {
 *   id: 'estado-vencida', kind: 'status', law: 'CPACA art. 14 inc. 1; art. 31',
 *   input: { request: { type: 'peticion', receivedAt: '2026-11-27' }, asOf: '2026-12-22' },
 *   expected: { state: 'vencida' },
 * };
 * ```
 */
export interface StatusVector extends VectorBase {
  /** Kind. */
  readonly kind: 'status';
  /** The request and the cut-off date. */
  readonly input: { readonly request: JsonRequest; readonly asOf: string };
  /** Policies that differ from the defaults. */
  readonly policies?: PolicyOverrides;
  /** The result, or an error. */
  readonly expected: ExpectedStatus | ExpectedError;
}

/**
 * A conformance vector (discriminated by `kind`).
 *
 * @example
 * ```ts
 * import type { ConformanceVector } from 'pqrsd/testing';
 * const ids = (vs: readonly ConformanceVector[]) => vs.map((v) => v.id);
 * ```
 */
export type ConformanceVector = HolidaysVector | BusinessDaysVector | DeadlineVector | StatusVector;

/**
 * The shape of `conformance.json`.
 *
 * @example
 * ```ts
 * import type { ConformanceFile } from 'pqrsd/testing';
 * const count = (f: ConformanceFile) => f.vectors.length;
 * ```
 */
export interface ConformanceFile {
  /** The JSON Schema of this file. */
  readonly $schema: string;
  /** {@link CONFORMANCE_FORMAT_VERSION}. */
  readonly formatVersion: number;
  /** The library that produced the vectors (a law change is a new version). */
  readonly library: { readonly name: string; readonly version: string };
  /** The test sources the vectors come from. */
  readonly generatedFrom: readonly string[];
  /** The norms encoded, with their vigencias. */
  readonly norms: readonly {
    readonly id: string;
    readonly norma: string;
    readonly titulo: string;
    readonly articulos: readonly string[];
    readonly url: string;
    readonly vigencia: { readonly desde: string; readonly hasta?: string };
    readonly confidence: string;
  }[];
  /** The holiday norms, with the first year each applies. */
  readonly holidayNorms: readonly { readonly law: string; readonly since: number }[];
  /** The default policies; a vector's `policies` override them. */
  readonly defaults: unknown;
  /** The vectors. */
  readonly vectors: readonly ConformanceVector[];
}

/**
 * The outcome of running one vector.
 *
 * @example
 * ```ts
 * import type { VectorRun } from 'pqrsd/testing';
 * const failed = (runs: readonly VectorRun[]) => runs.filter((r) => !r.pass).map((r) => r.id);
 * ```
 */
export interface VectorRun {
  /** The vector's id. */
  readonly id: string;
  /** Whether the library's result equals the expected one. */
  readonly pass: boolean;
  /** The expected result, normalized (sorted warning and consequence codes). */
  readonly expected: unknown;
  /** The library's result, projected on the expected fields. */
  readonly actual: unknown;
  /** One Spanish line per field that differs. */
  readonly differences: readonly string[];
}

/**
 * Options of {@link runConformanceVector}.
 *
 * @example
 * ```ts
 * import { nationalCalendar } from 'pqrsd/calendar';
 * import type { RunVectorOptions } from 'pqrsd/testing';
 * const o: RunVectorOptions = { calendar: nationalCalendar };
 * ```
 */
export interface RunVectorOptions {
  /** Calendar for deadline and status vectors (default: the national one). */
  readonly calendar?: BusinessCalendar | undefined;
}

/** JSON with object keys sorted, so that key order never makes two equal values differ. */
function canonical(value: unknown): string | undefined {
  // A BigInt (never in a JSON vector) is compared as its text instead of making JSON.stringify throw.
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'bigint'
      ? `${v}n`
      : v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
          )
        : v,
  );
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort();
}

function normalizeExpected(v: ConformanceVector): Record<string, unknown> {
  const e = { ...(v.expected as unknown as Record<string, unknown>) };
  if (Array.isArray(e.warnings)) e.warnings = sorted(e.warnings as string[]);
  if (Array.isArray(e.consequences)) e.consequences = sorted(e.consequences as string[]);
  if (Array.isArray(e.alerts)) e.alerts = sorted(e.alerts as string[]);
  return e;
}

function project(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = source[k];
  return out;
}

function evaluate(v: ConformanceVector, options: RunVectorOptions): Record<string, unknown> {
  switch (v.kind) {
    case 'holidays':
      return {
        holidays: colombianHolidays(v.input.year).map((h) => ({
          date: h.date,
          name: h.name,
          law: h.law,
          ...(h.movedFrom === undefined ? {} : { movedFrom: h.movedFrom }),
        })),
      };
    case 'business_days': {
      const i = v.input;
      if (i.op === 'add') return { date: addBusinessDays(i.date, i.days) };
      if (i.op === 'between') return { count: businessDaysBetween(i.from, i.to) };
      if (i.op === 'add_months') return { date: addCalendarMonths(i.date, i.months) };
      if (i.op === 'is_business_day') return { businessDay: isBusinessDay(i.date) };
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `Operación desconocida: «${show((i as { op: unknown }).op)}».`,
        {
          value: i,
        },
      );
    }
    case 'deadline': {
      const d = computeDeadline(v.input.request, {
        calendar: options.calendar,
        policies: v.policies,
      });
      return {
        dueDate: d.dueDate,
        originalDueDate: d.originalDueDate,
        maxDueDate: d.maxDueDate,
        receivedDate: d.receivedDate,
        regime: d.regime,
        rule: d.rule.id,
        warnings: sorted(d.warnings.map((w) => w.code)),
      };
    }
    case 'status': {
      const s = requestStatus(v.input.request, v.input.asOf, {
        calendar: options.calendar,
        policies: v.policies,
      });
      return {
        state: s.state,
        semaforo: s.semaforo,
        dueDate: s.dueDate,
        remainingBusinessDays: s.remainingBusinessDays,
        onTime: s.onTime,
        consequences: sorted(s.consequences.map((c) => c.type)),
        alerts: sorted(s.alerts.map((a) => a.code)),
        notificationState: s.notification?.state ?? null,
        notifiedOn: s.notification?.notifiedOn ?? null,
        citationDueDate: s.notification?.citationDueDate ?? null,
        stage: s.stage,
        recursoWindowEnd: s.recurso?.windowEnd ?? null,
        recursoOnTime: s.recurso?.onTime ?? null,
        recursoDecisionDueDate: s.recurso?.decisionDueDate ?? null,
        forwardingDueDate: s.recurso?.forwardingDueDate ?? null,
        appealDecisionDueDate: s.recurso?.appealDecisionDueDate ?? null,
        firmSince: s.recurso?.firmSince ?? null,
      };
    }
    default:
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `Vector de tipo desconocido: «${show((v as { kind: unknown }).kind)}».`,
        { value: v },
      );
  }
}

/**
 * Runs one vector against this library (through its public functions) and compares the result with
 * the expected one, field by field (only the fields the vector states). Never throws for a result
 * that differs; a `PqrsdError` the library raises is compared with an expected `{ error }`.
 *
 * @example
 * ```ts
 * import { runConformanceVector } from 'pqrsd/testing';
 * runConformanceVector({
 *   id: 'ancla', kind: 'deadline', law: 'CPACA art. 14 inc. 1',
 *   input: { request: { type: 'peticion', receivedAt: '2026-11-27' } },
 *   expected: { dueDate: '2026-12-21' },
 * }).pass; //=> true
 * ```
 */
export function runConformanceVector(vector: ConformanceVector, options: RunVectorOptions = {}): VectorRun {
  objectArgument(objectArgument(vector, 'El vector de conformidad').input, '«input» del vector');
  optionalObjectArgument(options, 'Las opciones de runConformanceVector');
  const expected = normalizeExpected(vector);
  const keys = Object.keys(expected);
  let actual: Record<string, unknown>;
  try {
    actual = project(evaluate(vector, options), keys);
  } catch (error) {
    if (!isPqrsdError(error)) throw error;
    actual = { error: error.code };
  }
  const differences: string[] = [];
  for (const k of new Set([...keys, ...Object.keys(actual)])) {
    const a = canonical(actual[k]);
    const e = canonical(expected[k]);
    if (a !== e) differences.push(`${k}: se esperaba ${e ?? 'nada'}, se obtuvo ${a ?? 'nada'}`);
  }
  return { id: vector.id, pass: differences.length === 0, expected, actual, differences };
}
