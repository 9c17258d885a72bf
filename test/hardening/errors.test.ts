// Issue reproductions: hostile arguments escaped as TypeError instead of PqrsdError, and plain-object
// lookups showed inherited members («function Object() { [native code] }», «{}») as user values.
import { describe, expect, it } from 'vitest';
import { normalizeEnumValue, resolveHeader } from '../../src/cli/mapping.js';
import * as root from '../../src/index.js';
import * as indicators from '../../src/indicators/index.js';
import * as schema from '../../src/schema/index.js';

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
