import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  EVENT_TYPES,
  OUTCOMES,
  PRIORITY_FLAGS,
  REGIMES,
  REQUEST_STATES,
  REQUEST_TYPES,
} from '../src/domain.js';

describe('domain vocabulary', () => {
  it.each([
    ['REQUEST_TYPES', REQUEST_TYPES],
    ['REGIMES', REGIMES],
    ['EVENT_TYPES', EVENT_TYPES],
    ['OUTCOMES', OUTCOMES],
    ['PRIORITY_FLAGS', PRIORITY_FLAGS],
    ['CHANNELS', CHANNELS],
    ['REQUEST_STATES', REQUEST_STATES],
  ] as const)('%s has unique snake_case Spanish values', (_name, values) => {
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) expect(v).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});
