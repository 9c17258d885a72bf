/**
 * Decreto Legislativo 491 de 2020 art. 5: the terms of the petitions in course on 2020-03-28 were
 * extended too (policy `emergencyPendingPetitions`; sources in src/rules/decreto-491-2020.ts).
 * The golden dates are in test/golden/deadlines.cases.ts; here, the invariants and the trace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { computeDeadline } from '../../src/deadlines/index.js';
import { REQUEST_TYPES } from '../../src/domain.js';

const FIRST = '2020-03-28';
const before = fc
  .integer({ min: toDayNumber('2020-01-02'), max: toDayNumber('2020-03-27') })
  .map(fromDayNumber);
const answerOffset = fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined });
const SOLO = { policies: { emergencyPendingPetitions: 'solo_radicadas' } } as const;

describe('Decreto 491 art. 5: peticiones en curso el 2020-03-28', () => {
  it('extends exactly the petitions in course with a running term, never shortens a term', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REQUEST_TYPES), before, answerOffset, (type, receivedAt, offset) => {
        const events =
          offset === undefined
            ? []
            : [{ type: 'respuesta' as const, date: fromDayNumber(toDayNumber(receivedAt) + offset) }];
        const request = { type, receivedAt, events };
        const cpaca = computeDeadline(request, SOLO);
        const d = computeDeadline(request);
        expect(cpaca.regime).toBe('cpaca');
        const answer = events[0]?.date;
        const inCourse =
          cpaca.dueDate !== null && cpaca.dueDate >= FIRST && (answer === undefined || answer >= FIRST);
        const extended = inCourse && d.rule.regime === 'emergencia_2020';
        expect(d.regime).toBe(extended ? 'emergencia_2020' : 'cpaca');
        if (!extended) expect(d.dueDate).toBe(cpaca.dueDate);
        else expect((d.dueDate as string) >= (cpaca.dueDate as string)).toBe(true);
        expect(d.receivedDate).toBe(cpaca.receivedDate);
        expect(d.warnings.map((w) => w.code)).not.toContain('FUERA_DE_VIGENCIA');
      }),
      { seed: 491, numRuns: 400 },
    );
  });

  it('explains the extension in the trace and the explanation', () => {
    const d = computeDeadline({ type: 'peticion', receivedAt: '2020-03-27' });
    const line = d.trace.find((t) => t.message.startsWith('Política emergencyPendingPetitions = ampliar'));
    expect(line?.date).toBe(FIRST);
    expect(d.explanation).toContain('amplió también los términos de las peticiones en curso');
    expect(computeDeadline({ type: 'peticion', receivedAt: '2020-03-27' }, SOLO).explanation).not.toContain(
      'emergencyPendingPetitions',
    );
    // A petition received in the window says nothing about it: its regime comes from the date alone.
    expect(computeDeadline({ type: 'peticion', receivedAt: FIRST }).explanation).not.toContain(
      'emergencyPendingPetitions',
    );
  });

  it('leaves an explicit regime and the requests received from the first day alone', () => {
    expect(computeDeadline({ type: 'peticion', receivedAt: '2020-03-27', regime: 'cpaca' }).dueDate).toBe(
      '2020-04-21',
    );
    expect(computeDeadline({ type: 'peticion', receivedAt: FIRST }, SOLO).dueDate).toBe(
      computeDeadline({ type: 'peticion', receivedAt: FIRST }).dueDate,
    );
  });
});
