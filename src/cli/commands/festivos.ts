/**
 * `pqrsd festivos <año> [--json]`: the Colombian national holidays of a year, with the law that makes
 * each one a holiday and the legal date when it was moved to a Monday (Ley 51 de 1983 art. 1;
 * Ley 2578 de 2026 from 2026).
 *
 * @module
 */

import { colombianHolidays, MAX_YEAR, MIN_YEAR } from '../../calendar/index.js';
import { booleanFlag, type CommandSpec, formatHelp, parseArgs } from '../args.js';
import { longDate, textTable } from '../format.js';
import { type CliIo, EXIT, usage, write } from '../io.js';
import { jsonOutputText } from '../json-output.js';

/**
 * The argument grammar of `pqrsd festivos`.
 *
 * @example
 * ```ts
 * FESTIVOS_SPEC.name; //=> 'festivos'
 * ```
 */
export const FESTIVOS_SPEC: CommandSpec = {
  name: 'festivos',
  summary: 'festivos nacionales de Colombia en un año, con la ley que los establece',
  usage: 'pqrsd festivos <año> [--json]',
  positionals: { min: 1, max: 1, names: ['año'] },
  flags: { json: { type: 'boolean', description: 'salida JSON' } },
  epilog: `Ejemplo:\n  pqrsd festivos 2026\n\nAños admitidos: ${MIN_YEAR} a ${MAX_YEAR} (Ley 51 de 1983 rige desde 1984).`,
};

/**
 * Parses a year argument (an integer in the supported range), or throws a usage error.
 *
 * @example
 * ```ts
 * parseYear('2026'); //=> 2026
 * ```
 */
export function parseYear(raw: string): number {
  if (!/^\d{4}$/.test(raw))
    throw usage(`«${raw}» no es un año (escriba cuatro cifras, p. ej. 2026)`, { raw });
  return Number(raw);
}

/**
 * Runs `pqrsd festivos`. Returns the exit code.
 *
 * @example
 * ```ts no-run
 * await festivosCommand(['2026', '--json'], io); //=> 0
 * ```
 */
export async function festivosCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FESTIVOS_SPEC);
  if (args.help) {
    await write(io.stdout, formatHelp(FESTIVOS_SPEC));
    return EXIT.OK;
  }
  const year = parseYear(args.positionals[0]!);
  const holidays = colombianHolidays(year);
  if (booleanFlag(args, 'json')) {
    await write(io.stdout, jsonOutputText('festivos', { year, count: holidays.length, holidays }));
    return EXIT.OK;
  }
  const rows = holidays.map((h) => [
    h.date,
    longDate(h.date).replace(/ de \d{4}$/, ''),
    h.name,
    h.law,
    h.movedFrom ? `trasladado desde el ${h.movedFrom}` : '',
  ]);
  const distinct = new Set(holidays.map((h) => h.date)).size;
  const note =
    distinct < holidays.length
      ? ` (${holidays.length - distinct} coinciden en la misma fecha: un solo día no hábil)`
      : '';
  await write(
    io.stdout,
    `Festivos nacionales de Colombia en ${year}: ${holidays.length}${note}\n\n` +
      textTable(['fecha', 'día', 'festivo', 'norma', 'traslado (Ley 51 de 1983 art. 1 num. 2)'], rows),
  );
  return EXIT.OK;
}
