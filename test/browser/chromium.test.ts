/**
 * The choice of browser for the browser tests: an explicit path, the system's Chromium, or the
 * npm-shipped one unpacked into a project-local cache checked by version. Uses a fake package with
 * tiny archives, so nothing here launches or unpacks the real browser.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractTar, findChromium, npmChromium } from './chromium.js';

const roots: string[] = [];
afterAll(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** One ustar entry (header + body padded to 512 bytes). */
function tarEntry(name: string, body: string, type = '0'): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000755\0', 100, 'utf8');
  header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124, 'utf8');
  header.write(type, 156, 'utf8');
  header.write('ustar\0', 257, 'utf8');
  const data = Buffer.alloc(Math.ceil(body.length / 512) * 512);
  data.write(body, 0, 'utf8');
  return Buffer.concat([header, data]);
}
const tar = (...entries: Buffer[]) => Buffer.concat([...entries, Buffer.alloc(1024)]);

/** A project folder with a fake `@sparticuz/chromium` of the given version. */
function fakeProject(version: string, binary = '#!/bin/sh\necho falso\n'): string {
  const root = mkdtempSync(join(tmpdir(), 'pqrsd-chromium-prueba-'));
  roots.push(root);
  const pkg = join(root, 'node_modules/@sparticuz/chromium');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@sparticuz/chromium', version }));
  writeFileSync(join(pkg, 'bin/chromium.br'), brotliCompressSync(binary));
  writeFileSync(join(pkg, 'bin/swiftshader.tar.br'), brotliCompressSync(tar(tarEntry('libGLESv2.so', 'gl'))));
  writeFileSync(
    join(pkg, 'bin/fonts.tar.br'),
    brotliCompressSync(tar(tarEntry('fonts/', '', '5'), tarEntry('fonts/Uno.ttf', 'ttf'))),
  );
  return root;
}

describe('the npm-shipped Chromium', () => {
  it('is unpacked into node_modules/.cache/pqrsd-chromium/<version>/, never a shared temp path', async () => {
    const root = fakeProject('153.0.0');
    const choice = await npmChromium(root, 'linux', 'x64');
    const dir = join(root, 'node_modules/.cache/pqrsd-chromium/153.0.0');
    expect(choice.executablePath).toBe(join(dir, 'chromium'));
    expect(choice.source).toBe('npm (@sparticuz/chromium 153.0.0)');
    expect(readFileSync(join(dir, 'chromium'), 'utf8')).toContain('echo falso');
    expect(readFileSync(join(dir, 'libGLESv2.so'), 'utf8')).toBe('gl');
    expect(readFileSync(join(dir, 'tipos/fonts/Uno.ttf'), 'utf8')).toBe('ttf');
    expect(choice.env.FONTCONFIG_FILE).toBe(join(dir, 'fonts.conf'));
    expect(readFileSync(join(dir, 'fonts.conf'), 'utf8')).toContain(`<dir>${join(dir, 'tipos/fonts')}</dir>`);
  });

  it('replaces a foreign or stale binary left in the cache folder (the marker is checked)', async () => {
    const root = fakeProject('153.0.0', '#!/bin/sh\necho bueno\n');
    const dir = join(root, 'node_modules/.cache/pqrsd-chromium/153.0.0');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'chromium'), 'binario ajeno');
    writeFileSync(join(dir, 'pqrsd-chromium.json'), '{"version":"152.0.0"}');
    await npmChromium(root, 'linux', 'x64');
    expect(readFileSync(join(dir, 'chromium'), 'utf8')).toContain('echo bueno');
    // A second call reuses the checked folder as it is.
    writeFileSync(join(dir, 'testigo'), 'x');
    await npmChromium(root, 'linux', 'x64');
    expect(existsSync(join(dir, 'testigo'))).toBe(true);
    expect(existsSync(`${dir}.parcial-${process.pid}`)).toBe(false);
  });

  it('fails with a Spanish message on a platform the package has no browser for', async () => {
    const root = fakeProject('153.0.0');
    await expect(npmChromium(root, 'darwin', 'arm64')).rejects.toThrow(
      /solo trae un navegador para Linux x86-64 \(este equipo es darwin\/arm64\).*PQRSD_CHROMIUM/,
    );
  });

  it('fails with a Spanish message when the package is not installed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pqrsd-chromium-prueba-'));
    roots.push(root);
    await expect(npmChromium(root, 'linux', 'x64')).rejects.toThrow(/ejecute `npm ci`/);
  });
});

describe('the choice of browser', () => {
  it('honours PQRSD_CHROMIUM and refuses a path that does not exist', async () => {
    const root = fakeProject('153.0.0');
    const exe = join(root, 'mi-chromium');
    writeFileSync(exe, '');
    await expect(findChromium(root, { PQRSD_CHROMIUM: exe })).resolves.toMatchObject({
      executablePath: exe,
      source: 'PQRSD_CHROMIUM',
    });
    await expect(findChromium(root, { PQRSD_CHROMIUM: join(root, 'no-existe') })).rejects.toThrow(
      /PQRSD_CHROMIUM apunta a «.*no-existe», que no existe/,
    );
  });
});

describe('extractTar', () => {
  it('refuses an entry that would escape the target folder', () => {
    const into = mkdtempSync(join(tmpdir(), 'pqrsd-chromium-prueba-'));
    roots.push(into);
    expect(() => extractTar(tar(tarEntry('../fuera.txt', 'x')), into)).toThrow(
      /ruta insegura: «\.\.\/fuera\.txt»/,
    );
    expect(() => extractTar(tar(tarEntry('/etc/fuera', 'x')), into)).toThrow(/ruta insegura/);
  });
});
