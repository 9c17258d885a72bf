#!/usr/bin/env tsx
// Compares two versions of conformance.json and prints, in Spanish, the vectors added, removed and
// changed (result, or inputs and policies), the default policies and the norms whose vigencia changed,
// ready to paste into the "Cambios normativos" section of a changeset:
//
//   git show v0.1.0:conformance.json > /tmp/antes.json
//   npx tsx scripts/diff-conformance.ts /tmp/antes.json conformance.json
//
// Exit code 0 (differences or not); 2 for a usage error or an unreadable file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Vector {
  readonly id: string;
  readonly kind: string;
  readonly law: string;
  readonly input: unknown;
  readonly policies?: unknown;
  readonly expected: Record<string, unknown>;
}

interface Norm {
  readonly id: string;
  readonly norma: string;
  readonly vigencia: { readonly desde: string; readonly hasta?: string };
}

interface File {
  readonly library: { readonly version: string };
  readonly norms: readonly Norm[];
  readonly defaults: unknown;
  readonly vectors: readonly Vector[];
}

/** JSON with sorted object keys, so that key order never makes two equal values differ. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_k, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
          )
        : v,
    ) ?? 'nada'
  );
}

const code = (s: string) => `\`${s}\``;

/** Holiday lists: which dates (with names) were added or removed. */
function holidayChange(before: unknown, after: unknown): string {
  const key = (h: { date: string; name: string }) => `${h.date} ${h.name}`;
  const a = new Set(((before as { date: string; name: string }[] | undefined) ?? []).map(key));
  const b = new Set(((after as { date: string; name: string }[] | undefined) ?? []).map(key));
  const added = [...b].filter((x) => !a.has(x));
  const removed = [...a].filter((x) => !b.has(x));
  const parts = [...added.map((x) => `+ ${x}`), ...removed.map((x) => `− ${x}`)];
  return parts.length === 0 ? 'festivos: cambian nombres o normas' : `festivos: ${parts.join('; ')}`;
}

/** One line per field of `expected` that changed, e.g. `dueDate: "2026-07-22" → "2026-07-23"`. */
function expectedChanges(before: Vector, after: Vector): string[] {
  const out: string[] = [];
  for (const k of new Set([...Object.keys(before.expected), ...Object.keys(after.expected)])) {
    const a = before.expected[k];
    const b = after.expected[k];
    if (canonical(a) === canonical(b)) continue;
    out.push(k === 'holidays' ? holidayChange(a, b) : `${k}: ${canonical(a)} → ${canonical(b)}`);
  }
  return out;
}

/** Policies that differ between two `defaults` objects, flattened (`receipt.mode`). */
function policyChanges(before: unknown, after: unknown, prefix = ''): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[k];
    const y = b[k];
    if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
      out.push(...policyChanges(x, y, `${prefix}${k}.`));
    } else if (canonical(x) !== canonical(y)) {
      out.push(`${prefix}${k}: ${canonical(x)} → ${canonical(y)}`);
    }
  }
  return out;
}

function vigencia(n: Norm | undefined): string {
  if (n === undefined) return 'no existía';
  return `desde ${n.vigencia.desde}${n.vigencia.hasta === undefined ? '' : ` hasta ${n.vigencia.hasta}`}`;
}

/**
 * The Markdown text of the differences between two conformance files (Spanish), or a single line
 * saying that nothing changed.
 */
export function diffConformance(before: File, after: File): string {
  const oldById = new Map(before.vectors.map((v) => [v.id, v]));
  const newById = new Map(after.vectors.map((v) => [v.id, v]));
  const added = after.vectors.filter((v) => !oldById.has(v.id));
  const removed = before.vectors.filter((v) => !newById.has(v.id));
  const changedResult: [Vector, string[]][] = [];
  const changedInput: Vector[] = [];
  for (const v of after.vectors) {
    const o = oldById.get(v.id);
    if (o === undefined) continue;
    const result = expectedChanges(o, v);
    if (result.length > 0) changedResult.push([v, result]);
    else if (
      canonical(o.input) !== canonical(v.input) ||
      canonical(o.policies) !== canonical(v.policies) ||
      o.kind !== v.kind
    ) {
      changedInput.push(v);
    }
  }
  const defaults = policyChanges(before.defaults, after.defaults);
  const oldNorms = new Map(before.norms.map((n) => [n.id, n]));
  const newNorms = new Map(after.norms.map((n) => [n.id, n]));
  const norms: string[] = [];
  for (const id of [...new Set([...oldNorms.keys(), ...newNorms.keys()])].sort()) {
    const a = oldNorms.get(id);
    const b = newNorms.get(id);
    if (canonical(a?.vigencia) !== canonical(b?.vigencia)) {
      norms.push(
        `${(b ?? a)?.norma} (${code(id)}): ${vigencia(a)} → ${b === undefined ? 'retirada' : vigencia(b)}`,
      );
    }
  }

  const from = before.library.version;
  const to = after.library.version;
  if (
    added.length +
      removed.length +
      changedResult.length +
      changedInput.length +
      defaults.length +
      norms.length ===
    0
  ) {
    return `Vectores de conformidad: sin cambios entre pqrsd ${from} y ${to}.\n`;
  }
  const lines: string[] = [
    '### Cambios normativos',
    '',
    `Vectores de conformidad (pqrsd ${from} → ${to}):`,
    '',
  ];
  if (changedResult.length > 0) {
    lines.push(`- Con resultado distinto (${changedResult.length}):`);
    for (const [v, changes] of changedResult)
      lines.push(`  - ${code(v.id)} (${v.law}): ${changes.join('; ')}`);
  }
  if (added.length > 0) {
    lines.push(`- Añadidos (${added.length}): ${added.map((v) => code(v.id)).join(', ')}`);
  }
  if (removed.length > 0) {
    lines.push(`- Eliminados (${removed.length}): ${removed.map((v) => code(v.id)).join(', ')}`);
  }
  if (changedInput.length > 0) {
    lines.push(
      `- Con entradas o políticas distintas y el mismo resultado (${changedInput.length}): ${changedInput.map((v) => code(v.id)).join(', ')}`,
    );
  }
  if (defaults.length > 0) lines.push(`- Políticas por defecto: ${defaults.join('; ')}`);
  if (norms.length > 0) lines.push(`- Vigencias: ${norms.join('; ')}`);
  return `${lines.join('\n')}\n`;
}

function read(path: string): File {
  const data = JSON.parse(readFileSync(path, 'utf8')) as File;
  if (
    !Array.isArray(data?.vectors) ||
    !Array.isArray(data.norms) ||
    typeof data.library?.version !== 'string'
  ) {
    throw new Error('no es un archivo de vectores de conformidad de pqrsd');
  }
  return data;
}

/** The command: `diff-conformance <antes.json> <después.json>`; returns the exit code. */
export function main(args: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const [a, b, ...rest] = args;
  if (a === undefined || b === undefined || rest.length > 0) {
    err('uso: npx tsx scripts/diff-conformance.ts <antes.json> <después.json>\n');
    return 2;
  }
  let before: File;
  let after: File;
  try {
    before = read(a);
  } catch (e) {
    err(`no se pudo leer «${a}»: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    after = read(b);
  } catch (e) {
    err(`no se pudo leer «${b}»: ${(e as Error).message}\n`);
    return 2;
  }
  out(diffConformance(before, after));
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
