/**
 * The workbook of an `.xlsx` file: its sheets in tab order, their parts, the shared strings and
 * styles parts, and the date system (`date1904`). Parts are found through the relationships, as the
 * Open Packaging Conventions say, so files written by other programs than Excel read the same.
 *
 * @module
 */

import { PqrsdError } from '../../errors.js';
import { attr, XmlError, XmlTokenizer } from './xml.js';
import { entryText, notWorkbook, type ZipArchive } from './zip.js';

/**
 * A sheet of the workbook.
 *
 * @example
 * ```ts
 * const s: SheetInfo = { name: 'Hoja1', part: 'xl/worksheets/sheet1.xml', worksheet: true, hidden: false };
 * ```
 */
export interface SheetInfo {
  readonly name: string;
  /** The zip part of the sheet (`undefined` when the relationship is missing). */
  readonly part: string | undefined;
  /** A worksheet (a chart sheet or a dialog sheet is not). */
  readonly worksheet: boolean;
  readonly hidden: boolean;
}

/**
 * What the reader needs from the workbook.
 *
 * @example
 * ```ts
 * const w: WorkbookInfo = { sheets: [], date1904: false, sharedStrings: undefined, styles: undefined };
 * ```
 */
export interface WorkbookInfo {
  readonly sheets: readonly SheetInfo[];
  readonly date1904: boolean;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

/** Most characters of a workbook, relationships or styles part. */
const MAX_SMALL_PART = 1 << 26;

function scan(xml: string, open: (name: string, tag: string) => void): void {
  const t = new XmlTokenizer({ wantText: false, open, close() {}, text() {} });
  t.push(xml);
  t.end();
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

async function relationships(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const name = relsOf(part);
  if (!zip.entries.has(name)) return rels;
  scan(await entryText(zip, name, MAX_SMALL_PART), (el, tag) => {
    if (el !== 'Relationship') return;
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id === undefined || target === undefined || attr(tag, 'TargetMode') === 'External') return;
    rels.set(id, { type: attr(tag, 'Type') ?? '', target: resolvePart(part, target) });
  });
  return rels;
}

/**
 * Reads the workbook part and its relationships.
 *
 * @example
 * ```ts no-run
 * const book = await readWorkbook(zip);
 * book.sheets.map((s) => s.name); //=> ['Hoja1', 'Resumen']
 * ```
 */
export async function readWorkbook(zip: ZipArchive): Promise<WorkbookInfo> {
  try {
    const root = await relationships(zip, '');
    const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
    const bookPart = office?.target ?? 'xl/workbook.xml';
    if (!zip.entries.has(bookPart)) throw notWorkbook(zip.label, 'no tiene libro (xl/workbook.xml)');
    const rels = await relationships(zip, bookPart);
    const sheets: SheetInfo[] = [];
    let date1904 = false;
    scan(await entryText(zip, bookPart, MAX_SMALL_PART), (el, tag) => {
      if (el === 'workbookPr') {
        const v = attr(tag, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (el === 'sheet') {
        const rel = rels.get(attr(tag, 'r:id') ?? attr(tag, 'id') ?? '');
        sheets.push({
          name: attr(tag, 'name') ?? '',
          part: rel?.target,
          worksheet: rel === undefined || rel.type.endsWith('/worksheet'),
          hidden: (attr(tag, 'state') ?? 'visible') !== 'visible',
        });
      }
    });
    if (sheets.length === 0) throw notWorkbook(zip.label, 'el libro no tiene hojas');
    const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
    return {
      sheets,
      date1904,
      sharedStrings: byType('/sharedStrings'),
      styles: byType('/styles'),
    };
  } catch (error) {
    if (error instanceof XmlError) throw notWorkbook(zip.label, `el libro está dañado (${error.message})`);
    throw error;
  }
}

function listing(sheets: readonly SheetInfo[]): string {
  return sheets.map((s, i) => `${i + 1}. «${s.name}»${s.hidden ? ' (oculta)' : ''}`).join(', ');
}

/**
 * The sheet chosen by `--hoja` (a name, case and accents as written, or a 1-based number in tab
 * order), or by default the first visible worksheet. Throws a usage error that lists the sheets.
 *
 * @example
 * ```ts
 * const sheets = [{ name: 'Registro', part: 'xl/worksheets/sheet1.xml', worksheet: true, hidden: false }];
 * pickSheet(sheets, '1', 'libro.xlsx').name; //=> 'Registro'
 * ```
 */
export function pickSheet(
  sheets: readonly SheetInfo[],
  selector: string | undefined,
  label: string,
): SheetInfo {
  let sheet: SheetInfo | undefined;
  if (selector === undefined) {
    sheet = sheets.find((s) => s.worksheet && !s.hidden) ?? sheets.find((s) => s.worksheet);
    if (sheet === undefined)
      throw new PqrsdError('INVALID_ARGUMENT', `«${label}» no tiene hojas de datos (${listing(sheets)})`);
  } else {
    sheet =
      sheets.find((s) => s.name === selector) ??
      sheets.find((s) => s.name.trim().toLowerCase() === selector.trim().toLowerCase()) ??
      (/^\d{1,5}$/.test(selector.trim()) ? sheets[Number(selector.trim()) - 1] : undefined);
    if (sheet === undefined) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `--hoja «${selector}»: «${label}» no tiene esa hoja; sus hojas son ${listing(sheets)} (use el nombre o el número)`,
        { sheets: sheets.map((s) => s.name) },
      );
    }
    if (!sheet.worksheet)
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `--hoja «${selector}»: «${sheet.name}» es una hoja de gráfico, no de datos`,
      );
  }
  return sheet;
}
