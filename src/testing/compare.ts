/**
 * Compares what an entity's own system computed (a due date, a state) with the law, and classifies the
 * likely cause of each disagreement. This is what a control office looks for: a system that counts
 * calendar days, misses a holiday, counts the filing day, applies another request type's term, or
 * grants itself a longer prórroga than the law allows.
 *
 * Pure: no clock, no I/O. The `pqrsd auditar` command uses these same functions.
 *
 * @module
 */

import { iterableArgument, objectArgument, optionalObjectArgument } from '../arguments.js';
import { dayNumberOf } from '../calendar/day-memo.js';
import { easterDayNumber } from '../calendar/holidays.js';
import {
  addCalendarDays,
  type BusinessCalendar,
  type DateInput,
  fromDayNumber,
  getNationalCalendar,
  HOLIDAY_RULES,
  type HolidayRule,
  type IsoDate,
  parseIsoDate,
  toCivilDate,
  toDayNumber,
} from '../calendar/index.js';
import {
  computeDeadline,
  type DeadlineResult,
  type PolicyOverrides,
  type RequestStatus,
  requestStatus,
} from '../deadlines/index.js';
import {
  type PqrsdRequest,
  REQUEST_STATES,
  REQUEST_TYPES,
  type Regime,
  type RequestState,
} from '../domain.js';
import { PqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { getRule, type LegalTerm } from '../rules/index.js';
import { show } from '../show.js';

/**
 * The likely causes of a disagreement, most specific first:
 *
 * - `dias_calendario`: the system counted calendar days instead of business days (Ley 4 de 1913 art. 62).
 * - `festivo_omitido`: it counted a holiday (or a day the entity declared closed) as a business day.
 * - `festivo_agregado`: it skipped one or two business days as if they were holidays: days a system
 *   could take for one (the legal date of a holiday moved to Monday, a holiday law applied before its
 *   year, 24 or 31 December) lie in the term.
 * - `dia_radicacion_contado`: it counted the filing day as day 1 (the term runs from the next day).
 * - `tipo_equivocado`: its date is the legal due date of another request type.
 * - `prorroga_excesiva`: a prórroga took the date beyond what the law allows (CPACA art. 14 par.): too
 *   long, notified after the term expired, or in a regime that allows none.
 * - `otro_tipo_dias_calendario`: another request type's term counted in calendar days (a 10-day
 *   document request given 15 calendar days).
 * - `desfase_fijo`: the system adds the same N calendar days to every request, whatever its type
 *   ({@link compareDeadlines} only: the batch shows it, the same N for most disagreeing records).
 * - `vencimiento_no_habil`: the entity's due date is not a business day; a term in días never ends on
 *   one (Ley 4 de 1913 art. 62), and nothing else explains the date.
 * - `eventos_omitidos`: the date is the due date without the trámite's events (requerimiento,
 *   suspensión, prórroga), or the prórroga's new date without the requerimiento or suspensión.
 * - `desconocida`: none of the above explains it.
 *
 * @example
 * ```ts
 * import { DISAGREEMENT_CAUSES } from 'pqrsd/testing';
 * DISAGREEMENT_CAUSES.includes('dias_calendario'); //=> true
 * ```
 */
export const DISAGREEMENT_CAUSES = /* @__PURE__ */ deepFreeze([
  'dias_calendario',
  'festivo_omitido',
  'festivo_agregado',
  'dia_radicacion_contado',
  'tipo_equivocado',
  'prorroga_excesiva',
  'otro_tipo_dias_calendario',
  'desfase_fijo',
  'vencimiento_no_habil',
  'eventos_omitidos',
  'desconocida',
] as const);

/**
 * A likely cause. See {@link DISAGREEMENT_CAUSES}.
 *
 * @example
 * ```ts
 * import type { DisagreementCause } from 'pqrsd/testing';
 * const c: DisagreementCause = 'festivo_omitido';
 * ```
 */
export type DisagreementCause = (typeof DISAGREEMENT_CAUSES)[number];

/**
 * One record to compare: the request, and what the entity's system says about it (its due date, its
 * state as of {@link CompareOptions.asOf}, or both).
 *
 * @example
 * ```ts
 * import type { DeadlineComparisonInput } from 'pqrsd/testing';
 * const input: DeadlineComparisonInput = {
 *   id: '2026-000123',
 *   request: { type: 'peticion', receivedAt: '2026-11-27' },
 *   entityDueDate: '2026-12-17',
 *   entityState: 'en_termino',
 * };
 * ```
 */
export interface DeadlineComparisonInput {
  /** The request, as the engine reads it. */
  readonly request: PqrsdRequest;
  /** The due date the entity's system computed (absent or `null`: not compared). */
  readonly entityDueDate?: DateInput | null | undefined;
  /** The state the entity's system reports as of {@link CompareOptions.asOf} (absent: not compared). */
  readonly entityState?: RequestState | undefined;
  /** An identifier to report (the radicado). */
  readonly id?: string | undefined;
  /** The legal deadline, if already computed with the same options (so it is not computed twice). */
  readonly deadline?: DeadlineResult | undefined;
  /** The legal status as of `asOf`, if already computed with the same options. */
  readonly status?: RequestStatus | undefined;
}

/**
 * Options of {@link compareDeadlines}: the calendar and policies the legal answer is computed with, and
 * the cut-off date of the states.
 *
 * @example
 * ```ts
 * import type { CompareOptions } from 'pqrsd/testing';
 * const o: CompareOptions = { asOf: '2026-12-15', policies: { spdFilingDayCounts: false } };
 * ```
 */
export interface CompareOptions {
  /** Business calendar (default: the national one). */
  readonly calendar?: BusinessCalendar | undefined;
  /** Engine policies (default: the engine's defaults, `DEFAULT_POLICIES` de `pqrsd`). */
  readonly policies?: PolicyOverrides | undefined;
  /** Cut-off date of the entity's states; required when a record carries `entityState`. */
  readonly asOf?: DateInput | Date | undefined;
  /**
   * {@link compareDeadlines} only: when one record fits two causes (one missed holiday and a counted
   * filing day can give the same date), pick the cause that the unambiguous records of the same batch
   * show (default `true`). Compare one system at a time for this to be meaningful.
   */
  readonly resolveAmbiguity?: boolean | undefined;
}

/**
 * A disagreement between the entity's due date and the legal one.
 *
 * `explanation` is built on first read (it costs more than the comparison itself); `JSON.stringify`
 * includes it.
 *
 * @example
 * ```ts
 * import { compareDeadline } from 'pqrsd/testing';
 * const d = compareDeadline({
 *   request: { type: 'peticion', receivedAt: '2026-11-27' },
 *   entityDueDate: '2026-12-12',
 * });
 * d?.cause; //=> 'dias_calendario'
 * ```
 */
export interface DeadlineDisagreement {
  /** What disagrees: the due date. */
  readonly field: 'vencimiento';
  /** The identifier given in the input, if any. */
  readonly id?: string;
  /** Request type. */
  readonly type: PqrsdRequest['type'];
  /** Regime applied. */
  readonly regime: string;
  /** Civil date of receipt (radicación). */
  readonly receivedDate: IsoDate;
  /** The entity's due date. */
  readonly entityDueDate: IsoDate;
  /** The legal due date (`null` when the law sets no term). */
  readonly legalDueDate: IsoDate | null;
  /**
   * Business days from the legal due date to the entity's (positive: the entity gives itself more
   * time than the law; negative: less). `null` when there is no legal term.
   */
  readonly differenceBusinessDays: number | null;
  /** `tardia`: the entity's date is after the legal one (the risky case); `anticipada`: before. */
  readonly direction: 'tardia' | 'anticipada';
  /** The likely cause. */
  readonly cause: DisagreementCause;
  /** Other causes that also explain this one record (the batch pattern tells them apart). */
  readonly alternatives: readonly DisagreementCause[];
  /** Spanish explanation of the cause. */
  readonly causeDetail: string;
  /** The rule applied and its first citation, in Spanish (`R-PET-GEN: Ley 1437 de 2011…, art. 14`). */
  readonly citation: string;
  /** The legal explanation of the due date (the engine's trace, Spanish, multi-line). */
  readonly explanation: string;
}

/**
 * A disagreement between the state the entity reports and the legal state as of the same date.
 *
 * @example
 * ```ts
 * import { compareState } from 'pqrsd/testing';
 * const d = compareState(
 *   { request: { type: 'peticion', receivedAt: '2026-11-27' }, entityState: 'vencida' },
 *   { asOf: '2026-12-18' },
 * );
 * d?.legalState; //=> 'por_vencer'
 * d?.cause; //=> 'dias_calendario'
 * ```
 */
export interface StateDisagreement {
  /** What disagrees: the state. */
  readonly field: 'estado';
  /** The identifier given in the input, if any. */
  readonly id?: string;
  /** Request type. */
  readonly type: PqrsdRequest['type'];
  /** Regime applied. */
  readonly regime: string;
  /** Civil date of receipt (radicación). */
  readonly receivedDate: IsoDate;
  /** The cut-off date of both states. */
  readonly asOf: IsoDate;
  /** The state the entity reports. */
  readonly entityState: RequestState;
  /** The legal state as of `asOf`. */
  readonly legalState: RequestState;
  /** The legal due date as known on `asOf` (`null` when the law sets no term). */
  readonly legalDueDate: IsoDate | null;
  /**
   * `tardia`: the entity's state hides a breach or shows more time left than the law gives (the risky
   * case); `anticipada`: the opposite.
   */
  readonly direction: 'tardia' | 'anticipada';
  /** The likely cause: the miscount that would make the entity's system report its state. */
  readonly cause: DisagreementCause;
  /** Other causes that also explain this one record. */
  readonly alternatives: readonly DisagreementCause[];
  /** Spanish explanation of the cause. */
  readonly causeDetail: string;
  /** The rule applied and its first citation, in Spanish. */
  readonly citation: string;
  /** The legal state and the explanation of the due date (Spanish, multi-line). */
  readonly explanation: string;
}

/**
 * A disagreement of {@link compareDeadlines}: on the due date or on the state (`field`).
 *
 * @example
 * ```ts
 * import type { Disagreement } from 'pqrsd/testing';
 * const late = (d: Disagreement) => d.direction === 'tardia';
 * ```
 */
export type Disagreement = DeadlineDisagreement | StateDisagreement;

type Fit = readonly [DisagreementCause, string];

/**
 * A disagreement whose explanation is built on first read and then kept. It also keeps, privately, the
 * candidate causes (for the batch resolution of {@link compareDeadlines}).
 */
class LazyDisagreement {
  readonly #build: () => string;
  readonly #fits: readonly Fit[];
  #explanation: string | undefined;
  constructor(fields: object, fits: readonly Fit[], build: () => string) {
    Object.assign(this, fields);
    this.#fits = fits;
    this.#build = build;
  }
  get explanation(): string {
    this.#explanation ??= this.#build();
    return this.#explanation;
  }
  toJSON(): object {
    return { ...this, explanation: this.explanation };
  }
  static fitsOf(d: object): readonly Fit[] | undefined {
    return #fits in d ? (d as LazyDisagreement).#fits : undefined;
  }
}

function lazy<T extends Disagreement>(
  fields: Omit<T, 'explanation'>,
  fits: readonly Fit[],
  build: () => string,
): T {
  return new LazyDisagreement(fields, fits, build) as unknown as T;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function citationOf(deadline: DeadlineResult): string {
  const c = deadline.rule.citations[0];
  return c === undefined ? deadline.rule.id : `${deadline.rule.id}: ${c.norma}, ${c.articulo}`;
}

function isWeekday(n: number): boolean {
  const w = (((n + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  return w < 5;
}

/** Monday-to-Friday days in (a, b], a <= b, in O(1) (day 0 = 1970-01-01, a Thursday). */
function weekdaysIn(a: number, b: number): number {
  const count = (n: number) => {
    // Mon–Fri days in [0, n] for n >= -1: full weeks, then the rest starting on Thursday.
    const full = Math.floor((n + 1) / 7);
    const rest = (n + 1) % 7;
    const extra = rest === 0 ? 0 : rest <= 2 ? rest : rest <= 4 ? 2 : rest - 2;
    return full * 5 + extra;
  };
  return count(b) - count(a);
}

/** The n-th Monday-to-Friday day after `from`: a system that knows weekends and no holidays. */
function addWeekdays(from: number, n: number): number {
  let d = from;
  for (let left = n; left > 0; ) {
    d++;
    if (isWeekday(d)) left--;
  }
  return d;
}

function engineOptions(options: CompareOptions, calendar: BusinessCalendar) {
  return { calendar, ...(options.policies === undefined ? {} : { policies: options.policies }) };
}

const PRORROGA_BREACHES: ReadonlySet<string> = new Set([
  'PRORROGA_EXCESIVA',
  'PRORROGA_EXTEMPORANEA',
  'PRORROGA_NO_PREVISTA',
]);

/** The prórrogas the engine refused (too long, late, or not allowed), as the dates they asked for. */
function refusedProrrogas(deadline: DeadlineResult, calendar: BusinessCalendar): Map<IsoDate, string> {
  const out = new Map<IsoDate, string>();
  for (const w of deadline.warnings) {
    const e = w.event;
    if (!PRORROGA_BREACHES.has(w.code) || e === undefined || e.type !== 'prorroga') continue;
    const current = deadline.originalDueDate;
    const asked =
      e.newDueDate !== undefined
        ? parseIsoDate(e.newDueDate)
        : current === null || e.businessDays === undefined
          ? null
          : calendar.addBusinessDays(current, e.businessDays);
    if (asked !== null && !out.has(asked)) out.set(asked, `${w.code}: ${w.message}`);
  }
  return out;
}

function hasProrroga(request: PqrsdRequest): boolean {
  return (request.events ?? []).some((e) => e.type === 'prorroga');
}

/**
 * Every cheap explanation of `entity` as a due date, most specific first (the CLI's heuristics,
 * extended to prórrogas the law refuses and to the batch resolution of ambiguous records).
 */
function explainDate(
  deadline: DeadlineResult,
  entity: IsoDate,
  calendar: BusinessCalendar,
  options: CompareOptions,
  request: PqrsdRequest,
  detail = true,
): Fit[] {
  const legal = deadline.dueDate as IsoDate;
  const original = deadline.originalDueDate;
  const term = deadline.rule.term;
  const fits: Fit[] = [];
  const refusal =
    deadline.warnings.length === 0 ? undefined : refusedProrrogas(deadline, calendar).get(entity);
  if (refusal !== undefined || (entity > legal && hasProrroga(request))) {
    if (!detail) return [['prorroga_excesiva', '']];
    const max = deadline.maxDueDate;
    const diff = calendar.businessDaysBetween(legal, entity);
    fits.push([
      'prorroga_excesiva',
      `la prórroga lleva el vencimiento al ${entity}, ${plural(diff, 'día hábil', 'días hábiles')} después del legal` +
        (max === null ? '' : `; el máximo que permite la ley es el ${max}`) +
        (refusal === undefined ? '' : ` (${refusal})`),
    ]);
    return fits;
  }
  if (original !== null && original !== legal && entity < legal) {
    const omitted = prorrogaWithoutEvents(original, entity, calendar, request);
    if (omitted !== null) return [['eventos_omitidos', detail ? omitted : '']];
  }
  if (original === null || term === null) return fits;
  const laterThanOriginal = entity > original;
  const start = deadline.termStart;
  const n = calendar.businessDaysBetween(start, original);
  const unitIsDays = term.unit === 'dias_habiles';
  if (unitIsDays) {
    for (const [from, days] of [
      [start, n],
      [deadline.receivedDate, term.amount],
    ] as const) {
      const calendarDays = addCalendarDays(from, days);
      const rolled = calendar.isBusinessDay(calendarDays)
        ? calendarDays
        : calendar.nextBusinessDay(calendarDays);
      if (entity === calendarDays || entity === rolled) {
        fits.push([
          'dias_calendario',
          detail
            ? `el sistema contó ${days} días calendario (${from} + ${days} = ${calendarDays}); la ley cuenta días hábiles (Ley 4 de 1913 art. 62)`
            : '',
        ]);
        break;
      }
    }
    // Without detail only the first (most specific) fit is read: the rest is not computed.
    if (!detail && fits.length > 0) return fits;
    const s = dayNumberOf(start);
    const e = dayNumberOf(entity);
    if (!laterThanOriginal && isWeekday(e) && e > s) {
      const counted = calendar.businessDaysBetween(start, entity);
      const k = n - counted;
      if (k >= 1 && k <= weekdaysIn(s, e) - counted) {
        // The weekdays of (start, entity] that do not count, each explained on its own: the same
        // entries as `calendar.explain(start, entity)` without building one per day of the interval.
        const missed: string[] = [];
        for (let dn = s + 1; detail && dn <= e; dn++) {
          if (!isWeekday(dn) || calendar.isBusinessDayNumber(dn)) continue;
          const d = calendar.explain(fromDayNumber(dn - 1), fromDayNumber(dn))[0]!;
          missed.push(`${d.date}${d.detail ? ` (${d.detail})` : ''}`);
        }
        fits.push([
          'festivo_omitido',
          detail
            ? `el sistema contó como hábil${k === 1 ? '' : 'es'} ${plural(k, 'día no hábil', 'días no hábiles')} entre semana; no hábiles en el intervalo: ${missed.join(', ')}`
            : '',
        ]);
      }
    }
    if (!detail && fits.length > 0) return fits;
    if (n >= 1 && entity === calendar.addBusinessDays(start, n - 1)) {
      fits.push([
        'dia_radicacion_contado',
        detail
          ? `el sistema contó el día de radicación (${deadline.receivedDate}) como día 1; el término corre desde el día hábil siguiente`
          : '',
      ]);
    }
  }
  if (fits.length === 0) {
    const wrongType = wrongTypeDetail(deadline, entity, calendar, options.policies);
    if (wrongType !== null) fits.push(['tipo_equivocado', wrongType]);
  }
  if (fits.length === 0 && unitIsDays) {
    const other = otherTypeCalendarDays(deadline, entity, options.policies, detail);
    if (other !== null) fits.push(['otro_tipo_dias_calendario', other]);
  }
  const businessDay = calendar.isBusinessDay(entity);
  if (fits.length === 0 && unitIsDays && laterThanOriginal && businessDay) {
    const extra = calendar.businessDaysBetween(original, entity);
    if (extra <= 2 && holidayLikeBetween(calendar, dayNumberOf(start), dayNumberOf(entity)) >= extra) {
      fits.push([
        'festivo_agregado',
        detail
          ? `el sistema trató ${plural(extra, 'día hábil', 'días hábiles')} como festivo${extra === 1 ? '' : 's'}; si la entidad cerró esos días, debe declararlos como cierre`
          : '',
      ]);
    }
  }
  if (fits.length === 0 && !businessDay) {
    fits.push(['vencimiento_no_habil', detail ? nonBusinessDetail(entity, legal, calendar) : '']);
  }
  return fits;
}

const HOLIDAY_LIKE = new Map<number, ReadonlySet<number>>();

/**
 * The days of a year a system could wrongly take for holidays: the legal date of a holiday that Ley
 * 51 de 1983 moves to Monday (a system that does not move it), the date a holiday law gives before
 * it applies (Ley 2578 de 2026 applied to 2025), and 24 and 31 December (often closed, which the
 * entity must declare as closure).
 */
function holidayLike(year: number): ReadonlySet<number> {
  let set = HOLIDAY_LIKE.get(year);
  if (set === undefined) {
    const out = new Set<number>([toDayNumber(`${year}-12-24`), toDayNumber(`${year}-12-31`)]);
    const easter = easterDayNumber(year);
    for (const rule of HOLIDAY_RULES as readonly HolidayRule[]) {
      const legal =
        rule.kind === 'pascua'
          ? easter + (rule.offset as number)
          : toDayNumber(
              `${year}-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`,
            );
      const moved = rule.kind === 'lunes_siguiente' || rule.monday === true;
      const observed = moved ? legal + ((8 - (((legal + 3) % 7) + 1)) % 7) : legal;
      if (observed !== legal) out.add(legal);
      if (year < rule.since) out.add(observed);
    }
    set = out;
    HOLIDAY_LIKE.set(year, set);
  }
  return set;
}

/** Business days in (s, e) that a system could take for holidays ({@link holidayLike}). */
function holidayLikeBetween(calendar: BusinessCalendar, s: number, e: number): number {
  let n = 0;
  for (let d = s + 1; d < e; d++) {
    if (calendar.isBusinessDayNumber(d) && holidayLike(Number(fromDayNumber(d).slice(0, 4))).has(d)) n++;
  }
  return n;
}

/**
 * `eventos_omitidos` for a prórroga: the entity's date is the new date of a prórroga of the request,
 * while the law, counting its requerimiento or suspensión too, gives a later one.
 */
function prorrogaWithoutEvents(
  original: IsoDate,
  entity: IsoDate,
  calendar: BusinessCalendar,
  request: PqrsdRequest,
): string | null {
  for (const e of request.events ?? []) {
    if (e.type !== 'prorroga') continue;
    const asked =
      e.newDueDate !== undefined
        ? parseIsoDate(e.newDueDate)
        : e.businessDays === undefined
          ? null
          : calendar.addBusinessDays(original, e.businessDays);
    if (asked === entity) {
      return `coincide con la nueva fecha de la prórroga (${entity}) sin el requerimiento o la suspensión del trámite, que la ley también cuenta (CPACA art. 17)`;
    }
  }
  return null;
}

/**
 * `otro_tipo_dias_calendario`: the entity's date is the radicación plus another type's term in
 * calendar days: two mistakes at once.
 */
function otherTypeCalendarDays(
  deadline: DeadlineResult,
  entity: IsoDate,
  policies: PolicyOverrides | undefined,
  detail: boolean,
): string | null {
  const own = deadline.rule.term;
  const tried = new Set<number>(own === null ? [] : [own.amount]);
  for (const other of REQUEST_TYPES) {
    const term: LegalTerm | null = getRule(deadline.regime, other, {
      spdDocumentRequests: policies?.spdDocumentRequests ?? 'cpaca',
    }).term;
    if (term === null || term.unit !== 'dias_habiles' || tried.has(term.amount)) continue;
    tried.add(term.amount);
    const days = addCalendarDays(deadline.receivedDate, term.amount);
    // Two mistakes at once need the exact date (not also the next business day): a looser match
    // would name this cause for dates that only happen to fall near it.
    if (entity === days) {
      if (!detail) return '';
      const ownText = own === null ? '' : `; la ley da a «${deadline.type}» ${own.amount} días hábiles`;
      return `coincide con ${term.amount} días calendario desde la radicación (${deadline.receivedDate} + ${term.amount} = ${days}): el término del tipo «${other}» contado en días calendario${ownText} (Ley 4 de 1913 art. 62)`;
    }
  }
  return null;
}

/** The detail of `vencimiento_no_habil`: which non-business day, and the rule it breaks. */
function nonBusinessDetail(entity: IsoDate, legal: IsoDate, calendar: BusinessCalendar): string {
  const e = dayNumberOf(entity);
  const day = calendar.explain(fromDayNumber(e - 1), entity)[0];
  const what =
    day === undefined || day.reason === 'fin_de_semana'
      ? isWeekday(e)
        ? 'día no hábil'
        : 'fin de semana'
      : `${day.reason === 'festivo' ? 'festivo' : 'día no hábil'}${day.detail ? `: ${day.detail}` : ''}`;
  const next = calendar.nextBusinessDay(entity);
  return (
    `el vencimiento del sistema (${entity}, ${what}) no es día hábil: un término en días no vence en día no hábil (Ley 4 de 1913 art. 62)` +
    (next === legal ? `; el día hábil siguiente (${next}) es el vencimiento legal` : '')
  );
}

function wrongTypeDetail(
  deadline: DeadlineResult,
  entity: IsoDate,
  calendar: BusinessCalendar,
  policies: PolicyOverrides | undefined,
): string | null {
  // The other types' terms from the catalogue, counted from the same start: O(1) calendar calls, not
  // a full engine run per type (this runs for every unexplained disagreement of a big file).
  const tried = new Set<string>();
  for (const other of REQUEST_TYPES) {
    if (other === deadline.type) continue;
    // Every type has a rule in every regime (the CPACA as fallback): getRule cannot throw here.
    const term: LegalTerm | null = getRule(deadline.regime, other, {
      spdDocumentRequests: policies?.spdDocumentRequests ?? 'cpaca',
    }).term;
    if (term === null || term.unit === 'horas') continue;
    const key = `${term.amount}${term.unit}`;
    if (tried.has(key)) continue;
    tried.add(key);
    const alt =
      term.unit === 'dias_habiles'
        ? calendar.addBusinessDays(deadline.termStart, term.amount)
        : calendar.addCalendarMonths(deadline.receivedDate, term.amount);
    if (alt === entity) {
      const unit = term.unit === 'dias_habiles' ? 'días hábiles' : 'meses';
      return `coincide con el vencimiento del tipo «${other}» (${term.amount} ${unit}): el sistema aplicó el término de otro tipo de solicitud`;
    }
  }
  return null;
}

function describeFits(fits: readonly Fit[], eventsNote: string): string {
  const first = fits[0];
  const second = fits[1];
  const detail =
    second === undefined
      ? (first as Fit)[1]
      : `${(first as Fit)[1]} (otra explicación posible: ${second[1]})`;
  return detail + eventsNote;
}

/**
 * What both {@link compareDeadline} and {@link disagreementVerdict} start from: the entity date, the
 * calendar and the legal deadline; `null` when there is no entity date or it agrees with the law.
 */
function comparisonBasis(
  input: DeadlineComparisonInput,
  options: CompareOptions,
): { entity: IsoDate; calendar: BusinessCalendar; deadline: DeadlineResult } | null {
  if (input.entityDueDate === undefined || input.entityDueDate === null) return null;
  dayNumberOf(input.entityDueDate); // validates it (INVALID_DATE), as parseIsoDate
  const entity = input.entityDueDate as IsoDate;
  const calendar = options.calendar ?? getNationalCalendar();
  const deadline = input.deadline ?? computeDeadline(input.request, engineOptions(options, calendar));
  return deadline.dueDate === entity ? null : { entity, calendar, deadline };
}

/**
 * Compares one request's entity due date with the legal one. Returns `null` when they agree (or when
 * the record carries no `entityDueDate`), else the {@link DeadlineDisagreement} with its likely cause.
 * Throws `INVALID_DATE` for a malformed entity date, and whatever {@link computeDeadline} throws for a
 * malformed request.
 *
 * @example
 * ```ts
 * import { compareDeadline } from 'pqrsd/testing';
 * compareDeadline({ request: { type: 'peticion', receivedAt: '2026-11-27' }, entityDueDate: '2026-12-21' }); //=> null
 * compareDeadline({ request: { type: 'peticion', receivedAt: '2026-11-27' }, entityDueDate: '2026-12-18' })?.cause;
 * //=> 'festivo_omitido'
 * ```
 */
export function compareDeadline(
  input: DeadlineComparisonInput,
  options: CompareOptions = {},
): DeadlineDisagreement | null {
  objectArgument(input, 'La entrada de compareDeadline');
  optionalObjectArgument(options, 'Las opciones de compareDeadline');
  const basis = comparisonBasis(input, options);
  if (basis === null) return null;
  const { entity, calendar, deadline } = basis;
  const legal = deadline.dueDate;

  const citation = citationOf(deadline);
  const explanation = () => deadline.explanation;

  if (legal === null) {
    const fits: Fit[] = [
      ['desconocida', `la ley no fija término para «${deadline.type}»; el sistema le asignó el ${entity}`],
    ];
    return deadlineDisagreement(
      input.id,
      deadline,
      entity,
      citation,
      null,
      'tardia',
      'desconocida',
      [],
      fits[0]?.[1] as string,
      fits,
      explanation,
    );
  }

  const diff = calendar.businessDaysBetween(legal, entity);
  const later = entity > legal;
  const original = deadline.originalDueDate;
  const moved = original !== null && original !== legal;
  let fits: Fit[];
  let eventsNote = '';
  if (moved && original === entity) {
    fits = [
      [
        'eventos_omitidos',
        `coincide con el vencimiento sin los eventos del trámite (${original}): el sistema no aplicó la prórroga, el requerimiento o la suspensión`,
      ],
    ];
  } else {
    fits = explainDate(deadline, entity, calendar, options, input.request);
    // The classifiers compare with the term as first computed (before events): a system that
    // miscounts usually also ignores the events, which the detail then says.
    const first = fits[0]?.[0];
    if (moved && first !== 'prorroga_excesiva' && first !== 'eventos_omitidos') {
      eventsNote = '; además, no aplicó los eventos del trámite (requerimiento, suspensión)';
    }
    if (fits.length === 0) {
      fits.push([
        'desconocida',
        `el sistema fija el ${entity}, ${plural(Math.abs(diff), 'día hábil', 'días hábiles')} ${later ? 'después' : 'antes'} del vencimiento legal`,
      ]);
    }
  }
  const alternatives: DisagreementCause[] = [];
  for (let i = 1; i < fits.length; i++) alternatives.push((fits[i] as Fit)[0]);
  return deadlineDisagreement(
    input.id,
    deadline,
    entity,
    citation,
    diff,
    later ? 'tardia' : 'anticipada',
    (fits[0] as Fit)[0],
    alternatives,
    describeFits(fits, eventsNote),
    eventsNote === '' ? fits : fits.map(([c, d]) => [c, d + eventsNote] as const),
    explanation,
  );
}

/** The cause and direction of a deadline disagreement: what the counts of an audit read. @internal */
export interface DisagreementVerdict {
  readonly cause: DisagreementCause;
  readonly direction: DeadlineDisagreement['direction'];
}

/** One shared, frozen verdict per cause and direction (no object per row). */
const VERDICTS = Object.fromEntries(
  DISAGREEMENT_CAUSES.map((cause) => [
    cause,
    {
      tardia: Object.freeze({ cause, direction: 'tardia' as const }),
      anticipada: Object.freeze({ cause, direction: 'anticipada' as const }),
    },
  ]),
) as Record<DisagreementCause, Record<DeadlineDisagreement['direction'], DisagreementVerdict>>;

/** The shared, frozen verdict of a cause and direction. @internal */
export function sharedVerdict(
  cause: DisagreementCause,
  direction: DeadlineDisagreement['direction'],
): DisagreementVerdict {
  return VERDICTS[cause][direction];
}

/**
 * The `cause` and `direction` {@link compareDeadline} gives, without building any text (details,
 * alternatives, explanation): the counts of a million-row audit need only these. `null` when the
 * dates agree. Same decisions, in the same order, as {@link compareDeadline} (a property test holds
 * them equal).
 * @internal
 */
export function disagreementVerdict(
  input: DeadlineComparisonInput,
  options: CompareOptions = {},
): DisagreementVerdict | null {
  const basis = comparisonBasis(input, options);
  if (basis === null) return null;
  const { entity, calendar, deadline } = basis;
  const legal = deadline.dueDate;
  if (legal === null) return VERDICTS.desconocida.tardia;
  const direction = entity > legal ? 'tardia' : 'anticipada';
  const original = deadline.originalDueDate;
  if (original !== null && original !== legal && original === entity)
    return VERDICTS.eventos_omitidos[direction];
  const fits = explainDate(deadline, entity, calendar, options, input.request, false);
  return VERDICTS[fits[0]?.[0] ?? 'desconocida'][direction];
}

/**
 * A {@link DeadlineDisagreement} from one object literal of fixed shape (no spread: this runs for
 * every disagreement of a million-row audit), its keys in the documented order.
 */
function deadlineDisagreement(
  id: string | undefined,
  deadline: DeadlineResult,
  entity: IsoDate,
  citation: string,
  differenceBusinessDays: number | null,
  direction: DeadlineDisagreement['direction'],
  cause: DisagreementCause,
  alternatives: readonly DisagreementCause[],
  causeDetail: string,
  fits: readonly Fit[],
  explanation: () => string,
): DeadlineDisagreement {
  const fields: Omit<DeadlineDisagreement, 'explanation'> =
    id === undefined
      ? {
          field: 'vencimiento',
          type: deadline.type,
          regime: deadline.regime,
          receivedDate: deadline.receivedDate,
          entityDueDate: entity,
          legalDueDate: deadline.dueDate,
          citation,
          differenceBusinessDays,
          direction,
          cause,
          alternatives,
          causeDetail,
        }
      : {
          field: 'vencimiento',
          id,
          type: deadline.type,
          regime: deadline.regime,
          receivedDate: deadline.receivedDate,
          entityDueDate: entity,
          legalDueDate: deadline.dueDate,
          citation,
          differenceBusinessDays,
          direction,
          cause,
          alternatives,
          causeDetail,
        };
  return lazy<DeadlineDisagreement>(fields, fits, explanation);
}

const DATE_STATES: ReadonlySet<RequestState> = new Set([
  'en_termino',
  'por_vencer',
  'vencida',
  'respondida_a_tiempo',
  'respondida_extemporanea',
]);

/** How much time a state says is left: higher is more lenient. */
const LENIENCY: Readonly<Partial<Record<RequestState, number>>> = {
  en_termino: 2,
  por_vencer: 1,
  vencida: 0,
  respondida_a_tiempo: 1,
  respondida_extemporanea: 0,
};

function readAsOf(asOf: CompareOptions['asOf']): IsoDate {
  if (asOf === undefined) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      'Para comparar estados hace falta la fecha de corte «asOf» en las opciones: «undefined».',
      { value: asOf },
    );
  }
  return toCivilDate(asOf);
}

function checkState(value: unknown): RequestState {
  if (!(REQUEST_STATES as readonly unknown[]).includes(value)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `Estado desconocido: «${show(value)}». Valores válidos: ${REQUEST_STATES.join(', ')}.`,
      { value },
    );
  }
  return value as RequestState;
}

/** The state a system would report as of `asOf` with due date `due` (the engine's own thresholds). */
function impliedState(status: RequestStatus, due: IsoDate, calendar: BusinessCalendar): RequestState {
  const answered = status.state.startsWith('respondida') ? status.answeredOn : null;
  if (answered !== null) return answered <= due ? 'respondida_a_tiempo' : 'respondida_extemporanea';
  const asOf = status.asOf;
  if (asOf > due) return 'vencida';
  const remaining = calendar.businessDaysBetween(asOf, due);
  const length = status.deadline.termBusinessDays ?? 0;
  if (asOf === due || remaining <= 0) return 'por_vencer';
  return remaining <= length * status.deadline.policies.semaforo.amarilloFraction
    ? 'por_vencer'
    : 'en_termino';
}

/** Candidate due dates of a miscounting system, by cause (from the CLI's classifiers, run backwards). */
function candidateDates(
  deadline: DeadlineResult,
  calendar: BusinessCalendar,
  options: CompareOptions,
): [DisagreementCause, IsoDate, string][] {
  const out: [DisagreementCause, IsoDate, string][] = [];
  for (const [asked, why] of refusedProrrogas(deadline, calendar)) {
    out.push(['prorroga_excesiva', asked, `con la prórroga que la ley no admite (${why})`]);
  }
  const original = deadline.originalDueDate;
  const term = deadline.rule.term;
  if (original === null || term === null) return out;
  const start = deadline.termStart;
  const s = toDayNumber(start);
  const n = calendar.businessDaysBetween(start, original);
  if (term.unit === 'dias_habiles') {
    const cal = addCalendarDays(deadline.receivedDate, term.amount);
    out.push(['dias_calendario', cal, `contando ${term.amount} días calendario (vencería el ${cal})`]);
    const weekdays = addCalendarDays(start, addWeekdays(s, n) - s);
    out.push(['festivo_omitido', weekdays, `contando los festivos como hábiles (vencería el ${weekdays})`]);
    if (n >= 1) {
      const filing = calendar.addBusinessDays(start, n - 1);
      out.push([
        'dia_radicacion_contado',
        filing,
        `contando el día de radicación como día 1 (vencería el ${filing})`,
      ]);
    }
  }
  const tried = new Set<string>([`${term.amount}${term.unit}`]);
  for (const other of REQUEST_TYPES) {
    const t: LegalTerm | null = getRule(deadline.regime, other, {
      spdDocumentRequests: options.policies?.spdDocumentRequests ?? 'cpaca',
    }).term;
    if (t === null || t.unit === 'horas' || tried.has(`${t.amount}${t.unit}`)) continue;
    tried.add(`${t.amount}${t.unit}`);
    const alt =
      t.unit === 'dias_habiles'
        ? calendar.addBusinessDays(start, t.amount)
        : calendar.addCalendarMonths(deadline.receivedDate, t.amount);
    out.push(['tipo_equivocado', alt, `con el término del tipo «${other}» (vencería el ${alt})`]);
  }
  if (term.unit === 'dias_habiles') {
    const extra = calendar.addBusinessDays(original, 1);
    // As for a date: only with a day in the term that a system could take for a holiday.
    if (holidayLikeBetween(calendar, s, toDayNumber(extra)) >= 1) {
      out.push(['festivo_agregado', extra, `tratando un día hábil como festivo (vencería el ${extra})`]);
    }
  }
  return out;
}

function stateExplanation(status: RequestStatus): string {
  const r = status.remainingBusinessDays;
  const left =
    r === null
      ? ''
      : r < 0
        ? `, ${plural(-r, 'día hábil', 'días hábiles')} de retraso`
        : `, quedan ${plural(r, 'día hábil', 'días hábiles')}`;
  return `Estado legal al ${status.asOf}: ${status.state}${status.semaforo === null ? '' : ` (semáforo ${status.semaforo}${left})`}.\n${status.deadline.explanation}`;
}

/**
 * Compares the state an entity's system reports as of `options.asOf` with the legal state. Returns
 * `null` when they agree (or when the record carries no `entityState`), else the
 * {@link StateDisagreement} with the likely cause: the miscount (calendar days, a missed holiday, the
 * filing day counted, another type's term, a refused prórroga) that would make a system report that
 * state; when the record also carries `entityDueDate`, its cause is used first.
 * Throws `INVALID_ARGUMENT` without `asOf` or for an unknown state.
 *
 * @example
 * ```ts
 * import { compareState } from 'pqrsd/testing';
 * const request = { type: 'peticion', receivedAt: '2026-11-27' } as const;
 * compareState({ request, entityState: 'por_vencer' }, { asOf: '2026-12-18' }); //=> null
 * compareState({ request, entityState: 'vencida' }, { asOf: '2026-12-18' })?.direction; //=> 'anticipada'
 * ```
 */
export function compareState(
  input: DeadlineComparisonInput,
  options: CompareOptions = {},
): StateDisagreement | null {
  objectArgument(input, 'La entrada de compareState');
  optionalObjectArgument(options, 'Las opciones de compareState');
  if (input.entityState === undefined) return null;
  const entityState = checkState(input.entityState);
  const asOf = readAsOf(options.asOf);
  const calendar = options.calendar ?? getNationalCalendar();
  const status = input.status ?? requestStatus(input.request, asOf, engineOptions(options, calendar));
  const legalState = status.state;
  if (legalState === entityState) return null;
  const deadline = status.deadline;
  const le = LENIENCY[entityState];
  const ll = LENIENCY[legalState];
  const direction =
    le !== undefined && ll !== undefined
      ? le > ll
        ? 'tardia'
        : 'anticipada'
      : legalState === 'vencida' || legalState === 'respondida_extemporanea'
        ? 'tardia'
        : 'anticipada';

  const fits: Fit[] = [];
  if (DATE_STATES.has(entityState) && DATE_STATES.has(legalState) && deadline.dueDate !== null) {
    const entityDue =
      input.entityDueDate === undefined || input.entityDueDate === null
        ? null
        : parseIsoDate(input.entityDueDate);
    if (entityDue === deadline.dueDate) {
      fits.push([
        'desconocida',
        `el vencimiento del sistema coincide con el legal (${entityDue}); el estado difiere por otra razón (umbral del semáforo, fecha de respuesta o eventos)`,
      ]);
    } else if (entityDue !== null) {
      if (impliedState(status, entityDue, calendar) === entityState) {
        const byDate = compareDeadline(
          { request: input.request, entityDueDate: entityDue, deadline },
          { ...options, calendar },
        ) as DeadlineDisagreement;
        for (const [cause, detail] of LazyDisagreement.fitsOf(byDate) ?? []) {
          fits.push([cause, `su vencimiento (${entityDue}) lo explica: ${detail}`]);
        }
      }
    } else {
      const seen = new Set<DisagreementCause>();
      for (const [cause, date, how] of candidateDates(deadline, calendar, options)) {
        if (seen.has(cause) || date === deadline.dueDate) continue;
        if (impliedState(status, date, calendar) === entityState) {
          seen.add(cause);
          fits.push([cause, `el sistema reportaría «${entityState}» ${how}`]);
        }
      }
    }
  } else if (!DATE_STATES.has(legalState)) {
    const why =
      legalState === 'trasladada'
        ? `hubo traslado por competencia (${deadline.traslado?.date}, CPACA art. 21)`
        : legalState === 'desistida'
          ? `hubo desistimiento (${deadline.closure?.date ?? 'plazo del requerimiento vencido'}, CPACA arts. 17-18)`
          : legalState === 'en_requerimiento'
            ? `el término está suspendido por el requerimiento del ${deadline.requirement?.requestedOn} (CPACA art. 17)`
            : 'la ley no fija término para este tipo de solicitud';
    fits.push([
      'desconocida',
      `la ley da «${legalState}» porque ${why}; el sistema reporta «${entityState}»`,
    ]);
  }
  if (fits.length === 0) {
    fits.push([
      'desconocida',
      `la ley da «${legalState}» al ${asOf}${deadline.dueDate === null ? '' : ` (vence el ${deadline.dueDate})`}; el sistema reporta «${entityState}»`,
    ]);
  }
  const [first, ...rest] = fits as [Fit, ...Fit[]];
  return lazy<StateDisagreement>(
    {
      field: 'estado',
      ...(input.id === undefined ? {} : { id: input.id }),
      type: deadline.type,
      regime: deadline.regime,
      receivedDate: deadline.receivedDate,
      asOf,
      entityState,
      legalState,
      legalDueDate: deadline.dueDate,
      direction,
      cause: first[0],
      alternatives: rest.map((f) => f[0]),
      causeDetail: describeFits(fits, ''),
      citation: citationOf(deadline),
    },
    fits,
    () => stateExplanation(status),
  );
}

/**
 * The due-date disagreements of a batch with one calendar-day offset (entity date − radicación):
 * how many, how many a per-record cause does not already put down to calendar days, and the distinct
 * legal terms among them. Plain data (it crosses threads in the CLI). @internal
 */
export interface OffsetTally {
  all: number;
  movable: number;
  readonly terms: string[];
}

/** Calendar days from the radicación to the entity's date. @internal */
export function calendarOffset(receivedDate: IsoDate, entity: IsoDate): number {
  return dayNumberOf(entity) - dayNumberOf(receivedDate);
}

/** The key of a legal term (`15 dias_habiles`; `-` without one). @internal */
export function termKey(term: LegalTerm | null): string {
  return term === null ? '-' : `${term.amount} ${term.unit}`;
}

/** Whether a record of this cause, at the batch's offset, is put down to the offset. @internal */
export function offsetMovable(cause: DisagreementCause): boolean {
  return cause !== 'dias_calendario';
}

/** Counts one due-date disagreement in its offset's tally. @internal */
export function tallyOffset(
  tallies: Map<number, OffsetTally>,
  offset: number,
  term: string,
  cause: DisagreementCause,
): void {
  let t = tallies.get(offset);
  if (t === undefined) {
    t = { all: 0, movable: 0, terms: [] };
    tallies.set(offset, t);
  }
  t.all++;
  if (offsetMovable(cause)) t.movable++;
  if (!t.terms.includes(term)) t.terms.push(term);
}

/** Adds the tallies of another part of a batch. @internal */
export function mergeOffsetTallies(
  into: Map<number, OffsetTally>,
  from: ReadonlyMap<number, OffsetTally>,
): void {
  for (const [offset, f] of from) {
    const t = into.get(offset);
    if (t === undefined) into.set(offset, { all: f.all, movable: f.movable, terms: [...f.terms] });
    else {
      t.all += f.all;
      t.movable += f.movable;
      for (const k of f.terms) if (!t.terms.includes(k)) t.terms.push(k);
    }
  }
}

/** At least this many records must share the offset. */
const FIXED_OFFSET_MIN = 3;

/**
 * The fixed calendar-day offset of a batch, or `null`: the commonest offset, shared by at least 3
 * and by more than half of the `total` due-date disagreements, by requests of at least two legal
 * terms (a count of business days gives one offset per term when no holiday intervenes: it is not
 * "whatever the type"), and not already calendar days for most of them. @internal
 */
export function fixedOffsetOf(tallies: ReadonlyMap<number, OffsetTally>, total: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [offset, t] of tallies) {
    if (t.all > bestCount || (t.all === bestCount && best !== null && offset < best)) {
      best = offset;
      bestCount = t.all;
    }
  }
  if (best === null) return null;
  const t = tallies.get(best) as OffsetTally;
  return t.all >= FIXED_OFFSET_MIN && 2 * t.all > total && t.terms.length >= 2 && 2 * t.movable > t.all
    ? best
    : null;
}

/** The detail of `desfase_fijo`. @internal */
export function fixedOffsetDetail(
  d: Pick<DeadlineDisagreement, 'receivedDate' | 'entityDueDate' | 'legalDueDate' | 'citation'>,
  offset: number,
  tally: OffsetTally,
  total: number,
): string {
  return `el sistema suma ${offset} días calendario a la radicación (${d.receivedDate} + ${offset} = ${d.entityDueDate}), como en ${tally.all} de los ${total} desacuerdos del lote, sea cual sea el tipo de solicitud; el vencimiento legal es el ${d.legalDueDate} (${d.citation})`;
}

/** The causes that remain as alternatives of a record put down to the batch's offset. @internal */
export function offsetAlternatives(
  cause: DisagreementCause,
  alternatives: readonly DisagreementCause[],
): DisagreementCause[] {
  return [cause, ...alternatives].filter((c) => c !== 'desconocida' && c !== 'desfase_fijo');
}

/** Puts the batch's due-date disagreements at its fixed offset down to it (`desfase_fijo`). */
function applyFixedOffset(out: Disagreement[], policies: PolicyOverrides | undefined): Disagreement[] {
  const tallies = new Map<number, OffsetTally>();
  const spd = { spdDocumentRequests: policies?.spdDocumentRequests ?? 'cpaca' } as const;
  let total = 0;
  for (const d of out) {
    if (d.field !== 'vencimiento' || d.legalDueDate === null) continue;
    total++;
    const term = termKey(getRule(d.regime as Regime, d.type, spd).term);
    tallyOffset(tallies, calendarOffset(d.receivedDate, d.entityDueDate), term, d.cause);
  }
  const fixed = fixedOffsetOf(tallies, total);
  if (fixed === null) return out;
  const tally = tallies.get(fixed) as OffsetTally;
  return out.map((d) => {
    if (
      d.field !== 'vencimiento' ||
      d.legalDueDate === null ||
      !offsetMovable(d.cause) ||
      calendarOffset(d.receivedDate, d.entityDueDate) !== fixed
    ) {
      return d;
    }
    const detail = fixedOffsetDetail(d, fixed, tally, total);
    const alternatives = offsetAlternatives(d.cause, d.alternatives);
    const old = LazyDisagreement.fitsOf(d) ?? [];
    const fits: Fit[] = [['desfase_fijo', detail], ...old.filter((f) => alternatives.includes(f[0]))];
    const { explanation: _omit, ...fields } = (d as unknown as { toJSON(): DeadlineDisagreement }).toJSON();
    return lazy<DeadlineDisagreement>(
      { ...fields, cause: 'desfase_fijo', alternatives, causeDetail: detail },
      fits,
      () => d.explanation,
    );
  });
}

/** Re-orders an ambiguous disagreement's causes with the batch's unambiguous counts. */
function resolve<T extends Disagreement>(d: T, counts: ReadonlyMap<DisagreementCause, number>): T {
  const fits = LazyDisagreement.fitsOf(d);
  if (fits === undefined || fits.length < 2) return d;
  let best = fits[0] as Fit;
  let bestCount = counts.get(best[0]) ?? 0;
  for (const f of fits) {
    const c = counts.get(f[0]) ?? 0;
    if (c > bestCount) {
      best = f;
      bestCount = c;
    }
  }
  if (best === fits[0]) return d;
  const ordered = [best, ...fits.filter((f) => f !== best)];
  const note = `; elegida por el patrón del lote (${plural(bestCount, 'caso inequívoco', 'casos inequívocos')})`;
  const { explanation: _omit, ...fields } = (d as unknown as { toJSON(): T }).toJSON();
  return lazy<T>(
    {
      ...(fields as Omit<T, 'explanation'>),
      cause: best[0],
      alternatives: ordered.slice(1).map((f) => f[0]),
      causeDetail: describeFits(ordered, '') + note,
    } as Omit<T, 'explanation'>,
    ordered,
    () => d.explanation,
  );
}

/**
 * Compares many records (see {@link compareDeadline} and {@link compareState}) and returns every
 * disagreement, in input order (for one record, the due date before the state). When most due-date
 * disagreements of the batch share one calendar-day offset from the radicación across requests of
 * different terms, those records take the cause `desfase_fijo` (the N in its detail; the per-record
 * causes stay as alternatives). With `resolveAmbiguity` (default), a record that fits two causes takes
 * the one that the unambiguous records of the batch show: compare one system at a time.
 *
 * @example
 * ```ts
 * import { compareDeadlines } from 'pqrsd/testing';
 * compareDeadlines([
 *   { id: 'A', request: { type: 'peticion', receivedAt: '2026-11-27' }, entityDueDate: '2026-12-21' },
 *   { id: 'B', request: { type: 'peticion', receivedAt: '2026-11-27' }, entityDueDate: '2026-12-12' },
 * ]).map((d) => [d.id, d.cause]); //=> [['B', 'dias_calendario']]
 * ```
 */
export function compareDeadlines(
  records: Iterable<DeadlineComparisonInput>,
  options: CompareOptions = {},
): Disagreement[] {
  const out: Disagreement[] = [];
  optionalObjectArgument(options, 'Las opciones de compareDeadlines');
  const calendar = options.calendar ?? getNationalCalendar();
  const opts = { ...options, calendar };
  for (const r of iterableArgument<DeadlineComparisonInput>(records, 'Los registros de compareDeadlines')) {
    // The due date is compared with every event; the state only with the events known on `asOf`.
    const d = compareDeadline(r, opts);
    if (d !== null) out.push(d);
    const s = compareState(r, opts);
    if (s !== null) out.push(s);
  }
  const batch = applyFixedOffset(out, options.policies);
  if (options.resolveAmbiguity === false) return batch;
  const counts = new Map<DisagreementCause, number>();
  for (const d of batch) {
    if (d.alternatives.length === 0) counts.set(d.cause, (counts.get(d.cause) ?? 0) + 1);
  }
  // The batch's fixed offset is already the batch's pattern: it is not re-ordered.
  return batch.map((d) => (d.cause === 'desfase_fijo' ? d : resolve(d, counts)));
}
