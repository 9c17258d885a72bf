#!/usr/bin/env tsx
// Writes schemas/<output>.schema.json: the JSON Schema of each JSON output of the CLI, from
// src/cli/output-schemas.ts. `--stdout <name>` prints one instead, so the gate can check that the
// committed file is up to date. Deterministic: pretty JSON, two-space indentation, trailing newline.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSON_OUTPUTS, type JsonOutputName } from '../src/cli/json-output.js';
import { outputSchemas } from '../src/cli/output-schemas.js';

const schemas = outputSchemas();
const text = (name: JsonOutputName) => `${JSON.stringify(schemas[name], null, 2)}\n`;
const at = process.argv.indexOf('--stdout');
if (at >= 0) {
  const name = process.argv[at + 1] as JsonOutputName;
  if (!Object.hasOwn(JSON_OUTPUTS, name)) {
    console.error(`salida desconocida «${name}» (${Object.keys(JSON_OUTPUTS).join(', ')})`);
    process.exit(2);
  }
  process.stdout.write(text(name));
} else {
  const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(JSON_OUTPUTS) as JsonOutputName[]) {
    writeFileSync(`${dir}${JSON_OUTPUTS[name].schema}`, text(name));
    console.log(`escrito schemas/${JSON_OUTPUTS[name].schema}`);
  }
}
