/**
 * The matchers, registered the way a user registers them (`import 'pqrsd/testing/vitest'`), passing and
 * failing, with the failure messages pinned: they must print the legal explanation trace.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/testing/vitest.js';
import { createCalendar } from '../../src/calendar/index.js';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import type { PqrsdRequest } from '../../src/domain.js';
import { isPqrsdError } from '../../src/errors.js';
import { type MatcherContext, pqrsdMatchers } from '../../src/testing/index.js';

const nov27: PqrsdRequest = { type: 'peticion', receivedAt: '2026-11-27' };
const ctx: MatcherContext = { isNot: false };

/** The failure message of an assertion that must fail. */
function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('la aserción no falló');
}

describe('toBeDueOn', () => {
  it('passes on a request-like object, a DeadlineResult and a RequestStatus', () => {
    expect(nov27).toBeDueOn('2026-12-21');
    expect(computeDeadline(nov27)).toBeDueOn('2026-12-21');
    expect(requestStatus(nov27, '2026-12-01')).toBeDueOn('2026-12-21');
    expect({ type: 'felicitacion', receivedAt: '2026-11-27' }).toBeDueOn(null);
    expect(nov27).not.toBeDueOn('2026-12-18');
  });

  it('computes a request with the options it is given', () => {
    const spd = { type: 'reclamo', receivedAt: '2026-11-27', regime: 'servicios_publicos' } as const;
    expect(spd).toBeDueOn('2026-12-18', { policies: { spdFilingDayCounts: true } });
    const calendar = createCalendar({ closures: [{ date: '2026-12-14', reason: 'Inventario' }] });
    expect(nov27).toBeDueOn('2026-12-22', { calendar });
  });

  it('prints the legal explanation when it fails', () => {
    expect(failureOf(() => expect(nov27).toBeDueOn('2026-12-18'))).toMatchInlineSnapshot(`
      "se esperaba que venciera el 2026-12-18, pero vence el 2026-12-21

      Explicación legal:
        Solicitud: petición · régimen CPACA (Ley 1437 de 2011, Título II sustituido por Ley 1755 de 2015)
        Regla R-PET-GEN: Petición general (quejas, reclamos, sugerencias, denuncias): 15 días hábiles (Ley 1437 de 2011 (Título II sustituido por Ley 1755 de 2015), art. 14 inc. 1) [CONFIRMED]
        Recibida el viernes 2026-11-27.
        Política prorrogaCeiling = total: el término total con prórroga no puede superar el doble del inicial.
        Se cuentan 15 días hábiles desde el día siguiente al 2026-11-27; se omiten 8 días de fin de semana y:
          - martes 2026-12-08: no se cuenta: festivo (Inmaculada Concepción).
        Vence: lunes 2026-12-21, a la medianoche (Ley 4 de 1913 arts. 59-60).
        Una prórroga válida no puede pasar del jueves 2027-01-14.
        Si no se responde a tiempo:
          - Falta disciplinaria: La falta de atención a las peticiones y a los términos para resolver constituye falta disciplinaria del servidor público. (Ley 1437 de 2011 (Título II sustituido por Ley 1755 de 2015), art. 31)
          - Silencio administrativo negativo: Transcurridos tres (3) meses desde la presentación sin decisión notificada, se entiende negada; no exime a la autoridad del deber de decidir. (Ley 1437 de 2011 (CPACA), art. 83)"
    `);
  });

  it('says what was expected not to happen with .not', () => {
    const message = failureOf(() => expect(nov27).not.toBeDueOn('2026-12-21'));
    expect(message.split('\n')[0]).toBe('se esperaba que NO venciera el 2026-12-21, y vence el 2026-12-21');
    expect(message).toContain('Explicación legal:');
  });

  it('fails with a reason on values it cannot read', () => {
    expect(failureOf(() => expect(42).toBeDueOn('2026-12-21'))).toBe(
      'toBeDueOn: se esperaba un DeadlineResult, un RequestStatus o una solicitud { type, receivedAt }; se recibió 42',
    );
    expect(
      failureOf(() => expect({ type: 'tutela', receivedAt: '2026-11-27' }).toBeDueOn('2026-12-21')),
    ).toContain('UNKNOWN_REQUEST_TYPE: Tipo de solicitud desconocido: «tutela»');
    expect(failureOf(() => expect(nov27).toBeDueOn('2026-02-30'))).toContain(
      'toBeDueOn: la fecha esperada no es válida: se esperaba una fecha AAAA-MM-DD; INVALID_DATE',
    );
  });
});

