// Loads the BUILT package both ways (ESM import, CJS require) and runs the bin, as a consumer would.
// `npm test` builds before running the tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

describe('the built package', () => {
  it('has been built (run `npm run build` first)', () => {
    expect(existsSync(resolve(root, 'dist/index.js'))).toBe(true);
  });

  it('is importable as ESM and exposes the error family', async () => {
    const mod = await import(pathToFileURL(resolve(root, 'dist/index.js')).href);
    expect(mod.VERSION).toBe(pkg.version);
    expect(new mod.PqrsdError('INVALID_DATE', 'x').code).toBe('INVALID_DATE');
  });

  it('is requirable as CJS and exposes the same API', () => {
    const mod = require(resolve(root, 'dist/index.cjs'));
    expect(mod.VERSION).toBe(pkg.version);
    expect(mod.REQUEST_TYPES).toContain('peticion');
  });

  it('resolves every subpath of the exports map both ways', async () => {
    for (const [subpath, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
      if (typeof target === 'string') {
        // A folder pattern (`./schemas/*`) resolves to its folder; a file to itself.
        expect(existsSync(resolve(root, target.replace(/\*$/, ''))), subpath).toBe(true);
        continue;
      }
      const t = target as { import: { default: string }; require?: { default: string } };
      if (subpath === './testing/jest') {
        // Registers the matchers on jest's global `expect`: give it one and check it is used.
        const extended: Record<string, unknown>[] = [];
        const g = globalThis as { expect?: unknown };
        const previous = g.expect;
        g.expect = { extend: (m: Record<string, unknown>) => extended.push(m) };
        try {
          await import(pathToFileURL(resolve(root, t.import.default)).href);
          require(resolve(root, t.require!.default));
        } finally {
          g.expect = previous;
        }
        expect(extended).toHaveLength(2);
        for (const m of extended) expect(typeof m.toBeDueOn).toBe('function');
        continue;
      }
      const esm = await import(pathToFileURL(resolve(root, t.import.default)).href);
      if (t.require === undefined) {
        // ESM-only on purpose: `pqrsd/testing/vitest` registers matchers on vitest, which is ESM-only.
        expect(subpath).toBe('./testing/vitest');
        continue;
      }
      const cjs = require(resolve(root, t.require.default));
      expect(Object.keys(esm).sort(), subpath).toEqual(Object.keys(cjs).sort());
      expect(Object.keys(esm).length, subpath).toBeGreaterThan(0);
    }
  });

  it('runs the bin and prints the version', () => {
    const out = execFileSync(process.execPath, [resolve(root, pkg.bin.pqrsd), '--version'], {
      encoding: 'utf8',
    });
    expect(out.trim()).toBe(pkg.version);
  });

  it('keeps VERSION in sync with package.json', async () => {
    const { VERSION } = await import('../../src/version.js');
    expect(VERSION).toBe(pkg.version);
  });
});
