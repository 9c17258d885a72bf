/**
 * `pqrsd habiles <desde> <n>`: the n-th business day after a date (Ley 4 de 1913 art. 62: terms in
 * días count business days; the start day itself is not counted), with each day of the span
 * explained. `pqrsd habiles <desde> --hasta <fecha>`: the business days in (desde, hasta].
 *
 * @module
 */

import {
  addBusinessDays,
  businessDaysBetween,
  type DayExplanation,
  explain,
  type IsoDate,
  weekday,
} from '../../calendar/index.js';
import { booleanFlag, type CommandSpec, formatHelp, parseArgs, stringFlag } from '../args.js';
import { dateArgument } from '../dates.js';
import { longDate, textTable, WEEKDAYS_ES } from '../format.js';
import { type CliIo, EXIT, usage, write } from '../io.js';
import { jsonOutputText } from '../json-output.js';

/**
 * The argument grammar of `pqrsd habiles`.
 *
 * @example
 * ```ts
 * HABILES_SPEC.usage.includes('--hasta'); //=> true
 * ```
 */
export const HABILES_SPEC: CommandSpec = {
  name: 'habiles',
  summary: 'suma o cuenta días hábiles en el calendario nacional colombiano',
  usage: 'pqrsd habiles <desde> <n> [--json]\npqrsd habiles <desde> --hasta <fecha> [--json]',
  positionals: { min: 1, max: 2, names: ['desde', 'n'] },
  flags: {
    hasta: { type: 'string', value: 'fecha', description: 'cuenta los días hábiles en (desde, hasta]' },
    json: { type: 'boolean', description: 'salida JSON' },
    detalle: { type: 'boolean', description: 'lista cada día del intervalo, contado u omitido y por qué' },
  },
  epilog:
    'El día <desde> nunca se cuenta: el día 1 es el primer día hábil siguiente (Ley 4 de 1913 art. 62).\n' +
    'Ejemplos:\n  pqrsd habiles 2026-11-27 15        → 2026-12-21\n  pqrsd habiles 2026-11-27 --hasta 2026-12-21   → 15',
};

const REASON_ES: Record<NonNullable<DayExplanation['reason']>, string> = {
  fin_de_semana: 'fin de semana',
  festivo: 'festivo',
  cierre_entidad: 'cierre de la entidad',
  suspension: 'suspensión de términos',
};

/**
 * One explained day as a table row: date, weekday, counted ordinal or the reason it was skipped.
 *
 * @example
 * ```ts
 * explanationRow({ date: '2026-12-08', counted: false, reason: 'festivo', detail: 'Inmaculada Concepción' });
 * //=> ['2026-12-08', 'martes', '', 'festivo: Inmaculada Concepción']
 * ```
 */
export function explanationRow(day: DayExplanation): string[] {
  const wd = WEEKDAYS_ES[weekday(day.date)];
  if (day.counted) return [day.date, wd, String(day.ordinal ?? ''), ''];
  const reason = day.reason ? REASON_ES[day.reason] : 'no hábil';
  const detail = day.detail && day.reason !== 'fin_de_semana' ? `: ${day.detail}` : '';
  return [day.date, wd, '', reason + detail];
}

function parseCount(raw: string): number {
  if (!/^-?\d{1,6}$/.test(raw)) {
    throw usage(`«${raw}» no es un número entero de días (p. ej. 15)`, { raw });
  }
  return Number(raw);
}

/**
 * Runs `pqrsd habiles`. Returns the exit code.
 *
 * @example
 * ```ts no-run
 * await habilesCommand(['2026-11-27', '15'], io); // prints 2026-12-21
 * ```
 */
export async function habilesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, HABILES_SPEC);
  if (args.help) {
    await write(io.stdout, formatHelp(HABILES_SPEC));
    return EXIT.OK;
  }
  const from = dateArgument(args.positionals[0]!, 'la fecha', true) as IsoDate;
  const hasta = stringFlag(args, 'hasta');
  const json = booleanFlag(args, 'json');
  const nRaw = args.positionals[1];
  if (hasta === undefined && nRaw === undefined) {
    throw usage(
      'falta <n> (días hábiles a sumar) o --hasta <fecha> (días hábiles a contar), p. ej. pqrsd habiles 2026-11-27 15',
    );
  }
  if (hasta !== undefined && nRaw !== undefined) {
    throw usage('indique <n> o --hasta <fecha>, no ambos (vea pqrsd habiles --ayuda)');
  }
  let to: string;
  let count: number;
  if (hasta !== undefined) {
    to = dateArgument(hasta, '--hasta', true);
    count = businessDaysBetween(from, to);
  } else {
    count = parseCount(nRaw!);
    to = addBusinessDays(from, count);
  }
  const days = explain(from, to);
  if (json) {
    await write(io.stdout, jsonOutputText('habiles', { from, to, businessDays: count, days }));
    return EXIT.OK;
  }
  const skipped = days.filter((d) => !d.counted);
  const holidays = skipped.filter((d) => d.reason === 'festivo');
  let out =
    hasta !== undefined
      ? `Entre el ${longDate(from)} (excluido) y el ${longDate(to)} (incluido) hay ${count} días hábiles.\n`
      : `${Math.abs(count)} días hábiles ${count < 0 ? 'antes del' : 'después del'} ${longDate(from)}: ${to} (${longDate(to)}).\n`;
  out += `Días del intervalo: ${days.length}; omitidos: ${skipped.length}`;
  out +=
    holidays.length > 0
      ? ` (festivos: ${holidays.map((h) => `${h.date} ${h.detail ?? ''}`.trim()).join('; ')})\n`
      : '\n';
  if (booleanFlag(args, 'detalle'))
    out += `\n${textTable(['fecha', 'día', 'hábil n.º', 'omitido'], days.map(explanationRow), ['l', 'l', 'r', 'l'])}`;
  out +=
    'Regla: Ley 4 de 1913 art. 62 (los plazos de días excluyen feriados; el primer día es el siguiente hábil).\n';
  await write(io.stdout, out);
  return EXIT.OK;
}
