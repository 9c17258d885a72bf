/**
 * The machinery of the executable documentation (test/docs/examples.test.ts): find the code blocks of the
 * Markdown guides and of the TSDoc `@example` tags, rewrite the package imports to the sources and turn
 * the `//=>` comments into assertions. Pure functions over strings, tested in doc-blocks.test.ts.
 *
 * Conventions understood in a block:
 * - `expr; //=> value`: `expr` deep-equals `value` (a JS literal; what follows the literal is commentary,
 *   e.g. `//=> '2026-12-21' (el 8 de diciembre no cuenta)`).
 * - `//=> value` alone on a line: the statement just above.
 * - `const x = …; //=> value`: the value of `x`. `console.log(x); //=> value`: the value of `x`.
 * - `expr; // lanza PqrsdError INVALID_DATE` (or `//=> throws 'INVALID_DATE'`): `expr` throws a
 *   `PqrsdError` with that code (any code when none is written).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A code block found in the documentation. */
export interface DocBlock {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence (or of `@example` when unfenced) in that file. */
  line: number;
  /** The fence's info string, e.g. `ts` or `ts no-run`. */
  info: string;
  /** The code, without the fences. */
  code: string;
  /** The exported symbol the TSDoc comment documents, when known. */
  symbol?: string;
}

/** One `//=>` or `// lanza` assertion of a block. */
export interface Assertion {
  /** Index among the block's assertions. */
  id: number;
  /** 1-based line of the comment in the block. */
  line: number;
  /** The source of the checked expression. */
  source: string;
  /** The expected value's source (`null` for a throw of any code). */
  expected: string | null;
  /** Whether the expression must throw. */
  throws: boolean;
}

const RUNNABLE = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs', 'mts']);

/** Whether a fence info string is TypeScript/JavaScript. */
export const isRunnable = (info: string): boolean => RUNNABLE.has(info.split(/\s+/)[0]?.toLowerCase() ?? '');

/** Whether a fence info string opts out of execution (```ts no-run). */
export const isNoRun = (info: string): boolean => /\bno-run\b/.test(info);

/** Fenced code blocks of a Markdown text; `lineOffset` is added to the reported lines. */
export function markdownBlocks(file: string, text: string, lineOffset = 0): DocBlock[] {
  const lines = text.split('\n');
  const blocks: DocBlock[] = [];
  let open: { fence: string; indent: number; info: string; line: number; body: string[] } | null = null;
  for (const [i, raw] of lines.entries()) {
    if (open) {
      const close = raw.match(/^(\s*)(`{3,}|~{3,})\s*$/);
      if (close && close[2]?.[0] === open.fence[0] && (close[2]?.length ?? 0) >= open.fence.length) {
        blocks.push({ file, line: open.line, info: open.info, code: open.body.join('\n') });
        open = null;
      } else {
        open.body.push(raw.slice(Math.min(open.indent, raw.length - raw.trimStart().length)));
      }
      continue;
    }
    const start = raw.match(/^(\s*)(`{3,}|~{3,})\s*([^`]*)$/);
    if (start) {
      open = {
        fence: start[2] ?? '```',
        indent: start[1]?.length ?? 0,
        info: (start[3] ?? '').trim(),
        line: lineOffset + i + 1,
        body: [],
      };
    }
  }
  return blocks;
}

/** The `@example` blocks of the TSDoc comments of a source file. */
export function tsdocBlocks(file: string, text: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const start = m.index ?? 0;
    const firstLine = text.slice(0, start).split('\n').length;
    const commentLines = m[0]
      .split('\n')
      .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''));
    const after = text.slice(start + m[0].length, start + m[0].length + 400);
    const symbol = after.match(
      /^\s*export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+(\w+)/,
    )?.[1];
    for (let i = 0; i < commentLines.length; i++) {
      if (!/^@example\b/.test(commentLines[i] ?? '')) continue;
      let end = i + 1;
      while (end < commentLines.length && !/^@\w+/.test(commentLines[end] ?? '')) end++;
      const section = commentLines.slice(i + 1, end);
      const fenced = markdownBlocks(file, section.join('\n'), firstLine + i);
      const found: DocBlock[] =
        fenced.length > 0
          ? fenced
          : section.join('').trim() !== ''
            ? [{ file, line: firstLine + i, info: 'ts', code: section.join('\n') }]
            : [];
      for (const b of found) blocks.push(symbol ? { ...b, symbol } : b);
      i = end - 1;
    }
  }
  return blocks;
}

/**
 * Reads one JS literal (or a short `new X(…)` / member / call chain) at the start of `text` and returns
 * its source, or null when there is none.
 */
