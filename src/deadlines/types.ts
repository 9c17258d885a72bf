/**
 * Output shapes of the deadline engine.
 *
 * @module
 */

import type { BusinessCalendar, DayExplanation, IsoDate } from '../calendar/index.js';
import type {
  LifecycleEvent,
  LifecycleStage,
  NotificationVia,
  Outcome,
  PriorityFlag,
  RecursoKind,
  RecursoResult,
  Regime,
  RequestState,
  RequestType,
  Semaforo,
} from '../domain.js';
import type { Citation, ConsequenceType, LegalRule } from '../rules/types.js';
import type { Policies, PolicyOverrides } from './policies.js';

/**
 * Options of {@link computeDeadline} and {@link requestStatus}.
 *
 * @example
 * ```ts
 * import { createCalendar, type ComputeOptions } from 'pqrsd';
 * const options: ComputeOptions = {
 *   calendar: createCalendar({ closures: [{ date: '2026-12-24', reason: 'Cierre' }] }),
 *   policies: { prorrogaCeiling: 'adicional' },
 * };
 * ```
 */
export interface ComputeOptions {
  /** The entity's calendar (closures, suspensions); default the national calendar. */
  readonly calendar?: BusinessCalendar | undefined;
  /** Policies on points the law leaves open; missing keys take {@link DEFAULT_POLICIES}. */
  readonly policies?: PolicyOverrides | undefined;
}

/**
 * A warning: something in the request or its events breaks the law (a late prórroga, a late
 * traslado…) or a rule is applied outside its vigencia. The engine never fixes such things silently.
 *
 * Codes (stable): `FUERA_DE_VIGENCIA`, `PRORROGA_NO_PREVISTA`, `PRORROGA_EXTEMPORANEA`,
 * `PRORROGA_NO_AMPLIA`, `PRORROGA_EXCESIVA`, `PRORROGA_DIA_NO_HABIL`, `PRORROGA_REITERADA`,
 * `REQUERIMIENTO_NO_PREVISTO`, `REQUERIMIENTO_EXTEMPORANEO`, `REQUERIMIENTO_REITERADO`,
 * `RESPUESTA_REQUERIMIENTO_SIN_REQUERIMIENTO`, `RESPUESTA_REQUERIMIENTO_EXTEMPORANEA`,
 * `AMPLIACION_SIN_REQUERIMIENTO`, `AMPLIACION_NO_PREVISTA`, `AMPLIACION_EXTEMPORANEA`,
 * `TRASLADO_EXTEMPORANEO`, `SUSPENSION_POSTERIOR_AL_VENCIMIENTO`, `EVENTO_SIN_TERMINO`,
 * `EVENTO_POSTERIOR_AL_CIERRE`; of the notification: `NOTIFICACION_ANTERIOR_A_LA_DECISION`,
 * `CITACION_EXTEMPORANEA`, `AVISO_SIN_CITACION`, `AVISO_ANTICIPADO`, `NOTIFICACION_POR_EDICTO`; of the
 * recursos: `APELACION_NO_INTERPUESTA`.
 *
 * @example
 * ```ts
 * import type { DeadlineWarning } from 'pqrsd';
 * const w: DeadlineWarning = { code: 'PRORROGA_EXTEMPORANEA', message: 'La prórroga se informó después del vencimiento.' };
 * ```
 */
export interface DeadlineWarning {
  /** Stable machine-readable code. */
  readonly code: string;
  /** Spanish message. */
  readonly message: string;
  /** The event it refers to, if any. */
  readonly event?: LifecycleEvent;
}

/**
 * One line of the trace of a computation.
 *
 * - `regimen`, `regla`, `recepcion`, `politica`: how the term was chosen and from when it counts;
 * - `dia`: one calendar day between the start and the due date, counted or skipped (with `day`);
 * - `evento`: the effect of a lifecycle event (with `event`);
 * - `advertencia`: a warning.
 *
 * @example
 * ```ts
 * import type { TraceEntry } from 'pqrsd';
 * const t: TraceEntry = { kind: 'regla', message: 'R-PET-GEN: 15 días hábiles' };
 * ```
 */
