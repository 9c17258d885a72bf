#!/usr/bin/env tsx
// Writes conformance.json (the conformance vectors shipped as `pqrsd/conformance.json`) from the golden
// tables of test/golden/*.cases.ts, which are hand-computed data: this script computes no expected
// value with the library; it only adds the library version, the norms with their vigencias and the
// default policies. `--stdout` prints it instead, so the gate can check that the committed file is up to
// date. Deterministic: stable order, pretty JSON, two-space indentation, trailing newline.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HOLIDAY_RULES } from '../src/calendar/index.js';
import { DEFAULT_POLICIES } from '../src/deadlines/index.js';
import { LEGAL_SOURCES } from '../src/rules/index.js';
import type { ConformanceFile, ConformanceVector } from '../src/testing/index.js';
import { CONFORMANCE_FORMAT_VERSION } from '../src/testing/index.js';
import { VERSION } from '../src/version.js';
import { GOLDEN_CASES, GOLDEN_SOURCES } from '../test/golden/cases.js';

/** A vector with its keys in a fixed order; deadline and status vectors always state their policies. */
function serialize(v: ConformanceVector): ConformanceVector {
  const head = { id: v.id, kind: v.kind, law: v.law, ...(v.note === undefined ? {} : { note: v.note }) };
  if (v.kind === 'deadline' || v.kind === 'status') {
    return { ...head, input: v.input, policies: v.policies ?? {}, expected: v.expected } as ConformanceVector;
  }
  return { ...head, input: v.input, expected: v.expected } as ConformanceVector;
}

export function buildConformance(): ConformanceFile {
  const holidayNorms = new Map<string, number>();
  for (const r of HOLIDAY_RULES) {
    holidayNorms.set(r.law, Math.min(holidayNorms.get(r.law) ?? r.since, r.since));
  }
  return {
    $schema: './conformance.schema.json',
    formatVersion: CONFORMANCE_FORMAT_VERSION,
    library: { name: 'pqrsd', version: VERSION },
    generatedFrom: [...GOLDEN_SOURCES],
    norms: Object.values(LEGAL_SOURCES).map((s) => ({
      id: s.id,
      norma: s.norma,
      titulo: s.titulo,
      articulos: [...s.articulos],
      url: s.url,
      vigencia: { ...s.vigencia },
      confidence: s.confidence,
    })),
    holidayNorms: [...holidayNorms].map(([law, since]) => ({ law, since })),
    defaults: DEFAULT_POLICIES,
    vectors: GOLDEN_CASES.map(serialize),
  };
}

const text = `${JSON.stringify(buildConformance(), null, 2)}\n`;
if (process.argv.includes('--stdout')) {
  process.stdout.write(text);
} else if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../conformance.json', import.meta.url));
  writeFileSync(target, text);
  console.log(`escrito ${target} (${text.length} bytes, ${buildConformance().vectors.length} vectores)`);
}
