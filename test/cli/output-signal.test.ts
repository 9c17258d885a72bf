// An interrupted run leaves nothing behind: the built CLI writing a large report with --salida is
// killed (SIGTERM, SIGINT) once its temporary file exists; the temporary file is removed, the
// target keeps its old content, and the exit code is 128 + the signal's number.
// On a loaded machine the signal can arrive after the run already finished (exit 0, report written):
// that attempt proves nothing, and the test tries again with a registry twice as large.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const H = 'radicado,tipo,fecha_radicacion,canal,seccional\n';

/** A registry large enough that its report takes seconds to write (checked below, never timed). */
function bigRegistry(dir: string, size: number): string {
  const rows: string[] = [H];
  for (let i = 1; i <= size; i++) rows.push(`R${i},peticion,2026-11-03,web,Seccional ${i % 50}\n`);
  const file = join(dir, 'grande.csv');
  writeFileSync(file, rows.join(''));
  return file;
}

function waitForTemp(dir: string, child: ReturnType<typeof spawn>): Promise<string | null> {
  return new Promise((resolve) => {
    const tick = () => {
      const temp = readdirSync(dir).find((f) => f.startsWith('.salida.csv.') && f.endsWith('.tmp'));
      if (temp !== undefined) resolve(temp);
      else if (child.exitCode !== null || child.signalCode !== null) resolve(null);
      else setTimeout(tick, 5);
    };
    tick();
  });
}

describe('a run interrupted while writing --salida', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s removes the temporary file, keeps the target and exits %i',
    async (signal, code) => {
      for (let size = 300_000; size <= 1_200_000; size *= 2) {
        const dir = tempDir();
        const target = join(dir, 'salida.csv');
        writeFileSync(target, 'ORIGINAL\n');
        const child = spawn(
          process.execPath,
          [
            join(ROOT, 'dist/cli/main.js'),
            'auditar',
            bigRegistry(dir, size),
            '--corte',
            '2026-11-27',
            '--formato',
            'csv',
            '--salida',
            target,
          ],
          { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
        );
        const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
        const temp = await waitForTemp(dir, child);
        // The report was still being written when the temporary file appeared.
        expect(temp).not.toBeNull();
        child.kill(signal);
        const exitCode = await exited;
        if (exitCode === 0) continue; // finished before the signal: inconclusive, try a larger file
        expect(exitCode).toBe(code);
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        expect(readFileSync(target, 'utf8')).toBe('ORIGINAL\n');
        return;
      }
      expect.fail('la corrida terminó antes de la señal en los tres intentos');
    },
    180_000,
  );
});
