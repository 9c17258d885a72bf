/**
 * `pqrsd auditar <archivo.csv|archivo.xlsx|archivo.json|archivo.jsonl> --corte <fecha> [--hoja …]
 * [--mapa columnas.json] [--formato tabla|json|csv|md|html|xlsx] [--salida <archivo>] [--estricto]
 * [--periodo …] [--usuarios …]`:
 * audits a PQRSD registry as of a cut-off date (see {@link runAudit}) and prints or writes the report.
 *
 * The cut-off date is required: the command never reads the clock, so the same file and date always
 * give the same report.
 *
 * @module
 */

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { IsoDate } from '../../calendar/index.js';
import type { CalendarPeriodKind } from '../../indicators/index.js';
import { booleanFlag, type CommandSpec, formatHelp, parseArgs, stringFlag } from '../args.js';
import { type AuditOptions, type AuditReport, runAudit } from '../audit.js';
import type { CsvInputFormat } from '../csv.js';
import { CSV_OUTPUT_FLAGS, CsvOutput, type CsvOutputChoice, csvOutputChoice } from '../csv-output.js';
import { dateArgument } from '../dates.js';
import { assertNewMapFile, saveMapFile } from '../inference/map-file.js';
import { type Input, openInput } from '../input.js';
import { assertOutputFolder, type CliIo, EXIT, errorLine, type TextSink, usage, write } from '../io.js';
import { jsonSyntaxMessage } from '../json-error.js';
import { type ColumnMap, parseColumnMap } from '../mapping.js';
import { writeOutputAtomically } from '../output.js';
import { PARALLEL_MIN_BYTES, runParallelAudit } from '../parallel.js';
import { createProgress } from '../progress.js';
import { AUDIT_CSV_COLUMNS, auditCsvLine } from '../render/csv.js';
import { renderHtml } from '../render/html.js';
import { renderJson } from '../render/json.js';
import { mappingLines, mappingTitle, rowsEquation } from '../render/mapping.js';
import { renderMarkdown } from '../render/md.js';
import { renderTabla } from '../render/tabla.js';

/**
 * Report formats.
 *
 * @example
 * ```ts
 * AUDIT_FORMATS.includes('html'); //=> true
 * ```
 */
export const AUDIT_FORMATS = ['tabla', 'json', 'csv', 'md', 'html', 'xlsx'] as const;

const PERIODS: Readonly<Record<string, CalendarPeriodKind | 'total'>> = {
  mes: 'month',
  trimestre: 'quarter',
  semestre: 'semester',
  ano: 'year',
  año: 'year',
  total: 'total',
};

/**
 * The argument grammar of `pqrsd auditar`.
 *
 * @example
 * ```ts
 * AUDITAR_SPEC.flags.corte.type; //=> 'string'
 * ```
 */
