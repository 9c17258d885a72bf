// The request head, the regime and the receipt at their edges: the error code with the Spanish
// message that quotes the bad value, the exact regime of a petition in course on 2020-03-28 (Decreto
// 491 de 2020 art. 5), and the vigencia warnings (CPACA art. 14, Ley 1755 de 2015).
import { describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { computeDeadline, isBillClaimAdmissible, safeComputeDeadline } from '../../src/deadlines/index.js';
import type { PqrsdRequest } from '../../src/domain.js';
import { PqrsdError } from '../../src/errors.js';

function errorOf(f: () => unknown): PqrsdError {
  try {
    f();
  } catch (e) {
    if (e instanceof PqrsdError) return e;
    throw e;
  }
  throw new Error('no error');
}

const req = (r: Record<string, unknown>) => r as unknown as PqrsdRequest;

describe('request head errors quote the bad value', () => {
  it('a request that is not an object', () => {
    const e = errorOf(() => computeDeadline(null as unknown as PqrsdRequest));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe('La solicitud debe ser un objeto: «null».');
    expect(e.details).toEqual({ value: null });
  });

  it('an unknown request type', () => {
    const e = errorOf(() => computeDeadline(req({ type: 'quejas', receivedAt: '2026-01-05' })));
    expect(e.code).toBe('UNKNOWN_REQUEST_TYPE');
    expect(e.message).toBe(
      'Tipo de solicitud desconocido: «quejas». Valores válidos: peticion, queja, reclamo, sugerencia, denuncia, peticion_documentos, acceso_informacion, consulta, peticion_autoridad, solicitud_congresista, recurso, felicitacion.',
    );
    expect(e.details).toEqual({ value: 'quejas' });
  });

  it('an unknown regime', () => {
    const e = errorOf(() =>
      computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05', regime: 'foo' })),
    );
    expect(e.code).toBe('UNKNOWN_REGIME');
    expect(e.message).toBe(
      'Régimen desconocido: «foo». Valores válidos: auto, cpaca, emergencia_2020, servicios_publicos, habeas_data, consumo.',
    );
    expect(e.details).toEqual({ value: 'foo' });
  });

  it('an unknown channel', () => {
    const e = errorOf(() =>
      computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05', channel: 'fax' })),
    );
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe(
      'Canal desconocido: «fax». Valores válidos: presencial, telefonico, escrito, correo_electronico, formulario_web, redes_sociales, chat, buzon, verbal, otro.',
    );
    expect(e.details).toEqual({ value: 'fax' });
    // A known channel is accepted.
    expect(
      computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05', channel: 'verbal' })).dueDate,
    ).toBe('2026-01-27');
  });

  it('a calendar that is not a BusinessCalendar', () => {
    const five = errorOf(() =>
      computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05' }), {
        calendar: 5 as never,
      }),
    );
    expect(five.code).toBe('INVALID_ARGUMENT');
    expect(five.message).toBe('«calendar» no es un BusinessCalendar: «5».');
    expect(five.details).toEqual({ value: 5 });
    // A function is not a calendar, even one with the method's name.
    const fn = Object.assign(() => 1, { addBusinessDaysNumber: () => 1 });
    const r = safeComputeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05' }), {
      calendar: fn as never,
    });
    expect(r.ok ? null : r.error.code).toBe('INVALID_ARGUMENT');
  });

  it('a receivedAt of the wrong shape', () => {
    const e = errorOf(() => computeDeadline(req({ type: 'peticion', receivedAt: 5 })));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toContain('«5»');
    expect(e.details).toEqual({ value: 5 });
  });

  it('a bill claim before its bill names both dates', () => {
    const e = errorOf(() => isBillClaimAdmissible('2026-03-10', '2026-03-09'));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe(
      'La reclamación («2026-03-09») no puede ser anterior a la factura («2026-03-10»).',
    );
    expect(e.details).toEqual({ billIssuedOn: '2026-03-10', claimReceivedOn: '2026-03-09' });
  });
});

