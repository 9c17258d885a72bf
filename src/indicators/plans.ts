/**
 * Plans of the seed process: the annual work plan (plan de trabajo anual de Servicio al Cliente),
 * whose execution is the seed indicator «Cumplimiento del plan de trabajo» (meta ≥ 80 %), and the
 * improvement plan (plan de mejoramiento): actions tied to an indicator that failed its meta.
 *
 * @module
 */

import { arrayArgument, objectArgument } from '../arguments.js';
import { parseIsoDate, toDayNumber } from '../calendar/index.js';
import type { DateInput, IsoDate } from '../calendar/types.js';
import { PqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { buildIndicatorResult, checkResult, type MetaOverrides, resolveMetas, safeString } from './meta.js';
import { periodOf } from './periods.js';
import type { Group, IndicatorId, IndicatorResult, Period } from './types.js';
import { INDICATOR_IDS } from './types.js';

/**
 * An activity of the annual work plan.
 *
 * @example
 * ```ts
 * import type { WorkPlanActivity } from 'pqrsd/indicators';
 * const a: WorkPlanActivity = { id: 'A1', name: 'Capacitar al personal de Servicio al Cliente',
 *   plannedDate: '2026-03-31', executedOn: '2026-03-20', owner: 'Jefe de PQRSD' };
 * ```
 */
export interface WorkPlanActivity {
  /** Stable id. */
  readonly id: string;
  /** What is to be done (Spanish). */
  readonly name: string;
  /** Date by which it is planned to be executed. */
  readonly plannedDate: DateInput;
  /** Date it was actually executed, if it was. */
  readonly executedOn?: DateInput | null | undefined;
  /** Person in charge. */
  readonly owner?: string | undefined;
  /** Weight in the compliance (default 1; > 0). */
  readonly weight?: number | undefined;
}

/**
 * Options of {@link workPlanCompliance}.
 *
 * @example
 * ```ts
 * import type { WorkPlanOptions } from 'pqrsd/indicators';
 * const o: WorkPlanOptions = { asOf: '2026-11-27' };
 * ```
 */
export interface WorkPlanOptions {
  /** Cut-off date. */
  readonly asOf: DateInput;
  /** Period of the plan; default the calendar year of `asOf`. */
  readonly period?: Period | undefined;
  /**
   * `al_corte` (default): the denominator is the activities planned from the start of the period
   * until before `asOf` (what should be done by now), plus those planned for `asOf` itself once
   * executed: an activity due on the cut-off date is not late until that day ends (as
   * {@link reviewImprovementPlan} reads due dates); `periodo_completo`: every activity of the period.
   */
  readonly scope?: 'al_corte' | 'periodo_completo' | undefined;
  /** Metas overriding the defaults (`cumplimiento_plan_trabajo` ≥ 80 %). */
  readonly metas?: MetaOverrides | undefined;
  /** Group to label the result with. */
  readonly group?: Group | undefined;
}

/**
 * The state of an activity as of the cut-off date.
 *
 * @example
 * ```ts
 * import type { WorkPlanActivityStatus } from 'pqrsd/indicators';
 * const s: WorkPlanActivityStatus['status'] = 'atrasada';
 * ```
 */
export interface WorkPlanActivityStatus {
  /** The activity. */
  readonly activity: WorkPlanActivity;
  /**
   * `ejecutada` (on or before its planned date), `ejecutada_tarde`, `atrasada` (planned date passed,
   * not executed), `programada` (not yet due), `adelantada` (executed before being due, after the cut
   * of the denominator).
   */
  readonly status: 'ejecutada' | 'ejecutada_tarde' | 'atrasada' | 'programada' | 'adelantada';
  /** Whether it is in the denominator. */
  readonly counted: boolean;
}

/**
 * The result of {@link workPlanCompliance}.
 *
 * @example
 * ```ts
 * import type { WorkPlanCompliance } from 'pqrsd/indicators';
 * type Late = WorkPlanCompliance['overdue'];
 * ```
 */
export interface WorkPlanCompliance {
  /** The seed indicator «Cumplimiento del plan de trabajo». */
  readonly indicator: IndicatorResult;
  /** Each activity of the period with its state. */
  readonly activities: readonly WorkPlanActivityStatus[];
  /** Activities past their planned date and not executed (for alerts). */
  readonly overdue: readonly WorkPlanActivity[];
}

function checkId(v: unknown, what: string, index: number): string {
  if (typeof v !== 'string' || v.length === 0) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `${what} ${index + 1}: el id «${safeString(v)}» debe ser un texto no vacío`,
      {
        index,
      },
    );
  }
  return v;
}

