/**
 * The deadline engine of pqrsd: lifecycle events → due date, state as of a date, semáforo,
 * consequences, alerts and an explanation trace. See `docs/terminos.md`.
 *
 * @module pqrsd/deadlines
 */
export { computeDeadline, safeComputeDeadline } from './compute.js';
export {
  closingTimeMinutes,
  DEFAULT_POLICIES,
  type Policies,
  type PolicyOverrides,
  type ReceiptPolicy,
  resolvePolicies,
  type SemaforoPolicy,
} from './policies.js';
export { isBillClaimAdmissible, recursoFilingDeadline } from './servicios-publicos.js';
export { requestStatus, safeRequestStatus } from './status.js';
export type {
  AppliedSuspension,
  Closure,
  ComputeOptions,
  DeadlineResult,
  DeadlineWarning,
  LegalConsequence,
  NotificationState,
  NotificationStatus,
  RecursoStatus,
  RequestStatus,
  RequirementInfo,
  StatusAlert,
  TraceEntry,
  TrasladoInfo,
} from './types.js';
