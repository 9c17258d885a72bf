#!/usr/bin/env tsx
// Writes schema.json (the JSON Schema of a PQRSD record) from the zod source in src/schema.
// `--stdout` prints it instead, so the gate can check that the committed file is up to date.
// Deterministic: pretty JSON, two-space indentation, trailing newline.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toPqrsdJsonSchema } from '../src/schema/json-schema.js';

const text = `${JSON.stringify(toPqrsdJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--stdout')) {
  process.stdout.write(text);
} else {
  const target = fileURLToPath(new URL('../schema.json', import.meta.url));
  writeFileSync(target, text);
  console.log(`escrito ${target} (${text.length} bytes)`);
}
