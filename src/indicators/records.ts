/**
 * The input of the indicators: a request's status as of a date (as the deadline engine computes it)
 * plus the fields indicators group by. The indicators never re-run the engine: callers that already
 * hold statuses pass them in; {@link toIndicatorRecord} builds them from requests when they do not.
 *
 * @module
 */
import { isIsoDate } from '../calendar/civil-date.js';
import type { IsoDate } from '../calendar/types.js';
import type {
  Channel,
  Outcome,
  PriorityFlag,
  Regime,
  RequestState,
  RequestType,
  Semaforo,
} from '../domain.js';
import { PqrsdError } from '../errors.js';
import { show } from '../show.js';

/**
 * A legal consequence as the indicators read it (a subset of the engine's `LegalConsequence`).
 *
 * @example
 * ```ts
 * import type { IndicatorConsequence } from 'pqrsd/indicators';
 * const c: IndicatorConsequence = { type: 'silencio_administrativo_positivo', since: '2026-12-22' as never };
 * ```
 */
export interface IndicatorConsequence {
  /** Consequence type, e.g. `silencio_administrativo_positivo`, `aceptacion_documentos`, `desistimiento_tacito`. */
  readonly type: string;
  /** Date since which it applies. */
  readonly since: IsoDate;
  /** Deadline attached to it (SAP recognition, copies), when any. */
  readonly deadline?: IsoDate | undefined;
  /**
   * Silencio positivo: the day the company recognised it (Decreto 2150 de 1995 art. 123). A recognised
   * silencio still counts in the indicators; it no longer raises the alert to recognise it.
   */
  readonly recognizedOn?: IsoDate | undefined;
}

/**
 * An alert raised by the engine on one request (a subset of the engine's `StatusAlert`).
 *
 * @example
 * ```ts
 * import type { IndicatorStatusAlert } from 'pqrsd/indicators';
 * const a: IndicatorStatusAlert = { code: 'VENCIDA', severity: 'critica', message: 'Término vencido' };
 * ```
 */
export interface IndicatorStatusAlert {
  /** Stable code of the engine's alert. */
  readonly code: string;
  /** `info`, `advertencia` or `critica`. */
  readonly severity: string;
  /** Spanish message. */
  readonly message: string;
}

/**
 * The part of the deadline engine's `RequestStatus` the indicators read. The engine's own
 * `RequestStatus` is assignable to it, so its statuses are passed as they are.
 *
 * @example
 * ```ts
 * import { requestStatus } from 'pqrsd/deadlines';
 * import type { IndicatorStatus } from 'pqrsd/indicators';
 * const s: IndicatorStatus = requestStatus({ type: 'peticion', receivedAt: '2026-11-27' }, '2026-12-01');
 * ```
 */
export interface IndicatorStatus {
  /** The cut-off date of the status. */
  readonly asOf: IsoDate;
  /** State as of `asOf`. */
  readonly state: RequestState;
  /** Semáforo colour as of `asOf`, `null` when closed or without term. */
  readonly semaforo: Semaforo | null;
  /** Legal due date, `null` without term. */
  readonly dueDate: IsoDate | null;
  /** Business days left until the due date, `null` when not applicable. */
  readonly remainingBusinessDays: number | null;
  /** Date of the answer (or traslado, or desistimiento) when on or before `asOf`. */
  readonly answeredOn: IsoDate | null;
  /** Whether it was answered in time; `null` while open. */
  readonly onTime: boolean | null;
  /** Business days from receipt to answer, `null` while open. */
  readonly responseBusinessDays: number | null;
  /** Legal consequences as of `asOf`. */
  readonly consequences: readonly IndicatorConsequence[];
  /** The engine's alerts on this request, if any. */
  readonly alerts?: readonly IndicatorStatusAlert[] | undefined;
  /** Priority conditions. */
  readonly priority: readonly PriorityFlag[];
  /**
   * The computed deadline: its civil date of receipt, regime and, when the petitioner was required
   * to complete the petition (CPACA art. 17), the day the petitioner's term lapses.
   */
  readonly deadline: {
    readonly receivedDate: IsoDate;
    readonly regime?: Regime | undefined;
    readonly requirement?: { readonly lapsesOn: IsoDate } | null | undefined;
  };
}

