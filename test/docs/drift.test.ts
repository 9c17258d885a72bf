/**
 * The guides do not drift from the code: every source path they cite exists, «Primeros pasos» lists
 * every entry point of package.json and describes its `sideEffects` as declared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const guides = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
const read = (name: string) => readFileSync(join(ROOT, 'docs', name), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: boolean | string[];
};

describe('guides and code agree', () => {
  it.each(guides)('every src/ path cited in docs/%s exists', (guide) => {
    const paths = [...read(guide).matchAll(/`(src\/[A-Za-z0-9_./-]+)`/g)].map((m) => m[1]!);
    for (const path of paths) expect(existsSync(join(ROOT, path)), `${guide}: ${path}`).toBe(true);
  });

  it('places compareDeadline where it is', () => {
    expect(read('cli.md')).toContain('`compareDeadline` en `src/testing/compare.ts`');
    expect(readFileSync(join(ROOT, 'src/testing/compare.ts'), 'utf8')).toContain(
      'export function compareDeadline(',
    );
  });

  it('lists every entry point of package.json in «Primeros pasos»', () => {
    const text = read('primeros-pasos.md');
    const entries = Object.keys(pkg.exports)
      .filter((e) => e !== './package.json')
      .map((e) => (e === '.' ? 'pqrsd' : `pqrsd/${e.slice(2)}`));
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(text, entry).toContain(`\`${entry}\``);
  });

  it('describes sideEffects as package.json declares it', () => {
    const text = read('primeros-pasos.md');
    if (pkg.sideEffects === false) {
      expect(text).toContain('sideEffects: false');
    } else {
      expect(text).not.toContain('sideEffects: false');
      expect(Array.isArray(pkg.sideEffects)).toBe(true);
      for (const file of pkg.sideEffects as string[]) {
        const entry = /dist\/(testing\/\w+)\./.exec(file)?.[1];
        expect(entry, file).toBeDefined();
        expect(text).toContain(`\`pqrsd/${entry}\``);
      }
    }
  });
});

describe('the playground and the HTML report name the stages alike', () => {
  /** The `STAGE_LABELS = { … }` table of a file, read as text (the playground is plain browser JS). */
  const stageLabels = (path: string): Record<string, string> => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    const body = /const STAGE_LABELS = \{([^}]*)\}/.exec(text)?.[1] ?? '';
    return Object.fromEntries([...body.matchAll(/(\w+): '([^']*)'/g)].map((m) => [m[1]!, m[2]!]));
  };

  it('has one label per LIFECYCLE_STAGES value, the same in both', async () => {
    const { LIFECYCLE_STAGES } = await import('../../src/domain.js');
    const report = stageLabels('src/cli/render/html-lifecycle.ts');
    const playground = stageLabels('docs/site-src/playground.js');
    expect(Object.keys(report).sort()).toEqual([...LIFECYCLE_STAGES].sort());
    expect(playground).toEqual(report);
  });
});
