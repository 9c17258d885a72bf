import { describe, expect, it } from 'vitest';
import {
  freeIdentifiers,
  hasImports,
  instrument,
  isNoRun,
  isRunnable,
  markdownBlocks,
  readLiteral,
  rewriteImports,
  tsdocBlocks,
} from './doc-blocks.js';

describe('markdownBlocks', () => {
  it('finds each fenced block with its info string and the line of its opening fence', () => {
    const md = [
      '# T',
      '',
      '```ts',
      'a(); //=> 1',
      '```',
      'texto',
      '~~~sh',
      'npm i',
      '~~~',
      '```ts no-run',
      'x',
      '```',
    ].join('\n');
    expect(markdownBlocks('g.md', md)).toEqual([
      { file: 'g.md', line: 3, info: 'ts', code: 'a(); //=> 1' },
      { file: 'g.md', line: 7, info: 'sh', code: 'npm i' },
      { file: 'g.md', line: 10, info: 'ts no-run', code: 'x' },
    ]);
  });

  it('keeps a shorter fence inside a longer one as code', () => {
    const md = ['````md', '```ts', 'x', '```', '````'].join('\n');
    expect(markdownBlocks('g.md', md)).toEqual([
      { file: 'g.md', line: 1, info: 'md', code: '```ts\nx\n```' },
    ]);
  });
});

describe('tsdocBlocks', () => {
  it('extracts the fenced @example of a TSDoc comment with the file line of its fence and the symbol', () => {
    const src = [
      '/**',
      ' * Suma.',
      ' *',
      ' * @example',
      ' * ```ts',
      ' * suma(1, 2); //=> 3',
      ' * ```',
      ' */',
      'export function suma(a: number, b: number) {',
      '  return a + b;',
      '}',
    ].join('\n');
    expect(tsdocBlocks('src/x.ts', src)).toEqual([
      { file: 'src/x.ts', line: 5, info: 'ts', code: 'suma(1, 2); //=> 3', symbol: 'suma' },
    ]);
  });

  it('takes an unfenced @example up to the next tag', () => {
    const src = [
      '/**',
      ' * @example',
      ' * f(); //=> 1',
      ' * @since 1',
      ' */',
      'export const f = () => 1;',
    ].join('\n');
    expect(tsdocBlocks('src/y.ts', src)).toEqual([
      { file: 'src/y.ts', line: 2, info: 'ts', code: 'f(); //=> 1', symbol: 'f' },
    ]);
  });
});

