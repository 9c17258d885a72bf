/**
 * Business-day calendars: the national one (Monday–Friday minus the holidays of Ley 51 de 1983
 * and Ley 2578 de 2026) and entity calendars with closures, suspensions of terms, another
 * workweek, extra holidays or another holiday source.
 *
 * Terms in "días" count business days (Ley 4 de 1913 art. 62: "se entienden suprimidos los
 * feriados y de vacantes"), starting the day after the event. Arithmetic is O(1): each calendar
 * precomputes, once, a prefix count of business days over every day of the supported range and the
 * list of business days, as typed arrays.
 *
 * @module
 */
import { PqrsdError } from '../errors.js';
import { show } from '../show.js';
import {
  checkCount,
  checkDayNumber,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  fromDayNumber,
  MAX_DAY,
  MAX_YEAR,
  MIN_DAY,
  MIN_YEAR,
  outOfRange,
  parseDayNumber,
  weekdayOfDayNumber,
} from './civil-date.js';
import {
  checkYear,
  colombianHolidays,
  compareHolidays,
  forEachHoliday,
  type Holiday,
  holidaysOnDayNumber,
  NO_HOLIDAYS,
} from './holidays.js';
import type { DateInput, IsoDate } from './types.js';

/**
 * How an entity's calendar differs from the national one. Every entry is validated when the
 * calendar is created ({@link createCalendar}); a bad one raises `INVALID_CALENDAR_OPTIONS`
 * naming the entry (`closures[2]`, `suspensions[0].to`, …). Unknown keys are rejected too.
 *
 * @example
 * ```ts
 * import { createCalendar, type CalendarOptions } from 'pqrsd/calendar';
 * const options: CalendarOptions = {
 *   closures: [{ date: '2026-12-24', reason: 'Cierre de fin de año (Resolución 123 de 2026)' }],
 *   suspensions: [{ from: '2026-12-28', to: '2026-12-31', act: 'Resolución 456 de 2026' }],
 * };
 * const cal = createCalendar(options);
 * ```
 */
export interface CalendarOptions {
  /** Single days the entity does not attend the public (cierre de la entidad), with the reason. */
  readonly closures?: readonly { readonly date: DateInput; readonly reason: string }[];
  /** Periods (both ends included) in which terms are suspended, with the act that ordered it. */
  readonly suspensions?: readonly {
    readonly from: DateInput;
    readonly to: DateInput;
    readonly act: string;
  }[];
  /**
   * Business weekdays, ISO numbers (1 = lunes … 7 = domingo). Default `[1, 2, 3, 4, 5]`.
   * Saturday as a non-business day is a documented convention, not a statute
   * (normas.md R-CAL-SABADO, NOT CONFIRMED): an entity that attends on Saturdays passes
   * `[1, 2, 3, 4, 5, 6]`.
   */
  readonly workweek?: readonly number[];
  /** Holidays added to the built-in (or source) ones, e.g. a local holiday with its norm. */
  readonly extraHolidays?: readonly {
    readonly date: DateInput;
    readonly name: string;
    readonly law: string;
  }[];
  /**
   * Replaces the built-in holidays: called once per year of the supported range when the calendar
   * is created; every entry must fall in the year asked. For example an adapter over
   * date-holidays:
   *
   * ```ts
   * import Holidays from 'date-holidays';
   * const hd = new Holidays('CO');
   * const cal = createCalendar({
   *   holidaySource: (year) =>
   *     hd.getHolidays(year)
   *       .filter((h) => h.type === 'public')
   *       .map((h) => ({ date: h.date.slice(0, 10), name: h.name, law: 'date-holidays' })),
   * });
   * ```
   */
  readonly holidaySource?: (
    year: number,
  ) => readonly { readonly date: DateInput; readonly name: string; readonly law?: string }[];
}

/**
 * Why a day is not counted, in {@link DayExplanation.reason}. When several apply, the first of
 * this order is given: `festivo`, `fin_de_semana`, `cierre_entidad`, `suspension`.
 *
 * @example
 * ```ts
 * import type { SkipReason } from 'pqrsd/calendar';
 * const r: SkipReason = 'festivo';
 * ```
 */
