// Helpers to run the `pqrsd` command in-process (measured by coverage) and as the real bin
// (a subprocess of `dist/cli/main.js`, or of the TypeScript source with PQRSD_CLI_SOURCE=1).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll } from 'vitest';
import type { CliIo, TextSink } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(import.meta.dirname, 'fixtures');
export const fixture = (name: string) => join(FIXTURES, name);

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A TextSink that collects what is written (optionally pretending to be a terminal). */
export function sink(isTTY = false): TextSink & { text: () => string } {
  const chunks: string[] = [];
  const stream = new PassThrough();
  return Object.assign(stream, {
    isTTY,
    columns: 100,
    write(text: string) {
      chunks.push(text);
      return true;
    },
    text: () => chunks.join(''),
  }) as unknown as TextSink & { text: () => string };
}

/** Runs the command in-process. */
export async function run(
  argv: readonly string[],
  options: { stdin?: string | Buffer; cwd?: string; tty?: boolean } = {},
): Promise<RunResult> {
  const stdout = sink();
  const stderr = sink(options.tty ?? false);
  const io: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: options.cwd ?? ROOT,
  };
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the real bin as a subprocess. */
export function runBin(
  argv: readonly string[],
  options: { stdin?: string | Buffer; cwd?: string } = {},
): Promise<RunResult> {
  const source = process.env.PQRSD_CLI_SOURCE === '1';
  const args = source
    ? ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...argv]
    : [join(ROOT, 'dist/cli/main.js'), ...argv];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(options.stdin ?? '');
  });
}

/** The temporary directories made by {@link tempDir} in this test file. */
const tempDirs: string[] = [];

// Each test file imports this module afresh: its temporary directories go when its tests end.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pqrsd-cli-'));
  tempDirs.push(dir);
  return dir;
}
