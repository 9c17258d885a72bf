/**
 * The `pqrsd` command dispatcher: picks the subcommand, runs it, and turns every failure into one
 * Spanish line on stderr with exit code 2. Takes argv and streams and returns the exit code, so the
 * same code runs in-process (tests) and as the bin (`main.ts`).
 *
 * @module
 */

import { VERSION } from '../version.js';
import { auditarCommand } from './commands/auditar.js';
import { festivosCommand } from './commands/festivos.js';
import { habilesCommand } from './commands/habiles.js';
import { mapaCommand } from './commands/mapa.js';
import { schemaCommand } from './commands/schema.js';
import { suiCommand } from './commands/sui.js';
import { vencimientoCommand } from './commands/vencimiento.js';
import { visibleControls } from './format.js';
import { type CliIo, EXIT, errorLine, write } from './io.js';
import { closestName } from './suggest.js';

function commandHint(name: string): string {
  const candidates = name.startsWith('-') ? ['--version', '--ayuda'] : [...Object.keys(COMMANDS), 'ayuda'];
  const near = closestName(name, candidates);
  return near === undefined ? '' : `; ¿quiso decir «${near}»?`;
}

/**
 * The subcommands, by name.
 *
 * @example
 * ```ts
 * Object.keys(COMMANDS); //=> ['vencimiento', 'festivos', 'habiles', 'auditar', 'mapa', 'sui', 'schema']
 * ```
 */
export const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => Promise<number>>> = {
  vencimiento: vencimientoCommand,
  festivos: festivosCommand,
  habiles: habilesCommand,
  auditar: auditarCommand,
  mapa: mapaCommand,
  sui: suiCommand,
  schema: schemaCommand,
};

/**
 * The general help text.
 *
 * @example
 * ```ts
 * GENERAL_HELP.startsWith('pqrsd'); //=> true
 * ```
 */
export const GENERAL_HELP = `pqrsd ${VERSION}: términos legales de PQRSD en Colombia (derecho de petición)

Uso:
  pqrsd vencimiento --tipo <tipo> --radicado <fecha> [--regimen <r>] [--corte <fecha>] [--json]
  pqrsd festivos <año> [--json]
  pqrsd habiles <desde> <n> | pqrsd habiles <desde> --hasta <fecha>
  pqrsd auditar <archivo.csv|archivo.json> --corte <fecha> [--mapa columnas.json]
                [--formato tabla|json|csv|md|html] [--salida <archivo>] [--estricto]
                [--guardar-mapa columnas.json]
  pqrsd mapa <archivo.csv> [--mapa columnas.json] [--guardar-mapa columnas.json]
  pqrsd sui <registro.csv> --mes AAAA-MM [--salida <archivo.csv>] [--dane <código>]
                (informe mensual al SUI, Formato A; SECONDARY)
  pqrsd schema
  pqrsd --version

Cada comando tiene su ayuda: pqrsd <comando> --ayuda

Códigos de salida: 0 terminado; 1 con --estricto si hay PQRSD vencidas o indicadores por debajo
de su meta; 2 uso incorrecto o entrada ilegible.
`;

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code.
 * Never throws for bad input: the reason goes to stderr as one line `pqrsd: …`.
 *
 * @example
 * ```ts no-run
 * const code = await runCli(['festivos', '2026'], io); //=> 0
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === '--version' || name === '-v') {
      await write(io.stdout, `${VERSION}\n`);
      return EXIT.OK;
    }
    if (name === '--ayuda' || name === '--help' || name === '-h' || name === 'ayuda') {
      await write(io.stdout, GENERAL_HELP);
      return EXIT.OK;
    }
    if (name === undefined) {
      await write(io.stderr, GENERAL_HELP);
      return EXIT.USAGE;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) {
      await write(
        io.stderr,
        `pqrsd: comando desconocido «${name}»${commandHint(name)} (comandos: ${Object.keys(COMMANDS).join(', ')})\n`,
      );
      return EXIT.USAGE;
    }
    return await command(rest, io);
  } catch (error) {
    await write(io.stderr, `pqrsd: ${visibleControls(errorLine(error))}\n`);
    return EXIT.USAGE;
  }
}
