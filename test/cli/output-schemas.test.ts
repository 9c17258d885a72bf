// The CLI's machine-readable outputs (docs/cli.md «Salidas para máquinas»): every JSON output
// starts with its "version" and is valid, in ajv's strict mode, against the JSON Schema shipped in
// schemas/; every command that can print or write JSON has one; CSV headers are canonical columns or
// snake_case Spanish, and the per-record CSV reads back as input.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { AUDITAR_SPEC } from '../../src/cli/commands/auditar.js';
import { FESTIVOS_SPEC } from '../../src/cli/commands/festivos.js';
import { HABILES_SPEC } from '../../src/cli/commands/habiles.js';
import { MAPA_SPEC } from '../../src/cli/commands/mapa.js';
import { SCHEMA_SPEC } from '../../src/cli/commands/schema.js';
import { SUI_SPEC } from '../../src/cli/commands/sui.js';
import { VENCIMIENTO_SPEC } from '../../src/cli/commands/vencimiento.js';
import { JSON_OUTPUTS, type JsonOutputName } from '../../src/cli/json-output.js';
import { CANONICAL_COLUMNS, parseColumnMap } from '../../src/cli/mapping.js';
import { outputSchemas } from '../../src/cli/output-schemas.js';
import { AUDIT_CSV_COLUMNS } from '../../src/cli/render/csv.js';
import { COMMANDS } from '../../src/cli/run.js';
import {
  LIFECYCLE_STAGES,
  OUTCOMES,
  PRIORITY_FLAGS,
  REGIMES,
  REQUEST_STATES,
  REQUEST_TYPES,
  SEMAFORO_COLORS,
} from '../../src/domain.js';
import { ALERT_CODES } from '../../src/indicators/alerts.js';
import { DISAGREEMENT_CAUSES } from '../../src/testing/compare.js';
import { fixture, ROOT, run, tempDir } from './helpers.js';

const SCHEMAS_DIR = join(ROOT, 'schemas');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaOf = (name: JsonOutputName) =>
  JSON.parse(readFileSync(join(SCHEMAS_DIR, JSON_OUTPUTS[name].schema), 'utf8')) as Record<string, unknown>;
const validators = Object.fromEntries(
  (Object.keys(JSON_OUTPUTS) as JsonOutputName[]).map((n) => [n, ajv.compile(schemaOf(n))]),
) as Record<JsonOutputName, ReturnType<typeof ajv.compile>>;

/** Parses a JSON output and checks it: "version" first and valid against its schema. */
function expectValid(name: JsonOutputName, text: string): Record<string, unknown> {
  const json = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(json)[0], `${name}: "version" va primero`).toBe('version');
  expect(json.version).toBe(JSON_OUTPUTS[name].version);
  const validate = validators[name];
  const ok = validate(json);
  expect(ok ? [] : validate.errors?.slice(0, 5), `${name} contra ${JSON_OUTPUTS[name].schema}`).toEqual([]);
  return json;
}

describe('shipped schemas', () => {
  it('are one per JSON output, and exactly the generated ones', () => {
    const files = readdirSync(SCHEMAS_DIR).sort();
    expect(files).toEqual(
      Object.values(JSON_OUTPUTS)
        .map((o) => o.schema)
        .sort(),
    );
    const generated = outputSchemas();
    for (const name of Object.keys(JSON_OUTPUTS) as JsonOutputName[]) {
      expect(schemaOf(name), name).toEqual(JSON.parse(JSON.stringify(generated[name])));
    }
  });

  it('are draft 2020-12, require "version" as a constant and carry no $schema key in the outputs', () => {
    for (const name of Object.keys(JSON_OUTPUTS) as JsonOutputName[]) {
      const s = schemaOf(name) as {
        $schema: string;
        required: string[];
        properties: Record<string, { const?: unknown }>;
      };
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.required[0]).toBe('version');
      expect(s.properties.version?.const).toBe(JSON_OUTPUTS[name].version);
      expect(Object.keys(s.properties)).not.toContain('$schema');
    }
  });

  it('name keys in English camelCase, or as the library spells an enumerated value', () => {
    const values = new Set<string>([
      ...REQUEST_TYPES,
      ...REQUEST_STATES,
      ...SEMAFORO_COLORS,
      ...OUTCOMES,
      ...PRIORITY_FLAGS,
      ...REGIMES,
      ...LIFECYCLE_STAGES,
      'en_aviso',
      ...ALERT_CODES,
      ...DISAGREEMENT_CAUSES,
      'respondida_sin_fecha',
      'sin_dato_respuesta',
    ]);
    // the map file keeps the keys of the --mapa format it is read as (ColumnMap)
    const mapFile = new Set(['$comentario', 'columnas', 'valores']);
    const bad: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => {
          walk(n, `${where}/${i}`);
        });
        return;
      }
      if (node === null || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (k === 'properties') {
          for (const key of Object.keys(v as object)) {
            if (!/^[a-z][a-zA-Z0-9]*$/.test(key) && !values.has(key) && !mapFile.has(key))
              bad.push(`${where}: ${key}`);
          }
        }
        walk(v, `${where}/${k}`);
      }
    };
    for (const name of Object.keys(JSON_OUTPUTS) as JsonOutputName[]) walk(schemaOf(name), name);
    expect(bad).toEqual([]);
  });
});

