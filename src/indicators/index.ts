/**
 * Indicators, surveys, early alerts, plans and periodic reports of the PQRSD process, as plain data.
 *
 * - {@link createAggregator}: single-pass indicators over request statuses (oportunidad, backlog,
 *   response times, a favor del usuario, satisfacción…), by period and any field; mergeable across
 *   threads or machines with `snapshot()` / `merge()` ({@link AggregatorSnapshot}).
 * - {@link createContactCenterAggregator}: service level, abandonment, ASA, AHT, FCR.
 * - {@link sampleSize}, {@link wilsonInterval}, {@link satisfactionIndicator}: surveys.
 * - {@link earlyAlerts}: alerts as of a date.
 * - {@link workPlanCompliance}, {@link reviewImprovementPlan}: plans.
 * - {@link semesterReport}, {@link accessToInformationReport}: periodic reports.
 *
 * @module pqrsd/indicators
 */
export {
  type AggregateResult,
  type Aggregator,
  type AggregatorOptions,
  type AggregatorSnapshot,
  type AggregatorSnapshotGroup,
  type AggregatorSnapshotShape,
  aggregate,
  type CustomGroupField,
  createAggregator,
  GROUP_FIELDS,
  type GroupField,
  type GroupSummary,
  MISSING_GROUP_VALUE,
} from './aggregate.js';
export {
  ALERT_CODES,
  type AlertCode,
  type AlertSeverity,
  type EarlyAlert,
  type EarlyAlertInput,
  earlyAlerts,
  indicatorAlerts,
} from './alerts.js';
export {
  type CallRecord,
  type ContactCenterAggregator,
  type ContactCenterOptions,
  type ContactCenterSummary,
  contactCenterIndicators,
  createContactCenterAggregator,
} from './contact-center.js';
export { type IndicatorSource, toIndicatorRecord, toIndicatorRecords } from './from-requests.js';
export { type DistributionStats, IntHistogram } from './histogram.js';
export {
  buildIndicatorResult,
  compliesWithMeta,
  DEFAULT_METAS,
  INDICATOR_DEFINITIONS,
  type IndicatorDefinition,
  type IndicatorInput,
  type MetaOverrides,
  resolveMetas,
  validateMeta,
} from './meta.js';
export {
  nextPeriod,
  parsePeriodKey,
  periodOf,
  periodsBetween,
  previousPeriod,
  rangePeriod,
} from './periods.js';
export {
  createImprovementAction,
  failingWithoutAction,
  IMPROVEMENT_ACTION_STATUSES,
  type ImprovementAction,
  type ImprovementActionReview,
  type ImprovementActionStatus,
  type ImprovementPlanReview,
  reviewImprovementPlan,
  type WorkPlanActivity,
  type WorkPlanActivityStatus,
  type WorkPlanCompliance,
  type WorkPlanOptions,
  workPlanCompliance,
} from './plans.js';
export type {
  IndicatorConsequence,
  IndicatorRecord,
  IndicatorStatus,
  IndicatorStatusAlert,
} from './records.js';
export { UNKNOWN_ANSWER_LABELS } from './records.js';
export {
  type AccessReportOptions,
  type AccessRequestLine,
  type AccessToInformationReport,
  accessToInformationReport,
  type LegalBasis,
  type SemesterReport,
  type SemesterReportOptions,
  semesterReport,
} from './reports.js';
export {
  type LikertOptions,
  type LikertSummary,
  normalQuantile,
  type ProportionInterval,
  type SampleSizeOptions,
  type SampleSizeResult,
  type SatisfactionOptions,
  sampleSize,
  satisfactionIndicator,
  summarizeLikert,
  wilsonInterval,
  zForConfidence,
} from './surveys.js';
export {
  type CalendarPeriodKind,
  type Group,
  INDICATOR_IDS,
  type IndicatorId,
  type IndicatorResult,
  type IndicatorUnit,
  META_OPERATORS,
  type Meta,
  type MetaOperator,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
} from './types.js';
