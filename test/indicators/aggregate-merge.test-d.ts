import { describe, expectTypeOf, it } from 'vitest';
import type {
  Aggregator,
  AggregatorSnapshot,
  AggregatorSnapshotGroup,
  AggregatorSnapshotShape,
} from '../../src/indicators/index.js';
import { createAggregator } from '../../src/indicators/index.js';

describe('snapshot and merge types', () => {
  it('snapshot() takes nothing and returns an AggregatorSnapshot', () => {
    expectTypeOf(createAggregator().snapshot).parameters.toEqualTypeOf<[]>();
    expectTypeOf(createAggregator().snapshot).returns.toEqualTypeOf<AggregatorSnapshot>();
  });

  it('merge() takes one AggregatorSnapshot and returns nothing', () => {
    expectTypeOf<Aggregator['merge']>().parameters.toEqualTypeOf<[snapshot: AggregatorSnapshot]>();
    expectTypeOf<Aggregator['merge']>().returns.toEqualTypeOf<void>();
  });

  it('a snapshot is versioned data: version 1, a shape, counters and groups', () => {
    expectTypeOf<AggregatorSnapshot['version']>().toEqualTypeOf<1>();
    expectTypeOf<AggregatorSnapshot['shape']>().toEqualTypeOf<AggregatorSnapshotShape>();
    expectTypeOf<AggregatorSnapshot['groups']>().toEqualTypeOf<readonly AggregatorSnapshotGroup[]>();
    expectTypeOf<AggregatorSnapshotShape['period']>().toEqualTypeOf<
      'month' | 'quarter' | 'semester' | 'year' | 'total'
    >();
    expectTypeOf<AggregatorSnapshotGroup['byType']>().toEqualTypeOf<readonly (readonly [string, number])[]>();
  });

  it('a snapshot holds no functions, Maps or class instances (its type rejects them)', () => {
    expectTypeOf<AggregatorSnapshot>().not.toHaveProperty('add');
    expectTypeOf<AggregatorSnapshotShape['groupBy']>().toEqualTypeOf<readonly string[]>();
    // Whatever JSON.parse returns can be passed to merge (validated at run time).
    expectTypeOf<ReturnType<typeof JSON.parse>>().toExtend<AggregatorSnapshot>();
  });
});
