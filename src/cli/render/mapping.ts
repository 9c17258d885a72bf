/**
 * What every report format says first about how the file was read: the mapping of its columns and
 * the accounting of its rows (read = audited + invalid + out of scope).
 *
 * @module
 */

import type { AuditReport } from '../audit.js';
import { formatInt } from '../format.js';
import type { ColumnMapping, MappingHow } from '../inference/infer.js';

const HOW: Readonly<Record<MappingHow, string>> = {
  mapa: 'mapa',
  encabezado: 'encabezado',
  sinonimo: 'sinónimo',
  contenido: 'contenido',
  ignorada: 'ignorada',
};

/**
 * One line per column of the file: `«TIPO_DE_PQRSDF» → tipo (sinónimo, 98 %)`.
 *
 * @example
 * ```ts
 * mappingLines({ sampleRows: 3, columns: [{ header: 'Clase', column: 'tipo', how: 'contenido', confidence: 1 }] });
 * //=> ['«Clase» → tipo (contenido, 100 %)']
 * ```
 */
export function mappingLines(mapping: ColumnMapping): string[] {
  return mapping.columns.map((c) => {
    const target = c.column ?? 'ignorada';
    const how = c.column === null ? '' : `${HOW[c.how]}, ${Math.round(c.confidence * 100)} %`;
    const note = c.note === undefined ? '' : c.note;
    const detail = [how, note].filter((x) => x !== '').join(': ');
    return `«${c.header}» → ${target}${detail === '' ? '' : ` (${detail})`}`;
  });
}

/**
 * The title of the mapping block.
 *
 * @example
 * ```ts
 * mappingTitle({ sampleRows: 500, columns: [] }); //=> 'Columnas (decididas con las primeras 500 filas)'
 * ```
 */
export function mappingTitle(mapping: ColumnMapping): string {
  return `Columnas (decididas con las primeras ${formatInt(mapping.sampleRows)} filas)`;
}

/**
 * The accounting of the rows: `Filas leídas 12 = auditadas 9 + inválidas 2 + fuera del alcance 1`.
 *
 * @example
 * ```ts
 * rowsEquation({ total: 3, valid: 1, invalid: 1, outOfScope: 1 });
 * //=> 'Filas leídas 3 = auditadas 1 + inválidas 1 + fuera del alcance 1'
 * ```
 */
export function rowsEquation(rows: AuditReport['rows']): string {
  return (
    `Filas leídas ${formatInt(rows.total)} = auditadas ${formatInt(rows.valid)} + ` +
    `inválidas ${formatInt(rows.invalid)} + fuera del alcance ${formatInt(rows.outOfScope)}`
  );
}

/**
 * One line per out-of-scope value: `«TUTELA»: 2 filas (4, 9)`.
 *
 * @example
 * ```ts
 * outOfScopeLines([{ value: 'TUTELA', count: 2, lines: [4, 9] }]); //=> ['«TUTELA»: 2 filas (4, 9)']
 * ```
 */
export function outOfScopeLines(groups: AuditReport['outOfScope']): string[] {
  return groups.map((g) => {
    const more = g.count > g.lines.length ? ', …' : '';
    const value = g.value === '' ? '(vacío)' : g.value;
    return `«${value}»: ${formatInt(g.count)} ${g.count === 1 ? 'fila' : 'filas'} (${g.lines.join(', ')}${more})`;
  });
}
