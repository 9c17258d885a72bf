#!/usr/bin/env node
// The consumer matrix: packs the package as npm would publish it (`npm pack`, with the npm README
// swapped in) and installs the tarball into fresh temporary projects, OFFLINE (`npm install --offline`,
// never the network). zod 3 and 4 come from this project's own node_modules (devDependencies `zod` and
// `zod3`), packed to tarballs: an offline install of `zod@x` would need npm's registry metadata, which
// `npm ci` does not cache, so it failed on a machine whose npm cache was empty. Each project must install,
// type-check and run:
//   esm-zod4   ESM, TypeScript strict + nodenext, zod 4 (every entry, schema included)
//   cjs        CommonJS (TypeScript compiled to require, then node), no zod
//   zod3       ESM with zod 3.25 (pqrsd/schema through `zod/v4`)
//   sin-zod    no zod installed: the calendar, the engine and pqrsd/nit work; pqrsd/schema says why not
//   vitest     the matchers registered with setupFiles, typed by tsc and run by vitest
//   navegador  a browser bundle of pqrsd/calendar (esbuild) under its budget in scripts/size.mjs
// Needs a built dist/ (`npm run build`). Prints one line per project; exit 1 when one fails.
// Usage: node scripts/consumers.mjs [proyecto…] [--conservar]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BUDGETS } from './size.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const keep = args.includes('--conservar');
const only = args.filter((a) => !a.startsWith('--'));
const devVersion = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const ZOD4 = devVersion('zod');
const ZOD3 = devVersion('zod3');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');

const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  module: 'nodenext',
  moduleResolution: 'nodenext',
  target: 'es2022',
  skipLibCheck: true,
  outDir: 'out',
  types: [],
};

/** Runs a command in a project; throws with its output when it fails. */
function sh(cwd, cmd, argv, env = {}) {
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
  });
  if (r.status !== 0) {
    throw new Error(`${[cmd, ...argv].join(' ')} (código ${r.status}):\n${r.stdout}${r.stderr}`.trim());
  }
  return r.stdout;
}

/** A devDependency packed to a tarball (offline: `npm pack` of its installed folder). */
const packed = new Map();
function devTarball(name, into) {
  let file = packed.get(name);
  if (file === undefined) {
    const out = sh(ROOT, 'npm', [
      'pack',
      '--ignore-scripts',
      '--json',
      '--pack-destination',
      into,
      join(ROOT, 'node_modules', name),
    ]);
    file = join(into, JSON.parse(out)[0].filename);
    packed.set(name, file);
  }
  return file;
}

/** Throws unless the project installed `name` at `version`. */
function installedVersion(dir, name, version) {
  const got = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  if (got !== version) throw new Error(`${name} instalado: ${got}; se esperaba ${version}`);
}

/** npm install of the tarball (and extra packages) with no network: only the local cache. */
function install(dir, tarball, extra = []) {
  sh(dir, 'npm', [
    'install',
    '--offline',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--ignore-scripts',
    tarball,
    ...extra,
  ]);
}

function project(dir, pkg, files) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumidor', private: true, ...pkg }, null, 2),
  );
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

// Only the projects that check the published types against a zod version read every .d.ts.
const tsconfig = (extra = {}) =>
  JSON.stringify({ compilerOptions: { ...STRICT, ...extra }, include: ['*.ts'] });

const CALENDAR_AND_NIT = `
import { addBusinessDays, isBusinessDay } from 'pqrsd/calendar';
import { computeDeadline } from 'pqrsd';
import { formatNit, isValidNit } from 'pqrsd/nit';
const due: string = addBusinessDays('2026-11-27', 15);
if (due !== '2026-12-21') throw new Error('addBusinessDays: ' + due);
if (isBusinessDay('2026-12-08')) throw new Error('el 8 de diciembre es festivo');
if (computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' }).dueDate !== '2026-12-21') throw new Error('computeDeadline');
if (!isValidNit('890903938-8') || formatNit('8909039388') !== '890.903.938-8') throw new Error('NIT');
`;

