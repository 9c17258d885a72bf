import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/index.js';
import {
  computeDeadline,
  DEFAULT_POLICIES,
  type DeadlineResult,
  type LegalConsequence,
  type Policies,
  type PolicyOverrides,
  type RequestStatus,
  requestStatus,
  safeComputeDeadline,
} from '../../src/deadlines/index.js';
import type { LifecycleEvent, PqrsdRequest, RequestState, Semaforo } from '../../src/domain.js';
import type { Result } from '../../src/errors.js';
import type { ConsequenceType, LegalRule } from '../../src/rules/index.js';

describe('engine types', () => {
  it('takes a PqrsdRequest and returns a DeadlineResult', () => {
    expectTypeOf(computeDeadline).parameter(0).toEqualTypeOf<PqrsdRequest>();
    expectTypeOf(
      computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' }),
    ).toEqualTypeOf<DeadlineResult>();
    expectTypeOf(safeComputeDeadline({ type: 'peticion', receivedAt: '2026-11-27' })).toEqualTypeOf<
      Result<DeadlineResult>
    >();
  });

  it('types the dates of the result as IsoDate, null only without term', () => {
    expectTypeOf<DeadlineResult['dueDate']>().toEqualTypeOf<IsoDate | null>();
    expectTypeOf<DeadlineResult['receivedDate']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<DeadlineResult['rule']>().toEqualTypeOf<LegalRule>();
  });

  it('types the status with the shared enums', () => {
    expectTypeOf(
      requestStatus({ type: 'queja', receivedAt: '2026-11-27' }, '2026-12-01'),
    ).toEqualTypeOf<RequestStatus>();
    expectTypeOf<RequestStatus['state']>().toEqualTypeOf<RequestState>();
    expectTypeOf<RequestStatus['semaforo']>().toEqualTypeOf<Semaforo | null>();
    expectTypeOf<LegalConsequence['type']>().toEqualTypeOf<ConsequenceType>();
  });

  it('accepts partial and nested policy overrides but not unknown values', () => {
    const r: PqrsdRequest = { type: 'peticion', receivedAt: '2026-11-27' };
    computeDeadline(r, { policies: { receipt: { closingTime: '17:00' } } });
    // @ts-expect-error not a ceiling option
    const bad: PolicyOverrides = { prorrogaCeiling: 'triple' };
    expectTypeOf(bad).toEqualTypeOf<PolicyOverrides>();
    expectTypeOf(DEFAULT_POLICIES).toEqualTypeOf<Policies>();
  });

  it('rejects events of the wrong shape at compile time', () => {
    // @ts-expect-error a suspension needs from, to and act
    const e: LifecycleEvent = { type: 'suspension', date: '2026-12-01' };
    expectTypeOf(e).toEqualTypeOf<LifecycleEvent>();
  });
});