export type SkipReason = 'fin_de_semana' | 'festivo' | 'cierre_entidad' | 'suspension';

/**
 * One day of a span, counted or skipped, as returned by {@link BusinessCalendar.explain}.
 *
 * @example
 * ```ts
 * import { explain } from 'pqrsd/calendar';
 * explain('2026-12-07', '2026-12-08');
 * //=> [{ date: '2026-12-08', counted: false, reason: 'festivo', detail: 'Inmaculada Concepción' }]
 * ```
 */
export interface DayExplanation {
  /** The day. */
  readonly date: IsoDate;
  /** Whether it is a business day, counted in the term. */
  readonly counted: boolean;
  /** 1-based position among the counted days of the span (counted days only). */
  readonly ordinal?: number;
  /** Why it is not counted (skipped days only). */
  readonly reason?: SkipReason;
  /** Holiday name(s), weekday name, closure reason(s) or suspension act(s). */
  readonly detail?: string;
}

/**
 * Everything a calendar knows about one day, as returned by {@link BusinessCalendar.dayInfo}.
 *
 * @example
 * ```ts
 * import { nationalCalendar } from 'pqrsd/calendar';
 * nationalCalendar.dayInfo('2026-12-08').businessDay; //=> false
 * ```
 */
export interface DayInfo {
  /** The day. */
  readonly date: IsoDate;
  /** Whether it is a business day in this calendar. */
  readonly businessDay: boolean;
  /** ISO weekday, 1 = lunes … 7 = domingo. */
  readonly weekday: number;
  /** Holidays of this calendar on that day (built-in or source, plus extras). */
  readonly holidays: readonly Holiday[];
  /** Closure reason(s) of the entity that day, if any. */
  readonly closure?: string;
  /** Act(s) suspending terms that day, if any. */
  readonly suspension?: string;
}

/**
 * A business-day calendar. Obtain one with {@link createCalendar} or use {@link nationalCalendar}.
 * Methods can be destructured (they do not use `this`).
 *
 * @example
 * ```ts
 * import { createCalendar } from 'pqrsd/calendar';
 * const cal = createCalendar({ closures: [{ date: '2026-12-24', reason: 'Cierre' }] });
 * cal.addBusinessDays('2026-12-23', 1); //=> '2026-12-28'
 * ```
 */
