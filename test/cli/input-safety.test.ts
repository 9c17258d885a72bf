// Every byte of the input accounted for: line breaks, quotes, encodings, streams, a file that changes,
// JSON Lines and JSON limits, control characters in terminal and Markdown reports, the formula guard.
import { execFileSync } from 'node:child_process';
import { copyFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/index.js';
import { runAudit } from '../../src/cli/audit.js';
import { neutralizeCell } from '../../src/cli/csv-write.js';
import { openInput } from '../../src/cli/input.js';
import { ROOT, run, sink, tempDir } from './helpers.js';

const CORTE = ['--corte', '2026-11-27'];
const H = 'radicado,tipo,fecha_radicacion,canal,seccional';
const row = (i: number, seccional = 'Norte') => `R${i},peticion,2026-11-03,web,${seccional}`;

async function auditText(text: string | Buffer) {
  return runAudit(
    {
      format: 'csv',
      name: 'x.csv',
      chunks: (async function* () {
        yield typeof text === 'string' ? Buffer.from(text) : text;
      })(),
    },
    { asOf: '2026-11-27' as IsoDate },
  );
}

describe('line breaks and quotes', () => {
  it('a lone CR ends a record everywhere (no «buzon_r2» channel)', async () => {
    const r = await auditText(`${H}\r${row(1)}\r${row(2)}\n${row(3)}\r\n${row(4)}`);
    expect(r.rows).toMatchObject({ total: 4, invalid: 0 });
  });

  it('a 300-row file mixing CRLF, LF and CR gives 300 rows', async () => {
    const ends = ['\r\n', '\n', '\r'];
    let text = `${H}\n`;
    for (let i = 1; i <= 300; i++) text += `${row(i)}${ends[i % 3]}`;
    expect((await auditText(text)).rows).toMatchObject({ total: 300, valid: 300, invalid: 0 });
    // Quoted fields on a CR-only file too.
    expect((await auditText(`${H}\r"R1",peticion,2026-11-03,web,"a"\r${row(2)}\r`)).rows.total).toBe(2);
  });

  it('a quote left open that swallows records makes its row invalid and names the lines', async () => {
    const text = `${H}\nR1,peticion,2026-11-03,web,"sin cerrar\n${row(2)}\n${row(3)}\n${row(4).replace('Norte', '"ok"')}\n${row(5)}\n`;
    const r = await auditText(text);
    expect(r.rows).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    expect(r.invalidRows[0]?.line).toBe(2);
    expect(r.invalidRows[0]?.reasons[0]).toContain('las líneas 3, 4 y 5');
  });

  it('a quote open at the end of the file is reported with the lines it took', async () => {
    const r = await auditText(`${H}\n${row(1)}\nR2,peticion,2026-11-03,web,"abierta\n${row(3)}\n`);
    expect(r.rows).toMatchObject({ total: 2, invalid: 1 });
    expect(r.invalidRows[0]?.reasons[0]).toContain('se omitieron las líneas 3 a 4');
  });

  it('a header wider than 2,000 columns is an error, never the first data row as header', async () => {
    const wide = `${Array.from({ length: 2100 }, (_, i) => `c${i}`).join(',')}\n${H}\n${row(1)}\n`;
    await expect(auditText(wide)).rejects.toThrow(/encabezado .*2100 columnas/);
  });

  it('filas leídas = auditadas + inválidas + fuera del alcance, over fuzzed files', async () => {
    const cell = fc.oneof(
      fc.constantFrom('peticion', '2026-11-03', 'web', 'Norte', '', 'x;y', 'ñandú', '=1+1'),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            id: fc.integer({ min: 1, max: 9999 }),
            cells: fc.array(cell, { minLength: 4, maxLength: 4 }),
            quote: fc.boolean(),
            end: fc.constantFrom('\n', '\r\n', '\r'),
          }),
          { maxLength: 25 },
        ),
        async (rows) => {
          let text = `${H}\n`;
          for (const r of rows) {
            const cells = r.cells.map((c) => `"${c.replaceAll('"', '""')}"`);
            text += `R${r.id},${r.quote ? cells.join(',') : cells.map((c) => c.slice(1, -1).replaceAll('""', '"')).join(',')}${r.end}`;
          }
          let report: Awaited<ReturnType<typeof auditText>>;
          try {
            report = await auditText(text);
          } catch (e) {
            // Only a whole-file refusal that names what settles it (a one-letter type code the
            // sample cannot read) may stop the audit; it reads no row at all.
            expect(e).toMatchObject({ code: 'INVALID_ARGUMENT' });
            expect(String((e as Error).message)).toMatch(/^no se puede decidir sin la entidad/);
            return;
          }
          const { total, valid, invalid, outOfScope } = report.rows;
          expect(valid + invalid + outOfScope).toBe(total);
          // Records whose cells are all quoted are read one each: every one of them is accounted for.
          if (rows.every((r) => r.quote)) expect(total).toBe(rows.length);
        },
      ),
      { seed: 20261202, numRuns: 150 },
    );
  });
});

