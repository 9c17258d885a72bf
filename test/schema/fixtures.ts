// Good and bad PQRSD records shared by the zod tests and the independent JSON Schema (ajv) tests.
import { CHANNELS, REQUEST_TYPES } from '../../src/domain.js';

/** A complete record: every optional field present. */
export const fullRecord = {
  radicado: '2026-ER-000123',
  type: 'peticion',
  regime: 'cpaca',
  receivedAt: '2026-11-27T18:30:00-05:00',
  channel: 'formulario_web',
  subject: 'Copia de mi historia laboral',
  description: 'Solicito copia auténtica de mi historia laboral entre 2010 y 2020.',
  seccional: 'Antioquia',
  dependencia: 'Talento Humano',
  assignee: 'Grupo de Archivo',
  petitioner: {
    kind: 'natural',
    name: 'Ana María Pérez',
    document: { type: 'CC', number: '1020304050' },
    contact: {
      email: 'ana.perez@example.com',
      phone: '+57 604 123 4567',
      address: 'Calle 50 # 45-20',
      municipality: '05001',
    },
  },
  priority: ['adulto_mayor', 'discapacidad'],
  events: [
    { type: 'prorroga', date: '2026-12-18', newDueDate: '2027-01-13', reason: 'Volumen de archivo' },
    { type: 'requerimiento', date: '2026-11-30' },
    { type: 'respuesta_requerimiento', date: '2026-12-03' },
    { type: 'ampliacion_requerimiento', date: '2026-12-01' },
    { type: 'traslado', date: '2026-11-30', to: 'Colpensiones' },
    { type: 'suspension', from: '2026-12-24', to: '2026-12-31', act: 'Resolución 1234 de 2026' },
    { type: 'respuesta', date: '2027-01-12', outcome: 'a_favor' },
    { type: 'notificacion', date: '2027-01-13' },
  ],
  response: { date: '2027-01-12', outcome: 'a_favor', radicado: '2027-EE-000045' },
  satisfaction: { date: '2027-01-20', score: 5, comment: 'Muy oportuna' },
  consent: { accepted: true, date: '2026-11-27', policyVersion: '3.1' },
} as const;

/** The smallest valid record. */
export const minimalRecord = {
  radicado: 'R1',
  type: 'queja',
  receivedAt: '2026-11-27',
  channel: 'buzon',
  subject: 'Mala atención en ventanilla',
  petitioner: { kind: 'anonima' },
} as const;

/** A legal person identified by NIT. */
export const legalPersonRecord = {
  radicado: '20261300012345',
  type: 'reclamo',
  regime: 'servicios_publicos',
  receivedAt: '2026-11-28T04:30:00Z',
  channel: 'correo_electronico',
  subject: 'Reclamo por facturación',
  petitioner: {
    kind: 'juridica',
    name: 'Empresas Públicas de Medellín E.S.P.',
    representative: 'Representante Legal',
    document: { type: 'NIT', number: '890.904.996-1' },
    contact: { email: 'notificaciones@example.com' },
  },
  events: [{ type: 'desistimiento', date: '2026-12-01' }],
} as const;

const petitioners = [
  { kind: 'anonima' },
  { kind: 'anonima', contact: { email: 'buzon@example.org' } },
  {
    kind: 'natural',
    name: 'Luis Gómez',
    document: { type: 'CE', number: '1234567' },
    contact: { address: 'Carrera 7 # 32-16', municipality: '11001' },
  },
  {
    kind: 'natural',
    name: 'Sofía Ruiz',
    document: { type: 'TI', number: '1001234567' },
    contact: { email: 's@example.co' },
  },
  {
    kind: 'natural',
    name: 'Bebé Ruiz',
    document: { type: 'RC', number: 'A1234567' },
    contact: { email: 'r@example.co' },
  },
  {
    kind: 'natural',
    name: 'John Smith',
    document: { type: 'PA', number: 'X1234567' },
    contact: { email: 'j@example.com' },
  },
  {
    kind: 'natural',
    name: 'José Pérez',
    document: { type: 'PEP', number: '123456789012345' },
    contact: { email: 'p@example.ve' },
  },
  {
    kind: 'natural',
    name: 'María López',
    document: { type: 'PPT', number: '1234567' },
    contact: { email: 'm@example.com' },
  },
  {
    kind: 'natural',
    name: 'Niña Díaz',
    document: { type: 'NUIP', number: '1098765432' },
    contact: { email: 'n@example.com' },
  },
  {
    kind: 'natural',
    name: 'Comerciante',
    document: { type: 'NIT', number: '8999990681' },
    contact: { email: 'c@example.com' },
  },
  { kind: 'juridica', name: 'Fundación X', contact: { email: 'f@example.org' } },
] as const;

