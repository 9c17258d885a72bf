#!/usr/bin/env node
// `npm run demo`: builds the package if dist/ is missing, then audits the example registry
// (examples/registro-pqrsd.csv) as of a fixed cut-off date and prints the report.
// Extra arguments go to `pqrsd auditar` (e.g. `npm run demo -- --formato md`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(root, 'dist/cli/main.js');
if (!existsSync(bin)) {
  process.stderr.write('dist/ no existe: compilando con tsup…\n');
  const build = spawnSync(resolve(root, 'node_modules/.bin/tsup'), [], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(bin)) {
    process.stderr.write('no se pudo compilar el paquete (¿se ejecutó npm ci?)\n');
    process.exit(2);
  }
}
const CORTE = '2026-11-27';
const args = [
  bin,
  'auditar',
  'examples/registro-pqrsd.csv',
  '--corte',
  CORTE,
  '--usuarios',
  'examples/usuarios-por-seccional.json',
  ...process.argv.slice(2),
];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 2);
