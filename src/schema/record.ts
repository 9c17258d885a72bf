/**
 * The zod schemas of a PQRSD record, the canonical exchange format of the library. Types are inferred
 * from them (`z.infer`), never written twice; the enums come from `src/domain.ts`, the same tuples the
 * deadline engine reads, and a type test proves that a record is a valid engine `PqrsdRequest`.
 *
 * @module
 */

import * as z from 'zod/v4';
import { parseIsoDate, toCivilDate, toDayNumber } from '../calendar/index.js';
import {
  CHANNELS,
  NOTIFICATION_VIAS,
  OUTCOMES,
  PRIORITY_FLAGS,
  RECURSO_KINDS,
  RECURSO_RESULTS,
  REGIMES,
  REQUEST_TYPES,
} from '../domain.js';
import { isPqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { isValidNit } from '../nit/nit.js';
import { DOCUMENT_NUMBER_MAX_LENGTH, DOCUMENT_RULES } from './documents.js';
import { RECORD_LIMITS } from './limits.js';
import type { RecordIssueCode } from './messages.js';
import {
  CIVIL_DATE_RE,
  DIVIPOLA_RE,
  EMAIL_RE,
  NOT_BLANK_RE,
  PHONE_RE,
  RADICADO_RE,
  RECEIVED_AT_RE,
} from './patterns.js';

/**
 * Kinds of petitioner: a natural person, a legal person (persona jurídica), or anonymous
 * (anonymous quejas and denuncias are admissible: Ley 962 de 2005 art. 81; identity may be reserved
 * for access to information: Ley 1712 de 2014 art. 4 par.).
 *
 * @example
 * ```ts
 * import { PERSON_KINDS } from 'pqrsd/schema';
 * PERSON_KINDS; //=> ['natural', 'juridica', 'anonima']
 * ```
 */
export const PERSON_KINDS = /* @__PURE__ */ deepFreeze(['natural', 'juridica', 'anonima'] as const);

/** Regimes a record may name: the engine's {@link REGIMES} plus `auto`. */
const REGIME_INPUTS = [...REGIMES, 'auto'] as const;

/** Event types with nothing but a date. */
const DATED_EVENT_TYPES = [
  'requerimiento',
  'respuesta_requerimiento',
  'ampliacion_requerimiento',
  'desistimiento',
  'envio_sspd',
  'renuncia_recursos',
  'reconocimiento_sap',
] as const;

type Ctx = z.RefinementCtx;

/**
 * `z.discriminatedUnion` published as the `z.ZodUnion` it extends: zod 4 gives
 * `ZodDiscriminatedUnion` a second type parameter (the key) that the `zod/v4` of zod 3.25 does not
 * declare, so naming it would break the published types under zod 3.25. The values are the same.
 */
function union<T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(
  key: string,
  options: T,
): z.ZodUnion<T> {
  return z.discriminatedUnion(key, options);
}

function fail(ctx: Ctx, code: RecordIssueCode, message: string, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', message, params: { code }, path });
}

/** Code of a calendar error: out of range, or any other invalid date. */
/** The calendar's Spanish message, ending with a period. */
function dateMessage(error: unknown): string {
  const message = (error as Error).message;
  return message.endsWith('.') ? message : `${message}.`;
}

function dateErrorCode(error: unknown): RecordIssueCode {
  if (isPqrsdError(error, 'YEAR_OUT_OF_RANGE')) return 'fecha_fuera_de_rango';
  if (isPqrsdError(error)) return 'fecha_invalida';
  throw error;
}

/** A non-blank text of at most `max` characters. */
function text(max: number) {
  return z.string().max(max, { abort: true }).regex(NOT_BLANK_RE);
}

/** A civil date `YYYY-MM-DD` that exists and lies in the calendar's range (checked by the calendar). */
function civilDate() {
  return z
    .string()
    .max(10, { abort: true })
    .regex(CIVIL_DATE_RE, { abort: true })
    .superRefine((value, ctx) => {
      try {
        parseIsoDate(value);
      } catch (error) {
        fail(ctx, dateErrorCode(error), dateMessage(error));
      }
    });
}

/** Civil day number of a date or instant already validated, or `null` if it is not valid. */
function dayOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  try {
    return toDayNumber(toCivilDate(value));
  } catch {
    return null;
  }
}