/** One valid record of every request type on every channel, with petitioners of every kind. */
export const everyTypeAndChannel = REQUEST_TYPES.flatMap((type, i) =>
  CHANNELS.map((channel, j) => ({
    radicado: `2026-${i}-${j}`,
    type,
    receivedAt: '2026-11-27',
    channel,
    subject: `Prueba ${type} por ${channel}`,
    petitioner: petitioners[(i + j) % petitioners.length],
  })),
);

/** Every good record, named. */
export const goodRecords: ReadonlyArray<readonly [string, unknown]> = [
  ['registro completo (todos los campos)', fullRecord],
  ['registro mínimo anónimo', minimalRecord],
  ['persona jurídica con NIT con puntos y guion', legalPersonRecord],
  ...everyTypeAndChannel.map((r) => [`${r.type} por ${r.channel}`, r] as const),
];

/** Deep JSON that tests mutate freely. */
// biome-ignore lint/suspicious/noExplicitAny: fixtures reach into nested JSON to break one field at a time
type Json = Record<string, any>;

/** A deep copy of the full record with a change applied. */
export function withChange(change: (r: Json) => void, base: unknown = fullRecord): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Json;
  change(copy);
  return copy;
}

/**
 * Bad records: name, input, the codes parsePqrsdRecord must report, and whether an independent
 * JSON Schema validator can also reject it (`false`: the rule is beyond JSON Schema, documented).
 */