export interface TraceEntry {
  /** What the line is about. */
  readonly kind: 'regimen' | 'regla' | 'recepcion' | 'politica' | 'dia' | 'evento' | 'advertencia';
  /** Spanish text. */
  readonly message: string;
  /** The date the line is about, if any. */
  readonly date?: IsoDate;
  /** The citation that supports it, if any. */
  readonly citation?: Citation;
  /** For `dia` lines: the calendar's explanation of the day. */
  readonly day?: DayExplanation;
  /** For `evento` lines: the event. */
  readonly event?: LifecycleEvent;
}

/**
 * The requirement to complete an incomplete request (CPACA art. 17; Ley 1581 art. 15 num. 1).
 *
 * @example
 * ```ts
 * import type { RequirementInfo } from 'pqrsd';
 * const r: RequirementInfo = {
 *   requestedOn: '2026-12-01' as never, deadlineToRequire: '2026-12-14' as never, valid: true,
 *   lapsesOn: '2027-01-04' as never, extended: false, answeredOn: null,
 * };
 * ```
 */
export interface RequirementInfo {
  /** When the entity required the petitioner. */
  readonly requestedOn: IsoDate;
  /** The last day the entity could require (10 días from radicación; Ley 1581: 5). */
  readonly deadlineToRequire: IsoDate;
  /** Whether it was in time: only a timely requirement suspends the term. */
  readonly valid: boolean;
  /** The last day the petitioner may answer (1 calendar month, 2 with the extension; Ley 1581: 2). */
  readonly lapsesOn: IsoDate;
  /** Whether the petitioner obtained the equal extension (ampliación) in time. */
  readonly extended: boolean;
  /** When the petitioner answered, or `null`. */
  readonly answeredOn: IsoDate | null;
}

/**
 * How the sending entity's obligation ended by forwarding the request (CPACA art. 21).
 *
 * @example
 * ```ts
 * import type { TrasladoInfo } from 'pqrsd';
 * const t: TrasladoInfo = { date: '2026-12-02' as never, deadline: '2026-12-04' as never, onTime: true };
 * ```
 */
export interface TrasladoInfo {
  /** When it was forwarded. */
  readonly date: IsoDate;
  /** The last day to forward it (5 días from receipt; Ley 1581: 2 días hábiles). */
  readonly deadline: IsoDate;
  /** Whether it was forwarded in time. */
  readonly onTime: boolean;
  /** The competent authority, if given. */
  readonly to?: string;
}

/**
 * What ended the request, if anything: the answer, the traslado, the express withdrawal (art. 18) or
 * the tacit one (art. 17, when a later event shows the petitioner's month lapsed).
 *
 * @example
 * ```ts
 * import type { Closure } from 'pqrsd';
 * const c: Closure = { kind: 'respuesta', date: '2026-12-18' as never, outcome: 'a_favor' };
 * ```
 */
export interface Closure {
  /** How it ended. */
  readonly kind: 'respuesta' | 'traslado' | 'desistimiento' | 'desistimiento_tacito';
  /** When. For `desistimiento_tacito`, the day after the petitioner's term lapsed. */
  readonly date: IsoDate;
  /** The outcome of the answer, if given. */
  readonly outcome?: Outcome;
}

/**
 * A suspension of the term that the engine applied: an entity act (`suspension` event) or the
 * requirement to the petitioner (CPACA art. 17).
 *
 * @example
 * ```ts
 * import type { AppliedSuspension } from 'pqrsd';
 * const s: AppliedSuspension = { from: '2026-12-02' as never, to: '2026-12-10' as never, act: 'Resolución 12' };
 * ```
 */
export interface AppliedSuspension {
  /** First suspended day (inclusive). */
  readonly from: IsoDate;
  /** Last suspended day (inclusive). */
  readonly to: IsoDate;
  /** The act or reason. */
  readonly act: string;
}

/**
 * The result of {@link computeDeadline}.
 *
 * `trace` and `explanation` are computed lazily on first read and memoized (the plain fast path costs
 * one calendar lookup): they are getters on the prototype, so `Object.keys`/spread do not list them,
 * but `JSON.stringify` includes them (the object has a `toJSON`).
 *
 * @example
 * ```ts
 * import { computeDeadline } from 'pqrsd';
 * const d = computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' });
 * d.dueDate; //=> '2026-12-21'
 * console.log(d.explanation);
 * ```
 */
