/**
 * The audit as an Excel workbook (`--formato xlsx`): a «Resultados» sheet with one row per input row
 * (the columns of the per-record CSV), streamed while the audit runs, and an «Indicadores» sheet with
 * the summary, where the semáforo and the results are cell fills. Text is written as inline strings,
 * which Excel never evaluates, so a cell such as `=1+1` stays text. More rows than a sheet holds
 * (1,048,576 with the header) continue on «Resultados 2», and so on.
 *
 * @module
 */

import type { AuditedRow, AuditReport } from '../audit.js';
import { AUDIT_CSV_COLUMNS, auditRowValues } from '../render/csv.js';
import { compliesText, indicatorValue, metaText, STATE_LABELS } from '../render/labels.js';
import { mappingLines, mappingTitle, outOfScopeLines, rowsEquation } from '../render/mapping.js';
import { type ByteSink, ZipWriter } from './zip-write.js';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Rows of a sheet, header included (Excel's limit). */
const SHEET_ROWS = 1_048_576;
/** Characters of a cell (Excel's limit). */
const CELL_CHARS = 32_767;

/** Cell styles (indexes into `cellXfs` of {@link STYLES_XML}). */
const STYLE = { plain: 0, header: 1, verde: 2, amarillo: 3, rojo: 4, vencida: 5, title: 6 } as const;

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="14"/><name val="Calibri"/></font></fonts>' +
  '<fills count="7"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  ['FFD9D9D9', 'FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE', 'FFC00000']
    .map(
      (rgb) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`,
    )
    .join('') +
  '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="5" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="6" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const SEMAFORO_STYLE: Readonly<Record<string, number>> = {
  verde: STYLE.verde,
  amarillo: STYLE.amarillo,
  rojo: STYLE.rojo,
};

/**
 * The letters of a zero-based column (`0` → `A`, `27` → `AB`).
 *
 * @example
 * ```ts
 * columnLetters(27); //=> 'AB'
 * ```
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const XML_UNSAFE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeChar(m: string): string {
  if (m === '&') return '&amp;';
  if (m === '<') return '&lt;';
  if (m === '>') return '&gt;';
  // `_xHHHH_` as text is itself escaped (`_x005F_` is the underscore); control characters too.
  if (m.length > 1) return `_x005F_${m.slice(1)}`;
  return `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * Text as the content of an XML element of a workbook: markup and the characters XML cannot carry
 * escaped, lone surrogates replaced, cut at Excel's 32,767 characters.
 *
 * @example
 * ```ts
 * xmlText('a < b & _x0041_'); //=> 'a &lt; b &amp; _x005F_x0041_'
 * ```
 */
export function xmlText(value: string): string {
  const text = value.length > CELL_CHARS ? `${value.slice(0, CELL_CHARS - 1)}…` : value;
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(XML_UNSAFE, escapeChar);
}

type Cell = string | number | null | undefined | { readonly v: string | number; readonly s: number };

function cellXml(ref: string, cell: Cell): string {
  let value = cell;
  let style = 0;
  if (value !== null && typeof value === 'object') {
    style = value.s;
    value = value.v;
  }
  const s = style === 0 ? '' : ` s="${style}"`;
  if (value === null || value === undefined || value === '') return style === 0 ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  const text = xmlText(String(value));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

const LETTERS: string[] = Array.from({ length: 32 }, (_, i) => columnLetters(i));

function rowXml(rowNumber: number, cells: readonly Cell[]): string {
  let out = `<row r="${rowNumber}">`;
  for (let i = 0; i < cells.length; i++)
    out += cellXml(`${LETTERS[i] ?? columnLetters(i)}${rowNumber}`, cells[i]);
  return `${out}</row>`;
}

function sheetStart(widths: readonly number[], frozenHeader: boolean): string {
  const pane = frozenHeader
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '';
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${pane}<cols>${cols}</cols><sheetData>`;
}

const SHEET_END = '</sheetData></worksheet>';

const RESULT_WIDTHS = AUDIT_CSV_COLUMNS.map((c) =>
  c === 'motivo_invalidez'
    ? 60
    : c === 'fila'
      ? 8
      : c === 'radicado' || c.startsWith('fecha') || c.startsWith('venc')
        ? 16
        : 14,
);

/** The style of a cell of the «Resultados» sheet, by column and value. */
function resultStyle(column: number, value: unknown): number {
  switch (AUDIT_CSV_COLUMNS[column]) {
    case 'valido':
      return value === 'no' ? STYLE.rojo : 0;
    case 'estado':
      return value === 'vencida' ? STYLE.vencida : 0;
    case 'semaforo':
      return SEMAFORO_STYLE[value as string] ?? 0;
    case 'oportuna':
      return value === 'sí' ? STYLE.verde : value === 'no' ? STYLE.rojo : 0;
    case 'coincide_vencimiento':
      return value === 'no' ? STYLE.amarillo : 0;
    default:
      return 0;
  }
}

const STYLED_COLUMNS = ['valido', 'estado', 'semaforo', 'oportuna', 'coincide_vencimiento'].map((c) =>
  (AUDIT_CSV_COLUMNS as readonly string[]).indexOf(c),
);

/**
 * Writes the audit workbook to a byte sink: call {@link AuditXlsxWriter.start}, then
 * {@link AuditXlsxWriter.row} for each audited row (in order), then {@link AuditXlsxWriter.finish}
 * with the report.
 *
 * @example
 * ```ts no-run
 * const xlsx = new AuditXlsxWriter((chunk) => write(stream, chunk));
 * await xlsx.start();
 * await runAudit(source, { asOf, onRow: (row) => xlsx.row(row), onChunk: () => xlsx.flush() });
 * await xlsx.finish(report);
 * ```
 */
export class AuditXlsxWriter {
  readonly #zip: ZipWriter;
  #sheets = 0;
  #rowInSheet = 0;
  #pending: string[] = [];

  constructor(sink: ByteSink) {
    this.#zip = new ZipWriter(sink);
  }

  async #beginResults(): Promise<void> {
    this.#sheets++;
    await this.#zip.begin(`xl/worksheets/sheet${this.#sheets}.xml`);
    this.#rowInSheet = 1;
    await this.#zip.write(
      sheetStart(RESULT_WIDTHS, true) +
        rowXml(
          1,
          AUDIT_CSV_COLUMNS.map((c) => ({ v: c, s: STYLE.header })),
        ),
    );
  }

  /** Starts the workbook (the first results sheet and its header). */
  start(): Promise<void> {
    return this.#beginResults();
  }

  /** Adds an audited row (kept in a small buffer until {@link AuditXlsxWriter.flush}). */
  row(row: AuditedRow): void {
    const values: Cell[] = auditRowValues(row);
    for (const i of STYLED_COLUMNS) {
      const s = resultStyle(i, values[i]);
      const v = values[i];
      if (s !== 0 && (typeof v === 'string' || typeof v === 'number')) values[i] = { v, s };
    }
    this.#rowInSheet++;
    this.#pending.push(rowXml(this.#rowInSheet, values));
    if (this.#rowInSheet === SHEET_ROWS) this.#pending.push('');
  }

  /** Writes the buffered rows (waits when the output asks to). */
  async flush(): Promise<void> {
    const rows = this.#pending;
    this.#pending = [];
    let text = '';
    for (const r of rows) {
      if (r === '') {
        // The sheet is full: close it and go on in the next one.
        await this.#zip.write(text + SHEET_END);
        text = '';
        await this.#zip.end();
        await this.#beginResults();
        continue;
      }
      text += r;
      if (text.length > 1 << 20) {
        await this.#zip.write(text);
        text = '';
      }
    }
    if (text !== '') await this.#zip.write(text);
  }

  /** Ends the results, writes the «Indicadores» sheet and the parts of the package. */
  async finish(report: AuditReport): Promise<void> {
    await this.flush();
    await this.#zip.write(SHEET_END);
    await this.#zip.end();
    const names = Array.from({ length: this.#sheets }, (_, i) =>
      i === 0 ? 'Resultados' : `Resultados ${i + 1}`,
    );
    names.push('Indicadores');
    await this.#zip.file(`xl/worksheets/sheet${names.length}.xml`, indicatorsSheet(report));
    await this.#zip.file('xl/styles.xml', STYLES_XML);
    await this.#zip.file('xl/workbook.xml', workbookXml(names));
    await this.#zip.file('xl/_rels/workbook.xml.rels', workbookRels(names.length));
    await this.#zip.file('_rels/.rels', ROOT_RELS);
    await this.#zip.file('[Content_Types].xml', contentTypes(names.length));
    await this.#zip.finish();
  }
}

function indicatorsSheet(report: AuditReport): string {
  const rows: Cell[][] = [];
  const title = (text: string) => {
    if (rows.length > 0) rows.push([]);
    rows.push([{ v: text, s: STYLE.title }]);
  };
  const header = (cells: readonly string[]) => rows.push(cells.map((v) => ({ v, s: STYLE.header })));
  title(`Auditoría de PQRSD · corte ${report.asOf}`);
  rows.push(['Archivo', report.source.name]);
  rows.push(['Registros', report.rows.total]);
  rows.push(['Válidos', report.rows.valid]);
  rows.push(['Inválidos', report.rows.invalid]);
  rows.push(['Fuera del alcance', report.rows.outOfScope]);
  rows.push(['Filas', rowsEquation(report.rows)]);
  for (const n of report.source.notices) rows.push(['Aviso', n]);
  if (report.mapping !== undefined) {
    title(mappingTitle(report.mapping));
    for (const line of mappingLines(report.mapping)) rows.push([line]);
  }
  if (report.rows.outOfScope > 0) {
    title('Fuera del alcance (no son PQRSD: no se auditan)');
    for (const line of outOfScopeLines(report.outOfScope)) rows.push([line]);
  }

  title('Estado de las solicitudes al corte');
  header(['estado', 'solicitudes']);
  for (const [state, n] of Object.entries(report.states)) {
    if (n === 0) continue;
    const label = STATE_LABELS[state as keyof typeof STATE_LABELS];
    rows.push([state === 'vencida' ? { v: label, s: STYLE.vencida } : label, n]);
  }

  title('Semáforo de las solicitudes abiertas, por seccional');
  rows.push([
    { v: 'seccional', s: STYLE.header },
    { v: 'verde', s: STYLE.verde },
    { v: 'amarillo', s: STYLE.amarillo },
    { v: 'rojo', s: STYLE.rojo },
    { v: 'de ellas vencidas', s: STYLE.vencida },
    { v: 'abiertas', s: STYLE.header },
    { v: 'total', s: STYLE.header },
  ]);
  const fill = (n: number, s: number): Cell => (n > 0 ? { v: n, s } : n);
  for (const r of report.semaforo) {
    rows.push([
      r.seccional,
      fill(r.bySemaforo.verde, STYLE.verde),
      fill(r.bySemaforo.amarillo, STYLE.amarillo),
      fill(r.bySemaforo.rojo, STYLE.rojo),
      fill(r.overdue, STYLE.vencida),
      r.open,
      r.total,
    ]);
  }

  title('Indicadores de la entidad');
  header(['indicador', 'numerador', 'denominador', 'valor', 'meta', 'resultado']);
  for (const g of report.indicators.total) {
    for (const r of g.indicators) {
      const result = compliesText(r.complies);
      rows.push([
        r.name,
        r.numerator,
        r.denominator,
        indicatorValue(r),
        metaText(r),
        r.complies === null ? result : { v: result, s: r.complies ? STYLE.verde : STYLE.rojo },
      ]);
    }
  }

  if (report.alerts.length > 0) {
    title('Alertas tempranas');
    header(['severidad', 'alerta', 'solicitudes']);
    for (const a of report.alerts) {
      const s = a.severity === 'critica' ? STYLE.rojo : a.severity === 'advertencia' ? STYLE.amarillo : 0;
      rows.push([s === 0 ? a.severity : { v: a.severity, s }, a.title, a.count]);
    }
  }

  title('Vencimientos del sistema de la entidad');
  rows.push(['comparados', report.disagreements.compared]);
  rows.push(['discrepancias', report.disagreements.count]);
  rows.push(['con fecha posterior a la legal', report.disagreements.late]);

  return `${sheetStart([44, 14, 14, 14, 18, 14, 12], false)}${rows.map((r, i) => rowXml(i + 1, r)).join('')}${SHEET_END}`;
}

function workbookXml(names: readonly string[]): string {
  const sheets = names
    .map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  let out = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">`;
  for (let i = 1; i <= sheets; i++)
    out += `<Relationship Id="rId${i}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  out += `<Relationship Id="rId${sheets + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`;
  return `${out}</Relationships>`;
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function contentTypes(sheets: number): string {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  let out =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>`;
  for (let i = 1; i <= sheets; i++)
    out += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${ct}.worksheet+xml"/>`;
  return `${out}</Types>`;
}
