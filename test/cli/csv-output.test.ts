// The CSV a command writes follows its input's separator and encoding unless --separador or
// --codificacion say otherwise (issue 18): a `;` Windows-1252 export gives a `;` Windows-1252 audit,
// byte for byte, however the text was cut into chunks.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/cli/csv.js';
import { CsvOutput, cellAt, csvOutputChoice, followInput, HOLD_LIMIT } from '../../src/cli/csv-output.js';
import { csvLine } from '../../src/cli/csv-write.js';
import { decodeWindows1252, encodeWindows1252, windows1252Byte } from '../../src/cli/windows-1252.js';
import { fixture, run, tempDir } from './helpers.js';

const CORTE = ['--corte', '2026-11-27'];

/** A sink that keeps the bytes written to it (text as UTF-8, as a stream would). */
function byteSink() {
  const chunks: Buffer[] = [];
  return {
    write(chunk: string | Uint8Array) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      return true;
    },
    once() {
      return this;
    },
    bytes: () => Buffer.concat(chunks),
  };
}

/** Every record of a CSV file as the reader gives it (header first), and the format it saw. */
function readBack(bytes: Uint8Array) {
  const rows: string[][] = [];
  const parser = new CsvParser({
    header: (names) => rows.push([...names]),
    row: (fields) => rows.push(fields),
    rowError: (line, reason) => rows.push([`error ${line}: ${reason}`]),
  });
  parser.push(bytes);
  const summary = parser.end();
  return { rows, summary };
}

describe('Windows-1252 encoder', () => {
  it('writes back every byte the decoder reads (0x00–0xFF, the five unassigned ones included)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect([...encodeWindows1252(text, () => 0x3f)]).toEqual([...all]);
  });

  it('writes «Bogotá» with á as 0xE1 and € as 0x80', () => {
    expect([...encodeWindows1252('Bogotá €', () => 0x3f)]).toEqual([
      0x42, 0x6f, 0x67, 0x6f, 0x74, 0xe1, 0x20, 0x80,
    ]);
    expect(windows1252Byte('ñ'.charCodeAt(0))).toBe(0xf1);
  });

  it('hands each unmappable character to the caller once (an emoji is one, not two)', () => {
    const seen: number[] = [];
    const out = encodeWindows1252('a→b😀c', (i) => {
      seen.push(i);
      return 0x3f;
    });
    expect(out.toString('latin1')).toBe('a?b?c');
    expect(seen).toEqual([1, 3]);
    expect(() =>
      encodeWindows1252('ř', () => {
        throw new Error('no');
      }),
    ).toThrow('no');
  });
});

describe('--separador and --codificacion values', () => {
  it('are read without regard to case; tab by name or as the character', () => {
    expect(csvOutputChoice('TAB', 'Windows-1252')).toEqual({ separator: '\t', encoding: 'windows-1252' });
    expect(csvOutputChoice('\t', 'UTF-8-BOM')).toEqual({ separator: '\t', encoding: 'utf-8-bom' });
    expect(csvOutputChoice(';', undefined)).toEqual({ separator: ';', encoding: undefined });
  });

  it('refuse another value, with the list and the nearest one', () => {
    expect(() => csvOutputChoice('|', undefined)).toThrow('separador desconocido «|» (use «,», «;» o «tab»)');
    expect(() => csvOutputChoice('tabb', undefined)).toThrow('¿quiso decir «tab»?');
    expect(() => csvOutputChoice(undefined, 'utf8')).toThrow(
      'codificación desconocida «utf8» (use utf-8, utf-8-bom, windows-1252); ¿quiso decir «utf-8»?',
    );
  });

  it('default to the input: Windows-1252 stays, a BOM stays, UTF-16 becomes UTF-8 with BOM', () => {
    const f = (encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | undefined, bom: boolean) =>
      followInput({ separator: ',', encoding, bom }, 'utf-8');
    expect(f('windows-1252', false)).toBe('windows-1252');
    expect(f('utf-8', true)).toBe('utf-8-bom');
    expect(f('utf-16le', true)).toBe('utf-8-bom');
    expect(f('utf-8', false)).toBe('utf-8');
    expect(followInput({ separator: ',', encoding: 'utf-8', bom: false }, 'utf-8-bom')).toBe('utf-8-bom');
    expect(f(undefined, false)).toBeUndefined();
  });
});

