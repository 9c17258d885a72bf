/**
 * Lookups over the vocabulary of real exports ({@link HEADER_VOCABULARY}, {@link VALUE_VOCABULARY}).
 *
 * @module
 */

import type { CanonicalColumn } from '../mapping.js';
import { HEADER_VOCABULARY, type HeaderSynonym } from './headers.js';
import { vocabularyKey } from './normalize.js';
import { type EnumColumn, VALUE_VOCABULARY, type ValueSynonym } from './values.js';

export { HEADER_VOCABULARY, type HeaderSynonym } from './headers.js';
export { type SourceKind, vocabularyKey } from './normalize.js';
export {
  type EnumColumn,
  OUT_OF_SCOPE,
  VALUE_VOCABULARY,
  type ValueColumn,
  type ValueSynonym,
} from './values.js';

const HEADERS = new Map<string, HeaderSynonym>();
for (const h of HEADER_VOCABULARY as readonly HeaderSynonym[]) HEADERS.set(vocabularyKey(h.text), h);

const VALUES = new Map<string, ValueSynonym>();
for (const v of VALUE_VOCABULARY as readonly ValueSynonym[])
  VALUES.set(`${v.column}\u0000${vocabularyKey(v.text)}`, v);

/**
 * The vocabulary entry of a header, if any.
 *
 * @example
 * ```ts
 * lookupHeader('FECHA RADICACIÓN')?.column; //=> 'fecha_radicacion'
 * ```
 */
export function lookupHeader(text: string): HeaderSynonym | undefined {
  return HEADERS.get(vocabularyKey(text));
}

/**
 * The canonical value of an enumerated column's value, if the vocabulary knows it.
 *
 * @example
 * ```ts
 * lookupValue('tipo', '76.2. Quejas'); //=> 'queja'
 * ```
 */
export function lookupValue(column: EnumColumn | CanonicalColumn, text: string): string | undefined {
  // The apelación is decided in the same words as the recurso.
  const c = column === 'resultado_apelacion' ? 'resultado_recurso' : column;
  return VALUES.get(`${c}\u0000${vocabularyKey(text)}`)?.value;
}