describe('toBeBusinessDay and toBeHoliday', () => {
  it('passes on business days and holidays', () => {
    expect('2026-12-09').toBeBusinessDay();
    expect('2026-12-08').not.toBeBusinessDay();
    expect('2026-12-08').toBeHoliday();
    expect('2026-12-08').toBeHoliday('inmaculada');
    expect('2026-07-13').toBeHoliday('Chiquinquirá');
    expect('2026-07-13').toBeHoliday('CHIQUINQUIRA');
    expect('2025-07-14').not.toBeHoliday();
    expect('2025-06-30').toBeHoliday('San Pedro');
    expect('2025-06-30').toBeHoliday('Sagrado');
    expect('2026-12-08').not.toBeHoliday('Navidad');
  });

  it('uses an entity calendar', () => {
    const calendar = createCalendar({ closures: [{ date: '2026-12-24', reason: 'Cierre de fin de año' }] });
    expect('2026-12-24').not.toBeBusinessDay(calendar);
    expect('2026-12-24').toBeBusinessDay();
  });

  it('says why a day is not a business day', () => {
    expect(failureOf(() => expect('2026-12-08').toBeBusinessDay())).toMatchInlineSnapshot(`
      "se esperaba que 2026-12-08 fuera día hábil

        martes 2026-12-08: día no hábil; festivo (Inmaculada Concepción, Ley 51 de 1983)"
    `);
    const calendar = createCalendar({
      closures: [{ date: '2026-12-24', reason: 'Cierre de fin de año' }],
      suspensions: [{ from: '2026-12-24', to: '2026-12-24', act: 'Resolución 9' }],
    });
    expect(failureOf(() => expect('2026-12-24').toBeBusinessDay(calendar))).toContain(
      'cierre de la entidad (Cierre de fin de año); suspensión de términos (Resolución 9)',
    );
    expect(failureOf(() => expect('2026-12-09').not.toBeBusinessDay())).toContain(
      'se esperaba que 2026-12-09 NO fuera día hábil',
    );
  });

  it('says which holiday a day is, or that it is none', () => {
    expect(failureOf(() => expect('2026-01-12').toBeHoliday('Navidad'))).toMatchInlineSnapshot(`
      "se esperaba que 2026-01-12 fuera el festivo «Navidad»

        2026-01-12 es festivo: Día de los Reyes Magos (Ley 51 de 1983, trasladado desde el 2026-01-06)
        lunes 2026-01-12: día no hábil; festivo (Día de los Reyes Magos, Ley 51 de 1983)"
    `);
    expect(failureOf(() => expect('2026-01-06').toBeHoliday())).toMatchInlineSnapshot(`
      "se esperaba que 2026-01-06 fuera festivo

        2026-01-06 no es festivo nacional
        martes 2026-01-06: día hábil"
    `);
    expect(failureOf(() => expect('2026-12-25').not.toBeHoliday())).toContain(
      'se esperaba que 2026-12-25 NO fuera festivo',
    );
  });

  it('fails with a reason on a value that is not a date', () => {
    expect(failureOf(() => expect('2026-13-01').toBeBusinessDay())).toContain(
      'toBeBusinessDay: se esperaba una fecha',
    );
    expect(failureOf(() => expect(20261208).toBeHoliday())).toContain('toBeHoliday: se esperaba una fecha');
  });
});

