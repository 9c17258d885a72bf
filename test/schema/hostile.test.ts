import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES, parsePqrsdRecord, RECORD_LIMITS } from '../../src/schema/index.js';
import * as patterns from '../../src/schema/patterns.js';
import { fullRecord, minimalRecord, withChange } from './fixtures.js';

function codesOf(input: unknown, options?: Parameters<typeof parsePqrsdRecord>[1]) {
  const r = parsePqrsdRecord(input, options);
  return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
}

describe('prototype pollution', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`rejects a JSON.parse'd «${key}» key at the root, in both modes`, () => {
      const input = JSON.parse(`{"${key}": {"polluted": true}, "radicado": "R1"}`);
      expect(codesOf(input)).toEqual([`${key} clave_prohibida`]);
      expect(codesOf(input, { unknownKeys: 'strip' })).toEqual(codesOf(input));
    });
  }

  it('rejects forbidden keys nested anywhere, with their path', () => {
    const input = JSON.parse(
      JSON.stringify(fullRecord).replace('"kind":"natural"', '"kind":"natural","__proto__":{"isAdmin":true}'),
    );
    expect(codesOf(input)).toEqual(['petitioner.__proto__ clave_prohibida']);
    const events = JSON.parse('{"events":[{"constructor":{"prototype":{"x":1}}}]}');
    expect(codesOf(events)).toEqual(['events[0].constructor clave_prohibida']);
  });

  it('never pollutes Object.prototype nor returns an object with a foreign prototype', () => {
    const input = JSON.parse(
      `{"radicado":"R1","type":"queja","receivedAt":"2026-11-27","channel":"buzon","subject":"x","petitioner":{"kind":"anonima"},"__proto__":{"polluted":1}}`,
    );
    parsePqrsdRecord(input, { unknownKeys: 'strip' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const clean = parsePqrsdRecord(minimalRecord);
    expect(clean.ok && Object.getPrototypeOf(clean.value)).toBe(Object.prototype);
  });
});

