/**
 * The JSON Schema (draft 2020-12) of a PQRSD record, generated from the zod schema with zod 4's
 * converter, with Spanish descriptions and the cross-field rules JSON Schema can express. Shipped as
 * `pqrsd/schema.json` (written by `scripts/generate-schema.ts`).
 *
 * @module
 */

import * as z from 'zod/v4';
import { PqrsdRecordSchema } from './record.js';

/** Spanish description of each field, by dotted path (variants of a union share their path). */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  '': 'Registro de una PQRSD (petición, queja, reclamo, sugerencia o denuncia) en el formato de intercambio de pqrsd.',
  radicado: 'Número de radicado de entrada asignado por la entidad.',
  type: 'Modalidad del derecho de petición (CPACA art. 13 y normas especiales).',
  regime:
    'Régimen legal de términos; `auto` (o ausente) elige CPACA o la emergencia de 2020 por la fecha de radicación.',
  receivedAt:
    'Fecha (AAAA-MM-DD) o instante ISO 8601 con zona de la radicación; un instante se lee en America/Bogota.',
  channel: 'Canal de recepción (CPACA art. 15: cualquier medio idóneo).',
  subject: 'Asunto de la petición.',
  description: 'Texto o resumen de la petición.',
  seccional: 'Seccional o sede de la entidad que recibe la petición.',
  dependencia: 'Dependencia responsable de responder.',
  assignee: 'Servidor o grupo asignado.',
  petitioner:
    'Peticionario: persona natural, persona jurídica o anónimo (Ley 962 de 2005 art. 81; Ley 1712 de 2014 art. 4 par.).',
  'petitioner.kind': 'Clase de peticionario: natural, juridica o anonima.',
  'petitioner.name': 'Nombres y apellidos, o razón social (CPACA art. 16 num. 2).',
  'petitioner.representative': 'Representante legal o apoderado de la persona jurídica.',
  'petitioner.document': 'Documento de identidad (CPACA art. 16 num. 2).',
  'petitioner.document.type': 'Tipo de documento: CC, CE, TI, RC, PA, PEP, PPT, NUIP o NIT.',
  'petitioner.document.number':
    'Número del documento; el NIT se valida con su dígito de verificación (módulo 11 de la DIAN), con o sin puntos y guion.',
  'petitioner.contact':
    'Datos de contacto; un peticionario identificado da un correo o una dirección con municipio (CPACA art. 16 num. 2).',
  'petitioner.contact.email': 'Correo electrónico donde recibir la respuesta.',
  'petitioner.contact.phone': 'Teléfono de contacto.',
  'petitioner.contact.address': 'Dirección donde recibir correspondencia.',
  'petitioner.contact.municipality':
    'Municipio: código DIVIPOLA de 5 dígitos (2 del departamento y 3 del municipio).',
  priority:
    'Condiciones de atención prioritaria o preferente (CPACA art. 5 num. 6 y art. 20); no cambian el término legal.',
  events:
    'Eventos del trámite (los que mueven o terminan el término, la notificación, los recursos y el reconocimiento del silencio positivo), en cualquier orden.',
  'events.type': 'Clase de evento.',
  'events.date': 'Fecha del evento (AAAA-MM-DD).',
  'events.newDueDate': 'Prórroga: nueva fecha de vencimiento anunciada (CPACA art. 14 par.).',
  'events.businessDays': 'Prórroga: días hábiles que se agregan al vencimiento (CPACA art. 14 par.).',
  'events.reason': 'Prórroga: motivo de la demora informado al peticionario.',
  'events.to': 'Traslado: autoridad competente a la que se remite (CPACA art. 21); suspensión: último día.',
  'events.outcome': 'Respuesta: sentido de la respuesta.',
  'events.from': 'Suspensión de términos: primer día.',
  'events.act': 'Suspensión de términos: acto administrativo que la ordena.',
  'events.via':
    'Notificación: vía por la que surtió efecto (personal, aviso, electronica, conducta_concluyente, edicto; CPACA arts. 56, 67, 69 y 72).',
  'events.published':
    'Citación o aviso: publicado en la página electrónica o en lugar de acceso al público por desconocerse la dirección (CPACA arts. 68 y 69).',
  'events.removedOn': 'Aviso publicado: fecha de retiro (AAAA-MM-DD; CPACA art. 69 inc. 2).',
  'events.kind':
    'Recurso: reposicion, apelacion, reposicion_y_apelacion (la apelación en subsidio; Ley 142 art. 159) o queja (CPACA art. 74).',
  'events.result': 'Decisión del recurso: confirma, modifica, revoca o rechaza (CPACA art. 78).',
  'events.notifiedOn': 'Decisión del recurso: fecha en que se notificó (AAAA-MM-DD; CPACA art. 87 num. 2).',
  response: 'Resumen de la respuesta; debe figurar también como evento `respuesta` de la misma fecha.',
  'response.date': 'Fecha de la respuesta (AAAA-MM-DD).',
  'response.outcome': 'Sentido de la respuesta.',
  'response.radicado': 'Número de radicado de salida de la respuesta.',
  satisfaction: 'Respuesta a la encuesta de satisfacción, si se encuestó al peticionario.',
  'satisfaction.date': 'Fecha de la encuesta (AAAA-MM-DD).',
  'satisfaction.score': 'Calificación en escala de 1 a 5.',
  'satisfaction.comment': 'Comentario del peticionario.',
  consent: 'Autorización para el tratamiento de datos personales (Ley 1581 de 2012).',
  'consent.accepted': 'Si el titular aceptó la política de tratamiento de datos personales.',
  'consent.date': 'Fecha de la aceptación o del rechazo (AAAA-MM-DD).',
  'consent.policyVersion': 'Versión de la política de tratamiento aceptada.',
};

