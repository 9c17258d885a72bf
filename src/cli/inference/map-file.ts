/**
 * The mapping an audit used, as an editable map file in the `--mapa` format (`--guardar-mapa`).
 *
 * @module
 */

import { existsSync, writeFileSync } from 'node:fs';
import { errorLine, usage } from '../io.js';
import { jsonOutputText } from '../json-output.js';
import type { ColumnMap } from '../mapping.js';
import type { ColumnMapping } from './infer.js';

/**
 * The map file's text: its format's `version`, every column of the file named (`null`: ignored) and
 * the entity's value maps (`schemas/mapa-columnas.schema.json`).
 *
 * @example
 * ```ts
 * JSON.parse(mapFileText({ sampleRows: 1, columns: [{ header: 'Clase', column: 'tipo', how: 'contenido', confidence: 1 }] })).columnas;
 * //=> { Clase: 'tipo' }
 * ```
 */
export function mapFileText(mapping: ColumnMapping, map: ColumnMap = {}): string {
  const columnas: Record<string, string | null> = {};
  for (const c of mapping.columns) if (!Object.hasOwn(columnas, c.header)) columnas[c.header] = c.column;
  const doc = {
    $comentario:
      'Mapa de columnas de pqrsd (úselo con --mapa). «columnas»: encabezado del archivo → columna canónica, ' +
      'o null para ignorarla. «valores»: por columna canónica, valor de la entidad → valor canónico; la clave "" ' +
      'es la celda vacía y «fuera_del_alcance» (en tipo) marca filas que no son PQRSD.',
    columnas,
    valores: map.valores ?? {},
  };
  return jsonOutputText('mapa-columnas', doc);
}

/**
 * Throws the usage error (exit 2) when the map file already exists: a user's file is never
 * overwritten.
 *
 * @example
 * ```ts no-run
 * assertNewMapFile('/tmp/columnas.json', 'columnas.json');
 * ```
 */
export function assertNewMapFile(path: string, shown: string): void {
  if (existsSync(path)) {
    throw usage(`--guardar-mapa: «${shown}» ya existe; no se sobrescribe (elija otro nombre o bórrelo)`);
  }
}

/**
 * Writes the map file, refusing to replace one that appeared meanwhile.
 *
 * @example
 * ```ts no-run
 * saveMapFile('/tmp/columnas.json', 'columnas.json', mapping, {});
 * ```
 */
export function saveMapFile(path: string, shown: string, mapping: ColumnMapping, map: ColumnMap = {}): void {
  try {
    writeFileSync(path, mapFileText(mapping, map), { flag: 'wx' });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') assertNewMapFile(path, shown);
    throw usage(`--guardar-mapa: ${errorLine(error, shown)}`);
  }
}