export const badRecords: ReadonlyArray<{
  name: string;
  input: unknown;
  codes: string[];
  jsonSchema: boolean;
}> = [
  { name: 'no es un objeto', input: 'hola', codes: ['tipo_invalido'], jsonSchema: true },
  { name: 'una lista', input: [fullRecord], codes: ['tipo_invalido'], jsonSchema: true },
  { name: 'null', input: null, codes: ['tipo_invalido'], jsonSchema: true },
  {
    name: 'falta el radicado',
    input: withChange((r) => delete r.radicado),
    codes: ['requerido'],
    jsonSchema: true,
  },
  {
    name: 'radicado con espacios',
    input: withChange((r) => (r.radicado = '2026 ER 1')),
    codes: ['formato_invalido'],
    jsonSchema: true,
  },
  {
    name: 'tipo desconocido',
    input: withChange((r) => (r.type = 'tutela')),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'régimen desconocido',
    input: withChange((r) => (r.regime = 'ley_1000')),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'canal desconocido',
    input: withChange((r) => (r.channel = 'paloma')),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'asunto en blanco',
    input: withChange((r) => (r.subject = '   ')),
    codes: ['vacio'],
    jsonSchema: true,
  },
  {
    name: 'asunto demasiado largo',
    input: withChange((r) => (r.subject = 'a'.repeat(301))),
    codes: ['demasiado_largo'],
    jsonSchema: true,
  },
  {
    name: 'fecha de radicación sin zona',
    input: withChange((r) => (r.receivedAt = '2026-11-27T18:30:00')),
    codes: ['fecha_invalida'],
    jsonSchema: true,
  },
  {
    name: 'fecha de radicación inexistente (30 de febrero)',
    input: withChange((r) => (r.receivedAt = '2026-02-30')),
    codes: ['fecha_invalida'],
    jsonSchema: false,
  },
  {
    name: 'fecha de radicación fuera de los años del calendario',
    input: withChange((r) => (r.receivedAt = '1970-01-01')),
    codes: ['fecha_fuera_de_rango'],
    jsonSchema: false,
  },
  {
    name: 'clave desconocida',
    input: withChange((r) => (r.prioridad = 'alta')),
    codes: ['clave_desconocida'],
    jsonSchema: true,
  },
  {
    name: 'NIT con dígito de verificación errado',
    input: withChange((r) => (r.petitioner.document.number = '890904996-2'), legalPersonRecord),
    codes: ['nit_digito_verificacion'],
    jsonSchema: false,
  },
  {
    name: 'persona jurídica con cédula',
    input: withChange(
      (r) => (r.petitioner.document = { type: 'CC', number: '1020304050' }),
      legalPersonRecord,
    ),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'cédula con letras',
    input: withChange((r) => (r.petitioner.document.number = '10203A')),
    codes: ['documento_invalido'],
    jsonSchema: true,
  },
  {
    name: 'tipo de documento desconocido',
    input: withChange((r) => (r.petitioner.document.type = 'DNI')),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'peticionario identificado sin correo ni dirección',
    input: withChange((r) => (r.petitioner.contact = { phone: '3001234567' })),
    codes: ['contacto_requerido'],
    jsonSchema: true,
  },
  {
    name: 'peticionario identificado sin nombre',
    input: withChange((r) => delete r.petitioner.name),
    codes: ['requerido'],
    jsonSchema: true,
  },
  {
    name: 'clase de peticionario desconocida',
    input: withChange((r) => (r.petitioner.kind = 'colectivo')),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'dirección sin municipio',
    input: withChange((r) => delete r.petitioner.contact.municipality),
    codes: ['requerido'],
    jsonSchema: true,
  },
  {
    name: 'municipio que no es DIVIPOLA',
    input: withChange((r) => (r.petitioner.contact.municipality = '5001')),
    codes: ['divipola_invalido'],
    jsonSchema: true,
  },
  {
    name: 'correo sin dominio',
    input: withChange((r) => (r.petitioner.contact.email = 'ana@localhost')),
    codes: ['correo_invalido'],
    jsonSchema: true,
  },
  {
    name: 'teléfono con letras',
    input: withChange((r) => (r.petitioner.contact.phone = '300-CALL-NOW')),
    codes: ['telefono_invalido'],
    jsonSchema: true,
  },
  {
    name: 'condición prioritaria repetida',
    input: withChange((r) => (r.priority = ['victima', 'victima'])),
    codes: ['duplicado'],
    jsonSchema: true,
  },
  {
    name: 'condición prioritaria desconocida',
    input: withChange((r) => (r.priority = ['vip'])),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'evento de tipo desconocido',
    input: withChange((r) => r.events.push({ type: 'archivo', date: '2026-12-01' })),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'evento sin fecha',
    input: withChange((r) => r.events.push({ type: 'notificacion' })),
    codes: ['requerido'],
    jsonSchema: true,
  },
  {
    name: 'prórroga sin plazo',
    input: withChange((r) => delete r.events[0].newDueDate),
    codes: ['prorroga_sin_plazo'],
    jsonSchema: true,
  },
  {
    name: 'prórroga con fecha y días a la vez',
    input: withChange((r) => (r.events[0].businessDays = 15)),
    codes: ['prorroga_plazo_duplicado'],
    jsonSchema: true,
  },
  {
    name: 'prórroga con días fraccionarios',
    input: withChange((r) => (r.events[0] = { type: 'prorroga', date: '2026-12-18', businessDays: 1.5 })),
    codes: ['no_entero'],
    jsonSchema: true,
  },
  {
    name: 'prórroga de más de 60 días hábiles',
    input: withChange((r) => (r.events[0] = { type: 'prorroga', date: '2026-12-18', businessDays: 61 })),
    codes: ['fuera_de_rango'],
    jsonSchema: true,
  },
  {
    name: 'suspensión que termina antes de empezar',
    input: withChange((r) => (r.events[5].to = '2026-12-01')),
    codes: ['rango_invertido'],
    jsonSchema: false,
  },
  {
    name: 'evento anterior a la radicación',
    input: withChange((r) => (r.events[1].date = '2026-11-26')),
    codes: ['fecha_anterior_a_radicacion'],
    jsonSchema: false,
  },
  {
    name: 'respuesta sin su evento',
    input: withChange((r) => (r.response.date = '2027-01-11')),
    codes: ['respuesta_sin_evento'],
    jsonSchema: false,
  },
  {
    name: 'respuesta con sentido desconocido',
    input: withChange((r) => (r.response.outcome = 'favorable')),
    codes: ['valor_no_permitido'],
    jsonSchema: true,
  },
  {
    name: 'calificación fuera de la escala',
    input: withChange((r) => (r.satisfaction.score = 6)),
    codes: ['fuera_de_rango'],
    jsonSchema: true,
  },
  {
    name: 'consentimiento sin fecha',
    input: withChange((r) => delete r.consent.date),
    codes: ['requerido'],
    jsonSchema: true,
  },
  {
    name: 'consentimiento que no es booleano',
    input: withChange((r) => (r.consent.accepted = 'sí')),
    codes: ['tipo_invalido'],
    jsonSchema: true,
  },
  {
    name: 'demasiados eventos',
    input: withChange(
      (r) => (r.events = Array.from({ length: 101 }, () => ({ type: 'notificacion', date: '2027-01-13' }))),
    ),
    codes: ['demasiados_elementos'],
    jsonSchema: true,
  },
];
