// Builds small .xlsx workbooks for the tests from their XML parts (no personal data; nothing is
// committed but this generator): shared strings, date styles, the 1904 date system, gaps, several
// sheets. Uses the project's own zip writer.
import { ZipWriter } from '../../../src/cli/xlsx/zip-write.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A cell: text (shared string), a number, or raw `<c>` attributes and content. */
export type TestCell = string | number | null | { readonly raw: string };

export interface TestSheet {
  readonly name: string;
  /** Rows in order (row numbers 1..n), or the raw XML of <sheetData> content. */
  readonly rows?: readonly (readonly TestCell[])[];
  readonly sheetData?: string;
  readonly hidden?: boolean;
}

export interface TestBook {
  readonly sheets: readonly TestSheet[];
  readonly date1904?: boolean;
  /** Raw styles.xml; by default style 1 is a date (14), 2 a date-time (22), 3 a custom date. */
  readonly styles?: string;
}

export const DEFAULT_STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>` +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>';

function esc(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function letters(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export async function buildXlsx(book: TestBook): Promise<Buffer> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const sheetXml = (sheet: TestSheet) => {
    let data = sheet.sheetData ?? '';
    if (sheet.rows !== undefined) {
      data = sheet.rows
        .map((row, r) => {
          const cells = row
            .map((c, i) => {
              const ref = `${letters(i)}${r + 1}`;
              if (c === null) return '';
              if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
              if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${sst(c)}</v></c>`;
              return `<c r="${ref}" ${c.raw}</c>`;
            })
            .join('');
          return `<row r="${r + 1}">${cells}</row>`;
        })
        .join('');
    }
    return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`;
  };
  const sheets = book.sheets.map(sheetXml);
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter((c) => {
    chunks.push(Uint8Array.from(c));
    return undefined;
  });
  await zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  await zip.file(
    '_rels/.rels',
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const n = sheets.length;
  await zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><sheets>${book.sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  await zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
  );
  for (let i = 0; i < n; i++) await zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheets[i]!);
  await zip.file('xl/styles.xml', book.styles ?? DEFAULT_STYLES);
  await zip.file(
    'xl/sharedStrings.xml',
    `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join('')}</sst>`,
  );
  await zip.finish();
  return Buffer.concat(chunks);
}
