/**
 * `pqrsd mapa <archivo.csv> [--mapa columnas.json] [--guardar-mapa nuevo.json] [--json]`: shows the
 * mapping an audit of the file would use (each column, what it became, how sure, sample values), the
 * values of each enumerated column it does not recognise, the rows out of scope, and what only the
 * entity can settle. Reads the header and the first rows only.
 *
 * @module
 */

import { createReadStream, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanFlag, type CommandSpec, formatHelp, parseArgs, stringFlag } from '../args.js';
import { CsvParser } from '../csv.js';
import { type InferredMapping, inferMapping, SAMPLE_ROWS } from '../inference/infer.js';
import { assertNewMapFile, saveMapFile } from '../inference/map-file.js';
import { isEnumColumn, recognised } from '../inference/profile.js';
import { type CliIo, EXIT, errorLine, usage, write } from '../io.js';
import { jsonSyntaxMessage } from '../json-error.js';
import { jsonOutputText } from '../json-output.js';
import {
  type CanonicalColumn,
  type ColumnMap,
  normalizeEnumValue,
  parseColumnMap,
  resolveHeader,
} from '../mapping.js';
import { mappingLines } from '../render/mapping.js';
import { OUT_OF_SCOPE } from '../vocabulary/index.js';

/**
 * The argument grammar of `pqrsd mapa`.
 *
 * @example
 * ```ts
 * MAPA_SPEC.name; //=> 'mapa'
 * ```
 */
export const MAPA_SPEC: CommandSpec = {
  name: 'mapa',
  summary: 'propone el mapa de columnas de un registro (lo que la auditoría usaría sin --mapa)',
  usage: 'pqrsd mapa <archivo.csv> [--mapa columnas.json] [--guardar-mapa nuevo.json] [--json]',
  positionals: { min: 1, max: 1, names: ['archivo'] },
  flags: {
    mapa: {
      type: 'string',
      value: 'columnas.json',
      description: 'parte de un mapa existente (sus columnas y valores mandan)',
    },
    'guardar-mapa': {
      type: 'string',
      value: 'columnas.json',
      description: 'escribe el mapa propuesto (editable); no sobrescribe un archivo existente',
    },
    json: { type: 'boolean', description: 'la propuesta en JSON' },
  },
  epilog:
    `Lee el encabezado y las primeras ${SAMPLE_ROWS} filas. Cada columna se reconoce por su nombre (canónico o\n` +
    'sinónimo) o por su contenido, con la confianza (parte de las celdas con dato que encajan). Sale con código 2\n' +
    'si algo solo lo puede decidir la entidad (dos fechas de radicación posibles, códigos de una letra) o si\n' +
    'falta una columna obligatoria; el mensaje trae la línea de --mapa que lo resuelve.\n' +
    'Ejemplo:\n  pqrsd mapa registro.csv --guardar-mapa columnas.json\n' +
    '  pqrsd auditar registro.csv --mapa columnas.json --corte 2026-11-27',
};

/** The header and the first rows of a CSV file. */
async function readHead(path: string): Promise<{ names: readonly string[]; rows: string[][] }> {
  let names: readonly string[] = [];
  const rows: string[][] = [];
  const parser = new CsvParser({
    header: (n) => {
      names = n;
    },
    row: (fields) => void rows.push(fields),
    rowError() {},
  });
  const stream = createReadStream(path, { highWaterMark: 1 << 18 });
  try {
    for await (const chunk of stream) {
      parser.push(chunk as Buffer);
      if (rows.length >= SAMPLE_ROWS) break;
    }
  } finally {
    stream.destroy();
  }
  if (rows.length < SAMPLE_ROWS) parser.end();
  return { names, rows: rows.slice(0, SAMPLE_ROWS) };
}

/** Values of an enumerated column the audit would not recognise, with their counts. */
function unrecognised(
  column: CanonicalColumn,
  index: number,
  rows: readonly (readonly string[])[],
  map: ColumnMap,
): { outside: Map<string, number>; unknown: Map<string, number> } {
  const outside = new Map<string, number>();
  const unknown = new Map<string, number>();
  if (!isEnumColumn(column)) return { outside, unknown };
  for (const row of rows) {
    const cell = (row[index] ?? '').trim();
    if (cell === '') continue;
    if (column === 'tipo' && normalizeEnumValue('tipo', cell, map) === OUT_OF_SCOPE)
      outside.set(cell, (outside.get(cell) ?? 0) + 1);
    else if (!recognised(column, cell, map)) unknown.set(cell, (unknown.get(cell) ?? 0) + 1);
  }
  return { outside, unknown };
}

