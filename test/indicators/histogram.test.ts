import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPqrsdError } from '../../src/errors.js';
import { IntHistogram } from '../../src/indicators/index.js';

function of(values: number[]): IntHistogram {
  const h = new IntHistogram();
  for (const v of values) h.add(v);
  return h;
}

describe('IntHistogram', () => {
  it('gives null statistics, never NaN, when empty', () => {
    expect(new IntHistogram().stats()).toEqual({ count: 0, mean: null, median: null, min: null, max: null });
  });

  it('gives the single value as mean and median of one record', () => {
    expect(of([7]).stats()).toEqual({ count: 1, mean: 7, median: 7, min: 7, max: 7 });
  });

  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(of([9, 1, 5]).stats().median).toBe(5);
    expect(of([3, 4]).stats().median).toBe(3.5);
  });

  it('handles ties in the median: [2, 5, 5, 9] → 5, mean 5.25', () => {
    expect(of([2, 5, 5, 9]).stats()).toEqual({ count: 4, mean: 5.25, median: 5, min: 2, max: 9 });
  });

  it('counts values beyond the dense range (e.g. 400 business days) exactly', () => {
    expect(of([400, 1, 1000, 130]).stats()).toEqual({
      count: 4,
      mean: 382.75,
      median: 265,
      min: 1,
      max: 1000,
    });
  });

  it('merges two histograms as if every value were added to one', () => {
    const a = of([1, 2, 300]);
    a.merge(of([2, 500]));
    expect(a.stats()).toEqual(of([1, 2, 300, 2, 500]).stats());
    expect(a.count).toBe(5);
  });

  it('rejects negative, fractional and non-finite values with INVALID_DAY_COUNT', () => {
    for (const v of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      let err: unknown;
      try {
        new IntHistogram().add(v);
      } catch (e) {
        err = e;
      }
      expect(isPqrsdError(err, 'INVALID_DAY_COUNT')).toBe(true);
    }
  });

  it('agrees with the sorted-array median and mean for any values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 200 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        const median =
          n % 2 === 1 ? sorted[(n - 1) / 2] : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
        const mean = values.reduce((a, b) => a + b, 0) / n;
        const s = of(values).stats();
        return s.median === median && Math.abs((s.mean as number) - mean) < 1e-9;
      }),
    );
  });
});
