/**
 * A bounded histogram of non-negative integers (business days), so the mean and the exact median
 * of a group are known without keeping its records: memory grows with the number of distinct
 * values, never with the number of records.
 *
 * @module
 */
import { PqrsdError } from '../errors.js';
import { safeString } from './meta.js';

/**
 * Values below this bound are counted in a typed array; larger ones in a small map. The array holds
 * doubles (exact up to 2^53), so merged counts never wrap around as 32-bit counters would.
 */
const DENSE = 128;

/**
 * Summary statistics of a distribution of business days.
 *
 * @example
 * ```ts
 * import type { DistributionStats } from 'pqrsd/indicators';
 * const s: DistributionStats = { count: 0, mean: null, median: null, min: null, max: null };
 * ```
 */
export interface DistributionStats {
  /** Number of values. */
  readonly count: number;
  /** Arithmetic mean, or `null` with no values. */
  readonly mean: number | null;
  /** Median (mean of the two middle values when the count is even), or `null` with no values. */
  readonly median: number | null;
  /** Smallest value, or `null`. */
  readonly min: number | null;
  /** Largest value, or `null`. */
  readonly max: number | null;
}

/**
 * A histogram of non-negative integers with exact mean and median.
 *
 * @example
 * ```ts
 * import { IntHistogram } from 'pqrsd/indicators';
 * const h = new IntHistogram();
 * for (const v of [3, 1, 4, 1]) h.add(v);
 * h.stats(); //=> { count: 4, mean: 2.25, median: 2, min: 1, max: 4 }
 * ```
 */
export class IntHistogram {
  private dense: Float64Array | null = null;
  private sparse: Map<number, number> | null = null;
  private n = 0;
  private sum = 0;
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;

  /** Number of values added. */
  get count(): number {
    return this.n;
  }

  /**
   * Adds a value.
   *
   * @param value - a non-negative integer
   * @param times - how many times (default 1)
   * @throws `PqrsdError` `INVALID_DAY_COUNT` for a negative, fractional or non-finite value;
   * `INVALID_ARGUMENT` for a `times` that is not an integer ≥ 0.
   */
  add(value: number, times = 1): void {
    if (!Number.isInteger(value) || value < 0) {
      throw new PqrsdError(
        'INVALID_DAY_COUNT',
        `«${safeString(value)}» no es un número de días hábiles válido (entero mayor o igual a 0)`,
        { value },
      );
    }
    if (!Number.isSafeInteger(times) || times < 0) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `«${safeString(times)}» no es un número de veces válido (entero mayor o igual a 0)`,
        { value: times },
      );
    }
    if (value < DENSE) {
      if (this.dense === null) this.dense = new Float64Array(DENSE);
      this.dense[value] = (this.dense[value] as number) + times;
    } else {
      if (this.sparse === null) this.sparse = new Map();
      this.sparse.set(value, (this.sparse.get(value) ?? 0) + times);
    }
    this.n += times;
    this.sum += value * times;
    if (value < this.lo) this.lo = value;
    if (value > this.hi) this.hi = value;
  }

  /**
   * Adds every value of another histogram (to merge partial aggregates).
   *
   * @param other - the histogram to merge in
   * @throws `PqrsdError` `INVALID_ARGUMENT` when `other` is not an {@link IntHistogram}.
   */
  merge(other: IntHistogram): void {
    if (!(other instanceof IntHistogram)) {
      throw new PqrsdError('INVALID_ARGUMENT', `«${safeString(other)}» no es un IntHistogram`, {
        value: other,
      });
    }
    for (const [value, times] of other.entries()) this.add(value, times);
  }

  /** The distinct values with their counts, ascending. */
  *entries(): IterableIterator<[number, number]> {
    if (this.dense !== null) {
      for (let v = 0; v < DENSE; v++) {
        const c = this.dense[v] as number;
        if (c > 0) yield [v, c];
      }
    }
    if (this.sparse !== null) {
      const keys = [...this.sparse.keys()].sort((a, b) => a - b);
      for (const k of keys) yield [k, this.sparse.get(k) as number];
    }
  }

  /** The k-th smallest value, 1-based. */
  private nth(k: number): number {
    let seen = 0;
    for (const [value, c] of this.entries()) {
      seen += c;
      if (seen >= k) return value;
    }
    /* c8 ignore next */
    return this.hi;
  }

  /** Count, mean, median, min and max; `null` statistics when empty (never `NaN`). */
  stats(): DistributionStats {
    if (this.n === 0) return { count: 0, mean: null, median: null, min: null, max: null };
    const half = Math.floor(this.n / 2);
    const median = this.n % 2 === 1 ? this.nth(half + 1) : (this.nth(half) + this.nth(half + 1)) / 2;
    return { count: this.n, mean: this.sum / this.n, median, min: this.lo, max: this.hi };
  }
}
