/**
 * Spanish messages and stable codes for the issues of a PQRSD record. The messages are produced by a
 * per-call error map ({@link spanishErrorMap}): zod's global configuration is never touched, so the
 * host application keeps its own language.
 *
 * @module
 */

import type * as z from 'zod/v4';
import { objectArgument } from '../arguments.js';
import { PqrsdError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { show } from '../show.js';
import { DOCUMENT_RULES, DOCUMENT_TYPES } from './documents.js';
import { quote } from './limits.js';
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
 * Stable codes of the issues of a PQRSD record. Match on these, never on the message.
 *
 * | code | when |
 * |---|---|
 * | `requerido` | a required field is missing |
 * | `tipo_invalido` | a value of the wrong kind (a number where a text goes, a list where an object goes) |
 * | `valor_no_permitido` | a value outside its list (type, regime, channel, outcome, document type…) |
 * | `vacio` | a text that is empty or only blanks |
 * | `demasiado_largo` | a text longer than its maximum |
 * | `demasiados_elementos` | a list longer than its maximum |
 * | `fuera_de_rango` | a number outside its range |
 * | `no_entero` | a number that must be whole and is not |
 * | `formato_invalido` | a text that does not follow its format (`radicado`) |
 * | `fecha_invalida` | not a real civil date `AAAA-MM-DD` (or, in `receivedAt`, an instant with zone) |
 * | `fecha_fuera_de_rango` | a date outside the supported years of the calendar |
 * | `correo_invalido` | an e-mail address that is not one |
 * | `telefono_invalido` | a telephone number that is not one |
 * | `divipola_invalido` | a municipality that is not a 5-digit DIVIPOLA code |
 * | `documento_invalido` | a document number that breaks the rule of its type |
 * | `nit_digito_verificacion` | a NIT whose verification digit is wrong |
 * | `contacto_requerido` | an identified petitioner with neither e-mail nor postal address |
 * | `duplicado` | a priority condition listed twice |
 * | `prorroga_sin_plazo` / `prorroga_plazo_duplicado` | a prórroga with neither / both of `newDueDate` and `businessDays` |
 * | `rango_invertido` | a suspension whose end precedes its start; an aviso removed before it was published |
 * | `fecha_anterior_a_radicacion` | an event, response or survey dated before the receipt |
 * | `respuesta_sin_evento` | a `response` with no `respuesta` event on its date |
 * | `clave_desconocida` | a key the schema does not know (mode `reject`) |
 * | `clave_prohibida` | `__proto__`, `constructor` or `prototype`, in any mode |
 * | `demasiadas_claves` / `anidamiento_excesivo` / `registro_demasiado_grande` | hostile sizes, rejected before parsing |
 * | `demasiados_problemas` | the list of issues was cut at its maximum |
 * | `opcion_invalida` | an option of the parser that is not one of the documented values |
 * | `entrada_ilegible` | the input could not be read (a getter that throws, a proxy) |
 *
 * @example
 * ```ts
 * import { RECORD_ISSUE_CODES } from 'pqrsd/schema';
 * RECORD_ISSUE_CODES.includes('nit_digito_verificacion'); //=> true
 * ```
 */
export const RECORD_ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'requerido',
  'tipo_invalido',
  'valor_no_permitido',
  'vacio',
  'demasiado_largo',
  'demasiados_elementos',
  'fuera_de_rango',
  'no_entero',
  'formato_invalido',
  'fecha_invalida',
  'fecha_fuera_de_rango',
  'correo_invalido',
  'telefono_invalido',
  'divipola_invalido',
  'documento_invalido',
  'nit_digito_verificacion',
  'contacto_requerido',
  'duplicado',
  'prorroga_sin_plazo',
  'prorroga_plazo_duplicado',
  'rango_invertido',
  'fecha_anterior_a_radicacion',
  'respuesta_sin_evento',
  'clave_desconocida',
  'clave_prohibida',
  'demasiadas_claves',
  'anidamiento_excesivo',
  'registro_demasiado_grande',
  'demasiados_problemas',
  'opcion_invalida',
  'entrada_ilegible',
] as const);