describe('encoding decided once for the whole file', () => {
  it('one stray byte keeps a UTF-8 file UTF-8 (U+FFFD and a warning on its row)', async () => {
    const text = Buffer.concat([
      Buffer.from(`${H}\n${row(1, 'Bogotá')}\n`),
      Buffer.from('R2,peticion,2026-11-03,web,Norte'),
      Buffer.from([0xff]),
      Buffer.from(`\n${row(3, 'Bogotá')}\n${row(4, 'Bogotá')}\n`),
    ]);
    const r = await auditText(text);
    expect(r.source.encoding).toBe('utf-8');
    expect(r.indicators.bySeccional.map((g) => g.group.seccional).sort()).toEqual(['Bogotá', 'Norte\uFFFD']);
    expect(r.warningRows.find((w) => w.line === 3)?.warnings).toContain(
      'la fila tiene bytes que no son UTF-8 válido: se muestran como «\uFFFD»',
    );
  });

  it('a stray byte before any accent in a stream does not re-encode later accents', async () => {
    const text = Buffer.concat([
      Buffer.from(`${H}\nR1,peticion,2026-11-03,web,Norte`),
      Buffer.from([0x92]),
      Buffer.from(`\n${row(2, 'Bogotá')}\n`),
    ]);
    expect((await auditText(text)).source.encoding).toBe('utf-8');
  });

  it('Windows-1252 only when the file is not UTF-8 as a whole', async () => {
    const r = await auditText(Buffer.from(`${H}\n${row(1, 'Bogotá')}\n${row(2, 'Bogotá')}\n`, 'latin1'));
    expect(r.source.encoding).toBe('windows-1252');
    expect(r.indicators.bySeccional.map((g) => g.group.seccional)).toEqual(['Bogotá']);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s with a BOM (not «binario»)', async (enc) => {
    const text = `\uFEFF${H}\r\n${row(1, 'Bogotá')}\r\n${row(2)}\r\n`;
    const le = Buffer.from(text, 'utf16le');
    const bytes = enc === 'utf-16le' ? le : Buffer.from(le).swap16();
    const r = await auditText(bytes);
    expect(r.source.encoding).toBe(enc);
    expect(r.rows).toMatchObject({ total: 2, invalid: 0 });
  });

  it('a FIFO and a process substitution are read, not reported «vacío»', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.csv'), `${H}\n${row(1)}\n${row(2)}\n`);
    execFileSync('mkfifo', [join(dir, 'tubo.csv')]);
    const bin = join(ROOT, 'dist/cli/main.js');
    for (const script of [
      `cat r.csv > tubo.csv & "${process.execPath}" "${bin}" auditar tubo.csv --corte 2026-11-27 --formato json`,
      `"${process.execPath}" "${bin}" auditar <(cat r.csv) --corte 2026-11-27 --formato json`,
    ]) {
      const out = execFileSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
      expect(JSON.parse(out).rows.total).toBe(2);
    }
  }, 30_000);
});

