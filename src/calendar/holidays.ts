/**
 * Colombian national holidays computed from the law: Ley 51 de 1983 (18 a year from 1984,
 * ten of them moved to the following Monday) and Ley 2578 de 2026 (9 July, moved to Monday,
 * from 2026).
 *
 * @module
 */
import { PqrsdError } from '../errors.js';
import { show } from '../show.js';
import {
  civilFromDays,
  daysFromCivil,
  fromDayNumber,
  MAX_YEAR,
  MIN_YEAR,
  outOfRange,
  parseDayNumber,
  weekdayOfDayNumber,
} from './civil-date.js';
import type { DateInput, IsoDate } from './types.js';

/**
 * A holiday observed on a civil date.
 *
 * @example
 * ```ts
 * import type { Holiday } from 'pqrsd/calendar';
 * const reyes: Holiday = {
 *   date: '2026-01-12' as IsoDate,
 *   name: 'Día de los Reyes Magos',
 *   law: 'Ley 51 de 1983',
 *   movedFrom: '2026-01-06' as IsoDate,
 * };
 * ```
 */
export interface Holiday {
  /** The day observed as holiday (non-business). */
  readonly date: IsoDate;
  /** Spanish name, e.g. `'Día de los Reyes Magos'`. */
  readonly name: string;
  /** The norm that makes it a holiday, e.g. `'Ley 51 de 1983'`. */
  readonly law: string;
  /** The legal date of the festivity when the law moved the holiday to a Monday. */
  readonly movedFrom?: IsoDate;
}

/**
 * One rule of the holiday table ({@link HOLIDAY_RULES}).
 *
 * - `fijo`: observed on its date (`month`/`day`) whatever the weekday.
 * - `lunes_siguiente`: on its date (`month`/`day`) if a Monday, else moved to the following Monday.
 * - `pascua`: `offset` days from Easter Sunday; moved to the following Monday when `monday` is true.
 *
 * @example
 * ```ts
 * import type { HolidayRule } from 'pqrsd/calendar';
 * const navidad: HolidayRule = {
 *   name: 'Navidad', law: 'Ley 51 de 1983', article: 'art. 1', since: 1984, kind: 'fijo', month: 12, day: 25,
 * };
 * ```
 */
export interface HolidayRule {
  /** Spanish name. */
  readonly name: string;
  /** The norm. */
  readonly law: string;
  /** The article of the norm. */
  readonly article: string;
  /** First year the rule applies (1984 for Ley 51 de 1983; 2026 for Ley 2578 de 2026). */
  readonly since: number;
  /** How the date is computed. */
  readonly kind: 'fijo' | 'lunes_siguiente' | 'pascua';
  /** Month (1–12) of the legal date, for `fijo` and `lunes_siguiente`. */
  readonly month?: number;
  /** Day of month of the legal date, for `fijo` and `lunes_siguiente`. */
  readonly day?: number;
  /**
   * Days from Easter Sunday to the legal date, for `pascua`. A documented convention:
   * normas.md §5 finds no normative text that defines these offsets (NOT CONFIRMED).
   */
  readonly offset?: number;
  /** For `pascua`: moved to the following Monday (Ley 51 de 1983 art. 1 num. 2). */
  readonly monday?: boolean;
}

const L51 = 'Ley 51 de 1983';
const A1 = 'art. 1';
const A12 = 'art. 1 num. 2';

/**
 * The holiday rule table, as typed data (for documentation, the CLI and the computation itself).
 *
 * Sources (normas.md §5 and §12): Ley 51 de 1983 art. 1 (the 18 holidays; num. 2 moves ten of them to
 * the following Monday, a Sunday one to the next day) and Ley 2578 de 2026 (9 July, Nuestra Señora
 * del Rosario de Chiquinquirá, moved to Monday, from 2026 on — SECONDARY: its text was not read,
 * the rule is what maintained datasets that cite it encode).
 *
 * The Easter offsets (Jueves Santo −3, Viernes Santo −2, Ascensión +39, Corpus Christi +60,
 * Sagrado Corazón +68, the last three moved to Monday: +43, +64, +71) are the customary
 * computation: Ley 51 de 1983 names the festivities but does NOT define their dates
 * (normas.md §5, NOT CONFIRMED by any normative text).
 *
 * @example
 * ```ts
 * import { HOLIDAY_RULES } from 'pqrsd/calendar';
 * HOLIDAY_RULES.filter((r) => r.kind === 'lunes_siguiente').length; //=> 8
 * ```
 */
