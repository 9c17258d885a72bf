/**
 * Civil-date periods (month, quarter, semester, year) for grouping indicators. Pure string and
 * integer arithmetic: no `Date`, no host time zone.
 *
 * @module
 */

import { objectArgument } from '../arguments.js';
import { isIsoDate } from '../calendar/civil-date.js';
import { formatIsoDate, parseIsoDate } from '../calendar/index.js';
import type { DateInput, IsoDate } from '../calendar/types.js';
import { PqrsdError } from '../errors.js';
import { show } from '../show.js';
import { safeString } from './meta.js';
import type { CalendarPeriodKind, Period } from './types.js';
import { PERIOD_KINDS } from './types.js';

function lastDay(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function checkKind(kind: unknown): CalendarPeriodKind {
  if (!(PERIOD_KINDS as readonly unknown[]).includes(kind)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«${safeString(kind)}» no es un tipo de período: use 'month', 'quarter', 'semester' o 'year'`,
      { value: kind },
    );
  }
  return kind as CalendarPeriodKind;
}

/** Builds the period of a kind containing year-month. @internal */
function build(kind: CalendarPeriodKind, year: number, month: number): Period {
  switch (kind) {
    case 'month':
      return {
        kind,
        key: `${year}-${pad2(month)}`,
        from: `${year}-${pad2(month)}-01` as IsoDate,
        to: `${year}-${pad2(month)}-${lastDay(year, month)}` as IsoDate,
      };
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + 1;
      const last = q * 3;
      return {
        kind,
        key: `${year}-T${q}`,
        from: `${year}-${pad2(last - 2)}-01` as IsoDate,
        to: `${year}-${pad2(last)}-${lastDay(year, last)}` as IsoDate,
      };
    }
    case 'semester': {
      const s = month <= 6 ? 1 : 2;
      return {
        kind,
        key: `${year}-S${s}`,
        from: `${year}-${s === 1 ? '01' : '07'}-01` as IsoDate,
        to: `${year}-${s === 1 ? '06-30' : '12-31'}` as IsoDate,
      };
    }
    default:
      return { kind, key: String(year), from: `${year}-01-01` as IsoDate, to: `${year}-12-31` as IsoDate };
  }
}

/**
 * The key of the period of a date that is already a valid `IsoDate` (no validation: the hot path of
 * the aggregator). @internal
 */
export function periodKeyOfValidDate(date: string, kind: CalendarPeriodKind): string {
  switch (kind) {
    case 'month':
      return date.slice(0, 7);
    case 'quarter': {
      const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
      return `${date.slice(0, 4)}-T${Math.floor((m - 1) / 3) + 1}`;
    }
    case 'semester':
      return date.charCodeAt(5) === 48 && date.charCodeAt(6) <= 54
        ? `${date.slice(0, 4)}-S1`
        : `${date.slice(0, 4)}-S2`;
    default:
      return date.slice(0, 4);
  }
}

/**
 * The calendar period of a kind that contains a civil date.
 *
 * @throws `PqrsdError` `INVALID_DATE` / `YEAR_OUT_OF_RANGE` for a bad date; `INVALID_ARGUMENT`
 * for an unknown kind.
 * @example
 * ```ts
 * import { periodOf } from 'pqrsd/indicators';
 * periodOf('2026-11-27', 'quarter');
 * //=> { kind: 'quarter', key: '2026-T4', from: '2026-10-01', to: '2026-12-31' }
 * periodOf('2024-02-10', 'month').to; //=> '2024-02-29'
 * ```
 */
export function periodOf(date: DateInput, kind: CalendarPeriodKind): Period {
  const k = checkKind(kind);
  const d = parseIsoDate(date);
  return build(k, Number(d.slice(0, 4)), Number(d.slice(5, 7)));
}

const KEY_RE = /^(\d{4})(?:-(\d{2})|-T([1-4])|-S([12]))?$/;

/**
 * The period named by a key: `'2026-11'` (month), `'2026-T4'` (quarter), `'2026-S2'` (semester) or
 * `'2026'` (year).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a malformed key; `YEAR_OUT_OF_RANGE` outside the
 * calendar's years.
 * @example
 * ```ts
 * import { parsePeriodKey } from 'pqrsd/indicators';
 * parsePeriodKey('2026-S2'); //=> { kind: 'semester', key: '2026-S2', from: '2026-07-01', to: '2026-12-31' }
 * ```
 */
export function parsePeriodKey(key: string): Period {
  const m = typeof key === 'string' ? KEY_RE.exec(key) : null;
  const month = m?.[2] === undefined ? undefined : Number(m[2]);
  if (m === null || (month !== undefined && (month < 1 || month > 12))) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«${safeString(key)}» no es una clave de período: use '2026-11', '2026-T4', '2026-S2' o '2026'`,
      { value: key },
    );
  }
  const year = Number(m[1]);
  formatIsoDate(year, 1, 1); // validates the year range
  if (month !== undefined) return build('month', year, month);
  if (m[3] !== undefined) return build('quarter', year, Number(m[3]) * 3);
  if (m[4] !== undefined) return build('semester', year, m[4] === '1' ? 1 : 7);
  return build('year', year, 1);
}

