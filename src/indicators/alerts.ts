/**
 * Early alerts (generación de alertas tempranas, seed process) over a set of records as of a date:
 * requests in amarillo / rojo / vencida, priority requests unanswered, requirements about to lapse
 * into desistimiento tácito, silencio positivo and accepted documents pending, indicators below meta
 * or worsening, overdue improvement actions and work-plan activities.
 *
 * Each alert says what (`title`), why (`reason`, citing the norm), which records (`records`, capped
 * by `maxRecordsPerAlert`; `count` is the true total) and how urgent (`severity`, `urgency`).
 *
 * @module
 */

import { arrayArgument, iterableArgument, objectArgument } from '../arguments.js';
import { getNationalCalendar, parseIsoDate } from '../calendar/index.js';
import type { DateInput, IsoDate } from '../calendar/types.js';
import { PqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { checkResult, decimalsApart, INDICATOR_DEFINITIONS, safeString } from './meta.js';
import {
  failingWithoutAction,
  type ImprovementAction,
  reviewImprovementPlan,
  type WorkPlanActivity,
} from './plans.js';
import {
  checkIndicatorRecord,
  type IndicatorRecord,
  type IndicatorStatus,
  isOpen,
  recordLabel,
} from './records.js';
import type { Group, IndicatorId, IndicatorResult, Period } from './types.js';

/**
 * Alert codes, from the most to the least urgent.
 *
 * @example
 * ```ts
 * import { ALERT_CODES } from 'pqrsd/indicators';
 * ALERT_CODES[0]; //=> 'SOLICITUDES_VENCIDAS'
 * ```
 */
export const ALERT_CODES = /* @__PURE__ */ deepFreeze([
  'SOLICITUDES_VENCIDAS',
  'SILENCIO_POSITIVO_POR_RECONOCER',
  'COPIAS_POR_ENTREGAR',
  'SOLICITUDES_VENCEN_HOY',
  'NOTIFICACIONES_VENCIDAS',
  'PRIORITARIAS_SIN_RESPUESTA',
  'REQUERIMIENTOS_POR_DESISTIR',
  'SOLICITUDES_POR_VENCER',
  'INDICADOR_BAJO_META',
  'ACCIONES_MEJORAMIENTO_VENCIDAS',
  'INDICADOR_SIN_PLAN_MEJORAMIENTO',
  'ACTIVIDADES_PLAN_ATRASADAS',
  'INDICADOR_EN_DESCENSO',
] as const);

/**
 * An alert code. See {@link ALERT_CODES}.
 *
 * @example
 * ```ts
 * import type { AlertCode } from 'pqrsd/indicators';
 * const c: AlertCode = 'INDICADOR_BAJO_META';
 * ```
 */
export type AlertCode = (typeof ALERT_CODES)[number];

/**
 * How urgent an alert is.
 *
 * @example
 * ```ts
 * import type { AlertSeverity } from 'pqrsd/indicators';
 * const s: AlertSeverity = 'critica';
 * ```
 */
export type AlertSeverity = 'critica' | 'advertencia' | 'info';

/**
 * An early alert.
 *
 * @example
 * ```ts
 * import type { EarlyAlert } from 'pqrsd/indicators';
 * type Which = EarlyAlert['records'];
 * ```
 */
export interface EarlyAlert {
  /** Stable code. */
  readonly code: AlertCode;
  /** `critica`, `advertencia` or `info`. */
  readonly severity: AlertSeverity;
  /** Rank for sorting: 1 is the most urgent. */
  readonly urgency: number;
  /** What (Spanish). */
  readonly title: string;
  /** Why, with the norm (Spanish). */
  readonly reason: string;
  /** Which records (radicados, or `#n` by position), action ids or activity ids; capped. */
  readonly records: readonly string[];
  /** How many records in total (may exceed `records.length`). */
  readonly count: number;
  /** The indicator concerned, for indicator alerts. */
  readonly indicatorId?: IndicatorId;
  /** The period concerned, for indicator alerts. */
  readonly period?: Period;
  /** The group concerned, for indicator alerts. */
  readonly group?: Group;
}

/**
 * Input of {@link earlyAlerts}.
 *
 * @example
 * ```ts
 * import type { EarlyAlertInput } from 'pqrsd/indicators';
 * const i: EarlyAlertInput = { asOf: '2026-11-27', records: [] };
 * ```
 */
export interface EarlyAlertInput {
  /** Cut-off date; the records' statuses must be as of this date. */
  readonly asOf: DateInput;
  /** Records (statuses as of `asOf`). Read once. */
  readonly records?: Iterable<IndicatorRecord> | undefined;
  /** Indicator results over several periods, to detect metas missed and worsening trends. */
  readonly indicators?: readonly IndicatorResult[] | undefined;
  /** Improvement plan actions: overdue ones alert; when given, failed indicators without an action alert too. */
  readonly improvementActions?: readonly ImprovementAction[] | undefined;
  /** Work-plan activities: those past their planned date and not executed alert. */
  readonly workPlan?: readonly WorkPlanActivity[] | undefined;
  /**
   * A requirement alerts when the petitioner's term (CPACA art. 17) lapses within this many business
   * days (national calendar); default 5, as the engine. Used only for statuses without the engine's
   * own `alerts`: when present, its `REQUERIMIENTO_POR_VENCER` alert (computed on the entity's
   * calendar) decides.
   */
  readonly requirementLapseWarningDays?: number | undefined;
  /** Maximum records listed per alert; default 1000 (`count` is always the full total). */
  readonly maxRecordsPerAlert?: number | undefined;
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { critica: 0, advertencia: 1, info: 2 };

class Bucket {
  count = 0;
  readonly records: string[] = [];
  constructor(private readonly max: number) {}
  push(label: string): void {
    this.count++;
    if (this.records.length < this.max) this.records.push(label);
  }
}

interface AlertText {
  readonly severity: AlertSeverity;
  readonly title: (n: number) => string;
  readonly reason: string;
}

const RECORD_ALERTS = {
  SOLICITUDES_VENCIDAS: {
    severity: 'critica',
    title: (n) => `${n} solicitud(es) con el término legal vencido sin respuesta`,
    reason:
      'El término para resolver venció (Ley 1437 de 2011 art. 14, sustituido por Ley 1755 de 2015); la falta de atención a las peticiones y a sus términos es falta disciplinaria (art. 31).',
  },
  SILENCIO_POSITIVO_POR_RECONOCER: {
    severity: 'critica',
    title: (n) => `${n} solicitud(es) con silencio administrativo positivo por reconocer`,
    reason:
      'Vencidos los 15 días hábiles sin respuesta, la empresa debe reconocer los efectos del silencio positivo dentro de las 72 horas siguientes (Ley 142 de 1994 art. 158; Decreto 2150 de 1995 art. 123).',
  },
  COPIAS_POR_ENTREGAR: {
    severity: 'critica',
    title: (n) => `${n} petición(es) de documentos aceptadas por no respuesta: copias por entregar`,
    reason:
      'Sin respuesta en 10 días la petición de documentos se entiende aceptada y las copias se entregan dentro de los 3 días siguientes (Ley 1437 de 2011 art. 14 num. 1).',
  },
  SOLICITUDES_VENCEN_HOY: {
    severity: 'critica',
    title: (n) => `${n} solicitud(es) en rojo: hoy es el último día del término`,
    reason: 'El plazo termina a la medianoche del último día (Ley 4 de 1913 arts. 59-60).',
  },
  PRIORITARIAS_SIN_RESPUESTA: {
    severity: 'advertencia',
    title: (n) => `${n} solicitud(es) con atención prioritaria sin respuesta`,
    reason:
      'Las personas en situación de discapacidad, niños, niñas y adolescentes, mujeres gestantes, adultos mayores y personas en indefensión reciben atención especial y preferente (Ley 1437 de 2011 art. 5 num. 6); las peticiones de reconocimiento de un derecho fundamental y las de periodistas tienen atención prioritaria (art. 20).',
  },
  NOTIFICACIONES_VENCIDAS: {
    severity: 'critica',
    title: (n) => `${n} respuesta(s) sin notificar con la citación o el aviso atrasados`,
    reason:
      'La citación para notificar personalmente se envía dentro de los 5 días siguientes a la decisión (Ley 1437 de 2011 art. 68) y, si nadie comparece en 5 días, se notifica por aviso (art. 69); sin notificación la decisión no produce efectos (art. 72).',
  },
  REQUERIMIENTOS_POR_DESISTIR: {
    severity: 'advertencia',
    title: (n) => `${n} requerimiento(s) próximos a configurar desistimiento tácito`,
    reason:
      'Si el peticionario no completa la petición en el término de un mes (prorrogable por un término igual), se entiende que desistió (Ley 1437 de 2011 art. 17); en hábeas data, dos meses (Ley 1581 de 2012 art. 15 num. 1).',
  },
  SOLICITUDES_POR_VENCER: {
    severity: 'advertencia',
    title: (n) => `${n} solicitud(es) en amarillo: por vencer`,
    reason: 'Queda un tercio o menos del término legal para responder.',
  },
} as const satisfies Partial<Record<AlertCode, AlertText>>;

type RecordAlertCode = keyof typeof RECORD_ALERTS;

function makeAlert(
  code: AlertCode,
  severity: AlertSeverity,
  title: string,
  reason: string,
  records: readonly string[],
  count: number,
  extra: { indicatorId?: IndicatorId; period?: Period; group?: Group } = {},
): EarlyAlert {
  return {
    code,
    severity,
    urgency: 0,
    title,
    reason,
    records,
    count,
    ...extra,
  };
}

/** The meta operators as printed (`≥ 100 %`, `≤ 0 %`), as in the report tables. */
const OPERATOR_SYMBOLS: Readonly<Record<IndicatorResult['meta']['operator'], string>> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
};

function groupLabel(group: Group): string {
  const entries = Object.entries(group);
  return entries.length === 0 ? 'total' : entries.map(([k, v]) => `${k} ${v}`).join(', ');
}

/**
 * A value in its unit, rounded to two decimals, or more when `than` (the meta) would otherwise print
 * the same (0,504 % is not «0,5 %» next to a meta of 0,5 %).
 */
function percent(v: number, unit: IndicatorResult['unit'], than?: number): string {
  const scale = unit === 'ratio' ? 100 : 1;
  const round = (x: number, d: number) => Math.round(x * scale * 10 ** d) / 10 ** d;
  const decimals = decimalsApart(v, than, 2, (x, d) => String(round(x, d)));
  const text = round(v, decimals).toLocaleString('es-CO', { maximumFractionDigits: decimals });
  return unit === 'ratio' ? `${text} %` : `${text} ${unit === 'seconds' ? 's' : 'días hábiles'}`;
}

/** `true` when `b` is worse than `a` for this meta. */
function worse(a: number, b: number, r: IndicatorResult): boolean {
  const eps = 1e-12;
  switch (r.meta.operator) {
    case '>=':
    case '>':
      return b < a - eps;
    case '<=':
    case '<':
      return b > a + eps;
    default:
      return Math.abs(b - r.meta.value) > Math.abs(a - r.meta.value) + eps;
  }
}

/**
 * Alerts over indicator series: for each indicator and group, the latest period with a value
 * below its meta (`INDICADOR_BAJO_META`; critical for the legal indicators oportunidad and
 * pendientes vencidas), and worse than the previous period with a value (`INDICADOR_EN_DESCENSO`).
 *
 * @example
 * ```ts
 * import { buildIndicatorResult, indicatorAlerts, parsePeriodKey } from 'pqrsd/indicators';
 * const oct = buildIndicatorResult({ id: 'satisfaccion_cliente', numerator: 9, denominator: 10, period: parsePeriodKey('2026-10') });
 * const nov = buildIndicatorResult({ id: 'satisfaccion_cliente', numerator: 7, denominator: 10, period: parsePeriodKey('2026-11') });
 * indicatorAlerts([oct, nov]).map((a) => a.code); //=> ['INDICADOR_BAJO_META', 'INDICADOR_EN_DESCENSO']
 * ```
 */
export function indicatorAlerts(results: readonly IndicatorResult[]): EarlyAlert[] {
  const series = new Map<string, IndicatorResult[]>();
  for (const r of iterableArgument<IndicatorResult>(results, 'Los resultados de indicatorAlerts')) {
    checkResult(r);
    if (r.value === null) continue;
    const key = `${r.id}\u0000${r.period.kind}\u0000${JSON.stringify(Object.entries(r.group).sort())}`;
    const list = series.get(key);
    if (list === undefined) series.set(key, [r]);
    else list.push(r);
  }
  const out: EarlyAlert[] = [];
  for (const list of series.values()) {
    list.sort((a, b) => (a.period.from < b.period.from ? -1 : a.period.from > b.period.from ? 1 : 0));
    const last = list[list.length - 1] as IndicatorResult;
    const prev = list.length > 1 ? (list[list.length - 2] as IndicatorResult) : null;
    const v = last.value as number;
    const where = `${last.period.key} (${groupLabel(last.group)})`;
    const extra = { indicatorId: last.id, period: last.period, group: last.group };
    const metaText = `${OPERATOR_SYMBOLS[last.meta.operator]} ${percent(last.meta.value, last.unit)}`;
    if (last.complies === false) {
      const legal = last.id === 'oportunidad' || last.id === 'pendientes_vencidas';
      out.push(
        makeAlert(
          'INDICADOR_BAJO_META',
          legal ? 'critica' : 'advertencia',
          `${last.name}: ${percent(v, last.unit, last.meta.value)} en ${where}, no cumple la meta ${metaText}`,
          `El último período medido no alcanza la meta (${INDICATOR_DEFINITIONS[last.id].metaSource}); corresponde formular un plan de mejoramiento.`,
          [],
          0,
          extra,
        ),
      );
    }
    if (prev !== null && worse(prev.value as number, v, last)) {
      out.push(
        makeAlert(
          'INDICADOR_EN_DESCENSO',
          'info',
          `${last.name} empeoró: ${percent(prev.value as number, last.unit)} en ${prev.period.key} → ${percent(v, last.unit)} en ${last.period.key} (${groupLabel(last.group)})`,
          `Tendencia desfavorable frente al período anterior (meta ${metaText}).`,
          [],
          0,
          extra,
        ),
      );
    }
  }
  return out;
}

/**
 * Whether a record with this status can raise any of {@link earlyAlerts}' per-record alerts (open,
 * with a silencio positivo or documents deemed accepted, or with its notification overdue): a caller
 * feeding records in batches may leave the others out and get the same alerts. @internal
 *
 * @example
 * ```ts no-run
 * mayRaiseRecordAlert(status); //=> false for a request answered without consequences
 * ```
 */
export function mayRaiseRecordAlert(status: IndicatorStatus): boolean {
  if (isOpen(status) || notificationOverdue(status)) return true;
  for (const c of status.consequences) {
    if (c.type === 'silencio_administrativo_positivo' || c.type === 'aceptacion_documentos') return true;
  }
  return false;
}

/** The engine raised `CITACION_VENCIDA` or `AVISO_PENDIENTE` (CPACA arts. 68 and 69). */
function notificationOverdue(status: IndicatorStatus): boolean {
  const alerts = status.alerts;
  if (alerts === undefined) return false;
  for (const a of alerts) if (a.code === 'CITACION_VENCIDA' || a.code === 'AVISO_PENDIENTE') return true;
  return false;
}

/**
 * All early alerts as of a date, most urgent first. Records are read once (streaming); memory grows
 * with the number of alerts and listed records (at most `maxRecordsPerAlert` each).
 *
 * A request `en_requerimiento` alerts when the engine raised `REQUERIMIENTO_POR_VENCER` on it, or,
 * for statuses without the engine's `alerts`, when `deadline.requirement.lapsesOn` is within
 * `requirementLapseWarningDays` business days.
 *
 * @throws `PqrsdError` `INVALID_RECORD` for a record whose status is not as of `asOf`;
 * `INVALID_ARGUMENT` for malformed options.
 * @example
 * ```ts
 * import { earlyAlerts } from 'pqrsd/indicators';
 * earlyAlerts({ asOf: '2026-11-27', records: [] }); //=> []
 * ```
 */
export function earlyAlerts(input: EarlyAlertInput): EarlyAlert[] {
  objectArgument(input, 'La entrada de earlyAlerts');
  const asOf: IsoDate = parseIsoDate(input.asOf);
  const max = input.maxRecordsPerAlert ?? 1000;
  const lapseDays = input.requirementLapseWarningDays ?? 5;
  for (const [name, v] of [
    ['maxRecordsPerAlert', max],
    ['requirementLapseWarningDays', lapseDays],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `La opción ${name} «${safeString(v)}» debe ser un entero mayor o igual a 0`,
        {
          value: v,
        },
      );
    }
  }
  const buckets = new Map<RecordAlertCode, Bucket>();
  const bucket = (code: RecordAlertCode): Bucket => {
    let b = buckets.get(code);
    if (b === undefined) {
      b = new Bucket(max);
      buckets.set(code, b);
    }
    return b;
  };
  let index = 0;
  for (const record of iterableArgument<IndicatorRecord>(
    input.records ?? [],
    'Los registros de earlyAlerts',
  )) {
    checkIndicatorRecord(record, index);
    const status = record?.status;
    if (status === undefined || status === null || status.asOf !== asOf) {
      throw new PqrsdError(
        'INVALID_RECORD',
        `Registro ${index + 1}: su estado es al «${safeString(status?.asOf)}» y las alertas se calculan al «${asOf}»`,
        { index },
      );
    }
    const label = recordLabel(record, index);
    index++;
    if (isOpen(status)) {
      // While en_requerimiento the term is suspended (CPACA art. 17): no semáforo alert.
      if (status.state === 'vencida') bucket('SOLICITUDES_VENCIDAS').push(label);
      else if (status.state !== 'en_requerimiento' && status.semaforo === 'rojo')
        bucket('SOLICITUDES_VENCEN_HOY').push(label);
      else if (status.state !== 'en_requerimiento' && status.semaforo === 'amarillo')
        bucket('SOLICITUDES_POR_VENCER').push(label);
      if (status.priority.length > 0) bucket('PRIORITARIAS_SIN_RESPUESTA').push(label);
      if (status.state === 'en_requerimiento' && requirementLapsing(status, asOf, lapseDays)) {
        bucket('REQUERIMIENTOS_POR_DESISTIR').push(label);
      }
    }
    if (notificationOverdue(status)) bucket('NOTIFICACIONES_VENCIDAS').push(label);
    for (const c of status.consequences) {
      if (
        c.type === 'silencio_administrativo_positivo' &&
        c.deadline !== undefined &&
        c.deadline >= asOf &&
        c.recognizedOn === undefined
      ) {
        bucket('SILENCIO_POSITIVO_POR_RECONOCER').push(label);
      } else if (c.type === 'aceptacion_documentos' && c.deadline !== undefined && c.deadline >= asOf) {
        bucket('COPIAS_POR_ENTREGAR').push(label);
      }
    }
  }
  const alerts: EarlyAlert[] = [];
  for (const [code, b] of buckets) {
    const t: AlertText = RECORD_ALERTS[code];
    alerts.push(makeAlert(code, t.severity, t.title(b.count), t.reason, b.records, b.count));
  }
  if (input.indicators !== undefined) alerts.push(...indicatorAlerts(input.indicators));
  if (input.improvementActions !== undefined) {
    const review = reviewImprovementPlan(input.improvementActions, { asOf });
    if (review.overdue.length > 0) {
      alerts.push(
        makeAlert(
          'ACCIONES_MEJORAMIENTO_VENCIDAS',
          'advertencia',
          `${review.overdue.length} acción(es) del plan de mejoramiento vencidas sin cumplir`,
          'La fecha límite comprometida pasó y la acción no está cumplida ni cancelada.',
          review.overdue
            .slice(0, max)
            .map((r) => `${r.action.id} (${r.action.owner}, ${r.daysOverdue} días)`),
          review.overdue.length,
        ),
      );
    }
    if (input.indicators !== undefined) {
      const latest = latestPerSeries(input.indicators);
      for (const r of failingWithoutAction(latest, input.improvementActions)) {
        alerts.push(
          makeAlert(
            'INDICADOR_SIN_PLAN_MEJORAMIENTO',
            'advertencia',
            `${r.name} incumplió la meta en ${r.period.key} (${groupLabel(r.group)}) y no tiene acción de mejoramiento`,
            'Todo indicador que incumple su meta debe tener acciones en el plan de mejoramiento (proceso Servicio al Cliente: «Elaboración Planes de Mejoramiento»).',
            [],
            0,
            { indicatorId: r.id, period: r.period, group: r.group },
          ),
        );
      }
    }
  }
  if (input.workPlan !== undefined) {
    const plan = arrayArgument<WorkPlanActivity>(input.workPlan, 'El plan de trabajo de earlyAlerts');
    for (const a of plan) objectArgument(a, 'Una actividad del plan de trabajo');
    const late = plan.filter((a) => {
      const planned = parseIsoDate(a.plannedDate);
      const done = a.executedOn === undefined || a.executedOn === null ? null : parseIsoDate(a.executedOn);
      return planned < asOf && (done === null || done > asOf);
    });
    if (late.length > 0) {
      alerts.push(
        makeAlert(
          'ACTIVIDADES_PLAN_ATRASADAS',
          'info',
          `${late.length} actividad(es) del plan de trabajo atrasadas`,
          'Su fecha programada pasó sin ejecución; afectan el indicador de cumplimiento del plan de trabajo (meta ≥ 80 %).',
          late.slice(0, max).map((a) => a.id),
          late.length,
        ),
      );
    }
  }
  alerts.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      ALERT_CODES.indexOf(a.code) - ALERT_CODES.indexOf(b.code) ||
      b.count - a.count,
  );
  return alerts.map((a, i) => ({ ...a, urgency: i + 1 }));
}

function latestPerSeries(results: readonly IndicatorResult[]): IndicatorResult[] {
  const latest = new Map<string, IndicatorResult>();
  for (const r of results) {
    if (r.value === null) continue;
    const key = `${r.id}\u0000${r.period.kind}\u0000${JSON.stringify(Object.entries(r.group).sort())}`;
    const cur = latest.get(key);
    if (cur === undefined || r.period.from > cur.period.from) latest.set(key, r);
  }
  return [...latest.values()];
}

function requirementLapsing(status: IndicatorStatus, asOf: IsoDate, days: number): boolean {
  if (status.alerts !== undefined) return status.alerts.some((a) => a.code === 'REQUERIMIENTO_POR_VENCER');
  const lapse = status.deadline.requirement?.lapsesOn;
  if (lapse === undefined || lapse === null || lapse < asOf) return false;
  return getNationalCalendar().businessDaysBetween(asOf, lapse) <= days;
}
