import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of a module (type-only ones included), resolved to source paths. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
    out.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  return out;
}

describe('the module graph of the deadline engine', () => {
  it('has no import cycle (the engine, its trace and its event handlers)', () => {
    const all = files(join(SRC, 'deadlines'));
    const graph = new Map(all.map((f) => [f, imports(f).filter((g) => all.includes(g))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => p.slice(SRC.length + 1)).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of all) visit(f, []);
    expect(cycles).toEqual([]);
    expect(graph.get(join(SRC, 'deadlines/events/run.ts'))).toContain(
      join(SRC, 'deadlines/events/prorroga.ts'),
    );
  });
});
