/**
 * `pqrsd sui <registro.csv> --mes AAAA-MM [--salida archivo.csv] [--mapa columnas.json] [--dane código]
 * [--peticion-como código] [--vacio texto] [--sin-encabezado] [--estricto]`: the monthly SUI Formato A
 * report of a public-utility company (Resolución SSPD 20151300054575 de 2015, Anexo A; SECONDARY).
 *
 * The registry is read as `pqrsd auditar` reads it (same CSV reader, header resolution, value maps and
 * row validation; a Formato A file is recognised with no map). Each request becomes a row
 * ({@link suiRowOf}) checked against the catalogue before it is written. Every input row is accounted
 * for on stderr: in the report, of another month, out of scope, or invalid (with its line and reason).
 *
 * @module
 */

import { createReadStream, createWriteStream, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { booleanFlag, type CommandSpec, formatHelp, parseArgs, stringFlag } from '../args.js';
import { headerNotices } from '../audit.js';
import { CsvParser } from '../csv.js';
import { CSV_OUTPUT_FLAGS, CsvOutput, type CsvOutputChoice, csvOutputChoice } from '../csv-output.js';
import { csvLine } from '../csv-write.js';
import { assertOutputFolder, type CliIo, EXIT, errorLine, type TextSink, usage, write } from '../io.js';
import { jsonSyntaxMessage } from '../json-error.js';
import { blankOut, type ColumnMap, parseColumnMap, type ResolvedHeader, resolveHeader } from '../mapping.js';
import { buildRecord, validateRow } from '../record.js';
import { suiColumnIndex } from '../sui/detect.js';
import {
  SUI_COLUMNS,
  SUI_SECONDARY_LABEL,
  SUI_TIPO_TRAMITE,
  type SuiColumnKey,
  type SuiTramiteCode,
} from '../sui/formato-a.js';
import { parseSuiMonth, type SuiExtras, type SuiRowOptions, suiRowOf } from '../sui/report.js';

/**
 * The argument grammar of `pqrsd sui`.
 *
 * @example
 * ```ts
 * SUI_SPEC.flags.mes.type; //=> 'string'
 * ```
 */
export const SUI_SPEC: CommandSpec = {
  name: 'sui',
  summary:
    'informe mensual de PQR al SUI, Formato A (Resolución SSPD 20151300054575 de 2015, Anexo A; SECONDARY)',
  usage:
    'pqrsd sui <registro.csv|-> --mes AAAA-MM [--salida archivo.csv] [--mapa columnas.json]\n' +
    '          [--dane código] [--peticion-como código] [--vacio texto] [--sin-encabezado] [--estricto]\n' +
    '          [--separador ,|;|tab] [--codificacion utf-8|utf-8-bom|windows-1252]',
  positionals: { min: 1, max: 1, names: ['registro'] },
  flags: {
    mes: { type: 'string', value: 'AAAA-MM', description: 'mes del informe (obligatorio)' },
    salida: {
      type: 'string',
      value: 'archivo',
      description: 'escribe el informe en un archivo en vez de la salida estándar',
    },
    mapa: {
      type: 'string',
      value: 'columnas.json',
      description: 'mapa de las columnas (y valores) de la entidad a las canónicas',
    },
    dane: {
      type: 'string',
      value: 'código',
      description: 'código DANE del municipio (5 dígitos) o centro poblado (8) de las filas que no lo traen',
    },
    'peticion-como': {
      type: 'string',
      value: 'código',
      description:
        'tipo de trámite (1 a 6) con que se reportan las peticiones (el Formato A no tiene «petición»)',
    },
    vacio: {
      type: 'string',
      value: 'texto',
      description: 'cómo se escribe una casilla sin dato (por omisión, vacía; algunos prestadores usan N)',
    },
    'sin-encabezado': { type: 'boolean', description: 'no escribe la fila de encabezado' },
    estricto: { type: 'boolean', description: 'sale con código 1 si alguna fila no se pudo expresar' },
    limite: {
      type: 'string',
      value: 'n',
      description: 'máximo de filas listadas por categoría en el resumen (por omisión 200)',
    },
    ...CSV_OUTPUT_FLAGS,
  },
  epilog:
    `${SUI_SECONDARY_LABEL}\n` +
    'El informe del mes lleva las PQR radicadas en el mes, las respondidas en el mes y las pendientes al\n' +
    'último día del mes; todo a ese día (una respuesta posterior deja la PQR pendiente en este informe).\n' +
    'Una columna por cada una de las 16 del Anexo, en su orden; fechas DD-MM-AAAA; códigos del catálogo.\n' +
    'Tipo de respuesta 9 (pendiente) o 10 (sin respuesta: término vencido) con notificación 3 (no aplica).\n' +
    'Causal, detalle, cuenta, factura, radicado y tipo de notificación, y traslado a la SSPD salen de las\n' +
    'columnas del registro con esos nombres; si no las tiene, quedan vacías y el resumen lo advierte.\n' +
    'Sin tipo de notificación propio, se toma la vía de las fechas de notificación del registro (personal 1,\n' +
    'edicto 2, aviso 4, conducta concluyente 5, electrónica 1: CPACA art. 67 num. 1); si el registro trae\n' +
    'uno distinto, se conserva el suyo y el resumen lo advierte con la línea.\n' +
    'El resumen (salida de errores) cuenta cada fila: en el informe, de otro mes, fuera del alcance o inválida.\n' +
    'El informe lleva el separador y la codificación del registro (uno «;» en Windows-1252 da «;» en\n' +
    'Windows-1252; uno en UTF-8 da UTF-8, con BOM solo si el registro lo tiene); --separador y --codificacion\n' +
    'eligen otros.\n' +
    'Ejemplo:\n  pqrsd sui registro.csv --mes 2026-03 --dane 05001 --salida sui-2026-03.csv',
};

/** The header line of the report: the 16 column names of the Anexo. */
const SUI_HEADER = SUI_COLUMNS.map((c) => c.name);

function finished(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((ok, fail) => {
    stream.once('error', fail);
    stream.end(() => ok());
  });
}

/** Rows listed per category in the summary, by default. */
const DEFAULT_LIMIT = 200;

interface Tally {
  inReport: number;
  why: { radicada: number; respondida: number; pendiente: number };
  otherMonth: number;
  readonly outOfScope: { line: number; radicado: string; reason: string }[];
  outOfScopeCount: number;
  readonly invalid: { line: number; radicado: string; reasons: readonly string[] }[];
  invalidCount: number;
  readonly warnings: Map<string, number>;
  readonly notes: { line: number; radicado: string; notes: readonly string[] }[];
  notesCount: number;
  rows: number;
}

function readMap(path: string): ColumnMap {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw usage(`--mapa: ${errorLine(error, path)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw usage(
      `--mapa: «${path}» no es un mapa válido (JSON mal formado: ${jsonSyntaxMessage(error, text)})`,
    );
  }
  try {
    return parseColumnMap(json);
  } catch (error) {
    throw usage(`--mapa: «${path}» no es un mapa válido (${errorLine(error)})`);
  }
}

function options(args: ReturnType<typeof parseArgs>): SuiRowOptions {
  const mes = stringFlag(args, 'mes');
  if (mes === undefined) throw usage('falta --mes AAAA-MM: el mes del informe (p. ej. --mes 2026-03)');
  const dane = stringFlag(args, 'dane');
  if (dane !== undefined && !/^\d{5}(\d{3})?$/.test(dane)) {
    throw usage(`--dane «${dane}» debe ser un código DANE de municipio (5 dígitos) o centro poblado (8)`);
  }
  const peticion = stringFlag(args, 'peticion-como');
  if (peticion !== undefined && !Object.hasOwn(SUI_TIPO_TRAMITE, peticion)) {
    throw usage(`--peticion-como «${peticion}» no es un tipo de trámite del Formato A (1 a 6)`);
  }
  return {
    month: parseSuiMonth(mes),
    dane,
    peticionComo: peticion as SuiTramiteCode | undefined,
    empty: stringFlag(args, 'vacio') ?? '',
  };
}

function source(file: string, io: CliIo): { chunks: AsyncIterable<Uint8Array>; path?: string } {
  if (file === '-') return { chunks: io.stdin };
  const path = resolve(io.cwd, file);
  try {
    if (statSync(path).isDirectory()) throw usage(`«${file}» es una carpeta, no un archivo`);
  } catch (error) {
    throw usage(errorLine(error, file));
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
    throw usage(`pqrsd sui lee un registro CSV (recibió «${file}»)`);
  }
  return { chunks: createReadStream(path, { highWaterMark: 1 << 18 }), path };
}

/** Reads the registry and sorts each row into the tally. */
async function tallyRows(
  chunks: AsyncIterable<Uint8Array>,
  map: ColumnMap,
  rowOptions: SuiRowOptions,
  limit: number,
  output: { readonly header: boolean; readonly sink: TextSink; readonly choice: CsvOutputChoice },
): Promise<{ tally: Tally; notices: string[] }> {
  // The report is written as it is read (in file order), flushed after each chunk: memory does not
  // grow with the month. It starts when the header is read: the registry's separator and encoding.
  const out = new CsvOutput(output.sink, {
    choice: output.choice,
    base: 'utf-8',
    columns: output.header ? SUI_HEADER : undefined,
    columnNames: SUI_HEADER,
  });
  const tally: Tally = {
    inReport: 0,
    why: { radicada: 0, respondida: 0, pendiente: 0 },
    otherMonth: 0,
    outOfScope: [],
    outOfScopeCount: 0,
    invalid: [],
    invalidCount: 0,
    warnings: new Map(),
    notes: [],
    notesCount: 0,
    rows: 0,
  };
  let header: ResolvedHeader | undefined;
  let columns: Partial<Record<SuiColumnKey, number>> = {};
  let valueMap: ColumnMap = map;
  const notices: string[] = [];
  const invalid = (line: number, radicado: string, reasons: readonly string[]) => {
    tally.invalidCount++;
    if (tally.invalid.length < limit) tally.invalid.push({ line, radicado, reasons });
  };
  const parser = new CsvParser({
    header: (names, format) => {
      out.start(format);
      header = resolveHeader(names, map);
      headerNotices(names, header);
      if (header.format !== undefined) {
        notices.push(
          'el registro es un Formato A del SUI: se lee sin --mapa (tipo de trámite → tipo, tipo de respuesta → resultado, centro poblado → seccional)',
        );
      }
      valueMap = header.values ?? map;
      columns = suiColumnIndex(names);
    },
    row: (fields, line) => {
      tally.rows++;
      if (header!.blank !== undefined) blankOut(fields, header!.blank);
      const built = buildRecord(fields, header!, valueMap);
      const radicado = built.radicado ?? '';
      const valid = validateRow(built);
      if (!valid.ok) return invalid(line, radicado, valid.reasons);
      const extras: Partial<Record<SuiColumnKey, string>> = {};
      for (const [key, i] of Object.entries(columns) as [SuiColumnKey, number][]) {
        const v = fields[i];
        if (v !== undefined) extras[key] = v;
      }
      let result: ReturnType<typeof suiRowOf>;
      try {
        result = suiRowOf(valid.record, extras as SuiExtras, rowOptions);
      } catch (error) {
        // The engine refuses the request (a date outside the supported years…): the row, not the run.
        return invalid(line, radicado, [errorLine(error)]);
      }
      if (result.kind === 'fila') {
        out.add(csvLine(result.cells, out.separator));
        tally.inReport++;
        tally.why[result.why]++;
        for (const w of result.warnings) tally.warnings.set(w, (tally.warnings.get(w) ?? 0) + 1);
        if (result.notes.length > 0) {
          tally.notesCount++;
          if (tally.notes.length < limit) tally.notes.push({ line, radicado, notes: result.notes });
        }
      } else if (result.kind === 'otro_mes') tally.otherMonth++;
      else if (result.kind === 'fuera') {
        tally.outOfScopeCount++;
        if (tally.outOfScope.length < limit) tally.outOfScope.push({ line, radicado, reason: result.reason });
      } else invalid(line, radicado, result.reasons);
    },
    rowError: (line, reason) => {
      tally.rows++;
      invalid(line, '', [reason]);
    },
    encoding: (encoding) => out.inputEncoding(encoding, false),
  });
  for await (const chunk of chunks) {
    parser.push(chunk);
    await out.flush();
  }
  parser.end();
  if (header === undefined) throw usage('el registro está vacío: no tiene ni encabezado');
  for (const w of await out.end()) notices.push(`aviso: ${w}`);
  return { tally, notices };
}

function summary(tally: Tally, month: string, notices: readonly string[]): string {
  const lines = notices.map((n) => `pqrsd sui: ${n}`);
  const inReport = tally.inReport;
  lines.push(
    `pqrsd sui: ${month}: ${tally.rows} filas leídas: ${inReport} en el informe ` +
      `(${tally.why.radicada} radicadas en el mes, ${tally.why.respondida} respondidas en el mes, ` +
      `${tally.why.pendiente} pendientes de meses anteriores), ${tally.otherMonth} de otros meses, ` +
      `${tally.outOfScopeCount} fuera del alcance, ${tally.invalidCount} inválidas.`,
  );
  for (const [warning, n] of tally.warnings) {
    lines.push(
      `pqrsd sui: aviso: ${n} filas del informe ${warning} (el registro no lo trae; complételo antes de cargarlo)`,
    );
  }
  for (const r of tally.notes) {
    lines.push(
      `pqrsd sui: aviso: línea ${r.line}${r.radicado === '' ? '' : ` (${r.radicado})`}: ${r.notes.join('; ')}`,
    );
  }
  for (const r of tally.outOfScope) {
    lines.push(
      `pqrsd sui: fuera del alcance: línea ${r.line}${r.radicado === '' ? '' : ` (${r.radicado})`}: ${r.reason}`,
    );
  }
  for (const r of tally.invalid) {
    lines.push(
      `pqrsd sui: inválida: línea ${r.line}${r.radicado === '' ? '' : ` (${r.radicado})`}: ${r.reasons.join('; ')}`,
    );
  }
  const unlisted =
    tally.notesCount -
    tally.notes.length +
    tally.outOfScopeCount -
    tally.outOfScope.length +
    tally.invalidCount -
    tally.invalid.length;
  if (unlisted > 0) lines.push(`pqrsd sui: … y ${unlisted} filas más sin listar (use --limite)`);
  lines.push(`pqrsd sui: ${SUI_SECONDARY_LABEL}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `pqrsd sui`. Returns the exit code: 0; 1 with `--estricto` when a row could not be expressed;
 * 2 for usage errors and unreadable input.
 *
 * @example
 * ```ts no-run
 * await suiCommand(['registro.csv', '--mes', '2026-03', '--dane', '05001'], io); //=> 0
 * ```
 */
export async function suiCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SUI_SPEC);
  if (args.help) {
    await write(io.stdout, formatHelp(SUI_SPEC));
    return EXIT.OK;
  }
  const rowOptions = options(args);
  const choice = csvOutputChoice(stringFlag(args, 'separador'), stringFlag(args, 'codificacion'));
  const limitRaw = stringFlag(args, 'limite');
  if (limitRaw !== undefined && !/^\d{1,7}$/.test(limitRaw))
    throw usage(`--limite «${limitRaw}» debe ser un entero`);
  const mapaPath = stringFlag(args, 'mapa');
  const map = mapaPath === undefined ? {} : readMap(resolve(io.cwd, mapaPath));
  const file = args.positionals[0]!;
  const input = source(file, io);
  const salida = stringFlag(args, 'salida');
  const out = salida === undefined ? undefined : resolve(io.cwd, salida);
  if (out !== undefined && salida !== undefined) assertOutputFolder(out, salida);
  if (out !== undefined && out === input.path) {
    throw usage(`--salida «${salida}» es el mismo registro que se lee: no se sobrescribe`);
  }
  // A file is written under a temporary name and renamed at the end: a failed run leaves nothing.
  const temp = out === undefined ? undefined : `${out}.${process.pid}.tmp`;
  let stream: NodeJS.WritableStream | undefined;
  if (temp !== undefined) {
    const opened = createWriteStream(temp, { flags: 'wx' });
    await new Promise<void>((ok, fail) => {
      opened.once('open', () => ok());
      opened.once('error', (error) => fail(usage(`--salida: ${errorLine(error, salida)}`)));
    });
    stream = opened;
  }
  let result: Awaited<ReturnType<typeof tallyRows>>;
  try {
    result = await tallyRows(
      input.chunks,
      map,
      rowOptions,
      limitRaw === undefined ? DEFAULT_LIMIT : Number(limitRaw),
      {
        header: !booleanFlag(args, 'sin-encabezado'),
        sink: stream === undefined ? io.stdout : (stream as unknown as TextSink),
        choice,
      },
    );
    if (stream !== undefined) await finished(stream);
    if (temp !== undefined && out !== undefined) renameSync(temp, out);
  } catch (error) {
    if (stream !== undefined && temp !== undefined) {
      await finished(stream).catch(() => undefined);
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('E')) {
      throw usage(`no se pudo leer la entrada: ${errorLine(error, file)}`);
    }
    throw error;
  }
  const { tally, notices } = result;
  await write(io.stderr, summary(tally, rowOptions.month.label, notices));
  if (out !== undefined) await write(io.stderr, `pqrsd sui: informe escrito en ${salida}\n`);
  return booleanFlag(args, 'estricto') && tally.invalidCount > 0 ? EXIT.FINDINGS : EXIT.OK;
}