export const AUDITAR_SPEC: CommandSpec = {
  name: 'auditar',
  summary:
    'audita un registro de PQRSD: vencimientos, estados, indicadores, alertas y el vencimiento del sistema',
  usage:
    'pqrsd auditar <archivo.csv|archivo.xlsx|archivo.json|archivo.jsonl|-> --corte <fecha> [--hoja NOMBRE|n]\n' +
    '              [--mapa columnas.json] [--formato tabla|json|csv|md|html|xlsx] [--salida <archivo>] [--estricto]\n' +
    '              [--separador ,|;|tab] [--codificacion utf-8|utf-8-bom|windows-1252]',
  positionals: { min: 1, max: 1, names: ['archivo'] },
  flags: {
    corte: {
      type: 'string',
      value: 'fecha',
      description: 'fecha de corte (obligatoria): estados e indicadores a ese día',
    },
    hoja: {
      type: 'string',
      value: 'NOMBRE|n',
      description: 'hoja de un libro .xlsx: su nombre o su número (por omisión, la primera visible)',
    },
    mapa: {
      type: 'string',
      value: 'columnas.json',
      description: 'mapa de las columnas (y valores) de la entidad a las canónicas',
    },
    formato: {
      type: 'string',
      value: 'formato',
      description:
        'tabla (por omisión), json, csv (una línea por registro), md, html, xlsx (libro de Excel; exige --salida)',
    },
    salida: {
      type: 'string',
      value: 'archivo',
      description: 'escribe el informe en un archivo en vez de la salida estándar',
    },
    estricto: {
      type: 'boolean',
      description: 'sale con código 1 si hay vencidas o indicadores bajo su meta',
    },
    periodo: {
      type: 'string',
      value: 'período',
      description:
        'período de los indicadores por seccional: mes, trimestre, semestre (por omisión), año, total',
    },
    usuarios: {
      type: 'string',
      value: 'usuarios.json',
      description: 'usuarios (suscriptores) por seccional, para «PQRSD a favor del usuario»',
    },
    hilos: {
      type: 'string',
      value: 'n',
      description:
        'hilos para un CSV grande (por omisión, los núcleos disponibles hasta 8; 1 = un solo hilo)',
    },
    'guardar-mapa': {
      type: 'string',
      value: 'columnas.json',
      description:
        'escribe el mapa de columnas usado (editable, formato de --mapa); no sobrescribe un archivo existente',
    },
    limite: {
      type: 'string',
      value: 'n',
      description:
        'máximo de filas inválidas y discrepancias listadas (por omisión 200; los conteos son completos)',
    },
    ...CSV_OUTPUT_FLAGS,
  },
  epilog:
    'El archivo puede ser CSV (separador , o ; detectado; UTF-8 con o sin BOM, o Windows-1252), un libro de\n' +
    'Excel .xlsx (la primera hoja visible, u otra con --hoja; las fechas guardadas como número de serie se\n' +
    'convierten con el sistema de fechas del libro, 1900 o 1904), JSON (lista de registros PQRSD) o JSON Lines\n' +
    '(.jsonl). Con «-» se lee CSV de la entrada estándar. Un .xlsx se lee en un solo hilo.\n' +
    '--formato csv escribe con el separador y la codificación de la entrada (un CSV «;» en Windows-1252 da\n' +
    'un CSV «;» en Windows-1252; JSON, JSON Lines y .xlsx dan «,» en UTF-8 con BOM); --separador y\n' +
    '--codificacion eligen otros.\n' +
    '--formato xlsx escribe un libro con una fila por registro (hoja «Resultados», las columnas de --formato csv)\n' +
    'y la hoja «Indicadores», con el semáforo en colores.\n' +
    'Columnas canónicas del CSV: radicado, tipo, fecha_radicacion (obligatorias), regimen, canal, seccional,\n' +
    'dependencia, responsable, asunto, prioridad, fecha_prorroga, nueva_fecha_vencimiento, dias_prorroga,\n' +
    'fecha_requerimiento, fecha_respuesta_requerimiento, fecha_ampliacion_requerimiento, fecha_traslado,\n' +
    'entidad_traslado, fecha_desistimiento, fecha_respuesta, resultado, fecha_notificacion, fecha_vencimiento\n' +
    '(el vencimiento que calculó el sistema de la entidad), estado, satisfaccion, fecha_encuesta; de los\n' +
    'recursos: fecha_recurso, tipo_recurso, fecha_decision_recurso, resultado_recurso,\n' +
    'fecha_notificacion_decision_recurso, fecha_envio_sspd, fecha_decision_apelacion, resultado_apelacion,\n' +
    'fecha_notificacion_decision_apelacion, fecha_reconocimiento_sap.\n' +
    'Sin columna de radicado, cada fila es «fila N». Un dato opcional ilegible es un aviso (la fila se audita\n' +
    'sin él). Sin fecha_respuesta, nada se da por vencido sin saberlo: «respondida sin fecha» (estado cerrado)\n' +
    'o «sin dato de respuesta». Fechas: AAAA-MM-DD, DD/MM/AAAA, DD/MM/AA, 05-mar-2021, con hora (a. m./p. m.),\n' +
    'o número de serie de Excel (vea docs/cli.md).\n' +
    'Sin --mapa, las columnas se reconocen por su nombre (sinónimos de exportaciones reales) y, si no, por su\n' +
    'contenido en las primeras 500 filas; el informe empieza por el mapa usado. Lo ambiguo (dos fechas de\n' +
    'radicación posibles, códigos de una letra como S) se detiene con código 2 y la línea de --mapa que lo\n' +
    'resuelve. Las filas que no son PQRSD (comunicaciones oficiales, tutelas…) se cuentan «fuera del alcance».\n' +
    'Ejemplos (el registro de ejemplo viene en el paquete; en el repositorio es examples/registro-pqrsd.csv):\n' +
    '  pqrsd auditar node_modules/pqrsd/examples/registro-pqrsd.csv --corte 2026-11-27 --formato html --salida auditoria.html\n' +
    '  pqrsd auditar registro.xlsx --hoja PQRSD --corte 2026-11-27 --formato xlsx --salida auditoria.xlsx',
};

