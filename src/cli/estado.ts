/**
 * The `estado` column of a registry export (`ESTADO TRAMITE`, `Estado`…): whether the entity's system
 * says the request is closed or still open. It says nothing of when it was answered: a closed request
 * without an answer date is «respondida sin fecha» (its timeliness is unknown), and an open one is
 * pending as the deadline engine says.
 *
 * @module
 */

import { normalizeToken } from './mapping.js';

/**
 * What a status cell says: `cerrada` (cerrado, finalizado, respondido, terminado, archivado…),
 * `abierta` (abierto, en trámite, pendiente…), `desconocido` (a value of neither list) or
 * `undefined` (an empty cell).
 *
 * @example
 * ```ts
 * const s: StatusCell = 'cerrada';
 * ```
 */
export type StatusCell = 'cerrada' | 'abierta' | 'desconocido';

/** Closed values (normalised tokens, singular masculine and feminine). */
const CLOSED: ReadonlySet<string> = new Set(
  [
    'cerrad',
    'finalizad',
    'respondid',
    'terminad',
    'archivad',
    'resuelt',
    'contestad',
    'solucionad',
    'atendid',
    'concluid',
    'tramitad',
  ]
    .flatMap((s) => [`${s}o`, `${s}a`, `${s}os`, `${s}as`])
    // the closed states of pqrsd's own output (the estado column of `auditar --formato csv`)
    .concat(['respondida_a_tiempo', 'respondida_extemporanea', 'desistida', 'trasladada']),
);
/** Open values (normalised tokens). */
const OPEN: ReadonlySet<string> = new Set([
  'abierto',
  'abierta',
  'en_tramite',
  'tramite',
  'pendiente',
  'pendientes',
  'en_proceso',
  'en_curso',
  'en_gestion',
  'por_responder',
  'sin_respuesta',
  'sin_responder',
  'vigente',
  'activo',
  'activa',
  'nuevo',
  'nueva',
  'asignado',
  'asignada',
  'radicado',
  'radicada',
  'recibido',
  'recibida',
  // the open states of pqrsd's own output (the estado column of `auditar --formato csv`)
  'en_termino',
  'por_vencer',
  'vencida',
  'en_requerimiento',
]);

const CACHE = new Map<string, StatusCell | undefined>();

/**
 * Reads a status cell (case, accents and punctuation ignored; memoised: registries repeat a handful
 * of values).
 *
 * @example
 * ```ts
 * statusOfCell('FINALIZADO'); //=> 'cerrada'
 * statusOfCell('En trámite'); //=> 'abierta'
 * statusOfCell('vencida'); //=> 'abierta'
 * statusOfCell('Devuelto'); //=> 'desconocido'
 * statusOfCell(''); //=> undefined
 * ```
 */
export function statusOfCell(raw: string): StatusCell | undefined {
  if (raw === '') return undefined;
  let v = CACHE.get(raw);
  if (v !== undefined || CACHE.has(raw)) return v;
  const token = normalizeToken(raw);
  v = token === '' ? undefined : CLOSED.has(token) ? 'cerrada' : OPEN.has(token) ? 'abierta' : 'desconocido';
  if (CACHE.size >= 1000) CACHE.clear();
  CACHE.set(raw, v);
  return v;
}