/**
 * «Cumplimiento del plan de trabajo de servicio al cliente» (seed, meta ≥ 80 %): activities executed
 * / activities planned, weighted by `weight`. An activity executed after the cut-off date counts as
 * not executed (the cut-off date is the point of view).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for malformed activities (bad dates, empty id,
 * non-positive weight) or options.
 * @example
 * ```ts
 * import { workPlanCompliance } from 'pqrsd/indicators';
 * const r = workPlanCompliance([
 *   { id: 'A1', name: 'Capacitación', plannedDate: '2026-03-31', executedOn: '2026-03-20' },
 *   { id: 'A2', name: 'Encuesta', plannedDate: '2026-06-30' },
 *   { id: 'A3', name: 'Informe', plannedDate: '2026-12-15' },
 * ], { asOf: '2026-11-27' });
 * r.indicator.value; //=> 0.5
 * r.overdue.map((a) => a.id); //=> ['A2']
 * ```
 */
export function workPlanCompliance(
  activities: readonly WorkPlanActivity[],
  options: WorkPlanOptions,
): WorkPlanCompliance {
  arrayArgument(activities, 'Las actividades de workPlanCompliance');
  objectArgument(options, 'Las opciones de workPlanCompliance');
  const asOf = parseIsoDate(options.asOf);
  const period = options.period ?? periodOf(asOf, 'year');
  const scope = options.scope ?? 'al_corte';
  if (scope !== 'al_corte' && scope !== 'periodo_completo') {
    throw new PqrsdError(
      'INVALID_POLICY',
      `«${safeString(scope)}» no es un alcance válido: use 'al_corte' o 'periodo_completo'`,
      {
        value: scope,
      },
    );
  }
  const metas = resolveMetas(options.metas);
  const limit = scope === 'al_corte' && asOf < period.to ? asOf : period.to;
  let planned = 0;
  let executed = 0;
  const statuses: WorkPlanActivityStatus[] = [];
  const overdue: WorkPlanActivity[] = [];
  activities.forEach((a, index) => {
    checkId(a?.id, 'Actividad', index);
    const plannedDate = parseIsoDate(a.plannedDate);
    const executedOn =
      a.executedOn === undefined || a.executedOn === null ? null : parseIsoDate(a.executedOn);
    const weight = a.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `Actividad «${a.id}»: el peso «${safeString(weight)}» debe ser un número mayor que 0`,
        {
          value: weight,
        },
      );
    }
    if (plannedDate < period.from || plannedDate > period.to) return;
    const done = executedOn !== null && executedOn <= asOf;
    // Due on the cut-off date and not yet done: not late, not counted (al_corte).
    const counted = plannedDate <= limit && (scope === 'periodo_completo' || done || plannedDate < asOf);
    let status: WorkPlanActivityStatus['status'];
    if (counted) {
      planned += weight;
      if (done) executed += weight;
      if (done) status = (executedOn as IsoDate) <= plannedDate ? 'ejecutada' : 'ejecutada_tarde';
      else if (plannedDate < asOf) status = 'atrasada';
      else status = 'programada';
    } else status = done ? 'adelantada' : 'programada';
    if (status === 'atrasada') overdue.push(a);
    statuses.push({ activity: a, status, counted });
  });
  return {
    indicator: buildIndicatorResult({
      id: 'cumplimiento_plan_trabajo',
      numerator: executed,
      denominator: planned,
      period,
      group: options.group,
      meta: metas.cumplimiento_plan_trabajo,
      note: planned === 0 ? 'No hay actividades programadas al corte' : undefined,
    }),
    activities: statuses,
    overdue,
  };
}

/**
 * States of an improvement action.
 *
 * @example
 * ```ts
 * import { IMPROVEMENT_ACTION_STATUSES } from 'pqrsd/indicators';
 * IMPROVEMENT_ACTION_STATUSES; //=> ['pendiente', 'en_curso', 'cumplida', 'cancelada']
 * ```
 */
export const IMPROVEMENT_ACTION_STATUSES = /* @__PURE__ */ deepFreeze([
  'pendiente',
  'en_curso',
  'cumplida',
  'cancelada',
] as const);

/**
 * An improvement action state. See {@link IMPROVEMENT_ACTION_STATUSES}.
 *
 * @example
 * ```ts
 * import type { ImprovementActionStatus } from 'pqrsd/indicators';
 * const s: ImprovementActionStatus = 'en_curso';
 * ```
 */
export type ImprovementActionStatus = (typeof IMPROVEMENT_ACTION_STATUSES)[number];

