// The corpus of real export shapes (test/cli/fixtures/real): each is audited with NO map and must
// accept at least 95 % of the rows its hand-written map accepts, with the mapping shown. The test
// walks the folder, so a new shape (a .xlsx too, once the audit reads it) only needs its file and
// its `.mapa.json`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run } from './helpers.js';

const DIR = join(FIXTURES, 'real');
const EXTENSIONS = /\.(csv|xlsx)$/;
/** Shapes that must stop without a map: only the entity can say what their codes mean. */
const AMBIGUOUS = new Set(['codigos-una-letra']);
const CORTE = ['--corte', '2021-12-31'];

const shapes = readdirSync(DIR)
  .filter((f) => EXTENSIONS.test(f))
  .sort()
  .map((f) => ({ file: join(DIR, f), name: f.replace(EXTENSIONS, '') }));

interface Rows {
  total: number;
  valid: number;
  invalid: number;
  outOfScope: number;
}

async function audit(file: string, extra: string[] = []) {
  const r = await run(['auditar', file, ...CORTE, '--formato', 'json', ...extra]);
  return { ...r, report: r.code === 0 ? JSON.parse(r.stdout) : undefined };
}

describe('corpus of real export shapes', () => {
  it('has at least 8 shapes that audit with no map', () => {
    expect(shapes.filter((s) => !AMBIGUOUS.has(s.name)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(shapes.filter((s) => !AMBIGUOUS.has(s.name)))(
    '$name: no map accepts ≥ 95 % of what its hand-written map accepts',
    async ({ file, name }) => {
      const bare = await audit(file);
      expect(bare.code, bare.stderr).toBe(0);
      const mapped = await audit(file, ['--mapa', join(DIR, `${name}.mapa.json`)]);
      expect(mapped.code, mapped.stderr).toBe(0);
      const a = bare.report.rows as Rows;
      const m = mapped.report.rows as Rows;
      expect(m.valid).toBeGreaterThan(0);
      expect(a.valid).toBeGreaterThanOrEqual(0.95 * m.valid);
      // Every row is accounted for, and out-of-scope rows are recognised without the map too.
      expect(a.total).toBe(a.valid + a.invalid + a.outOfScope);
      expect(a.outOfScope).toBe(m.outOfScope);
      // The mapping is shown, column by column.
      expect(bare.report.mapping.columns.length).toBeGreaterThan(0);
      for (const c of bare.report.mapping.columns)
        expect(['mapa', 'encabezado', 'sinonimo', 'contenido', 'ignorada']).toContain(c.how);
      const tabla = await run(['auditar', file, ...CORTE]);
      expect(tabla.stdout).toContain('Columnas (decididas con las primeras');
    },
  );

  it.each(shapes.filter((s) => AMBIGUOUS.has(s.name)))(
    '$name: stops with exit 2 and the --mapa line; the hand-written map settles it',
    async ({ file, name }) => {
      const bare = await audit(file);
      expect(bare.code).toBe(2);
      expect(bare.stderr).toContain('códigos de una letra');
      expect(bare.stderr).toContain('{"valores":{"tipo":{');
      const mapped = await audit(file, ['--mapa', join(DIR, `${name}.mapa.json`)]);
      expect(mapped.code, mapped.stderr).toBe(0);
      expect(mapped.report.rows.valid).toBe(mapped.report.rows.total);
    },
  );
});