/**
 * A stable issue code. See {@link RECORD_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import type { RecordIssueCode } from 'pqrsd/schema';
 * const c: RecordIssueCode = 'requerido';
 * ```
 */
export type RecordIssueCode = (typeof RECORD_ISSUE_CODES)[number];

const FORMATS = new Map<string, { code: RecordIssueCode; what: string }>([
  [String(NOT_BLANK_RE), { code: 'vacio', what: '' }],
  [String(CIVIL_DATE_RE), { code: 'fecha_invalida', what: 'una fecha AAAA-MM-DD (por ejemplo 2026-11-27)' }],
  [
    String(RECEIVED_AT_RE),
    {
      code: 'fecha_invalida',
      what: 'una fecha AAAA-MM-DD o una fecha y hora ISO 8601 con zona (por ejemplo 2026-11-27T18:30:00-05:00)',
    },
  ],
  [
    String(RADICADO_RE),
    { code: 'formato_invalido', what: 'letras, dígitos y . _ / - (empezando por letra o dígito)' },
  ],
  [String(EMAIL_RE), { code: 'correo_invalido', what: 'un correo electrónico como nombre@dominio.gov.co' }],
  [
    String(PHONE_RE),
    {
      code: 'telefono_invalido',
      what: 'un teléfono de 7 a 20 dígitos, con + , espacios, guiones o paréntesis',
    },
  ],
  [
    String(DIVIPOLA_RE),
    {
      code: 'divipola_invalido',
      what: 'un código DIVIPOLA de 5 dígitos (2 del departamento y 3 del municipio)',
    },
  ],
]);
for (const type of DOCUMENT_TYPES) {
  const rule = DOCUMENT_RULES[type];
  FORMATS.set(String(rule.pattern), {
    code: 'documento_invalido',
    what: `un número de ${rule.name} (${type}): ${rule.rule}`,
  });
}

const EXPECTED: Record<string, string> = {
  string: 'un texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'verdadero o falso',
  array: 'una lista',
  object: 'un objeto',
};

/** Describes an untrusted value briefly, in Spanish, for a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'una lista';
  switch (typeof value) {
    case 'string':
      return `el texto ${quote(value)}`;
    case 'number':
      return `el número ${value}`;
    case 'boolean':
      return `el valor ${value}`;
    case 'object':
      return 'un objeto';
    default:
      return `un valor de tipo ${typeof value}`;
  }
}

function shown(value: unknown): string {
  return typeof value === 'string' ? quote(value) : `«${show(value)}»`;
}

function allowed(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

function missing(issue: z.core.$ZodRawIssue): string {
  const key = issue.path?.[issue.path.length - 1];
  return typeof key === 'string' ? `Falta el campo obligatorio «${key}».` : 'Falta este campo obligatorio.';
}

/**
 * The per-call zod error map that writes every issue of the record schema in Spanish, quoting the bad
 * value (cut at 40 characters). `parsePqrsdRecord` uses it; pass it yourself when you call the zod
 * schemas directly: `PqrsdRecordSchema.safeParse(x, { error: spanishErrorMap })`. It never changes
 * zod's global configuration.
 *
 * @param issue - the raw issue zod is reporting
 * @returns the Spanish message
 * @example
 * ```ts
 * import { PqrsdRecordSchema, spanishErrorMap } from 'pqrsd/schema';
 * const r = PqrsdRecordSchema.safeParse({}, { error: spanishErrorMap });
 * r.success; //=> false
 * r.error?.issues[0]?.message; //=> 'Falta el campo obligatorio «radicado».'
 * ```
 */
export function spanishErrorMap(issue: z.core.$ZodRawIssue): string {
  objectArgument(issue, 'El problema de zod');
  try {
    return messageOf(issue);
  } catch (error) {
    // Only a hand-made issue (not one zod made) can get here: a field of an unexpected type.
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `El problema de zod no tiene la forma esperada (código «${show(issue.code)}»): ${error instanceof Error ? error.message : show(error)}`,
      { value: issue.code },
    );
  }
}