describe('hostile sizes fail fast, before the schema runs', () => {
  it('rejects a 1,000,000-character string with one clear issue', () => {
    const input = withChange((r) => (r.description = 'a'.repeat(1_000_000)));
    expect(parsePqrsdRecord(input)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "demasiado_largo",
            "message": "Texto de 1000000 caracteres; ningún campo admite más de 20000.",
            "path": "description",
          },
        ],
        "ok": false,
      }
    `);
  });

  it('accepts a description of exactly the maximum and rejects one character more', () => {
    expect(codesOf(withChange((r) => (r.description = 'a'.repeat(RECORD_LIMITS.description))))).toEqual([]);
    expect(codesOf(withChange((r) => (r.description = 'a'.repeat(RECORD_LIMITS.description + 1))))).toEqual([
      'description demasiado_largo',
    ]);
  });

  it('rejects a 100,000-element array with one issue and without reading its elements', () => {
    const events = new Array(100_000).fill({ type: 'notificacion', date: 'x' });
    expect(codesOf({ ...minimalRecord, events })).toEqual(['events demasiados_elementos']);
  });

  it('rejects deeply nested junk without recursing into it', () => {
    let deep: unknown = 'fondo';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(codesOf({ ...minimalRecord, extra: deep })).toEqual(['extra.a.a.a.a.a anidamiento_excesivo']);
    let list: unknown = [];
    for (let i = 0; i < 10_000; i++) list = [list];
    expect(codesOf(list)).toEqual(['[0][0][0][0][0][0] anidamiento_excesivo']);
  });

  it('survives a cyclic object', () => {
    const cyclic: Record<string, unknown> = { ...minimalRecord };
    cyclic.self = cyclic;
    expect(codesOf(cyclic)).toEqual([
      'self.self.self.self.self.petitioner anidamiento_excesivo',
      'self.self.self.self.self.self anidamiento_excesivo',
    ]);
  });

  it('rejects an object with too many keys', () => {
    const wide = Object.fromEntries(
      Array.from({ length: RECORD_LIMITS.maxKeys + 1 }, (_, i) => [`k${i}`, i]),
    );
    expect(codesOf(wide)).toEqual([' demasiadas_claves']);
  });

  it('rejects a record with too many values overall', () => {
    const event = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]));
    const events = Array.from({ length: RECORD_LIMITS.events }, () => event);
    expect(codesOf({ ...minimalRecord, events })).toEqual([' registro_demasiado_grande']);
  });

  it('caps the list of issues, saying how many there were', () => {
    const events = Array.from({ length: RECORD_LIMITS.events }, () => ({ type: 'notificacion', date: 'x' }));
    const r = parsePqrsdRecord({ ...minimalRecord, events });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(RECORD_LIMITS.maxIssues);
    expect(r.issues.at(-1)).toMatchInlineSnapshot(`
      {
        "code": "demasiados_problemas",
        "message": "El registro tiene 100 problemas; se muestran los primeros 49.",
        "path": "",
      }
    `);
  });

  it('caps screening issues too', () => {
    const keys = Array.from(
      { length: RECORD_LIMITS.maxKeys },
      (_, i) => `"k${i}":{"__proto__":1,"constructor":2}`,
    );
    const input = JSON.parse(`{${keys.join(',')}}`);
    const r = parsePqrsdRecord(input);
    expect(r.ok ? 0 : r.issues.length).toBe(RECORD_LIMITS.maxIssues);
  });
});

describe('values that are not records', () => {
  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['a boolean', true],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
  ])('rejects %s with one issue at the root', (_name, input) => {
    const r = parsePqrsdRecord(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toBe('');
    expect(['tipo_invalido', 'requerido']).toContain(r.issues[0]?.code);
  });

  it('rejects a Date where a text goes, naming what it received', () => {
    const input = { ...minimalRecord, receivedAt: new Date('2026-11-27T12:00:00Z') };
    expect(parsePqrsdRecord(input)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "tipo_invalido",
            "message": "Se esperaba un objeto simple (de JSON); se recibió un Date.",
            "path": "receivedAt",
          },
        ],
        "ok": false,
      }
    `);
  });

  it('turns a getter that throws into an issue instead of throwing', () => {
    const input = {
      ...minimalRecord,
      get subject(): string {
        throw new Error('boom');
      },
    };
    expect(parsePqrsdRecord(input)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "entrada_ilegible",
            "message": "No se pudo leer el registro: boom.",
            "path": "",
          },
        ],
        "ok": false,
      }
    `);
  });
});

/** Whether a regular expression has a quantified group containing a quantifier, one of them unbounded. */
function hasNestedQuantifier(source: string): boolean {
  const stack: { quantifiers: boolean; unbounded: boolean }[] = [{ quantifiers: false, unbounded: false }];
  const readQuantifier = (i: number): { length: number; unbounded: boolean } | null => {
    const c = source[i];
    if (c === '*' || c === '+') return { length: 1, unbounded: true };
    if (c === '?') return { length: 1, unbounded: false };
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) return { length: m[0].length, unbounded: m[2] !== undefined && m[3] === '' };
    }
    return null;
  };
  const mark = (q: { unbounded: boolean }) => {
    const top = stack[stack.length - 1]!;
    top.quantifiers = true;
    top.unbounded ||= q.unbounded;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      while (source[++i] !== ']') if (source[i] === '\\') i++;
    } else if (c === '(') {
      stack.push({ quantifiers: false, unbounded: false });
      continue;
    } else if (c === ')') {
      const inner = stack.pop()!;
      const q = readQuantifier(i + 1);
      if (q) {
        if (inner.quantifiers && (inner.unbounded || q.unbounded)) return true;
        mark(q);
        i += q.length;
      } else if (inner.quantifiers) mark(inner);
      continue;
    }
    const q = readQuantifier(i + 1);
    if (q) {
      mark(q);
      i += q.length;
    }
  }
  return false;
}

describe('regular expressions are linear', () => {
  const all: [string, RegExp][] = [
    ...Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp),
    ...Object.entries(DOCUMENT_RULES).map(
      ([type, rule]) => [`DOCUMENT_RULES.${type}`, rule.pattern] as [string, RegExp],
    ),
  ];

  it('the detector itself finds nested quantifiers', () => {
    expect(hasNestedQuantifier('^(a+)+$')).toBe(true);
    expect(hasNestedQuantifier('^(?:[0-9]{3}){1,4}$')).toBe(false);
    expect(hasNestedQuantifier('^(?:\\.[a-z]+)+$')).toBe(true);
    expect(hasNestedQuantifier('^((a)*)$')).toBe(false);
    expect(hasNestedQuantifier('^(x(a*))+$')).toBe(true);
  });

  it.each(all)('%s has no nested quantifiers', (_name, re) => {
    expect(hasNestedQuantifier(re.source)).toBe(false);
  });

  // NOT_BLANK_RE (a single \S, unanchored) matches all of them by design
  const anchored = all.filter(([, re]) => re !== patterns.NOT_BLANK_RE);
  it.each(anchored)('%s answers at once on 50,000-character adversarial strings', (_name, re) => {
    for (const s of [
      `${'a'.repeat(50_000)}!`,
      `${'1'.repeat(50_000)}x`,
      `a@${'a.'.repeat(25_000)} `,
      `${'1.'.repeat(25_000)}-`,
      `${'9'.repeat(25_000)}${'-'.repeat(25_000)}a`,
    ]) {
      // every anchored pattern rejects a trailing blank
      expect(re.test(`${s} `)).toBe(false);
    }
  });
});
