import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/v4';
import type { EventType, LifecycleEvent, Outcome, PqrsdRequest, RequestType } from '../../src/domain.js';
import type {
  ParseRecordResult,
  PqrsdRecord,
  PqrsdRecordSchema,
  RecordIssue,
  RecordIssueCode,
  RecordLifecycleEvent,
} from '../../src/schema/index.js';

describe('record types', () => {
  it('a record is a valid engine PqrsdRequest', () => {
    expectTypeOf<PqrsdRecord>().toExtend<PqrsdRequest>();
    expectTypeOf<z.infer<typeof PqrsdRecordSchema>>().toExtend<PqrsdRequest>();
  });

  it('a record event is a valid engine LifecycleEvent, and covers every event type', () => {
    expectTypeOf<RecordLifecycleEvent>().toExtend<LifecycleEvent>();
    expectTypeOf<RecordLifecycleEvent['type']>().toEqualTypeOf<EventType>();
  });

  it('uses the engine enums, not copies of them', () => {
    expectTypeOf<PqrsdRecord['type']>().toEqualTypeOf<RequestType>();
    expectTypeOf<NonNullable<PqrsdRecord['response']>['outcome']>().toEqualTypeOf<Outcome>();
  });

  it('input and output types agree: the schema has no transforms', () => {
    expectTypeOf<z.input<typeof PqrsdRecordSchema>>().toEqualTypeOf<z.output<typeof PqrsdRecordSchema>>();
  });

  it('narrows the petitioner on kind', () => {
    type Petitioner = PqrsdRecord['petitioner'];
    expectTypeOf<Extract<Petitioner, { kind: 'juridica' }>['name']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Petitioner, { kind: 'anonima' }>>().not.toHaveProperty('name');
  });

  it('parse results carry either a record or issues with stable codes', () => {
    expectTypeOf<Extract<ParseRecordResult, { ok: true }>['value']>().toEqualTypeOf<PqrsdRecord>();
    expectTypeOf<RecordIssue['code']>().toEqualTypeOf<RecordIssueCode>();
  });
});