export function readLiteral(text: string): string | null {
  const s = text;
  let i = 0;
  const skipString = (q: string) => {
    i++;
    while (i < s.length && s[i] !== q) i += s[i] === '\\' ? 2 : 1;
    if (i >= s.length) throw new Error('cadena sin cerrar');
    i++;
  };
  const pairs: Record<string, string> = { '[': ']', '{': '}', '(': ')' };
  const skipBalanced = () => {
    const stack = [pairs[s[i] as string] as string];
    i++;
    while (i < s.length && stack.length > 0) {
      const c = s[i] as string;
      if (c === "'" || c === '"' || c === '`') {
        skipString(c);
        continue;
      }
      if (pairs[c]) stack.push(pairs[c] as string);
      else if (c === stack[stack.length - 1]) stack.pop();
      i++;
    }
    if (stack.length > 0) throw new Error('paréntesis sin cerrar');
  };
  try {
    if (s.startsWith('new ')) i = 4;
    if (s[i] === '-' || s[i] === '+') i++;
    const c = s[i];
    if (c === undefined) return null;
    if (c === "'" || c === '"' || c === '`') skipString(c);
    else if (pairs[c]) skipBalanced();
    else {
      const word = s.slice(i).match(/^[\w$.]+/);
      if (!word) return null;
      i += word[0].length;
    }
    for (;;) {
      if (s[i] === '(' || s[i] === '[') skipBalanced();
      else if (s[i] === '.' && /[\w$]/.test(s[i + 1] ?? '')) {
        i++;
        i += s.slice(i).match(/^[\w$]+/)?.[0].length ?? 0;
      } else break;
    }
  } catch {
    return null;
  }
  return s.slice(0, i).trim() || null;
}

const PACKAGE_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])pqrsd(\/[\w-]+)?\2/g;

/**
 * Rewrites imports of the package (`'pqrsd'`, `'pqrsd/calendar'`, …) to the source modules
 * (`src/index.ts`, `src/calendar/index.ts`, …), as seen from `fromDir` (a path relative to the repository
 * root, e.g. `test/docs/.tmp`). `missing` lists the subpaths whose source module does not exist.
 */
export function rewriteImports(
  code: string,
  root: string,
  fromDir: string,
): { code: string; missing: string[] } {
  const up = fromDir
    .split('/')
    .filter(Boolean)
    .map(() => '..')
    .join('/');
  const missing: string[] = [];
  const out = code.replace(PACKAGE_IMPORT, (_all, lead: string, quote: string, sub: string | undefined) => {
    const dir = sub ? `src${sub}` : 'src';
    if (!existsSync(join(root, dir, 'index.ts'))) missing.push(`pqrsd${sub ?? ''}`);
    return `${lead}${quote}${up}/${dir}/index.js${quote}`;
  });
  return { code: out, missing };
}

/** Whether a block imports anything (then it brings its own scope). */
export const hasImports = (code: string): boolean => /^\s*import\s/m.test(code);

/** Identifiers a block uses but neither declares nor imports (the candidates for an implicit scope). */
export function freeIdentifiers(code: string): Set<string> {
  const sf = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declared = new Set<string>();
  const used = new Set<string>();
  const declare = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) declared.add(name.text);
    else for (const el of name.elements) if (!ts.isOmittedExpression(el)) declare(el.name);
  };
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node)) declare(node.name);
    else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name)
      declared.add(node.name.text);
    else if (ts.isImportClause(node) && node.name) declared.add(node.name.text);
    else if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) declared.add(node.name.text);
    else if (ts.isCatchClause(node) && node.variableDeclaration) declare(node.variableDeclaration.name);
    if (ts.isIdentifier(node)) {
      const p = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isPropertyAssignment(p) && p.name === node) ||
        (ts.isQualifiedName(p) && p.right === node) ||
        ts.isPropertySignature(p) ||
        ts.isImportSpecifier(p);
      if (!isMemberName) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const name of declared) used.delete(name);
  return used;
}

interface CommentMark {
  line: number;
  pos: number;
  alone: boolean;
  throws: boolean;
  expected: string | null;
  raw: string;
}

/** The `//=>` and `// lanza` comments of a block, found from the syntax tree (never inside strings). */
function assertionComments(code: string, sf: ts.SourceFile): CommentMark[] {
  const ranges = new Map<number, ts.CommentRange>();
  const collect = (list: ts.CommentRange[] | undefined) => {
    for (const r of list ?? []) if (r.kind === ts.SyntaxKind.SingleLineCommentTrivia) ranges.set(r.pos, r);
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(code, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(code, node.getEnd()));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  collect(ts.getLeadingCommentRanges(code, sf.endOfFileToken.getFullStart()));
  const marks: CommentMark[] = [];
  const sorted = [...ranges.values()].sort((a, b) => a.pos - b.pos);
  const lineOfPos = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  // A value may continue on the following comment lines: `//=> [a,` then `//    b]`.
  const continued = (index: number, first: string): string | null => {
    let text = first;
    let line = lineOfPos((sorted[index] as ts.CommentRange).pos);
    for (let j = index + 1; j < sorted.length; j++) {
      const next = sorted[j] as ts.CommentRange;
      const body = code.slice(next.pos + 2, next.end);
      if (lineOfPos(next.pos) !== line + 1 || body.startsWith('=>')) break;
      line += 1;
      text += `\n${body}`;
      const value = readLiteral(text.trim());
      if (value !== null) return value;
    }
    return null;
  };
  for (const [index, r] of sorted.entries()) {
    const pos = r.pos;
    const text = code.slice(r.pos + 2, r.end);
    const { line, character } = sf.getLineAndCharacterOfPosition(pos);
    const lineStart = sf.getPositionOfLineAndCharacter(line, 0);
    const alone = code.slice(lineStart, lineStart + character).trim() === '';
    let m: RegExpMatchArray | null = null;
    if (text.startsWith('=>')) {
      const rest = text.slice(2).trim();
      m = rest.match(/^(?:throws|lanza)\b(.*)$/i);
      if (m) marks.push({ line, pos, alone, throws: true, expected: errorCode(m[1] ?? ''), raw: text });
      else
        marks.push({
          line,
          pos,
          alone,
          throws: false,
          expected: readLiteral(rest) ?? continued(index, rest),
          raw: text,
        });
      continue;
    }
    m = text.match(/^\s*(?:lanza|throws)\b(.*)$/i);
    if (m) marks.push({ line, pos, alone, throws: true, expected: errorCode(m[1] ?? ''), raw: text });
  }
  return marks;
}

function errorCode(text: string): string | null {
  const code = text.match(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})\b/)?.[1];
  return code ? `'${code}'` : null;
}