/**
 * An action of the improvement plan, tied to an indicator result that failed its meta.
 *
 * @example
 * ```ts
 * import type { ImprovementAction } from 'pqrsd/indicators';
 * const a: ImprovementAction = { id: 'PM-1', description: 'Reforzar el seguimiento diario de vencimientos',
 *   indicatorId: 'oportunidad', periodKey: '2026-11', group: { seccional: 'Norte' },
 *   owner: 'Jefe de PQRSD', dueDate: '2026-12-31', status: 'en_curso' };
 * ```
 */
export interface ImprovementAction {
  /** Stable id. */
  readonly id: string;
  /** What will be done (Spanish). */
  readonly description: string;
  /** The indicator that failed. */
  readonly indicatorId: IndicatorId;
  /** Key of the period in which it failed. */
  readonly periodKey?: string | undefined;
  /** Group in which it failed. */
  readonly group?: Group | undefined;
  /** Person in charge. */
  readonly owner: string;
  /** Date by which it must be done. */
  readonly dueDate: DateInput;
  /** Current state. */
  readonly status: ImprovementActionStatus;
  /** Date it was completed (when `cumplida`). */
  readonly completedOn?: DateInput | undefined;
}

/**
 * Creates an improvement action for an indicator result that failed its meta.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` when the result complies or has no value (no plan is
 * due), or for a missing owner, description or bad due date.
 * @example
 * ```ts
 * import { buildIndicatorResult, createImprovementAction, parsePeriodKey } from 'pqrsd/indicators';
 * const failed = buildIndicatorResult({ id: 'oportunidad', numerator: 8, denominator: 10,
 *   period: parsePeriodKey('2026-11') });
 * createImprovementAction(failed, { id: 'PM-1', description: 'Seguimiento diario', owner: 'Jefe de PQRSD',
 *   dueDate: '2026-12-31' }).status; //=> 'pendiente'
 * ```
 */
export function createImprovementAction(
  result: IndicatorResult,
  fields: {
    readonly id: string;
    readonly description: string;
    readonly owner: string;
    readonly dueDate: DateInput;
  },
): ImprovementAction {
  checkResult(result);
  objectArgument(fields, 'Los campos de createImprovementAction');
  if (result.complies !== false) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `El indicador «${result.id}» del período «${result.period.key}» no incumplió su meta (cumple: ${String(result.complies)}): no requiere plan de mejoramiento`,
      { value: result.complies },
    );
  }
  checkId(fields.id, 'Acción', 0);
  for (const [name, v] of [
    ['descripción', fields.description],
    ['responsable', fields.owner],
  ] as const) {
    if (typeof v !== 'string' || v.trim().length === 0) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `Acción «${fields.id}»: el campo ${name} «${safeString(v)}» es obligatorio`,
        {
          value: v,
        },
      );
    }
  }
  return {
    id: fields.id,
    description: fields.description,
    indicatorId: result.id,
    periodKey: result.period.key,
    group: result.group,
    owner: fields.owner,
    dueDate: parseIsoDate(fields.dueDate),
    status: 'pendiente',
  };
}

/**
 * An improvement action's situation as of the cut-off date.
 *
 * @example
 * ```ts
 * import type { ImprovementActionReview } from 'pqrsd/indicators';
 * type Days = ImprovementActionReview['daysOverdue'];
 * ```
 */
export interface ImprovementActionReview {
  /** The action. */
  readonly action: ImprovementAction;
  /** Not done (nor cancelled) and its due date has passed. */
  readonly overdue: boolean;
  /** Calendar days since the due date, when overdue; else 0. */
  readonly daysOverdue: number;
  /** Completed on or before its due date. */
  readonly completedOnTime: boolean;
}

/**
 * The review of an improvement plan.
 *
 * @example
 * ```ts
 * import type { ImprovementPlanReview } from 'pqrsd/indicators';
 * type I = ImprovementPlanReview['indicator'];
 * ```
 */
export interface ImprovementPlanReview {
  /** Each action. */
  readonly actions: readonly ImprovementActionReview[];
  /** Overdue actions (they raise alerts). */
  readonly overdue: readonly ImprovementActionReview[];
  /** «Cumplimiento del plan de mejoramiento»: completed on time / actions whose due date has passed. */
  readonly indicator: IndicatorResult;
}

/**
 * Reviews an improvement plan as of a date: which actions are overdue (due date passed, neither
 * `cumplida` nor `cancelada`; the due date itself is still in time, Ley 4 de 1913 art. 59) and the
 * plan's compliance.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a malformed action (unknown status or indicator,
 * bad dates, `cumplida` without `completedOn`).
 * @example
 * ```ts
 * import { reviewImprovementPlan } from 'pqrsd/indicators';
 * const r = reviewImprovementPlan([{ id: 'PM-1', description: 'Seguimiento diario', indicatorId: 'oportunidad',
 *   owner: 'Jefe de PQRSD', dueDate: '2026-11-20', status: 'en_curso' }], { asOf: '2026-11-27' });
 * r.overdue[0]?.daysOverdue; //=> 7
 * ```
 */
