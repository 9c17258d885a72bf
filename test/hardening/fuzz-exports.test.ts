// Every public function, fed hostile and near-valid arguments: it returns normally (no NaN, no invalid
// date) or throws a PqrsdError with a documented code; a `safe…` function never throws. The table
// below names every runtime function of every entry point (and the methods of exported objects): a new
// export the table does not cover fails the first test. Seeded, fixed number of runs: never flaky.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as deadlines from '../../src/deadlines/index.js';
import * as root from '../../src/index.js';
import * as indicators from '../../src/indicators/index.js';
import * as nit from '../../src/nit/index.js';
import * as rules from '../../src/rules/index.js';
import * as schema from '../../src/schema/index.js';
import * as testing from '../../src/testing/index.js';
import * as vitestEntry from '../../src/testing/vitest.js';
import {
  describeArgs,
  holdsNaN,
  hostileArgs,
  isDocumentedError,
  nearValidArgs,
  problemsIn,
  stringsIn,
} from './fuzz-helpers.js';

// `pqrsd/testing/jest` needs jest's global `expect` at import: its only export is `pqrsdMatchers`,
// the same object as `pqrsd/testing`'s (asserted below with a stand-in `expect`).
const ENTRY_POINTS: Record<string, object> = {
  '.': root,
  './calendar': calendar,
  './rules': rules,
  './deadlines': deadlines,
  './indicators': indicators,
  './testing': testing,
  './testing/vitest': vitestEntry,
  './schema': schema,
  './nit': nit,
};

type Fn = (...args: unknown[]) => unknown;

type Examples = readonly (readonly unknown[])[];

/** The valid calls of a row (built on first use when they hold values the library computes). */
const examplesOf = (spec: Spec): Examples =>
  typeof spec.examples === 'function' ? spec.examples() : spec.examples;

interface Spec {
  /** Number of parameters (hostile calls use up to one more). */
  readonly arity: number;
  /** Valid calls; each near-valid call breaks one value inside one of them. */
  readonly examples: Examples | (() => Examples);
  /** Never throws: returns `{ ok: false, error: PqrsdError }` instead. */
  readonly safe?: true;
  /** How to call it when a plain call is not enough (matchers, generators, classes). */
  readonly call?: (fn: Fn, args: unknown[]) => unknown;
  /** Runs per kind (hostile, near-valid), when the default is too slow for this function. */
  readonly runs?: number;
}

const D = '2026-11-27';
const request = {
  type: 'peticion',
  receivedAt: '2026-11-03',
  events: [{ type: 'respuesta', date: D }],
} as const;
// Values the library computes are built inside the tests, on first use, never while the file loads:
// code that runs at load time is invisible to per-test coverage (Stryker would call its mutants static).
const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
};
const period = lazy(() => indicators.parsePeriodKey('2026-11'));
const result = lazy(() =>
  indicators.buildIndicatorResult({ id: 'oportunidad', numerator: 8, denominator: 10, period: period() }),
);
const record = lazy(() =>
  indicators.toIndicatorRecord(
    { ...request, seccional: 'Norte', response: { date: D, outcome: 'a_favor' } },
    D,
  ),
);
const action = {
  id: 'PM-1',
  description: 'Seguimiento',
  indicatorId: 'oportunidad',
  owner: 'Jefe',
  dueDate: '2026-11-20',
  status: 'en_curso',
};
const activity = { id: 'A1', name: 'Capacitación', plannedDate: '2026-03-31', executedOn: '2026-03-20' };
const fullRecord = {
  radicado: 'R1',
  type: 'peticion',
  receivedAt: D,
  channel: 'buzon',
  subject: 'x',
  petitioner: { kind: 'natural', name: 'Ana', contact: { email: 'a@b.co' } },
  events: [{ type: 'prorroga', date: '2026-11-30', businessDays: 5 }],
};
const cmp = { id: 'A', request: { type: 'peticion', receivedAt: D }, entityDueDate: '2026-12-18' };
const matcher: Spec['call'] = (fn, args) => {
  const r = fn.call({ isNot: false }, ...args) as { message?: unknown };
  // The message is built lazily: it must not throw either.
  return typeof r?.message === 'function' ? { ...r, message: (r.message as () => string)() } : r;
};
const drain: Spec['call'] = (fn, args) => [...(fn(...args) as Iterable<unknown>)].slice(0, 50);

