// The real `pqrsd` bin as a subprocess (dist/cli/main.js, built by the gate; with PQRSD_CLI_SOURCE=1
// the TypeScript source through tsx): every command, every format, bad files and the exit codes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runBin, tempDir } from './helpers.js';

const CORTE = ['--corte', '2026-11-27'];
const small = fixture('registro-pequeno.csv');

describe('the pqrsd bin', () => {
  it('has been built (the gate runs tsup first), or runs from source with PQRSD_CLI_SOURCE=1', () => {
    expect(process.env.PQRSD_CLI_SOURCE === '1' || existsSync(join(ROOT, 'dist/cli/main.js'))).toBe(true);
  });

  it('runs every command with exit 0', async () => {
    const v = await runBin([
      'vencimiento',
      '--tipo',
      'peticion',
      '--radicado',
      '2026-11-27',
      '--corte',
      '2026-12-10',
    ]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('lunes 21 de diciembre de 2026');
    const f = await runBin(['festivos', '2026', '--json']);
    expect(JSON.parse(f.stdout).count).toBe(19);
    const h = await runBin(['habiles', '2026-11-27', '15']);
    expect(h.stdout).toContain('2026-12-21');
    const s = await runBin(['schema']);
    expect(s.stdout).toBe(`${JSON.stringify(JSON.parse(s.stdout), null, 2)}\n`);
    if (existsSync(join(ROOT, 'schema.json')))
      expect(s.stdout).toBe(readFileSync(join(ROOT, 'schema.json'), 'utf8'));
  });

  it.each(['tabla', 'json', 'csv', 'md', 'html'])('audits in format %s', async (formato) => {
    const r = await runBin(['auditar', small, ...CORTE, '--formato', formato]);
    expect(r.code).toBe(0);
    // The per-record CSV has no room for the mapping: it goes to stderr, with the row accounting.
    if (formato === 'csv') expect(r.stderr).toContain('fuera del alcance 1');
    else expect(r.stderr).toBe('');
    const marker = {
      tabla: 'Auditoría de PQRSD',
      json: '"asOf": "2026-11-27"',
      csv: 'fila,radicado',
      md: '# Auditoría',
      html: '<svg',
    }[formato]!;
    expect(r.stdout).toContain(marker);
  });

  it('exits 1 with --estricto on overdue requests, 0 without', async () => {
    expect((await runBin(['auditar', small, ...CORTE, '--estricto'])).code).toBe(1);
    const clean = tempDir();
    const file = join(clean, 'al-dia.csv');
    writeFileSync(
      file,
      'radicado,tipo,fecha_radicacion,fecha_respuesta,resultado\nA-1,peticion,2026-11-02,2026-11-10,a_favor\n',
    );
    const r = await runBin(['auditar', file, '--corte', '2026-11-27', '--estricto']);
    expect(r.code).toBe(0);
  });

  it('exits 2 with a one-line Spanish reason for usage errors', async () => {
    for (const args of [
      [],
      ['nada'],
      ['festivos'],
      ['auditar', small],
      ['auditar', small, ...CORTE, '--x'],
    ]) {
      const r = await runBin(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.startsWith('pqrsd'), args.join(' ')).toBe(true);
    }
  });

  it('exits 2 for an empty file, a wrong header and binary garbage', async () => {
    const dir = tempDir();
    const garbage = join(dir, 'basura.csv');
    writeFileSync(garbage, seededBytes(64 * 1024, 0x5eed));
    for (const [file, reason] of [
      [fixture('vacio.csv'), 'vacío'],
      [fixture('encabezado-malo.csv'), 'columnas obligatorias'],
      [garbage, ''],
    ] as const) {
      const r = await runBin(['auditar', file, ...CORTE]);
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toContain(reason);
      expect(r.stderr.trimEnd().split('\n'), file).toHaveLength(1);
    }
  });

  it('survives a 10 MB single line: as the header it is refused, as a row it is reported and skipped', async () => {
    const dir = tempDir();
    const line = 'x'.repeat(10 * 1024 * 1024);
    const onlyLine = join(dir, 'una-linea.csv');
    writeFileSync(onlyLine, line);
    const refused = await runBin(['auditar', onlyLine, ...CORTE]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('encabezado');
    const inside = join(dir, 'fila-enorme.csv');
    writeFileSync(
      inside,
      `radicado,tipo,fecha_radicacion\nA-1,queja,2026-11-20\n${line}\nA-2,queja,2026-11-23\n`,
    );
    const r = await runBin(['auditar', inside, ...CORTE, '--formato', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toEqual({ total: 3, valid: 2, invalid: 1, warned: 0, warnings: 0, outOfScope: 0 });
    expect(report.invalidRows[0].line).toBe(3);
    expect(report.invalidRows[0].reasons[0]).toContain('supera');
  });

  it('writes the report to --salida and says so on stderr', async () => {
    const dir = tempDir();
    const out = join(dir, 'auditoria.md');
    const r = await runBin(['auditar', small, ...CORTE, '--formato', 'md', '--salida', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('informe escrito en');
    expect(readFileSync(out, 'utf8')).toContain('# Auditoría de PQRSD al 2026-11-27');
  });

  it('reads CSV from standard input', async () => {
    const r = await runBin(['auditar', '-', ...CORTE, '--formato', 'json'], {
      stdin: 'radicado;tipo;fecha_radicacion\nS-1;queja;2026-11-20\n',
    });
    expect(JSON.parse(r.stdout).rows.total).toBe(1);
  });
});

/** Pseudo-random bytes from a fixed seed (xorshift32), so the garbage is the same on every run. */
function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
