/**
 * Colombian identity documents a petitioner may give (CPACA art. 16 num. 2: "indicación de su
 * documento de identidad"), and the rule each number must follow. No dependency (no zod).
 *
 * Only the NIT has a check digit (see {@link isValidNit}); every other number is validated by length
 * and character class only, because its issuer publishes no check algorithm. The rules are written
 * to reject typing errors (letters in a cédula, a 2-digit number), never a real document: each range
 * is the widest the issuer has used.
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';
import { isValidNit } from '../nit/nit.js';

/**
 * Identity document types, with the codes Colombian forms use.
 *
 * - `CC` cédula de ciudadanía; `CE` cédula de extranjería; `TI` tarjeta de identidad;
 *   `RC` registro civil de nacimiento; `PA` pasaporte; `PEP` permiso especial de permanencia;
 *   `PPT` permiso por protección temporal; `NUIP` número único de identificación personal;
 *   `NIT` número de identificación tributaria.
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPES } from 'pqrsd/schema';
 * DOCUMENT_TYPES.includes('NIT'); //=> true
 * ```
 */
export const DOCUMENT_TYPES = /* @__PURE__ */ deepFreeze([
  'CC',
  'CE',
  'TI',
  'RC',
  'PA',
  'PEP',
  'PPT',
  'NUIP',
  'NIT',
] as const);

/**
 * An identity document type. See {@link DOCUMENT_TYPES}.
 *
 * @example
 * ```ts
 * import type { DocumentType } from 'pqrsd/schema';
 * const t: DocumentType = 'CC';
 * ```
 */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * The rule a document number must follow.
 *
 * @example
 * ```ts
 * import { DOCUMENT_RULES } from 'pqrsd/schema';
 * DOCUMENT_RULES.CC.pattern.test('1020304050'); //=> true
 * ```
 */
export interface DocumentRule {
  /** Spanish name of the document. */
  readonly name: string;
  /** The rule in Spanish, as printed in error messages and in `docs/esquema.md`. */
  readonly rule: string;
  /**
   * Linear regular expression (no nested quantifiers) the whole number must match. For the NIT it
   * checks the shape only; the verification digit is checked by {@link isValidNit}.
   */
  readonly pattern: RegExp;
}

/**
 * Most characters of any document number (a NIT of 15 base digits with dots and dash has 21), checked before
 * its pattern.
 *
 * @example
 * ```ts
 * import { DOCUMENT_NUMBER_MAX_LENGTH } from 'pqrsd/schema';
 * DOCUMENT_NUMBER_MAX_LENGTH; //=> 21
 * ```
 */
export const DOCUMENT_NUMBER_MAX_LENGTH = 21;

/**
 * The rule of each document type, checked by the compiler to cover every {@link DocumentType}.
 *
 * | tipo | regla |
 * |---|---|
 * | CC | 3 a 10 dígitos, sin cero inicial (las cédulas antiguas tienen pocos dígitos; las actuales, 10) |
 * | CE | 3 a 7 dígitos |
 * | TI | 10 u 11 dígitos (11 en las antiguas, 10 con NUIP) |
 * | RC | 8 a 11 letras o dígitos (serial antiguo alfanumérico o NUIP) |
 * | PA | 5 a 16 letras o dígitos (los pasaportes extranjeros varían) |
 * | PEP | 6 a 15 dígitos |
 * | PPT | 6 a 10 dígitos |
 * | NUIP | 10 dígitos |
 * | NIT | base de 6 a 15 dígitos sin cero inicial y dígito de verificación DIAN; con o sin puntos y guion |
 *
 * Numbers other than the NIT are written without dots, spaces or dashes.
 *
 * @example
 * ```ts
 * import { DOCUMENT_RULES } from 'pqrsd/schema';
 * DOCUMENT_RULES.CE.rule; //=> 'de 3 a 7 dígitos, sin puntos ni espacios'
 * ```
 */
export const DOCUMENT_RULES = /* @__PURE__ */ deepFreeze({
  CC: {
    name: 'cédula de ciudadanía',
    rule: 'de 3 a 10 dígitos, sin cero inicial, sin puntos ni espacios',
    pattern: /^[1-9][0-9]{2,9}$/,
  },
  CE: {
    name: 'cédula de extranjería',
    rule: 'de 3 a 7 dígitos, sin puntos ni espacios',
    pattern: /^[0-9]{3,7}$/,
  },
  TI: {
    name: 'tarjeta de identidad',
    rule: '10 u 11 dígitos, sin puntos ni espacios',
    pattern: /^[0-9]{10,11}$/,
  },
  RC: {
    name: 'registro civil de nacimiento',
    rule: 'de 8 a 11 letras o dígitos, sin espacios',
    pattern: /^[0-9A-Za-z]{8,11}$/,
  },
  PA: {
    name: 'pasaporte',
    rule: 'de 5 a 16 letras o dígitos, sin espacios',
    pattern: /^[0-9A-Za-z]{5,16}$/,
  },
  PEP: {
    name: 'permiso especial de permanencia',
    rule: 'de 6 a 15 dígitos, sin puntos ni espacios',
    pattern: /^[0-9]{6,15}$/,
  },
  PPT: {
    name: 'permiso por protección temporal',
    rule: 'de 6 a 10 dígitos, sin puntos ni espacios',
    pattern: /^[0-9]{6,10}$/,
  },
  NUIP: {
    name: 'número único de identificación personal',
    rule: '10 dígitos, sin puntos ni espacios',
    pattern: /^[0-9]{10}$/,
  },
  NIT: {
    name: 'número de identificación tributaria',
    rule: 'base de 6 a 15 dígitos sin cero inicial, seguida del dígito de verificación, con o sin puntos y guion (890.903.938-8 o 8909039388)',
    pattern: /^[1-9](?:[0-9]{5,14}|[0-9]{0,2}(?:\.[0-9]{3}){1,4})-?[0-9]$/,
  },
} as const satisfies Record<DocumentType, DocumentRule>);

/**
 * Whether `number` is a well-formed number for the document `type` (see {@link DOCUMENT_RULES});
 * for a NIT, also that its verification digit is right.
 *
 * @param type - the document type
 * @param number - the number as written
 * @example
 * ```ts
 * import { isValidDocumentNumber } from 'pqrsd/schema';
 * isValidDocumentNumber('CC', '1020304050'); //=> true
 * isValidDocumentNumber('CC', '10.203.040'); //=> false
 * isValidDocumentNumber('NIT', '890.903.938-8'); //=> true
 * isValidDocumentNumber('NIT', '890903938-7'); //=> false
 * ```
 */
export function isValidDocumentNumber(type: DocumentType, number: string): boolean {
  if (typeof type !== 'string' || !Object.hasOwn(DOCUMENT_RULES, type) || typeof number !== 'string')
    return false;
  const rule: DocumentRule = DOCUMENT_RULES[type];
  if (number.length > DOCUMENT_NUMBER_MAX_LENGTH || !rule.pattern.test(number)) return false;
  return type !== 'NIT' || isValidNit(number);
}
