import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPqrsdError } from '../../src/errors.js';
import {
  normalQuantile,
  parsePeriodKey,
  sampleSize,
  satisfactionIndicator,
  summarizeLikert,
  wilsonInterval,
  zForConfidence,
} from '../../src/indicators/index.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPqrsdError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

/** Standard normal CDF by Simpson integration, an independent oracle for the quantile. */
function cdf(x: number): number {
  const n = 20000;
  const a = 0;
  const h = (x - a) / n;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const t = a + i * h;
    const w = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
    s += w * Math.exp((-t * t) / 2);
  }
  return 0.5 + (s * h) / 3 / Math.sqrt(2 * Math.PI);
}

describe('normal quantile (Wichura 1988, AS 241)', () => {
  it.each([
    [0.5, 0],
    [0.95, 1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.999, 3.090232306167813],
    [0.025, -1.959963984540054],
    [1e-10, -6.361340902404056],
  ])('gives z(%s) = %s', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });

  it('inverts an independently integrated normal CDF (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (p) => Math.abs(cdf(normalQuantile(p)) - p) < 1e-9,
      ),
      { numRuns: 50 },
    );
  });

  it('gives the two-sided critical values of 90 %, 95 % and 99 %', () => {
    expect(zForConfidence(0.9)).toBeCloseTo(1.6449, 4);
    expect(zForConfidence(0.95)).toBeCloseTo(1.96, 4);
    expect(zForConfidence(0.99)).toBeCloseTo(2.5758, 4);
  });

  it('rejects probabilities and confidences outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, Number.NaN, '0.5']) {
      expect(code(() => normalQuantile(p as number))).toBe('INVALID_ARGUMENT');
      expect(code(() => zForConfidence(p as number))).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('sampleSize (Cochran 1977 with finite population correction)', () => {
  it('needs 385 for a huge population at 95 % ± 5 % (n0 = 384.15)', () => {
    const r = sampleSize({ population: 100_000_000 });
    expect(r.n0).toBeCloseTo(384.1459, 3);
    expect(r.n).toBe(385);
  });

  it.each([
    [100, 80],
    [1000, 278],
    [10_000, 370],
    [1_000_000, 384],
  ])('needs %i → %i respondents at 95 % ± 5 %, p = 0.5', (population, n) => {
    expect(sampleSize({ population }).n).toBe(n);
  });

  it('needs 16 588 at 99 % ± 1 % in a huge population (n0 = 16 587.2)', () => {
    const r = sampleSize({ population: 1e12, confidence: 0.99, marginOfError: 0.01 });
    expect(r.n).toBe(16588);
  });

  it('uses p = 0.2 as p(1 − p) = 0.16: n0 = 245.86 → 246 in a huge population', () => {
    expect(sampleSize({ population: 1e9, proportion: 0.2 }).n).toBe(246);
  });

  it('never asks for more than the whole population, nor fewer than 1', () => {
    expect(sampleSize({ population: 1 }).n).toBe(1);
    expect(sampleSize({ population: 10 }).n).toBe(10);
    expect(sampleSize({ population: 5, marginOfError: 0.5, proportion: 0.01 }).n).toBe(1);
  });

  it('rejects a non-integer population and margins or proportions outside (0, 1)', () => {
    expect(code(() => sampleSize({ population: 10.5 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => sampleSize({ population: 0 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => sampleSize({ population: 100, marginOfError: 0 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => sampleSize({ population: 100, proportion: 1 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => sampleSize({ population: 100, confidence: 95 }))).toBe('INVALID_ARGUMENT');
  });
});

describe('wilsonInterval (Wilson 1927)', () => {
  it('gives [0.4902, 0.9433] for 8 of 10 at 95 %', () => {
    const i = wilsonInterval(8, 10);
    expect(i?.proportion).toBe(0.8);
    expect(i?.lower).toBeCloseTo(0.4902, 4);
    expect(i?.upper).toBeCloseTo(0.9433, 4);
  });

  it('starts at 0 for no successes and ends at 1 for all successes', () => {
    expect(wilsonInterval(0, 10)).toMatchObject({ lower: 0 });
    expect(wilsonInterval(0, 10)?.upper).toBeCloseTo(0.27753, 4);
    expect(wilsonInterval(10, 10)).toMatchObject({ upper: 1 });
    expect(wilsonInterval(10, 10)?.lower).toBeCloseTo(0.72247, 4);
  });

  it('is null with no trials, never NaN', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('contains the observed proportion and stays in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const k = Math.floor(f * n);
        const i = wilsonInterval(k, n, 0.95);
        return (
          i !== null && i.lower >= 0 && i.upper <= 1 && i.lower <= k / n + 1e-12 && k / n <= i.upper + 1e-12
        );
      }),
    );
  });

  it('rejects successes above trials, negatives and fractions', () => {
    expect(code(() => wilsonInterval(11, 10))).toBe('INVALID_ARGUMENT');
    expect(code(() => wilsonInterval(-1, 10))).toBe('INVALID_ARGUMENT');
    expect(code(() => wilsonInterval(1.5, 10))).toBe('INVALID_ARGUMENT');
  });
});

describe('Likert satisfaction', () => {
  it('counts 4 and 5 as satisfied on a 1-5 scale (top-2-box) and excludes invalid and missing answers', () => {
    expect(summarizeLikert([5, 4, 2, 5, 9, null, undefined, 3.5])).toEqual({
      valid: 4,
      satisfied: 3,
      invalid: 2,
      missing: 2,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 2 },
    });
  });

  it('reads a configurable scale and satisfied set (1-7, top-3-box)', () => {
    const s = summarizeLikert([7, 6, 5, 4, 1], { min: 1, max: 7, satisfied: [5, 6, 7] });
    expect(s.satisfied).toBe(3);
    expect(s.valid).toBe(5);
  });

  it('rejects a scale with min ≥ max, satisfied answers off the scale or an empty satisfied set', () => {
    expect(code(() => summarizeLikert([], { min: 5, max: 1 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => summarizeLikert([], { satisfied: [6] }))).toBe('INVALID_ARGUMENT');
    expect(code(() => summarizeLikert([], { satisfied: [] }))).toBe('INVALID_ARGUMENT');
  });

  it('gives satisfacción del cliente 4/5 = 80 %, meeting the seed meta exactly, with its Wilson interval', () => {
    const r = satisfactionIndicator([5, 4, 4, 3, 5], { period: parsePeriodKey('2026-S2') });
    expect(r).toMatchObject({
      id: 'satisfaccion_cliente',
      numerator: 4,
      denominator: 5,
      value: 0.8,
      complies: true,
    });
    expect(r.interval?.lower).toBeGreaterThan(0.3);
    expect(r.interval?.upper).toBeLessThan(1);
  });

  it('gives a null value and a note when no answer is valid', () => {
    const r = satisfactionIndicator([null, 0, 6], { period: parsePeriodKey('2026-S2') });
    expect(r.value).toBeNull();
    expect(r.complies).toBeNull();
    expect(r.note).toMatch(/Sin respuestas/);
    expect(r.interval).toBeUndefined();
  });
});
