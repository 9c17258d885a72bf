import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parsePqrsdRecord, toPqrsdJsonSchema } from '../../src/schema/index.js';
import { badRecords, goodRecords } from './fixtures.js';

const committed = readFileSync(new URL('../../schema.json', import.meta.url), 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;
// strict, except strictRequired (off by default in ajv): `anyOf: [{ required: [...] }]` names properties
// declared by the parent schema, which strictRequired does not look at.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

describe('schema.json', () => {
  it('is what the generator writes from the zod source (pretty, with a trailing newline)', () => {
    expect(committed).toBe(`${JSON.stringify(toPqrsdJsonSchema(), null, 2)}\n`);
  });

  it('is a draft 2020-12 schema titled in Spanish', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Registro PQRSD');
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes every property in Spanish', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) walk(n, `${path}/${i}`);
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const object = node as Record<string, unknown>;
      const properties = object.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, value] of Object.entries(properties ?? {})) {
        if (typeof value.description !== 'string') missing.push(`${path}/properties/${key}`);
      }
      for (const [key, value] of Object.entries(object)) walk(value, `${path}/${key}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});

describe('an independent validator (ajv, draft 2020-12) agrees with parsePqrsdRecord', () => {
  it.each(goodRecords)('both accept %s', (_name, input) => {
    expect(parsePqrsdRecord(input).ok).toBe(true);
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  });

  const expressible = badRecords.filter((b) => b.jsonSchema);
  it.each(expressible)('both reject $name', ({ input }) => {
    expect(parsePqrsdRecord(input).ok).toBe(false);
    expect(validate(input)).toBe(false);
  });

  // Rules JSON Schema cannot express: only parsePqrsdRecord enforces them (documented in docs/esquema.md).
  const beyond = badRecords.filter((b) => !b.jsonSchema);
  it('differs only on the rules JSON Schema cannot express', () => {
    expect(beyond.map((b) => b.name)).toEqual([
      'fecha de radicación inexistente (30 de febrero)',
      'fecha de radicación fuera de los años del calendario',
      'NIT con dígito de verificación errado',
      'suspensión que termina antes de empezar',
      'evento anterior a la radicación',
      'respuesta sin su evento',
    ]);
  });
  it.each(beyond)('only parsePqrsdRecord rejects $name', ({ input }) => {
    expect(parsePqrsdRecord(input).ok).toBe(false);
    expect(validate(input)).toBe(true);
  });
});
