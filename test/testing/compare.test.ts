/**
 * compareDeadlines on synthetic "systems" that each make one classified mistake on purpose: the kit
 * must name that mistake for every request where the system's date differs from the law.
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  createCalendar,
  explain,
  fromDayNumber,
  isBusinessDay,
  toDayNumber,
  weekday,
} from '../../src/calendar/index.js';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import type { PqrsdRequest, RequestState } from '../../src/domain.js';
import { isPqrsdError } from '../../src/errors.js';
import {
  compareDeadline,
  compareDeadlines,
  compareState,
  type DeadlineComparisonInput,
  type DeadlineDisagreement,
  DISAGREEMENT_CAUSES,
  type DisagreementCause,
  type StateDisagreement,
} from '../../src/testing/index.js';

/** Every business day of a span, as the filing dates of petitions. */
function filings(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) {
    const date = fromDayNumber(d);
    if (isBusinessDay(date)) out.push(date);
  }
  return out;
}

type System = (request: PqrsdRequest & { receivedAt: string }) => string;

/** A system that knows weekends but no holidays. */
const weekdaysOnly: System = (r) => {
  let d = r.receivedAt;
  for (let left = 15; left > 0; ) {
    d = addCalendarDays(d, 1);
    if (weekday(d) <= 5) left--;
  }
  return d;
};

const SYSTEMS: Record<
  Exclude<
    DisagreementCause,
    | 'desconocida'
    | 'prorroga_excesiva'
    | 'otro_tipo_dias_calendario'
    | 'desfase_fijo'
    | 'vencimiento_no_habil'
    | 'eventos_omitidos'
  >,
  System
> = {
  // 15 calendar days instead of business days (Ley 4 de 1913 art. 62).
  dias_calendario: (r) => addCalendarDays(r.receivedAt, 15),
  // Counts Monday to Friday: every holiday in the span counted as a business day.
  festivo_omitido: weekdaysOnly,
  // Applies Ley 2578 de 2026 to 2025: Monday 2025-07-14 treated as a holiday.
  festivo_agregado: (r) =>
    createCalendar({
      extraHolidays: [{ date: '2025-07-14', name: 'Chiquinquirá antes de tiempo', law: 'error' }],
    }).addBusinessDays(r.receivedAt, 15),
  // The filing day is day 1.
  dia_radicacion_contado: (r) => addBusinessDays(r.receivedAt, 14),
  // A petición given the 30 días of a consulta.
  tipo_equivocado: (r) => addBusinessDays(r.receivedAt, 30),
};

function audit(system: System, dates: readonly string[]) {
  const records: DeadlineComparisonInput[] = dates.map((receivedAt) => {
    const request = { type: 'peticion' as const, receivedAt };
    return { id: receivedAt, request, entityDueDate: system(request) };
  });
  return { records, disagreements: compareDeadlines(records) };
}