export interface BusinessCalendar {
  /**
   * Whether a date is a business day here.
   *
   * @example
   * ```ts
   * nationalCalendar.isBusinessDay('2026-04-02'); //=> false (Jueves Santo)
   * ```
   */
  isBusinessDay(d: DateInput): boolean;
  /**
   * `n >= 1`: the n-th business day strictly after `d` (d itself never counts, whatever day it is);
   * `n <= -1`: the |n|-th business day strictly before; `n = 0`: `d`.
   * Throws `INVALID_DAY_COUNT` for a non-integer `n`, `YEAR_OUT_OF_RANGE` beyond the range.
   *
   * @example
   * ```ts
   * nationalCalendar.addBusinessDays('2026-11-27', 15); //=> '2026-12-21'
   * ```
   */
  addBusinessDays(d: DateInput, n: number): IsoDate;
  /**
   * Business days in (a, b]; negative when b < a (−count of (b, a]).
   *
   * @example
   * ```ts
   * nationalCalendar.businessDaysBetween('2026-11-27', '2026-12-21'); //=> 15
   * ```
   */
  businessDaysBetween(a: DateInput, b: DateInput): number;
  /**
   * The first business day strictly after `d`.
   *
   * @example
   * ```ts
   * nationalCalendar.nextBusinessDay('2026-12-24'); //=> '2026-12-28'
   * ```
   */
  nextBusinessDay(d: DateInput): IsoDate;
  /**
   * The last business day strictly before `d`.
   *
   * @example
   * ```ts
   * nationalCalendar.previousBusinessDay('2026-01-05'); //=> '2026-01-02'
   * ```
   */
  previousBusinessDay(d: DateInput): IsoDate;
  /**
   * Ley 4 de 1913 art. 62: the same day `n` calendar months later (clamped to that month's last day);
   * if it is not a business day, extended to the next business day. `n` a non-negative integer.
   *
   * @example
   * ```ts
   * nationalCalendar.addCalendarMonths('2026-01-31', 1); //=> '2026-03-02' (28 feb es sábado)
   * ```
   */
  addCalendarMonths(d: DateInput, n: number): IsoDate;
  /**
   * Each day of (a, b] (of (b, a] when b < a), counted or skipped with the reason.
   *
   * @example
   * ```ts
   * nationalCalendar.explain('2026-12-04', '2026-12-09').filter((x) => x.counted).length; //=> 2
   * ```
   */
  explain(a: DateInput, b: DateInput): readonly DayExplanation[];
  /**
   * Everything this calendar knows about one day.
   *
   * @example
   * ```ts
   * nationalCalendar.dayInfo('2025-06-30').holidays.length; //=> 2
   * ```
   */
  dayInfo(d: DateInput): DayInfo;
  /**
   * The holidays this calendar applies in a year (built-in or source, plus extras), sorted.
   *
   * @example
   * ```ts
   * nationalCalendar.holidays(2026).length; //=> 19
   * ```
   */
  holidays(year: number): readonly Holiday[];
  /**
   * A new calendar with more closures, suspensions and extra holidays merged; `workweek` and
   * `holidaySource`, when given, replace this calendar's. Cheap: the tables are built on first use.
   *
   * @example
   * ```ts
   * const cal2 = nationalCalendar.extend({ suspensions: [{ from: '2026-03-02', to: '2026-03-06', act: 'Resolución 1' }] });
   * ```
   */
  extend(options: CalendarOptions): BusinessCalendar;
  /**
   * {@link BusinessCalendar.isBusinessDay} on a day number (days since 1970-01-01).
   *
   * @example
   * ```ts
   * nationalCalendar.isBusinessDayNumber(toDayNumber('2026-12-08')); //=> false
   * ```
   */
  isBusinessDayNumber(dayNumber: number): boolean;
  /**
   * {@link BusinessCalendar.addBusinessDays} on day numbers, allocation-free.
   *
   * @example
   * ```ts
   * fromDayNumber(nationalCalendar.addBusinessDaysNumber(toDayNumber('2026-11-27'), 15)); //=> '2026-12-21'
   * ```
   */
  addBusinessDaysNumber(dayNumber: number, n: number): number;
  /**
   * {@link BusinessCalendar.businessDaysBetween} on day numbers, allocation-free.
   *
   * @example
   * ```ts
   * nationalCalendar.businessDaysBetweenNumbers(toDayNumber('2026-11-27'), toDayNumber('2026-12-21')); //=> 15
   * ```
   */
  businessDaysBetweenNumbers(a: number, b: number): number;
}

/** Validated, normalized options. */
interface Config {
  /** Bit w set when ISO weekday w is a business weekday. */
  readonly week: number;
  /** Holidays from a source by day number, or null for the built-in ones. */
  readonly src: ReadonlyMap<number, readonly Holiday[]> | null;
  readonly extra: ReadonlyMap<number, readonly Holiday[]>;
  readonly closures: ReadonlyMap<number, readonly string[]>;
  readonly susp: readonly { readonly from: number; readonly to: number; readonly act: string }[];
}

const N = MAX_DAY - MIN_DAY + 1;
const WEEKEND = 1;
const HOLIDAY = 2;
const CLOSURE = 4;
const SUSPENSION = 8;
const DAY_NAMES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
const KEYS = ['closures', 'suspensions', 'workweek', 'extraHolidays', 'holidaySource'];

function bad(entry: string, why: string, value: unknown): never {
  throw new PqrsdError('INVALID_CALENDAR_OPTIONS', `Opciones de calendario inválidas: ${entry}: ${why}`, {
    entry,
    value,
  });
}

function list(entry: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) bad(entry, `«${show(value)}» debe ser una lista`, value);
  return value;
}

type Entry = Record<string, unknown>;

/** Calls `fn` with each entry of the list `name` (absent = empty), checked to be an object. */
function each(name: string, value: unknown, fn: (r: Entry, entry: string) => void): void {
  list(name, value ?? []).forEach((v, i) => {
    const entry = `${name}[${i}]`;
    if (typeof v !== 'object' || v === null) bad(entry, `«${show(v)}» debe ser un objeto`, v);
    fn(v as Entry, entry);
  });
}

