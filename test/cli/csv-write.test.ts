import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/cli/csv.js';
import { csvCell, csvLine, neutralizeCell } from '../../src/cli/csv-write.js';

describe('neutralizeCell (OWASP CSV injection)', () => {
  it.each(['=1+1', '+57 300', '-2+3', '@SUM(A1)', '\tx', '\rx'])('prefixes an apostrophe to %j', (v) => {
    expect(neutralizeCell(v)).toBe(`'${v}`);
  });

  it('leaves ordinary text, dates and inner signs alone', () => {
    for (const v of ['2026-11-27', 'a=b', 'R-001', '', 'Núñez']) expect(neutralizeCell(v)).toBe(v);
  });
});

describe('csvCell and csvLine', () => {
  it('quotes cells with the separator, quotes or line breaks', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvCell('di "hola"', ',')).toBe('"di ""hola"""');
    expect(csvCell('a\nb', ',')).toBe('"a\nb"');
  });

  it('writes numbers, booleans and empty values as text, keeping negative numbers', () => {
    expect(csvCell(-3, ',')).toBe('-3');
    expect(csvCell(true, ',')).toBe('true');
    expect(csvCell(null, ',')).toBe('');
    expect(csvCell(undefined, ',')).toBe('');
  });

  it('ends lines with CRLF and neutralises formulas', () => {
    expect(csvLine(['radicado', '=1+1'], ',')).toBe("radicado,'=1+1\r\n");
  });

  it('round-trips any text through the reader (except the neutralising apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom(',', ';'),
        (rows, sep) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => `x${r[i] ?? ''}`));
          const text = [['h', ...Array.from({ length: width - 1 }, (_, i) => `c${i}`)], ...table]
            .map((r) => csvLine(r, sep))
            .join('');
          const got: string[][] = [];
          const p = new CsvParser(
            { header() {}, row: (f) => got.push(f), rowError() {} },
            { separator: sep },
          );
          p.push(Buffer.from(text));
          p.end();
          const expected = table.filter((r) => !(r.length === 1 && r[0] === ''));
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});