/** Whether a text parses as one JavaScript expression (`…` in an elided example value does not). */
function isValidExpression(text: string): boolean {
  const sf = ts.createSourceFile('v.ts', `(${text});`, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const diagnostics = (sf as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics ?? [];
  return diagnostics.length === 0 && sf.statements.length === 1;
}

/**
 * Turns every assertion comment of a block into a call to the block's checker (`__doc.check(id, actual,
 * expected)` / `__doc.throws(id, () => expr, code)`). Throws (in Spanish, with the line) when a comment
 * has no statement to check or no value that can be read.
 */
export function instrument(code: string): { code: string; assertions: Assertion[] } {
  const sf = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const edits: { start: number; end: number; text: string }[] = [];
  const assertions: Assertion[] = [];
  for (const mark of assertionComments(code, sf)) {
    const where = `línea ${mark.line + 1}`;
    const endLine = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getEnd()).line;
    const before = statements
      .filter((n) => n.getEnd() <= mark.pos && (mark.alone ? true : endLine(n) === mark.line))
      .sort((a, b) => b.getEnd() - a.getEnd() || b.getStart(sf) - a.getStart(sf));
    const stmt = before[0];
    if (!stmt) throw new Error(`${where}: «//${mark.raw}» no sigue a ninguna expresión que comprobar`);
    if (!mark.throws && mark.expected === null) {
      throw new Error(`${where}: no se puede leer el valor esperado en «//${mark.raw}»`);
    }
    if (mark.expected !== null && !isValidExpression(mark.expected)) {
      throw new Error(`${where}: el valor esperado «${mark.expected}» no es un literal JavaScript válido`);
    }
    const id = assertions.length;
    const expected = mark.expected;
    if (ts.isVariableStatement(stmt)) {
      const decl = stmt.declarationList.declarations.at(-1);
      if (!decl || !ts.isIdentifier(decl.name) || !decl.initializer) {
        throw new Error(`${where}: la declaración comprobada debe tener un nombre simple y un valor`);
      }
      if (mark.throws) {
        const init = decl.initializer;
        edits.push({
          start: init.getStart(sf),
          end: init.getEnd(),
          text: `__doc.throws(${id}, () => (${init.getText(sf)}), ${expected ?? 'null'})`,
        });
        assertions.push({ id, line: mark.line + 1, source: init.getText(sf), expected, throws: true });
      } else {
        edits.push({
          start: stmt.getEnd(),
          end: stmt.getEnd(),
          text: ` __doc.check(${id}, ${decl.name.text}, (${expected}));`,
        });
        assertions.push({ id, line: mark.line + 1, source: decl.name.text, expected, throws: false });
      }
      continue;
    }
    const target = (stmt as ts.ExpressionStatement).expression;
    let expr: ts.Expression = target;
    if (
      ts.isCallExpression(expr) &&
      expr.arguments.length === 1 &&
      expr.expression.getText(sf).replace(/\s/g, '') === 'console.log'
    ) {
      expr = expr.arguments[0] as ts.Expression;
    }
    const text = expr.getText(sf);
    const call = mark.throws
      ? `__doc.throws(${id}, () => (${text}), ${expected ?? 'null'})`
      : `__doc.check(${id}, (${text}), (${expected}))`;
    edits.push({ start: target.getStart(sf), end: target.getEnd(), text: call });
    assertions.push({ id, line: mark.line + 1, source: text, expected, throws: mark.throws });
  }
  edits.sort((a, b) => b.start - a.start);
  for (let i = 1; i < edits.length; i++) {
    const prev = edits[i - 1] as { start: number };
    if ((edits[i] as { end: number }).end > prev.start) {
      throw new Error(
        'dos comentarios «//=>» comprueban expresiones anidadas: sepárelas en líneas distintas',
      );
    }
  }
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, assertions };
}
