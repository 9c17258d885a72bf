import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvParser,
  type CsvReadOptions,
  decodeWindows1252,
  detectSeparator,
  readCsv,
} from '../../src/cli/csv.js';
import { isPqrsdError } from '../../src/errors.js';

type Event = ['H', readonly string[]] | ['R', number, string[]] | ['E', number, string];

function parse(chunks: readonly (Uint8Array | string)[], options: CsvReadOptions = {}) {
  const events: Event[] = [];
  const p = new CsvParser(
    {
      header: (names) => events.push(['H', names]),
      row: (fields, line) => events.push(['R', line, fields]),
      rowError: (line, reason) => events.push(['E', line, reason]),
    },
    options,
  );
  for (const c of chunks) p.push(typeof c === 'string' ? Buffer.from(c) : c);
  return { events, summary: p.end() };
}

function pqrsdError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isPqrsdError(error)) return error.message;
    throw error;
  }
  throw new Error('no lanzó');
}

describe('CsvParser: RFC 4180', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, numbering rows as file lines', () => {
    const { events, summary } = parse(['a;b\r\n1;"x;y"\r\n2;"multi\nlínea"\n3;"di ""hola"""\n4;5']);
    expect(events).toEqual([
      ['H', ['a', 'b']],
      ['R', 2, ['1', 'x;y']],
      ['R', 3, ['2', 'multi\nlínea']],
      ['R', 5, ['3', 'di "hola"']],
      ['R', 6, ['4', '5']],
    ]);
    expect(summary).toMatchObject({
      separator: ';',
      records: 4,
      errors: 0,
      lines: 6,
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('skips blank lines and rows of bare separators but counts their lines', () => {
    const { events } = parse(['a,b\n\n,\n1,2\n']);
    expect(events).toEqual([
      ['H', ['a', 'b']],
      ['R', 4, ['1', '2']],
    ]);
  });

  it('keeps text after a closing quote and a lone quote inside an unquoted field', () => {
    const { events } = parse(['a,b\n"ab"cd,x"y\n']);
    expect(events[1]).toEqual(['R', 2, ['abcd', 'x"y']]);
  });

  it('reads a quoted last field at the end of input and a trailing empty field', () => {
    expect(parse(['a,b\n1,"z"']).events[1]).toEqual(['R', 2, ['1', 'z']]);
    expect(parse(['a,b\n"1",']).events[1]).toEqual(['R', 2, ['1', '']]);
    expect(parse(['a,b\n"1",2\r', '\n3,4\n']).events.slice(1)).toEqual([
      ['R', 2, ['1', '2']],
      ['R', 3, ['3', '4']],
    ]);
  });

  it('gives the same rows however the bytes are split into chunks', () => {
    const text =
      'radicado;tipo;asunto\r\nR-1;peticion;"Cobro; doble ""urgente"""\r\nR-2;queja;Núñez €\r\nR-3;reclamo;"dos\nlíneas"\r\n';
    const bytes = Buffer.from(text, 'utf8');
    const whole = parse([bytes]).events;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 6 }), (cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const chunks: Uint8Array[] = [];
        let prev = 0;
        for (const c of [...sorted, bytes.length]) {
          chunks.push(bytes.subarray(prev, c));
          prev = c;
        }
        expect(parse(chunks).events).toEqual(whole);
      }),
    );
  });
});

