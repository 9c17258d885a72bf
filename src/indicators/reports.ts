/**
 * Periodic reports as plain data (rendering is the CLI's):
 * - the informe semestral de PQRSD of the control interno office (Ley 1474 de 2011 art. 76);
 * - the informe de solicitudes de acceso a información (Decreto 103 de 2015 art. 52, compiled as
 *   Decreto 1081 de 2015 art. 2.1.1.6.2; SECONDARY in normas.md).
 *
 * Both read the records once.
 *
 * @module
 */

import { arrayArgument, iterableArgument, objectArgument } from '../arguments.js';
import { parseIsoDate } from '../calendar/index.js';
import type { DateInput, IsoDate } from '../calendar/types.js';
import type { Outcome, RequestState, RequestType } from '../domain.js';
import { OUTCOMES, REQUEST_TYPES } from '../domain.js';
import { PqrsdError } from '../errors.js';
import { type AggregatorOptions, createAggregator, type GroupSummary } from './aggregate.js';
import { type CallRecord, type ContactCenterSummary, contactCenterIndicators } from './contact-center.js';
import { type DistributionStats, IntHistogram } from './histogram.js';
import { type MetaOverrides, safeString } from './meta.js';
import { parsePeriodKey, rangePeriod } from './periods.js';
import { type WorkPlanActivity, workPlanCompliance } from './plans.js';
import type { IndicatorRecord } from './records.js';
import { checkIndicatorRecord } from './records.js';
import { type LikertOptions, satisfactionIndicator } from './surveys.js';
import type { IndicatorResult, Period } from './types.js';

/**
 * The legal basis a report cites.
 *
 * @example
 * ```ts
 * import type { LegalBasis } from 'pqrsd/indicators';
 * const b: LegalBasis = { norma: 'Ley 1474 de 2011', articulo: '76', confidence: 'CONFIRMED', text: '…' };
 * ```
 */
export interface LegalBasis {
  /** Norm. */
  readonly norma: string;
  /** Article. */
  readonly articulo: string;
  /** Confidence label in normas.md. */
  readonly confidence: 'CONFIRMED' | 'PARTIAL' | 'SECONDARY' | 'NOT CONFIRMED';
  /** What the norm requires (Spanish; verbatim when confirmed). */
  readonly text: string;
}

/**
 * Options of {@link semesterReport}.
 *
 * @example
 * ```ts
 * import type { SemesterReportOptions } from 'pqrsd/indicators';
 * const o: SemesterReportOptions = { semester: '2026-S2', asOf: '2026-12-31', usersBySeccional: { Norte: 12000 } };
 * ```
 */
export interface SemesterReportOptions {
  /** The semester: key `'2026-S2'`. */
  readonly semester: string;
  /** Cut-off date (the records' statuses must be as of it). */
  readonly asOf: DateInput;
  /** Metas overriding the defaults. */
  readonly metas?: MetaOverrides | undefined;
  /** Users per seccional, for «PQRSD a favor del usuario» per seccional. */
  readonly usersBySeccional?: Readonly<Record<string, number>> | undefined;
  /** Outcomes counted as in the user's favour (see {@link AggregatorOptions.aFavorOutcomes}). */
  readonly aFavorOutcomes?: readonly Outcome[] | undefined;
  /** Likert reading of `record.satisfaction` and of `surveyAnswers`. */
  readonly likert?: LikertOptions | undefined;
  /** Answers of the satisfaction survey of the semester (if not carried by the records). */
  readonly surveyAnswers?: Iterable<number | null | undefined> | undefined;
  /** Work plan activities, for «Cumplimiento del plan de trabajo». */
  readonly workPlan?: readonly WorkPlanActivity[] | undefined;
  /** Contact-center calls of the semester. */
  readonly calls?: Iterable<CallRecord> | undefined;
}

