/**
 * Test matchers for vitest and jest, framework-agnostic: plain functions with the `{ pass, message }`
 * contract both runners share. Register them with `expect.extend(pqrsdMatchers)`, or import
 * `pqrsd/testing/vitest` / `pqrsd/testing/jest`, which do it and add the TypeScript types.
 * A failure message prints the legal explanation trace, so a failing test says why the law disagrees.
 *
 * @module
 */

import {
  type BusinessCalendar,
  type DateInput,
  getNationalCalendar,
  holidaysOn,
  type IsoDate,
  parseIsoDate,
} from '../calendar/index.js';
import {
  type ComputeOptions,
  computeDeadline,
  type DeadlineResult,
  type RequestStatus,
  requestStatus,
} from '../deadlines/index.js';
import type { RequestState, Semaforo } from '../domain.js';
import { isPqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { show as safeShow } from '../show.js';

/**
 * The part of the runner's matcher context the matchers read (`this` in vitest and jest).
 *
 * @example
 * ```ts
 * import type { MatcherContext } from 'pqrsd/testing';
 * const context: MatcherContext = { isNot: false };
 * ```
 */
export interface MatcherContext {
  /** Whether the assertion is negated (`expect(x).not.…`). */
  readonly isNot?: boolean;
}

/**
 * What a matcher returns: the contract shared by vitest and jest.
 *
 * @example
 * ```ts
 * import type { MatcherResult } from 'pqrsd/testing';
 * const r: MatcherResult = { pass: true, message: () => 'ok' };
 * ```
 */
export interface MatcherResult {
  /** Whether the value satisfies the matcher. */
  readonly pass: boolean;
  /** The Spanish message shown when the assertion fails (with or without `.not`). */
  readonly message: () => string;
  /** The value found, for the runner's diff. */
  readonly actual?: unknown;
  /** The value expected, for the runner's diff. */
  readonly expected?: unknown;
}

/**
 * The matchers' signatures as seen from `expect(value)`: `R` is the runner's return type. Used by the
 * type augmentations of `pqrsd/testing/vitest` and `pqrsd/testing/jest`; use it for your own if you
 * register {@link pqrsdMatchers} by hand.
 *
 * @example
 * ```ts
 * import type { PqrsdMatchers } from 'pqrsd/testing';
 * declare module 'vitest' {
 *   interface Matchers<T = any> extends PqrsdMatchers<T> {}
 * }
 * ```
 */
export interface PqrsdMatchers<R = unknown> {
  /**
   * The value (a `DeadlineResult`, a `RequestStatus`, or a request-like object `{ type, receivedAt,
   * regime?, events? }`, computed with `options`) falls due on `date` (`null`: the law sets no term).
   */
  toBeDueOn(date: DateInput | null, options?: ComputeOptions): R;
  /** The date is a business day of `calendar` (default: the national calendar). */
  toBeBusinessDay(calendar?: BusinessCalendar): R;
  /** The date is a national holiday; with `name`, one whose name contains it (accents and case ignored). */
  toBeHoliday(name?: string): R;
  /** The value (a `RequestStatus`, or a request-like object with `asOf`) is in `state`. */
  toHaveState(state: RequestState, asOf?: DateInput | Date, options?: ComputeOptions): R;
  /** The value (a `RequestStatus`, or a request-like object with `asOf`) shows the semáforo `color`. */
  toHaveSemaforo(color: Semaforo | null, asOf?: DateInput | Date, options?: ComputeOptions): R;
}

/**
 * The type of {@link pqrsdMatchers}: one raw matcher per member of {@link PqrsdMatchers}.
 *
 * @example
 * ```ts
 * import type { PqrsdMatcherFunctions } from 'pqrsd/testing';
 * type DueOn = PqrsdMatcherFunctions['toBeDueOn'];
 * ```
 */
export type PqrsdMatcherFunctions = {
  readonly [K in keyof PqrsdMatchers]: (
    this: MatcherContext,
    received: unknown,
    ...args: Parameters<PqrsdMatchers[K]>
  ) => MatcherResult;
};

const show = (v: unknown): string => {
  if (typeof v === 'string') return `«${v}»`;
  try {
    return JSON.stringify(v) ?? safeShow(v);
  } catch {
    return safeShow(v);
  }
};

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function failure(message: string, actual?: unknown): MatcherResult {
  return { pass: false, message: () => message, ...(actual === undefined ? {} : { actual }) };
}

function errorText(error: unknown): string {
  if (isPqrsdError(error)) return `${error.code}: ${error.message}`;
  throw error;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

const isStatus = (v: Record<string, unknown>): boolean => 'state' in v && isObject(v.deadline);
const isDeadline = (v: Record<string, unknown>): boolean => 'dueDate' in v && isObject(v.rule);
const isRequestLike = (v: Record<string, unknown>): boolean => 'type' in v && 'receivedAt' in v;

/** Reads a deadline from what `expect` received, or explains why it cannot. */
function readDeadline(received: unknown, options: ComputeOptions | undefined): DeadlineResult | string {
  if (isObject(received)) {
    if (isStatus(received)) return (received as unknown as RequestStatus).deadline;
    if (isDeadline(received)) return received as unknown as DeadlineResult;
    if (isRequestLike(received)) {
      try {
        return computeDeadline(received as never, options);
      } catch (error) {
        return `no se pudo calcular el vencimiento de ${show(received)}: ${errorText(error)}`;
      }
    }
  }
  return `se esperaba un DeadlineResult, un RequestStatus o una solicitud { type, receivedAt }; se recibió ${show(received)}`;
}

/** Reads a status from what `expect` received, or explains why it cannot. */
function readStatus(
  received: unknown,
  asOf: DateInput | Date | undefined,
  options: ComputeOptions | undefined,
): RequestStatus | string {
  if (isObject(received)) {
    if (isStatus(received)) return received as unknown as RequestStatus;
    if (isRequestLike(received)) {
      if (asOf === undefined) {
        return `para una solicitud hace falta la fecha de corte: expect(solicitud).toHaveState(estado, '2026-12-01')`;
      }
      try {
        return requestStatus(received as never, asOf, options);
      } catch (error) {
        return `no se pudo calcular el estado de ${show(received)}: ${errorText(error)}`;
      }
    }
  }
  return `se esperaba un RequestStatus o una solicitud { type, receivedAt } con fecha de corte; se recibió ${show(received)}`;
}

function statusTrace(s: RequestStatus): string {
  const r = s.remainingBusinessDays;
  const days = (n: number) => `${n} ${n === 1 ? 'día hábil' : 'días hábiles'}`;
  const left = r === null ? '' : r < 0 ? `, ${days(-r)} de retraso` : `, quedan ${days(r)}`;
  return `Estado al ${s.asOf}: ${s.state}${s.semaforo === null ? '' : ` (semáforo ${s.semaforo}${left})`}\n${s.deadline.explanation}`;
}

/** A date, or the Spanish reason why the value is not one. */
function readDate(received: unknown): { readonly date: IsoDate } | { readonly why: string } {
  try {
    return { date: parseIsoDate(received as string) };
  } catch (error) {
    return { why: `se esperaba una fecha AAAA-MM-DD; ${errorText(error)}` };
  }
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Why a date is or is not a business day, in Spanish. */
function dayText(calendar: BusinessCalendar, date: IsoDate): string {
  const info = calendar.dayInfo(date);
  const names = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
  const parts = [`${names[info.weekday - 1]} ${date}: ${info.businessDay ? 'día hábil' : 'día no hábil'}`];
  if (info.holidays.length > 0) {
    parts.push(`festivo (${info.holidays.map((h) => `${h.name}, ${h.law}`).join('; ')})`);
  }
  if (info.closure !== undefined) parts.push(`cierre de la entidad (${info.closure})`);
  if (info.suspension !== undefined) parts.push(`suspensión de términos (${info.suspension})`);
  return parts.join('; ');
}

/**
 * The matchers, framework-agnostic: `expect.extend(pqrsdMatchers)` in vitest or jest.
 *
 * - `toBeDueOn(date, options?)` on a `DeadlineResult`, a `RequestStatus` or a request-like object;
 * - `toBeBusinessDay(calendar?)` and `toBeHoliday(name?)` on a date;
 * - `toHaveState(state, asOf?, options?)` and `toHaveSemaforo(color, asOf?, options?)` on a
 *   `RequestStatus`, or on a request-like object with `asOf`.
 *
 * Failure messages are Spanish and print the explanation trace of the legal computation.
 *
 * @example
 * ```ts
 * import { pqrsdMatchers } from 'pqrsd/testing';
 * const r = pqrsdMatchers.toBeDueOn.call({}, { type: 'peticion', receivedAt: '2026-11-27' }, '2026-12-21');
 * r.pass; //=> true
 * pqrsdMatchers.toBeHoliday.call({}, '2026-12-08', 'inmaculada').pass; //=> true
 * ```
 */
export const pqrsdMatchers: PqrsdMatcherFunctions = /* @__PURE__ */ deepFreeze({
  toBeDueOn(this: MatcherContext, received: unknown, date: DateInput | null, options?: ComputeOptions) {
    const deadline = readDeadline(received, options);
    if (typeof deadline === 'string') return failure(`toBeDueOn: ${deadline}`);
    let expected: IsoDate | null;
    if (date === null) expected = null;
    else {
      const parsed = readDate(date);
      if ('why' in parsed) return failure(`toBeDueOn: la fecha esperada no es válida: ${parsed.why}`);
      expected = parsed.date;
    }
    const actual = deadline.dueDate;
    const pass = actual === expected;
    const what = (d: IsoDate | null) => (d === null ? 'sin término legal' : `el ${d}`);
    return {
      pass,
      actual,
      expected,
      message: () =>
        `${
          this.isNot
            ? `se esperaba que NO venciera ${what(expected)}, y vence ${what(actual)}`
            : `se esperaba que venciera ${what(expected)}, pero vence ${what(actual)}`
        }\n\nExplicación legal:\n${indent(deadline.explanation)}`,
    };
  },

  toBeBusinessDay(this: MatcherContext, received: unknown, calendar?: BusinessCalendar) {
    const read = readDate(received);
    if ('why' in read) return failure(`toBeBusinessDay: ${read.why}`, received);
    const date = read.date;
    const cal = calendar ?? getNationalCalendar();
    const pass = cal.isBusinessDay(date);
    return {
      pass,
      actual: pass,
      expected: !this.isNot,
      message: () =>
        `${this.isNot ? `se esperaba que ${date} NO fuera día hábil` : `se esperaba que ${date} fuera día hábil`}\n\n${indent(dayText(cal, date))}`,
    };
  },

  toBeHoliday(this: MatcherContext, received: unknown, name?: string) {
    const read = readDate(received);
    if ('why' in read) return failure(`toBeHoliday: ${read.why}`, received);
    const date = read.date;
    if (name !== undefined && typeof name !== 'string') {
      return failure(`toBeHoliday: el nombre del festivo debe ser texto; se recibió ${show(name)}`, name);
    }
    const holidays = holidaysOn(date);
    const wanted = name === undefined ? null : fold(name);
    const pass = wanted === null ? holidays.length > 0 : holidays.some((h) => fold(h.name).includes(wanted));
    const label = name === undefined ? 'festivo' : `el festivo «${name}»`;
    const found =
      holidays.length === 0
        ? `${date} no es festivo nacional`
        : `${date} es festivo: ${holidays.map((h) => `${h.name} (${h.law}${h.movedFrom === undefined ? '' : `, trasladado desde el ${h.movedFrom}`})`).join('; ')}`;
    return {
      pass,
      actual: holidays.map((h) => h.name),
      expected: name ?? 'un festivo',
      message: () =>
        `${this.isNot ? `se esperaba que ${date} NO fuera ${label}` : `se esperaba que ${date} fuera ${label}`}\n\n  ${found}\n  ${dayText(getNationalCalendar(), date)}`,
    };
  },

  toHaveState(
    this: MatcherContext,
    received: unknown,
    state: RequestState,
    asOf?: DateInput | Date,
    options?: ComputeOptions,
  ) {
    const status = readStatus(received, asOf, options);
    if (typeof status === 'string') return failure(`toHaveState: ${status}`);
    const pass = status.state === state;
    return {
      pass,
      actual: status.state,
      expected: state,
      message: () =>
        `${
          this.isNot
            ? `se esperaba un estado distinto de «${safeShow(state)}» al ${status.asOf}`
            : `se esperaba el estado «${safeShow(state)}» al ${status.asOf}, pero es «${status.state}»`
        }\n\nExplicación legal:\n${indent(statusTrace(status))}`,
    };
  },

  toHaveSemaforo(
    this: MatcherContext,
    received: unknown,
    color: Semaforo | null,
    asOf?: DateInput | Date,
    options?: ComputeOptions,
  ) {
    const status = readStatus(received, asOf, options);
    if (typeof status === 'string') return failure(`toHaveSemaforo: ${status}`);
    const pass = status.semaforo === color;
    const text = (c: Semaforo | null) => (c === null ? 'sin semáforo' : `semáforo ${safeShow(c)}`);
    return {
      pass,
      actual: status.semaforo,
      expected: color,
      message: () =>
        `${
          this.isNot
            ? `se esperaba un semáforo distinto de «${text(color)}» al ${status.asOf}`
            : `se esperaba ${text(color)} al ${status.asOf}, pero es ${text(status.semaforo)}`
        }\n\nExplicación legal:\n${indent(statusTrace(status))}`,
    };
  },
});
