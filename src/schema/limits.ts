/**
 * Size limits of a PQRSD record, and the screen that enforces the hard ones before any schema runs,
 * so that a hostile record (a million-character string, a hundred thousand events, a deeply nested
 * structure, a `__proto__` key) fails fast with a clear issue and cannot exhaust memory or time.
 * No dependency (no zod).
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';

/**
 * Maximum sizes of a PQRSD record. Every string of the schema has a maximum length and every list a
 * maximum size, taken from this table; the screening limits (`maxDepth`, `maxNodes`, `maxKeys`,
 * `maxIssues`) bound the work done on any input whatsoever.
 *
 * @example
 * ```ts
 * import { RECORD_LIMITS } from 'pqrsd/schema';
 * RECORD_LIMITS.events; //=> 100
 * ```
 */
export const RECORD_LIMITS = /* @__PURE__ */ deepFreeze({
  /** `radicado` and `response.radicado`: characters. */
  radicado: 64,
  /** `subject`: characters. */
  subject: 300,
  /** `description`: characters (about ten pages); also the longest string the screen lets through. */
  description: 20_000,
  /** Names of persons and organisations: characters. */
  name: 200,
  /** `seccional`, `dependencia`, `assignee`: characters. */
  unit: 150,
  /** Free text of an event (`reason`, `to`, `act`): characters. */
  eventText: 1_000,
  /** `satisfaction.comment`: characters. */
  comment: 2_000,
  /** `consent.policyVersion`: characters. */
  policyVersion: 64,
  /** `contact.email`: characters (RFC 5321). */
  email: 254,
  /** `contact.address`: characters. */
  address: 300,
  /** `events`: elements. */
  events: 100,
  /** `priority`: elements (each condition at most once). */
  priority: 8,
  /** Deepest nesting of objects and lists accepted by the screen (a record needs 3). */
  maxDepth: 6,
  /** Most values (objects, lists, scalars) the screen reads before giving up. */
  maxNodes: 2_000,
  /** Most keys in any one object. */
  maxKeys: 40,
  /** Most issues reported for one record; the last one says how many were left out. */
  maxIssues: 50,
} as const);

/** Keys that could reach an object's prototype chain; always rejected, in every mode. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A problem found by {@link screenInput}: path segments, stable code, Spanish message. */
export interface ScreenIssue {
  /** Path segments from the root of the record. */
  readonly path: readonly (string | number)[];
  /** Stable code. */
  readonly code:
    | 'tipo_invalido'
    | 'clave_prohibida'
    | 'demasiado_largo'
    | 'demasiados_elementos'
    | 'demasiadas_claves'
    | 'anidamiento_excesivo'
    | 'registro_demasiado_grande';
  /** Spanish message. */
  readonly message: string;
}

/** Shows an untrusted key in a message without flooding it. */
export function quote(value: string, max = 40): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return `«${shown}»`;
}

/**
 * Walks an untrusted value once, bounded by {@link RECORD_LIMITS}, and lists what makes it unsafe to
 * hand to the schema: objects that are not plain (a `Date`, a `Map`, a class instance), forbidden keys, strings longer than the longest field, lists longer than the
 * longest list, objects with too many keys, nesting deeper than a record has, or too many values
 * overall. Stops at the first `maxIssues` problems. Never throws on a JSON value.
 *
 * @param input - any value (usually from `JSON.parse`)
 * @returns the problems found; empty when the value may be parsed
 */
export function screenInput(input: unknown): ScreenIssue[] {
  const issues: ScreenIssue[] = [];
  let nodes = 0;
  const path: (string | number)[] = [];

  const add = (code: ScreenIssue['code'], message: string, key?: string | number): void => {
    issues.push({ path: key === undefined ? [...path] : [...path, key], code, message });
  };
  const tooBig = (): void => {
    issues.push({
      path: [],
      code: 'registro_demasiado_grande',
      message: `El registro tiene más de ${RECORD_LIMITS.maxNodes} valores; un registro PQRSD válido tiene muchos menos.`,
    });
  };

  const visit = (value: unknown, depth: number): boolean => {
    if (issues.length >= RECORD_LIMITS.maxIssues) return false;
    nodes++;
    if (nodes > RECORD_LIMITS.maxNodes) {
      tooBig();
      return false;
    }
    if (typeof value === 'string') {
      if (value.length > RECORD_LIMITS.description) {
        add(
          'demasiado_largo',
          `Texto de ${value.length} caracteres; ningún campo admite más de ${RECORD_LIMITS.description}.`,
        );
      }
      return true;
    }
    if (typeof value !== 'object' || value === null) return true;
    if (depth >= RECORD_LIMITS.maxDepth) {
      add(
        'anidamiento_excesivo',
        `Anidamiento de más de ${RECORD_LIMITS.maxDepth} niveles; un registro PQRSD válido tiene 3.`,
      );
      return true;
    }
    if (Array.isArray(value)) {
      if (value.length > RECORD_LIMITS.events) {
        add(
          'demasiados_elementos',
          `Lista de ${value.length} elementos; ninguna lista admite más de ${RECORD_LIMITS.events}.`,
        );
        return true;
      }
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const go = visit(value[i], depth + 1);
        path.pop();
        if (!go) return false;
      }
      return true;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
      add(
        'tipo_invalido',
        `Se esperaba un objeto simple (de JSON); se recibió ${typeof name === 'string' && name ? `un ${name}` : 'otro objeto'}.`,
      );
      return true;
    }
    const keys = Object.keys(value);
    if (keys.length > RECORD_LIMITS.maxKeys) {
      add(
        'demasiadas_claves',
        `Objeto con ${keys.length} claves; ningún objeto del registro admite más de ${RECORD_LIMITS.maxKeys}.`,
      );
      return true;
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        add('clave_prohibida', `La clave ${quote(key)} no se admite en ningún objeto del registro.`, key);
        if (issues.length >= RECORD_LIMITS.maxIssues) return false;
        continue;
      }
      path.push(key);
      const go = visit((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
      if (!go) return false;
    }
    return true;
  };

  visit(input, 0);
  return issues;
}
