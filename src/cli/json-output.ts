/**
 * The machine-readable JSON outputs of the CLI: each one's format version and the JSON Schema
 * (draft 2020-12) shipped in the package's `schemas/` folder that describes it. Every output object
 * starts with `"version"` (an integer, bumped on a breaking change of that output's format); keys
 * are the library's own identifiers (see «Salidas para máquinas» in `docs/cli.md`).
 *
 * @module
 */

import { deepFreeze } from '../freeze.js';

/**
 * One JSON output of the CLI.
 *
 * @example
 * ```ts
 * const o: JsonOutput = { version: 1, schema: 'festivos.schema.json', command: 'pqrsd festivos <año> --json' };
 * ```
 */
export interface JsonOutput {
  /** The version of the output's format, written as its `"version"` key. */
  readonly version: number;
  /** The file in the package's `schemas/` folder that describes it. */
  readonly schema: string;
  /** How it is produced. */
  readonly command: string;
}

/**
 * Every JSON output of the CLI, by name.
 *
 * @example
 * ```ts
 * JSON_OUTPUTS.auditar.schema; //=> 'auditar.schema.json'
 * ```
 */
export const JSON_OUTPUTS = /* @__PURE__ */ deepFreeze({
  festivos: { version: 1, schema: 'festivos.schema.json', command: 'pqrsd festivos <año> --json' },
  habiles: { version: 1, schema: 'habiles.schema.json', command: 'pqrsd habiles … --json' },
  vencimiento: { version: 1, schema: 'vencimiento.schema.json', command: 'pqrsd vencimiento … --json' },
  auditar: { version: 1, schema: 'auditar.schema.json', command: 'pqrsd auditar … --formato json' },
  mapa: { version: 1, schema: 'mapa.schema.json', command: 'pqrsd mapa <archivo> --json' },
  'mapa-columnas': {
    version: 1,
    schema: 'mapa-columnas.schema.json',
    command: 'pqrsd mapa|auditar … --guardar-mapa <columnas.json> (y el archivo que lee --mapa)',
  },
} as const satisfies Record<string, JsonOutput>);

/**
 * The name of a JSON output of the CLI.
 *
 * @example
 * ```ts
 * const name: JsonOutputName = 'habiles';
 * ```
 */
export type JsonOutputName = keyof typeof JSON_OUTPUTS;

/**
 * The output object with its `"version"` first.
 *
 * @example
 * ```ts
 * versioned('festivos', { year: 2026 }); //=> { version: 1, year: 2026 }
 * ```
 */
export function versioned<T extends object>(name: JsonOutputName, body: T): { readonly version: number } & T {
  return { version: JSON_OUTPUTS[name].version, ...body };
}

/**
 * The text of a JSON output: `"version"` first, two-space indentation, trailing newline.
 *
 * @example
 * ```ts
 * jsonOutputText('festivos', { year: 2026 }); //=> '{\n  "version": 1,\n  "year": 2026\n}\n'
 * ```
 */
export function jsonOutputText(name: JsonOutputName, body: object): string {
  return `${JSON.stringify(versioned(name, body), null, 2)}\n`;
}