type ObjectFactory = typeof z.strictObject;

/**
 * Builds every schema of the record with one object policy: `z.strictObject` (unknown keys are
 * issues) or `z.object` (unknown keys are stripped). The shapes and the inferred types are the same.
 */
function buildSchemas(obj: ObjectFactory) {
  const receivedAt = z
    .string()
    .max(35, { abort: true })
    .regex(RECEIVED_AT_RE, { abort: true })
    .superRefine((value, ctx) => {
      try {
        toCivilDate(value);
      } catch (error) {
        fail(ctx, dateErrorCode(error), dateMessage(error));
      }
    });

  const documentVariant = <T extends keyof typeof DOCUMENT_RULES>(type: T) => {
    const rule = DOCUMENT_RULES[type];
    return obj({
      type: z.literal(type),
      number: z
        .string()
        .max(DOCUMENT_NUMBER_MAX_LENGTH, { abort: true })
        .regex(rule.pattern, { abort: true }),
    });
  };
  const nitDocument = obj({
    type: z.literal('NIT'),
    number: z
      .string()
      .max(DOCUMENT_NUMBER_MAX_LENGTH, { abort: true })
      .regex(DOCUMENT_RULES.NIT.pattern, { abort: true })
      .superRefine((value, ctx) => {
        if (!isValidNit(value)) {
          fail(
            ctx,
            'nit_digito_verificacion',
            `El NIT «${value}» no tiene el dígito de verificación correcto (módulo 11 de la DIAN).`,
          );
        }
      }),
  });
  const identityDocument = union('type', [
    documentVariant('CC'),
    documentVariant('CE'),
    documentVariant('TI'),
    documentVariant('RC'),
    documentVariant('PA'),
    documentVariant('PEP'),
    documentVariant('PPT'),
    documentVariant('NUIP'),
    nitDocument,
  ]);

  // A fresh instance per use: the JSON Schema adds different rules to the identified and the
  // anonymous petitioner's contact.
  const contact = () =>
    obj({
      email: z.string().max(RECORD_LIMITS.email, { abort: true }).regex(EMAIL_RE).optional(),
      phone: z.string().max(20, { abort: true }).regex(PHONE_RE).optional(),
      address: text(RECORD_LIMITS.address).optional(),
      municipality: z.string().max(5, { abort: true }).regex(DIVIPOLA_RE).optional(),
    }).superRefine((value, ctx) => {
      if (value.address !== undefined && value.municipality === undefined) {
        fail(
          ctx,
          'requerido',
          'Falta el municipio (código DIVIPOLA) de la dirección: sin él la respuesta no puede enviarse por correo postal.',
          ['municipality'],
        );
      }
    });

  const needsContact = (
    value: { contact: { email?: string | undefined; address?: string | undefined } },
    ctx: Ctx,
  ) => {
    if (value.contact.email === undefined && value.contact.address === undefined) {
      fail(
        ctx,
        'contacto_requerido',
        'Un peticionario identificado debe dar un correo electrónico o una dirección con municipio donde recibir la respuesta (CPACA art. 16 num. 2).',
        ['contact'],
      );
    }
  };

  const petitioner = union('kind', [
    obj({
      kind: z.literal('natural'),
      name: text(RECORD_LIMITS.name),
      document: identityDocument.optional(),
      contact: contact(),
    }).superRefine(needsContact),
    obj({
      kind: z.literal('juridica'),
      name: text(RECORD_LIMITS.name),
      // a union of one: a wrong type is reported alone, without checking the number as a NIT
      document: union('type', [nitDocument]).optional(),
      representative: text(RECORD_LIMITS.name).optional(),
      contact: contact(),
    }).superRefine(needsContact),
    obj({
      kind: z.literal('anonima'),
      contact: contact().optional(),
    }),
  ]);

  // The decision of a recurso or of the apelación: its result and notification (never before it).
  const decisionSchema = <T extends 'decision_recurso' | 'decision_apelacion'>(type: T, of: string) =>
    obj({
      type: z.literal(type),
      date: civilDate(),
      result: z.enum(RECURSO_RESULTS).optional(),
      notifiedOn: civilDate().optional(),
    }).superRefine((value, ctx) => {
      if (value.notifiedOn !== undefined && value.notifiedOn < value.date) {
        fail(
          ctx,
          'rango_invertido',
          `La decisión ${of} se notificó (${value.notifiedOn}) antes de tomarse (${value.date}).`,
          ['notifiedOn'],
        );
      }
    });

  const lifecycleEvent = union('type', [
    obj({
      type: z.literal('prorroga'),
      date: civilDate(),
      newDueDate: civilDate().optional(),
      businessDays: z.number().int().min(1).max(60).optional(),
      reason: text(RECORD_LIMITS.eventText).optional(),
    }).superRefine((value, ctx) => {
      const hasDate = value.newDueDate !== undefined;
      const hasDays = value.businessDays !== undefined;
      if (hasDate === hasDays) {
        fail(
          ctx,
          hasDate ? 'prorroga_plazo_duplicado' : 'prorroga_sin_plazo',
          hasDate
            ? 'Una prórroga indica newDueDate o businessDays, no ambos (CPACA art. 14 par.).'
            : 'Una prórroga debe indicar la nueva fecha (newDueDate) o los días hábiles que agrega (businessDays) (CPACA art. 14 par.).',
        );
      }
    }),
    obj({ type: z.enum(DATED_EVENT_TYPES), date: civilDate() }),
    obj({ type: z.literal('notificacion'), date: civilDate(), via: z.enum(NOTIFICATION_VIAS).optional() }),
    obj({ type: z.literal('citacion'), date: civilDate(), published: z.boolean().optional() }),
    obj({
      type: z.literal('aviso'),
      date: civilDate(),
      published: z.boolean().optional(),
      removedOn: civilDate().optional(),
    }).superRefine((value, ctx) => {
      if (value.removedOn === undefined) return;
      if (value.published !== true) {
        fail(
          ctx,
          'valor_no_permitido',
          'El retiro («removedOn») es de un aviso publicado («published»: true) (CPACA art. 69 inc. 2).',
          ['removedOn'],
        );
      } else if (value.removedOn < value.date) {
        fail(
          ctx,
          'rango_invertido',
          `El aviso se retira (${value.removedOn}) antes de publicarse (${value.date}).`,
          ['removedOn'],
        );
      }
    }),
    obj({ type: z.literal('traslado'), date: civilDate(), to: text(RECORD_LIMITS.eventText).optional() }),
    obj({ type: z.literal('respuesta'), date: civilDate(), outcome: z.enum(OUTCOMES).optional() }),
    obj({ type: z.literal('recurso'), date: civilDate(), kind: z.enum(RECURSO_KINDS) }),
    decisionSchema('decision_recurso', 'del recurso'),
    decisionSchema('decision_apelacion', 'de la apelación'),
    obj({
      type: z.literal('suspension'),
      from: civilDate(),
      to: civilDate(),
      act: text(RECORD_LIMITS.eventText),
    }).superRefine((value, ctx) => {
      if (value.from > value.to) {
        fail(
          ctx,
          'rango_invertido',
          `La suspensión termina (${value.to}) antes de empezar (${value.from}).`,
          ['to'],
        );
      }
    }),
  ]);

  const response = obj({
    date: civilDate(),
    outcome: z.enum(OUTCOMES),
    radicado: z.string().max(RECORD_LIMITS.radicado, { abort: true }).regex(RADICADO_RE).optional(),
  });

  const satisfaction = obj({
    date: civilDate(),
    score: z.number().int().min(1).max(5),
    comment: text(RECORD_LIMITS.comment).optional(),
  });

  const consent = obj({
    accepted: z.boolean(),
    date: civilDate(),
    policyVersion: text(RECORD_LIMITS.policyVersion).optional(),
  });

  const record = obj({
    radicado: z.string().max(RECORD_LIMITS.radicado, { abort: true }).regex(RADICADO_RE),
    type: z.enum(REQUEST_TYPES),
    regime: z.enum(REGIME_INPUTS).optional(),
    receivedAt,
    channel: z.enum(CHANNELS),
    subject: text(RECORD_LIMITS.subject),
    description: text(RECORD_LIMITS.description).optional(),
    seccional: text(RECORD_LIMITS.unit).optional(),
    dependencia: text(RECORD_LIMITS.unit).optional(),
    assignee: text(RECORD_LIMITS.unit).optional(),
    petitioner,
    priority: z
      .array(z.enum(PRIORITY_FLAGS))
      .max(RECORD_LIMITS.priority)
      .superRefine((flags, ctx) => {
        flags.forEach((flag, i) => {
          if (flags.indexOf(flag) !== i) {
            fail(ctx, 'duplicado', `La condición «${flag}» aparece más de una vez.`, [i]);
          }
        });
      })
      .optional(),
    events: z.array(lifecycleEvent).max(RECORD_LIMITS.events).optional(),
    response: response.optional(),
    satisfaction: satisfaction.optional(),
    consent: consent.optional(),
  }).superRefine((value, ctx) => {
    const received = dayOf(value.receivedAt);
    if (received === null) return;
    const early = (date: string, path: PropertyKey[], what: string): void => {
      const day = dayOf(date);
      if (day !== null && day < received) {
        fail(
          ctx,
          'fecha_anterior_a_radicacion',
          `${what} (${date}) es anterior a la radicación (${toCivilDate(value.receivedAt)}).`,
          path,
        );
      }
    };
    value.events?.forEach((event, i) => {
      if (event.type !== 'suspension') early(event.date, ['events', i, 'date'], `El evento ${event.type}`);
    });
    if (value.response !== undefined) {
      const { date } = value.response;
      early(date, ['response', 'date'], 'La respuesta');
      const answered = value.events?.some((e) => e.type === 'respuesta' && e.date === date) ?? false;
      if (!answered) {
        fail(
          ctx,
          'respuesta_sin_evento',
          `La respuesta del ${date} no figura en events: agregue { type: 'respuesta', date: '${date}' } para que el motor de términos la tenga en cuenta.`,
          ['response', 'date'],
        );
      }
    }
    if (value.satisfaction !== undefined)
      early(value.satisfaction.date, ['satisfaction', 'date'], 'La encuesta');
  });

  return {
    record,
    petitioner,
    identityDocument,
    contact: contact(),
    lifecycleEvent,
    response,
    satisfaction,
    consent,
    receivedAt,
    civilDate: civilDate(),
  };
}