function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw usage(`${what}: ${errorLine(error, path)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw usage(`${what}: «${path}» no es un JSON válido: ${jsonSyntaxMessage(error, text)}`);
  }
}

function readUsers(path: string): Record<string, number> {
  const json = readJsonFile(path, '--usuarios');
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw usage('--usuarios: el archivo debe ser un objeto { "seccional": número de usuarios }');
  }
  for (const [k, v] of Object.entries(json)) {
    if (!Number.isInteger(v) || (v as number) < 0) {
      throw usage(
        `--usuarios: el número de usuarios de «${k}» debe ser un entero no negativo (recibió «${String(v)}»)`,
      );
    }
  }
  return json as Record<string, number>;
}

/** The bundle the workers run: this very file once built (`dist/cli/main.js`); none from sources. */
const WORKER_URL: URL | undefined = /\.[cm]?js$/.test(import.meta.url) ? new URL(import.meta.url) : undefined;

function threadsOf(raw: string | undefined): number {
  if (raw === undefined) return Math.min(availableParallelism(), 8);
  if (!/^\d{1,2}$/.test(raw) || Number(raw) < 1 || Number(raw) > 64)
    throw usage(`--hilos «${raw}» debe ser un entero entre 1 y 64`);
  return Number(raw);
}

/** The `.xlsx` report writer (loaded only for `--formato xlsx`), writing its bytes to `out`. */
async function xlsxWriter(out: TextSink) {
  const { AuditXlsxWriter } = await import('../xlsx/write.js');
  // The output sink takes bytes as well as text (a file stream underneath).
  const sink = out as unknown as { write(chunk: Uint8Array): boolean };
  const writer = new AuditXlsxWriter((chunk) =>
    sink.write(chunk) ? undefined : new Promise<void>((ok) => out.once('drain', () => ok())),
  );
  await writer.start();
  return writer;
}

/** What {@link auditTo} needs besides the source: the audit options, the threads, the CSV output. */
type AuditToOptions = Omit<AuditOptions, 'onRow' | 'onChunk' | 'onCsvHeader' | 'onCsvEncoding'> & {
  readonly threads: number;
  /** `--separador` and `--codificacion`. */
  readonly csvChoice: CsvOutputChoice;
  /** Where the CSV output's warnings go (one line each). */
  readonly csvWarnings: string[];
};

/**
 * Audits `source` and writes the report in `format` to `out`: the per-record CSV as the rows are
 * read (in the input's separator and encoding unless told otherwise), the other formats once the
 * audit is done. Returns the report.
 */
async function auditTo(
  out: TextSink,
  source: Input,
  format: string,
  options: AuditToOptions,
): Promise<AuditReport> {
  const { threads, csvChoice, csvWarnings, ...rest } = options;
  const common =
    source.encoding === undefined ? rest : { ...rest, csv: { ...rest.csv, encoding: source.encoding } };
  const progress = common.progress;
  // The per-record CSV starts when the input's header is read (its separator and encoding known);
  // an input that is not CSV gives «,» and the base encoding.
  const csvOut =
    format === 'csv'
      ? new CsvOutput(out, {
          choice: csvChoice,
          base: 'utf-8-bom',
          columns: AUDIT_CSV_COLUMNS,
          inputLineColumn: 0,
        })
      : undefined;
  if (csvOut !== undefined && source.format !== 'csv') csvOut.start(undefined);
  const flush = () => csvOut?.flush();
  const xlsxOut = format === 'xlsx' ? await xlsxWriter(out) : undefined;
  let report: AuditReport | null = null;
  try {
    // A big CSV file on several cores (the same report); everything else, and a file the parallel
    // audit declines (no header line in its first 8 MiB), in this thread.
    if (
      source.format === 'csv' &&
      xlsxOut === undefined &&
      source.path !== undefined &&
      source.encoding !== 'utf-16le' &&
      source.encoding !== 'utf-16be' &&
      (source.size ?? 0) >= PARALLEL_MIN_BYTES &&
      threads > 1 &&
      WORKER_URL !== undefined
    ) {
      report = await runParallelAudit(
        { path: source.path, name: source.name },
        {
          ...common,
          threads,
          workerUrl: WORKER_URL,
          ...(csvOut === undefined
            ? {}
            : {
                csvRows: {
                  separator: (input: CsvInputFormat) => csvOut.start(input),
                  write: (text: string) => {
                    csvOut.add(text);
                    return csvOut.flush();
                  },
                },
              }),
        },
      );
    }
    report ??= await runAudit(source, {
      ...common,
      ...(xlsxOut === undefined ? {} : { onRow: (row) => xlsxOut.row(row), onChunk: () => xlsxOut.flush() }),
      ...(csvOut === undefined
        ? {}
        : {
            onCsvHeader: (input) => void csvOut.start(input),
            onCsvEncoding: (encoding) => csvOut.inputEncoding(encoding, false),
            onRow: (row) => csvOut.add(auditCsvLine(row, csvOut.separator)),
            onChunk: flush,
          }),
    });
    // A file that changed while it was read gives no report (the parallel audit reads it itself).
    source.verify();
  } catch (error) {
    progress?.done();
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('E'))
      throw usage(`no se pudo leer la entrada: ${errorLine(error, source.name)}`);
    throw error;
  }
  if (csvOut !== undefined) {
    csvWarnings.push(...(await csvOut.end()));
    return report;
  }
  if (xlsxOut !== undefined) {
    await xlsxOut.finish(report);
    return report;
  }
  const text =
    format === 'json'
      ? renderJson(report)
      : format === 'md'
        ? renderMarkdown(report)
        : format === 'html'
          ? renderHtml(report)
          : renderTabla(report);
  await write(out, text);
  return report;
}

/**
 * Runs `pqrsd auditar`. Returns the exit code: 0, 1 with `--estricto` when a request is overdue or an
 * indicator misses its meta, 2 for usage errors and unreadable input.
 *
 * @example
 * ```ts no-run
 * await auditarCommand(['registro.csv', '--corte', '2026-11-27', '--formato', 'md'], io); //=> 0
 * ```
 */
export async function auditarCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, AUDITAR_SPEC);
  if (args.help) {
    await write(io.stdout, formatHelp(AUDITAR_SPEC));
    return EXIT.OK;
  }
  const corte = stringFlag(args, 'corte');
  if (corte === undefined) {
    throw usage('falta --corte <fecha>: la fecha de corte de la auditoría (p. ej. --corte 2026-11-27)');
  }
  const asOf = dateArgument(corte, '--corte', true) as IsoDate;
  const format = (stringFlag(args, 'formato') ?? 'tabla').toLowerCase();
  if (!(AUDIT_FORMATS as readonly string[]).includes(format)) {
    throw usage(`formato desconocido «${format}» (use ${AUDIT_FORMATS.join(', ')})`);
  }
  const csvChoice = csvOutputChoice(stringFlag(args, 'separador'), stringFlag(args, 'codificacion'));
  for (const flag of ['separador', 'codificacion'])
    if (format !== 'csv' && stringFlag(args, flag) !== undefined)
      throw usage(`--${flag} es para el CSV por registro: úselo con --formato csv`);
  const periodRaw = stringFlag(args, 'periodo') ?? 'semestre';
  const periodKey = periodRaw.toLowerCase();
  const period = Object.hasOwn(PERIODS, periodKey) ? PERIODS[periodKey] : undefined;
  if (period === undefined)
    throw usage(`período desconocido «${periodRaw}» (use mes, trimestre, semestre, año o total)`);
  const limitRaw = stringFlag(args, 'limite');
  if (limitRaw !== undefined && !/^\d{1,7}$/.test(limitRaw))
    throw usage(`--limite «${limitRaw}» debe ser un entero`);
  const mapaPath = stringFlag(args, 'mapa');
  const columnMap: ColumnMap | undefined =
    mapaPath === undefined ? undefined : parseColumnMap(readJsonFile(resolve(io.cwd, mapaPath), '--mapa'));
  const usuarios = stringFlag(args, 'usuarios');
  const usersBySeccional = usuarios === undefined ? undefined : readUsers(resolve(io.cwd, usuarios));
  const threads = threadsOf(stringFlag(args, 'hilos'));
  const saveMap = stringFlag(args, 'guardar-mapa');
  const saveMapPath = saveMap === undefined ? undefined : resolve(io.cwd, saveMap);
  if (saveMapPath !== undefined) assertNewMapFile(saveMapPath, saveMap as string);
  const salida = stringFlag(args, 'salida');
  if (format === 'xlsx' && salida === undefined) {
    throw usage(
      '--formato xlsx escribe un libro de Excel (binario), que no se muestra en la terminal: indique --salida auditoria.xlsx',
    );
  }
  if (salida !== undefined) assertOutputFolder(resolve(io.cwd, salida), salida);
  const source = await openInput(args.positionals[0]!, io, stringFlag(args, 'hoja'));

  const outputPath = salida === undefined ? undefined : resolve(io.cwd, salida);
  const inputs = [
    source.path,
    mapaPath === undefined ? undefined : resolve(io.cwd, mapaPath),
    usuarios === undefined ? undefined : resolve(io.cwd, usuarios),
  ];
  const csvWarnings: string[] = [];
  const produce = (out: TextSink) =>
    auditTo(out, source, format, {
      asOf,
      columnMap,
      period,
      usersBySeccional,
      ...(limitRaw === undefined ? {} : { maxListed: Number(limitRaw) }),
      progress: createProgress(io.stderr, source.format === 'json' ? 0 : (source.size ?? 0)),
      threads,
      csvChoice,
      csvWarnings,
    });
  // A file is written beside itself and renamed at the end (never the input, never half a report).
  const report =
    outputPath === undefined
      ? await produce(io.stdout)
      : await writeOutputAtomically(outputPath, inputs, produce);
  if (format === 'csv') {
    // The per-record CSV is a table: what the other formats say at their top (notices, rows with
    // warnings, the mapping and the accounting of rows) goes to stderr.
    let text = '';
    for (const n of report.source.notices) text += `pqrsd: aviso: ${n}\n`;
    for (const w of csvWarnings) text += `pqrsd: aviso: ${w}\n`;
    if (report.rows.warned > 0)
      text += `pqrsd: ${report.rows.warned} filas con avisos (columna «avisos»): se auditan sin el dato\n`;
    if (report.mapping !== undefined) {
      text += `pqrsd: ${mappingTitle(report.mapping)}:\n`;
      for (const line of mappingLines(report.mapping)) text += `  ${line}\n`;
      text += `pqrsd: ${rowsEquation(report.rows)}\n`;
    }
    if (text !== '') await write(io.stderr, text);
  }
  if (saveMapPath !== undefined) {
    if (report.mapping === undefined)
      await write(
        io.stderr,
        'pqrsd: --guardar-mapa: la entrada no es CSV; no hay mapa de columnas que guardar\n',
      );
    else {
      saveMapFile(saveMapPath, saveMap as string, report.mapping, columnMap);
      await write(io.stderr, `pqrsd: mapa de columnas escrito en ${saveMap}\n`);
    }
  }
  if (salida !== undefined) {
    await write(
      io.stderr,
      `pqrsd: informe escrito en ${salida} (${report.rows.total} registros, ${report.rows.invalid} inválidos, ${report.rows.outOfScope} fuera del alcance)\n`,
    );
  }
  if (booleanFlag(args, 'estricto') && (report.overdue > 0 || report.failingIndicators > 0)) {
    await write(
      io.stderr,
      `pqrsd: --estricto: ${report.overdue} solicitudes vencidas sin respuesta y ${report.failingIndicators} resultados de indicadores bajo su meta\n`,
    );
    return EXIT.FINDINGS;
  }
  return EXIT.OK;
}
