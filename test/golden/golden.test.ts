/**
 * Every golden case (hand-computed from the law, never by this library) runs against the library, one
 * named test per case: the test name is the case id and the article it proves.
 */
import { describe, expect, it } from 'vitest';
import { runConformanceVector } from '../../src/testing/index.js';
import { GOLDEN_CASES } from './cases.js';

describe('golden cases: the library agrees with the law, case by case', () => {
  it('has unique, kebab-case ids', () => {
    const ids = GOLDEN_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const c of GOLDEN_CASES) {
    it(`${c.id} (${c.law})`, () => {
      const run = runConformanceVector(c);
      expect(run.actual).toEqual(run.expected);
      expect(run.pass).toBe(true);
    });
  }
});