const strict = buildSchemas(z.strictObject);
let stripped: ReturnType<typeof buildSchemas> | undefined;

/**
 * The record schema that strips unknown keys instead of rejecting them; built on first use.
 * `__proto__`, `constructor` and `prototype` are rejected before any schema runs, in every mode.
 */
export function strippingRecordSchema(): typeof PqrsdRecordSchema {
  // z.object and z.strictObject build the same shapes and output types; only the policy for
  // unknown keys differs.
  stripped ??= buildSchemas(z.object as unknown as ObjectFactory);
  return stripped.record;
}

/**
 * The schema of a PQRSD record (unknown keys rejected). Prefer {@link parsePqrsdRecord}, which screens
 * hostile input first and reports issues with stable codes and Spanish messages.
 *
 * Fields: `radicado`, `type`, `regime?`, `receivedAt`, `channel`, `subject`, `description?`,
 * `seccional?`, `dependencia?`, `assignee?`, `petitioner`, `priority?`, `events?`, `response?`,
 * `satisfaction?`, `consent?` (see `docs/esquema.md`).
 *
 * @example
 * ```ts
 * import { PqrsdRecordSchema, spanishErrorMap } from 'pqrsd/schema';
 * const r = PqrsdRecordSchema.safeParse(
 *   {
 *     radicado: '2026-ER-000123',
 *     type: 'peticion',
 *     receivedAt: '2026-11-27T18:30:00-05:00',
 *     channel: 'formulario_web',
 *     subject: 'Copia de mi historia laboral',
 *     petitioner: { kind: 'anonima' },
 *   },
 *   { error: spanishErrorMap },
 * );
 * r.success; //=> true
 * ```
 */