const listed = (m: Map<string, number>): string =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([v, n]) => `«${v}» (${n})`)
    .join(', ') + (m.size > 12 ? `, … (${m.size} valores)` : '');

function proposalText(
  file: string,
  inferred: InferredMapping,
  rows: readonly (readonly string[])[],
  map: ColumnMap,
): string {
  const { mapping, profiles } = inferred;
  let out = `Mapa propuesto para ${file} (primeras ${mapping.sampleRows} filas)\n\n`;
  const lines = mappingLines(mapping);
  mapping.columns.forEach((c, i) => {
    const examples = profiles[i]?.examples ?? [];
    out += `  ${lines[i]}\n`;
    if (c.column !== null && examples.length > 0)
      out += `      p. ej.: ${examples.slice(0, 3).join(' | ')}\n`;
  });
  let values = '';
  mapping.columns.forEach((c, i) => {
    if (c.column === null) return;
    const { outside, unknown } = unrecognised(c.column, i, rows, map);
    if (unknown.size > 0) values += `  ${c.column} («${c.header}»): ${listed(unknown)}\n`;
    if (outside.size > 0) values += `  fuera del alcance («${c.header}»): ${listed(outside)}\n`;
  });
  if (values !== '') out += `\nValores sin reconocer (asócielos en «valores» del mapa):\n${values}`;
  const missing = resolveHeader(
    mapping.columns.map((c) => c.header),
    inferred.effective,
  ).missing;
  if (missing.length > 0)
    out += `\nFaltan columnas obligatorias: ${missing.join(', ')} (asócielas en «columnas»)\n`;
  for (const n of inferred.notices) out += `\nAviso: ${n}\n`;
  if (inferred.ambiguities.length > 0) {
    out += '\nLo que solo la entidad puede decidir (la auditoría se detiene con código 2):\n';
    for (const a of inferred.ambiguities) out += `  - ${a.message}\n`;
  }
  return out;
}

/**
 * Runs `pqrsd mapa`. Returns 0, or 2 when the mapping has an ambiguity or lacks a required column
 * (after showing the proposal).
 *
 * @example
 * ```ts no-run
 * await mapaCommand(['registro.csv'], io); //=> 0
 * ```
 */
export async function mapaCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, MAPA_SPEC);
  if (args.help) {
    await write(io.stdout, formatHelp(MAPA_SPEC));
    return EXIT.OK;
  }
  const file = args.positionals[0]!;
  const path = resolve(io.cwd, file);
  try {
    if (statSync(path).isDirectory()) throw usage(`«${file}» es una carpeta, no un archivo`);
  } catch (error) {
    throw usage(errorLine(error, file));
  }
  const mapaPath = stringFlag(args, 'mapa');
  let map: ColumnMap = {};
  if (mapaPath !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, mapaPath), 'utf8');
    } catch (error) {
      throw usage(`--mapa: ${errorLine(error, mapaPath)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw usage(`--mapa: «${mapaPath}» no es un JSON válido: ${jsonSyntaxMessage(error, text)}`);
    }
    try {
      map = parseColumnMap(json);
    } catch (error) {
      throw usage(`--mapa: ${errorLine(error, mapaPath)}`);
    }
  }
  const save = stringFlag(args, 'guardar-mapa');
  const savePath = save === undefined ? undefined : resolve(io.cwd, save);
  if (savePath !== undefined) assertNewMapFile(savePath, save as string);
  const { names, rows } = await readHead(path);
  if (names.length === 0) throw usage(`el archivo «${file}» está vacío`);
  const inferred = inferMapping(names, rows, map);
  const missing = resolveHeader(names, inferred.effective).missing;
  const settled = inferred.ambiguities.length === 0 && missing.length === 0;
  if (booleanFlag(args, 'json')) {
    const doc = {
      mapping: inferred.mapping,
      notices: inferred.notices,
      missing,
      ambiguities: inferred.ambiguities,
      map: inferred.effective,
    };
    await write(io.stdout, jsonOutputText('mapa', doc));
  } else await write(io.stdout, proposalText(file, inferred, rows, map));
  if (savePath !== undefined) {
    if (inferred.ambiguities.length > 0) {
      await write(
        io.stderr,
        `pqrsd: --guardar-mapa: no se escribe un mapa con ambigüedades; resuélvalas primero\n`,
      );
    } else {
      saveMapFile(savePath, save as string, inferred.mapping, map);
      await write(io.stderr, `pqrsd: mapa de columnas escrito en ${save}\n`);
    }
  }
  return settled ? EXIT.OK : EXIT.USAGE;
}