const SCHEMA = `
import { isValidNit as nitFromSchema, parsePqrsdRecord, PqrsdRecordSchema, toPqrsdJsonSchema } from 'pqrsd/schema';
const record = { radicado: '2026-ER-1', type: 'peticion', receivedAt: '2026-11-27', channel: 'presencial',
  subject: 'Copia', petitioner: { kind: 'anonima' } };
const parsed = parsePqrsdRecord(record);
if (!parsed.ok) throw new Error('registro válido rechazado: ' + JSON.stringify(parsed.issues));
const bad = parsePqrsdRecord({ ...record, receivedAt: '2026-02-30' });
if (bad.ok || !bad.issues.some((i) => i.path === 'receivedAt')) throw new Error('fecha imposible aceptada');
if (!PqrsdRecordSchema.safeParse(record).success) throw new Error('PqrsdRecordSchema');
if (toPqrsdJsonSchema().$schema !== 'https://json-schema.org/draft/2020-12/schema') throw new Error('JSON Schema');
if (!nitFromSchema('890903938-8')) throw new Error('NIT desde pqrsd/schema');
`;

/** The matrix. Each entry prepares `dir` (the tarball is at `tarball`) and checks it. */
const CASES = {
  'esm-zod4': (dir, tarball) => {
    project(
      dir,
      { type: 'module' },
      {
        'tsconfig.json': tsconfig({ skipLibCheck: false, resolveJsonModule: true }),
        'index.ts': CALENDAR_AND_NIT + SCHEMA,
        // The snippet of docs/conformidad.md, as written there.
        'conformidad.ts': `import json from 'pqrsd/conformance.json' with { type: 'json' };
import { type ConformanceFile, runConformanceVector } from 'pqrsd/testing';
const vectores = json as unknown as ConformanceFile;
const fallidos = vectores.vectors.map((v) => runConformanceVector(v)).filter((r) => !r.pass);
if (fallidos.length > 0) throw new Error('vectores fallidos: ' + fallidos.map((r) => r.id).join(', '));
`,
      },
    );
    install(dir, tarball, [devTarball('zod', dirname(dir))]);
    installedVersion(dir, 'zod', ZOD4);
    sh(dir, 'node', [TSC, '-p', '.']);
    sh(dir, 'node', ['out/index.js']);
    sh(dir, 'node', ['out/conformidad.js']);
  },
  cjs: (dir, tarball) => {
    project(
      dir,
      { type: 'commonjs' },
      {
        'tsconfig.json': tsconfig(),
        'index.ts': CALENDAR_AND_NIT,
        'plain.cjs': `const { addBusinessDays } = require('pqrsd/calendar');
const { computeDeadline, PqrsdError } = require('pqrsd');
const { isValidNit } = require('pqrsd/nit');
if (addBusinessDays('2026-11-27', 15) !== '2026-12-21') throw new Error('require pqrsd/calendar');
if (!isValidNit('899.999.068-1')) throw new Error('require pqrsd/nit');
try { computeDeadline({ type: 'peticion', receivedAt: '2026-02-30' }); throw new Error('sin error'); }
catch (e) { if (!(e instanceof PqrsdError)) throw e; }
`,
      },
    );
    install(dir, tarball);
    sh(dir, 'node', [TSC, '-p', '.']);
    if (!readFileSync(join(dir, 'out/index.js'), 'utf8').includes('require("pqrsd/calendar")')) {
      throw new Error('el TypeScript no se compiló a CommonJS');
    }
    sh(dir, 'node', ['out/index.js']);
    sh(dir, 'node', ['plain.cjs']);
  },
  zod3: (dir, tarball) => {
    project(
      dir,
      { type: 'module' },
      { 'tsconfig.json': tsconfig({ skipLibCheck: false }), 'index.ts': SCHEMA },
    );
    install(dir, tarball, [devTarball('zod3', dirname(dir))]);
    installedVersion(dir, 'zod', ZOD3);
    sh(dir, 'node', [TSC, '-p', '.']);
    sh(dir, 'node', ['out/index.js']);
  },
  'sin-zod': (dir, tarball) => {
    project(
      dir,
      { type: 'module' },
      {
        'tsconfig.json': tsconfig(),
        'index.ts': `${CALENDAR_AND_NIT}
const schemaEntry: string = 'pqrsd/schema';
import(schemaEntry).then(
  () => { throw new Error('pqrsd/schema cargó sin zod'); },
  (e: unknown) => { if (!String(e).includes('zod')) throw e; },
);
`,
      },
    );
    install(dir, tarball);
    sh(dir, 'node', [TSC, '-p', '.']);
    sh(dir, 'node', ['out/index.js']);
  },
  vitest: (dir, tarball) => {
    project(
      dir,
      { type: 'module' },
      {
        // As docs/conformidad.md says: setupFiles registers them, `types` makes tsc know them.
        'tsconfig.json': tsconfig({ types: ['pqrsd/testing/vitest'], noEmit: true }),
        'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { setupFiles: ['pqrsd/testing/vitest'], include: ['*.test.ts'] } });
`,
        'plazos.test.ts': `import { expect, it } from 'vitest';
it('vence a los 15 días hábiles (CPACA art. 14)', () => {
  expect({ type: 'peticion', receivedAt: '2026-11-27' }).toBeDueOn('2026-12-21');
  expect('2026-12-08').not.toBeBusinessDay();
  expect(() => expect({ type: 'peticion', receivedAt: '2026-11-27' }).toBeDueOn('2026-12-22')).toThrow();
});
`,
      },
    );
    install(dir, tarball);
    symlinkSync(join(ROOT, 'node_modules/vitest'), join(dir, 'node_modules/vitest'), 'dir');
    sh(dir, 'node', [TSC, '-p', '.']);
    const out = sh(dir, 'node', [VITEST, 'run', '--root', dir, '--reporter=dot'], { CI: '1' });
    if (!/1 passed/.test(out)) throw new Error(`vitest no informó la prueba:\n${out}`);
  },
  navegador: async (dir, tarball) => {
    project(dir, { type: 'module' }, { 'app.js': "export { addBusinessDays } from 'pqrsd/calendar';\n" });
    install(dir, tarball);
    const budget = BUDGETS.find((b) => b.name.startsWith('pqrsd/calendar'))?.budget;
    const out = await build({
      entryPoints: [join(dir, 'app.js')],
      absWorkingDir: dir,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0].contents;
    const gz = gzipSync(code, { level: 9 }).length;
    if (budget === undefined || gz > budget)
      throw new Error(`pqrsd/calendar pesa ${gz} B gzip (límite ${budget})`);
    writeFileSync(join(dir, 'bundle.mjs'), code);
    const due = execFileSync(
      'node',
      [
        '--input-type=module',
        '-e',
        `import('${join(dir, 'bundle.mjs')}').then((m) => console.log(m.addBusinessDays('2026-11-27', 15)))`,
      ],
      { encoding: 'utf8' },
    ).trim();
    if (due !== '2026-12-21') throw new Error(`el paquete para navegador calcula ${due}`);
    return `${(gz / 1024).toFixed(2)} KB gzip, límite ${(budget / 1024).toFixed(1)} KB`;
  },
};

/** `npm pack` as for publishing: the npm README swapped in, restored afterwards. */
function pack(into) {
  const readme = join(ROOT, 'scripts/npm-readme.mjs');
  sh(ROOT, 'node', [readme, 'preparar']);
  try {
    const out = sh(ROOT, 'npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into]);
    const [info] = JSON.parse(out);
    return { file: join(into, info.filename), info };
  } finally {
    sh(ROOT, 'node', [readme, 'restaurar']);
  }
}

const work = mkdtempSync(join(tmpdir(), 'pqrsd-consumidores-'));
let failed = 0;
try {
  const started = Date.now();
  const { file, info } = pack(work);
  console.log(
    `paquete: ${info.filename}, ${info.entryCount} archivos, ${(info.size / 1024).toFixed(1)} KB empacado, ` +
      `${(info.unpackedSize / 1024).toFixed(1)} KB desempacado`,
  );
  const head = execFileSync('tar', ['-xOzf', file, 'package/README.md'], { encoding: 'utf8' });
  if (!head.startsWith('# pqrsd\n\n```sh\nnpm install pqrsd\n```')) {
    console.log('FALLA  README del paquete: no empieza con `npm install pqrsd`');
    failed++;
  }
  for (const [name, run] of Object.entries(CASES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const t = Date.now();
    try {
      const note = await run(join(work, name), file);
      console.log(`ok     ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)${note ? `: ${note}` : ''}`);
    } catch (error) {
      failed++;
      console.log(`FALLA  ${name}: ${error.message}`);
    }
  }
  console.log(`matriz de consumidores: ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  if (keep) console.log(`proyectos conservados en ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);