export const PqrsdRecordSchema = strict.record;

/**
 * Schema of the petitioner: a discriminated union on `kind` (`natural`, `juridica`, `anonima`).
 * Identified petitioners give a name and a contact with an e-mail or a postal address; a legal
 * person's document is a NIT.
 *
 * @example
 * ```ts
 * import { PetitionerSchema } from 'pqrsd/schema';
 * PetitionerSchema.safeParse({ kind: 'anonima' }).success; //=> true
 * ```
 */
export const PetitionerSchema = strict.petitioner;

/**
 * Schema of an identity document: a discriminated union on `type` (see {@link DOCUMENT_RULES}).
 *
 * @example
 * ```ts
 * import { IdentityDocumentSchema } from 'pqrsd/schema';
 * IdentityDocumentSchema.safeParse({ type: 'NIT', number: '890.903.938-8' }).success; //=> true
 * IdentityDocumentSchema.safeParse({ type: 'NIT', number: '890903938-7' }).success; //=> false
 * ```
 */
export const IdentityDocumentSchema = strict.identityDocument;

/**
 * Schema of a contact: `email?`, `phone?`, `address?` and `municipality?` (DIVIPOLA, required with an
 * address).
 *
 * @example
 * ```ts
 * import { ContactSchema } from 'pqrsd/schema';
 * ContactSchema.safeParse({ address: 'Calle 26 # 13-19', municipality: '11001' }).success; //=> true
 * ```
 */