export const HOLIDAY_RULES = /* @__PURE__ */ frozenRules([
  { name: 'Año Nuevo', law: L51, article: A1, since: 1984, kind: 'fijo', month: 1, day: 1 },
  {
    name: 'Día de los Reyes Magos',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'lunes_siguiente',
    month: 1,
    day: 6,
  },
  {
    name: 'Día de San José',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'lunes_siguiente',
    month: 3,
    day: 19,
  },
  { name: 'Jueves Santo', law: L51, article: A1, since: 1984, kind: 'pascua', offset: -3 },
  { name: 'Viernes Santo', law: L51, article: A1, since: 1984, kind: 'pascua', offset: -2 },
  { name: 'Día del Trabajo', law: L51, article: A1, since: 1984, kind: 'fijo', month: 5, day: 1 },
  {
    name: 'Ascensión del Señor',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'pascua',
    offset: 39,
    monday: true,
  },
  { name: 'Corpus Christi', law: L51, article: A12, since: 1984, kind: 'pascua', offset: 60, monday: true },
  {
    name: 'Sagrado Corazón de Jesús',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'pascua',
    offset: 68,
    monday: true,
  },
  {
    name: 'San Pedro y San Pablo',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'lunes_siguiente',
    month: 6,
    day: 29,
  },
  {
    name: 'Nuestra Señora del Rosario de Chiquinquirá',
    law: 'Ley 2578 de 2026',
    article: A1,
    since: 2026,
    kind: 'lunes_siguiente',
    month: 7,
    day: 9,
  },
  { name: 'Día de la Independencia', law: L51, article: A1, since: 1984, kind: 'fijo', month: 7, day: 20 },
  { name: 'Batalla de Boyacá', law: L51, article: A1, since: 1984, kind: 'fijo', month: 8, day: 7 },
  {
    name: 'Asunción de la Virgen',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'lunes_siguiente',
    month: 8,
    day: 15,
  },
  {
    name: 'Día de la Raza',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'lunes_siguiente',
    month: 10,
    day: 12,
  },
  {
    name: 'Todos los Santos',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'lunes_siguiente',
    month: 11,
    day: 1,
  },
  {
    name: 'Independencia de Cartagena',
    law: L51,
    article: A12,
    since: 1984,
    kind: 'lunes_siguiente',
    month: 11,
    day: 11,
  },
  { name: 'Inmaculada Concepción', law: L51, article: A1, since: 1984, kind: 'fijo', month: 12, day: 8 },
  { name: 'Navidad', law: L51, article: A1, since: 1984, kind: 'fijo', month: 12, day: 25 },
] as const satisfies readonly HolidayRule[]);

/** Freezes the table and its rules (only strings and numbers) once, at load. @internal */
function frozenRules<T extends readonly object[]>(rules: T): T {
  for (const rule of rules) Object.freeze(rule);
  return Object.freeze(rules);
}

/** Throws unless `year` is an integer inside the supported range. @internal */
export function checkYear(year: number): number {
  if (!Number.isInteger(year)) {
    throw new PqrsdError('INVALID_ARGUMENT', `«${show(year)}» no es un año entero`, { value: year });
  }
  if (year < MIN_YEAR || year > MAX_YEAR) throw outOfRange(year);
  return year;
}

