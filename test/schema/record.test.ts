import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, OUTCOMES } from '../../src/domain.js';
import { isPqrsdError } from '../../src/errors.js';
import {
  assertPqrsdRecord,
  CivilDateSchema,
  ConsentSchema,
  ContactSchema,
  IdentityDocumentSchema,
  LifecycleEventSchema,
  PERSON_KINDS,
  PetitionerSchema,
  PqrsdRecordSchema,
  parsePqrsdRecord,
  RECORD_ISSUE_CODES,
  ReceivedAtSchema,
  ResponseSchema,
  SatisfactionSchema,
  spanishErrorMap,
} from '../../src/schema/index.js';
import {
  badRecords,
  fullRecord,
  goodRecords,
  legalPersonRecord,
  minimalRecord,
  withChange,
} from './fixtures.js';

function issuesOf(input: unknown) {
  const r = parsePqrsdRecord(input);
  if (r.ok) throw new Error('se esperaba un registro inválido');
  return r.issues;
}

describe('parsePqrsdRecord: good records', () => {
  it.each(goodRecords)('accepts %s', (_name, input) => {
    const r = parsePqrsdRecord(input);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('returns a fresh copy equal to the input, sharing no object with it', () => {
    const r = parsePqrsdRecord(fullRecord);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(fullRecord);
    expect(r.value).not.toBe(fullRecord);
    expect(r.value.petitioner).not.toBe(fullRecord.petitioner);
    expect(r.value.events).not.toBe(fullRecord.events);
  });

  it('keeps receivedAt as given: the engine reads an instant in America/Bogota', () => {
    const r = parsePqrsdRecord(legalPersonRecord);
    expect(r.ok && r.value.receivedAt).toBe('2026-11-28T04:30:00Z');
  });

  it('accepts an anonymous queja with no contact at all (Ley 962 de 2005 art. 81)', () => {
    expect(parsePqrsdRecord(minimalRecord).ok).toBe(true);
  });

  it('accepts an identified natural person without a document (CPACA art. 16 par. 1)', () => {
    const input = withChange((r) => delete r.petitioner.document);
    expect(parsePqrsdRecord(input).ok).toBe(true);
  });

  it('accepts a consent that was refused, with its date', () => {
    const input = withChange((r) => (r.consent = { accepted: false, date: '2026-11-27' }));
    expect(parsePqrsdRecord(input).ok).toBe(true);
  });

  it('accepts every outcome in a response and in its event', () => {
    for (const outcome of OUTCOMES) {
      const input = withChange((r) => {
        r.response.outcome = outcome;
        r.events[6].outcome = outcome;
      });
      expect(parsePqrsdRecord(input).ok, outcome).toBe(true);
    }
  });

  it('accepts events dated the same civil day as an instant of receipt late at night in Bogotá', () => {
    // 2026-11-28T04:30Z is 2026-11-27 23:30 in Bogotá: an event on 2026-11-27 is not before receipt.
    const input = withChange(
      (r) => (r.events = [{ type: 'traslado', date: '2026-11-27', to: 'Superservicios' }]),
      legalPersonRecord,
    );
    expect(parsePqrsdRecord(input).ok).toBe(true);
  });

  it('accepts a suspension that started before the receipt (only its order is checked)', () => {
    const input = withChange(
      (r) => (r.events[5] = { type: 'suspension', from: '2026-11-01', to: '2026-11-30', act: 'Res. 9' }),
    );
    expect(parsePqrsdRecord(input).ok).toBe(true);
  });
});

describe('parsePqrsdRecord: bad records', () => {
  it.each(badRecords)('rejects $name with $codes', ({ input, codes }) => {
    const issues = issuesOf(input);
    expect(issues.map((i) => i.code)).toEqual(codes);
    for (const issue of issues) {
      expect(RECORD_ISSUE_CODES).toContain(issue.code);
      expect(issue.message.length).toBeGreaterThan(10);
    }
  });

  it('lists every problem of an empty object, one per required field', () => {
    expect(issuesOf({})).toMatchInlineSnapshot(`
      [
        {
          "code": "requerido",
          "message": "Falta el campo obligatorio «radicado».",
          "path": "radicado",
        },
        {
          "code": "requerido",
          "message": "Falta el campo obligatorio «type».",
          "path": "type",
        },
        {
          "code": "requerido",
          "message": "Falta el campo obligatorio «receivedAt».",
          "path": "receivedAt",
        },
        {
          "code": "requerido",
          "message": "Falta el campo obligatorio «channel».",
          "path": "channel",
        },
        {
          "code": "requerido",
          "message": "Falta el campo obligatorio «subject».",
          "path": "subject",
        },
        {
          "code": "requerido",
          "message": "Falta el campo obligatorio «petitioner».",
          "path": "petitioner",
        },
      ]
    `);
  });

  it('names the field and quotes the bad value in each message', () => {
    const input = withChange((r) => {
      r.type = 'tutela';
      r.receivedAt = '27/11/2026';
      r.petitioner.document.number = '10.203.040';
      r.petitioner.contact.email = 'ana arroba example.com';
      r.events[2].date = '2026-12-32';
      r.satisfaction.score = '5';
      r.extra = true;
    });
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        {
          "code": "valor_no_permitido",
          "message": "«tutela» no es un valor permitido; valores permitidos: peticion, queja, reclamo, sugerencia, denuncia, peticion_documentos, acceso_informacion, consulta, peticion_autoridad, solicitud_congresista, recurso, felicitacion.",
          "path": "type",
        },
        {
          "code": "fecha_invalida",
          "message": "«27/11/2026» no es válido: se espera una fecha AAAA-MM-DD o una fecha y hora ISO 8601 con zona (por ejemplo 2026-11-27T18:30:00-05:00).",
          "path": "receivedAt",
        },
        {
          "code": "documento_invalido",
          "message": "«10.203.040» no es válido: se espera un número de cédula de ciudadanía (CC): de 3 a 10 dígitos, sin cero inicial, sin puntos ni espacios.",
          "path": "petitioner.document.number",
        },
        {
          "code": "correo_invalido",
          "message": "«ana arroba example.com» no es válido: se espera un correo electrónico como nombre@dominio.gov.co.",
          "path": "petitioner.contact.email",
        },
        {
          "code": "fecha_invalida",
          "message": "«2026-12-32» no es una fecha válida (se espera AAAA-MM-DD).",
          "path": "events[2].date",
        },
        {
          "code": "tipo_invalido",
          "message": "Se esperaba un número; se recibió el texto «5».",
          "path": "satisfaction.score",
        },
        {
          "code": "clave_desconocida",
          "message": "La clave «extra» no hace parte del esquema del registro PQRSD.",
          "path": "extra",
        },
      ]
    `);
  });

  it('reports an unknown NIT verification digit with its own code (890903938-7)', () => {
    const input = withChange((r) => (r.petitioner.document = { type: 'NIT', number: '890903938-7' }));
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        {
          "code": "nit_digito_verificacion",
          "message": "El NIT «890903938-7» no tiene el dígito de verificación correcto (módulo 11 de la DIAN).",
          "path": "petitioner.document.number",
        },
      ]
    `);
  });

  it('reports a missing discriminator as required', () => {
    const input = withChange((r) => delete r.petitioner.kind);
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        {
          "code": "requerido",
          "message": "Falta el campo obligatorio «kind».",
          "path": "petitioner.kind",
        },
      ]
    `);
  });

  it('reports cross-field rules once the fields themselves are valid', () => {
    const input = withChange((r) => {
      r.events[1].date = '2026-11-01';
      r.response.date = '2026-11-02';
      r.satisfaction.date = '2026-11-03';
    });
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        {
          "code": "fecha_anterior_a_radicacion",
          "message": "El evento requerimiento (2026-11-01) es anterior a la radicación (2026-11-27).",
          "path": "events[1].date",
        },
        {
          "code": "fecha_anterior_a_radicacion",
          "message": "La respuesta (2026-11-02) es anterior a la radicación (2026-11-27).",
          "path": "response.date",
        },
        {
          "code": "respuesta_sin_evento",
          "message": "La respuesta del 2026-11-02 no figura en events: agregue { type: 'respuesta', date: '2026-11-02' } para que el motor de términos la tenga en cuenta.",
          "path": "response.date",
        },
        {
          "code": "fecha_anterior_a_radicacion",
          "message": "La encuesta (2026-11-03) es anterior a la radicación (2026-11-27).",
          "path": "satisfaction.date",
        },
      ]
    `);
  });

  it('reports each document type that breaks its rule', () => {
    const cases = [
      ['CC', '012345'],
      ['CE', '12345678'],
      ['TI', '123456789'],
      ['RC', '1234-567'],
      ['PA', 'AB1'],
      ['PEP', '12345'],
      ['PPT', '12345678901'],
      ['NUIP', '123456789'],
      ['NIT', '89A903938-8'],
    ] as const;
    for (const [type, number] of cases) {
      const input = withChange((r) => (r.petitioner.document = { type, number }));
      const issues = issuesOf(input);
      expect(
        issues.map((i) => [i.path, i.code]),
        type,
      ).toEqual([['petitioner.document.number', 'documento_invalido']]);
      expect(issues[0]?.message, type).toContain(`(${type})`);
    }
  });

  it('reports a text of the wrong type with the received value', () => {
    expect(issuesOf(withChange((r) => (r.subject = 42)))).toMatchInlineSnapshot(`
      [
        {
          "code": "tipo_invalido",
          "message": "Se esperaba un texto; se recibió el número 42.",
          "path": "subject",
        },
      ]
    `);
  });
});

