/**
 * The audit counts disagreements by cause and direction through `disagreementVerdict`, which builds no
 * text: it must decide exactly as `compareDeadline` does, for every kind of mistake a system makes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { computeDeadline } from '../../src/deadlines/index.js';
import { REGIMES, REQUEST_TYPES } from '../../src/domain.js';
import { compareDeadline, disagreementVerdict } from '../../src/testing/compare.js';

const received = fc
  .integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2028-12-31') })
  .map(fromDayNumber);

describe('disagreementVerdict', () => {
  it('gives the cause and direction of compareDeadline, or null when it does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REQUEST_TYPES),
        fc.constantFrom(...REGIMES, 'auto' as const),
        received,
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        fc.integer({ min: -25, max: 60 }),
        (type, regime, receivedAt, prorrogaAt, prorrogaDays, offset) => {
          const events =
            prorrogaAt === undefined || prorrogaDays === undefined
              ? undefined
              : [
                  {
                    type: 'prorroga' as const,
                    date: addCalendarDays(receivedAt, prorrogaAt),
                    businessDays: prorrogaDays,
                  },
                ];
          const request = { type, regime, receivedAt, ...(events === undefined ? {} : { events }) };
          const deadline = computeDeadline(request);
          const base = deadline.dueDate ?? deadline.receivedDate;
          const entityDueDate = addCalendarDays(base, offset);
          const input = { request, entityDueDate, deadline };
          const full = compareDeadline(input);
          const verdict = disagreementVerdict(input);
          if (full === null) return verdict === null;
          return verdict !== null && verdict.cause === full.cause && verdict.direction === full.direction;
        },
      ),
      { numRuns: 3000, seed: 20261128 },
    );
  });

  it('names the classic mistakes: calendar days, a missed holiday, the receipt day counted', () => {
    const request = { type: 'peticion', receivedAt: '2026-11-27' } as const;
    const v = (entityDueDate: string) => disagreementVerdict({ request, entityDueDate });
    expect(v('2026-12-21')).toBeNull();
    expect(v('2026-12-12')?.cause).toBe(compareDeadline({ request, entityDueDate: '2026-12-12' })?.cause);
    expect(v('2026-12-18')).toEqual({ cause: 'festivo_omitido', direction: 'anticipada' });
    expect(Object.isFrozen(v('2026-12-18'))).toBe(true);
  });
});