export interface DeadlineResult {
  /** The request type. */
  readonly type: RequestType;
  /** The regime applied (after `auto`). */
  readonly regime: Regime;
  /** The rule applied (its `regime` differs from `regime` when the CPACA applies as fallback). */
  readonly rule: LegalRule;
  /** Whether the rule is the CPACA fallback of a regime that does not govern the type. */
  readonly fallback: boolean;
  /** Civil date (Bogotá) of `receivedAt`, before the receipt policy. */
  readonly receivedCivilDate: IsoDate;
  /** Civil date of receipt (radicación), after the receipt policy. */
  readonly receivedDate: IsoDate;
  /** Day 0 of the term: counting starts the next business day. */
  readonly termStart: IsoDate;
  /** The due date before any event, or `null` when the rule has no term. */
  readonly originalDueDate: IsoDate | null;
  /** The due date after the events (the term ends at midnight of this day), `null` without term. */
  readonly dueDate: IsoDate | null;
  /** The latest date a valid prórroga may reach (equals `dueDate` when none is allowed). */
  readonly maxDueDate: IsoDate | null;
  /** Length of the current term in business days of the request (for the semáforo). */
  readonly termBusinessDays: number | null;
  /** The requirement, if one was made. */
  readonly requirement: RequirementInfo | null;
  /** The traslado, if one was made. */
  readonly traslado: TrasladoInfo | null;
  /** What ended the request, if anything. */
  readonly closure: Closure | null;
  /** First notification date of the answer, if recorded. */
  readonly notifiedOn: IsoDate | null;
  /** Suspensions applied to the term. */
  readonly suspensions: readonly AppliedSuspension[];
  /** The policies used. */
  readonly policies: Policies;
  /** Law broken by the events, or rules applied outside their vigencia. */
  readonly warnings: readonly DeadlineWarning[];
  /** Rule, citations, each calendar day and each event's effect (lazy). */
  readonly trace: readonly TraceEntry[];
  /** Spanish, multi-line, readable in a terminal (lazy). */
  readonly explanation: string;
}

/**
 * A legal consequence in force as of a date.
 *
 * @example
 * ```ts
 * import type { LegalConsequence } from 'pqrsd';
 * const c: LegalConsequence = {
 *   type: 'silencio_administrativo_positivo', since: '2026-12-22' as never, deadline: '2026-12-24' as never,
 *   recognitionDeadline: '2026-12-24' as never, description: '…',
 *   citation: { norma: 'Decreto 2150 de 1995', articulo: 'art. 123', url: '…', vigencia: { desde: '1995-12-06' }, confidence: 'CONFIRMED' },
 * };
 * ```
 */