/** The non-empty text `r[key]`. */
function text(entry: string, r: Entry, key: string): string {
  const value = r[key];
  if (typeof value !== 'string' || value.trim() === '') {
    bad(`${entry}.${key}`, `«${show(value)}» debe ser un texto no vacío`, value);
  }
  return value;
}

/** The day number of the date `r[key]`. */
function day(entry: string, r: Entry, key: string): number {
  try {
    return parseDayNumber(r[key]);
  } catch (error) {
    return bad(`${entry}.${key}`, (error as Error).message, r[key]);
  }
}

function add<T>(map: Map<number, T[]>, key: number, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** Adds the holiday entry `r` to `map`; with `year`, checks it belongs to that year (a source). */
function addHoliday(map: Map<number, Holiday[]>, r: Entry, entry: string, year?: number): void {
  const dn = day(entry, r, 'date');
  if (year !== undefined && civilFromDays(dn) >> 9 !== year) {
    bad(`${entry}.date`, `«${show(r.date)}» no es del año ${year}`, r.date);
  }
  const law =
    year !== undefined && r.law === undefined ? 'fuente externa de festivos' : text(entry, r, 'law');
  add(map, dn, Object.freeze({ date: fromDayNumber(dn), name: text(entry, r, 'name'), law }));
}

function parseOptions(options: unknown, base: Config): Config {
  const o = (options ?? {}) as Entry;
  if (typeof o !== 'object') bad('opciones', `«${show(o)}» debe ser un objeto`, o);
  for (const key of Object.keys(o)) {
    if (!KEYS.includes(key)) bad(key, `opción desconocida «${key}»`, o[key]);
  }
  let week = base.week;
  if (o.workweek !== undefined) {
    week = 0;
    list('workweek', o.workweek).forEach((w, i) => {
      if (!Number.isInteger(w) || (w as number) < 1 || (w as number) > 7) {
        bad(`workweek[${i}]`, `«${show(w)}» no es un día ISO de la semana (1 a 7)`, w);
      }
      week |= 1 << (w as number);
    });
    if (week === 0) bad('workweek', 'la semana laboral no puede estar vacía', o.workweek);
  }
  let src = base.src;
  const source = o.holidaySource;
  if (source !== undefined) {
    if (typeof source !== 'function') bad('holidaySource', 'debe ser una función', source);
    const map = new Map<number, Holiday[]>();
    for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
      const name = `holidaySource(${year})`;
      each(name, list(name, source(year)), (r, entry) => addHoliday(map, r, entry, year));
    }
    src = map;
  }
  const extra = new Map(base.extra) as Map<number, Holiday[]>;
  each('extraHolidays', o.extraHolidays, (r, entry) => addHoliday(extra, r, entry));
  const closures = new Map(base.closures) as Map<number, string[]>;
  each('closures', o.closures, (r, entry) => add(closures, day(entry, r, 'date'), text(entry, r, 'reason')));
  const susp = [...base.susp];
  each('suspensions', o.suspensions, (r, entry) => {
    const from = day(entry, r, 'from');
    const to = day(entry, r, 'to');
    if (to < from) bad(`${entry}.to`, `el fin «${show(r.to)}» es anterior al inicio «${show(r.from)}»`, r);
    susp.push({ from, to, act: text(entry, r, 'act') });
  });
  return { week, src, extra, closures, susp };
}

/**
 * The day tables of a calendar, indexed by day number − MIN_DAY:
 * [0] flags: 0 for a business day, else reason bits;
 * [1] prefix: business days among indices < i (length N + 1, so [1][N] is the total);
 * [2] days: the day numbers of the business days, ascending.
 */
type Tables = readonly [flags: Uint8Array, prefix: Int32Array, days: Int32Array];

/** Weekend + built-in holiday flags by workweek mask, shared by every calendar with built-in holidays. */
const baseFlags = /* @__PURE__ */ new Map<number, Uint8Array>();

