// Issue: the legal catalogue could be changed at run time (`computeDeadline(…).rule` was the shared,
// mutable R-PET-GEN). Every exported table is now frozen once, at load: this suite enumerates every
// export of every entry point, tries to change every object reachable from it, and proves that no
// later computation moves.
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as deadlines from '../../src/deadlines/index.js';
import * as root from '../../src/index.js';
import * as indicators from '../../src/indicators/index.js';
import * as rules from '../../src/rules/index.js';
import * as schema from '../../src/schema/index.js';
import * as testing from '../../src/testing/index.js';

const ENTRY_POINTS = { root, calendar, rules, deadlines, schema, indicators, testing } as const;

/** zod schemas keep lazy caches on themselves: they cannot be frozen and are not catalogue data. */
function isZodSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every exported object (not function, not zod schema), named `entry.export`. */
function exportedObjects(): [string, object][] {
  const out: [string, object][] = [];
  for (const [entry, mod] of Object.entries(ENTRY_POINTS)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'object' && value !== null && !isZodSchema(value))
        out.push([`${entry}.${name}`, value]);
    }
  }
  return out;
}

/** Every object reachable from `value` through own properties, with its path. */
function reachable(value: object, path: string, seen = new Set<object>(), out: [string, object][] = []) {
  if (seen.has(value)) return out;
  seen.add(value);
  out.push([path, value]);
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    // A RegExp stays writable (matching writes lastIndex); its source and flags are read-only.
    if (typeof child === 'object' && child !== null && !(child instanceof RegExp))
      reachable(child, `${path}.${String(key)}`, seen, out);
  }
  return out;
}

/** A snapshot of what the library computes: deadlines, holidays, business days, policies, metas. */
function observe(): string {
  const requests = root.REQUEST_TYPES.map((type) => {
    const r = root.safeComputeDeadline({ type, receivedAt: '2026-11-27' });
    return r.ok ? [type, r.value.dueDate, r.value.rule.id, r.value.rule.term] : [type, r.error.code];
  });
  return JSON.stringify({
    requests,
    holidays: root.colombianHolidays(2026),
    business: root.addBusinessDays('2026-11-27', 15),
    isHoliday: root.isHoliday('2026-11-30'),
    policies: root.resolvePolicies({}),
    rules: root.ALL_RULES.map((r) => [r.id, r.term]),
    metas: indicators.resolveMetas(),
    documents: schema.isValidDocumentNumber('CC', '1234567'),
    codes: root.PQRSD_ERROR_CODES,
  });
}

function tamper(target: object): void {
  const bag = target as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(target)) {
    const before = bag[key];
    const replacement =
      typeof before === 'number'
        ? before + 30
        : typeof before === 'string'
          ? `${before}x`
          : { changed: true };
    expect(() => {
      bag[key] = replacement;
    }).toThrow(TypeError);
    expect(() => delete bag[key]).toThrow(TypeError);
    expect(bag[key]).toBe(before);
  }
  expect(() => {
    bag.injected = 1;
  }).toThrow(TypeError);
  if (Array.isArray(target)) expect(() => target.push(1)).toThrow(TypeError);
}

describe('the published tables cannot be changed at run time', () => {
  it('reproduction: computeDeadline(…).rule.term.amount = 30 throws and later peticiones do not move', () => {
    const before = root.computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' });
    expect(before.dueDate).toBe('2026-12-21');
    expect(() => {
      (before.rule.term as { amount: number }).amount = 30;
    }).toThrow(TypeError);
    expect(root.computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' }).dueDate).toBe('2026-12-21');
  });

  it('reproduction: HOLIDAY_RULES[0].month = 11; day = 30 throws and 2026-11-30 stays a business day', () => {
    const rule = calendar.HOLIDAY_RULES[0] as { month: number; day: number };
    expect(() => {
      rule.month = 11;
    }).toThrow(TypeError);
    expect(() => {
      rule.day = 30;
    }).toThrow(TypeError);
    expect(calendar.isHoliday('2026-11-30')).toBe(false);
    expect(calendar.isBusinessDay('2026-11-30')).toBe(true);
  });

  it('every object reachable from every export of every entry point is frozen', () => {
    const objects = exportedObjects();
    expect(objects.length).toBeGreaterThan(60);
    const open: string[] = [];
    for (const [name, value] of objects) {
      for (const [path, object] of reachable(value, name)) if (!Object.isFrozen(object)) open.push(path);
    }
    expect(open).toEqual([]);
  });

  it('tampering with each of them throws and changes nothing that is computed afterwards', () => {
    const before = observe();
    for (const [name, value] of exportedObjects()) {
      for (const [, object] of reachable(value, name)) tamper(object);
    }
    expect(observe()).toBe(before);
  });

  it('the values the functions hand out are frozen too (rule, policies, holidays, calendars)', () => {
    const d = root.computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' });
    for (const [, object] of reachable(d.rule, 'rule')) expect(Object.isFrozen(object)).toBe(true);
    for (const [, object] of reachable(root.resolvePolicies({ semaforo: { amarilloFraction: 0.5 } }), 'p')) {
      expect(Object.isFrozen(object)).toBe(true);
    }
    for (const h of root.colombianHolidays(2026)) expect(Object.isFrozen(h)).toBe(true);
    const cal = root.createCalendar({
      extraHolidays: [{ date: '2026-12-24', name: 'Cierre', law: 'Decreto local' }],
    });
    for (const target of [cal, root.nationalCalendar, root.getNationalCalendar()]) {
      expect(() => {
        (target as { addBusinessDays: unknown }).addBusinessDays = () => '1999-01-01';
      }).toThrow(TypeError);
    }
    expect(root.addBusinessDays('2026-11-27', 15)).toBe('2026-12-21');
  });
});
