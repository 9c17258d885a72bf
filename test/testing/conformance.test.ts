/**
 * The conformance vectors shipped as `pqrsd/conformance.json`: valid against their JSON Schema, up to
 * date with the golden tables, complete (every year, type, regime, event and policy), carrying the
 * version and the vigencias, and re-run against the library itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it, onTestFinished } from 'vitest';
import { diffConformance, main as diffMain } from '../../scripts/diff-conformance.js';
import { buildConformance } from '../../scripts/generate-conformance.js';
import {
  computeDeadline,
  DEFAULT_POLICIES,
  EVENT_TYPES,
  LEGAL_SOURCES,
  REGIMES,
  REQUEST_TYPES,
  requestStatus,
  VERSION,
} from '../../src/index.js';
import {
  CONFORMANCE_FORMAT_VERSION,
  CONFORMANCE_KINDS,
  type ConformanceFile,
  type ConformanceVector,
  type DeadlineVector,
  runConformanceVector,
  type StatusVector,
} from '../../src/testing/index.js';

const file = JSON.parse(readFileSync('conformance.json', 'utf8')) as ConformanceFile;
const schema = JSON.parse(readFileSync('conformance.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const requests = (kind?: 'deadline' | 'status') =>
  file.vectors
    .filter((v): v is DeadlineVector | StatusVector => v.kind === 'deadline' || v.kind === 'status')
    .filter((v) => kind === undefined || v.kind === kind)
    .map((v) => v.input.request);

describe('conformance.json', () => {
  it('is valid against conformance.schema.json (JSON Schema 2020-12)', () => {
    expect(validate(file), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema rejects a vector without the article it proves, an unknown kind or an extra field', () => {
    const [first] = file.vectors as [ConformanceVector];
    const { law: _law, ...noLaw } = first;
    for (const broken of [noLaw, { ...first, kind: 'otro' }, { ...first, esperado: 1 }]) {
      expect(validate({ ...file, vectors: [broken] })).toBe(false);
    }
    expect(validate({ ...file, library: { name: 'pqrsd' } })).toBe(false);
  });

  it('is what scripts/generate-conformance.ts writes from the golden tables (deterministic)', () => {
    expect(readFileSync('conformance.json', 'utf8')).toBe(`${JSON.stringify(buildConformance(), null, 2)}\n`);
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/generate-conformance.ts', '--stdout'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync('conformance.json', 'utf8'));
  });

  it('carries the library version, the norms with their vigencias and the default policies', () => {
    expect(file.formatVersion).toBe(CONFORMANCE_FORMAT_VERSION);
    expect(file.library).toEqual({ name: 'pqrsd', version: VERSION });
    expect(file.norms.map((n) => [n.id, n.vigencia])).toEqual(
      Object.values(LEGAL_SOURCES).map((s) => [s.id, { ...s.vigencia }]),
    );
    expect(file.norms.find((n) => n.id === 'decreto-491-2020')?.vigencia).toEqual({
      desde: '2020-03-28',
      hasta: '2022-05-17',
    });
    expect(file.holidayNorms).toEqual([
      { law: 'Ley 51 de 1983', since: 1984 },
      { law: 'Ley 2578 de 2026', since: 2026 },
    ]);
    expect(file.defaults).toEqual(JSON.parse(JSON.stringify(DEFAULT_POLICIES)));
    expect(file.generatedFrom.every((p) => p.startsWith('test/golden/'))).toBe(true);
  });

  it('has unique ids and every vector cites the law it proves', () => {
    const ids = file.vectors.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(file.vectors.every((v) => v.law.length > 0)).toBe(true);
    expect(new Set(file.vectors.map((v) => v.kind))).toEqual(new Set(CONFORMANCE_KINDS));
  });
});

describe('the vectors cover the law', () => {
  it('holidays of every year 2020–2030 and of 1984, in full', () => {
    const years = file.vectors.flatMap((v) =>
      v.kind === 'holidays' && 'holidays' in v.expected ? [v.input.year] : [],
    );
    expect(years).toEqual([1984, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('every business-day operation', () => {
    const ops = new Set(file.vectors.flatMap((v) => (v.kind === 'business_days' ? [v.input.op] : [])));
    expect(ops).toEqual(new Set(['add', 'between', 'add_months', 'is_business_day']));
  });

  it('every request type in every regime', () => {
    const pairs = new Set(
      file.vectors.flatMap((v) =>
        v.kind === 'deadline' && 'dueDate' in v.expected && v.expected.regime !== undefined
          ? [`${v.expected.regime}/${v.input.request.type}`]
          : [],
      ),
    );
    for (const regime of REGIMES)
      for (const type of REQUEST_TYPES) expect(pairs).toContain(`${regime}/${type}`);
  });

  it('every lifecycle event, valid and against the law', () => {
    for (const type of EVENT_TYPES) {
      const withIt = file.vectors.filter(
        (v) =>
          (v.kind === 'deadline' || v.kind === 'status') &&
          v.input.request.events?.some((e) => e.type === type),
      );
      const broken = withIt.filter(
        (v) => 'error' in v.expected || ('warnings' in v.expected && (v.expected.warnings?.length ?? 0) > 0),
      );
      expect(withIt.length, type).toBeGreaterThan(broken.length);
      expect(broken.length, type).toBeGreaterThan(0);
    }
  });

  it('every policy both ways', () => {
    for (const key of Object.keys(DEFAULT_POLICIES)) {
      const overridden = file.vectors.filter(
        (v) =>
          (v.kind === 'deadline' || v.kind === 'status') &&
          v.policies !== undefined &&
          key in v.policies &&
          !('error' in v.expected),
      );
      expect(overridden.length, key).toBeGreaterThan(0);
    }
    expect(requests().length).toBeGreaterThan(100);
  });

  it('every state', () => {
    const states = new Set(
      file.vectors.flatMap((v) => (v.kind === 'status' && 'state' in v.expected ? [v.expected.state] : [])),
    );
    expect(states.size).toBe(9);
  });
});

describe('re-run against the library', () => {
  it.each(file.vectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const run = runConformanceVector(vector);
    expect(run.differences).toEqual([]);
    expect(run.pass).toBe(true);
  });

  it('and independently of the runner, through the root API (due dates and states)', () => {
    for (const v of file.vectors) {
      if (v.kind === 'deadline' && 'dueDate' in v.expected) {
        expect(computeDeadline(v.input.request, { policies: v.policies }).dueDate, v.id).toBe(
          v.expected.dueDate,
        );
      }
      if (v.kind === 'status' && 'state' in v.expected) {
        expect(requestStatus(v.input.request, v.input.asOf, { policies: v.policies }).state, v.id).toBe(
          v.expected.state,
        );
      }
    }
  });
});

describe('runConformanceVector', () => {
  const anchor: DeadlineVector = {
    id: 'ancla',
    kind: 'deadline',
    law: 'CPACA art. 14 inc. 1',
    input: { request: { type: 'peticion', receivedAt: '2026-11-27' } },
    expected: { dueDate: '2026-12-21' },
  };

  it('reports each field that differs', () => {
    const run = runConformanceVector({ ...anchor, expected: { dueDate: '2026-12-18', rule: 'R-PET-GEN' } });
    expect(run).toMatchObject({
      id: 'ancla',
      pass: false,
      actual: { dueDate: '2026-12-21', rule: 'R-PET-GEN' },
    });
    expect(run.differences).toEqual(['dueDate: se esperaba "2026-12-18", se obtuvo "2026-12-21"']);
  });

  it('compares warnings and consequences in any order', () => {
    const v: StatusVector = {
      id: 'x',
      kind: 'status',
      law: 'CPACA art. 83',
      input: { request: { type: 'peticion', receivedAt: '2026-11-27' }, asOf: '2027-03-02' },
      expected: {
        state: 'vencida',
        consequences: ['silencio_administrativo_negativo', 'falta_disciplinaria'],
      },
    };
    expect(runConformanceVector(v).pass).toBe(true);
  });

  it('an expected error that does not happen, or an unexpected one, is a difference', () => {
    expect(runConformanceVector({ ...anchor, expected: { error: 'INVALID_EVENT' } }).differences).toEqual([
      'error: se esperaba "INVALID_EVENT", se obtuvo nada',
    ]);
    const run = runConformanceVector({
      ...anchor,
      input: { request: { type: 'peticion', receivedAt: '2026-02-30' } },
    });
    expect(run.actual).toEqual({ error: 'INVALID_DATE' });
    expect(run.pass).toBe(false);
  });

  it('an unknown kind or operation is an INVALID_ARGUMENT result', () => {
    const kind = runConformanceVector({ ...anchor, kind: 'otro' } as unknown as ConformanceVector);
    expect(kind.actual).toEqual({ error: 'INVALID_ARGUMENT' });
    const op = runConformanceVector({
      id: 'op',
      kind: 'business_days',
      law: 'x',
      input: { op: 'multiplicar' } as never,
      expected: { error: 'INVALID_ARGUMENT' },
    });
    expect(op.pass).toBe(true);
  });

  it('key order does not matter', () => {
    const h = file.vectors.find((v) => v.id === 'festivos-2026') as ConformanceVector;
    const reordered = JSON.parse(JSON.stringify(h), (_k, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v,
    ) as ConformanceVector;
    expect(runConformanceVector(reordered).pass).toBe(true);
  });
});

describe('scripts/diff-conformance.ts', () => {
  const changed = (): ConformanceFile => {
    const g = JSON.parse(JSON.stringify(file)) as {
      library: { version: string };
      defaults: { prorrogaCeiling: string };
      norms: { id: string; vigencia: { desde: string; hasta?: string } }[];
      vectors: { id: string; input: unknown; expected: Record<string, unknown> }[];
    };
    g.library.version = '0.1.0';
    const find = (id: string) => g.vectors.find((v) => v.id === id) as (typeof g.vectors)[number];
    find('cpaca-peticion-cruza-chiquinquira-2026').expected.dueDate = '2026-07-22';
    const h = find('festivos-2026').expected as { holidays: { name: string }[] };
    h.holidays = h.holidays.filter((x) => !x.name.startsWith('Nuestra'));
    find('cpaca-peticion-sabado').input = { request: { type: 'peticion', receivedAt: '2026-11-29' } };
    g.vectors = g.vectors.filter((v) => v.id !== 'spd-queja');
    g.vectors.push({ id: 'vector-retirado', input: {}, expected: {} });
    g.defaults.prorrogaCeiling = 'adicional';
    (g.norms.find((n) => n.id === 'ley-2207-2022') as { vigencia: { desde: string } }).vigencia.desde =
      '2022-05-17';
    return g as unknown as ConformanceFile;
  };

  it('lists, in Spanish, the vectors whose result changed, added, removed and with other inputs', () => {
    const text = diffConformance(changed() as never, file as never);
    expect(text).toContain('### Cambios normativos');
    expect(text).toContain('Vectores de conformidad (pqrsd 0.1.0 → ');
    expect(text).toContain('`festivos-2026`');
    expect(text).toContain('festivos: + 2026-07-13 Nuestra Señora del Rosario de Chiquinquirá');
    expect(text).toContain('`cpaca-peticion-cruza-chiquinquira-2026`');
    expect(text).toContain('dueDate: "2026-07-22" → "2026-07-23"');
    expect(text).toContain('- Añadidos (1): `spd-queja`');
    expect(text).toContain('- Eliminados (1): `vector-retirado`');
    expect(text).toContain('mismo resultado (1): `cpaca-peticion-sabado`');
    expect(text).toContain('- Políticas por defecto: prorrogaCeiling: "adicional" → "total"');
    expect(text).toContain('- Vigencias: Ley 2207 de 2022');
  });

  it('says when nothing changed', () => {
    expect(diffConformance(file as never, file as never)).toBe(
      `Vectores de conformidad: sin cambios entre pqrsd ${VERSION} y ${VERSION}.\n`,
    );
  });

  it('runs as a command: two files, exit 0; usage or unreadable input, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pqrsd-diff-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const old = join(dir, 'antes.json');
    writeFileSync(old, JSON.stringify(changed()));
    const bad = join(dir, 'malo.json');
    writeFileSync(bad, '{"vectors": 3}');
    let out = '';
    let err = '';
    const o = (s: string) => {
      out += s;
    };
    const e = (s: string) => {
      err += s;
    };
    expect(diffMain([old, 'conformance.json'], o, e)).toBe(0);
    expect(out).toContain('### Cambios normativos');
    expect(diffMain([old], o, e)).toBe(2);
    expect(err).toContain('uso: npx tsx scripts/diff-conformance.ts');
    expect(diffMain([join(dir, 'no-existe.json'), old], o, e)).toBe(2);
    expect(diffMain([old, bad], o, e)).toBe(2);
    expect(err).toContain('no es un archivo de vectores de conformidad de pqrsd');
  });
});
