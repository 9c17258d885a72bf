/**
 * The causes a batch shows or that take two mistakes at once: a fixed calendar-day offset for every
 * request (desfase_fijo), a due date on a non-business day, another type's term counted in calendar
 * days, the events not applied. Never a cause the numbers do not reproduce.
 */
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromDayNumber, isBusinessDay, toDayNumber } from '../../src/calendar/index.js';
import { computeDeadline } from '../../src/deadlines/index.js';
import type { PqrsdRequest, RequestType } from '../../src/domain.js';
import {
  compareDeadline,
  compareDeadlines,
  type DeadlineComparisonInput,
  type DeadlineDisagreement,
} from '../../src/testing/index.js';

const TYPES: readonly RequestType[] = [
  'peticion',
  'peticion_documentos',
  'consulta',
  'queja',
  'acceso_informacion',
];

/** Every day of a span (weekends too: web forms file on Saturdays), cycling through TYPES. */
function batch(from: string, to: string, entity: (r: PqrsdRequest & { receivedAt: string }) => string) {
  const out: DeadlineComparisonInput[] = [];
  for (let d = toDayNumber(from), i = 0; d <= toDayNumber(to); d++, i++) {
    const request = { type: TYPES[i % TYPES.length] as RequestType, receivedAt: fromDayNumber(d) };
    out.push({ id: `${request.type} ${request.receivedAt}`, request, entityDueDate: entity(request) });
  }
  return out;
}

const dueDates = (ds: readonly unknown[]) => ds as readonly DeadlineDisagreement[];

describe('desfase_fijo: a system that adds 21 calendar days to every request, whatever its type', () => {
  const records = batch('2026-02-02', '2026-06-30', (r) => addCalendarDays(r.receivedAt, 21));
  const out = dueDates(compareDeadlines(records));

  it('names the fixed offset, with its N, for every disagreement of the batch', () => {
    expect(out.length).toBeGreaterThan(100);
    for (const d of out) {
      expect(d.field).toBe('vencimiento');
      expect(d.cause).toBe('desfase_fijo');
      expect(d.causeDetail).toContain(
        `el sistema suma 21 días calendario a la radicación (${d.receivedDate} + 21 = ${d.entityDueDate})`,
      );
      expect(d.causeDetail).toContain(`de los ${out.length} desacuerdos del lote`);
      expect(d.alternatives).not.toContain('desconocida');
    }
  });

  it('never calls the 21 calendar days of a documents request an added holiday', () => {
    const docs = out.filter((d) => d.type === 'peticion_documentos');
    expect(docs.length).toBeGreaterThan(15);
    for (const d of docs) expect([d.cause, ...d.alternatives]).not.toContain('festivo_agregado');
    // Alone, such a record is what its numbers say, never an added holiday: received Friday
    // 2026-11-27, 21 calendar days are 2026-12-18; the law's 10 días end 2026-12-14 (8 December).
    const alone = compareDeadline({
      request: { type: 'peticion_documentos', receivedAt: '2026-11-27' },
      entityDueDate: '2026-12-18',
    });
    expect(alone).toMatchObject({
      cause: 'desconocida',
      legalDueDate: '2026-12-14',
      differenceBusinessDays: 4,
    });
  });

  it('keeps the per-record causes as alternatives: a Saturday filing ends on a Saturday', () => {
    const saturday = out.find((d) => d.receivedDate === '2026-02-07') as DeadlineDisagreement;
    expect(saturday).toMatchObject({ entityDueDate: '2026-02-28', cause: 'desfase_fijo' });
    expect(saturday.alternatives).toContain('vencimiento_no_habil');
  });

  it('is a batch pattern: one record alone, or a minority, is not a fixed offset', () => {
    const few = records.slice(0, 2);
    expect(compareDeadlines(few).map((d) => d.cause)).not.toContain('desfase_fijo');
    // The same 21 days, but the batch's other disagreements (calendar days of each type's own term)
    // are the majority: no fixed offset.
    const mixed = [
      ...records.slice(0, 4),
      ...batch('2026-07-01', '2026-09-30', (r) =>
        addCalendarDays(r.receivedAt, computeDeadline(r).rule.term?.amount ?? 0),
      ),
    ];
    expect(compareDeadlines(mixed).map((d) => d.cause)).not.toContain('desfase_fijo');
  });

  it('needs requests of different terms: 15 weekdays for peticiones alone are not a fixed offset', () => {
    // 15 Monday-to-Friday days from a weekday are always 21 calendar days: a system that does not
    // know holidays, not one that adds 21 days to everything.
    const peticiones: DeadlineComparisonInput[] = [];
    for (let d = toDayNumber('2026-01-02'); d <= toDayNumber('2026-11-30'); d++) {
      const receivedAt = fromDayNumber(d);
      if (!isBusinessDay(receivedAt)) continue;
      peticiones.push({
        request: { type: 'peticion', receivedAt },
        entityDueDate: addCalendarDays(receivedAt, 21),
      });
    }
    const causes = new Set(compareDeadlines(peticiones).map((d) => d.cause));
    expect([...causes]).toEqual(['festivo_omitido']);
  });
});

