/**
 * `pqrsd schema`: prints the JSON Schema (draft 2020-12) of a PQRSD record, the same text as the
 * package's `schema.json`.
 *
 * @module
 */

import { toPqrsdJsonSchema } from '../../schema/index.js';
import { type CommandSpec, formatHelp, parseArgs } from '../args.js';
import { type CliIo, EXIT, write } from '../io.js';

/**
 * The argument grammar of `pqrsd schema`.
 *
 * @example
 * ```ts
 * SCHEMA_SPEC.positionals.max; //=> 0
 * ```
 */
export const SCHEMA_SPEC: CommandSpec = {
  name: 'schema',
  summary: 'imprime el JSON Schema (draft 2020-12) de un registro PQRSD',
  usage: 'pqrsd schema > pqrsd.schema.json',
  positionals: { min: 0, max: 0, names: [] },
  flags: {},
};

/**
 * Runs `pqrsd schema`. Returns the exit code.
 *
 * @example
 * ```ts no-run
 * await schemaCommand([], io); //=> 0
 * ```
 */
export async function schemaCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SCHEMA_SPEC);
  await write(
    io.stdout,
    args.help ? formatHelp(SCHEMA_SPEC) : `${JSON.stringify(toPqrsdJsonSchema(), null, 2)}\n`,
  );
  return EXIT.OK;
}