const CONTACT_NEEDED = { anyOf: [{ required: ['email'] }, { required: ['address'] }] };

/** Cross-field rules JSON Schema can express, by exact JSON path. */
const EXTRA: Readonly<Record<string, Record<string, unknown>>> = {
  // natural and juridica petitioners must give an e-mail or a postal address
  '/properties/petitioner/oneOf/0/properties/contact': CONTACT_NEEDED,
  '/properties/petitioner/oneOf/1/properties/contact': CONTACT_NEEDED,
  // a prórroga gives exactly one of newDueDate and businessDays
  '/properties/events/items/oneOf/0': {
    oneOf: [{ required: ['newDueDate'] }, { required: ['businessDays'] }],
  },
  '/properties/priority': { uniqueItems: true },
};

const KEYWORDS = new Set(['properties', 'oneOf', 'anyOf', 'allOf', 'items']);

/**
 * The JSON Schema (draft 2020-12) of a PQRSD record, generated from {@link PqrsdRecordSchema}: the same
 * fields, enums, lengths and patterns, Spanish descriptions, and the cross-field rules JSON Schema can
 * express (contact of an identified petitioner, exactly one term in a prórroga, unique priority
 * conditions, municipality with an address). Rules it cannot express are checked only by
 * `parsePqrsdRecord`: the NIT verification digit, that a date exists and lies in the calendar's
 * years, a suspension's order, dates not before the receipt, and a response matched by its event.
 *
 * @returns a fresh JSON-serialisable object, deterministic for a given version of the library
 * @example
 * ```ts
 * import { toPqrsdJsonSchema } from 'pqrsd/schema';
 * const schema = toPqrsdJsonSchema();
 * schema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * schema.title; //=> 'Registro PQRSD'
 * ```
 */
export function toPqrsdJsonSchema(): Record<string, unknown> & { $schema: string; title: string } {
  const body = z.toJSONSchema(PqrsdRecordSchema, {
    target: 'draft-2020-12',
    override: (ctx) => {
      const path = ctx.path;
      const last = path[path.length - 1];
      const named = path.length === 0 || (typeof last === 'string' && !KEYWORDS.has(last));
      const json = ctx.jsonSchema as Record<string, unknown>;
      if (named) {
        const logical = path.filter((s) => typeof s === 'string' && !KEYWORDS.has(s)).join('.');
        const description = DESCRIPTIONS[logical];
        if (description !== undefined) json.description = description;
      }
      const extra = EXTRA[`/${path.join('/')}`];
      if (extra !== undefined) Object.assign(json, structuredClone(extra));
      // a contact with an address must name its municipality
      if (json.type === 'object' && (json.properties as Record<string, unknown> | undefined)?.municipality) {
        json.dependentRequired = { address: ['municipality'] };
      }
    },
  });
  const { $schema, ...rest } = body as Record<string, unknown>;
  return { $schema: String($schema), title: 'Registro PQRSD', ...rest };
}
