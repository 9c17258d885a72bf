import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../src/cli/xlsx/read.js';
import { numberText } from '../../../src/cli/xlsx/sheet.js';
import { SharedStrings } from '../../../src/cli/xlsx/strings.js';
import { xmlText } from '../../../src/cli/xlsx/write.js';
import { decodeOoxmlEscapes, decodeXml, XmlTokenizer } from '../../../src/cli/xlsx/xml.js';
import { entryText, openZip } from '../../../src/cli/xlsx/zip.js';
import { crc32 } from '../../../src/cli/xlsx/zip-write.js';
import { isPqrsdError } from '../../../src/errors.js';
import { buildXlsx, type TestBook } from './build.js';
import { storedZip } from './stored-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'pqrsd-xlsx-'));
let n = 0;

function save(bytes: Uint8Array): string {
  const path = join(dir, `libro-${n++}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

async function rows(book: TestBook | Uint8Array, sheet?: string) {
  const path = save(book instanceof Uint8Array ? book : await buildXlsx(book));
  const out: { header: readonly string[]; rows: [number, string[]][] } = { header: [], rows: [] };
  const summary = await readXlsx(
    path,
    'libro.xlsx',
    { header: (h) => (out.header = h), row: (cells, line) => out.rows.push([line, cells]) },
    { sheet },
  );
  return { ...out, summary };
}

async function failure(bytes: Uint8Array, sheet?: string): Promise<Error> {
  const path = save(bytes);
  try {
    await readXlsx(path, 'libro.xlsx', { header() {}, row() {} }, { sheet });
  } catch (error) {
    return error as Error;
  }
  throw new Error('se esperaba un error');
}

describe('readXlsx: celdas', () => {
  it('textos compartidos, números enteros exactos, booleanos, errores y vacíos', async () => {
    const r = await rows({
      sheets: [
        {
          name: 'Registro',
          rows: [
            ['radicado', 'tipo', 'valor', 'activo', 'error'],
            [20191700062932, 'peticion', 1.5, { raw: 't="b"><v>1</v>' }, { raw: 't="e"><v>#N/A</v>' }],
            ['R-2', 'queja', { raw: '><v>0.30000000000000004</v>' }, { raw: 't="b"><v>0</v>' }, null],
            [{ raw: '><v>2.0191700062932E+13</v>' }, { raw: 't="str"><f>A1</f><v>texto de fórmula</v>' }],
          ],
        },
      ],
    });
    expect(r.header).toEqual(['radicado', 'tipo', 'valor', 'activo', 'error']);
    expect(r.rows).toEqual([
      [2, ['20191700062932', 'peticion', '1.5', 'VERDADERO', '#N/A']],
      [3, ['R-2', 'queja', '0.30000000000000004', 'FALSO']],
      [4, ['20191700062932', 'texto de fórmula']],
    ]);
  });

  it('cadenas en línea con varios tramos (sin la guía fonética), entidades y escapes _xHHHH_', async () => {
    const r = await rows({
      sheets: [
        {
          name: 'H',
          rows: [
            ['a', 'b', 'c'],
            [
              {
                raw: 't="inlineStr"><is><r><rPr><b/></rPr><t>Pe</t></r><r><t xml:space="preserve">tición </t></r><rPh sb="0" eb="1"><t>X</t></rPh></is>',
              },
              { raw: 't="inlineStr"><is><t>a &amp; b &lt;c&gt; &#233;&#x00F1;</t></is>' },
              'línea_x000D_ dos _x005F_x0041_',
            ],
          ],
        },
      ],
    });
    expect(r.rows[0]![1]).toEqual(['Petición ', 'a & b <c> éñ', 'línea\r dos _x0041_']);
  });

  it('celdas salteadas (D5 después de B5), filas vacías omitidas con su número conservado', async () => {
    const r = await rows({
      sheets: [
        {
          name: 'H',
          sheetData:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row>' +
            '<row r="2"/><row r="3"><c r="A3" s="1"/></row>' +
            '<row r="5"><c r="B5"><v>2</v></c><c r="D5"><v>4</v></c></row>' +
            '<row><c><v>1</v></c><c><v>2</v></c></row>' +
            '<x:row r="9" xmlns:x="urn:x"><x:c r="AA9"><x:v>27</x:v></x:c></x:row>',
        },
      ],
    });
    expect(r.header).toEqual(['a', 'b', '', 'd']);
    expect(r.rows).toEqual([
      [5, ['', '2', '', '4']],
      [6, ['1', '2']],
      [9, [...Array.from({ length: 26 }, () => ''), '27']],
    ]);
    expect(r.summary.records).toBe(3);
  });

  it('fechas por estilo: fecha, fecha y hora, formato propio; un número sin estilo de fecha sigue siendo número', async () => {
    const r = await rows({
      sheets: [
        {
          name: 'H',
          rows: [
            ['f1', 'f2', 'f3', 'n'],
            [
              { raw: 's="1"><v>45680</v>' },
              { raw: 's="2"><v>45680.5</v>' },
              { raw: 's="3"><v>45680.4319444444</v>' },
              45680,
            ],
            [
              { raw: 's="1"><v>59</v>' },
              { raw: 's="1"><v>60</v>' },
              { raw: 's="1"><v>61</v>' },
              { raw: 's="4"><v>7</v>' },
            ],
            [
              { raw: 't="d"><v>2021-03-05T00:00:00</v>' },
              { raw: 's="1"><v>9999999</v>' },
              { raw: 's="1" t="s"><v>0</v>' },
            ],
          ],
        },
      ],
    });
    expect(r.rows).toEqual([
      [2, ['2025-01-23', '2025-01-23 12:00', '2025-01-23 10:22', '45680']],
      [3, ['1900-02-28', '1900-02-29', '1900-03-01', '7']],
      [4, ['2021-03-05', '9999999', 'f1']],
    ]);
    expect(r.summary.date1904).toBe(false);
  });

  it('un libro con el sistema de fechas 1904', async () => {
    const r = await rows({
      date1904: true,
      sheets: [
        { name: 'Mac', rows: [['fecha'], [{ raw: 's="1"><v>44218</v>' }], [{ raw: 's="2"><v>0.5</v>' }]] },
      ],
    });
    expect(r.summary.date1904).toBe(true);
    expect(r.rows).toEqual([
      [2, ['2025-01-23']],
      [3, ['1904-01-01 12:00']],
    ]);
  });
});

describe('readXlsx: otros escritores', () => {
  it('partes sin comprimir y registros ZIP64 se leen igual', async () => {
    const path = save(
      await buildXlsx({
        sheets: [
          {
            name: 'H',
            rows: [
              ['radicado', 'fecha'],
              ['R-1', { raw: 's="1"><v>45680</v>' }],
            ],
          },
        ],
      }),
    );
    const zip = await openZip(path, 'x');
    const files = [];
    for (const name of zip.entries.keys())
      files.push({ name, data: Buffer.from(await entryText(zip, name, 1 << 20)) });
    await zip.close();
    for (const zip64 of [false, true]) {
      const r = await rows(storedZip(files, zip64));
      expect(r.rows).toEqual([[2, ['R-1', '2025-01-23']]]);
    }
  });
  it('textos compartidos con tramos, guía fonética y elementos vacíos', async () => {
    const path = save(await buildXlsx({ sheets: [{ name: 'H', rows: [['a', 'b', 'c', 'd']] }] }));
    const zip = await openZip(path, 'x');
    const files = [];
    for (const name of zip.entries.keys()) {
      const text = await entryText(zip, name, 1 << 20);
      files.push({
        name,
        data: Buffer.from(
          name.endsWith('sharedStrings.xml')
            ? '<sst><si><r><t>Pe</t></r><r><t>ti</t></r><rPh><t>ペ</t></rPh><t>ción</t></si><si/><si><t/></si><si><t>d</t></si></sst>'
            : text,
        ),
      });
    }
    await zip.close();
    const r = await rows(storedZip(files));
    expect(r.header).toEqual(['Petición', '', '', 'd']);
  });
});

describe('readXlsx: hojas', () => {
  const book: TestBook = {
    sheets: [
      { name: 'Oculta', hidden: true, rows: [['x'], ['oculta']] },
      { name: 'Registro', rows: [['radicado'], ['R-1']] },
      { name: 'Resumen 2026', rows: [['total'], [3]] },
    ],
  };
  it('por omisión, la primera hoja visible', async () => {
    const r = await rows(book);
    expect(r.summary.sheet).toBe('Registro');
    expect(r.summary.sheets).toEqual(['Oculta', 'Registro', 'Resumen 2026']);
    expect(r.rows).toEqual([[2, ['R-1']]]);
  });
  it('--hoja por nombre (sin importar mayúsculas) o por número de pestaña', async () => {
    expect((await rows(book, 'resumen 2026')).rows).toEqual([[2, ['3']]]);
    expect((await rows(book, '1')).rows).toEqual([[2, ['oculta']]]);
    expect((await rows(book, 'Registro')).summary.sheet).toBe('Registro');
  });
  it('una hoja que no existe: error que lista las hojas', async () => {
    const bytes = await buildXlsx(book);
    for (const sel of ['Ventas', '4', '0']) {
      const e = await failure(bytes, sel);
      expect(isPqrsdError(e)).toBe(true);
      expect(e.message).toContain(`--hoja «${sel}»`);
      expect(e.message).toContain('1. «Oculta» (oculta), 2. «Registro», 3. «Resumen 2026»');
    }
  });
  it('una hoja sin filas', async () => {
    const e = await failure(await buildXlsx({ sheets: [{ name: 'Vacía', sheetData: '' }] }));
    expect(e.message).toContain('la hoja «Vacía» está vacía');
  });
});

describe('readXlsx: archivos dañados o que no son .xlsx', () => {
  it('un zip cortado', async () => {
    const bytes = await buildXlsx({ sheets: [{ name: 'H', rows: [['a'], ['b']] }] });
    for (const cut of [10, bytes.length >> 1, bytes.length - 30]) {
      const e = await failure(bytes.subarray(0, cut));
      expect(isPqrsdError(e)).toBe(true);
      expect(e.message).toMatch(/^«libro\.xlsx» no es un libro de Excel \(\.xlsx\) legible: /);
    }
  });
  it('un CSV con la extensión .xlsx', async () => {
    const e = await failure(Buffer.from('radicado,tipo\nR-1,peticion\n'));
    expect(e.message).toContain('no es un archivo zip');
  });
  it('un .xls antiguo o un libro con contraseña', async () => {
    const e = await failure(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(e.message).toContain('libro .xls antiguo o un .xlsx protegido con contraseña');
  });
  it('un zip sin libro', async () => {
    const { ZipWriter } = await import('../../../src/cli/xlsx/zip-write.js');
    const chunks: Uint8Array[] = [];
    const zip = new ZipWriter((c) => {
      chunks.push(Uint8Array.from(c));
      return undefined;
    });
    await zip.file('hola.txt', 'hola');
    await zip.finish();
    const e = await failure(Buffer.concat(chunks));
    expect(e.message).toContain('no tiene libro');
  });
  it('un texto compartido que no existe', async () => {
    const e = await failure(
      await buildXlsx({ sheets: [{ name: 'H', rows: [['a'], [{ raw: 't="s"><v>99</v>' }]] }] }),
    );
    expect(e.message).toContain('texto compartido 99');
  });
  it('propiedad: bytes al azar o un libro válido alterado solo dan PqrsdError (o se leen)', async () => {
    const valid = await buildXlsx({
      sheets: [
        {
          name: 'H',
          rows: [
            ['radicado', 'tipo', 'fecha'],
            ['R-1', 'peticion', { raw: 's="1"><v>45680</v>' }],
          ],
        },
      ],
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc
            .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 8,
            })
            .map((edits) => {
              const b = Uint8Array.from(valid);
              for (const [at, v] of edits) b[at] = v;
              return b;
            }),
          fc.nat(valid.length).map((cut) => valid.subarray(0, cut)),
        ),
        async (bytes) => {
          const path = save(bytes);
          try {
            await readXlsx(path, 'libro.xlsx', { header() {}, row() {} });
          } catch (error) {
            expect(isPqrsdError(error), String((error as Error).stack)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('piezas', () => {
  it('numberText: enteros sin exponente ni .0', () => {
    expect(numberText(20191700062932)).toBe('20191700062932');
    expect(numberText(-3)).toBe('-3');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(0.5)).toBe('0.5');
  });
  it('SharedStrings guarda bloques y devuelve cada texto', () => {
    const t = new SharedStrings();
    for (let i = 0; i < 10_000; i++) t.add(`s${i}`);
    t.add('');
    t.end();
    expect(t.size).toBe(10_001);
    expect(t.get(0)).toBe('s0');
    expect(t.get(4095)).toBe('s4095');
    expect(t.get(4096)).toBe('s4096');
    expect(t.get(9999)).toBe('s9999');
    expect(t.get(10_000)).toBe('');
    expect(t.get(10_001)).toBeUndefined();
    expect(t.get(-1)).toBeUndefined();
  });
  it('el tokenizador une etiquetas y textos partidos entre trozos, con comillas que llevan >', () => {
    const seen: string[] = [];
    const v = {
      wantText: true,
      open: (name: string, tag: string) => seen.push(`<${name}|${tag}>`),
      close: (name: string) => seen.push(`</${name}>`),
      text: (t: string) => seen.push(t),
    };
    const xml = '<?xml version="1.0"?><!-- c > --><a x="1>2"><b>uno &amp; dos</b><![CDATA[<y>]]></a>';
    const t = new XmlTokenizer(v);
    for (const ch of xml) t.push(ch);
    t.end();
    expect(seen.join('')).toBe('<a|a x="1>2"><b|b>uno & dos</b><y></a>');
    expect(() => {
      const u = new XmlTokenizer(v);
      u.push('<a><b');
      u.end();
    }).toThrow();
    expect(decodeXml('&#1114112;')).toBe('\uFFFD');
  });
  it('propiedad: el texto que escribe el informe se lee tal cual (marcas, control, _xHHHH_)', () => {
    const unit = fc.constantFrom(
      '_',
      'x',
      '0',
      '4',
      '1',
      'A',
      '&',
      '<',
      '>',
      '\u0001',
      '\u000b',
      '\t',
      'é',
      '😀',
      ' ',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(decodeOoxmlEscapes(decodeXml(xmlText(s)))).toBe(s);
      }),
    );
    expect(xmlText('\uD800x')).toBe('\uFFFDx');
    expect(xmlText('a'.repeat(40_000)).length).toBe(32_767);
  });
  it('crc32 conocido', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });
});