describe('a file that changes while it is read', () => {
  it('aborts (exit 2) when the file is cut short during the read', async () => {
    const dir = tempDir();
    const file = join(dir, 'r.csv');
    copyFileSync(join(ROOT, 'examples/registro-pqrsd.csv'), file);
    const io = { stdout: sink(), stderr: sink(), stdin: process.stdin, cwd: dir };
    const input = await openInput('r.csv', io);
    if (input.format !== 'csv') throw new Error('csv expected');
    const read = async () => {
      let first = true;
      for await (const _ of input.chunks) {
        if (first) truncateSync(file, 1000);
        first = false;
      }
    };
    await expect(read()).rejects.toThrow(/cambió mientras se leía/);
    expect(() => input.verify()).toThrow(/cambió mientras se leía/);
  });
});

async function auditJsonl(parts: readonly string[]) {
  return runAudit(
    {
      format: 'jsonl',
      name: 'x.jsonl',
      chunks: (async function* () {
        for (const p of parts) yield Buffer.from(p);
      })(),
    },
    { asOf: '2026-11-27' as IsoDate },
  );
}

describe('JSON Lines line breaks', () => {
  const rec = (i: number) =>
    JSON.stringify({
      radicado: `R${i}`,
      type: 'peticion',
      receivedAt: '2026-11-03',
      channel: 'buzon',
      subject: 'x',
      petitioner: { kind: 'anonima' },
    });

  it('a lone CR (old Mac) separates lines, and a bad line is named by its number', async () => {
    const r = await auditJsonl([`${rec(1)}\r${rec(2)}\r{roto\r${rec(4)}\r`]);
    expect(r.rows).toMatchObject({ total: 4, valid: 3, invalid: 1 });
    expect(r.invalidRows[0]?.line).toBe(3);
  });

  it('300 lines mixing CRLF, LF and CR give 300 rows, also cut at every CR/LF pair', async () => {
    const ends = ['\r\n', '\n', '\r'];
    let text = '';
    for (let i = 1; i <= 300; i++) text += `${rec(i)}${ends[i % 3]}`;
    expect((await auditJsonl([text])).rows).toMatchObject({ total: 300, valid: 300, invalid: 0 });
    // Chunks that end right after a CR whose LF opens the next chunk: still one break each.
    const parts = text.split(/(?<=\r)(?=\n)/);
    expect(parts.length).toBeGreaterThan(50);
    const r = await auditJsonl(parts);
    expect(r.rows).toMatchObject({ total: 300, valid: 300, invalid: 0 });
    expect(r.invalidRows).toEqual([]);
  });
});

describe('JSON Lines over fuzzed files', () => {
  const valid = JSON.stringify({
    radicado: 'R1',
    type: 'peticion',
    receivedAt: '2026-11-03',
    channel: 'buzon',
    subject: 'x',
    petitioner: { kind: 'anonima' },
  });
  const line = fc.oneof(
    fc.constant(valid),
    fc.constantFrom('{roto', '[]', 'null', '{"__proto__":{"x":1}}', '"texto"', '', '   '),
    fc.string({ unit: 'binary', maxLength: 20 }).map((t) => t.replace(/[\r\n]/g, ' ')),
  );

  it('filas leídas = auditadas + inválidas + fuera del alcance; one row per non-blank line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 40 }),
        async (lines, cut) => {
          const text = lines.map(([l, end]) => `${l}${end}`).join('');
          // Cut into chunks of `cut` bytes: a CRLF or a character may fall across two chunks.
          const bytes = Buffer.from(text);
          const parts: string[] = [];
          for (let i = 0; i < bytes.length; i += cut)
            parts.push(bytes.subarray(i, i + cut).toString('latin1'));
          const r = await runAudit(
            {
              format: 'jsonl',
              name: 'x.jsonl',
              chunks: (async function* () {
                for (const p of parts) yield Buffer.from(p, 'latin1');
              })(),
            },
            { asOf: '2026-11-27' as IsoDate },
          );
          const { total, valid: ok, invalid, outOfScope } = r.rows;
          expect(ok + invalid + outOfScope).toBe(total);
          expect(total).toBe(lines.filter(([l]) => l.trim() !== '').length);
        },
      ),
      { seed: 20261202, numRuns: 120 },
    );
  });

  it('random bytes give a report that adds up, or one PqrsdError (an empty file)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        try {
          const r = await runAudit(
            {
              format: 'jsonl',
              name: 'x.jsonl',
              chunks: (async function* () {
                yield Buffer.from(bytes);
              })(),
            },
            { asOf: '2026-11-27' as IsoDate },
          );
          const { total, valid: ok, invalid, outOfScope } = r.rows;
          expect(ok + invalid + outOfScope).toBe(total);
        } catch (e) {
          expect(e).toMatchObject({ name: 'PqrsdError', code: 'INVALID_ARGUMENT' });
        }
      }),
      { seed: 20261202, numRuns: 150 },
    );
  });
});