describe('petition in course on 2020-03-28 (Decreto 491 de 2020 art. 5)', () => {
  it('regime omitted and regime auto both take the emergency term', () => {
    for (const regime of [undefined, 'auto']) {
      const d = computeDeadline(
        req({ type: 'peticion', receivedAt: '2020-03-10', ...(regime === undefined ? {} : { regime }) }),
      );
      expect(d.regime).toBe('emergencia_2020');
      expect(d.dueDate).toBe('2020-04-24');
    }
    // An explicit regime is kept: the CPACA term.
    const c = computeDeadline(req({ type: 'peticion', receivedAt: '2020-03-10', regime: 'cpaca' }));
    expect(c.regime).toBe('cpaca');
    expect(c.dueDate).toBe('2020-04-01');
  });

  it('an answer given on 2020-03-28 itself leaves the petition in course that day', () => {
    const onFirstDay = computeDeadline(
      req({
        type: 'peticion',
        receivedAt: '2020-03-10',
        events: [{ type: 'respuesta', date: '2020-03-28' }],
      }),
    );
    expect(onFirstDay.regime).toBe('emergencia_2020');
    expect(onFirstDay.dueDate).toBe('2020-04-24');
    const dayBefore = computeDeadline(
      req({
        type: 'peticion',
        receivedAt: '2020-03-10',
        events: [{ type: 'respuesta', date: '2020-03-27' }],
      }),
    );
    expect(dayBefore.regime).toBe('cpaca');
    expect(dayBefore.dueDate).toBe('2020-04-01');
  });

  it('a CPACA term that ends on 2020-03-28 itself is in course that day (Saturday working calendar)', () => {
    const calendar = createCalendar({ workweek: [1, 2, 3, 4, 5, 6] });
    const cpaca = computeDeadline(req({ type: 'peticion', receivedAt: '2020-03-10', regime: 'cpaca' }), {
      calendar,
    });
    expect(cpaca.dueDate).toBe('2020-03-28');
    const auto = computeDeadline(req({ type: 'peticion', receivedAt: '2020-03-10' }), { calendar });
    expect(auto.regime).toBe('emergencia_2020');
    expect(auto.dueDate).toBe('2020-04-17');
    // Expired the day before: the CPACA term stays.
    const expired = computeDeadline(req({ type: 'peticion', receivedAt: '2020-03-09' }), { calendar });
    expect(expired.regime).toBe('cpaca');
    expect(expired.dueDate).toBe('2020-03-27');
  });

  it('fallback is true only when the regime has no rule of its own for the type', () => {
    expect(computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05' })).fallback).toBe(false);
    expect(
      computeDeadline(req({ type: 'queja', receivedAt: '2021-01-05', regime: 'emergencia_2020' })).fallback,
    ).toBe(false);
    const f = computeDeadline(
      req({ type: 'felicitacion', receivedAt: '2021-01-05', regime: 'emergencia_2020' }),
    );
    expect(f.fallback).toBe(true);
    expect(f.rule.id).toBe('R-SIN-TERMINO');
  });
});

describe('FUERA_DE_VIGENCIA names the vigencia that was left', () => {
  it('the emergency terms outside their window, under both boundary policies', () => {
    const d = computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05', regime: 'emergencia_2020' }));
    expect(d.warnings).toContainEqual({
      code: 'FUERA_DE_VIGENCIA',
      message:
        'La radicación (2026-01-05) está fuera de la vigencia de los términos de emergencia (Decreto 491 de 2020 art. 5: 2020-03-28 a 2022-05-17); se calcula de todos modos.',
    });
    const p = computeDeadline(
      req({ type: 'peticion', receivedAt: '2026-01-05', regime: 'emergencia_2020' }),
      {
        policies: { emergencyBoundary: 'promulgacion' },
      },
    );
    expect(p.warnings).toContainEqual({
      code: 'FUERA_DE_VIGENCIA',
      message:
        'La radicación (2026-01-05) está fuera de la vigencia de los términos de emergencia (Decreto 491 de 2020 art. 5: 2020-03-28 a 2022-05-16); se calcula de todos modos.',
    });
  });

  it('a CPACA rule before its vigencia (Ley 1755 de 2015, from 2015-06-30)', () => {
    const d = computeDeadline(req({ type: 'peticion', receivedAt: '2010-01-05', regime: 'cpaca' }));
    expect(d.warnings).toContainEqual({
      code: 'FUERA_DE_VIGENCIA',
      message:
        'La radicación (2010-01-05) está fuera de la vigencia de la regla R-PET-GEN (desde 2015-06-30); se calcula de todos modos.',
    });
    // The first day of the vigencia has no warning.
    const first = computeDeadline(req({ type: 'peticion', receivedAt: '2015-06-30', regime: 'cpaca' }));
    expect(first.warnings.filter((w) => w.code === 'FUERA_DE_VIGENCIA')).toEqual([]);
  });
});

describe('receipt at the closing time (CPACA art. 54 inc. 3)', () => {
  it('a receipt at exactly the closing time is filed the next business day; a minute before, the same day', () => {
    const policies = { receipt: { mode: 'siguiente_dia_habil', closingTime: '17:00' } } as const;
    const before = computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05T16:59:00-05:00' }), {
      policies,
    });
    expect(before.receivedDate).toBe('2026-01-05');
    expect(before.dueDate).toBe('2026-01-27');
    const at = computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05T17:00:00-05:00' }), {
      policies,
    });
    expect(at.receivedDate).toBe('2026-01-06');
    expect(at.dueDate).toBe('2026-01-28');
  });
});

describe('closure', () => {
  it('an answer has no outcome key', () => {
    const d = computeDeadline(
      req({
        type: 'peticion',
        receivedAt: '2026-01-05',
        events: [{ type: 'respuesta', date: '2026-01-08' }],
      }),
    );
    expect(d.closure).toStrictEqual({ kind: 'respuesta', date: '2026-01-08' });
  });
});

