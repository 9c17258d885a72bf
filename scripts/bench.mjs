#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts in its own process (never part of `npm test`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
let status = 0;
for (const f of files) {
  console.log(`\n##### ${f}`);
  const r = spawnSync('node_modules/.bin/tsx', [`bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) status = 1;
}
process.exit(status);
