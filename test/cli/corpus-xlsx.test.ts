// The corpus of real export shapes as Excel keeps them: two shapes of test/cli/fixtures/real turned into
// workbooks the way Excel stores a registry (text as shared strings, dates as serial numbers with a
// date style), one in the 1900 date system and one in the 1904 system. Each is audited with NO map and
// must accept at least 95 % of the rows its hand-written map accepts, and exactly the rows its CSV
// twin accepts, with the mapping shown.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from './helpers.js';
import { buildXlsx, type TestCell } from './xlsx/build.js';

const DIR = join(FIXTURES, 'real');
const CORTE = ['--corte', '2021-12-31'];

/** Days from the system's day 0 to 1970-01-01: 1900 system (with Excel's leap-year quirk) and 1904. */
const EPOCH = { 1900: 25569, 1904: 24107 } as const;

/** A date cell of the CSV as Excel stores it (serial with a date-time style), or the text as is. */
function excelCell(text: string, system: 1900 | 1904): TestCell {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  let ms: number | undefined;
  if (iso !== null)
    ms = Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0));
  else if (dmy !== null) ms = Date.UTC(+dmy[3]!, +dmy[2]! - 1, +dmy[1]!);
  if (ms === undefined) return text === '' ? null : text;
  const serial = ms / 86_400_000 + EPOCH[system];
  return { raw: `s="2"><v>${serial}</v>` };
}

async function workbookOf(name: string, system: 1900 | 1904): Promise<string> {
  const lines = readFileSync(join(DIR, `${name}.csv`), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const sep = lines[0]!.includes(';') ? ';' : ',';
  const [header, ...data] = lines.map((l) => l.replace(/\r$/, '').split(sep));
  const rows: TestCell[][] = [header!, ...data.map((r) => r.map((c) => excelCell(c, system)))];
  const file = join(tempDir(), `${name}-${system}.xlsx`);
  writeFileSync(file, await buildXlsx({ sheets: [{ name: 'PQRSD', rows }], date1904: system === 1904 }));
  return file;
}

async function audit(file: string, extra: string[] = []) {
  const r = await run(['auditar', file, ...CORTE, '--formato', 'json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('corpus of real export shapes, as .xlsx', () => {
  it.each([
    { name: 'gobernacion-gestion-documental', system: 1900 as const },
    { name: 'alcaldia-datos-abiertos', system: 1904 as const },
  ])(
    '$name ($system date system): no map accepts what the map and the CSV accept',
    async ({ name, system }) => {
      const book = await workbookOf(name, system);
      const bare = await audit(book);
      const mapped = await audit(book, ['--mapa', join(DIR, `${name}.mapa.json`)]);
      const csv = await audit(join(DIR, `${name}.csv`));
      expect(bare.source).toMatchObject({ format: 'xlsx', sheet: 'PQRSD' });
      expect(mapped.rows.valid).toBeGreaterThan(0);
      expect(bare.rows.valid).toBeGreaterThanOrEqual(0.95 * mapped.rows.valid);
      expect(bare.rows.total).toBe(bare.rows.valid + bare.rows.invalid + bare.rows.outOfScope);
      // The serial dates read as the CSV's text dates: the same rows, the same due dates.
      expect(bare.rows).toEqual(csv.rows);
      expect(bare.states).toEqual(csv.states);
      expect(bare.mapping.columns.length).toBeGreaterThan(0);
    },
  );
});
