/**
 * The documentation's TypeScript compiles as a user would write it: every runnable ```ts block of
 * README.md and docs/*.md that imports the package is type-checked with `strict` and `nodenext`
 * (plus `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes`) against the BUILT package's types
 * (`'pqrsd'` resolves to dist/ through package.json's exports, as in an app). examples.test.ts runs the
 * same blocks; this adds the compiler. Needs `npm run build`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { hasImports, isNoRun, isRunnable, markdownBlocks } from './doc-blocks.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TMP = join(ROOT, 'test/docs/.tmp-tipos');

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function blocks() {
  const files = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `docs/${f}`),
  ];
  return files.flatMap((f) =>
    markdownBlocks(f, readFileSync(join(ROOT, f), 'utf8')).filter(
      (b) => isRunnable(b.info) && !isNoRun(b.info) && hasImports(b.code),
    ),
  );
}

describe('the TypeScript of the guides', () => {
  it('type-checks under strict nodenext against the built package (each block a module)', () => {
    expect(existsSync(join(ROOT, 'dist/index.d.ts')), 'falta dist/: ejecute npm run build').toBe(true);
    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(TMP, { recursive: true });
    const found = blocks();
    const names = new Map<string, string>();
    for (const b of found) {
      const file = join(TMP, `${b.file.replace(/[/.]/g, '_')}_${b.line}.mts`);
      writeFileSync(file, `${b.code}\nexport {};\n`);
      names.set(file, `${b.file}:${b.line}`);
    }
    const program = ts.createProgram([...names.keys()], {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      resolveJsonModule: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? (names.get(resolve(d.file.fileName)) ?? relative(ROOT, d.file.fileName)) : '';
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(found.length).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  }, 120_000);
});
