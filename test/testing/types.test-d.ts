import { describe, expectTypeOf, it } from 'vitest';
import '../../src/testing/vitest.js';
import { expect } from 'vitest';
import type { DeadlineResult } from '../../src/deadlines/index.js';
import {
  type ConformanceVector,
  compareDeadline,
  compareDeadlines,
  type DeadlineDisagreement,
  type Disagreement,
  type DisagreementCause,
  type PqrsdMatchers,
  pqrsdMatchers,
  runConformanceVector,
  type StateDisagreement,
  type VectorRun,
} from '../../src/testing/index.js';

describe('types of pqrsd/testing', () => {
  it('compareDeadlines returns due-date and state disagreements, told apart by field', () => {
    const out = compareDeadlines([]);
    expectTypeOf(out).toEqualTypeOf<Disagreement[]>();
    const d = out[0] as Disagreement;
    if (d.field === 'vencimiento') expectTypeOf(d).toEqualTypeOf<DeadlineDisagreement>();
    else expectTypeOf(d).toEqualTypeOf<StateDisagreement>();
    expectTypeOf(d.cause).toEqualTypeOf<DisagreementCause>();
    expectTypeOf(compareDeadline).returns.toEqualTypeOf<DeadlineDisagreement | null>();
  });

  it('the vitest entry adds the matchers to expect(…)', () => {
    expectTypeOf(expect(1).toBeDueOn).parameters.toEqualTypeOf<Parameters<PqrsdMatchers['toBeDueOn']>>();
    expectTypeOf(expect('2026-12-08').not.toBeHoliday).toBeFunction();
    // @ts-expect-error: a state outside REQUEST_STATES does not compile
    expect({}).toHaveState('cerrada');
    // @ts-expect-error: a semáforo colour outside SEMAFORO_COLORS does not compile
    expect({}).toHaveSemaforo('azul');
  });

  it('the agnostic matchers take the received value first', () => {
    expectTypeOf(pqrsdMatchers.toBeDueOn).parameters.toEqualTypeOf<
      [unknown, ...Parameters<PqrsdMatchers['toBeDueOn']>]
    >();
    expectTypeOf(pqrsdMatchers.toBeDueOn).thisParameter.toEqualTypeOf<{ readonly isNot?: boolean }>();
  });

  it('vectors are discriminated by kind', () => {
    const v = {} as ConformanceVector;
    if (v.kind === 'business_days')
      expectTypeOf(v.input.op).toEqualTypeOf<'add' | 'between' | 'add_months' | 'is_business_day'>();
    if (v.kind === 'status') expectTypeOf(v.input.asOf).toEqualTypeOf<string>();
    expectTypeOf(runConformanceVector).returns.toEqualTypeOf<VectorRun>();
    expectTypeOf<DeadlineResult['dueDate']>().toEqualTypeOf<
      import('../../src/calendar/index.js').IsoDate | null
    >();
  });
});