export const ContactSchema = strict.contact;

/**
 * Schema of a lifecycle event, the engine's `LifecycleEvent` union (discriminated on `type`).
 *
 * @example
 * ```ts
 * import { LifecycleEventSchema } from 'pqrsd/schema';
 * LifecycleEventSchema.safeParse({ type: 'prorroga', date: '2026-12-18', businessDays: 15 }).success; //=> true
 * ```
 */
export const LifecycleEventSchema = strict.lifecycleEvent;

/**
 * Schema of the response summary: `date`, `outcome`, `radicado?` (the outgoing filing number).
 *
 * @example
 * ```ts
 * import { ResponseSchema } from 'pqrsd/schema';
 * ResponseSchema.safeParse({ date: '2026-12-10', outcome: 'a_favor' }).success; //=> true
 * ```
 */
export const ResponseSchema = strict.response;

/**
 * Schema of a satisfaction survey answer: `date`, `score` (1 to 5), `comment?`.
 *
 * @example
 * ```ts
 * import { SatisfactionSchema } from 'pqrsd/schema';
 * SatisfactionSchema.safeParse({ date: '2026-12-15', score: 4 }).success; //=> true
 * ```
 */
export const SatisfactionSchema = strict.satisfaction;

/**
 * Schema of the consent to the personal-data policy (Ley 1581 de 2012): `accepted`, `date`,
 * `policyVersion?`.
 *
 * @example
 * ```ts
 * import { ConsentSchema } from 'pqrsd/schema';
 * ConsentSchema.safeParse({ accepted: true, date: '2026-11-27' }).success; //=> true
 * ```
 */
export const ConsentSchema = strict.consent;

