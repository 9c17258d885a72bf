/**
 * A per-request view of a business calendar with the request's suspensions (entity acts, the
 * requirement to the petitioner) taken out. It works on integer day numbers over the calendar's O(1)
 * primitives, so a request with events costs a few lookups per suspension instead of rebuilding the
 * calendar's day tables (`calendar.extend` builds ~80,000-day tables, ~0.5 ms).
 *
 * @internal
 * @module
 */

import { type BusinessCalendar, type DayExplanation, fromDayNumber } from '../calendar/index.js';

/** A suspension on day numbers, both ends inclusive. @internal */
export interface Range {
  readonly from: number;
  readonly to: number;
  readonly act: string;
}

/** @internal */
export class TermCalendar {
  /** Sorted, merged ranges (for counting). */
  private readonly merged: readonly { from: number; to: number }[];

  constructor(
    readonly base: BusinessCalendar,
    readonly ranges: readonly Range[],
  ) {
    // A request has zero to a few ranges: a stable insertion sort, no comparator closure.
    // (Never read index -1 of an empty array: that is a slow named-property lookup in V8.)
    const sorted: Range[] = ranges.slice();
    for (let j = 1; j < sorted.length; j++) {
      const r = sorted[j] as Range;
      let i = j;
      while (i > 0 && (sorted[i - 1] as Range).from > r.from) {
        sorted[i] = sorted[i - 1] as Range;
        i--;
      }
      sorted[i] = r;
    }
    const merged: { from: number; to: number }[] = [];
    for (const r of sorted) {
      const last = merged.length === 0 ? undefined : merged[merged.length - 1];
      if (last !== undefined && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
      else merged.push({ from: r.from, to: r.to });
    }
    this.merged = merged;
  }

  /** Whether a day lies in a suspension. */
  suspended(dn: number): boolean {
    for (const r of this.merged) if (r.from <= dn && dn <= r.to) return true;
    return false;
  }

  /** Base business days in (a, b] that are suspended (a <= b). */
  private lost(a: number, b: number): number {
    let n = 0;
    for (const r of this.merged) {
      const lo = Math.max(a, r.from - 1);
      const hi = Math.min(b, r.to);
      if (lo < hi) n += this.base.businessDaysBetweenNumbers(lo, hi);
    }
    return n;
  }

  /** Whether a day counts. */
  isBusiness(dn: number): boolean {
    return this.base.isBusinessDayNumber(dn) && !this.suspended(dn);
  }

  /** Counted days in (a, b]; negative when b < a. */
  between(a: number, b: number): number {
    if (b < a) return -this.between(b, a);
    return this.base.businessDaysBetweenNumbers(a, b) - this.lost(a, b);
  }

  /** The n-th counted day strictly after `a` (n >= 1). */
  add(a: number, n: number): number {
    let d = this.base.addBusinessDaysNumber(a, n);
    let deficit = this.lost(a, d);
    while (deficit > 0) {
      const next = this.base.addBusinessDaysNumber(d, deficit);
      deficit = this.lost(d, next);
      d = next;
    }
    return d;
  }

  /** The first counted day on or after `dn`. */
  atOrAfter(dn: number): number {
    return this.isBusiness(dn) ? dn : this.add(dn, 1);
  }

  /** Calendar days in (a, b] that are suspended (for terms in months). */
  lostCalendarDays(a: number, b: number): number {
    let n = 0;
    for (const r of this.merged) {
      const lo = Math.max(a, r.from - 1);
      const hi = Math.min(b, r.to);
      if (lo < hi) n += hi - lo;
    }
    return n;
  }

  /** The calendar's explanation of (a, b] with the suspended business days marked. */
  explain(a: number, b: number): readonly DayExplanation[] {
    const days = this.base.explain(fromDayNumber(a), fromDayNumber(b));
    if (this.ranges.length === 0) return days;
    let ordinal = 0;
    return days.map((day, i) => {
      const dn = a + i + 1;
      if (!day.counted) return day;
      if (this.suspended(dn)) {
        const acts = this.ranges.filter((r) => r.from <= dn && dn <= r.to).map((r) => r.act);
        return Object.freeze({
          date: day.date,
          counted: false,
          reason: 'suspension' as const,
          detail: acts.join('; '),
        });
      }
      ordinal++;
      return day.ordinal === ordinal ? day : Object.freeze({ ...day, ordinal });
    });
  }
}