describe('cellAt finds the cell of a character in written CSV', () => {
  it('through quotes, doubled quotes, separators and line breaks inside cells', () => {
    const text = `${csvLine(['1', 'a;b'], ';')}${csvLine(['2', 'x "y"\nz;ř', 'w'], ';')}`;
    const at = text.indexOf('ř');
    expect(cellAt(text, at, ';')).toEqual({
      record: ['2', 'x "y"\nz;ř', 'w'],
      column: 1,
      value: 'x "y"\nz;ř',
    });
    expect(cellAt(text, text.indexOf('w'), ';').column).toBe(2);
  });
});

describe('CsvOutput', () => {
  const columns = ['fila', 'ciudad'];

  it('writes the same bytes however the lines are cut into flushes (serial and parallel feed it differently)', async () => {
    const cities = ['Bogotá', 'Medellín', 'Cúcuta', 'a;b', 'x"y', 'línea\nnueva', '€ 5'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...cities), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
        async (rows, cuts, separator, encoding) => {
          const lines = rows.map((c, i) => csvLine([i + 2, c], separator));
          const write = async (cutAt: readonly number[]) => {
            const sink = byteSink();
            const out = new CsvOutput(sink as never, {
              choice: { separator: separator as never, encoding: encoding as never },
              base: 'utf-8',
              columns,
            });
            out.start({ separator: ',', encoding: 'utf-8', bom: false });
            lines.forEach((l, i) => {
              out.add(l);
              if (cutAt.includes(i)) void out.flush();
            });
            await out.end();
            return sink.bytes();
          };
          const whole = await write([]);
          expect((await write(cuts)).equals(whole)).toBe(true);
          const back = readBack(whole);
          expect(back.summary.separator).toBe(separator);
          // An ASCII file is the same in both: the reader calls it UTF-8.
          const ascii = rows.every((c) => /^[\x00-\x7f]*$/.test(c));
          expect(back.summary.encoding).toBe(
            encoding === 'windows-1252' && !ascii ? 'windows-1252' : 'utf-8',
          );
          expect(back.summary.bom).toBe(encoding === 'utf-8-bom');
          expect(back.rows).toEqual([columns, ...rows.map((c, i) => [String(i + 2), c])]);
        },
      ),
      { seed: 18, numRuns: 60 },
    );
  });

  it('holds the output of a stream until its encoding is decided, then follows it', async () => {
    const sink = byteSink();
    const out = new CsvOutput(sink as never, { choice: {}, base: 'utf-8-bom', columns });
    out.start({ separator: ';', encoding: undefined, bom: false });
    out.add(csvLine([2, 'Cali'], out.separator));
    await out.flush();
    expect(sink.bytes()).toHaveLength(0);
    out.inputEncoding('windows-1252', false);
    out.add(csvLine([3, 'Bogotá'], out.separator));
    await out.flush();
    expect(sink.bytes().toString('latin1')).toBe('fila;ciudad\r\n2;Cali\r\n3;Bogotá\r\n');
    expect(await out.end()).toEqual([]);
  });

  it('past HOLD_LIMIT writes the base encoding, and warns if the stream turns out Windows-1252', async () => {
    const sink = byteSink();
    const out = new CsvOutput(sink as never, { choice: {}, base: 'utf-8-bom', columns });
    out.start({ separator: ',', encoding: undefined, bom: false });
    out.add(`${'2,Cali\r\n'.repeat(HOLD_LIMIT / 8)}`);
    await out.flush();
    expect([...sink.bytes().subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    out.inputEncoding('windows-1252', false);
    const warnings = await out.end();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/la salida sigue en UTF-8 con BOM .*--codificacion windows-1252/);
  });

  it('refuses, when the encoding was inherited, a character Windows-1252 has not: the cell, column and lines', async () => {
    const out = new CsvOutput(byteSink() as never, {
      choice: {},
      base: 'utf-8-bom',
      columns,
      inputLineColumn: 0,
    });
    out.start({ separator: ';', encoding: 'windows-1252', bom: false });
    out.add(csvLine([2, 'Cali'], ';'));
    out.add(csvLine([7, 'Dvořák'], ';'));
    expect(() => out.flush()).toThrow(
      'la salida va en Windows-1252, la codificación de la entrada, y no tiene el carácter «ř» (U+0159) de la celda «Dvořák» (columna «ciudad», fila 7 de la entrada, línea 3 de la salida): indique --codificacion utf-8-bom para conservarlo, o --codificacion windows-1252 para escribir «?» en su lugar',
    );
  });

  it('writes «?» when windows-1252 was asked for, and one warning counts them and shows the first', async () => {
    const sink = byteSink();
    const out = new CsvOutput(sink as never, {
      choice: { encoding: 'windows-1252' },
      base: 'utf-8-bom',
      columns,
      inputLineColumn: 0,
    });
    out.start({ separator: ',', encoding: 'utf-8', bom: false });
    out.add(csvLine([2, 'Dvořák'], ','));
    await out.flush();
    out.add(csvLine([3, '東京 😀'], ','));
    const warnings = await out.end();
    expect(sink.bytes().toString('latin1')).toBe('fila,ciudad\r\n2,Dvo?ák\r\n3,?? ?\r\n');
    expect(warnings).toEqual([
      '4 caracteres no caben en Windows-1252 y se escribieron «?»; el primero, el carácter «ř» (U+0159) de la celda «Dvořák» (columna «ciudad», fila 2 de la entrada, línea 2 de la salida)',
    ]);
  });
});

