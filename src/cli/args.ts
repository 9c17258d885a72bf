/**
 * A tiny argv parser for the `pqrsd` command: long flags (`--corte 2026-11-27`, `--corte=2026-11-27`),
 * boolean flags, positionals, `--` to end the flags, and `--ayuda` / `--help` on every command.
 * An unknown flag or a missing value is a usage error (exit code 2, one Spanish line).
 *
 * @module
 */

import { PqrsdError } from '../errors.js';
import { closestName } from './suggest.js';

/**
 * How one flag is read.
 *
 * @example
 * ```ts
 * const corte: FlagSpec = { type: 'string', description: 'fecha de corte', value: 'fecha' };
 * ```
 */
export interface FlagSpec {
  /** `string` takes a value; `boolean` does not. */
  readonly type: 'string' | 'boolean';
  /** One line of Spanish help. */
  readonly description: string;
  /** The name of the value in the help (`fecha`, `archivo`). */
  readonly value?: string;
  /** A one-letter alias (`j` for `-j`). */
  readonly short?: string;
  /** May the flag be repeated (its values are collected)? */
  readonly multiple?: boolean;
}

/**
 * The argument grammar of one command.
 *
 * @example
 * ```ts
 * const spec: CommandSpec = {
 *   name: 'festivos',
 *   summary: 'festivos de un año',
 *   usage: 'pqrsd festivos <año> [--json]',
 *   positionals: { min: 1, max: 1, names: ['año'] },
 *   flags: { json: { type: 'boolean', description: 'salida JSON' } },
 * };
 * ```
 */
export interface CommandSpec {
  /** Command name as typed. */
  readonly name: string;
  /** One line of Spanish summary. */
  readonly summary: string;
  /** Usage line(s). */
  readonly usage: string;
  /** How many positionals and their names (for messages). */
  readonly positionals: { readonly min: number; readonly max: number; readonly names: readonly string[] };
  /** Flags by long name (without `--`). */
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** Extra help text (examples), printed after the flags. */
  readonly epilog?: string;
}

/**
 * What {@link parseArgs} returns.
 *
 * @example
 * ```ts
 * const p: ParsedArgs = { help: false, positionals: ['2026'], flags: { json: true } };
 * ```
 */
export interface ParsedArgs {
  /** `--ayuda`, `--help` or `-h` was given. */
  readonly help: boolean;
  /** Positionals in order. */
  readonly positionals: readonly string[];
  /** Flag values by long name: a string, `true`, or a list for repeatable flags. */
  readonly flags: Readonly<Record<string, string | boolean | readonly string[]>>;
}

const HELP_FLAGS = new Set(['--ayuda', '--help', '-h']);

function usageError(message: string, value: unknown): PqrsdError {
  return new PqrsdError('INVALID_ARGUMENT', message, { value });
}

/**
 * Parses `argv` (without the command name) against a {@link CommandSpec}.
 * Throws a `PqrsdError` (`INVALID_ARGUMENT`) with a one-line Spanish message on an unknown flag,
 * a missing value, a repeated flag, or a wrong number of positionals. With `--ayuda` the
 * positional count is not checked.
 *
 * @example
 * ```ts no-run
 * parseArgs(['2026', '--json'], festivosSpec);
 * //=> { help: false, positionals: ['2026'], flags: { json: true } }
 * ```
 */
export function parseArgs(argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const flags: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  let help = false;
  let onlyPositionals = false;
  const byShort = new Map<string, string>();
  for (const [name, f] of Object.entries(spec.flags)) if (f.short) byShort.set(`-${f.short}`, name);

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-') || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (HELP_FLAGS.has(arg)) {
      help = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = byShort.get(arg);
      if (long === undefined)
        throw usageError(`opción desconocida «${arg}» (vea pqrsd ${spec.name} --ayuda)`, arg);
      name = long;
    }
    const flag = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (flag === undefined) {
      const near = closestName(name, [...Object.keys(spec.flags), 'ayuda']);
      const hint = near === undefined ? '' : `; ¿quiso decir «--${near}»?`;
      throw usageError(`opción desconocida «${arg}»${hint} (vea pqrsd ${spec.name} --ayuda)`, arg);
    }
    let value: string | boolean;
    if (flag.type === 'boolean') {
      if (inline !== undefined)
        throw usageError(`la opción «--${name}» no lleva valor (recibió «${inline}»)`, arg);
      value = true;
    } else if (inline !== undefined) {
      value = inline;
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw usageError(`la opción «--${name}» requiere un valor (${flag.value ?? 'valor'})`, arg);
      }
      value = next;
      i++;
    }
    const previous = flags[name];
    if (flag.multiple && typeof value === 'string') {
      flags[name] = Array.isArray(previous) ? [...previous, value] : [value];
    } else if (previous !== undefined) {
      throw usageError(`la opción «--${name}» se dio más de una vez`, arg);
    } else {
      flags[name] = value;
    }
  }

  if (!help) {
    const { min, max, names } = spec.positionals;
    if (positionals.length < min) {
      throw usageError(
        `faltan argumentos: pqrsd ${spec.name} requiere <${names.slice(positionals.length, min).join('> <')}> (vea --ayuda)`,
        positionals,
      );
    }
    if (positionals.length > max) {
      throw usageError(
        `sobra el argumento «${positionals[max]}» (vea pqrsd ${spec.name} --ayuda)`,
        positionals,
      );
    }
  }
  return { help, positionals, flags };
}

/**
 * The value of a string flag, or `undefined`.
 *
 * @example
 * ```ts
 * stringFlag({ help: false, positionals: [], flags: { corte: '2026-11-27' } }, 'corte'); //=> '2026-11-27'
 * ```
 */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * The values of a repeatable string flag (empty when absent).
 *
 * @example
 * ```ts
 * listFlag({ help: false, positionals: [], flags: { prioridad: ['victima'] } }, 'prioridad'); //=> ['victima']
 * ```
 */
export function listFlag(args: ParsedArgs, name: string): readonly string[] {
  const v = args.flags[name];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}

/**
 * Whether a boolean flag was given.
 *
 * @example
 * ```ts
 * booleanFlag({ help: false, positionals: [], flags: { json: true } }, 'json'); //=> true
 * ```
 */
export function booleanFlag(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true;
}

/**
 * The Spanish help text of a command: summary, usage, flags aligned, epilog.
 *
 * @example
 * ```ts no-run
 * formatHelp(festivosSpec); // 'pqrsd festivos: festivos de un año\n\nUso:\n  pqrsd festivos <año> …'
 * ```
 */
export function formatHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.flags).map(([name, f]) => {
    const short = f.short ? `-${f.short}, ` : '';
    const value = f.type === 'string' ? ` <${f.value ?? 'valor'}>` : '';
    return [`${short}--${name}${value}`, f.description + (f.multiple ? ' (repetible)' : '')] as const;
  });
  rows.push(['--ayuda, --help', 'muestra esta ayuda']);
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = [
    `pqrsd ${spec.name}: ${spec.summary}`,
    '',
    'Uso:',
    ...spec.usage.split('\n').map((l) => `  ${l}`),
    '',
    'Opciones:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
  ];
  if (spec.epilog) lines.push('', spec.epilog);
  return `${lines.join('\n')}\n`;
}
