// The output never destroys the input, and a failed run never leaves half a report (or its temporary
// file) behind; every write error is exit 2 with one Spanish line, never a stack trace.
import {
  copyFileSync,
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { write } from '../../src/cli/io.js';
import { writeOutputAtomically } from '../../src/cli/output.js';
import { fixture, ROOT, run, runBin, tempDir } from './helpers.js';

const CORTE = ['--corte', '2026-11-27'];
const EXAMPLE = join(ROOT, 'examples/registro-pqrsd.csv');

function copyOfExample(): { dir: string; file: string; bytes: Buffer } {
  const dir = tempDir();
  const file = join(dir, 'r.csv');
  copyFileSync(EXAMPLE, file);
  return { dir, file, bytes: readFileSync(file) };
}

describe('--salida never names the input', () => {
  it.each(['csv', 'md', 'json', 'html', 'tabla'])(
    'refuses --salida equal to the input (%s), exit 2',
    async (fmt) => {
      const { dir, file, bytes } = copyOfExample();
      const r = await run(['auditar', 'r.csv', ...CORTE, '--formato', fmt, '--salida', 'r.csv'], {
        cwd: dir,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^pqrsd: --salida «.*r\.csv» es el mismo archivo que la entrada/);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readdirSync(dir)).toEqual(['r.csv']);
    },
  );

  it('refuses it through a symbolic link and a hard link, either way round', async () => {
    const { dir, file, bytes } = copyOfExample();
    symlinkSync(file, join(dir, 'enlace.csv'));
    linkSync(file, join(dir, 'duro.csv'));
    for (const [input, output] of [
      ['enlace.csv', 'r.csv'],
      ['r.csv', 'enlace.csv'],
      ['duro.csv', 'r.csv'],
      ['./sub/../r.csv', 'enlace.csv'],
    ] as const) {
      const r = await run(['auditar', input, ...CORTE, '--formato', 'csv', '--salida', output], { cwd: dir });
      expect(r.code, `${input} → ${output}`).toBe(2);
      expect(r.stderr).toContain('es el mismo archivo que la entrada');
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses --salida equal to --mapa or --usuarios', async () => {
    const dir = tempDir();
    copyFileSync(fixture('usuarios.json'), join(dir, 'u.json'));
    const before = readFileSync(join(dir, 'u.json'));
    const r = await run(
      [
        'auditar',
        fixture('registro-pequeno.csv'),
        ...CORTE,
        '--usuarios',
        'u.json',
        '--formato',
        'json',
        '--salida',
        'u.json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'u.json')).equals(before)).toBe(true);
  });

  it('refuses it on the multi-thread path too (a file over the parallel threshold)', async () => {
    const dir = tempDir();
    const file = join(dir, 'grande.csv');
    const example = readFileSync(EXAMPLE, 'utf8');
    const [header, ...rows] = example.split('\n');
    const body = `${rows.join('\n')}\n`;
    let text = `${header}\n`;
    while (text.length < 33 << 20) text += body;
    writeFileSync(file, text);
    const r = await runBin(
      ['auditar', 'grande.csv', ...CORTE, '--hilos', '2', '--formato', 'csv', '--salida', 'grande.csv'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('es el mismo archivo que la entrada');
    expect(readFileSync(file, 'utf8') === text).toBe(true);
  }, 60_000);
});

describe('the report is written whole or not at all', () => {
  it('a failed audit leaves an existing --salida as it was, and no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'malo.csv'), 'a,b,c\n1,2,3\n');
    for (const fmt of ['csv', 'md']) {
      writeFileSync(join(dir, 'informe.txt'), 'informe anterior\n');
      const r = await run(['auditar', 'malo.csv', ...CORTE, '--formato', fmt, '--salida', 'informe.txt'], {
        cwd: dir,
      });
      expect(r.code).toBe(2);
      expect(readFileSync(join(dir, 'informe.txt'), 'utf8')).toBe('informe anterior\n');
      expect(readdirSync(dir).sort()).toEqual(['informe.txt', 'malo.csv']);
    }
  });

  it('a new --salida appears only when complete; through a symbolic link the target is replaced', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'destino.md'), 'viejo');
    symlinkSync(join(dir, 'destino.md'), join(dir, 'enlace.md'));
    const r = await run(['auditar', EXAMPLE, ...CORTE, '--formato', 'md', '--salida', 'enlace.md'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'destino.md'), 'utf8')).toMatch(/^# Auditoría/);
    expect(readdirSync(dir).sort()).toEqual(['destino.md', 'enlace.md']);
  });

  it('writeOutputAtomically removes the temporary file when the writer fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'x.txt');
    await expect(
      writeOutputAtomically(target, [], async (sink) => {
        await write(sink, 'mitad');
        throw new Error('falla a la mitad');
      }),
    ).rejects.toThrow('falla a la mitad');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    const result = await writeOutputAtomically(target, [], async (sink) => {
      await write(sink, 'todo');
      return 7;
    });
    expect(result).toBe(7);
    expect(readFileSync(target, 'utf8')).toBe('todo');
  });
});

describe('write errors: exit 2, one Spanish line, no stack trace', () => {
  it.each([
    ['csv', ['--formato', 'csv']],
    ['md', ['--formato', 'md']],
  ])('--salida /dev/full (%s)', async (_fmt, flags) => {
    const r = await runBin([
      'auditar',
      fixture('registro-pequeno.csv'),
      ...CORTE,
      ...flags,
      '--salida',
      '/dev/full',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'pqrsd: --salida: no se pudo escribir: no queda espacio en el disco «/dev/full» (ENOSPC)\n',
    );
  });

  it('a full standard output (> /dev/full) is exit 2 with one line, not 1 with a stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const { openSync, closeSync } = await import('node:fs');
    for (const argv of [
      ['festivos', '2026'],
      ['auditar', fixture('registro-pequeno.csv'), ...CORTE],
    ]) {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...argv], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      closeSync(full);
      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stderr).toBe(
        'pqrsd: no se pudo escribir en la salida estándar: no queda espacio en el disco (ENOSPC)\n',
      );
    }
  });
});