/**
 * An arbitrary range period, key `'from..to'`.
 *
 * @throws `PqrsdError` `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` when `from` is after `to`.
 * @example
 * ```ts
 * import { rangePeriod } from 'pqrsd/indicators';
 * rangePeriod('2026-01-01', '2026-11-27').key; //=> '2026-01-01..2026-11-27'
 * ```
 */
export function rangePeriod(from: DateInput, to: DateInput): Period {
  const f = parseIsoDate(from);
  const t = parseIsoDate(to);
  if (f > t) {
    throw new PqrsdError('INVALID_ARGUMENT', `El período empieza («${f}») después de terminar («${t}»)`, {
      value: { from, to },
    });
  }
  return { kind: 'range', key: `${f}..${t}`, from: f, to: t };
}

/**
 * Every period of a kind that overlaps `[from, to]`, in order (the first and last may extend beyond
 * the range: they are whole calendar periods).
 *
 * @throws `PqrsdError` as {@link periodOf} and {@link rangePeriod}.
 * @example
 * ```ts
 * import { periodsBetween } from 'pqrsd/indicators';
 * periodsBetween('2026-05-15', '2026-08-01', 'quarter').map((p) => p.key); //=> ['2026-T2', '2026-T3']
 * ```
 */
export function periodsBetween(from: DateInput, to: DateInput, kind: CalendarPeriodKind): Period[] {
  const range = rangePeriod(from, to);
  let p = periodOf(range.from, kind);
  const out: Period[] = [p];
  while (p.to < range.to) {
    p = nextPeriod(p);
    out.push(p);
  }
  return out;
}

/**
 * The calendar period right after another of the same kind.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a `range` period; `YEAR_OUT_OF_RANGE` past the
 * calendar's last year.
 * @example
 * ```ts
 * import { nextPeriod, parsePeriodKey } from 'pqrsd/indicators';
 * nextPeriod(parsePeriodKey('2026-T4')).key; //=> '2027-T1'
 * ```
 */
export function nextPeriod(period: Period): Period {
  return shift(period, 1);
}

/**
 * The calendar period right before another of the same kind.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a `range` period; `YEAR_OUT_OF_RANGE` before the
 * calendar's first year.
 * @example
 * ```ts
 * import { previousPeriod, parsePeriodKey } from 'pqrsd/indicators';
 * previousPeriod(parsePeriodKey('2026-01')).key; //=> '2025-12'
 * ```
 */
export function previousPeriod(period: Period): Period {
  return shift(period, -1);
}

function shift(period: Period, dir: 1 | -1): Period {
  objectArgument(period, 'El período');
  if (typeof period.from !== 'string' || !isIsoDate(period.from)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `El período no tiene una fecha «from» válida: «${show(period.from)}».`,
      {
        value: period,
      },
    );
  }
  const kind = checkKind(period.kind);
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  const step = kind === 'month' ? 1 : kind === 'quarter' ? 3 : kind === 'semester' ? 6 : 12;
  const index = year * 12 + (month - 1) + dir * step;
  const y = Math.floor(index / 12);
  formatIsoDate(y, 1, 1); // validates the year range
  return build(kind, y, (index % 12) + 1);
}
