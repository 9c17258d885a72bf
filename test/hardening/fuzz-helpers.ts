// Hostile and near-valid arguments for the fuzz suite over every public export, and the checks every
// call must pass: return normally or throw a PqrsdError with a documented code; `safe…` never throws;
// no NaN and no invalid date string in what comes back.
import fc from 'fast-check';
import { isIsoDate } from '../../src/calendar/index.js';
import { isPqrsdError, PQRSD_ERROR_CODES, PqrsdError } from '../../src/errors.js';

const LONG = 'a'.repeat(200_000);

/** Values that broke or could break argument checks: each one is tried as a whole argument or a field. */
const SPECIAL: readonly unknown[] = [
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1.5,
  -1,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  '',
  ' ',
  'NaN',
  '\uD800',
  '2026-11-27\uDFFF',
  LONG,
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '1899-12-31',
  '2026-11-27T05:00:00Z',
  '2026-11-27T99:00:00-05:00',
  '+002026-11-27',
  '٢٠٢٦-١١-٢٧',
  '2026-11',
  '2026-S3',
  '2026-T5',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  Symbol('hostil'),
  Symbol.iterator,
  10n,
  true,
  false,
  [],
  [null],
  [Symbol('x')],
  new Array(3),
  {},
  Object.create(null),
  { toString: 1, valueOf: 1 },
  { constructor: 1 },
  JSON.parse('{"__proto__":{"polluted":1}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date('2026-11-27T12:00:00Z'),
  new Map([['a', 1]]),
  new Set([1]),
  new Uint8Array(2),
  () => 1,
];

const key = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'length', 'then'),
);

/** Anything: fast-check's values (null-prototype objects, odd keys, sparse arrays…) and {@link SPECIAL}. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  {
    weight: 2,
    arbitrary: fc.anything({
      key,
      maxDepth: 2,
      maxKeys: 4,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withBoxedValues: true,
      withTypedArray: true,
      withObjectString: true,
    }),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

const DELETE = Symbol('borrar');

/** Paths to every value inside plain objects and arrays of `value` (the value itself is `[]`). */
function pathsOf(value: unknown, depth = 0, prefix: PropertyKey[] = [], out: PropertyKey[][] = []) {
  out.push(prefix);
  if (depth >= 5 || !isPlain(value)) return out;
  for (const k of Object.keys(value as object))
    pathsOf((value as Record<string, unknown>)[k], depth + 1, [...prefix, k], out);
  return out;
}

function isPlain(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A copy of `value` (plain objects and arrays only) with the value at `path` replaced or deleted. */
function replaced(value: unknown, path: readonly PropertyKey[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<PropertyKey, unknown>;
  if (rest.length === 0 && by === DELETE) delete copy[head];
  else
    Object.defineProperty(copy, head, {
      value: replaced(copy[head], rest, by),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** Arguments of up to `arity + 1` hostile values (one too many, or missing ones). */
export function hostileArgs(arity: number): fc.Arbitrary<unknown[]> {
  return fc.array(hostile, { maxLength: arity + 1 });
}

/** A valid example with one value anywhere inside it broken (replaced by a hostile value, or removed). */
export function nearValidArgs(examples: readonly (readonly unknown[])[]): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(
      fc.nat(examples.length - 1),
      fc.nat(),
      fc.oneof({ weight: 4, arbitrary: hostile }, { weight: 1, arbitrary: fc.constant(DELETE) }),
    )
    .map(([e, p, by]) => {
      const example = examples[e]!;
      const paths = pathsOf(example).slice(1);
      const path = paths[p % paths.length]!;
      return replaced(example, path, by) as unknown[];
    });
}

/** Whether a NaN or an invalid Date is anywhere in `value`. */
export function holdsNaN(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (typeof value !== 'object' || value === null || seen.has(value) || seen.size > 5000) return false;
  seen.add(value);
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return Reflect.ownKeys(value).some((k) => {
    const d = Object.getOwnPropertyDescriptor(value, k);
    return d !== undefined && 'value' in d && holdsNaN(d.value, seen);
  });
}

/** Every string anywhere in `value` (to tell a date the function computed from one it echoed back). */
export function stringsIn(value: unknown, out = new Set<string>(), seen = new Set<object>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (typeof value === 'object' && value !== null && !seen.has(value) && seen.size < 5000) {
    seen.add(value);
    for (const k of Reflect.ownKeys(value)) {
      const d = Object.getOwnPropertyDescriptor(value, k);
      if (d !== undefined && 'value' in d) stringsIn(d.value, out, seen);
    }
  }
  return out;
}

/**
 * Problems in a returned value: a NaN (unless the arguments hold one, which may be echoed back, as
 * an id), or a date-shaped string that is not a real date (unless the arguments hold that string).
 */
export function problemsIn(value: unknown, echoed: ReadonlySet<string>, nanEchoed: boolean): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number' && Number.isNaN(v)) {
      if (!nanEchoed) problems.push(`${path} es NaN`);
    } else if (typeof v === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v) && !isIsoDate(v) && !echoed.has(v))
        problems.push(`${path} = «${v}» no es una fecha válida`);
    } else if (typeof v === 'object' && v !== null && !seen.has(v) && seen.size < 5000) {
      seen.add(v);
      // An error carries the user's own value in its details: not something the function computed.
      if (v instanceof PqrsdError) return;
      if (v instanceof Date && Number.isNaN(v.getTime()) && !nanEchoed)
        problems.push(`${path} es una fecha inválida`);
      for (const k of Reflect.ownKeys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, k);
        if (d !== undefined && 'value' in d) walk(d.value, `${path}.${String(k)}`);
      }
    }
  };
  walk(value, 'resultado');
  return problems;
}

/** A short description of arguments for a failure message. */
export function describeArgs(args: readonly unknown[]): string {
  return args
    .map((a) => {
      try {
        if (typeof a === 'string') return JSON.stringify(a.length > 60 ? `${a.slice(0, 60)}…` : a);
        if (typeof a === 'bigint') return `${a}n`;
        if (typeof a === 'symbol' || typeof a === 'function' || a === undefined) return String(a);
        const json = JSON.stringify(a);
        if (Object.getPrototypeOf(a) === null) return `Object.create(null) ${json}`;
        return json.length > 200 ? `${json.slice(0, 200)}…` : json;
      } catch {
        return Object.prototype.toString.call(a);
      }
    })
    .join(', ');
}

/** Whether `error` is a PqrsdError with a documented code (the only error a public function may throw). */
export function isDocumentedError(error: unknown): error is PqrsdError {
  return (
    error instanceof PqrsdError &&
    isPqrsdError(error) &&
    (PQRSD_ERROR_CODES as readonly string[]).includes(error.code) &&
    typeof error.message === 'string' &&
    error.message.length > 0
  );
}