describe('vencimiento_no_habil: a due date that no term in días can have (Ley 4 de 1913 art. 62)', () => {
  it('a Saturday or a Sunday', () => {
    const sat = compareDeadline({
      request: { type: 'peticion', receivedAt: '2026-11-27' },
      entityDueDate: '2026-12-19',
    });
    expect(sat).toMatchObject({ cause: 'vencimiento_no_habil', alternatives: [] });
    expect(sat?.causeDetail).toContain('(2026-12-19, fin de semana) no es día hábil');
    expect(sat?.causeDetail).toContain('Ley 4 de 1913 art. 62');
    // Sunday 2026-12-20: the next business day is the legal due date (Monday 2026-12-21).
    const sun = compareDeadline({
      request: { type: 'peticion', receivedAt: '2026-11-27' },
      entityDueDate: '2026-12-20',
    });
    expect(sun?.cause).toBe('vencimiento_no_habil');
    expect(sun?.causeDetail).toContain('el día hábil siguiente (2026-12-21) es el vencimiento legal');
  });

  it('a holiday (8 December, Ley 51 de 1983)', () => {
    // Documents received Friday 2026-11-20: 10 días end Friday 2026-12-04.
    const d = compareDeadline({
      request: { type: 'peticion_documentos', receivedAt: '2026-11-20' },
      entityDueDate: '2026-12-08',
    });
    expect(d).toMatchObject({ cause: 'vencimiento_no_habil', legalDueDate: '2026-12-04' });
    expect(d?.causeDetail).toContain('festivo: ');
  });
});

describe('otro_tipo_dias_calendario: another type’s term counted in calendar days', () => {
  it('a 10-day documents request given the 15 calendar days of a petición', () => {
    // Received Friday 2026-11-27: 15 calendar days are Saturday 2026-12-12.
    const d = compareDeadline({
      request: { type: 'peticion_documentos', receivedAt: '2026-11-27' },
      entityDueDate: '2026-12-12',
    });
    expect(d).toMatchObject({
      cause: 'otro_tipo_dias_calendario',
      legalDueDate: '2026-12-14',
      direction: 'anticipada',
    });
    expect(d?.causeDetail).toContain(
      'coincide con 15 días calendario desde la radicación (2026-11-27 + 15 = 2026-12-12): el término del tipo «peticion» contado en días calendario',
    );
  });

  it('a petición given the 30 calendar days of a consulta; its own 15 calendar days stay dias_calendario', () => {
    const request = { type: 'peticion', receivedAt: '2026-11-27' } as const;
    expect(compareDeadline({ request, entityDueDate: '2026-12-27' })?.cause).toBe(
      'otro_tipo_dias_calendario',
    );
    expect(compareDeadline({ request, entityDueDate: '2026-12-12' })?.cause).toBe('dias_calendario');
  });
});

describe('eventos_omitidos: the date without the events the law counts (CPACA art. 17)', () => {
  const request: PqrsdRequest = {
    type: 'peticion',
    receivedAt: '2026-11-27',
    events: [
      { type: 'requerimiento', date: '2026-12-01' },
      { type: 'respuesta_requerimiento', date: '2026-12-10' },
    ],
  };

  it('the due date before any event', () => {
    const d = compareDeadline({ request, entityDueDate: '2026-12-21' });
    expect(d?.cause).toBe('eventos_omitidos');
    expect(d?.causeDetail).toContain('coincide con el vencimiento sin los eventos del trámite (2026-12-21)');
  });

  it('the prórroga’s new date, without the requerimiento that suspended the term', () => {
    // As a row of the bundled example: the requerimiento of 15 September suspended the term until
    // the answer of 5 October; the prórroga's new date (9 October) ignores that suspension.
    const withProrroga: PqrsdRequest = {
      type: 'peticion',
      receivedAt: '2026-09-11',
      events: [
        { type: 'requerimiento', date: '2026-09-15' },
        { type: 'prorroga', date: '2026-09-30', newDueDate: '2026-10-09' },
        { type: 'respuesta_requerimiento', date: '2026-10-05' },
      ],
    };
    const legal = computeDeadline(withProrroga).dueDate as string;
    expect(legal > '2026-10-09').toBe(true);
    const d = compareDeadline({ request: withProrroga, entityDueDate: '2026-10-09' });
    expect(d).toMatchObject({ cause: 'eventos_omitidos', direction: 'anticipada', legalDueDate: legal });
    expect(d?.causeDetail).toContain('coincide con la nueva fecha de la prórroga (2026-10-09)');
  });
});