/**
 * Informe semestral de PQRSD (Ley 1474 de 2011 art. 76).
 *
 * @example
 * ```ts
 * import type { SemesterReport } from 'pqrsd/indicators';
 * type Backlog = SemesterReport['backlog'];
 * ```
 */
export interface SemesterReport {
  /** Report kind. */
  readonly kind: 'informe_semestral_pqrsd';
  /** Ley 1474 de 2011 art. 76. */
  readonly legalBasis: LegalBasis;
  /** The semester. */
  readonly period: Period;
  /** Cut-off date. */
  readonly asOf: IsoDate;
  /** Requests received in the semester: totals, timeliness and response times. */
  readonly totals: GroupSummary;
  /** Per request type (received in the semester). */
  readonly byType: readonly GroupSummary[];
  /** Per channel. */
  readonly byChannel: readonly GroupSummary[];
  /** Per dependencia. */
  readonly byDependencia: readonly GroupSummary[];
  /** Per seccional. */
  readonly bySeccional: readonly GroupSummary[];
  /** Per month of the semester (all six, even when empty). */
  readonly byMonth: readonly GroupSummary[];
  /**
   * Pending requests as of the cut-off date, whatever their date of receipt up to the end of the
   * semester: open, overdue, priority, in requirement, by semáforo.
   */
  readonly backlog: {
    readonly open: number;
    readonly overdue: number;
    readonly openPriority: number;
    readonly inRequirement: number;
    readonly bySemaforo: Readonly<Record<string, number>>;
    readonly overdueByDependencia: Readonly<Record<string, number>>;
  };
  /** Indicators with their metas: oportunidad, pendientes vencidas, a favor per seccional, satisfacción, plan de trabajo, contact center. */
  readonly indicators: readonly IndicatorResult[];
  /** Contact-center summary, when calls were given. */
  readonly contactCenter: ContactCenterSummary | null;
}

const ART_76: LegalBasis = {
  norma: 'Ley 1474 de 2011',
  articulo: '76',
  confidence: 'CONFIRMED',
  text: '«La oficina de control interno deberá vigilar que la atención se preste de acuerdo con las normas legales vigentes y rendirá a la administración de la entidad un informe semestral sobre el particular.»',
};

/**
 * Builds the informe semestral de PQRSD (Ley 1474 de 2011 art. 76) in one pass over the records:
 * requests received in the semester by type, channel, dependencia, seccional and month, their
 * timeliness and response times; the backlog as of the cut-off date (requests received up to the end
 * of the semester and still pending); and the indicators with their metas.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a key that is not a semester or a cut-off date
 * before the semester starts; `INVALID_RECORD` for a record whose status is not as of `asOf`.
 * @example
 * ```ts
 * import { semesterReport } from 'pqrsd/indicators';
 * const r = semesterReport([], { semester: '2026-S2', asOf: '2026-12-31' });
 * r.totals.received; //=> 0
 * r.byMonth.length; //=> 6
 * ```
 */