describe('toHaveState and toHaveSemaforo', () => {
  it('passes on a RequestStatus or on a request with a cut-off date', () => {
    expect(requestStatus(nov27, '2026-12-22')).toHaveState('vencida');
    expect(nov27).toHaveState('por_vencer', '2026-12-14');
    expect(nov27).toHaveSemaforo('amarillo', '2026-12-14');
    expect(nov27).toHaveSemaforo('verde', '2026-12-11');
    expect(requestStatus(nov27, '2026-12-21')).toHaveSemaforo('rojo');
    expect({ ...nov27, events: [{ type: 'respuesta', date: '2026-12-10' }] }).toHaveSemaforo(
      null,
      '2026-12-11',
    );
    expect(nov27).toHaveSemaforo('amarillo', '2026-12-11', {
      policies: { semaforo: { amarilloFraction: 0.5 } },
    });
    expect(nov27).not.toHaveState('vencida', '2026-12-21');
  });

  it('prints the state and the explanation when it fails', () => {
    expect(failureOf(() => expect(nov27).toHaveState('en_termino', '2026-12-22'))).toMatchInlineSnapshot(`
      "se esperaba el estado «en_termino» al 2026-12-22, pero es «vencida»

      Explicación legal:
        Estado al 2026-12-22: vencida (semáforo rojo, 1 día hábil de retraso)
        Solicitud: petición · régimen CPACA (Ley 1437 de 2011, Título II sustituido por Ley 1755 de 2015)
        Regla R-PET-GEN: Petición general (quejas, reclamos, sugerencias, denuncias): 15 días hábiles (Ley 1437 de 2011 (Título II sustituido por Ley 1755 de 2015), art. 14 inc. 1) [CONFIRMED]
        Recibida el viernes 2026-11-27.
        Política prorrogaCeiling = total: el término total con prórroga no puede superar el doble del inicial.
        Se cuentan 15 días hábiles desde el día siguiente al 2026-11-27; se omiten 8 días de fin de semana y:
          - martes 2026-12-08: no se cuenta: festivo (Inmaculada Concepción).
        Vence: lunes 2026-12-21, a la medianoche (Ley 4 de 1913 arts. 59-60).
        Una prórroga válida no puede pasar del jueves 2027-01-14.
        Si no se responde a tiempo:
          - Falta disciplinaria: La falta de atención a las peticiones y a los términos para resolver constituye falta disciplinaria del servidor público. (Ley 1437 de 2011 (Título II sustituido por Ley 1755 de 2015), art. 31)
          - Silencio administrativo negativo: Transcurridos tres (3) meses desde la presentación sin decisión notificada, se entiende negada; no exime a la autoridad del deber de decidir. (Ley 1437 de 2011 (CPACA), art. 83)"
    `);
    expect(failureOf(() => expect(nov27).toHaveSemaforo('verde', '2026-12-21')).split('\n')[0]).toBe(
      'se esperaba semáforo verde al 2026-12-21, pero es semáforo rojo',
    );
    expect(failureOf(() => expect(nov27).not.toHaveState('vencida', '2026-12-22')).split('\n')[0]).toBe(
      'se esperaba un estado distinto de «vencida» al 2026-12-22',
    );
    expect(failureOf(() => expect(nov27).not.toHaveSemaforo('rojo', '2026-12-22')).split('\n')[0]).toBe(
      'se esperaba un semáforo distinto de «semáforo rojo» al 2026-12-22',
    );
    expect(
      failureOf(() =>
        expect({ ...nov27, events: [{ type: 'respuesta', date: '2026-12-10' }] }).toHaveSemaforo(
          'verde',
          '2026-12-11',
        ),
      ),
    ).toContain('pero es sin semáforo');
  });

  it('needs a cut-off date for a request, and reports the engine’s errors', () => {
    expect(failureOf(() => expect(nov27).toHaveState('vencida'))).toBe(
      "toHaveState: para una solicitud hace falta la fecha de corte: expect(solicitud).toHaveState(estado, '2026-12-01')",
    );
    expect(failureOf(() => expect(nov27).toHaveSemaforo('rojo', '2026-11-01'))).toContain(
      'INVALID_ARGUMENT: La fecha de corte «2026-11-01» es anterior a la recepción',
    );
    expect(failureOf(() => expect('2026-12-21').toHaveState('vencida', '2026-12-22'))).toContain(
      'se esperaba un RequestStatus o una solicitud',
    );
  });
});

describe('pqrsdMatchers, framework-agnostic', () => {
  it('returns { pass, message, actual, expected } for any runner', () => {
    const r = pqrsdMatchers.toBeDueOn.call(ctx, nov27, '2026-12-18');
    expect(r).toMatchObject({ pass: false, actual: '2026-12-21', expected: '2026-12-18' });
    expect(r.message()).toContain('pero vence el 2026-12-21');
    expect(pqrsdMatchers.toBeHoliday.call({}, '2026-12-08').pass).toBe(true);
  });

  it('lets bugs through: only a PqrsdError becomes a failure message', () => {
    const broken = {
      type: 'peticion',
      get receivedAt(): string {
        throw new TypeError('fallo del llamador');
      },
    };
    expect(() => pqrsdMatchers.toBeDueOn.call(ctx, broken, '2026-12-21')).toThrow(TypeError);
  });
});

describe('pqrsd/testing/jest', () => {
  const g = globalThis as { expect?: unknown };
  afterEach(() => {
    delete g.expect;
    vi.resetModules();
  });

  it('registers the matchers on the global expect of jest', async () => {
    const extend = vi.fn();
    g.expect = { extend };
    const mod = await import('../../src/testing/jest.js');
    expect(extend).toHaveBeenCalledWith(pqrsdMatchers);
    expect(mod.pqrsdMatchers).toBe(pqrsdMatchers);
  });

  it('says so when there is no global expect', async () => {
    vi.resetModules();
    try {
      await import('../../src/testing/jest.js');
      expect.unreachable();
    } catch (error) {
      expect(isPqrsdError(error, 'INVALID_ARGUMENT')).toBe(true);
      expect((error as Error).message).toContain('necesita el «expect» global de jest');
    }
  });
});
