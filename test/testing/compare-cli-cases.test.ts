import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../src/deadlines/index.js';
import type { PqrsdRequest } from '../../src/domain.js';
import { isPqrsdError } from '../../src/errors.js';
import { compareDeadline, compareDeadlines, DISAGREEMENT_CAUSES } from '../../src/testing/index.js';

const nov27: PqrsdRequest = { type: 'peticion', receivedAt: '2026-11-27' };
const feb2: PqrsdRequest = { type: 'peticion', receivedAt: '2026-02-02' };

describe('compareDeadline (CPACA art. 14: petición, 15 días hábiles)', () => {
  it('returns null when the entity agrees with the law (2026-11-27 → 2026-12-21)', () => {
    expect(compareDeadline({ request: nov27, entityDueDate: '2026-12-21' })).toBeNull();
  });

  it('finds a system that counts calendar days (Ley 4 de 1913 art. 62)', () => {
    const d = compareDeadline({ id: 'A', request: nov27, entityDueDate: '2026-12-12' });
    expect(d).toMatchObject({
      id: 'A',
      cause: 'dias_calendario',
      direction: 'anticipada',
      legalDueDate: '2026-12-21',
      entityDueDate: '2026-12-12',
      differenceBusinessDays: -6,
      type: 'peticion',
      regime: 'cpaca',
      receivedDate: '2026-11-27',
    });
    expect(d?.causeDetail).toContain('15 días calendario');
    expect(d?.citation).toMatch(/^R-PET-GEN: Ley 1437 de 2011.*art\. 14/);
    expect(d?.explanation).toContain('2026-12-21');
    // rolled to the next business day when the calendar count lands on a weekend
    expect(compareDeadline({ request: nov27, entityDueDate: '2026-12-14' })?.cause).toBe('dias_calendario');
  });

  it('finds missed holidays: San José and Semana Santa counted as business days (Ley 51 de 1983)', () => {
    const d = compareDeadline({
      request: { type: 'peticion', receivedAt: '2026-03-20' },
      entityDueDate: '2026-04-10',
    });
    expect(computeDeadline({ type: 'peticion', receivedAt: '2026-03-20' }).dueDate).toBe('2026-04-15');
    expect(d?.cause).toBe('festivo_omitido');
    expect(d?.causeDetail).toContain('3 días no hábiles');
    expect(d?.causeDetail).toContain('2026-04-02 (Jueves Santo)');
  });

  it('mentions the other explanation when one missed holiday and the filing day give the same date', () => {
    const d = compareDeadline({ request: nov27, entityDueDate: '2026-12-18' });
    expect(d?.cause).toBe('festivo_omitido');
    expect(d?.causeDetail).toContain('Inmaculada Concepción');
    expect(d?.causeDetail).toContain('otra explicación posible');
  });

  it('finds a system that counts the filing day as day 1 (the term runs from the next day)', () => {
    const d = compareDeadline({ request: feb2, entityDueDate: '2026-02-20' });
    expect(computeDeadline(feb2).dueDate).toBe('2026-02-23');
    expect(d?.cause).toBe('dia_radicacion_contado');
    expect(d?.causeDetail).not.toContain('otra explicación');
  });

  it("finds another type's term (a consulta's 30 días, CPACA art. 14 num. 2)", () => {
    const consulta = computeDeadline({ type: 'consulta', receivedAt: '2026-02-02' }).dueDate!;
    const d = compareDeadline({ request: feb2, entityDueDate: consulta });
    expect(d?.cause).toBe('tipo_equivocado');
    expect(d?.direction).toBe('tardia');
    expect(d?.causeDetail).toContain('«consulta» (30 días hábiles)');
  });

  it('finds an extra holiday: one business day more than the law, with a day a system takes for one', () => {
    // Received 2026-03-02: 15 días end 2026-03-24 (San José observed Monday 23). A system that also
    // keeps its legal date (Thursday 19) gives 2026-03-25.
    const d = compareDeadline({
      request: { type: 'peticion', receivedAt: '2026-03-02' },
      entityDueDate: '2026-03-25',
    });
    expect(d).toMatchObject({ cause: 'festivo_agregado', differenceBusinessDays: 1, direction: 'tardia' });
    // One day more with no such day in the term: the numbers do not show an added holiday.
    expect(compareDeadline({ request: feb2, entityDueDate: '2026-02-24' })?.cause).toBe('desconocida');
  });

  it('finds a prórroga beyond the double of the initial term (CPACA art. 14 par.)', () => {
    const request: PqrsdRequest = {
      ...feb2,
      events: [{ type: 'prorroga', date: '2026-02-20', newDueDate: '2026-04-30' }],
    };
    const d = compareDeadline({ request, entityDueDate: '2026-04-30' });
    expect(d?.cause).toBe('prorroga_excesiva');
    expect(d?.causeDetail).toContain('el máximo que permite la ley es el');
  });

  it('says when the system ignored the events of the request (a requerimiento, CPACA art. 17)', () => {
    const request: PqrsdRequest = {
      ...feb2,
      events: [
        { type: 'requerimiento', date: '2026-02-04' },
        { type: 'respuesta_requerimiento', date: '2026-02-20' },
      ],
    };
    const legal = computeDeadline(request);
    expect(legal.dueDate).not.toBe(legal.originalDueDate);
    const ignored = compareDeadline({ request, entityDueDate: legal.originalDueDate! });
    expect(ignored?.cause).toBe('eventos_omitidos');
    expect(ignored?.causeDetail).toContain('no aplicó la prórroga, el requerimiento o la suspensión');
    const calendar = compareDeadline({ request, entityDueDate: '2026-02-17' });
    expect(calendar?.cause).toBe('dias_calendario');
    expect(calendar?.causeDetail).toContain('además, no aplicó los eventos');
  });

  it('leaves unexplained differences as desconocida', () => {
    const d = compareDeadline({ request: feb2, entityDueDate: '2026-02-05' });
    expect(d).toMatchObject({ cause: 'desconocida', direction: 'anticipada' });
    expect(d?.causeDetail).toContain('antes del vencimiento legal');
    const late = compareDeadline({ request: feb2, entityDueDate: '2026-03-20' });
    expect(late?.causeDetail).toContain('después del vencimiento legal');
  });

  it('flags a due date given to a request without legal term (felicitación)', () => {
    const d = compareDeadline({
      request: { type: 'felicitacion', receivedAt: '2026-02-02' },
      entityDueDate: '2026-02-23',
    });
    expect(d).toMatchObject({ cause: 'desconocida', legalDueDate: null, differenceBusinessDays: null });
  });

  it('compares month terms too (recurso, CPACA art. 86)', () => {
    const request: PqrsdRequest = { type: 'recurso', receivedAt: '2026-11-27' };
    const legal = computeDeadline(request).dueDate!;
    expect(compareDeadline({ request, entityDueDate: legal })).toBeNull();
    expect(compareDeadline({ request, entityDueDate: '2027-01-15' })?.direction).toBe('anticipada');
  });

  it('reuses a deadline already computed, and rejects a malformed entity date', () => {
    const deadline = computeDeadline(nov27);
    expect(compareDeadline({ request: nov27, entityDueDate: '2026-12-21', deadline })).toBeNull();
    try {
      compareDeadline({ request: nov27, entityDueDate: '2026-02-30' });
      expect.unreachable();
    } catch (error) {
      expect(isPqrsdError(error, 'INVALID_DATE')).toBe(true);
    }
  });
});

describe('compareDeadlines', () => {
  it('keeps only the disagreements, in order', () => {
    const out = compareDeadlines([
      { id: 'A', request: nov27, entityDueDate: '2026-12-21' },
      { id: 'B', request: nov27, entityDueDate: '2026-12-12' },
      { id: 'C', request: feb2, entityDueDate: '2026-02-20' },
    ]);
    expect(out.map((d) => [d.id, d.cause])).toEqual([
      ['B', 'dias_calendario'],
      ['C', 'dia_radicacion_contado'],
    ]);
  });

  it('names eleven causes', () => {
    expect(DISAGREEMENT_CAUSES).toHaveLength(11);
  });
});

describe('the legal explanation of a disagreement', () => {
  it('is read lazily and serialised to JSON', () => {
    const d = compareDeadline({ request: nov27, entityDueDate: '2026-12-12' })!;
    const json = JSON.parse(JSON.stringify(d));
    expect(json.explanation).toBe(d.explanation);
    expect(json.cause).toBe('dias_calendario');
    expect(d.explanation).toContain('R-PET-GEN');
  });
});
