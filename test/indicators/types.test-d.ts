import { describe, expectTypeOf, it } from 'vitest';
import type { RequestStatus } from '../../src/deadlines/index.js';
import type {
  AggregateResult,
  IndicatorId,
  IndicatorResult,
  IndicatorStatus,
  Meta,
  MetaOverrides,
} from '../../src/indicators/index.js';
import { createAggregator, type DEFAULT_METAS, toIndicatorRecord } from '../../src/indicators/index.js';

describe('indicator types', () => {
  it('accepts the engine’s RequestStatus as an IndicatorStatus, so statuses are passed as they are', () => {
    expectTypeOf<RequestStatus>().toExtend<IndicatorStatus>();
  });

  it('types a result value as number | null and complies as boolean | null (never NaN by contract)', () => {
    expectTypeOf<IndicatorResult['value']>().toEqualTypeOf<number | null>();
    expectTypeOf<IndicatorResult['complies']>().toEqualTypeOf<boolean | null>();
  });

  it('has a default meta for every indicator id', () => {
    expectTypeOf<keyof typeof DEFAULT_METAS>().toEqualTypeOf<IndicatorId>();
    expectTypeOf<MetaOverrides['oportunidad']>().toEqualTypeOf<Meta | undefined>();
  });

  it('returns an AggregateResult from an aggregator and an IndicatorRecord from toIndicatorRecord', () => {
    expectTypeOf(createAggregator().result()).toEqualTypeOf<AggregateResult>();
    expectTypeOf(toIndicatorRecord).returns.toHaveProperty('status');
  });
});
