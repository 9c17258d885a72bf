/**
 * The compliance testing kit of pqrsd: compare what an entity's system computed with the law
 * ({@link compareDeadlines}), matchers for vitest and jest ({@link pqrsdMatchers}), and the conformance
 * vectors shipped as `pqrsd/conformance.json` ({@link runConformanceVector}). See `docs/conformidad.md`.
 *
 * Importing this entry registers nothing: for the matchers, import `pqrsd/testing/vitest` or
 * `pqrsd/testing/jest`, or call `expect.extend(pqrsdMatchers)` yourself.
 *
 * @module pqrsd/testing
 */
export {
  type CompareOptions,
  compareDeadline,
  compareDeadlines,
  compareState,
  type DeadlineComparisonInput,
  type DeadlineDisagreement,
  DISAGREEMENT_CAUSES,
  type Disagreement,
  type DisagreementCause,
  type StateDisagreement,
} from './compare.js';
export {
  type BusinessDaysInput,
  type BusinessDaysVector,
  CONFORMANCE_FORMAT_VERSION,
  CONFORMANCE_KINDS,
  type ConformanceFile,
  type ConformanceKind,
  type ConformanceVector,
  type DeadlineVector,
  type ExpectedDeadline,
  type ExpectedError,
  type ExpectedHoliday,
  type ExpectedStatus,
  type HolidaysVector,
  type JsonRequest,
  type RunVectorOptions,
  runConformanceVector,
  type StatusVector,
  type VectorBase,
  type VectorRun,
} from './conformance.js';
export {
  type MatcherContext,
  type MatcherResult,
  type PqrsdMatcherFunctions,
  type PqrsdMatchers,
  pqrsdMatchers,
} from './matchers.js';
