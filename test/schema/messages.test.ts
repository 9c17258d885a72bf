import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { RECORD_ISSUE_CODES, spanishErrorMap } from '../../src/schema/index.js';
import { issueCode } from '../../src/schema/messages.js';

/** Parses with the Spanish map and returns [code, message] of each issue. */
function described(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { error: spanishErrorMap, reportInput: true });
  return r.success ? [] : r.error.issues.map((i) => [issueCode(i), i.message]);
}

describe('spanishErrorMap and issueCode', () => {
  it('describe each kind of received value', () => {
    const s = z.string();
    expect(described(s, null)).toEqual([['tipo_invalido', 'Se esperaba un texto; se recibió null.']]);
    expect(described(s, [1])).toEqual([['tipo_invalido', 'Se esperaba un texto; se recibió una lista.']]);
    expect(described(s, {})).toEqual([['tipo_invalido', 'Se esperaba un texto; se recibió un objeto.']]);
    expect(described(s, false)).toEqual([
      ['tipo_invalido', 'Se esperaba un texto; se recibió el valor false.'],
    ]);
    expect(described(s, 10n)).toEqual([
      ['tipo_invalido', 'Se esperaba un texto; se recibió un valor de tipo bigint.'],
    ]);
    expect(described(z.bigint(), 'x')).toEqual([
      ['tipo_invalido', 'Se esperaba bigint; se recibió el texto «x».'],
    ]);
  });

  it('cut long bad values at 40 characters', () => {
    expect(described(z.enum(['a']), 'b'.repeat(100))).toEqual([
      ['valor_no_permitido', `«${'b'.repeat(40)}…» no es un valor permitido; valores permitidos: a.`],
    ]);
  });

  it('word sizes and ranges of texts, lists and numbers', () => {
    expect(described(z.string().min(3), 'ab')).toEqual([
      ['vacio', 'Texto demasiado corto; el mínimo es 3 caracteres.'],
    ]);
    expect(described(z.array(z.number()).max(1), [1, 2])).toEqual([
      ['demasiados_elementos', 'Lista de 2 elementos; el máximo es 1.'],
    ]);
    expect(described(z.number().max(5), 6)).toEqual([
      ['fuera_de_rango', '«6» supera el máximo permitido, 5.'],
    ]);
    expect(described(z.number().min(1), 0)).toEqual([
      ['fuera_de_rango', '«0» es menor que el mínimo permitido, 1.'],
    ]);
  });

  it('fall back to generic words for formats and kinds the record does not use', () => {
    expect(described(z.string().regex(/^x$/), 'y')).toEqual([
      ['formato_invalido', '«y» no es válido: se espera otro formato.'],
    ]);
    expect(described(z.number().multipleOf(2), 3)).toEqual([['formato_invalido', '«3» no es válido.']]);
    expect(described(z.union([z.string(), z.number()]), true)).toEqual([
      ['tipo_invalido', 'El valor true no tiene ninguna de las formas admitidas.'],
    ]);
  });

  it('word unknown keys when the schema is used directly', () => {
    expect(described(z.strictObject({}), { a: 1, b: 2 })).toEqual([
      ['clave_desconocida', 'Claves desconocidas: «a», «b».'],
    ]);
  });

  it('read the code of a custom issue only when it is a known code', () => {
    const known = z
      .string()
      .superRefine((_v, ctx) =>
        ctx.addIssue({ code: 'custom', message: 'm', params: { code: 'duplicado' } }),
      );
    const unknown = z
      .string()
      .superRefine((_v, ctx) => ctx.addIssue({ code: 'custom', message: 'm', params: { code: 'otro' } }));
    expect(described(known, 'x')).toEqual([['duplicado', 'm']]);
    expect(described(unknown, 'x')).toEqual([['formato_invalido', 'm']]);
  });

  it('has unique codes', () => {
    expect(new Set(RECORD_ISSUE_CODES).size).toBe(RECORD_ISSUE_CODES.length);
  });
});
