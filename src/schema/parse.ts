/**
 * Parsing untrusted PQRSD records: a screen for hostile sizes and keys, then the zod schema with a
 * per-call Spanish error map, then issues with a readable path, a stable code and a Spanish message.
 *
 * @module
 */

import type * as z from 'zod/v4';
import { PqrsdError } from '../errors.js';
import { quote, RECORD_LIMITS, screenInput } from './limits.js';
import { issueCode, type RecordIssueCode, spanishErrorMap } from './messages.js';
import { type PqrsdRecord, PqrsdRecordSchema, strippingRecordSchema } from './record.js';

/**
 * One problem of a record.
 *
 * @example
 * ```ts
 * import type { RecordIssue } from 'pqrsd/schema';
 * const i: RecordIssue = { path: 'events[2].date', code: 'fecha_invalida', message: '…' };
 * ```
 */
export interface RecordIssue {
  /** Where: `'petitioner.document.number'`, `'events[2].date'`; `''` for the record itself. */
  readonly path: string;
  /** Stable code (see {@link RECORD_ISSUE_CODES}). */
  readonly code: RecordIssueCode;
  /** Spanish message for people; it quotes the bad value. */
  readonly message: string;
}

/**
 * Options of {@link parsePqrsdRecord} and {@link assertPqrsdRecord}.
 *
 * @example
 * ```ts
 * import type { ParseRecordOptions } from 'pqrsd/schema';
 * const o: ParseRecordOptions = { unknownKeys: 'strip' };
 * ```
 */
export interface ParseRecordOptions {
  /**
   * What to do with keys the schema does not know: `'reject'` (default: each is an issue
   * `clave_desconocida`) or `'strip'` (dropped from the value). `__proto__`, `constructor` and
   * `prototype` are rejected in both modes.
   */
  readonly unknownKeys?: 'reject' | 'strip' | undefined;
}

/**
 * The result of {@link parsePqrsdRecord}: the record, or every problem found.
 *
 * @example
 * ```ts
 * import { parsePqrsdRecord, type ParseRecordResult } from 'pqrsd/schema';
 * const r: ParseRecordResult = parsePqrsdRecord({});
 * if (!r.ok) r.issues.length; //=> 6
 * ```
 */
export type ParseRecordResult =
  | { readonly ok: true; readonly value: PqrsdRecord }
  | { readonly ok: false; readonly issues: readonly RecordIssue[] };

const IDENTIFIER_RE = /^[A-Za-z_$][\w$]*$/;

/** `['events', 2, 'date']` → `'events[2].date'`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER_RE.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
    }
  }
  return out;
}

function toIssues(issues: readonly z.core.$ZodIssue[]): RecordIssue[] {
  const out: RecordIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: formatPath([...issue.path, key]),
          code: 'clave_desconocida',
          message: `La clave ${quote(key)} no hace parte del esquema del registro PQRSD.`,
        });
      }
    } else {
      out.push({ path: formatPath(issue.path), code: issueCode(issue), message: issue.message });
    }
  }
  return out;
}

function capped(issues: RecordIssue[]): readonly RecordIssue[] {
  const max = RECORD_LIMITS.maxIssues;
  if (issues.length <= max) return issues;
  const kept = issues.slice(0, max - 1);
  kept.push({
    path: '',
    code: 'demasiados_problemas',
    message: `El registro tiene ${issues.length} problemas; se muestran los primeros ${max - 1}.`,
  });
  return kept;
}

/**
 * Validates an untrusted PQRSD record (for example from `JSON.parse`). Never throws: returns the
 * record, or every problem with its path, a stable code and a Spanish message.
 *
 * Hostile input is screened first (forbidden keys `__proto__` / `constructor` / `prototype`,
 * strings over 20,000 characters, lists over 100 elements, deep nesting, oversized objects) and
 * fails fast without running the schema. The returned value is a fresh object built by the schema:
 * it shares no object with the input.
 *
 * @param input - the record to check
 * @param options - `unknownKeys: 'reject' | 'strip'` (default `'reject'`)
 * @example
 * ```ts
 * import { parsePqrsdRecord } from 'pqrsd/schema';
 * const r = parsePqrsdRecord({
 *   radicado: '2026-ER-000123', type: 'peticion', receivedAt: '2026-11-27', channel: 'escrito',
 *   subject: 'Certificado laboral',
 *   petitioner: {
 *     kind: 'juridica', name: 'Empresa S.A.S.', document: { type: 'NIT', number: '890903938-7' },
 *     contact: { email: 'juridica@example.com' },
 *   },
 * });
 * r.ok; //=> false
 * if (!r.ok) r.issues[0]?.path; //=> 'petitioner.document.number'
 * if (!r.ok) r.issues[0]?.code; //=> 'nit_digito_verificacion'
 * ```
 */
export function parsePqrsdRecord(input: unknown, options: ParseRecordOptions = {}): ParseRecordResult {
  if (typeof options !== 'object' || options === null) {
    const message = `Las opciones de parsePqrsdRecord deben ser un objeto, no ${options === null ? 'null' : typeof options}.`;
    return { ok: false, issues: [{ path: '', code: 'opcion_invalida', message }] };
  }
  const mode = options.unknownKeys ?? 'reject';
  if (mode !== 'reject' && mode !== 'strip') {
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'opcion_invalida',
          message: `La opción unknownKeys ${quote(typeof mode === 'string' ? mode : typeof mode)} no es válida: use 'reject' o 'strip'.`,
        },
      ],
    };
  }
  try {
    const screened = screenInput(input);
    if (screened.length > 0) {
      return {
        ok: false,
        issues: capped(screened.map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message }))),
      };
    }
    const schema = mode === 'strip' ? strippingRecordSchema() : PqrsdRecordSchema;
    const result = schema.safeParse(input, { error: spanishErrorMap, reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: capped(toIssues(result.error.issues)) };
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'entrada_ilegible',
          message: `No se pudo leer el registro: ${error instanceof Error ? error.message : String(error)}.`,
        },
      ],
    };
  }
}

/**
 * Like {@link parsePqrsdRecord}, but returns the record or throws a `PqrsdError` with code
 * `INVALID_RECORD`, whose `details.issues` lists every problem and whose message names the first.
 *
 * @param input - the record to check
 * @param options - `unknownKeys: 'reject' | 'strip'` (default `'reject'`)
 * @returns the validated record (a fresh object)
 * @throws `PqrsdError` with code `INVALID_RECORD`
 * @example
 * ```ts
 * import { assertPqrsdRecord } from 'pqrsd/schema';
 * try {
 *   assertPqrsdRecord({ radicado: 'R-1' });
 * } catch (error) {
 *   error.code; //=> 'INVALID_RECORD'
 *   error.details.issues.length; //=> 5
 * }
 * ```
 */
export function assertPqrsdRecord(input: unknown, options: ParseRecordOptions = {}): PqrsdRecord {
  const result = parsePqrsdRecord(input, options);
  if (result.ok) return result.value;
  const [first] = result.issues;
  const n = result.issues.length;
  const where = first?.path ? `${first.path}: ` : '';
  throw new PqrsdError(
    'INVALID_RECORD',
    `El registro PQRSD no es válido (${n} ${n === 1 ? 'problema' : 'problemas'}). ${where}${first?.message ?? ''}`,
    { issues: result.issues },
  );
}