describe('suspensions (CPACA art. 17 and acts of the entity)', () => {
  const overlapping = () =>
    computeDeadline(
      req({
        type: 'peticion',
        receivedAt: '2026-11-20',
        events: [
          { type: 'requerimiento', date: '2026-12-01' },
          { type: 'suspension', from: '2026-12-07', to: '2026-12-15', act: 'Resolución 7 de 2026' },
          { type: 'respuesta_requerimiento', date: '2026-12-10' },
          { type: 'suspension', from: '2026-12-21', to: '2026-12-22', act: 'Resolución 9 de 2026' },
        ],
      }),
    );

  it('lists the suspensions in the order they were applied, the requirement last', () => {
    const d = overlapping();
    expect(d.dueDate).toBe('2026-12-30');
    expect(d.suspensions).toEqual([
      { from: '2026-12-07', to: '2026-12-15', act: 'Resolución 7 de 2026' },
      { from: '2026-12-21', to: '2026-12-22', act: 'Resolución 9 de 2026' },
      { from: '2026-12-02', to: '2026-12-10', act: 'Requerimiento al peticionario (art. 17)' },
    ]);
  });

  it('each suspended day of the trace names exactly the acts that cover it, first and last days included', () => {
    const detail = new Map<string, string>();
    for (const t of overlapping().trace) {
      if (t.kind === 'dia' && 'day' in t && t.day !== undefined && t.day.reason === 'suspension') {
        detail.set(t.date as string, t.day.detail ?? '');
      }
    }
    const req17 = 'Requerimiento al peticionario (art. 17)';
    expect(Object.fromEntries(detail)).toEqual({
      '2026-12-02': req17,
      '2026-12-03': req17,
      '2026-12-04': req17,
      '2026-12-07': `Resolución 7 de 2026; ${req17}`,
      '2026-12-09': `Resolución 7 de 2026; ${req17}`,
      '2026-12-10': `Resolución 7 de 2026; ${req17}`,
      '2026-12-11': 'Resolución 7 de 2026',
      '2026-12-14': 'Resolución 7 de 2026',
      '2026-12-15': 'Resolución 7 de 2026',
      '2026-12-21': 'Resolución 9 de 2026',
      '2026-12-22': 'Resolución 9 de 2026',
    });
  });

  it('a term in months adds only the suspended calendar days inside it (CPACA art. 86)', () => {
    const base = { type: 'recurso', receivedAt: '2026-02-02' };
    expect(computeDeadline(req(base)).dueDate).toBe('2026-04-06');
    // 7 days suspended in February and a suspension across the extended due date: 2026-04-02 + 7
    // calendar days + the 3 days of 2026-04-08..10 that fall in the extension = 2026-04-12 (Sunday)
    // → the next business day.
    const d = computeDeadline(
      req({
        ...base,
        events: [
          { type: 'suspension', from: '2026-02-10', to: '2026-02-16', act: 'Resolución 1 de 2026' },
          { type: 'suspension', from: '2026-04-08', to: '2026-04-10', act: 'Resolución 2 de 2026' },
        ],
      }),
    );
    expect(d.dueDate).toBe('2026-04-13');
    expect(d.warnings).toEqual([]);
  });
});

describe('edges found by mutation', () => {
  it('a date without hour is never shifted by the closing time, even 00:00 (CPACA art. 54 inc. 3)', () => {
    const d = computeDeadline(req({ type: 'peticion', receivedAt: '2026-01-05' }), {
      policies: { receipt: { mode: 'siguiente_dia_habil', closingTime: '00:00' } },
    });
    expect(d.receivedDate).toBe('2026-01-05');
    expect(d.dueDate).toBe('2026-01-27');
  });

  it('the vigencia warning on a freshly loaded library (nothing computed before)', async () => {
    vi.resetModules();
    const fresh = await import('../../src/deadlines/index.js');
    const d = fresh.computeDeadline(req({ type: 'peticion', receivedAt: '2010-01-05', regime: 'cpaca' }));
    expect(d.warnings.map((w) => w.code)).toContain('FUERA_DE_VIGENCIA');
  });
});

describe('terms in months at the end of the supported range', () => {
  it('a recurso whose two months end past 2199 is YEAR_OUT_OF_RANGE, quoting the count', () => {
    const e = errorOf(() => computeDeadline(req({ type: 'recurso', receivedAt: '2199-11-16' })));
    expect(e.code).toBe('YEAR_OUT_OF_RANGE');
    expect(e.message).toContain('«2199-11-16 + 2»');
    // The last month that fits.
    expect(computeDeadline(req({ type: 'recurso', receivedAt: '2199-10-15' })).dueDate).toBe('2199-12-16'); // 2199-12-15 is a Sunday (Ley 4 de 1913 art. 62)
  });
});