/** A `;` Windows-1252 export (the example's first rows, with a cell holding `;` and one `,`). */
function ansiRegistry(dir: string): string {
  const path = join(dir, 'ansi.csv');
  const text =
    'radicado;tipo;fecha_radicacion;seccional;dependencia;asunto\r\n' +
    'R-1;peticion;2026-11-03;Bogotá;Atención;"Cobro; doble"\r\n' +
    'R-2;queja;2026-11-04;Medellín, Antioquia;Facturación;€ cobro\r\n' +
    'R-3;peticion;2026-02-30;Cúcuta;Atención;fecha mala\r\n';
  writeFileSync(
    path,
    encodeWindows1252(text, () => 0x3f),
  );
  return path;
}

describe('pqrsd auditar --formato csv follows the input', () => {
  it('a `;` Windows-1252 input gives a `;` Windows-1252 output (Bogotá with 0xE1), readable back', async () => {
    const dir = tempDir();
    const out = join(dir, 'salida.csv');
    const r = await run(['auditar', ansiRegistry(dir), ...CORTE, '--formato', 'csv', '--salida', out]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.includes(Buffer.from([0x42, 0x6f, 0x67, 0x6f, 0x74, 0xe1]))).toBe(true); // Bogotá
    expect(bytes.includes(Buffer.from('á', 'utf8'))).toBe(false);
    expect([...bytes.subarray(0, 4)]).toEqual([...Buffer.from('fila')]);
    const text = decodeWindows1252(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^fila;radicado;valido;motivo_invalidez;/);
    expect(text).toContain(';Medellín, Antioquia;');
    // The reason of the bad date (our own words) fits in Windows-1252.
    expect(text).toContain('«2026-02-30» no es una fecha válida');
    const back = readBack(bytes);
    expect(back.summary).toMatchObject({ separator: ';', encoding: 'windows-1252', bom: false });
    expect(back.rows[1]?.slice(0, 3)).toEqual(['2', 'R-1', 'sí']);
    expect(back.rows[1]?.[6]).toBe('Bogotá');
  });

  it('quotes a cell holding the chosen separator, and only then', async () => {
    const dir = tempDir();
    const input = ansiRegistry(dir);
    const semi = join(dir, 'semi.csv');
    const comma = join(dir, 'coma.csv');
    await run(['auditar', input, ...CORTE, '--formato', 'csv', '--salida', semi]);
    await run(['auditar', input, ...CORTE, '--formato', 'csv', '--separador', ',', '--salida', comma]);
    const s = decodeWindows1252(readFileSync(semi));
    const c = decodeWindows1252(readFileSync(comma));
    expect(s).toContain(';Medellín, Antioquia;');
    expect(c).toContain(',"Medellín, Antioquia",');
    expect(readBack(readFileSync(semi)).rows).toEqual(readBack(readFileSync(comma)).rows);
  });

  it('--separador and --codificacion override it: tab, UTF-8 with BOM, UTF-8', async () => {
    const dir = tempDir();
    const input = ansiRegistry(dir);
    const tab = join(dir, 'tab.csv');
    const bom = join(dir, 'bom.csv');
    const plain = join(dir, 'plain.csv');
    const args = ['auditar', input, ...CORTE, '--formato', 'csv'];
    expect(
      (await run([...args, '--separador', 'tab', '--codificacion', 'UTF-8-BOM', '--salida', tab])).code,
    ).toBe(0);
    expect((await run([...args, '--codificacion', 'utf-8', '--salida', plain])).code).toBe(0);
    expect((await run([...args, '--separador', 'TAB', '--salida', bom])).code).toBe(0);
    const t = readFileSync(tab);
    expect([...t.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(t.toString('utf8')).toMatch(/^\uFEFFfila\tradicado\tvalido\t/);
    expect(t.toString('utf8')).toContain('\tBogotá\t');
    const p = readFileSync(plain);
    expect(p.toString('utf8')).toMatch(/^fila;radicado;/);
    expect(p.toString('utf8')).toContain(';Bogotá;');
    // Only the separator asked for: the encoding still follows the input.
    expect(readBack(readFileSync(bom)).summary).toMatchObject({ separator: '\t', encoding: 'windows-1252' });
    const rows = readBack(t).rows;
    expect(readBack(p).rows).toEqual(rows);
    expect(readBack(readFileSync(bom)).rows).toEqual(rows);
  });

  it('the Windows-1252 entity export through --mapa: `;`, Windows-1252, its quoted cell kept', async () => {
    const dir = tempDir();
    const out = join(dir, 'salida.csv');
    const r = await run([
      'auditar',
      fixture('entidad-1252.csv'),
      ...CORTE,
      '--mapa',
      fixture('mapa-entidad.json'),
      '--formato',
      'csv',
      '--salida',
      out,
    ]);
    expect(r.code).toBe(0);
    const back = readBack(readFileSync(out));
    expect(back.summary).toMatchObject({ separator: ';', encoding: 'windows-1252' });
    expect(back.rows.map((row) => row[6])).toContain('Costa Atlántica');
  });

  it('a UTF-8 input with BOM gives UTF-8 with BOM; one without, the base UTF-8 with BOM; both in their separator', async () => {
    const dir = tempDir();
    const withBom = join(dir, 'bom.csv');
    writeFileSync(
      withBom,
      `\uFEFFradicado;tipo;fecha_radicacion;seccional\r\nR-1;peticion;2026-11-03;Bogotá\r\n`,
    );
    const r = await run(['auditar', withBom, ...CORTE, '--formato', 'csv']);
    expect(r.stdout).toMatch(/^\uFEFFfila;radicado;/);
    expect(r.stdout).toContain(';Bogotá;');
    const plain = join(dir, 'plain.csv');
    writeFileSync(plain, 'radicado\ttipo\tfecha_radicacion\r\nR-1\tpeticion\t2026-11-03\r\n');
    const p = await run(['auditar', plain, ...CORTE, '--formato', 'csv']);
    // UTF-8 without BOM: the base of auditar, UTF-8 with BOM (Excel needs it for «sí»).
    expect(p.stdout).toMatch(/^\uFEFFfila\tradicado\t/);
  });

  it('a UTF-16 input gives UTF-8 with BOM in its separator', async () => {
    const dir = tempDir();
    const path = join(dir, 'u16.csv');
    const text = 'radicado;tipo;fecha_radicacion;seccional\r\nR-1;peticion;2026-11-03;Bogotá\r\n';
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const out = join(dir, 'salida.csv');
    expect((await run(['auditar', path, ...CORTE, '--formato', 'csv', '--salida', out])).code).toBe(0);
    const bytes = readFileSync(out);
    expect(readBack(bytes).summary).toMatchObject({ separator: ';', encoding: 'utf-8', bom: true });
    expect(bytes.toString('utf8')).toContain(';Bogotá;');
  });

  it('JSON and JSON Lines inputs give `,` in UTF-8 with BOM, as before', async () => {
    for (const name of ['registros.json', 'registros.jsonl']) {
      const r = await run(['auditar', fixture(name), ...CORTE, '--formato', 'csv']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^\uFEFFfila,radicado,valido,/);
    }
  });

  it('a `;` Windows-1252 stream on standard input gives `;` Windows-1252', async () => {
    const dir = tempDir();
    const input = readFileSync(ansiRegistry(dir));
    const out = join(dir, 'salida.csv');
    const r = await run(['auditar', '-', ...CORTE, '--formato', 'csv', '--salida', out], { stdin: input });
    expect(r.code).toBe(0);
    const back = readBack(readFileSync(out));
    expect(back.summary).toMatchObject({ separator: ';', encoding: 'windows-1252' });
    expect(back.rows[1]?.[6]).toBe('Bogotá');
  });

  it('--codificacion windows-1252 on a UTF-8 input writes «?» for what does not fit, with one warning', async () => {
    const dir = tempDir();
    const path = join(dir, 'u.csv');
    writeFileSync(path, 'radicado,tipo,fecha_radicacion,seccional\r\nR-1,peticion,2026-11-03,Dvořák\r\n');
    const out = join(dir, 'salida.csv');
    const r = await run([
      'auditar',
      path,
      ...CORTE,
      '--formato',
      'csv',
      '--codificacion',
      'windows-1252',
      '--salida',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).toString('latin1')).toContain(',Dvo?ák,');
    expect(r.stderr).toContain(
      'pqrsd: aviso: un carácter no cabe en Windows-1252 y se escribió «?»: el carácter «ř» (U+0159) de la celda «Dvořák» (columna «seccional», fila 2 de la entrada, línea 2 de la salida)',
    );
  });

  it('refuses --separador and --codificacion with another format, and suggests a misspelt option', async () => {
    const json = await run(['auditar', fixture('registro-pequeno.csv'), ...CORTE, '--separador', ';']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--separador es para el CSV por registro: úselo con --formato csv');
    const typo = await run(['auditar', fixture('registro-pequeno.csv'), ...CORTE, '--separdor', ';']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('¿quiso decir «--separador»?');
    const value = await run([
      'auditar',
      fixture('registro-pequeno.csv'),
      ...CORTE,
      '--formato',
      'csv',
      '--codificacion',
      'latin9',
    ]);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('codificación desconocida «latin9»');
  });

  it('documents both options in its --ayuda', async () => {
    const help = (await run(['auditar', '--ayuda'])).stdout;
    expect(help).toContain('--separador <,|;|tab>');
    expect(help).toContain('--codificacion <utf-8|utf-8-bom|windows-1252>');
  });
});

describe('pqrsd sui follows the registry too', () => {
  it('a `;` Windows-1252 registry gives a `;` Windows-1252 report; --separador , --codificacion utf-8 undo it', async () => {
    const dir = tempDir();
    // The fixture as a `;` Windows-1252 export (its cells hold no `;`), with an accented account.
    const source = readFileSync(fixture('sui-registro.csv'), 'utf8')
      .replaceAll(',', ';')
      .replace('CTA-0001', 'CTA-Ñandú');
    const ansi = join(dir, 'sui-1252.csv');
    writeFileSync(
      ansi,
      encodeWindows1252(source, () => 0x3f),
    );
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    const base = ['sui', ansi, '--mes', '2026-03', '--dane', '05001'];
    expect((await run([...base, '--salida', a])).code).toBe(0);
    expect((await run([...base, '--separador', ',', '--codificacion', 'utf-8', '--salida', b])).code).toBe(0);
    const ra = readBack(readFileSync(a));
    const rb = readBack(readFileSync(b));
    expect(ra.summary).toMatchObject({ separator: ';', encoding: 'windows-1252', bom: false });
    expect(readFileSync(a).includes(Buffer.from(';CTA-\xd1and\xfa;', 'latin1'))).toBe(true);
    expect(rb.summary).toMatchObject({ separator: ',', encoding: 'utf-8', bom: false });
    expect(ra.rows).toEqual(rb.rows);
    expect(ra.rows.length).toBeGreaterThan(2);
    const help = (await run(['sui', '--ayuda'])).stdout;
    expect(help).toContain('--separador <,|;|tab>');
  });
});