function build(c: Config): Tables {
  const base = MIN_DAY;
  const shared = c.src ? undefined : baseFlags.get(c.week);
  let flags: Uint8Array;
  if (shared) {
    flags = shared.slice();
  } else {
    flags = new Uint8Array(N);
    // One week of weekend flags, then doubled by memory copies (no per-day loop).
    for (let i = 0; i < 7; i++) flags[i] = (c.week >> weekdayOfDayNumber(base + i)) & 1 ? 0 : WEEKEND;
    for (let len = 7; len < N; len *= 2) flags.copyWithin(len, 0, len);
    const mark = (dn: number): void => {
      flags[dn - base]! |= HOLIDAY;
    };
    if (c.src) for (const dn of c.src.keys()) mark(dn);
    else {
      for (let y = MIN_YEAR; y <= MAX_YEAR; y++) forEachHoliday(y, mark);
      baseFlags.set(c.week, flags.slice());
    }
  }
  for (const dn of c.extra.keys()) flags[dn - MIN_DAY]! |= HOLIDAY;
  for (const dn of c.closures.keys()) flags[dn - MIN_DAY]! |= CLOSURE;
  for (const s of c.susp) for (let dn = s.from; dn <= s.to; dn++) flags[dn - MIN_DAY]! |= SUSPENSION;
  const prefix = new Int32Array(N + 1);
  const days = new Int32Array(N);
  let count = 0;
  for (let i = 0; i < N; i++) {
    prefix[i] = count;
    if (flags[i] === 0) days[count++] = i + base;
  }
  prefix[N] = count;
  return [flags, prefix, days];
}

function beyond(d: number, n: number): PqrsdError {
  return outOfRange(`${fromDayNumber(d)} + ${n}`);
}

