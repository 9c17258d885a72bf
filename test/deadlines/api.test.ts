import { beforeEach, describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import {
  closingTimeMinutes,
  computeDeadline,
  DEFAULT_POLICIES,
  type DeadlineResult,
  isBillClaimAdmissible,
  recursoFilingDeadline,
  resolvePolicies,
  safeComputeDeadline,
} from '../../src/deadlines/index.js';
import type { PqrsdRequest } from '../../src/domain.js';

const codeOf = (r: PqrsdRequest, options?: Parameters<typeof computeDeadline>[1]) => {
  const res = safeComputeDeadline(r, options);
  return res.ok ? null : res.error.code;
};

describe('policies', () => {
  it('defaults to the readings that never give more time than the law', () => {
    expect(DEFAULT_POLICIES).toEqual({
      receipt: { mode: 'fecha_civil', closingTime: '24:00' },
      emergencyBoundary: 'dia_siguiente_promulgacion',
      emergencyPendingPetitions: 'ampliar',
      spdDocumentRequests: 'cpaca',
      spdFilingDayCounts: false,
      habeasDataConsultaCountsReceiptDay: true,
      prorrogaCeiling: 'total',
      requirementReactivation: 'resume',
      silenceCountsNotification: true,
      avisoSurtidaDay: 'habil',
      notificationTracking: 'eventos',
      spdRecursoTerm: 'ley_142',
      spdAppealForwarding: 'cinco_dias',
      semaforo: { amarilloFraction: 1 / 3 },
    });
    expect(Object.isFrozen(DEFAULT_POLICIES)).toBe(true);
  });

  it('merges partial nested overrides', () => {
    const p = resolvePolicies({ receipt: { closingTime: '17:00' }, prorrogaCeiling: 'adicional' });
    expect(p.receipt).toEqual({ mode: 'fecha_civil', closingTime: '17:00' });
    expect(p.prorrogaCeiling).toBe('adicional');
    expect(resolvePolicies()).toBe(DEFAULT_POLICIES);
    expect(resolvePolicies({ prorrogaCeiling: undefined } as never).prorrogaCeiling).toBe('total');
  });

  it.each([
    [{ prorrogaCeiling: 'triple' }, 'prorrogaCeiling'],
    [{ spdFilingDayCounts: 'si' }, 'spdFilingDayCounts'],
    [{ emergencyPendingPetitions: 'siempre' }, 'emergencyPendingPetitions'],
    [{ receipt: { mode: 'hora_habil' } }, 'receipt.mode'],
    [{ receipt: { closingTime: '25:00' } }, 'receipt.closingTime'],
    [{ receipt: { closingTime: '5pm' } }, 'receipt.closingTime'],
    [{ receipt: { zona: 'x' } }, 'receipt.zona'],
    [{ receipt: 'x' }, 'receipt'],
    [{ semaforo: { amarilloFraction: 2 } }, 'semaforo.amarilloFraction'],
    [{ semaforo: { rojo: 1 } }, 'semaforo.rojo'],
    [{ velocidad: 1 }, 'velocidad'],
  ])('rejects %o with INVALID_POLICY naming %s', (overrides, name) => {
    expect(() => resolvePolicies(overrides as never)).toThrow(`«${name}»`);
    expect(codeOf({ type: 'peticion', receivedAt: '2026-11-27' }, { policies: overrides as never })).toBe(
      'INVALID_POLICY',
    );
  });

  it('rejects policies that are not an object', () => {
    expect(() => resolvePolicies('x' as never)).toThrow('«policies»');
  });

  it('reads closing times in minutes', () => {
    expect(closingTimeMinutes('00:00')).toBe(0);
    expect(closingTimeMinutes('17:30')).toBe(1050);
    expect(closingTimeMinutes('24:00')).toBe(1440);
    expect(() => closingTimeMinutes('24:30')).toThrow('closingTime');
  });
});

describe('input validation', () => {
  it.each([
    [{ type: 'tutela', receivedAt: '2026-11-27' }, 'UNKNOWN_REQUEST_TYPE'],
    [{ type: 'peticion', receivedAt: '2026-11-27', regime: 'nacional' }, 'UNKNOWN_REGIME'],
    [{ type: 'peticion', receivedAt: '2026-02-30' }, 'INVALID_DATE'],
    [{ type: 'peticion', receivedAt: '1983-12-30' }, 'YEAR_OUT_OF_RANGE'],
    [{ type: 'peticion', receivedAt: '2026-11-27T10:00:00' }, 'INVALID_INSTANT'],
    [{ type: 'peticion', receivedAt: new Date(Number.NaN) }, 'INVALID_INSTANT'],
    [{ type: 'peticion', receivedAt: 20261127 }, 'INVALID_ARGUMENT'],
  ])('rejects %o with %s', (request, code) => {
    expect(codeOf(request as PqrsdRequest)).toBe(code);
  });

  it('rejects a request that is not an object and a calendar that is not one', () => {
    expect(codeOf(null as never)).toBe('INVALID_ARGUMENT');
    expect(codeOf({ type: 'peticion', receivedAt: '2026-11-27' }, { calendar: {} as never })).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('pins the message of an unknown type', () => {
    expect(() =>
      computeDeadline({ type: 'tutela' as never, receivedAt: '2026-11-27' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[PqrsdError: Tipo de solicitud desconocido: «tutela». Valores válidos: peticion, queja, reclamo, sugerencia, denuncia, peticion_documentos, acceso_informacion, consulta, peticion_autoridad, solicitud_congresista, recurso, felicitacion.]`,
    );
  });
});

describe('entity calendars', () => {
  it('counts on the calendar given in options (closures of the entity)', () => {
    const calendar = createCalendar({ closures: [{ date: '2026-12-01', reason: 'Traslado de sede' }] });
    const d = computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' }, { calendar });
    expect(d.dueDate).toBe('2026-12-22');
    expect(d.trace.find((t) => t.date === '2026-12-01' && t.kind === 'dia')?.day?.reason).toBe(
      'cierre_entidad',
    );
  });
});

describe('trace and explanation', () => {
  // Computed before each test, not while the file loads: load-time code is invisible to per-test
  // coverage (mutation testing would call the whole engine "static").
  let d: DeadlineResult;
  beforeEach(() => {
    d = computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' });
  });

  it('lists the rule with its citation, the receipt, and each calendar day of the term', () => {
    expect(d.trace[0]).toMatchObject({ kind: 'regimen' });
    expect(d.trace.find((t) => t.kind === 'regla')?.citation?.articulo).toBe('art. 14 inc. 1');
    const days = d.trace.filter((t) => t.kind === 'dia');
    expect(days).toHaveLength(24);
    expect(days.filter((t) => t.day?.counted)).toHaveLength(15);
    expect(days.find((t) => t.date === '2026-12-08')?.day).toEqual({
      date: '2026-12-08',
      counted: false,
      reason: 'festivo',
      detail: 'Inmaculada Concepción',
    });
    expect(days.at(-1)?.day).toEqual({ date: '2026-12-21', counted: true, ordinal: 15 });
  });

  it('is computed once and memoized', () => {
    expect(d.trace).toBe(d.trace);
    expect(d.explanation).toBe(d.explanation);
  });

  it('explains in Spanish, line by line', () => {
    const lines = d.explanation.split('\n');
    expect(lines[0]).toBe(
      'Solicitud: petición · régimen CPACA (Ley 1437 de 2011, Título II sustituido por Ley 1755 de 2015)',
    );
    expect(d.explanation).toContain('Recibida el viernes 2026-11-27.');
    expect(d.explanation).toContain('martes 2026-12-08: no se cuenta: festivo (Inmaculada Concepción).');
    expect(d.explanation).toContain('Vence: lunes 2026-12-21, a la medianoche (Ley 4 de 1913 arts. 59-60).');
    expect(d.explanation).toContain('Una prórroga válida no puede pasar del jueves 2027-01-14.');
    expect(d.explanation).toContain('Falta disciplinaria: ');
  });

  it('includes trace and explanation in JSON', () => {
    const json = JSON.parse(JSON.stringify(d));
    expect(json.dueDate).toBe('2026-12-21');
    expect(json.explanation).toBe(d.explanation);
    expect(json.trace).toHaveLength(d.trace.length);
  });

  it('explains events, warnings, fallbacks, the receipt policy and the hour of an instant', () => {
    const e = computeDeadline(
      {
        type: 'sugerencia',
        regime: 'servicios_publicos',
        receivedAt: '2026-11-28T10:15:00-05:00',
        events: [
          { type: 'suspension', from: '2026-12-01', to: '2026-12-01', act: 'Resolución 1' },
          { type: 'prorroga', date: '2027-01-30', businessDays: 2 },
        ],
      },
      { policies: { receipt: { mode: 'siguiente_dia_habil' } } },
    );
    expect(e.fallback).toBe(true);
    expect(e.explanation).toContain('no fija término propio para «sugerencia»');
    expect(e.explanation).toContain('a las 10:15 (hora de Bogotá)');
    expect(e.explanation).toContain('recibida en día no hábil');
    expect(e.explanation).toContain('Suspensión de términos del 2026-12-01 al 2026-12-01 (Resolución 1)');
    expect(e.explanation).toContain('[PRORROGA_EXTEMPORANEA]');
    expect(e.explanation).toContain('Vencimiento inicial:');
    expect(e.trace.filter((t) => t.kind === 'advertencia')).toHaveLength(1);
  });

  it('explains a closing-time shift, the receipt-day policies and an out-of-vigencia warning', () => {
    const c = computeDeadline(
      { type: 'peticion', receivedAt: '2026-11-27T18:00:00-05:00' },
      { policies: { receipt: { mode: 'siguiente_dia_habil', closingTime: '17:00' } } },
    );
    expect(c.explanation).toContain('recibida a la hora de cierre (17:00) o después');
    const h = computeDeadline({ type: 'consulta', regime: 'habeas_data', receivedAt: '2026-11-27' });
    expect(h.explanation).toContain('el día de recibo (2026-11-27) cuenta como día 1');
    const s = computeDeadline({ type: 'reclamo', regime: 'servicios_publicos', receivedAt: '2026-11-27' });
    expect(s.explanation).toContain('se cuenta desde el día hábil siguiente al recibo');
    const v = computeDeadline({ type: 'peticion', regime: 'emergencia_2020', receivedAt: '2026-11-27' });
    expect(v.trace.find((t) => t.kind === 'advertencia')?.message).toContain('FUERA_DE_VIGENCIA');
    expect(v.trace[0]?.citation?.norma).toBe('Decreto Legislativo 491 de 2020');
    const f = computeDeadline({ type: 'felicitacion', receivedAt: '2026-11-27' });
    expect(f.explanation).toContain('Sin término legal');
    expect(f.trace.some((t) => t.kind === 'dia')).toBe(false);
  });

  it('marks the suspended days of a requirement in the trace and renumbers the counted ones', () => {
    const r = computeDeadline({
      type: 'peticion',
      receivedAt: '2026-11-27',
      events: [
        { type: 'requerimiento', date: '2026-12-01' },
        { type: 'respuesta_requerimiento', date: '2026-12-10' },
      ],
    });
    const days = r.trace.filter((t) => t.kind === 'dia');
    expect(days.find((t) => t.date === '2026-12-11')?.day?.ordinal).toBe(3);
    expect(days.find((t) => t.date === '2026-12-07')?.day?.reason).toBe('suspension');
    expect(r.trace.filter((t) => t.kind === 'evento')).toHaveLength(2);
  });
});

describe('Ley 142 de 1994 art. 154 helpers', () => {
  it('gives 5 business days to file a recurso after the decision is known (R-SPD-RECURSO)', () => {
    expect(recursoFilingDeadline('2026-12-04')).toBe('2026-12-14');
    const calendar = createCalendar({ closures: [{ date: '2026-12-09', reason: 'Cierre' }] });
    expect(recursoFilingDeadline('2026-12-04', { calendar })).toBe('2026-12-15');
  });

  it('admits claims against bills up to 5 calendar months old (R-SPD-FACTURA-5M)', () => {
    expect(isBillClaimAdmissible('2026-03-10', '2026-08-10')).toBe(true);
    expect(isBillClaimAdmissible('2026-03-10', '2026-08-11')).toBe(false);
    expect(isBillClaimAdmissible('2026-01-31', '2026-06-30')).toBe(true);
    expect(isBillClaimAdmissible('2026-01-31', '2026-07-01')).toBe(false);
    expect(isBillClaimAdmissible('2026-01-15', '2026-01-15')).toBe(true);
  });

  it('extends the 5 months to the next business day when the last day is not one (Ley 4 de 1913 art. 62)', () => {
    // 2026-02-08 + 5 months = 2026-07-08 (Wednesday); 2026-02-13 + 5 = 2026-07-13 (holiday, Ley 2578) → 14.
    expect(isBillClaimAdmissible('2026-02-13', '2026-07-14')).toBe(true);
    expect(isBillClaimAdmissible('2026-02-13', '2026-07-15')).toBe(false);
  });

  it('rejects a claim dated before the bill', () => {
    expect(() => isBillClaimAdmissible('2026-02-13', '2026-02-12')).toThrowErrorMatchingInlineSnapshot(
      `[PqrsdError: La reclamación («2026-02-12») no puede ser anterior a la factura («2026-02-13»).]`,
    );
  });
});