/** Day number of Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). @internal */
export function easterDayNumber(year: number): number {
  const a = year % 19;
  const b = (year / 100) | 0;
  const c = year % 100;
  const d = (b / 4) | 0;
  const e = b % 4;
  const f = ((b + 8) / 25) | 0;
  const g = ((b - f + 1) / 3) | 0;
  const h = (19 * a + b - d - g + 15) % 30;
  const i = (c / 4) | 0;
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = ((a + 11 * h + 22 * l) / 451) | 0;
  const month = ((h + l - 7 * m + 114) / 31) | 0;
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/**
 * Easter Sunday of a year (Gregorian calendar, anonymous algorithm).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a non-integer year; `YEAR_OUT_OF_RANGE` outside the range.
 * @example
 * ```ts
 * import { easterSunday } from 'pqrsd/calendar';
 * easterSunday(2026); //=> '2026-04-05'
 * ```
 */
export function easterSunday(year: number): IsoDate {
  return fromDayNumber(easterDayNumber(checkYear(year)));
}

/**
 * Calls `visit(observed, legal, rule)` with the day numbers of every holiday of a (checked) year,
 * in rule order, allocating nothing. @internal
 */
export function forEachHoliday(
  year: number,
  visit: (observed: number, legal: number, rule: HolidayRule) => void,
): void {
  const easter = easterDayNumber(year);
  for (const rule of HOLIDAY_RULES as readonly HolidayRule[]) {
    if (year < rule.since) continue;
    const legal =
      rule.kind === 'pascua' ? easter + (rule.offset as number) : daysFromCivil(year, rule.month!, rule.day!);
    const move = rule.kind === 'lunes_siguiente' || rule.monday === true;
    visit(move ? legal + ((8 - weekdayOfDayNumber(legal)) % 7) : legal, legal, rule);
  }
}

const cache = /* @__PURE__ */ new Map<number, readonly Holiday[]>();

/**
 * The national holidays of a year, sorted by date (then name), each with its law; moved ones carry
 * the legal date in `movedFrom`. 18 a year from 1984 (Ley 51 de 1983), 19 from 2026
 * (Ley 2578 de 2026). Two holidays on one day are both listed. Easter Sunday is not listed
 * (it is a Sunday, not a holiday by law). The result is cached and frozen.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a non-integer year; `YEAR_OUT_OF_RANGE` outside
 * {@link MIN_YEAR}..{@link MAX_YEAR}.
 * @example
 * ```ts
 * import { colombianHolidays } from 'pqrsd/calendar';
 * colombianHolidays(2026).find((h) => h.law === 'Ley 2578 de 2026');
 * //=> { date: '2026-07-13', name: 'Nuestra Señora del Rosario de Chiquinquirá', law: 'Ley 2578 de 2026', movedFrom: '2026-07-09' }
 * ```
 */
export function colombianHolidays(year: number): readonly Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  checkYear(year);
  const list: Holiday[] = [];
  forEachHoliday(year, (observed, legal, rule) => {
    const h: { date: IsoDate; name: string; law: string; movedFrom?: IsoDate } = {
      date: fromDayNumber(observed),
      name: rule.name,
      law: rule.law,
    };
    if (observed !== legal) h.movedFrom = fromDayNumber(legal);
    list.push(Object.freeze(h));
  });
  list.sort(compareHolidays);
  const frozen = Object.freeze(list);
  cache.set(year, frozen);
  return frozen;
}

/** Sort order of holidays: by date, then name. @internal */
export function compareHolidays(a: Holiday, b: Holiday): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** @internal */
export const NO_HOLIDAYS: readonly Holiday[] = Object.freeze([]);

/** National holidays observed on a day number (checked). @internal */
export function holidaysOnDayNumber(n: number): readonly Holiday[] {
  const date = fromDayNumber(n);
  const list = colombianHolidays(civilFromDays(n) >> 9).filter((h) => h.date === date);
  return list.length ? Object.freeze(list) : NO_HOLIDAYS;
}

/**
 * The national holidays observed on a date (usually none or one; two on a same-day collision
 * such as 2025-06-30).
 *
 * @example
 * ```ts
 * import { holidaysOn } from 'pqrsd/calendar';
 * holidaysOn('2025-06-30').map((h) => h.name); //=> ['Sagrado Corazón de Jesús', 'San Pedro y San Pablo']
 * ```
 */
export function holidaysOn(d: DateInput): readonly Holiday[] {
  return holidaysOnDayNumber(parseDayNumber(d));
}

/**
 * Whether a date is a national holiday (Ley 51 de 1983, Ley 2578 de 2026). Weekends are not
 * holidays by themselves: see `isBusinessDay` for business days.
 *
 * @example
 * ```ts
 * import { isHoliday } from 'pqrsd/calendar';
 * isHoliday('2026-12-08'); //=> true
 * isHoliday('2026-01-06'); //=> false (trasladado al lunes 2026-01-12)
 * ```
 */
export function isHoliday(d: DateInput): boolean {
  return holidaysOn(d).length > 0;
}