describe('compareDeadlines names the mistake of a system that makes it on purpose', () => {
  const YEAR = filings('2026-01-02', '2026-11-30');

  it.each(['dias_calendario', 'festivo_omitido', 'dia_radicacion_contado', 'tipo_equivocado'] as const)(
    'a system with «%s» over every filing day of 2026',
    (cause) => {
      const { disagreements } = audit(SYSTEMS[cause], YEAR);
      expect(disagreements.length).toBeGreaterThan(20);
      const causes = new Set(disagreements.map((d) => d.cause));
      expect([...causes]).toEqual([cause]);
      for (const d of disagreements) expect(d.field).toBe('vencimiento');
    },
  );

  it('a system that applies Ley 2578 de 2026 to 2025 adds a holiday (festivo_agregado)', () => {
    const { disagreements } = audit(SYSTEMS.festivo_agregado, filings('2025-06-16', '2025-07-31'));
    // Petitions whose 15 days reach Monday 2025-07-14: filed from Thursday 2025-06-19 (20 jun (1),
    // 24–27 (5), 1–4 jul (9), 7–11 (14), 14 (15): due that very Monday) to Friday 2025-07-11.
    expect(disagreements.map((d) => d.id)).toEqual(filings('2025-06-19', '2025-07-11'));
    for (const d of disagreements) {
      expect(d).toMatchObject({ cause: 'festivo_agregado', direction: 'tardia', differenceBusinessDays: 1 });
    }
  });

  it('a system that counts holidays as business days only disagrees when the term crosses one', () => {
    const { records, disagreements } = audit(SYSTEMS.festivo_omitido, YEAR);
    const crossing = records
      .filter((r) => {
        const legal = computeDeadline(r.request).dueDate as string;
        return explain(r.request.receivedAt as string, legal).some((d) => !d.counted && weekday(d.date) <= 5);
      })
      .map((r) => r.id);
    expect(disagreements.map((d) => d.id)).toEqual(crossing);
    expect(disagreements.every((d) => d.direction === 'anticipada')).toBe(true);
  });

  it('a system that grants any prórroga it announces (prorroga_excesiva, CPACA art. 14 par.)', () => {
    const cases: DeadlineComparisonInput[] = [
      // beyond double the term (max 2027-01-14)
      ['2027-01-20', '2026-12-18'],
      // announced after the term expired
      ['2027-01-05', '2026-12-22'],
    ].map(([newDueDate, date]) => {
      const request: PqrsdRequest = {
        type: 'peticion',
        receivedAt: '2026-11-27',
        events: [{ type: 'prorroga', date: date as string, newDueDate }],
      };
      return { request, entityDueDate: newDueDate };
    });
    // a regime without prórroga (Ley 142 art. 158)
    cases.push({
      request: {
        type: 'reclamo',
        receivedAt: '2026-11-27',
        regime: 'servicios_publicos',
        events: [{ type: 'prorroga', date: '2026-12-18', businessDays: 5 }],
      },
      entityDueDate: '2026-12-29',
    });
    const out = compareDeadlines(cases);
    expect(out.map((d) => d.cause)).toEqual(['prorroga_excesiva', 'prorroga_excesiva', 'prorroga_excesiva']);
    expect(out[0]?.causeDetail).toContain('el máximo que permite la ley es el 2027-01-14');
    expect(out[1]?.causeDetail).toContain('PRORROGA_EXTEMPORANEA');
    expect(out[2]?.causeDetail).toContain('PRORROGA_NO_PREVISTA');
  });

  it('a correct system has no disagreement', () => {
    const { disagreements } = audit((r) => computeDeadline(r).dueDate as string, YEAR);
    expect(disagreements).toEqual([]);
  });

  it('an arbitrary miscount stays desconocida, unless the numbers reproduce a cause exactly', () => {
    const { disagreements } = audit((r) => addBusinessDays(r.receivedAt, 7), YEAR.slice(0, 30));
    // 7 business days from Monday 2026-01-05 or Tuesday 2026-01-06 (the 12th is a holiday) are
    // exactly 10 calendar days: a documents request's term in calendar days. Nothing else is named.
    const named = disagreements.filter((d) => d.cause !== 'desconocida');
    expect(named.map((d) => [d.id, d.cause])).toEqual([
      ['2026-01-05', 'otro_tipo_dias_calendario'],
      ['2026-01-06', 'otro_tipo_dias_calendario'],
    ]);
    for (const d of named)
      expect((d as DeadlineDisagreement).entityDueDate).toBe(addCalendarDays(d.receivedDate, 10));
    expect(disagreements.length - named.length).toBeGreaterThan(20);
  });
});

