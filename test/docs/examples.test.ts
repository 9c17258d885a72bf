/**
 * Executable documentation: every ```ts / ```js block of README.md and docs/*.md, and every `@example` of
 * the TSDoc comments in src/, runs here as its own test (named file:line), so no example can drift from
 * the code. The conventions (`//=> value`, `// lanza PqrsdError CODE`, ```ts no-run) are described in
 * ./doc-blocks.ts and in docs/contribuir-reglas.md.
 *
 * - Imports of the package (`'pqrsd'`, `'pqrsd/calendar'`, …) are rewritten to the source modules.
 * - A TSDoc example that imports nothing runs in the scope of its own module, its layer's index and the
 *   root index (so `nationalCalendar.isBusinessDay(…)` in src/calendar/calendar.ts works). Markdown
 *   blocks get no implicit scope: a guide's example must be copy-pasteable.
 * - Each block is written to test/docs/.tmp/ (git-ignored, removed afterwards; keep it with
 *   PQRSD_KEEP_DOC_TMP=1) and imported, so it goes through the same TypeScript transform as the tests.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Assertion,
  type DocBlock,
  freeIdentifiers,
  hasImports,
  instrument,
  isNoRun,
  isRunnable,
  markdownBlocks,
  rewriteImports,
  tsdocBlocks,
} from './doc-blocks.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TMP_REL = 'test/docs/.tmp';
const TMP = join(ROOT, TMP_REL);

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs, ext));
    else if (name.endsWith(ext) && !name.endsWith('.d.ts')) out.push(abs);
  }
  return out;
}

function collectBlocks(): DocBlock[] {
  const blocks: DocBlock[] = [];
  const docs = existsSync(join(ROOT, 'docs'))
    ? readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(ROOT, 'docs', f))
    : [];
  for (const file of [join(ROOT, 'README.md'), ...docs]) {
    if (existsSync(file)) blocks.push(...markdownBlocks(relative(ROOT, file), readFileSync(file, 'utf8')));
  }
  for (const file of listFiles(join(ROOT, 'src'), '.ts')) {
    blocks.push(...tsdocBlocks(relative(ROOT, file), readFileSync(file, 'utf8')));
  }
  return blocks.filter((b) => isRunnable(b.info) && !isNoRun(b.info));
}

/** For a TSDoc example that imports nothing: import lines for the names it uses from its module's scope. */
async function implicitScope(block: DocBlock, code: string): Promise<string> {
  if (!block.file.startsWith('src/') || hasImports(code)) return '';
  const free = freeIdentifiers(code);
  const layer = block.file.split('/')[1];
  const modules = [block.file];
  if (layer && !layer.endsWith('.ts')) modules.push(`src/${layer}/index.ts`);
  modules.push('src/index.ts');
  const lines: string[] = [];
  for (const mod of modules) {
    if (!existsSync(join(ROOT, mod))) continue;
    const exports = Object.keys(await import(/* @vite-ignore */ pathToFileURL(join(ROOT, mod)).href));
    const names = exports.filter((n) => free.has(n));
    for (const n of names) free.delete(n);
    if (names.length === 0) continue;
    const spec = relative(TMP, join(ROOT, mod)).split('\\').join('/').replace(/\.ts$/, '.js');
    lines.push(`import { ${names.join(', ')} } from '${spec}';`);
  }
  return lines.join('\n');
}

interface Checker {
  reached: Set<number>;
  failures: string[];
  check(id: number, actual: unknown, expected: unknown): void;
  throws(id: number, fn: () => unknown, code: unknown): void;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'table' | 'dir'>;
  process: NodeJS.Process;
}

/** The real `process`, except that `exit` throws instead of ending the test run. */
const guardedProcess = new Proxy(process, {
  get(target, key) {
    if (key === 'exit') {
      return (code?: number) => {
        throw new Error(`el ejemplo llamó process.exit(${code ?? ''})`);
      };
    }
    const value = Reflect.get(target, key);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});

const show = (v: unknown) => {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

function makeChecker(block: DocBlock, assertions: Assertion[]): Checker {
  const at = (id: number) => {
    const a = assertions[id] as Assertion;
    return `${block.file}:${block.line + a.line} «${a.source}»`;
  };
  const sink = () => {};
  const checker: Checker = {
    reached: new Set(),
    failures: [],
    console: { log: sink, info: sink, warn: sink, error: sink, table: sink, dir: sink },
    process: guardedProcess,
    check(id, actual, expected) {
      checker.reached.add(id);
      try {
        expect(actual).toEqual(expected);
      } catch {
        checker.failures.push(`${at(id)}: da ${show(actual)}; el ejemplo dice ${show(expected)}`);
      }
    },
    throws(id, fn, code) {
      checker.reached.add(id);
      try {
        fn();
      } catch (error) {
        const e = error as { name?: string; code?: string; message?: string };
        if (e?.name === 'PqrsdError' && (code === null || e.code === code)) return;
        checker.failures.push(
          `${at(id)}: lanzó ${e?.name} ${e?.code ?? ''} «${e?.message}»; se esperaba ${code}`,
        );
        return;
      }
      checker.failures.push(`${at(id)}: no lanzó; el ejemplo dice que lanza PqrsdError ${code ?? ''}`);
    },
  };
  return checker;
}

const registry: Record<string, Checker> = {};
(globalThis as Record<string, unknown>).__pqrsdDocExamples = registry;

rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });

afterAll(() => {
  if (!process.env.PQRSD_KEEP_DOC_TMP) rmSync(TMP, { recursive: true, force: true });
});

const blocks = collectBlocks();

describe('the examples of the documentation run and show the values they claim', () => {
  it('finds examples in the README, in the guides and in the TSDoc of src/', () => {
    expect(blocks.filter((b) => b.file === 'README.md').length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.file.startsWith('docs/')).length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.file.startsWith('src/')).length).toBeGreaterThan(0);
  });

  for (const [n, block] of blocks.entries()) {
    const name = `${block.file}:${block.line}${block.symbol ? ` (${block.symbol})` : ''}`;
    it(name, async () => {
      const { code: imported, missing } = rewriteImports(block.code, ROOT, TMP_REL);
      expect(missing, `${name}: importa subrutas que no existen en src/`).toEqual([]);
      let instrumented: ReturnType<typeof instrument>;
      try {
        instrumented = instrument(imported);
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
      const { code, assertions } = instrumented;
      const scope = await implicitScope(block, imported);
      const key = `b${n}`;
      const checker = makeChecker(block, assertions);
      registry[key] = checker;
      // console is silenced and process.exit throws, unless the block brings its own.
      const free = freeIdentifiers(imported);
      const header = [
        `const __doc = (globalThis as any).__pqrsdDocExamples.${key};`,
        free.has('console') ? 'const console = __doc.console;' : '',
        free.has('process') ? 'const process = __doc.process;' : '',
        '',
      ].join('\n');
      const file = join(
        TMP,
        `${String(n).padStart(4, '0')}_${block.file.replace(/[^\w]+/g, '_')}_${block.line}.ts`,
      );
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${scope}\n${header}${code}\n`);
      try {
        await import(/* @vite-ignore */ pathToFileURL(file).href);
      } catch (error) {
        const e = error as Error;
        throw new Error(`${name}: el ejemplo lanzó ${e.name}: ${e.message}`);
      }
      const problems = [
        ...checker.failures,
        ...assertions
          .filter((a) => !checker.reached.has(a.id))
          .map((a) => `${block.file}:${block.line + a.line} «${a.source}» nunca se evaluó`),
      ];
      if (problems.length > 0) throw new Error(problems.join('\n'));
    }, 30_000);
  }
});