export interface LegalConsequence {
  /** Which consequence. */
  readonly type: ConsequenceType;
  /** The first day it is in force. */
  readonly since: IsoDate;
  /** A further deadline it carries (copies due; SAP recognition), if any. */
  readonly deadline?: IsoDate;
  /** `aceptacion_documentos`: the copies are due by this day (3 días hábiles after the due date). */
  readonly copiesDueDate?: IsoDate;
  /** `silencio_administrativo_positivo`: the company must recognise it by this day (72 hours). */
  readonly recognitionDeadline?: IsoDate;
  /** `silencio_administrativo_positivo`: the day the company recognised it (`reconocimiento_sap`). */
  readonly recognizedOn?: IsoDate;
  /** Spanish description. */
  readonly description: string;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * An early alert of {@link requestStatus}.
 *
 * Codes (stable): `VENCIDA`, `VENCE_HOY`, `POR_VENCER`, `REQUERIMIENTO_POR_VENCER`,
 * `PRIORIDAD_SIN_RESPUESTA`, `SAP_RECONOCIMIENTO_PENDIENTE`, `SAP_RECONOCIMIENTO_VENCIDO`,
 * `SAP_RECONOCIMIENTO_TARDIO`, `COPIAS_PENDIENTES`; of the notification: `NOTIFICACION_PENDIENTE`,
 * `CITACION_VENCIDA`, `AVISO_PENDIENTE`, `NOTIFICACION_SURTE_HOY`; of the recursos:
 * `RECURSO_EXTEMPORANEO`, `RECURSO_SIN_DECISION_PREVIA`, `APELACION_SIN_REPOSICION`,
 * `RECURSO_POR_VENCER`, `RECURSO_VENCIDO`, `ENVIO_SSPD_PENDIENTE`, `ENVIO_SSPD_VENCIDO`,
 * `APELACION_VENCIDA`.
 *
 * @example
 * ```ts
 * import type { StatusAlert } from 'pqrsd';
 * const a: StatusAlert = { code: 'VENCE_HOY', severity: 'critica', message: 'El término vence hoy.' };
 * ```
 */
export interface StatusAlert {
  /** Stable code. */
  readonly code: string;
  /** How urgent. */
  readonly severity: 'info' | 'advertencia' | 'critica';
  /** Spanish message. */
  readonly message: string;
}

/**
 * The state of a request as of a date ({@link requestStatus}).
 *
 * @example
 * ```ts
 * import { requestStatus } from 'pqrsd';
 * const s = requestStatus({ type: 'peticion', receivedAt: '2026-11-27' }, '2026-12-21');
 * s.state; //=> 'por_vencer'
 * s.semaforo; //=> 'rojo'
 * ```
 */
export interface RequestStatus {
  /** The date of the status. */
  readonly asOf: IsoDate;
  /** State as of `asOf`. */
  readonly state: RequestState;
  /** Traffic light for open requests with a term, else `null`. */
  readonly semaforo: Semaforo | null;
  /** The deadline as known on `asOf` (events after `asOf` are ignored). */
  readonly deadline: DeadlineResult;
  /** Same as `deadline.dueDate`. */
  readonly dueDate: IsoDate | null;
  /** Business days of the term elapsed as of `asOf` (or as of the closure). */
  readonly elapsedBusinessDays: number;
  /** Business days left, `businessDaysBetween(asOf, dueDate)` (negative when overdue); `null` when closed or without term. */
  readonly remainingBusinessDays: number | null;
  /** Date of the respuesta, traslado or express desistimiento, if on or before `asOf`. */
  readonly answeredOn: IsoDate | null;
  /** Whether the answer (or the traslado) was in time; `null` while open, withdrawn or without term. */
  readonly onTime: boolean | null;
  /** Business days from receipt to `answeredOn` (on the entity calendar). */
  readonly responseBusinessDays: number | null;
  /** Legal consequences in force as of `asOf`. */
  readonly consequences: readonly LegalConsequence[];
  /** Early alerts. */
  readonly alerts: readonly StatusAlert[];
  /** Priority conditions of the request (CPACA art. 5 num. 6, art. 20). */
  readonly priority: readonly PriorityFlag[];
  /** The notification of the answer; `null` while the request is not answered. */
  readonly notification: NotificationStatus | null;
  /** Where the decision stands after the answer; `null` while the request is not answered. */
  readonly stage: LifecycleStage | null;
  /** The recursos against the decision; `null` while the request is not answered. */
  readonly recurso: RecursoStatus | null;
}

/**
 * Where the notification of the answer stands: `pendiente` (nothing recorded), `citada` (citación
 * sent, CPACA art. 68), `en_aviso` (aviso sent, not yet in effect, art. 69), `surtida` (in effect).
 *
 * @example
 * ```ts
 * import type { NotificationState } from 'pqrsd';
 * const s: NotificationState = 'citada';
 * ```
 */
export type NotificationState = 'pendiente' | 'citada' | 'en_aviso' | 'surtida';

/**
 * The notification of the answer as of a date (part of {@link RequestStatus}).
 *
 * @example
 * ```ts
 * import { requestStatus } from 'pqrsd';
 * const s = requestStatus({ type: 'peticion', receivedAt: '2026-11-27',
 *   events: [{ type: 'respuesta', date: '2026-12-10' }, { type: 'citacion', date: '2026-12-11' }] },
 *   '2026-12-21');
 * s.notification?.state; //=> 'citada'
 * s.alerts.map((a) => a.code); //=> ['AVISO_PENDIENTE']
 * ```
 */
export interface NotificationStatus {
  /** See {@link NotificationState}. */
  readonly state: NotificationState;
  /** Whether its alerts apply (notification-chain events, or policy `notificationTracking`). */
  readonly tracked: boolean;
  /** The decision notified: the answer. */
  readonly decidedOn: IsoDate;
  /** The last day to send the citación (5 días hábiles, CPACA art. 68). */
  readonly citationDueDate: IsoDate;
  /** The citación sent (or published). */
  readonly citedOn: IsoDate | null;
  /** The last of the 5 días hábiles to appear after the citación; then the aviso (art. 69). */
  readonly appearanceEndDate: IsoDate | null;
  /** The aviso delivered (or published). */
  readonly avisoOn: IsoDate | null;
  /** The removal of a published aviso. */
  readonly avisoRemovedOn: IsoDate | null;
  /** The day the notification took effect (at its end, for an aviso), if recorded. */
  readonly notifiedOn: IsoDate | null;
  /** The route of that notification, when the events say it. */
  readonly via: NotificationVia | null;
}

/**
 * The recursos against the decision of a request as of a date (part of {@link RequestStatus}).
 *
 * @example
 * ```ts
 * import { requestStatus } from 'pqrsd';
 * const s = requestStatus({ type: 'reclamo', receivedAt: '2026-11-03', regime: 'servicios_publicos',
 *   events: [{ type: 'respuesta', date: '2026-11-20' }, { type: 'notificacion', date: '2026-11-23' }] },
 *   '2026-11-24');
 * s.recurso?.windowEnd; //=> '2026-11-30'
 * ```
 */
export interface RecursoStatus {
  /**
   * The day the notification of the decision took effect, if recorded; without one, the day a recurso
   * was filed (it notifies by conducta concluyente, CPACA art. 72): always the notification part's
   * `notifiedOn`.
   */
  readonly notifiedOn: IsoDate | null;
  /** Business days to file (5, Ley 142 art. 154; 10, CPACA art. 76; 5 for the queja, art. 74). */
  readonly windowDays: number;
  /** The article of the window. */
  readonly windowCitation: Citation;
  /** The last day to file a recurso; `null` while the decision is not notified (`notifiedOn` null). */
  readonly windowEnd: IsoDate | null;
  /** The recurso filed, if any. */
  readonly filedOn: IsoDate | null;
  /** Its kind. */
  readonly kind: RecursoKind | null;
  /** Whether it was filed in time (`false`: it must be rejected, CPACA art. 78); `null` without recurso. */
  readonly onTime: boolean | null;
  /** The last day to decide it (Ley 142 art. 158: 15 días hábiles; CPACA art. 86: 2 months). */
  readonly decisionDueDate: IsoDate | null;
  /** When it was decided, and how. */
  readonly decidedOn: IsoDate | null;
  readonly result: RecursoResult | null;
  /** When the decision of the recurso was notified, if recorded. */
  readonly decisionNotifiedOn: IsoDate | null;
  /** The last day to send the apelación to the Superintendencia (policy `spdAppealForwarding`). */
  readonly forwardingDueDate: IsoDate | null;
  /** When the expediente was sent to the Superintendencia (Ley 142 art. 159). */
  readonly sentToSspdOn: IsoDate | null;
  /**
   * The last day to decide (and notify) the subsidiary apelación after a reposición that did not grant
   * the claim: two months from the filing (CPACA art. 86); `null` when none awaits.
   */
  readonly appealDecisionDueDate: IsoDate | null;
  /** When the apelación was decided (by the Superintendencia or the inmediato superior), and how. */
  readonly appealDecidedOn: IsoDate | null;
  readonly appealResult: RecursoResult | null;
  /** When the decision of the apelación was notified, if recorded. */
  readonly appealDecisionNotifiedOn: IsoDate | null;
  /** The first day the decision is firm (CPACA art. 87), once reached. */
  readonly firmSince: IsoDate | null;
}
