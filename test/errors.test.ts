import { describe, expect, it } from 'vitest';
import { attempt, isPqrsdError, PQRSD_ERROR_CODES, PqrsdError } from '../src/errors.js';

describe('PqrsdError', () => {
  it('carries a stable code, a Spanish message and frozen details', () => {
    const e = new PqrsdError('INVALID_DATE', '«x» no es una fecha válida', { value: 'x' });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PqrsdError');
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe('«x» no es una fecha válida');
    expect(e.details).toEqual({ value: 'x' });
    expect(Object.isFrozen(e.details)).toBe(true);
  });

  it('isPqrsdError narrows by code and rejects look-alikes', () => {
    const e = new PqrsdError('NO_RULE', 'sin regla');
    expect(isPqrsdError(e)).toBe(true);
    expect(isPqrsdError(e, 'NO_RULE')).toBe(true);
    expect(isPqrsdError(e, 'INVALID_DATE')).toBe(false);
    const fake = Object.assign(new Error('x'), { name: 'PqrsdError', code: 'NOPE' });
    expect(isPqrsdError(fake)).toBe(false);
    expect(isPqrsdError('PqrsdError')).toBe(false);
  });

  it('attempt captures library errors and rethrows bugs', () => {
    expect(attempt(() => 1)).toEqual({ ok: true, value: 1 });
    const r = attempt(() => {
      throw new PqrsdError('INVALID_ARGUMENT', 'mal');
    });
    expect(r.ok).toBe(false);
    expect(() =>
      attempt(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });

  it('lists every code once', () => {
    expect(new Set(PQRSD_ERROR_CODES).size).toBe(PQRSD_ERROR_CODES.length);
  });
});
