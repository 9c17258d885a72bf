/**
 * The mapping an audit runs with, decided once from the header and the sample, or the usage error
 * (exit 2) that says what only the entity can settle.
 *
 * @module
 */

import { usage } from '../io.js';
import { type CanonicalColumn, type ColumnMap, type ResolvedHeader, resolveHeader } from '../mapping.js';
import { type InferredMapping, inferMapping } from './infer.js';

/**
 * The notices about a resolved header: the optional columns it lacks. Throws the usage error (exit 2)
 * when a required column is missing.
 *
 * @example
 * ```ts
 * headerNotices(['radicado', 'tipo', 'fecha_radicacion'], { index: { radicado: 0, tipo: 1, fecha_radicacion: 2 }, ignored: [], missing: [] }).length; //=> 4
 * ```
 */
export function headerNotices(names: readonly string[], header: ResolvedHeader): string[] {
  // Without a radicado column the rows are named by their line («fila N»).
  const missing = header.missing.filter((c) => c !== 'radicado');
  if (missing.length > 0) {
    throw usage(
      `el encabezado no tiene las columnas obligatorias: ${missing.join(', ')} ` +
        `(encabezado leído: ${names.slice(0, 8).join(', ')}${names.length > 8 ? '…' : ''}; ni sus nombres ni su contenido las muestran: ` +
        'use --mapa para asociar sus columnas; «pqrsd mapa archivo» propone un mapa)',
      { missing },
    );
  }
  const notices: string[] = header.format === undefined ? [] : [header.format];
  if (header.index.radicado === undefined)
    notices.push(
      'el archivo no tiene columna de radicado: cada solicitud se identifica como «fila N», su línea en el archivo',
    );
  if (header.index.fecha_respuesta === undefined) {
    notices.push(
      header.index.estado === undefined
        ? 'el archivo no tiene columna fecha_respuesta: no se sabe si las solicitudes se respondieron ni cuándo; ' +
            'se cuentan «sin dato de respuesta» (oportunidad desconocida), no como vencidas'
        : 'el archivo no tiene columna fecha_respuesta: las cerradas según su estado se cuentan «respondidas sin fecha» ' +
            '(oportunidad desconocida); las abiertas, con su término; las de estado vacío o desconocido, «sin dato de respuesta»',
    );
  }
  if (header.index.canal === undefined) notices.push('el archivo no tiene columna canal: se registra «otro»');
  if (header.index.asunto === undefined) notices.push('el archivo no tiene columna asunto');
  if (header.index.fecha_vencimiento === undefined) {
    notices.push(
      'el archivo no trae fecha_vencimiento: no se compara el vencimiento del sistema de la entidad',
    );
  }
  return notices;
}

/**
 * The decided mapping of a file.
 *
 * @example
 * ```ts no-run
 * const d: DecidedMapping = decideMapping(names, sample, {});
 * ```
 */
export interface DecidedMapping {
  /** Where each canonical column sits. */
  readonly header: ResolvedHeader;
  /** What inference found (the effective map crosses to the worker threads). */
  readonly inferred: InferredMapping;
  /** Notices for the report. */
  readonly notices: string[];
}

/**
 * Decides the mapping of a CSV file from its header and the first rows ({@link SAMPLE_ROWS}).
 * Throws the usage error (exit 2) on an ambiguity, with the `--mapa` entry that settles it, and when
 * a required column is still missing.
 *
 * @example
 * ```ts
 * decideMapping(['radicado', 'tipo', 'fecha_radicacion'], [], {}).header.missing; //=> []
 * ```
 */
export function decideMapping(
  names: readonly string[],
  rows: readonly (readonly string[])[],
  map: ColumnMap,
): DecidedMapping {
  // A recognised format (the SUI Formato A) is read as such: nothing to infer, and the map the
  // worker threads get stays the entity's, so they recognise it too.
  const known = resolveHeader(names, map);
  if (known.format !== undefined) {
    const columns = names.map((header, i) => {
      const column = (Object.keys(known.index) as CanonicalColumn[]).find((c) => known.index[c] === i);
      return column === undefined
        ? { header, column: null, how: 'ignorada' as const, confidence: 0 }
        : { header, column, how: 'encabezado' as const, confidence: 1, note: known.format as string };
    });
    return {
      header: known,
      inferred: {
        mapping: { sampleRows: rows.length, columns },
        effective: map,
        notices: [],
        ambiguities: [],
        profiles: [],
      },
      notices: headerNotices(names, known),
    };
  }
  const inferred = inferMapping(names, rows, map);
  if (inferred.ambiguities.length > 0) {
    throw usage(
      `no se puede decidir sin la entidad: ${inferred.ambiguities.map((a) => a.message).join(' · ')}`,
      {
        settle: inferred.ambiguities.map((a) => a.settle),
      },
    );
  }
  const header = resolveHeader(names, inferred.effective);
  const notices = [...inferred.notices, ...headerNotices(names, header)];
  return { header, inferred, notices };
}