describe('CSV over random bytes', () => {
  it('a header then random bytes: a report that adds up, or one PqrsdError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        try {
          const { total, valid, invalid, outOfScope } = (
            await auditText(Buffer.concat([Buffer.from(`${H}\n`), Buffer.from(bytes)]))
          ).rows;
          expect(valid + invalid + outOfScope).toBe(total);
        } catch (e) {
          expect(e).toMatchObject({ name: 'PqrsdError' });
        }
      }),
      { seed: 20261202, numRuns: 150 },
    );
  });
});

describe('JSON Lines and JSON limits', () => {
  it('a JSON Lines line over 1 MiB is reported and skipped, the rest is read', async () => {
    const ok = JSON.stringify({ radicado: 'R1', tipo: 'peticion', receivedAt: '2026-11-03' });
    const long = `{"radicado":"${'x'.repeat(3 << 20)}"}`;
    const r = await runAudit(
      {
        format: 'jsonl',
        name: 'x.jsonl',
        chunks: (async function* () {
          const all = Buffer.from(`${ok}\n${long}\n${ok}\n`);
          for (let i = 0; i < all.length; i += 1 << 16) yield all.subarray(i, i + (1 << 16));
        })(),
      },
      { asOf: '2026-11-27' as IsoDate },
    );
    expect(r.rows.total).toBe(3);
    expect(r.invalidRows.find((x) => x.line === 2)?.reasons[0]).toMatch(/supera 1048576 caracteres/);
  });

  it('refuses a JSON array over 64 MiB with a hint to use JSON Lines or CSV', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'grande.json'), '');
    truncateSync(join(dir, 'grande.json'), (64 << 20) + 1);
    const r = await run(['auditar', 'grande.json', ...CORTE], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/máximo es 64 MiB; use JSON Lines/);
  });
});

describe('control characters never reach the terminal', () => {
  it('tabla and md show ESC, BEL, C1 and bidi controls from cells as visible text', async () => {
    const dir = tempDir();
    const evil = 'R1\x1b]0;pwned\x07\u202E\x9b|x';
    writeFileSync(join(dir, 'e.csv'), `${H}\n${evil},peticion,2026-02-30,web,Norte\n`);
    for (const fmt of ['tabla', 'md']) {
      const r = await run(['auditar', 'e.csv', ...CORTE, '--formato', fmt], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      expect(r.stdout).toContain('R1\\x1b');
      expect(r.stdout).toContain('pwned\\x07\\u202E\\x9b');
    }
    const md = (await run(['auditar', 'e.csv', ...CORTE, '--formato', 'md'], { cwd: dir })).stdout;
    expect(md).toContain('\\|x');
    expect(md).toContain('Filas leídas 1 = auditadas 0 + inválidas 1 + fuera del alcance 0');
  });
});

describe('formula guard', () => {
  it('neutralises the fullwidth ＝ ＋ － ＠ too', () => {
    for (const c of ['＝1+1', '＋57', '－3', '＠SUM(A1)']) expect(neutralizeCell(c)).toBe(`'${c}`);
  });
});

describe('the report states the equation', () => {
  it('in tabla', async () => {
    const r = await run(['auditar', join(ROOT, 'examples/registro-pqrsd.csv'), ...CORTE]);
    expect(r.stdout).toMatch(
      /Filas leídas [\d.]+ = auditadas [\d.]+ \+ inválidas [\d.]+ \+ fuera del alcance [\d.]+/,
    );
  });
});
