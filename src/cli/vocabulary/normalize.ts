/**
 * The key under which the vocabulary of real exports is looked up: what is left of a header or a
 * value once the differences that do not change its meaning are taken out.
 *
 * @module
 */

/**
 * The kind of export a vocabulary entry was seen in.
 *
 * - `canonico`: this project's own canonical names;
 * - `gestion_documental`: exports of document-management systems (Orfeo, SGDEA, Quyne, Mercurio…),
 *   whose type column is a documentary typology or a records series (`76.2. Quejas`);
 * - `siau`: tables of a health entity's Sistema de Información y Atención al Usuario;
 * - `sui`: reports to the SSPD's Sistema Único de Información (public utilities);
 * - `datos_abiertos`: PQRSD registries published as open data;
 * - `generico`: usual wording with no particular origin.
 *
 * @example
 * ```ts
 * const s: SourceKind = 'siau';
 * ```
 */
export type SourceKind = 'canonico' | 'gestion_documental' | 'siau' | 'sui' | 'datos_abiertos' | 'generico';

/** A records-series prefix: `76.2. `, `76.5 `, `3.1- `. */
const SERIES_PREFIX = /^\s*\d{1,4}(?:\.\d{1,4})*\s*[.)-]?[\s_]+(?=\D)/;

/**
 * Lower case, no accents, no records-series prefix, runs of anything but letters and digits (spaces,
 * punctuation, underscores, a trailing colon) as one `_`, and each word in the singular.
 *
 * The singular is a mechanical rule (`-iones` → `-ion`, `-des` → `-d`, `-les` → `-l`, `-res` → `-r`,
 * otherwise a final `s` of a word of four letters or more is dropped), applied alike to the
 * vocabulary and to what is looked up: it only has to make `Quejas` and `Queja` meet.
 *
 * @example
 * ```ts
 * vocabularyKey('76.5. Solicitudes de  Información'); //=> 'solicitud_de_informacion'
 * vocabularyKey('Título/asunto:'); //=> 'titulo_asunto'
 * vocabularyKey('TIPO_DE_PQRSDF'); //=> 'tipo_de_pqrsdf'
 * ```
 */
export function vocabularyKey(text: string): string {
  const plain = text
    .replace(/^\uFEFF/, '')
    .replace(SERIES_PREFIX, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (plain === '') return '';
  return plain.split(' ').map(singular).join('_');
}

function singular(word: string): string {
  if (word.length < 4 || !word.endsWith('s')) return word;
  if (word.endsWith('iones')) return word.slice(0, -2);
  if (/[dlr]es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