/** One date argument, for the calendar's many one-date functions. */
const oneDate: Spec = { arity: 1, examples: [[D], ['2026-12-08'], [new Date('2026-11-27T15:00:00Z')]] };
const twoDates: Spec = { arity: 2, examples: [[D, '2026-12-21']] };
const dateAndCount: Spec = {
  arity: 2,
  examples: [
    [D, 10],
    ['2026-12-08', -3],
  ],
};

const TABLE: Record<string, Spec> = {
  // calendar
  addBusinessDays: dateAndCount,
  addCalendarDays: dateAndCount,
  addCalendarMonths: dateAndCount,
  bogotaOffsetMinutes: { arity: 1, examples: [[new Date('1992-06-01T12:00:00Z')]] },
  businessDaysBetween: twoDates,
  colombianHolidays: { arity: 1, examples: [[2026]] },
  compareDates: twoDates,
  createCalendar: {
    arity: 1,
    examples: [
      [
        {
          closures: [{ date: '2026-12-24', reason: 'Cierre' }],
          suspensions: [{ from: '2026-12-28', to: '2026-12-31', act: 'Resolución 456' }],
          workweek: [1, 2, 3, 4, 5],
        },
      ],
    ],
  },
  easterSunday: { arity: 1, examples: [[2026]] },
  explain: twoDates,
  formatIsoDate: { arity: 3, examples: [[2026, 11, 27]] },
  fromDayNumber: { arity: 1, examples: [[20000]] },
  getNationalCalendar: { arity: 0, examples: [[]] },
  holidaysOn: oneDate,
  isBusinessDay: oneDate,
  isHoliday: oneDate,
  isIsoDate: oneDate,
  nextBusinessDay: oneDate,
  parseIsoDate: oneDate,
  previousBusinessDay: oneDate,
  safeParseIsoDate: { ...oneDate, safe: true },
  toCivilDate: { arity: 1, examples: [['2026-11-27T23:30:00-05:00'], [new Date('2026-11-27T15:00:00Z')]] },
  toCivilDateTime: { arity: 1, examples: [['2026-11-27T23:30:00-05:00']] },
  toDayNumber: oneDate,
  weekday: oneDate,
  'nationalCalendar.isBusinessDay': oneDate,
  'nationalCalendar.addBusinessDays': dateAndCount,
  'nationalCalendar.businessDaysBetween': twoDates,
  'nationalCalendar.nextBusinessDay': oneDate,
  'nationalCalendar.previousBusinessDay': oneDate,
  'nationalCalendar.addCalendarMonths': dateAndCount,
  'nationalCalendar.explain': twoDates,
  'nationalCalendar.dayInfo': oneDate,
  'nationalCalendar.holidays': { arity: 1, examples: [[2026]] },
  'nationalCalendar.extend': {
    arity: 1,
    examples: [[{ closures: [{ date: '2026-12-24', reason: 'Cierre' }], workweek: [1, 2, 3, 4, 5, 6] }]],
  },
  'nationalCalendar.isBusinessDayNumber': { arity: 1, examples: [[20784]] },
  'nationalCalendar.addBusinessDaysNumber': { arity: 2, examples: [[20784, 10]] },
  'nationalCalendar.businessDaysBetweenNumbers': { arity: 2, examples: [[20784, 20800]] },
  // deadlines
  closingTimeMinutes: { arity: 1, examples: [['17:00'], ['07:30']] },
  computeDeadline: {
    arity: 2,
    examples: [[request, { policies: { receiptAfterClosing: 'next_business_day', closingTime: '17:00' } }]],
  },
  safeComputeDeadline: { arity: 2, safe: true, examples: [[request, { policies: {} }]] },
  isBillClaimAdmissible: { arity: 3, examples: [['2026-03-10', '2026-08-10', {}]] },
  recursoFilingDeadline: { arity: 2, examples: [['2026-12-04', {}]] },
  requestStatus: {
    arity: 3,
    examples: [
      [request, '2026-12-22', {}],
      [{ ...request, events: [] }, D],
    ],
  },
  safeRequestStatus: { arity: 3, safe: true, examples: [[request, '2026-12-22', {}]] },
  resolvePolicies: { arity: 1, examples: [[{ closingTime: '16:00', emergencyTerms: 'ignore' }]] },
  // errors and rules
  PqrsdError: {
    arity: 3,
    examples: [['INVALID_DATE', 'mensaje', { value: 'x' }]],
    call: (fn, args) => new (fn as unknown as new (...a: unknown[]) => unknown)(...args),
  },
  attempt: { arity: 1, examples: [[() => 1], [() => calendar.parseIsoDate('2026-02-30')]] },
  isPqrsdError: { arity: 2, examples: [[new root.PqrsdError('INVALID_DATE', 'x'), 'INVALID_DATE']] },
  getRule: {
    arity: 3,
    examples: [['servicios_publicos', 'peticion_documentos', { spdDocumentRequests: 'ley_142' }]],
  },
  // indicators
  IntHistogram: {
    arity: 3,
    examples: [[3, 2, new indicators.IntHistogram()]],
    call: (fn, args) => {
      const h = new (fn as unknown as new (...a: unknown[]) => indicators.IntHistogram)(...args);
      h.add(args[0] as number, args[1] as number);
      h.merge(args[2] as indicators.IntHistogram);
      return h.stats();
    },
  },
  accessToInformationReport: {
    arity: 2,
    examples: () => [
      [[record()], { from: '2026-07-01', to: '2026-12-31', asOf: '2026-12-31', types: ['peticion'] }],
    ],
  },
  aggregate: {
    arity: 2,
    examples: () => [[[record()], { asOf: D, period: 'month', groupBy: ['seccional'] }]],
  },
  buildIndicatorResult: {
    arity: 1,
    examples: () => [
      [
        {
          id: 'oportunidad',
          numerator: 8,
          denominator: 10,
          period: period(),
          meta: { operator: '>=', value: 0.9 },
        },
      ],
    ],
  },
  compliesWithMeta: { arity: 2, examples: [[0.8, { operator: '>=', value: 0.8 }]] },
  contactCenterIndicators: {
    arity: 2,
    examples: [
      [
        [
          {
            date: D,
            waitSeconds: 5,
            answered: true,
            talkSeconds: 100,
            resolvedFirstContact: true,
            agent: 'a',
          },
        ],
        { period: 'month', groupBy: ['agent'], serviceLevelSeconds: 20 },
      ],
    ],
  },
  createAggregator: {
    arity: 1,
    examples: [[{ asOf: D, period: 'quarter' }]],
    call: (fn, args) => {
      const a = fn(...args) as indicators.Aggregator;
      a.add(args[0] as indicators.IndicatorRecord);
      return a.result();
    },
  },
  createContactCenterAggregator: {
    arity: 1,
    examples: [[{ period: 'total' }]],
    call: (fn, args) => {
      const a = fn(...args) as indicators.ContactCenterAggregator;
      a.add(args[0] as indicators.CallRecord);
      return a.result();
    },
  },
  createImprovementAction: {
    arity: 2,
    examples: () => [
      [result(), { id: 'PM-1', description: 'Seguimiento', owner: 'Jefe', dueDate: '2026-12-31' }],
    ],
  },
  earlyAlerts: {
    arity: 1,
    examples: () => [
      [
        {
          asOf: D,
          records: [record()],
          indicators: [result()],
          improvementActions: [action],
          workPlan: [activity],
        },
      ],
    ],
  },
  failingWithoutAction: { arity: 2, examples: () => [[[result()], [action]]] },
  indicatorAlerts: { arity: 1, examples: () => [[[result(), result()]]] },
  nextPeriod: { arity: 1, examples: () => [[period()], [indicators.parsePeriodKey('2026-T4')]] },
  normalQuantile: { arity: 1, examples: [[0.975]] },
  parsePeriodKey: { arity: 1, examples: [['2026-11'], ['2026-S2'], ['2026-T1'], ['2026']] },
  periodOf: { arity: 2, examples: [[D, 'quarter']] },
  periodsBetween: { arity: 3, examples: [['2026-01-01', D, 'month']] },
  previousPeriod: { arity: 1, examples: () => [[period()]] },
  rangePeriod: { arity: 2, examples: [['2026-01-01', D]] },
  resolveMetas: { arity: 1, examples: [[{ oportunidad: { operator: '>=', value: 0.95 } }]] },
  reviewImprovementPlan: { arity: 2, examples: () => [[[action], { asOf: D, period: period() }]] },
  sampleSize: {
    arity: 1,
    examples: [[{ population: 1000, confidence: 0.95, marginOfError: 0.05, proportion: 0.5 }]],
  },
  satisfactionIndicator: {
    arity: 2,
    examples: () => [
      [[5, 4, null, 3], { period: period(), likert: { min: 1, max: 5, satisfied: [4, 5] }, confidence: 0.9 }],
    ],
  },
  semesterReport: {
    arity: 2,
    runs: 40,
    examples: () => [
      [[record()], { semester: '2026-S2', asOf: '2026-12-31', usersBySeccional: { Norte: 10 } }],
    ],
  },
  summarizeLikert: { arity: 2, examples: [[[5, 4, 2, 9, null], { min: 1, max: 5 }]] },
  toIndicatorRecord: { arity: 3, examples: [[{ ...request, seccional: 'Norte' }, D, {}]] },
  toIndicatorRecords: { arity: 3, examples: [[[request], D, {}]], call: drain },
  validateMeta: { arity: 2, examples: [[{ operator: '>=', value: 0.9 }, 'meta']] },
  wilsonInterval: { arity: 3, examples: [[8, 10, 0.95]] },
  workPlanCompliance: { arity: 2, examples: [[[activity], { asOf: D, scope: 'periodo_completo' }]] },
  zForConfidence: { arity: 1, examples: [[0.95]] },
  // testing
  compareDeadline: { arity: 2, examples: [[cmp, { asOf: D }]] },
  compareDeadlines: { arity: 2, examples: [[[cmp], {}]] },
  compareState: { arity: 2, examples: [[{ request, entityState: 'vencida' }, { asOf: '2026-12-18' }]] },
  runConformanceVector: {
    arity: 2,
    examples: [
      [
        {
          id: 'v',
          kind: 'deadline',
          law: 'CPACA art. 14',
          input: { request: { type: 'peticion', receivedAt: D } },
          expected: { dueDate: '2026-12-21' },
        },
        {},
      ],
    ],
  },
  'pqrsdMatchers.toBeDueOn': { arity: 3, examples: [[request, '2026-11-25', {}]], call: matcher },
  'pqrsdMatchers.toBeBusinessDay': { arity: 2, examples: [[D]], call: matcher },
  'pqrsdMatchers.toBeHoliday': { arity: 2, examples: [['2026-12-08', 'inmaculada']], call: matcher },
  'pqrsdMatchers.toHaveState': {
    arity: 4,
    examples: [[request, 'respondida_a_tiempo', D, {}]],
    call: matcher,
  },
  'pqrsdMatchers.toHaveSemaforo': { arity: 4, examples: [[request, null, D, {}]], call: matcher },
  // schema and nit
  assertPqrsdRecord: { arity: 2, examples: [[fullRecord, { unknownKeys: 'strip' }]] },
  parsePqrsdRecord: { arity: 2, examples: [[fullRecord, { unknownKeys: 'reject' }]] },
  compactNit: { arity: 1, examples: [['890.903.938-8']] },
  formatNit: { arity: 1, examples: [['8909039388']] },
  isValidDocumentNumber: {
    arity: 2,
    examples: [
      ['NIT', '890.903.938-8'],
      ['CC', '1020304050'],
    ],
  },
  isValidNit: { arity: 1, examples: [['890903938-8']] },
  nitCheckDigit: { arity: 1, examples: [['890903938']] },
  spanishErrorMap: {
    arity: 1,
    examples: [[{ code: 'invalid_type', expected: 'string', input: 1, path: ['radicado'] }]],
  },
  toPqrsdJsonSchema: { arity: 0, runs: 10, examples: [[]] },
};