describe('assertPqrsdRecord', () => {
  it('returns the record when it is valid', () => {
    expect(assertPqrsdRecord(minimalRecord)).toEqual(minimalRecord);
  });

  it('throws PqrsdError INVALID_RECORD with every issue in details', () => {
    let caught: unknown;
    try {
      assertPqrsdRecord(withChange((r) => (r.petitioner.contact.municipality = 'x')));
    } catch (error) {
      caught = error;
    }
    expect(isPqrsdError(caught, 'INVALID_RECORD')).toBe(true);
    expect((caught as Error).message).toMatchInlineSnapshot(
      `"El registro PQRSD no es válido (1 problema). petitioner.contact.municipality: «x» no es válido: se espera un código DIVIPOLA de 5 dígitos (2 del departamento y 3 del municipio)."`,
    );
    expect((caught as { details: unknown }).details).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "divipola_invalido",
            "message": "«x» no es válido: se espera un código DIVIPOLA de 5 dígitos (2 del departamento y 3 del municipio).",
            "path": "petitioner.contact.municipality",
          },
        ],
      }
    `);
  });

  it('counts problems in the plural', () => {
    expect(() => assertPqrsdRecord({ radicado: 'R-1' })).toThrow(/5 problemas\)\. type: Falta el campo/);
  });

  it('honours the strip option', () => {
    expect(assertPqrsdRecord({ ...minimalRecord, otro: 1 }, { unknownKeys: 'strip' })).toEqual(minimalRecord);
  });
});

describe('parse options', () => {
  it('rejects unknown keys by default, one issue per key with its path', () => {
    const input = withChange((r) => {
      r.foo = 1;
      r.petitioner.contact.fax = '123';
      r.events[0]['fecha nueva'] = '2027-01-01';
    });
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        {
          "code": "clave_desconocida",
          "message": "La clave «fax» no hace parte del esquema del registro PQRSD.",
          "path": "petitioner.contact.fax",
        },
        {
          "code": "clave_desconocida",
          "message": "La clave «fecha nueva» no hace parte del esquema del registro PQRSD.",
          "path": "events[0]["fecha nueva"]",
        },
        {
          "code": "clave_desconocida",
          "message": "La clave «foo» no hace parte del esquema del registro PQRSD.",
          "path": "foo",
        },
      ]
    `);
  });

  it('strips unknown keys with unknownKeys: strip, at every level', () => {
    const input = withChange((r) => {
      r.foo = 1;
      r.petitioner.contact.fax = '123';
      r.events[0].extra = true;
    });
    const r = parsePqrsdRecord(input, { unknownKeys: 'strip' });
    expect(r.ok && r.value).toEqual(fullRecord);
  });

  it('still validates everything else in strip mode', () => {
    const input = withChange((r) => {
      r.foo = 1;
      r.type = 'x';
    });
    const r = parsePqrsdRecord(input, { unknownKeys: 'strip' });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['valor_no_permitido']);
  });

  it('reports an invalid option value instead of throwing', () => {
    const r = parsePqrsdRecord(minimalRecord, { unknownKeys: 'keep' as 'strip' });
    expect(r).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "opcion_invalida",
            "message": "La opción unknownKeys «keep» no es válida: use 'reject' o 'strip'.",
            "path": "",
          },
        ],
        "ok": false,
      }
    `);
  });
});

describe('the zod schemas', () => {
  it('give Spanish messages through the per-call error map, without touching zod globals', () => {
    const r = PqrsdRecordSchema.safeParse({}, { error: spanishErrorMap });
    expect(r.error?.issues[0]?.message).toBe('Falta el campo obligatorio «radicado».');
    // without the map, zod keeps its own (English) default: the host app's configuration is untouched
    expect(PqrsdRecordSchema.safeParse({}).error?.issues[0]?.message).not.toMatch(/Falta/);
  });

  it('export each part of the record', () => {
    expect(PetitionerSchema.safeParse({ kind: 'anonima' }).success).toBe(true);
    expect(IdentityDocumentSchema.safeParse({ type: 'NIT', number: '890.903.938-8' }).success).toBe(true);
    expect(IdentityDocumentSchema.safeParse({ type: 'NIT', number: '890903938-7' }).success).toBe(false);
    expect(ContactSchema.safeParse({ address: 'Calle 26 # 13-19', municipality: '11001' }).success).toBe(
      true,
    );
    expect(ContactSchema.safeParse({ address: 'Calle 26 # 13-19' }).success).toBe(false);
    expect(
      LifecycleEventSchema.safeParse({ type: 'prorroga', date: '2026-12-18', businessDays: 15 }).success,
    ).toBe(true);
    expect(ResponseSchema.safeParse({ date: '2026-12-10', outcome: 'a_favor' }).success).toBe(true);
    expect(SatisfactionSchema.safeParse({ date: '2026-12-15', score: 0 }).success).toBe(false);
    expect(ConsentSchema.safeParse({ accepted: true, date: '2026-11-27' }).success).toBe(true);
    expect(CivilDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(CivilDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(ReceivedAtSchema.safeParse('2026-11-27T18:30:00-05:00').success).toBe(true);
    expect(ReceivedAtSchema.safeParse('2026-11-27T18:30:00.123456789Z').success).toBe(true);
    expect(ReceivedAtSchema.safeParse('2026-11-27T18:30-05:00').success).toBe(true);
    expect(ReceivedAtSchema.safeParse('2026-11-27T18:30:00').success).toBe(false);
    expect(ReceivedAtSchema.safeParse('2026-11-27T25:30:00Z').success).toBe(false);
  });

  it('cover every engine event type and every kind of petitioner', () => {
    const eventTypes = LifecycleEventSchema.options.flatMap((o) => {
      const t = o.shape.type as unknown as { options?: string[]; value?: string };
      return t.options ?? [t.value];
    });
    expect([...eventTypes].sort()).toEqual([...EVENT_TYPES].sort());
    expect(PetitionerSchema.options.map((o) => o.shape.kind.value)).toEqual([...PERSON_KINDS]);
  });
});
