// Every public export of every entry point carries TSDoc with an `@example` (typedoc already fails on
// an undocumented export; this adds the example, which test/docs/examples.test.ts then runs).
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const ENTRY_POINTS = [
  'src/index.ts',
  'src/calendar/index.ts',
  'src/rules/index.ts',
  'src/deadlines/index.ts',
  'src/schema/index.ts',
  'src/nit/index.ts',
  'src/indicators/index.ts',
  'src/testing/index.ts',
];

const program = ts.createProgram(
  ENTRY_POINTS.map((f) => resolve(root, f)),
  {
    strict: true,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
  },
);
const checker = program.getTypeChecker();

function missingExamples(entry: string): string[] {
  const file = program.getSourceFile(resolve(root, entry));
  if (file === undefined) throw new Error(`no se encontró ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) throw new Error(`${entry} no es un módulo`);
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = symbol.getJsDocTags(checker);
    if (!tags.some((t) => t.name === 'example')) missing.push(exported.getName());
  }
  return missing.sort();
}

describe('every public export has an @example', () => {
  it.each(ENTRY_POINTS)('%s', (entry) => {
    expect(missingExamples(entry)).toEqual([]);
  });
});