describe('ambiguous records and the batch pattern', () => {
  // Received 2026-11-27: one day less (2026-12-18) is both "the 8 December counted" and "the filing
  // day counted".
  const ambiguous = {
    id: 'X',
    request: { type: 'peticion', receivedAt: '2026-11-27' },
    entityDueDate: '2026-12-18',
  } as const;

  it('a lone ambiguous record keeps the most specific cause and lists the other', () => {
    const d = compareDeadline(ambiguous) as DeadlineDisagreement;
    expect(d.cause).toBe('festivo_omitido');
    expect(d.alternatives).toEqual(['dia_radicacion_contado']);
    expect(d.causeDetail).toContain('otra explicación posible');
  });

  it('in a batch of a filing-day system, it takes the cause the unambiguous records show', () => {
    const others = filings('2026-02-02', '2026-02-27').map((receivedAt) => ({
      request: { type: 'peticion' as const, receivedAt },
      entityDueDate: addBusinessDays(receivedAt, 14),
    }));
    const out = compareDeadlines([ambiguous, ...others]);
    expect(out[0]).toMatchObject({
      id: 'X',
      cause: 'dia_radicacion_contado',
      alternatives: ['festivo_omitido'],
    });
    expect(out[0]?.causeDetail).toContain('elegida por el patrón del lote');
    expect(out[0]?.explanation).toContain('R-PET-GEN');
    expect(compareDeadlines([ambiguous, ...others], { resolveAmbiguity: false })[0]?.cause).toBe(
      'festivo_omitido',
    );
  });

  it('keeps the first cause when the batch shows nothing else', () => {
    expect(compareDeadlines([ambiguous])[0]?.cause).toBe('festivo_omitido');
  });
});

describe('compareDeadline, one record', () => {
  const nov27: PqrsdRequest = { type: 'peticion', receivedAt: '2026-11-27' };

  it('returns null when the entity agrees, or when the record carries no due date', () => {
    expect(compareDeadline({ request: nov27, entityDueDate: '2026-12-21' })).toBeNull();
    expect(compareDeadline({ request: nov27 })).toBeNull();
    expect(compareDeadline({ request: nov27, entityDueDate: null })).toBeNull();
  });

  it('reports the legal date, the difference, the citation and the explanation', () => {
    const d = compareDeadline({
      id: 'A',
      request: nov27,
      entityDueDate: '2026-12-12',
    }) as DeadlineDisagreement;
    expect(d).toMatchObject({
      field: 'vencimiento',
      id: 'A',
      type: 'peticion',
      regime: 'cpaca',
      receivedDate: '2026-11-27',
      entityDueDate: '2026-12-12',
      legalDueDate: '2026-12-21',
      differenceBusinessDays: -6,
      direction: 'anticipada',
      cause: 'dias_calendario',
      alternatives: [],
    });
    expect(d.citation).toMatch(/^R-PET-GEN: Ley 1437 de 2011.*art\. 14 inc\. 1$/);
    expect(d.causeDetail).toBe(
      'el sistema contó 15 días calendario (2026-11-27 + 15 = 2026-12-12); la ley cuenta días hábiles (Ley 4 de 1913 art. 62)',
    );
    const json = JSON.parse(JSON.stringify(d));
    expect(json.explanation).toBe(d.explanation);
    expect(d.explanation).toContain('Vence: lunes 2026-12-21');
  });

  it('says when the system ignored the events, or applied none of them', () => {
    const request: PqrsdRequest = {
      ...nov27,
      events: [
        { type: 'requerimiento', date: '2026-12-01' },
        { type: 'respuesta_requerimiento', date: '2026-12-10' },
      ],
    };
    expect(compareDeadline({ request, entityDueDate: '2026-12-21' })?.causeDetail).toContain(
      'no aplicó la prórroga, el requerimiento o la suspensión',
    );
    const d = compareDeadline({ request, entityDueDate: '2026-12-12' });
    expect(d?.cause).toBe('dias_calendario');
    expect(d?.causeDetail).toContain('además, no aplicó los eventos');
  });

  it('flags a due date given to a request without legal term (felicitación)', () => {
    const d = compareDeadline({
      request: { type: 'felicitacion', receivedAt: '2026-11-27' },
      entityDueDate: '2026-12-21',
    });
    expect(d).toMatchObject({ cause: 'desconocida', legalDueDate: null, differenceBusinessDays: null });
    expect(d?.explanation).toContain('Sin término legal');
  });

  it('uses the entity calendar and the policies it is given', () => {
    const calendar = createCalendar({ closures: [{ date: '2026-12-14', reason: 'Cierre por inventario' }] });
    expect(compareDeadline({ request: nov27, entityDueDate: '2026-12-22' }, { calendar })).toBeNull();
    const spd: PqrsdRequest = { type: 'reclamo', receivedAt: '2026-11-27', regime: 'servicios_publicos' };
    expect(
      compareDeadline(
        { request: spd, entityDueDate: '2026-12-18' },
        { policies: { spdFilingDayCounts: true } },
      ),
    ).toBeNull();
    expect(compareDeadline({ request: spd, entityDueDate: '2026-12-18' })?.cause).toBe('festivo_omitido');
  });

  it('finds another type of the same regime (documentos given the 15 días of a petición)', () => {
    const d = compareDeadline({
      request: { type: 'peticion_documentos', receivedAt: '2026-11-27' },
      entityDueDate: '2026-12-21',
    });
    expect(d).toMatchObject({ cause: 'tipo_equivocado', direction: 'tardia', differenceBusinessDays: 5 });
    expect(d?.causeDetail).toContain('«peticion» (15 días hábiles)');
  });

  it('rejects a malformed entity date with INVALID_DATE', () => {
    try {
      compareDeadline({ request: nov27, entityDueDate: '2026-02-30' });
      expect.unreachable();
    } catch (error) {
      expect(isPqrsdError(error, 'INVALID_DATE')).toBe(true);
    }
  });

  it('names eleven causes', () => {
    expect(DISAGREEMENT_CAUSES).toEqual([
      'dias_calendario',
      'festivo_omitido',
      'festivo_agregado',
      'dia_radicacion_contado',
      'tipo_equivocado',
      'prorroga_excesiva',
      'otro_tipo_dias_calendario',
      'desfase_fijo',
      'vencimiento_no_habil',
      'eventos_omitidos',
      'desconocida',
    ]);
  });
});