function messageOf(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return missing(issue);
      return `Se esperaba ${EXPECTED[issue.expected] ?? issue.expected}; se recibió ${describe(input)}.`;
    case 'invalid_value':
      if (input === undefined) return missing(issue);
      return `${shown(input)} no es un valor permitido; valores permitidos: ${allowed(issue.values)}.`;
    case 'invalid_union': {
      const key = issue.discriminator;
      if (key !== undefined && typeof input === 'object' && input !== null) {
        const value = (input as Record<string, unknown>)[key];
        if (value === undefined) return `Falta el campo obligatorio «${key}».`;
        return `${shown(value)} no es un valor permitido de «${key}»; valores permitidos: ${allowed((issue as { options?: readonly unknown[] }).options ?? [])}.`;
      }
      const what = describe(input);
      return `${what[0]?.toUpperCase()}${what.slice(1)} no tiene ninguna de las formas admitidas.`;
    }
    case 'too_big': {
      const size = typeof input === 'string' || Array.isArray(input) ? input.length : 0;
      if (issue.origin === 'string') return `Texto de ${size} caracteres; el máximo es ${issue.maximum}.`;
      if (issue.origin === 'array') return `Lista de ${size} elementos; el máximo es ${issue.maximum}.`;
      return `${shown(input)} supera el máximo permitido, ${issue.maximum}.`;
    }
    case 'too_small':
      if (issue.origin === 'string')
        return `Texto demasiado corto; el mínimo es ${issue.minimum} caracteres.`;
      return `${shown(input)} es menor que el mínimo permitido, ${issue.minimum}.`;
    case 'invalid_format': {
      const format = issue.pattern === undefined ? undefined : FORMATS.get(issue.pattern);
      if (format?.code === 'vacio') return 'El texto está vacío o solo tiene espacios.';
      return `${shown(input)} no es válido: se espera ${format?.what ?? 'otro formato'}.`;
    }
    case 'unrecognized_keys':
      return `Claves desconocidas: ${issue.keys.map((k) => quote(k)).join(', ')}.`;
    default:
      return `${shown(input)} no es válido.`;
  }
}

/**
 * The stable code of a finished zod issue of the record schema. The issue must carry its input
 * (parse with `reportInput: true`).
 *
 * @param issue - a finished issue
 */
export function issueCode(issue: z.core.$ZodIssue): RecordIssueCode {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'requerido';
      if (issue.expected === 'int' && typeof input === 'number') return 'no_entero';
      return 'tipo_invalido';
    case 'invalid_value':
      return input === undefined ? 'requerido' : 'valor_no_permitido';
    case 'invalid_union': {
      const key = issue.discriminator;
      const missing =
        key !== undefined &&
        typeof input === 'object' &&
        input !== null &&
        (input as Record<string, unknown>)[key] === undefined;
      return missing
        ? 'requerido'
        : issue.discriminator === undefined
          ? 'tipo_invalido'
          : 'valor_no_permitido';
    }
    case 'too_big':
      if (issue.origin === 'string') return 'demasiado_largo';
      if (issue.origin === 'array') return 'demasiados_elementos';
      return 'fuera_de_rango';
    case 'too_small':
      return issue.origin === 'string' ? 'vacio' : 'fuera_de_rango';
    case 'invalid_format':
      return (
        (issue.pattern === undefined ? undefined : FORMATS.get(issue.pattern)?.code) ?? 'formato_invalido'
      );
    case 'unrecognized_keys':
      return 'clave_desconocida';
    case 'custom': {
      const code = issue.params?.code;
      return (RECORD_ISSUE_CODES as readonly unknown[]).includes(code)
        ? (code as RecordIssueCode)
        : 'formato_invalido';
    }
    default:
      return 'formato_invalido';
  }
}