/**
 * One request as the indicators read it: its status plus the fields to group by.
 *
 * @example
 * ```ts
 * import { requestStatus } from 'pqrsd/deadlines';
 * import type { IndicatorRecord } from 'pqrsd/indicators';
 * const r: IndicatorRecord = {
 *   radicado: '2026-000123', type: 'peticion', seccional: 'Norte', channel: 'formulario_web',
 *   status: requestStatus({ type: 'peticion', receivedAt: '2026-11-27' }, '2026-12-01'),
 * };
 * ```
 */
export interface IndicatorRecord {
  /** Status as of the cut-off date (from the deadline engine). */
  readonly status: IndicatorStatus;
  /** Request type. */
  readonly type: RequestType;
  /** Filing number, used to list records in alerts and reports. */
  readonly radicado?: string | undefined;
  /** Seccional (branch) of the entity. */
  readonly seccional?: string | undefined;
  /** Dependencia (department) in charge. */
  readonly dependencia?: string | undefined;
  /** Reception channel. */
  readonly channel?: Channel | undefined;
  /** Outcome of the answer, if answered. */
  readonly outcome?: Outcome | undefined;
  /** Person in charge. */
  readonly assignee?: string | undefined;
  /** Likert answer of the satisfaction survey, if surveyed. */
  readonly satisfaction?: number | null | undefined;
  /** Any other grouping dimensions, e.g. `{ municipio: '05001' }`. */
  readonly dimensions?: Readonly<Record<string, string>> | undefined;
  /**
   * What is known of the answer of a request the status sees pending when no answer date tells it:
   * `respondida_sin_fecha` (the entity's system says it was answered, not when) or
   * `sin_dato_respuesta` (the source does not say whether it was answered). Such a request is
   * counted under that label in `byState`, and its timeliness is unknown: it is neither answered
   * (oportunidad) nor pending (pendientes vencidas, semáforo, alerts). Ignored when the status is
   * closed.
   */
  readonly answer?: 'respondida_sin_fecha' | 'sin_dato_respuesta' | undefined;
}

/**
 * Labels of the states of a request whose answer no date tells (see {@link IndicatorRecord.answer}).
 *
 * @example
 * ```ts
 * import { UNKNOWN_ANSWER_LABELS } from 'pqrsd/indicators';
 * UNKNOWN_ANSWER_LABELS.respondida_sin_fecha; //=> 'respondida sin fecha (oportunidad desconocida)'
 * ```
 */
export const UNKNOWN_ANSWER_LABELS = /* @__PURE__ */ Object.freeze({
  respondida_sin_fecha: 'respondida sin fecha (oportunidad desconocida)',
  sin_dato_respuesta: 'sin dato de respuesta (oportunidad desconocida)',
} as const);

/** States in which a request is still pending as of the cut-off date. @internal */
export const OPEN_STATES: ReadonlySet<RequestState> = new Set<RequestState>([
  'en_termino',
  'por_vencer',
  'vencida',
  'en_requerimiento',
]);

/** Whether a record's request is still pending (unanswered) as of its cut-off date. @internal */
export function isOpen(status: IndicatorStatus): boolean {
  return OPEN_STATES.has(status.state);
}

/** Whether any consequence of a type applies. @internal */
export function hasConsequence(status: IndicatorStatus, type: string): boolean {
  const cs = status.consequences;
  for (let i = 0; i < cs.length; i++) if ((cs[i] as IndicatorConsequence).type === type) return true;
  return false;
}

