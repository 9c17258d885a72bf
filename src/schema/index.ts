/**
 * The PQRSD record: zod schemas (types inferred from them), a parser for untrusted records with
 * Spanish issues and stable codes, identity-document rules (NIT with its DIAN verification digit)
 * and the JSON Schema export. Needs zod 3.25+ or 4 (a peer dependency; imported as `zod/v4`). The NIT
 * functions re-exported here live in the zod-free entry `pqrsd/nit`.
 *
 * @module pqrsd/schema
 */

export {
  compactNit,
  formatNit,
  isValidNit,
  NIT_MAX_BASE_DIGITS,
  NIT_MIN_BASE_DIGITS,
  nitCheckDigit,
} from '../nit/index.js';
export {
  DOCUMENT_NUMBER_MAX_LENGTH,
  DOCUMENT_RULES,
  DOCUMENT_TYPES,
  type DocumentRule,
  type DocumentType,
  isValidDocumentNumber,
} from './documents.js';
export { toPqrsdJsonSchema } from './json-schema.js';
export { RECORD_LIMITS } from './limits.js';
export { RECORD_ISSUE_CODES, type RecordIssueCode, spanishErrorMap } from './messages.js';
export {
  assertPqrsdRecord,
  type ParseRecordOptions,
  type ParseRecordResult,
  parsePqrsdRecord,
  type RecordIssue,
} from './parse.js';
export {
  CivilDateSchema,
  type Consent,
  ConsentSchema,
  type Contact,
  ContactSchema,
  type IdentityDocument,
  IdentityDocumentSchema,
  LifecycleEventSchema,
  PERSON_KINDS,
  type PersonKind,
  type Petitioner,
  PetitionerSchema,
  type PqrsdRecord,
  PqrsdRecordSchema,
  ReceivedAtSchema,
  type RecordLifecycleEvent,
  type RecordResponse,
  ResponseSchema,
  type Satisfaction,
  SatisfactionSchema,
} from './record.js';