describe('every command that prints or writes JSON has a schema', () => {
  const SPECS = {
    vencimiento: VENCIMIENTO_SPEC,
    festivos: FESTIVOS_SPEC,
    habiles: HABILES_SPEC,
    auditar: AUDITAR_SPEC,
    mapa: MAPA_SPEC,
    sui: SUI_SPEC,
    schema: SCHEMA_SPEC,
  };

  it('knows every command', () => {
    expect(Object.keys(SPECS).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('maps each --json or --formato json to its output, and --guardar-mapa to the map file', () => {
    const found = new Set<string>();
    for (const [name, spec] of Object.entries(SPECS)) {
      const flags = spec.flags as Record<string, { description: string }>;
      const printsJson = 'json' in flags || /\bjson\b/.test(flags.formato?.description ?? '');
      if (printsJson) {
        expect(Object.keys(JSON_OUTPUTS), `pqrsd ${name}`).toContain(name);
        found.add(name);
      }
      if ('guardar-mapa' in flags) found.add('mapa-columnas');
    }
    // `pqrsd schema` prints the record's JSON Schema itself (schema.json): a schema, not an output
    expect([...found].sort()).toEqual(Object.keys(JSON_OUTPUTS).sort());
  });
});

describe('real outputs are valid against their schemas', () => {
  it('festivos --json, from the first to the last supported year', async () => {
    for (const year of ['1984', '2026', '2199']) {
      const r = await run(['festivos', year, '--json']);
      expect(r.code).toBe(0);
      const json = expectValid('festivos', r.stdout);
      expect(json.year).toBe(Number(year));
    }
  });

  it('habiles --json, forward, backward and with --hasta', async () => {
    for (const argv of [
      ['2026-11-27', '15'],
      ['2026-12-21', '-5'],
      ['27/11/2026', '--hasta', '2026-12-21'],
    ]) {
      const r = await run(['habiles', ...argv, '--json']);
      expect(r.code, argv.join(' ')).toBe(0);
      expectValid('habiles', r.stdout);
    }
    const json = JSON.parse((await run(['habiles', '2026-11-27', '15', '--json'])).stdout);
    expect(json).toMatchObject({ from: '2026-11-27', to: '2026-12-21', businessDays: 15 });
  });

  it('vencimiento --json, for every type, with and without --corte, answered and prioritised', async () => {
    for (const type of REQUEST_TYPES) {
      for (const extra of [[], ['--corte', '2027-06-30'], ['--corte', '2026-12-01']]) {
        const r = await run(['vencimiento', '--tipo', type, '--radicado', '2026-11-27', ...extra, '--json']);
        expect(r.code, `${type} ${extra.join(' ')}`).toBe(0);
        const json = expectValid('vencimiento', r.stdout);
        expect('status' in json).toBe(extra.length > 0);
      }
    }
    for (const argv of [
      [
        '--tipo',
        'reclamo',
        '--regimen',
        'servicios_publicos',
        '--radicado',
        '2026-11-27',
        '--corte',
        '2026-12-15',
      ],
      ['--tipo', 'consulta', '--radicado', '2026-11-27T18:30:00-05:00'],
      [
        '--tipo',
        'peticion',
        '--radicado',
        '2026-11-27',
        '--respuesta',
        '2026-12-30',
        '--resultado',
        'a_favor',
      ],
      [
        '--tipo',
        'peticion',
        '--radicado',
        '2026-11-27',
        '--prioridad',
        PRIORITY_FLAGS[0]!,
        '--corte',
        '2026-12-04',
      ],
    ]) {
      const r = await run(['vencimiento', ...argv, '--json']);
      expect(r.code, argv.join(' ')).toBe(0);
      expectValid('vencimiento', r.stdout);
    }
  });

  it('auditar --formato json on the example registry and the test fixtures', async () => {
    const cases: string[][] = [
      ['examples/registro-pqrsd.csv', '--corte', '2026-11-27', '--hilos', '1'],
      ['examples/registro-pqrsd.csv', '--corte', '2026-11-27', '--periodo', 'total', '--limite', '3'],
      [fixture('registro-real.csv'), '--corte', '2021-06-30'],
      [fixture('registro-pequeno.csv'), '--corte', '2026-11-27'],
      [fixture('entidad-1252.csv'), '--corte', '2026-11-27', '--mapa', fixture('mapa-entidad.json')],
      [fixture('registros.json'), '--corte', '2026-11-27'],
      [fixture('registros.jsonl'), '--corte', '2026-11-27', '--usuarios', fixture('usuarios.json')],
      [
        fixture('real/hospital-pqrsf.csv'),
        '--corte',
        '2021-12-31',
        '--mapa',
        fixture('real/hospital-pqrsf.mapa.json'),
      ],
      [fixture('real/ministerio-correspondencia.csv'), '--corte', '2021-12-31'],
    ];
    for (const argv of cases) {
      const r = await run(['auditar', ...argv, '--formato', 'json']);
      expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
      expectValid('auditar', r.stdout);
    }
  });

  it('mapa --json, also when it stops on an ambiguity (exit 2)', async () => {
    const r = await run(['mapa', 'examples/registro-pqrsd.csv', '--json']);
    expect(r.code).toBe(0);
    expectValid('mapa', r.stdout);
    for (const file of readdirSync(fixture('real')).filter((f) => f.endsWith('.csv'))) {
      const m = await run(['mapa', fixture(`real/${file}`), '--json']);
      expect([0, 2], file).toContain(m.code);
      expectValid('mapa', m.stdout);
    }
  });

  it('the --guardar-mapa file of mapa and auditar, which --mapa reads back', async () => {
    const dir = tempDir();
    const saved = join(dir, 'columnas.json');
    const m = await run(['mapa', fixture('real/hospital-pqrsf.csv'), '--guardar-mapa', saved]);
    expect(m.code).toBe(0);
    const text = readFileSync(saved, 'utf8');
    expectValid('mapa-columnas', text);
    expect(parseColumnMap(JSON.parse(text)).columnas).toBeDefined();
    const fromAudit = join(dir, 'auditoria.json');
    const a = await run([
      'auditar',
      'examples/registro-pqrsd.csv',
      '--corte',
      '2026-11-27',
      '--guardar-mapa',
      fromAudit,
      '--formato',
      'json',
    ]);
    expect(a.code).toBe(0);
    expectValid('mapa-columnas', readFileSync(fromAudit, 'utf8'));
    const again = await run([
      'auditar',
      'examples/registro-pqrsd.csv',
      '--corte',
      '2026-11-27',
      '--mapa',
      fromAudit,
    ]);
    expect(again.code, again.stderr).toBe(0);
  });

  it('a map file of another version is refused with a Spanish message', () => {
    expect(() => parseColumnMap({ version: 2, columnas: {}, valores: {} })).toThrow(
      /versión 2 del mapa de columnas no admitida/,
    );
    expect(parseColumnMap({ version: 1, columnas: { Clase: 'tipo' }, valores: {} }).columnas).toEqual({
      Clase: 'tipo',
    });
  });
});

describe('CSV outputs', () => {
  it('name their columns in snake_case Spanish, the canonical name when the data is a canonical column', () => {
    for (const c of AUDIT_CSV_COLUMNS) expect(c).toMatch(/^[a-z]+(_[a-z]+)*$/);
    // the entity's own due date is the input column fecha_vencimiento, not a new name
    expect(AUDIT_CSV_COLUMNS).toContain('fecha_vencimiento');
    const canonical = AUDIT_CSV_COLUMNS.filter((c) => Object.hasOwn(CANONICAL_COLUMNS, c));
    expect(canonical).toEqual([
      'radicado',
      'tipo',
      'regimen',
      'seccional',
      'dependencia',
      'fecha_radicacion',
      'estado',
      'fecha_respuesta',
      'fecha_vencimiento',
    ]);
  });

  it('the per-record CSV of auditar reads back as input: same rows, its canonical columns recognised', async () => {
    const out = await run([
      'auditar',
      'examples/registro-pqrsd.csv',
      '--corte',
      '2026-11-27',
      '--formato',
      'csv',
    ]);
    expect(out.code).toBe(0);
    const dir = tempDir();
    const path = join(dir, 'auditoria.csv');
    (await import('node:fs')).writeFileSync(path, out.stdout);
    const m = await run(['mapa', path, '--json']);
    expect(m.code, m.stderr).toBe(0);
    const columns = (
      JSON.parse(m.stdout) as { mapping: { columns: { header: string; column: string | null }[] } }
    ).mapping.columns;
    for (const c of columns) {
      expect(c.column, c.header).toBe(Object.hasOwn(CANONICAL_COLUMNS, c.header) ? c.header : null);
    }
    const again = await run(['auditar', path, '--corte', '2026-11-27', '--formato', 'json']);
    expect(again.code, again.stderr).toBe(0);
    const report = JSON.parse(again.stdout) as {
      rows: { total: number; warned: number };
      warningRows: { warnings: string[] }[];
    };
    expect(report.rows.total).toBe(out.stdout.trim().split('\n').length - 1);
    // pqrsd's own states are read as open or closed; only «sin_termino» says neither
    const warnings = report.warningRows.flatMap((r) => r.warnings);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).toMatch(/^estado: «sin_termino» no dice/);
  });
});