/** A label for a record in lists: its radicado, or `#index` (1-based). @internal */
export function recordLabel(record: IndicatorRecord, index: number): string {
  return record.radicado ?? `#${index + 1}`;
}

const isDate = (v: unknown): boolean => typeof v === 'string' && isIsoDate(v);
const isDateOrNull = (v: unknown): boolean => v === null || isDate(v);
const isNumberOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));
// Holes of a sparse list read as `undefined`, so `every` below sees them.
const isList = (v: unknown): v is readonly unknown[] => Array.isArray(v);
const items = (v: readonly unknown[]): unknown[] => Array.from(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The first field of `record` whose shape is not what {@link IndicatorRecord} promises (internal),
 * or `null`. `toIndicatorRecord` always makes sound records; this catches hand-made ones before a
 * computation reads them.
 */
function malformedField(record: unknown): string | null {
  if (!isObject(record)) return 'registro';
  const s = record.status;
  if (!isObject(s)) return 'status';
  if (typeof s.state !== 'string') return 'status.state';
  if (!isDate(s.asOf)) return 'status.asOf';
  if (s.semaforo !== null && typeof s.semaforo !== 'string') return 'status.semaforo';
  if (!isDateOrNull(s.dueDate)) return 'status.dueDate';
  if (!isDateOrNull(s.answeredOn)) return 'status.answeredOn';
  if (!isNumberOrNull(s.remainingBusinessDays)) return 'status.remainingBusinessDays';
  // A negative or fractional count is the histogram's INVALID_DAY_COUNT; here only its type.
  if (s.responseBusinessDays !== null && typeof s.responseBusinessDays !== 'number')
    return 'status.responseBusinessDays';
  if (s.onTime !== null && typeof s.onTime !== 'boolean') return 'status.onTime';
  if (
    !isList(s.consequences) ||
    !items(s.consequences).every((c) => isObject(c) && typeof c.type === 'string')
  )
    return 'status.consequences';
  if (s.alerts !== undefined && (!isList(s.alerts) || !items(s.alerts).every(isObject)))
    return 'status.alerts';
  if (!isList(s.priority) || !items(s.priority).every((p) => typeof p === 'string')) return 'status.priority';
  const d = s.deadline;
  if (!isObject(d) || !isDate(d.receivedDate)) return 'status.deadline.receivedDate';
  if (d.regime !== undefined && typeof d.regime !== 'string') return 'status.deadline.regime';
  if (
    d.requirement !== undefined &&
    d.requirement !== null &&
    !(isObject(d.requirement) && isDate(d.requirement.lapsesOn))
  )
    return 'status.deadline.requirement';
  if (typeof record.type !== 'string') return 'type';
  for (const k of ['radicado', 'seccional', 'dependencia', 'channel', 'outcome', 'assignee'] as const) {
    if (record[k] !== undefined && typeof record[k] !== 'string') return k;
  }
  const sat = record.satisfaction;
  if (sat !== undefined && sat !== null && (typeof sat !== 'number' || !Number.isFinite(sat)))
    return 'satisfaction';
  if (record.dimensions !== undefined && !isObject(record.dimensions)) return 'dimensions';
  return null;
}

/**
 * Throws `INVALID_RECORD` when `record` does not have the shape of an {@link IndicatorRecord}
 * (internal): the field is named, the record counted from 1.
 */
export function checkIndicatorRecord(record: unknown, index: number): IndicatorRecord {
  const field = malformedField(record);
  if (field !== null) {
    const value = field === 'registro' ? record : undefined;
    throw new PqrsdError(
      'INVALID_RECORD',
      `Registro ${index + 1}: ${field === 'registro' ? `«${show(record)}» no es un registro de indicadores` : `el campo «${field}» no tiene la forma de un IndicatorRecord`}`,
      { index, field, ...(value === undefined ? {} : { value }) },
    );
  }
  return record as IndicatorRecord;
}