export function semesterReport(
  records: Iterable<IndicatorRecord>,
  options: SemesterReportOptions,
): SemesterReport {
  objectArgument(options, 'Las opciones de semesterReport');
  iterableArgument(records, 'Los registros de semesterReport');
  const period = parsePeriodKey(options.semester);
  if (period.kind !== 'semester') {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«${safeString(options.semester)}» no es un semestre: use p. ej. '2026-S2'`,
      {
        value: options.semester,
      },
    );
  }
  const asOf = parseIsoDate(options.asOf);
  if (asOf < period.from) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `La fecha de corte «${asOf}» es anterior al semestre ${period.key}`,
      {
        value: asOf,
      },
    );
  }
  const base: AggregatorOptions = {
    asOf,
    period: 'semester',
    range: { from: period.from, to: period.to },
    metas: options.metas,
    usersBySeccional: options.usersBySeccional,
    aFavorOutcomes: options.aFavorOutcomes,
    likert: options.likert,
  };
  const total = createAggregator(base);
  const byType = createAggregator({ ...base, groupBy: ['type'] });
  const byChannel = createAggregator({ ...base, groupBy: ['channel'] });
  const byDependencia = createAggregator({ ...base, groupBy: ['dependencia'] });
  const bySeccional = createAggregator({ ...base, groupBy: ['seccional'] });
  const byMonth = createAggregator({ ...base, period: 'month' });
  const backlog = createAggregator({
    asOf,
    range: { from: '1984-01-01', to: period.to },
    groupBy: ['dependencia'],
  });
  const all = [total, byType, byChannel, byDependencia, bySeccional, byMonth, backlog];
  for (const r of records) for (const a of all) a.add(r);

  // With a range and no groupBy, the aggregator always reports the semester, even when empty.
  const totals = total.result().groups[0] as GroupSummary;
  const bl = backlog.result().groups;
  const bySemaforo: Record<string, number> = {};
  const overdueByDependencia: Record<string, number> = {};
  let open = 0;
  let overdue = 0;
  let openPriority = 0;
  let inRequirement = 0;
  for (const g of bl) {
    open += g.open;
    overdue += g.overdue;
    openPriority += g.openPriority;
    inRequirement += g.inRequirement;
    for (const [k, v] of Object.entries(g.bySemaforo)) bySemaforo[k] = (bySemaforo[k] ?? 0) + v;
    if (g.overdue > 0) overdueByDependencia[g.group.dependencia as string] = g.overdue;
  }

  const seccionales = bySeccional.result().groups;
  const indicators: IndicatorResult[] = totals.indicators.filter((i) => i.id !== 'pqrsd_a_favor_usuario');
  if (options.usersBySeccional !== undefined) {
    indicators.push(
      ...seccionales.flatMap((g) => g.indicators.filter((i) => i.id === 'pqrsd_a_favor_usuario')),
    );
  }
  if (options.surveyAnswers !== undefined) {
    const i = indicators.findIndex((x) => x.id === 'satisfaccion_cliente');
    const survey = satisfactionIndicator(options.surveyAnswers, {
      period,
      likert: options.likert,
      meta: options.metas?.satisfaccion_cliente,
    });
    if (i >= 0) indicators.splice(i, 1, survey);
  }
  if (options.workPlan !== undefined) {
    indicators.push(workPlanCompliance(options.workPlan, { asOf, period, metas: options.metas }).indicator);
  }
  let contactCenter: ContactCenterSummary | null = null;
  if (options.calls !== undefined) {
    const inSemester = function* (calls: Iterable<CallRecord>): Generator<CallRecord> {
      for (const c of calls) {
        const d = parseIsoDate(c.date);
        if (d >= period.from && d <= period.to) yield c;
      }
    };
    contactCenter = contactCenterIndicators(inSemester(options.calls), { metas: options.metas })[0] ?? null;
    if (contactCenter !== null) {
      contactCenter = {
        ...contactCenter,
        period,
        indicators: contactCenter.indicators.map((i) => ({ ...i, period })),
      };
      indicators.push(...contactCenter.indicators);
    }
  }

  return {
    kind: 'informe_semestral_pqrsd',
    legalBasis: ART_76,
    period,
    asOf,
    totals,
    byType: byType.result().groups,
    byChannel: byChannel.result().groups,
    byDependencia: byDependencia.result().groups,
    bySeccional: seccionales,
    byMonth: byMonth.result().groups,
    backlog: { open, overdue, openPriority, inRequirement, bySemaforo, overdueByDependencia },
    indicators,
    contactCenter,
  };
}

/**
 * One request in the access-to-information report.
 *
 * @example
 * ```ts
 * import type { AccessRequestLine } from 'pqrsd/indicators';
 * type Days = AccessRequestLine['responseBusinessDays'];
 * ```
 */
export interface AccessRequestLine {
  /** Radicado, or `#n` by position. */
  readonly radicado: string;
  /** Civil date of receipt. */
  readonly receivedDate: IsoDate;
  /** State as of the cut-off date. */
  readonly state: RequestState;
  /** Date of answer or traslado, `null` while pending. */
  readonly answeredOn: IsoDate | null;
  /** Response time in business days, `null` while pending. */
  readonly responseBusinessDays: number | null;
  /** Whether it was forwarded to another institution. */
  readonly transferred: boolean;
  /** Whether access was denied. */
  readonly denied: boolean;
}

/**
 * Options of {@link accessToInformationReport}.
 *
 * @example
 * ```ts
 * import type { AccessReportOptions } from 'pqrsd/indicators';
 * const o: AccessReportOptions = { from: '2026-07-01', to: '2026-12-31', asOf: '2026-12-31' };
 * ```
 */
export interface AccessReportOptions {
  /** First date of receipt covered. */
  readonly from: DateInput;
  /** Last date of receipt covered. */
  readonly to: DateInput;
  /** Cut-off date (the records' statuses must be as of it). */
  readonly asOf: DateInput;
  /**
   * Request types reported; default `['acceso_informacion']` (Ley 1712 de 2014 art. 25). Add
   * `'peticion_documentos'` to include petitions of documents and information (CPACA art. 14 num. 1).
   */
  readonly types?: readonly RequestType[] | undefined;
  /**
   * Outcomes that deny access; default `['en_contra', 'rechazo']` (a decision that rejects a request
   * of information must be reasoned, CPACA art. 25). `parcialmente_a_favor` is counted apart as
   * `partiallyDenied`.
   */
  readonly deniedOutcomes?: readonly Outcome[] | undefined;
  /** List every request with its response time (default `true`; memory grows with these requests). */
  readonly includeEach?: boolean | undefined;
}

/**
 * Informe de solicitudes de acceso a información.
 *
 * @example
 * ```ts
 * import type { AccessToInformationReport } from 'pqrsd/indicators';
 * type Denied = AccessToInformationReport['denied'];
 * ```
 */
export interface AccessToInformationReport {
  /** Report kind. */
  readonly kind: 'informe_acceso_informacion';
  /** Decreto 103 de 2015 art. 52 (SECONDARY). */
  readonly legalBasis: LegalBasis;
  /** Period covered (dates of receipt). */
  readonly period: Period;
  /** Cut-off date. */
  readonly asOf: IsoDate;
  /** Number of requests received. */
  readonly received: number;
  /** Number of requests transferred to another institution. */
  readonly transferred: number;
  /** Number of requests in which access was denied. */
  readonly denied: number;
  /** Number answered partially in favour (access partly denied). */
  readonly partiallyDenied: number;
  /** Number answered (or transferred). */
  readonly answered: number;
  /** Number still pending as of the cut-off date. */
  readonly pending: number;
  /** Response times in business days (mean, median…). */
  readonly responseTime: DistributionStats;
  /** Response time of each request (empty when `includeEach` is false). */
  readonly requests: readonly AccessRequestLine[];
}

const ART_52: LegalBasis = {
  norma: 'Decreto 103 de 2015',
  articulo: '52 (Decreto 1081 de 2015 art. 2.1.1.6.2)',
  confidence: 'SECONDARY',
  text: 'Paráfrasis (texto literal no verificado; normas.md R-AIP-INFORME, según la especificación MOTA de Dejusticia §7.5 y los informes del Banco de la República): el informe de solicitudes de acceso a información incluye el número de solicitudes recibidas, el número trasladadas a otra institución, el tiempo de respuesta a cada solicitud y el número de solicitudes en las que se negó el acceso.',
};

/**
 * Builds the informe de solicitudes de acceso a información (Decreto 103 de 2015 art. 52; SECONDARY:
 * the decree's text was not read, the four items follow the paraphrase in normas.md): requests
 * received, transferred, the response time of each, and those in which access was denied.
 *
 * @throws `PqrsdError` `INVALID_DATE` for bad dates; `INVALID_ARGUMENT` for unknown types or
 * outcomes; `INVALID_RECORD` for a record whose status is not as of `asOf`.
 * @example
 * ```ts
 * import { accessToInformationReport } from 'pqrsd/indicators';
 * const r = accessToInformationReport([], { from: '2026-07-01', to: '2026-12-31', asOf: '2026-12-31' });
 * r.received; //=> 0
 * r.legalBasis.confidence; //=> 'SECONDARY'
 * ```
 */
export function accessToInformationReport(
  records: Iterable<IndicatorRecord>,
  options: AccessReportOptions,
): AccessToInformationReport {
  objectArgument(options, 'Las opciones de accessToInformationReport');
  iterableArgument(records, 'Los registros de accessToInformationReport');
  const period = rangePeriod(options.from, options.to);
  const asOf = parseIsoDate(options.asOf);
  const types = new Set<string>(arrayArgument(options.types ?? ['acceso_informacion'], 'Los tipos'));
  for (const t of types) {
    if (!(REQUEST_TYPES as readonly string[]).includes(t)) {
      throw new PqrsdError('INVALID_ARGUMENT', `«${safeString(t)}» no es un tipo de solicitud`, { value: t });
    }
  }
  const denied = new Set<string>(
    arrayArgument(options.deniedOutcomes ?? ['en_contra', 'rechazo'], 'Los resultados de negación'),
  );
  for (const o of denied) {
    if (!(OUTCOMES as readonly string[]).includes(o)) {
      throw new PqrsdError('INVALID_ARGUMENT', `«${safeString(o)}» no es un resultado conocido`, {
        value: o,
      });
    }
  }
  const includeEach = options.includeEach ?? true;
  const hist = new IntHistogram();
  const lines: AccessRequestLine[] = [];
  let received = 0;
  let transferred = 0;
  let deniedCount = 0;
  let partial = 0;
  let answered = 0;
  let pending = 0;
  let index = 0;
  for (const r of records) {
    const i = index++;
    checkIndicatorRecord(r, i);
    const status = r?.status;
    if (status === undefined || status === null || status.asOf !== asOf) {
      throw new PqrsdError(
        'INVALID_RECORD',
        `Registro ${i + 1}: su estado es al «${safeString(status?.asOf)}» y el informe se calcula al «${asOf}»`,
        { index: i },
      );
    }
    if (!types.has(r.type)) continue;
    const rd = status.deadline.receivedDate;
    if (rd < period.from || rd > period.to) continue;
    received++;
    const isTransferred = status.state === 'trasladada';
    const isDenied = r.outcome !== undefined && denied.has(r.outcome);
    const isAnswered =
      status.state === 'respondida_a_tiempo' || status.state === 'respondida_extemporanea' || isTransferred;
    if (isTransferred) transferred++;
    if (isDenied) deniedCount++;
    if (r.outcome === 'parcialmente_a_favor') partial++;
    if (isAnswered) {
      answered++;
      if (status.responseBusinessDays !== null) hist.add(status.responseBusinessDays);
    } else if (status.state !== 'desistida') pending++;
    if (includeEach) {
      lines.push({
        radicado: r.radicado ?? `#${i + 1}`,
        receivedDate: rd,
        state: status.state,
        answeredOn: isAnswered ? status.answeredOn : null,
        responseBusinessDays: isAnswered ? status.responseBusinessDays : null,
        transferred: isTransferred,
        denied: isDenied,
      });
    }
  }
  return {
    kind: 'informe_acceso_informacion',
    legalBasis: ART_52,
    period,
    asOf,
    received,
    transferred,
    denied: deniedCount,
    partiallyDenied: partial,
    answered,
    pending,
    responseTime: hist.stats(),
    requests: lines,
  };
}