describe('compareState: the state a system reports as of a date', () => {
  const request: PqrsdRequest = { type: 'peticion', receivedAt: '2026-11-27' };

  /** A system that reports states from its own due date, with the engine's thresholds. */
  function stateOf(due: string, asOf: string): RequestState {
    if (asOf > due) return 'vencida';
    const left = filings(addCalendarDays(asOf, 1), due).length;
    return asOf === due || left <= 5 ? 'por_vencer' : 'en_termino';
  }

  it('returns null when the states agree, or when the record carries no state', () => {
    expect(compareState({ request, entityState: 'por_vencer' }, { asOf: '2026-12-18' })).toBeNull();
    expect(compareState({ request }, { asOf: '2026-12-18' })).toBeNull();
  });

  it('explains a state with the miscount that produces it, and says which way it errs', () => {
    const d = compareState(
      { id: 'S', request, entityState: 'vencida' },
      { asOf: '2026-12-21' },
    ) as StateDisagreement;
    expect(d).toMatchObject({
      field: 'estado',
      id: 'S',
      asOf: '2026-12-21',
      entityState: 'vencida',
      legalState: 'por_vencer',
      legalDueDate: '2026-12-21',
      direction: 'anticipada',
      cause: 'dias_calendario',
    });
    expect(d.alternatives).toContain('festivo_omitido');
    expect(d.alternatives).toContain('dia_radicacion_contado');
    expect(d.alternatives).toContain('tipo_equivocado');
    expect(d.explanation).toMatch(
      /^Estado legal al 2026-12-21: por_vencer \(semáforo rojo, quedan 0 días hábiles\)/,
    );
  });

  it('a state that hides a breach errs late (tardia): another type’s longer term', () => {
    const d = compareState({ request, entityState: 'en_termino' }, { asOf: '2026-12-22' });
    expect(d).toMatchObject({ legalState: 'vencida', direction: 'tardia', cause: 'tipo_equivocado' });
    expect(d?.causeDetail).toContain('«consulta»');
  });

  it('uses the entity’s own due date when the record carries it', () => {
    const asOf = '2026-12-15';
    const due = addCalendarDays('2026-11-27', 15);
    const d = compareState({ request, entityDueDate: due, entityState: stateOf(due, asOf) }, { asOf });
    expect(d?.cause).toBe('dias_calendario');
    expect(d?.causeDetail).toContain('su vencimiento (2026-12-12) lo explica');
    const same = compareState({ request, entityDueDate: '2026-12-21', entityState: 'vencida' }, { asOf });
    expect(same?.causeDetail).toContain('el vencimiento del sistema coincide con el legal');
    const inconsistent = compareState(
      { request, entityDueDate: '2026-12-12', entityState: 'en_termino' },
      { asOf },
    );
    expect(inconsistent?.cause).toBe('desconocida');
  });

  it('a prórroga the law refuses explains a state too', () => {
    const late: PqrsdRequest = {
      ...request,
      events: [{ type: 'prorroga', date: '2026-12-22', newDueDate: '2027-01-05' }],
    };
    const d = compareState({ request: late, entityState: 'en_termino' }, { asOf: '2026-12-23' });
    expect(d?.cause).toBe('prorroga_excesiva');
    expect(d?.direction).toBe('tardia');
  });

  it('closed and suspended states are explained by the event, as desconocida', () => {
    const traslado: PqrsdRequest = { ...request, events: [{ type: 'traslado', date: '2026-12-03' }] };
    expect(
      compareState({ request: traslado, entityState: 'en_termino' }, { asOf: '2026-12-10' })?.causeDetail,
    ).toContain('hubo traslado por competencia (2026-12-03');
    const desist: PqrsdRequest = { ...request, events: [{ type: 'desistimiento', date: '2026-12-03' }] };
    expect(compareState({ request: desist, entityState: 'vencida' }, { asOf: '2026-12-22' })).toMatchObject({
      cause: 'desconocida',
      direction: 'anticipada',
    });
    const req: PqrsdRequest = { ...request, events: [{ type: 'requerimiento', date: '2026-12-01' }] };
    expect(
      compareState({ request: req, entityState: 'vencida' }, { asOf: '2026-12-22' })?.causeDetail,
    ).toContain('suspendido por el requerimiento del 2026-12-01');
    const fel: PqrsdRequest = { type: 'felicitacion', receivedAt: '2026-11-27' };
    expect(
      compareState({ request: fel, entityState: 'vencida' }, { asOf: '2026-12-22' })?.causeDetail,
    ).toContain('no fija término');
    const answered: PqrsdRequest = { ...request, events: [{ type: 'respuesta', date: '2026-12-10' }] };
    expect(
      compareState({ request: answered, entityState: 'trasladada' }, { asOf: '2026-12-22' })?.cause,
    ).toBe('desconocida');
  });

  it('a filing-day system: the mistake is among the causes of each state disagreement', () => {
    const asOfs = ['2026-12-14', '2026-12-21', '2026-12-22'];
    const records = asOfs.flatMap((asOf) =>
      filings('2026-11-02', '2026-11-30').map((receivedAt) => {
        const r: PqrsdRequest = { type: 'peticion', receivedAt };
        return { asOf, r, state: stateOf(addBusinessDays(receivedAt, 14), asOf) };
      }),
    );
    let found = 0;
    for (const { asOf, r, state } of records) {
      if (r.receivedAt > asOf) continue;
      const d = compareState({ request: r, entityState: state }, { asOf });
      if (d === null) continue;
      found++;
      expect([d.cause, ...d.alternatives]).toContain('dia_radicacion_contado');
    }
    expect(found).toBeGreaterThan(0);
  });

  it('compareDeadlines compares both the date and the state of a record', () => {
    const out = compareDeadlines(
      [{ id: 'B', request, entityDueDate: '2026-12-12', entityState: 'vencida' }],
      { asOf: '2026-12-15' },
    );
    expect(out.map((d) => [d.field, d.cause])).toEqual([
      ['vencimiento', 'dias_calendario'],
      ['estado', 'dias_calendario'],
    ]);
  });

  it('reuses a status already computed', () => {
    const status = requestStatus(request, '2026-12-18');
    expect(compareState({ request, status, entityState: 'por_vencer' }, { asOf: '2026-12-18' })).toBeNull();
  });

  it('needs the cut-off date and a known state (INVALID_ARGUMENT)', () => {
    for (const call of [
      () => compareState({ request, entityState: 'vencida' }),
      () => compareState({ request, entityState: 'cerrada' as never }, { asOf: '2026-12-18' }),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isPqrsdError(error, 'INVALID_ARGUMENT')).toBe(true);
      }
    }
  });
});