describe('isRunnable and isNoRun', () => {
  it('runs ts and js blocks unless marked no-run', () => {
    expect(['ts', 'typescript', 'js', 'sh', 'md', 'html', ''].map(isRunnable)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(isNoRun('ts no-run')).toBe(true);
    expect(isNoRun('ts')).toBe(false);
  });
});

describe('readLiteral', () => {
  it.each([
    ["'2026-12-21' (el 8 de diciembre no cuenta)", "'2026-12-21'"],
    ['true', 'true'],
    ['-3 días', '-3'],
    ['1.5', '1.5'],
    ["{ ok: true, value: '2026-11-27' }", "{ ok: true, value: '2026-11-27' }"],
    ["['verde', 'amarillo', 'rojo']", "['verde', 'amarillo', 'rojo']"],
    ["[{ a: '}' }] y más", "[{ a: '}' }]"],
    ['new Set([1, 2])', 'new Set([1, 2])'],
    ['null', 'null'],
  ])('reads %s as %s', (text, literal) => {
    expect(readLiteral(text)).toBe(literal);
  });

  it('returns null when there is no literal or it is not closed', () => {
    expect(readLiteral('')).toBeNull();
    expect(readLiteral('«texto»')).toBeNull();
    expect(readLiteral("{ a: 'x' ")).toBeNull();
    expect(readLiteral("'sin cerrar")).toBeNull();
  });
});

describe('rewriteImports', () => {
  it('points the package and its subpaths to the source modules', () => {
    const { code, missing } = rewriteImports(
      "import { a } from 'pqrsd';\nimport type { B } from \"pqrsd/calendar\";\nconst m = await import('pqrsd');",
      process.cwd(),
      'test/docs/.tmp',
    );
    expect(code).toBe(
      "import { a } from '../../../src/index.js';\nimport type { B } from \"../../../src/calendar/index.js\";\nconst m = await import('../../../src/index.js');",
    );
    expect(missing).toEqual([]);
  });

  it('reports a subpath that has no source module', () => {
    expect(rewriteImports("import { x } from 'pqrsd/no-existe';", process.cwd(), 't').missing).toEqual([
      'pqrsd/no-existe',
    ]);
  });

  it('leaves other packages alone', () => {
    const code = "import Holidays from 'date-holidays';\nimport { z } from 'pqrsd-otro';";
    expect(rewriteImports(code, process.cwd(), 't').code).toBe(code);
  });
});

describe('instrument', () => {
  it('checks the expression of a line with a trailing //=> value', () => {
    const r = instrument("f('a'); //=> 'b' (comentario)");
    expect(r.code).toBe("__doc.check(0, (f('a')), ('b')); //=> 'b' (comentario)");
    expect(r.assertions).toEqual([{ id: 0, line: 1, source: "f('a')", expected: "'b'", throws: false }]);
  });

  it('checks the statement above a //=> comment that stands alone on its line', () => {
    const r = instrument('g(\n  1,\n);\n//=> [1]');
    expect(r.code.startsWith('__doc.check(0, (g(\n  1,\n)), ([1]));')).toBe(true);
  });

  it('checks the variable of a declaration and the argument of console.log', () => {
    expect(instrument('const x = h(); //=> 2').code).toBe('const x = h(); __doc.check(0, x, (2)); //=> 2');
    expect(instrument('console.log(y.z); //=> 3').code).toBe('__doc.check(0, (y.z), (3)); //=> 3');
  });

  it('checks the innermost statement of the line (a try/catch on one line)', () => {
    const r = instrument("try { f(); } catch (e) { isErr(e, 'X'); } //=> true");
    expect(r.code).toBe("try { f(); } catch (e) { __doc.check(0, (isErr(e, 'X')), (true)); } //=> true");
  });

  it("turns '// lanza PqrsdError CODE' and '//=> throws' into a check of the error", () => {
    expect(instrument("parse('x'); // lanza PqrsdError INVALID_DATE").code).toBe(
      "__doc.throws(0, () => (parse('x')), 'INVALID_DATE'); // lanza PqrsdError INVALID_DATE",
    );
    expect(instrument("parse('x'); //=> throws 'YEAR_OUT_OF_RANGE'").assertions[0]).toEqual({
      id: 0,
      line: 1,
      source: "parse('x')",
      expected: "'YEAR_OUT_OF_RANGE'",
      throws: true,
    });
    expect(instrument("const v = parse('x'); // lanza").code).toBe(
      "const v = __doc.throws(0, () => (parse('x')), null); // lanza",
    );
  });

  it('ignores //=> inside strings and ordinary comments', () => {
    const code = "const s = '//=> 1'; // una nota\nf(); // otra";
    expect(instrument(code)).toEqual({ code, assertions: [] });
  });

  it('rejects a //=> with nothing to check or an unreadable value, naming the line', () => {
    expect(() => instrument('//=> 1')).toThrow('línea 1');
    expect(() => instrument('f();\ng(); //=> «algo»')).toThrow('línea 2: no se puede leer el valor esperado');
  });
});

describe('freeIdentifiers and hasImports', () => {
  it('lists the names a block uses without declaring them', () => {
    const free = freeIdentifiers('const a = f(b.c, { d: 1 });\nfunction g(p) { return p + a + h; }');
    expect([...free].sort()).toEqual(['b', 'f', 'h']);
  });

  it('tells whether a block imports anything', () => {
    expect(hasImports("import { a } from 'pqrsd';\na();")).toBe(true);
    expect(hasImports('a(); // import nada')).toBe(false);
  });
});

describe('instrument with a value over several comment lines', () => {
  it('joins the following comment lines until the literal closes', () => {
    const r = instrument('f();\n//=> [{ a: 1 },\n//    { b: 2 }]\ng();');
    expect(r.assertions).toEqual([
      { id: 0, line: 2, source: 'f()', expected: '[{ a: 1 },\n    { b: 2 }]', throws: false },
    ]);
  });
});

describe('instrument with an elided value', () => {
  it('rejects a value that is not valid JavaScript, such as one with an ellipsis', () => {
    expect(() => instrument("f(); //=> { message: 'El NIT …' , … }")).toThrow(
      'no es un literal JavaScript válido',
    );
  });
});