export function reviewImprovementPlan(
  actions: readonly ImprovementAction[],
  options: {
    readonly asOf: DateInput;
    readonly period?: Period | undefined;
    readonly metas?: MetaOverrides | undefined;
  },
): ImprovementPlanReview {
  arrayArgument(actions, 'Las acciones de reviewImprovementPlan');
  objectArgument(options, 'Las opciones de reviewImprovementPlan');
  const asOf = parseIsoDate(options.asOf);
  const asOfDay = toDayNumber(asOf);
  const metas = resolveMetas(options.metas);
  let due = 0;
  let onTime = 0;
  const reviews = actions.map((action, index): ImprovementActionReview => {
    checkId(action?.id, 'Acción', index);
    if (!(IMPROVEMENT_ACTION_STATUSES as readonly unknown[]).includes(action.status)) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `Acción «${action.id}»: el estado «${safeString(action.status)}» no es válido`,
        {
          value: action.status,
        },
      );
    }
    if (!(INDICATOR_IDS as readonly unknown[]).includes(action.indicatorId)) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `Acción «${action.id}»: «${safeString(action.indicatorId)}» no es un indicador conocido`,
        {
          value: action.indicatorId,
        },
      );
    }
    for (const k of ['description', 'owner'] as const) {
      if (typeof action[k] !== 'string') {
        throw new PqrsdError('INVALID_ARGUMENT', `Acción «${action.id}»: «${k}» debe ser texto`, {
          value: action[k],
        });
      }
    }
    const dueDate = parseIsoDate(action.dueDate);
    const completedOn = action.completedOn === undefined ? null : parseIsoDate(action.completedOn);
    if (action.status === 'cumplida' && completedOn === null) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `Acción «${action.id}»: está cumplida pero no tiene fecha de cumplimiento (completedOn)`,
        {
          value: action,
        },
      );
    }
    const done = action.status === 'cumplida' && completedOn !== null && completedOn <= asOf;
    const cancelled = action.status === 'cancelada';
    const completedOnTime = done && (completedOn as IsoDate) <= dueDate;
    const overdue = !done && !cancelled && dueDate < asOf;
    if (!cancelled && dueDate < asOf) {
      due++;
      if (completedOnTime) onTime++;
    }
    return { action, overdue, daysOverdue: overdue ? asOfDay - toDayNumber(dueDate) : 0, completedOnTime };
  });
  return {
    actions: reviews,
    overdue: reviews.filter((r) => r.overdue),
    indicator: buildIndicatorResult({
      id: 'cumplimiento_plan_mejoramiento',
      numerator: onTime,
      denominator: due,
      period: options.period ?? periodOf(asOf, 'year'),
      meta: metas.cumplimiento_plan_mejoramiento,
      note: due === 0 ? 'Ninguna acción tenía la fecha límite vencida al corte' : undefined,
    }),
  };
}

function sameGroup(a: Group | undefined, b: Group): boolean {
  const ea = Object.entries(a ?? {});
  const eb = Object.entries(b);
  return ea.length === eb.length && ea.every(([k, v]) => b[k] === v);
}

/**
 * Indicator results that failed their meta and have no improvement action tied to them (same
 * indicator, period key and group; an action without `periodKey` covers every period).
 *
 * @example
 * ```ts
 * import { buildIndicatorResult, failingWithoutAction, parsePeriodKey } from 'pqrsd/indicators';
 * const failed = buildIndicatorResult({ id: 'oportunidad', numerator: 8, denominator: 10,
 *   period: parsePeriodKey('2026-11') });
 * failingWithoutAction([failed], []).length; //=> 1
 * ```
 */
export function failingWithoutAction(
  results: readonly IndicatorResult[],
  actions: readonly ImprovementAction[],
): IndicatorResult[] {
  for (const r of arrayArgument(results, 'Los resultados de failingWithoutAction')) checkResult(r);
  for (const a of arrayArgument(actions, 'Las acciones de failingWithoutAction'))
    objectArgument(a, 'Una acción de failingWithoutAction');
  return results.filter(
    (r) =>
      r.complies === false &&
      !actions.some(
        (a) =>
          a.status !== 'cancelada' &&
          a.indicatorId === r.id &&
          (a.periodKey === undefined || a.periodKey === r.period.key) &&
          sameGroup(a.group, r.group),
      ),
  );
}