function make(c: Config): BusinessCalendar {
  let cached: Tables | undefined;
  const tables = (): Tables => {
    cached ??= build(c);
    return cached;
  };

  const isBusinessDayNumber = (dn: number): boolean => tables()[0][checkDayNumber(dn) - MIN_DAY] === 0;

  const addBusinessDaysNumber = (dn: number, n: number): number => {
    checkDayNumber(dn);
    checkCount(n);
    if (n === 0) return dn;
    const [, prefix, days] = tables();
    const k = n > 0 ? prefix[dn - MIN_DAY + 1]! + n - 1 : prefix[dn - MIN_DAY]! + n;
    if (k < 0 || k >= prefix[N]!) throw beyond(dn, n);
    return days[k]!;
  };

  const businessDaysBetweenNumbers = (a: number, b: number): number => {
    const p = tables()[1];
    return p[checkDayNumber(b) - MIN_DAY + 1]! - p[checkDayNumber(a) - MIN_DAY + 1]!;
  };

  const holidaysOf = (dn: number): readonly Holiday[] => {
    const base = c.src ? (c.src.get(dn) ?? NO_HOLIDAYS) : holidaysOnDayNumber(dn);
    const more = c.extra.get(dn);
    return more ? Object.freeze([...base, ...more]) : base;
  };

  const info = (dn: number): DayInfo => {
    const i: { -readonly [K in keyof DayInfo]: DayInfo[K] } = {
      date: fromDayNumber(dn),
      businessDay: isBusinessDayNumber(dn),
      weekday: weekdayOfDayNumber(dn),
      holidays: holidaysOf(dn),
    };
    const closure = c.closures.get(dn);
    if (closure) i.closure = closure.join('; ');
    const acts = c.susp.filter((s) => s.from <= dn && dn <= s.to).map((s) => s.act);
    if (acts.length) i.suspension = acts.join('; ');
    return Object.freeze(i);
  };

  const explainDay = (dn: number, ordinal: number): DayExplanation => {
    const f = tables()[0][dn - MIN_DAY]!;
    if (f === 0) return Object.freeze({ date: fromDayNumber(dn), counted: true, ordinal });
    // Only the part of `info(dn)` the reason needs (a weekend needs no holiday lookup).
    let reason: SkipReason;
    let detail: string;
    if (f & HOLIDAY) {
      reason = 'festivo';
      detail = holidaysOf(dn)
        .map((h) => h.name)
        .join(' / ');
    } else if (f & WEEKEND) {
      reason = 'fin_de_semana';
      detail = DAY_NAMES[weekdayOfDayNumber(dn) - 1]!;
    } else if (f & CLOSURE) {
      reason = 'cierre_entidad';
      detail = c.closures.get(dn)!.join('; ');
    } else {
      reason = 'suspension';
      detail = c.susp
        .filter((s) => s.from <= dn && dn <= s.to)
        .map((s) => s.act)
        .join('; ');
    }
    return Object.freeze({ date: fromDayNumber(dn), counted: false, reason, detail });
  };

  const cal: BusinessCalendar = {
    isBusinessDay: (d) => isBusinessDayNumber(parseDayNumber(d)),
    addBusinessDays: (d, n) => fromDayNumber(addBusinessDaysNumber(parseDayNumber(d), n)),
    businessDaysBetween: (a, b) => businessDaysBetweenNumbers(parseDayNumber(a), parseDayNumber(b)),
    nextBusinessDay: (d) => fromDayNumber(addBusinessDaysNumber(parseDayNumber(d), 1)),
    previousBusinessDay: (d) => fromDayNumber(addBusinessDaysNumber(parseDayNumber(d), -1)),
    addCalendarMonths: (d, n) => {
      const start = parseDayNumber(d);
      checkCount(n, 'meses');
      const p = civilFromDays(start);
      const dd = p & 31;
      const months = ((p >> 5) & 15) - 1 + n;
      const year = (p >> 9) + Math.floor(months / 12);
      if (year > MAX_YEAR) throw beyond(start, n);
      const month = (months % 12) + 1;
      const end = daysFromCivil(year, month, Math.min(dd, daysInMonth(year, month)));
      return fromDayNumber(isBusinessDayNumber(end) ? end : addBusinessDaysNumber(end, 1));
    },
    explain: (a, b) => {
      let lo = parseDayNumber(a);
      let hi = parseDayNumber(b);
      if (hi < lo) [lo, hi] = [hi, lo];
      const out: DayExplanation[] = [];
      let ordinal = 0;
      for (let dn = lo + 1; dn <= hi; dn++) {
        const e = explainDay(dn, ordinal + 1);
        if (e.counted) ordinal++;
        out.push(e);
      }
      return Object.freeze(out);
    },
    dayInfo: (d) => info(parseDayNumber(d)),
    holidays: (year) => {
      const from = daysFromCivil(checkYear(year), 1, 1);
      const to = daysFromCivil(year + 1, 1, 1);
      const pick = (m: ReadonlyMap<number, readonly Holiday[]>): Holiday[] =>
        [...m].flatMap(([dn, list]) => (dn >= from && dn < to ? list : []));
      return Object.freeze(
        [...(c.src ? pick(c.src) : colombianHolidays(year)), ...pick(c.extra)].sort(compareHolidays),
      );
    },
    extend: (options) => make(parseOptions(options, c)),
    isBusinessDayNumber,
    addBusinessDaysNumber,
    businessDaysBetweenNumbers,
  };
  return Object.freeze(cal);
}

const EMPTY: Config = { week: 0b111110, src: null, extra: new Map(), closures: new Map(), susp: [] };

/**
 * Creates a business-day calendar: the national one (Monday–Friday, holidays of Ley 51 de 1983 and
 * Ley 2578 de 2026) changed by the entity's options. Options are validated now; the day tables are
 * built on first use (~1 ms, once per calendar).
 *
 * @throws `PqrsdError` `INVALID_CALENDAR_OPTIONS` naming the bad entry.
 * @example
 * ```ts
 * import { createCalendar } from 'pqrsd/calendar';
 * const cal = createCalendar({
 *   closures: [{ date: '2026-12-24', reason: 'Cierre de fin de año' }],
 *   suspensions: [{ from: '2026-12-28', to: '2026-12-31', act: 'Resolución 456 de 2026' }],
 * });
 * cal.nextBusinessDay('2026-12-23'); //=> '2027-01-04'
 * ```
 */
export function createCalendar(options?: CalendarOptions): BusinessCalendar {
  return make(parseOptions(options, EMPTY));
}