/**
 * Schema of a civil date `YYYY-MM-DD` that exists, within the calendar's years.
 *
 * @example
 * ```ts
 * import { CivilDateSchema } from 'pqrsd/schema';
 * CivilDateSchema.safeParse('2026-02-30').success; //=> false
 * ```
 */
export const CivilDateSchema = strict.civilDate;

/**
 * Schema of `receivedAt`: a civil date, or an RFC 3339 instant with `Z` or an offset, read in
 * America/Bogota.
 *
 * @example
 * ```ts
 * import { ReceivedAtSchema } from 'pqrsd/schema';
 * ReceivedAtSchema.safeParse('2026-11-27T18:30:00-05:00').success; //=> true
 * ReceivedAtSchema.safeParse('2026-11-27T18:30:00').success; //=> false
 * ```
 */
export const ReceivedAtSchema = strict.receivedAt;

/**
 * A PQRSD record, inferred from {@link PqrsdRecordSchema}. Assignable to the engine's `PqrsdRequest`.
 *
 * @example
 * ```ts
 * import type { PqrsdRecord } from 'pqrsd/schema';
 * const r: PqrsdRecord = {
 *   radicado: '2026-ER-000123', type: 'queja', receivedAt: '2026-11-27', channel: 'buzon',
 *   subject: 'Mala atención', petitioner: { kind: 'anonima' },
 * };
 * ```
 */
export type PqrsdRecord = z.infer<typeof PqrsdRecordSchema>;

/**
 * The petitioner of a record. See {@link PetitionerSchema}.
 *
 * @example
 * ```ts
 * import type { Petitioner } from 'pqrsd/schema';
 * const p: Petitioner = { kind: 'anonima' };
 * ```
 */
export type Petitioner = z.infer<typeof PetitionerSchema>;

/**
 * An identity document. See {@link IdentityDocumentSchema}.
 *
 * @example
 * ```ts
 * import type { IdentityDocument } from 'pqrsd/schema';
 * const d: IdentityDocument = { type: 'CC', number: '1020304050' };
 * ```
 */
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;

/**
 * A contact. See {@link ContactSchema}.
 *
 * @example
 * ```ts
 * import type { Contact } from 'pqrsd/schema';
 * const c: Contact = { email: 'ana@example.com' };
 * ```
 */
export type Contact = z.infer<typeof ContactSchema>;

/**
 * A lifecycle event of a record. See {@link LifecycleEventSchema}.
 *
 * @example
 * ```ts
 * import type { RecordLifecycleEvent } from 'pqrsd/schema';
 * const e: RecordLifecycleEvent = { type: 'traslado', date: '2026-11-30', to: 'Ministerio de Salud' };
 * ```
 */
export type RecordLifecycleEvent = z.infer<typeof LifecycleEventSchema>;

/**
 * The response summary of a record. See {@link ResponseSchema}.
 *
 * @example
 * ```ts
 * import type { RecordResponse } from 'pqrsd/schema';
 * const r: RecordResponse = { date: '2026-12-10', outcome: 'en_contra' };
 * ```
 */
export type RecordResponse = z.infer<typeof ResponseSchema>;

/**
 * A satisfaction survey answer. See {@link SatisfactionSchema}.
 *
 * @example
 * ```ts
 * import type { Satisfaction } from 'pqrsd/schema';
 * const s: Satisfaction = { date: '2026-12-15', score: 5 };
 * ```
 */
export type Satisfaction = z.infer<typeof SatisfactionSchema>;

/**
 * Consent to the personal-data policy. See {@link ConsentSchema}.
 *
 * @example
 * ```ts
 * import type { Consent } from 'pqrsd/schema';
 * const c: Consent = { accepted: true, date: '2026-11-27' };
 * ```
 */
export type Consent = z.infer<typeof ConsentSchema>;

/**
 * A kind of petitioner. See {@link PERSON_KINDS}.
 *
 * @example
 * ```ts
 * import type { PersonKind } from 'pqrsd/schema';
 * const k: PersonKind = 'juridica';
 * ```
 */
export type PersonKind = (typeof PERSON_KINDS)[number];