describe('CsvParser: separators and encodings', () => {
  it('detects ; , or tab on the header line, ignoring quoted ones', () => {
    expect(detectSeparator('a;b;c')).toBe(';');
    expect(detectSeparator('a,b;c,d')).toBe(',');
    expect(detectSeparator('a\tb\tc,d')).toBe('\t');
    expect(detectSeparator('"a;b;c",d')).toBe(',');
    expect(detectSeparator('solo')).toBe(',');
  });

  it('honours a forced separator', () => {
    expect(parse(['a;b,c\n1;2,3\n'], { separator: ',' }).events[1]).toEqual(['R', 2, ['1;2', '3']]);
  });

  it('removes a UTF-8 BOM', () => {
    const { events, summary } = parse([Buffer.from('\ufeffradicado,tipo\nR,peticion\n', 'utf8')]);
    expect(events[0]).toEqual(['H', ['radicado', 'tipo']]);
    expect(summary.bom).toBe(true);
  });

  it('reads Windows-1252 (Excel in Spanish) when the bytes are not UTF-8', () => {
    const bytes = Buffer.from([
      0x61, 0x3b, 0x62, 0x0a, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x3b, 0x80, 0x93, 0x94, 0x0a,
    ]);
    const { events, summary } = parse([bytes]);
    expect(events[1]).toEqual(['R', 2, ['Núñez', '€“”']]);
    expect(summary.encoding).toBe('windows-1252');
  });

  it('switches to Windows-1252 at the first invalid byte, keeping what was read', () => {
    const { events, summary } = parse([
      Buffer.from('a,b\nuno,dos\n'),
      Buffer.from([0x43, 0xf3, 0x64, 0x2c, 0x78, 0x0a]),
    ]);
    expect(events.slice(1)).toEqual([
      ['R', 2, ['uno', 'dos']],
      ['R', 3, ['Cód', 'x']],
    ]);
    expect(summary.encoding).toBe('windows-1252');
  });

  it('joins a UTF-8 character split across chunks, and treats a truncated one at the end as Windows-1252', () => {
    const bytes = Buffer.from('a,b\nPé,x\n', 'utf8');
    const at = bytes.indexOf(0xc3) + 1;
    expect(parse([bytes.subarray(0, at), bytes.subarray(at)]).events[1]).toEqual(['R', 2, ['Pé', 'x']]);
    const { events, summary } = parse([Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xc3])]);
    expect(events[1]).toEqual(['R', 2, ['1', 'Ã']]);
    expect(summary.encoding).toBe('windows-1252');
  });

  it('keeps UTF-8 when a BOM says so, replacing invalid bytes', () => {
    const { events } = parse([Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xff, 0x0a])]);
    expect(events[1]).toEqual(['R', 2, ['\ufffd']]);
  });

  it('accepts strings and a forced encoding', () => {
    expect(parse(['a\nb\n'], { encoding: 'utf-8' }).events[1]).toEqual(['R', 2, ['b']]);
    const p = parse([Buffer.from([0x61, 0x0a, 0xe9, 0x0a])], { encoding: 'windows-1252' });
    expect(p.events[1]).toEqual(['R', 2, ['é']]);
  });

  it('decodes every Windows-1252 high byte', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x8a, 0x9f, 0xa0, 0xff]))).toBe('€Š\u0178\u00a0ÿ');
    expect(decodeWindows1252(Uint8Array.from([0x41]))).toBe('A');
  });
});

describe('CsvParser: guards and unreadable input', () => {
  it('reports an oversized row with its line number and keeps reading', () => {
    const long = 'x'.repeat(50);
    expect(parse([`a,b\n${long}\n1,2\n`], { maxRecordLength: 20 }).events.slice(1)).toEqual([
      ['E', 2, 'la fila supera 20 caracteres; se omitió'],
      ['R', 3, ['1', '2']],
    ]);
    expect(parse(['a,b\n', long, long, '\n1,2\n'], { maxRecordLength: 20 }).events.slice(1)).toEqual([
      ['E', 2, 'la fila supera 20 caracteres; se omitió'],
      ['R', 3, ['1', '2']],
    ]);
  });

  it('reports an oversized quoted row and resynchronises at the next line', () => {
    const { events } = parse(['a,b\n"', 'y'.repeat(30), 'y'.repeat(30), '\n1,2\n'], { maxRecordLength: 20 });
    expect(events.slice(1)).toEqual([
      ['E', 2, 'la fila supera 20 caracteres; se omitió'],
      ['R', 3, ['1', '2']],
    ]);
    const done = parse(['a,b\n"', 'y'.repeat(30), '",z\n1,2\n'], { maxRecordLength: 20 }).events;
    expect(done.slice(1)).toEqual([
      ['E', 2, 'la fila supera 20 caracteres; se omitió'],
      ['R', 3, ['1', '2']],
    ]);
  });

  it('reports a row with too many fields and an unterminated quote', () => {
    expect(parse(['a,b\n1,2,3,4\n5,6\n'], { maxFields: 3 }).events.slice(1)).toEqual([
      ['E', 2, 'la fila tiene 4 campos (máximo 3)'],
      ['R', 3, ['5', '6']],
    ]);
    expect(parse(['a,b\n1,"abierta\n2,3\n']).events.slice(1)).toEqual([
      [
        'E',
        2,
        'comilla sin cerrar: desde la línea 2 hasta el final (línea 3) todo quedó en un campo; se omitieron las líneas 2 a 3',
      ],
    ]);
  });

  it('refuses an empty input, binary bytes and an oversized header', () => {
    expect(pqrsdError(() => parse([]))).toContain('vacío');
    expect(pqrsdError(() => parse(['\n\n']))).toContain('vacío');
    expect(pqrsdError(() => parse([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])]))).toContain('binario');
    expect(pqrsdError(() => parse(['x'.repeat(100)], { maxRecordLength: 20 }))).toContain('encabezado');
    expect(pqrsdError(() => parse([`${'x'.repeat(100)}\n1\n`], { maxRecordLength: 20 }))).toContain(
      'encabezado',
    );
  });
});

describe('readCsv', () => {
  it('reads an async iterable of chunks and resolves with the summary', async () => {
    async function* source() {
      yield Buffer.from('a,b\n1,');
      yield '2\n';
    }
    const rows: string[][] = [];
    const summary = await readCsv(source(), { header() {}, row: (f) => rows.push(f), rowError() {} });
    expect(rows).toEqual([['1', '2']]);
    expect(summary.records).toBe(1);
    expect(summary.bytes).toBe(6);
  });
});