/** zod schemas are zod's API, not ours: their methods are not in the table. */
function isZodSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every runtime function of every entry point, and every method of an exported object, by name. */
function publicFunctions(): Map<string, Fn> {
  const out = new Map<string, Fn>();
  const raw = new Map<string, unknown>();
  const add = (name: string, fn: Fn, original: unknown = fn) => {
    const known = raw.get(name);
    if (known !== undefined && known !== original)
      throw new Error(`dos funciones distintas se exportan como ${name}`);
    raw.set(name, original);
    out.set(name, fn);
  };
  for (const mod of Object.values(ENTRY_POINTS)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function') add(name, value as Fn);
      else if (typeof value === 'object' && value !== null && !isZodSchema(value)) {
        for (const key of Object.keys(value)) {
          const member = (value as Record<string, unknown>)[key];
          if (typeof member === 'function') add(`${name}.${key}`, (member as Fn).bind(value), member);
        }
      }
    }
  }
  return out;
}

const FUNCTIONS = publicFunctions();

/** Calls `name` with `args` and fails with the arguments when the outcome breaks the contract. */
function check(name: string, spec: Spec, fn: Fn, args: unknown[]): void {
  let value: unknown;
  try {
    value = spec.call === undefined ? fn(...args) : spec.call(fn, args);
  } catch (error) {
    if (spec.safe || !isDocumentedError(error)) {
      throw new Error(
        `${name}(${describeArgs(args)}) lanzó ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        { cause: error },
      );
    }
    return;
  }
  if (spec.safe) {
    const r = value as { ok?: unknown; error?: unknown };
    if (r?.ok !== true && !(r?.ok === false && isDocumentedError(r.error))) {
      throw new Error(`${name}(${describeArgs(args)}) devolvió ${String(r?.error ?? r)}`);
    }
  }
  const problems = problemsIn(value, stringsIn(args), holdsNaN(args));
  if (problems.length > 0) throw new Error(`${name}(${describeArgs(args)}): ${problems.join('; ')}`);
  if (Object.keys(Object.prototype).length > 0)
    throw new Error(`${name}(${describeArgs(args)}) contaminó Object.prototype`);
}

describe('the fuzz table covers every public function', () => {
  it('every runtime function export (and exported method) has a row, and every row an export', () => {
    expect([...FUNCTIONS.keys()].filter((n) => !(n in TABLE)).sort()).toEqual([]);
    expect(
      Object.keys(TABLE)
        .filter((n) => !FUNCTIONS.has(n))
        .sort(),
    ).toEqual([]);
  });

  it('pqrsd/testing/jest exports only pqrsdMatchers, the one fuzzed here', async () => {
    const g = globalThis as { expect?: unknown };
    const before = g.expect;
    g.expect = { extend: () => undefined };
    try {
      const jest = await import('../../src/testing/jest.js');
      expect(Object.keys(jest)).toEqual(['pqrsdMatchers']);
      expect(jest.pqrsdMatchers).toBe(testing.pqrsdMatchers);
    } finally {
      g.expect = before;
    }
  });
});

describe('hostile and near-valid arguments give a value or a documented PqrsdError', () => {
  const seeds = new Map(Object.keys(TABLE).map((name, i) => [name, 20261202 + i]));
  for (const [name, spec] of Object.entries(TABLE)) {
    it(name, () => {
      const fn = FUNCTIONS.get(name);
      expect(fn, `${name} no está exportada`).toBeTypeOf('function');
      if (fn === undefined) return;
      const examples = examplesOf(spec);
      for (const example of examples) check(name, spec, fn, [...example]);
      const options = { seed: seeds.get(name)!, numRuns: spec.runs ?? 150 };
      fc.assert(
        fc.property(hostileArgs(spec.arity), (args) => check(name, spec, fn, args)),
        options,
      );
      if (examples.some((e) => e.length > 0)) {
        fc.assert(
          fc.property(nearValidArgs(examples.filter((e) => e.length > 0)), (args) =>
            check(name, spec, fn, args),
          ),
          options,
        );
      }
    });
  }
});