/**
 * The national calendar: Monday to Friday, minus the national holidays. Its tables are built lazily
 * on first use (nothing happens at import time).
 *
 * @example
 * ```ts
 * import { nationalCalendar } from 'pqrsd/calendar';
 * nationalCalendar.addBusinessDays('2026-11-27', 15); //=> '2026-12-21'
 * ```
 */
export const nationalCalendar: BusinessCalendar = /* @__PURE__ */ createCalendar();

/**
 * Returns {@link nationalCalendar}.
 *
 * @example
 * ```ts
 * import { getNationalCalendar } from 'pqrsd/calendar';
 * getNationalCalendar().isBusinessDay('2026-12-08'); //=> false
 * ```
 */
export function getNationalCalendar(): BusinessCalendar {
  return nationalCalendar;
}

/**
 * {@link BusinessCalendar.isBusinessDay} on the {@link nationalCalendar}.
 *
 * @example
 * ```ts
 * import { isBusinessDay } from 'pqrsd/calendar';
 * isBusinessDay('2026-07-13'); //=> false (Ley 2578 de 2026)
 * ```
 */
export function isBusinessDay(d: DateInput): boolean {
  return nationalCalendar.isBusinessDay(d);
}

/**
 * {@link BusinessCalendar.addBusinessDays} on the {@link nationalCalendar}: the n-th business day
 * strictly after `d` (Ley 4 de 1913 art. 62; the term starts the day after).
 *
 * @example
 * ```ts
 * import { addBusinessDays } from 'pqrsd/calendar';
 * addBusinessDays('2026-11-27', 15); //=> '2026-12-21' (salta el 8 de diciembre)
 * ```
 */
export function addBusinessDays(d: DateInput, n: number): IsoDate {
  return nationalCalendar.addBusinessDays(d, n);
}

/**
 * {@link BusinessCalendar.businessDaysBetween} on the {@link nationalCalendar}: business days in (a, b].
 *
 * @example
 * ```ts
 * import { businessDaysBetween } from 'pqrsd/calendar';
 * businessDaysBetween('2026-11-27', '2026-12-21'); //=> 15
 * ```
 */
export function businessDaysBetween(a: DateInput, b: DateInput): number {
  return nationalCalendar.businessDaysBetween(a, b);
}

/**
 * {@link BusinessCalendar.nextBusinessDay} on the {@link nationalCalendar}.
 *
 * @example
 * ```ts
 * import { nextBusinessDay } from 'pqrsd/calendar';
 * nextBusinessDay('2026-04-01'); //=> '2026-04-06' (Semana Santa)
 * ```
 */
export function nextBusinessDay(d: DateInput): IsoDate {
  return nationalCalendar.nextBusinessDay(d);
}

/**
 * {@link BusinessCalendar.previousBusinessDay} on the {@link nationalCalendar}.
 *
 * @example
 * ```ts
 * import { previousBusinessDay } from 'pqrsd/calendar';
 * previousBusinessDay('2026-04-06'); //=> '2026-04-01'
 * ```
 */
export function previousBusinessDay(d: DateInput): IsoDate {
  return nationalCalendar.previousBusinessDay(d);
}

/**
 * {@link BusinessCalendar.addCalendarMonths} on the {@link nationalCalendar} (Ley 4 de 1913 art. 62).
 *
 * @example
 * ```ts
 * import { addCalendarMonths } from 'pqrsd/calendar';
 * addCalendarMonths('2026-11-08', 1); //=> '2026-12-09' (el 8 de diciembre es festivo)
 * ```
 */
export function addCalendarMonths(d: DateInput, n: number): IsoDate {
  return nationalCalendar.addCalendarMonths(d, n);
}

/**
 * {@link BusinessCalendar.explain} on the {@link nationalCalendar}.
 *
 * @example
 * ```ts
 * import { explain } from 'pqrsd/calendar';
 * explain('2026-12-07', '2026-12-09').map((x) => x.reason ?? x.ordinal); //=> ['festivo', 1]
 * ```
 */
export function explain(a: DateInput, b: DateInput): readonly DayExplanation[] {
  return nationalCalendar.explain(a, b);
}
