// Issue reproductions: hostile arguments escaped as TypeError instead of PqrsdError, and plain-object
// lookups showed inherited members («function Object() { [native code] }», «{}») as user values.
import { describe, expect, it } from 'vitest';
import { normalizeEnumValue, resolveHeader } from '../../src/cli/mapping.js';
import * as root from '../../src/index.js';
import * as indicators from '../../src/indicators/index.js';
import * as schema from '../../src/schema/index.js';
import * as testing from '../../src/testing/index.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(root.PqrsdError);
    return (error as root.PqrsdError).code;
  }
  throw new Error('no lanzó');
}

const nullProto = (): object => Object.create(null);

describe('hostile arguments give a PqrsdError, never a TypeError', () => {
  it('every calendar function given an object without prototype', () => {
    const bad = nullProto() as never;
    expect(codeOf(() => root.parseIsoDate(bad))).toBe('INVALID_DATE');
    expect(codeOf(() => root.addBusinessDays(bad, 1))).toBe('INVALID_DATE');
    expect(codeOf(() => root.isBusinessDay(bad))).toBe('INVALID_DATE');
    expect(codeOf(() => root.isHoliday(bad))).toBe('INVALID_DATE');
    expect(codeOf(() => root.explain(bad, '2026-11-30'))).toBe('INVALID_DATE');
    expect(codeOf(() => root.toCivilDate(bad))).toBe('INVALID_INSTANT');
    const r = root.safeParseIsoDate(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBeInstanceOf(root.PqrsdError);
  });

  it('policies named like Object.prototype members, also through safeComputeDeadline', () => {
    expect(codeOf(() => root.resolvePolicies({ constructor: 1 } as never))).toBe('INVALID_POLICY');
    expect(codeOf(() => root.resolvePolicies(JSON.parse('{"__proto__":1}')))).toBe('INVALID_POLICY');
    const r = root.safeComputeDeadline(
      { type: 'peticion', receivedAt: '2026-11-27' },
      { policies: JSON.parse('{"__proto__":1}') },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_POLICY');
  });

  it('parsePqrsdRecord(x, null), createAggregator(null), compactNit(undefined)', () => {
    const parsed = schema.parsePqrsdRecord({}, null as never);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.code).toBe('opcion_invalida');
    expect(codeOf(() => indicators.createAggregator(null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => schema.compactNit(undefined as never))).toBe('INVALID_ARGUMENT');
  });
});

describe('lookups use own properties only', () => {
  it('a cell «constructor» is not a known value, and a header «constructor» is not a column', () => {
    expect(normalizeEnumValue('canal', 'constructor')).toBe('constructor');
    expect(typeof normalizeEnumValue('tipo', '__proto__')).toBe('string');
    expect(resolveHeader(['radicado', 'constructor', '__proto__']).ignored).toEqual([
      'constructor',
      '__proto__',
    ]);
  });

  it('buildIndicatorResult rejects an indicator id named like an Object.prototype member', () => {
    expect(
      codeOf(() =>
        indicators.buildIndicatorResult({ id: 'constructor', numerator: 1, denominator: 1 } as never),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});

// Minimal counterexamples found by the fuzz suite (test/hardening/fuzz-exports.test.ts): each one
// escaped as a TypeError, looped without end or returned NaN before.
describe('escapes found by the fuzz suite', () => {
  const D = '2026-11-27';
  const bad = nullProto() as never;

  it('calendar, rules, errors', () => {
    expect(codeOf(() => root.formatIsoDate(bad, 1, 1))).toBe('INVALID_DATE');
    expect(codeOf(() => root.formatIsoDate(Symbol('s') as never, 1, 1))).toBe('INVALID_DATE');
    expect(codeOf(() => root.getRule(bad, 'peticion'))).toBe('UNKNOWN_REGIME');
    expect(codeOf(() => root.getRule('cpaca', bad))).toBe('UNKNOWN_REQUEST_TYPE');
    // Any message is shown as text (an object without prototype by its type), never a TypeError.
    expect(new root.PqrsdError('INVALID_DATE', bad).message).toBe('object');
    expect(new root.PqrsdError('INVALID_DATE', Symbol('x') as never).message).toBe('Symbol(x)');
    expect(codeOf(() => root.attempt(undefined as never))).toBe('INVALID_ARGUMENT');
  });

  it('deadlines: hostile values inside the request are quoted, not converted', () => {
    expect(codeOf(() => root.computeDeadline({ type: bad, receivedAt: D }))).toBe('UNKNOWN_REQUEST_TYPE');
    const events = [{ type: [Symbol('s')], date: D }] as never;
    expect(codeOf(() => root.requestStatus({ type: 'peticion', receivedAt: D, events }, D))).toBe(
      'INVALID_EVENT',
    );
    expect(root.safeComputeDeadline({ type: bad, receivedAt: D }).ok).toBe(false);
  });

  it('indicators: arguments of the wrong shape', () => {
    // Built here, not while the file loads (load-time code is invisible to per-test coverage).
    const period = indicators.parsePeriodKey('2026-11');
    const result = indicators.buildIndicatorResult({
      id: 'oportunidad',
      numerator: 8,
      denominator: 10,
      period,
    });
    const record = indicators.toIndicatorRecord({ type: 'peticion', receivedAt: '2026-11-03' }, D);
    const h = new indicators.IntHistogram();
    expect(codeOf(() => h.add(3, Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => h.merge(3 as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => indicators.aggregate(undefined as never))).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        indicators.aggregate([record], { groupBy: Object.assign(new Array(2), { 1: 'seccional' }) as never }),
      ),
    ).toBe('INVALID_ARGUMENT');
    const holes = { ...record, status: { ...record.status, consequences: new Array(1) } } as never;
    expect(codeOf(() => indicators.aggregate([holes]))).toBe('INVALID_RECORD');
    expect(codeOf(() => indicators.earlyAlerts({ asOf: D, records: [holes] }))).toBe('INVALID_RECORD');
    expect(codeOf(() => indicators.earlyAlerts({ asOf: D, workPlan: null as never }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => indicators.buildIndicatorResult({ ...result, period: null as never }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() => indicators.nextPeriod({ kind: 'month', key: '2026-11', to: '2026-11-30' } as never)),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => indicators.indicatorAlerts([null as never]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => indicators.failingWithoutAction(undefined as never, []))).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        indicators.contactCenterIndicators(
          [{ date: D, waitSeconds: 5, answered: true, agent: {} as never }],
          { groupBy: ['agent'] },
        ),
      ),
    ).toBe('INVALID_ARGUMENT');
    const action = {
      id: 'PM-1',
      description: 'x',
      indicatorId: 'oportunidad',
      owner: {},
      dueDate: D,
      status: 'en_curso',
    };
    expect(codeOf(() => indicators.reviewImprovementPlan([action as never], { asOf: D }))).toBe(
      'INVALID_ARGUMENT',
    );
    // A sparse list of events reads like no event; it never reaches a TypeError.
    expect(
      indicators.toIndicatorRecord({ type: 'peticion', receivedAt: D, events: new Array(1) as never }, D)
        .type,
    ).toBe('peticion');
  });

  it('indicators: a scale of 2^53 points (an endless loop) and a margin of 5e-324 (NaN) are refused', () => {
    expect(codeOf(() => indicators.summarizeLikert([], { min: 0, max: 2 ** 53 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => indicators.sampleSize({ population: 1000, marginOfError: 5e-324 }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('testing and schema', () => {
    expect(codeOf(() => testing.compareDeadline(undefined as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => testing.compareDeadlines(0 as never))).toBe('INVALID_ARGUMENT');
    const vector = {
      id: 'v',
      kind: 'deadline',
      law: 'CPACA art. 14',
      input: { request: { type: 'peticion', receivedAt: D } },
      expected: { dueDate: 10n },
    };
    expect(testing.runConformanceVector(vector as never).pass).toBe(false);
    expect(codeOf(() => testing.runConformanceVector({ id: 'v', kind: 'deadline' } as never))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(testing.pqrsdMatchers.toBeHoliday.call({}, '2026-12-08', 0 as never).pass).toBe(false);
    const r = testing.pqrsdMatchers.toHaveSemaforo.call({}, { type: 'peticion', receivedAt: D }, bad, D);
    expect(r.message()).toContain('semáforo object');
    expect(schema.isValidDocumentNumber(undefined as never, undefined as never)).toBe(false);
    const issue = { code: 'invalid_type', expected: [Symbol('s')], input: 1 };
    expect(codeOf(() => schema.spanishErrorMap(issue as never))).toBe('INVALID_ARGUMENT');
  });
});
