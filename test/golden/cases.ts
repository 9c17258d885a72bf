/**
 * Every golden table, in a stable order: the source of `conformance.json`
 * (scripts/generate-conformance.ts) and of golden.test.ts.
 */
import type { ConformanceVector } from '../../src/testing/index.js';
import { BUSINESS_DAY_CASES } from './business-days.cases.js';
import { DEADLINE_CASES } from './deadlines.cases.js';
import { HOLIDAY_CASES } from './holidays.cases.js';
import { MATRIX_CASES } from './matrix.cases.js';
import { NOTIFICATION_CASES } from './notificacion.cases.js';
import { RECURSO_CASES, RECURSO_ERROR_CASES } from './recursos.cases.js';
import { STATUS_CASES } from './status.cases.js';

/** The test sources the vectors come from (repository paths). */
export const GOLDEN_SOURCES = [
  'test/golden/holidays.cases.ts',
  'test/golden/business-days.cases.ts',
  'test/golden/deadlines.cases.ts',
  'test/golden/matrix.cases.ts',
  'test/golden/status.cases.ts',
  'test/golden/notificacion.cases.ts',
  'test/golden/recursos.cases.ts',
] as const;

/** All golden cases. */
export const GOLDEN_CASES: readonly ConformanceVector[] = [
  ...HOLIDAY_CASES,
  ...BUSINESS_DAY_CASES,
  ...DEADLINE_CASES,
  ...MATRIX_CASES,
  ...STATUS_CASES,
  ...NOTIFICATION_CASES,
  ...RECURSO_CASES,
  ...RECURSO_ERROR_CASES,
];
