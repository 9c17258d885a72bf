import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { isPqrsdError } from '../../src/errors.js';
import {
  nextPeriod,
  parsePeriodKey,
  periodOf,
  periodsBetween,
  previousPeriod,
  rangePeriod,
} from '../../src/indicators/index.js';
import { periodKeyOfValidDate } from '../../src/indicators/periods.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPqrsdError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

describe('periods', () => {
  it.each([
    ['month', { key: '2026-11', from: '2026-11-01', to: '2026-11-30' }],
    ['quarter', { key: '2026-T4', from: '2026-10-01', to: '2026-12-31' }],
    ['semester', { key: '2026-S2', from: '2026-07-01', to: '2026-12-31' }],
    ['year', { key: '2026', from: '2026-01-01', to: '2026-12-31' }],
  ] as const)('puts 2026-11-27 in the %s %o', (kind, expected) => {
    expect(periodOf('2026-11-27', kind)).toEqual({ kind, ...expected });
  });

  it('ends February on the 29th in a leap year and on the 28th otherwise (2100 is not leap)', () => {
    expect(periodOf('2024-02-10', 'month').to).toBe('2024-02-29');
    expect(periodOf('2026-02-10', 'month').to).toBe('2026-02-28');
    expect(periodOf('2100-02-10', 'month').to).toBe('2100-02-28');
    expect(periodOf('2000-02-10', 'month').to).toBe('2000-02-29');
  });

  it('puts 30 June in the first semester and 1 July in the second, and 31 March in T1', () => {
    expect(periodOf('2026-06-30', 'semester').key).toBe('2026-S1');
    expect(periodOf('2026-07-01', 'semester').key).toBe('2026-S2');
    expect(periodOf('2026-03-31', 'quarter')).toMatchObject({ key: '2026-T1', to: '2026-03-31' });
    expect(periodOf('2026-04-01', 'quarter')).toMatchObject({ key: '2026-T2', to: '2026-06-30' });
  });

  it('parses every key form back to its period', () => {
    for (const key of ['2026-11', '2026-T4', '2026-S1', '2026', '2026-01', '2026-T1']) {
      expect(parsePeriodKey(key).key).toBe(key);
    }
    expect(parsePeriodKey('2026-S1')).toEqual({
      kind: 'semester',
      key: '2026-S1',
      from: '2026-01-01',
      to: '2026-06-30',
    });
  });

  it('rejects malformed keys, kinds and dates', () => {
    expect(code(() => parsePeriodKey('2026-13'))).toBe('INVALID_ARGUMENT');
    expect(code(() => parsePeriodKey('2026-T5'))).toBe('INVALID_ARGUMENT');
    expect(code(() => parsePeriodKey(2026 as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => parsePeriodKey('1900'))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => periodOf('2026-02-30', 'month'))).toBe('INVALID_DATE');
    expect(code(() => periodOf('2026-02-10', 'week' as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => rangePeriod('2026-12-01', '2026-11-01'))).toBe('INVALID_ARGUMENT');
  });

  it('lists the periods overlapping a range, whole', () => {
    expect(periodsBetween('2026-05-15', '2026-08-01', 'quarter').map((p) => p.key)).toEqual([
      '2026-T2',
      '2026-T3',
    ]);
    expect(periodsBetween('2026-11-30', '2027-02-01', 'month').map((p) => p.key)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(periodsBetween('2026-01-01', '2026-01-01', 'year').map((p) => p.key)).toEqual(['2026']);
  });

  it('steps to the next and previous period across a year boundary', () => {
    expect(nextPeriod(parsePeriodKey('2026-T4')).key).toBe('2027-T1');
    expect(previousPeriod(parsePeriodKey('2026-01')).key).toBe('2025-12');
    expect(nextPeriod(parsePeriodKey('2026-S2')).key).toBe('2027-S1');
    expect(previousPeriod(parsePeriodKey('2026')).key).toBe('2025');
    expect(code(() => nextPeriod(rangePeriod('2026-01-01', '2026-01-31')))).toBe('INVALID_ARGUMENT');
    expect(code(() => previousPeriod(parsePeriodKey('1984')))).toBe('YEAR_OUT_OF_RANGE');
  });

  it('keys a valid date in the hot path exactly as periodOf does (property)', () => {
    const lo = toDayNumber('1984-01-01');
    const hi = toDayNumber('2199-12-31');
    fc.assert(
      fc.property(
        fc.integer({ min: lo, max: hi }),
        fc.constantFrom('month', 'quarter', 'semester', 'year' as const),
        (n, kind) => {
          const d = fromDayNumber(n);
          const p = periodOf(d, kind);
          return periodKeyOfValidDate(d, kind) === p.key && p.from <= d && d <= p.to;
        },
      ),
    );
  });
});
