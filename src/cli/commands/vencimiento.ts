/**
 * `pqrsd vencimiento --tipo peticion --radicado 2026-11-27 [--regimen …] [--corte <fecha>] [--json]`:
 * the legal due date of one request, the rule and its citation, the state as of the cut-off date, and
 * the explanation, with a small month calendar that marks each counted day (its ordinal), weekends,
 * holidays (named below) and the due date.
 *
 * @module
 */

import {
  type DayExplanation,
  explain,
  getNationalCalendar,
  type IsoDate,
  toDayNumber,
  weekday,
} from '../../calendar/index.js';
import {
  computeDeadline,
  type DeadlineResult,
  type RequestStatus,
  requestStatus,
} from '../../deadlines/index.js';
import {
  type LifecycleEvent,
  OUTCOMES,
  type Outcome,
  type PqrsdRequest,
  PRIORITY_FLAGS,
  type PriorityFlag,
  REGIMES,
  REQUEST_TYPES,
  type RegimeInput,
  type RequestType,
} from '../../domain.js';
import { booleanFlag, type CommandSpec, formatHelp, listFlag, parseArgs, stringFlag } from '../args.js';
import { dateArgument } from '../dates.js';
import { longDate, MONTHS_ES } from '../format.js';
import { type CliIo, EXIT, usage, write } from '../io.js';
import { jsonOutputText } from '../json-output.js';
import { normalizeEnumValue } from '../mapping.js';
import { SEVERITY_LABELS } from '../render/labels.js';

/**
 * The argument grammar of `pqrsd vencimiento`.
 *
 * @example
 * ```ts
 * Object.keys(VENCIMIENTO_SPEC.flags).includes('corte'); //=> true
 * ```
 */
export const VENCIMIENTO_SPEC: CommandSpec = {
  name: 'vencimiento',
  summary: 'vencimiento legal de una PQRSD, con la regla, su cita, el estado y la explicación día a día',
  usage:
    'pqrsd vencimiento --tipo <tipo> --radicado <fecha> [--regimen <régimen>] [--corte <fecha>] [--json]',
  positionals: { min: 0, max: 0, names: [] },
  flags: {
    tipo: { type: 'string', value: 'tipo', description: `tipo de solicitud: ${REQUEST_TYPES.join(', ')}` },
    radicado: {
      type: 'string',
      value: 'fecha',
      description: 'fecha (AAAA-MM-DD o DD/MM/AAAA) o fecha y hora con zona de radicación',
    },
    regimen: { type: 'string', value: 'régimen', description: `auto (por omisión), ${REGIMES.join(', ')}` },
    corte: { type: 'string', value: 'fecha', description: 'fecha de corte: muestra el estado a ese día' },
    respuesta: { type: 'string', value: 'fecha', description: 'fecha de la respuesta, si ya se respondió' },
    resultado: {
      type: 'string',
      value: 'resultado',
      description: `sentido de la respuesta: ${OUTCOMES.join(', ')}`,
    },
    prioridad: {
      type: 'string',
      value: 'condición',
      multiple: true,
      description: `atención prioritaria: ${PRIORITY_FLAGS.join(', ')}`,
    },
    json: { type: 'boolean', description: 'salida JSON' },
  },
  epilog:
    'Ejemplos:\n' +
    '  pqrsd vencimiento --tipo peticion --radicado 2026-11-27\n' +
    '  pqrsd vencimiento --tipo reclamo --regimen servicios_publicos --radicado 2026-11-27 --corte 2026-12-15\n' +
    '  pqrsd vencimiento --tipo consulta --radicado 2026-11-27T18:30:00-05:00 --json',
};

function enumFlag<T extends string>(
  raw: string,
  column: 'tipo' | 'regimen' | 'resultado' | 'prioridad',
  allowed: readonly T[],
  what: string,
): T {
  const value = normalizeEnumValue(column, raw);
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw usage(`«${raw}» no es ${what} (valores: ${allowed.join(', ')})`, { raw });
  }
  return value as T;
}

function dateFlag(raw: string, name: string): string {
  return dateArgument(raw, `--${name}`);
}

const MARK_REASON: Record<NonNullable<DayExplanation['reason']>, string> = {
  fin_de_semana: '·',
  festivo: 'F',
  cierre_entidad: 'C',
  suspension: 'S',
};

const CELL = 5;

/**
 * A month calendar (Monday first) of the term: each week is two lines, the day of the month and its
 * mark: `R` radicación, the ordinal of each counted business day, `[n]` the due date, `·` weekend,
 * `F` holiday, `C` closure, `S` suspension; blank outside the term.
 *
 * @example
 * ```ts
 * monthCalendar('2026-11-27', explain('2026-11-27', '2026-12-21'), '2026-12-21');
 * // '        noviembre 2026\n   lu   ma   mi …'
 * ```
 */
export function monthCalendar(
  received: IsoDate,
  days: readonly DayExplanation[],
  due: IsoDate | null,
  ordinals = true,
): string {
  const marks = new Map<number, string>();
  marks.set(toDayNumber(received), 'R');
  for (const d of days) {
    const n = toDayNumber(d.date);
    const ordinal = ordinals ? String(d.ordinal) : d.date === due ? 'V' : '+';
    if (d.counted) marks.set(n, d.date === due ? `[${ordinal}]` : ordinal);
    else marks.set(n, d.reason ? MARK_REASON[d.reason] : '·');
  }
  const first = toDayNumber(received);
  const last = days.length > 0 ? toDayNumber(days[days.length - 1]!.date) : first;
  const out: string[] = [];
  let [y, m] = received.split('-').map(Number) as [number, number];
  const [ly, lm] = (days.length > 0 ? days[days.length - 1]!.date : received).split('-').map(Number) as [
    number,
    number,
  ];
  let shown = 0;
  while ((y < ly || (y === ly && m <= lm)) && shown < 4) {
    const monthStart = toDayNumber(`${y}-${String(m).padStart(2, '0')}-01`);
    const nm = m === 12 ? 1 : m + 1;
    const ny = m === 12 ? y + 1 : y;
    const monthEnd = toDayNumber(`${ny}-${String(nm).padStart(2, '0')}-01`) - 1;
    const title = `${MONTHS_ES[m]} ${y}`;
    out.push(title.padStart(Math.floor((CELL * 7 + title.length) / 2)));
    out.push(['lu', 'ma', 'mi', 'ju', 'vi', 'sá', 'do'].map((d) => d.padStart(CELL)).join(''));
    const lead = weekday(`${y}-${String(m).padStart(2, '0')}-01`) - 1;
    let dayLine = ' '.repeat(CELL * lead);
    let markLine = ' '.repeat(CELL * lead);
    let weekStart = monthStart;
    for (let n = monthStart; n <= monthEnd; n++) {
      dayLine += String(n - monthStart + 1).padStart(CELL);
      const mark = n >= first && n <= last ? (marks.get(n) ?? '') : '';
      markLine += mark.padStart(CELL);
      if ((lead + n - monthStart) % 7 === 6 || n === monthEnd) {
        // Only the weeks that overlap the term.
        if (n >= first && weekStart <= last) out.push(dayLine.trimEnd(), markLine.trimEnd());
        dayLine = '';
        markLine = '';
        weekStart = n + 1;
      }
    }
    out.push('');
    shown++;
    y = ny;
    m = nm;
  }
  out.push(
    ordinals
      ? 'R radicación · n día hábil contado · [n] vencimiento · F festivo · · fin de semana · C cierre · S suspensión'
      : 'R radicación · + día hábil · [V] vencimiento (término en meses calendario) · F festivo · · fin de semana',
  );
  return `${out.join('\n')}\n`;
}

const STATE_ES: Record<string, string> = {
  en_termino: 'en término',
  por_vencer: 'por vencer',
  vencida: 'vencida: el término pasó sin respuesta',
  respondida_a_tiempo: 'respondida a tiempo',
  respondida_extemporanea: 'respondida fuera de término',
  en_requerimiento: 'en requerimiento (término suspendido, CPACA art. 17)',
  desistida: 'desistida',
  trasladada: 'trasladada por competencia (CPACA art. 21)',
  sin_termino: 'sin término legal',
};

/**
 * A readable Spanish line for a status.
 *
 * @example
 * ```ts no-run
 * statusLine(requestStatus({ type: 'peticion', receivedAt: '2026-11-27' }, '2026-12-10'));
 * //=> 'Estado al 2026-12-10: en término (verde); quedan 7 días hábiles'
 * ```
 */
export function statusLine(status: RequestStatus): string {
  let line = `Estado al ${status.asOf}: ${STATE_ES[status.state] ?? status.state}`;
  if (status.semaforo !== null) line += ` (${status.semaforo})`;
  const rem = status.remainingBusinessDays;
  if (status.answeredOn !== null) {
    line += `; respondida el ${status.answeredOn}`;
    if (status.responseBusinessDays !== null) line += ` a los ${status.responseBusinessDays} días hábiles`;
  } else if (rem !== null) {
    if (rem > 0) line += `; quedan ${rem} días hábiles`;
    else if (rem === 0) line += '; hoy es el último día del término';
    else line += `; vencida hace ${-rem} días hábiles`;
  }
  return line;
}

/**
 * The `--json` output: the deadline (fields of {@link DeadlineResult}, its rule as the fields of the
 * rule), the explained days of the term and, with `--corte`, the status (fields of
 * {@link RequestStatus}). Keys as in those types (`schemas/vencimiento.schema.json`).
 */
function vencimientoJson(d: DeadlineResult, days: readonly DayExplanation[], status?: RequestStatus) {
  return {
    deadline: {
      type: d.type,
      regime: d.regime,
      rule: {
        id: d.rule.id,
        name: d.rule.name,
        term: d.rule.term,
        citations: d.rule.citations.map((c) => ({
          norma: c.norma,
          articulo: c.articulo,
          url: c.url,
          confidence: c.confidence,
        })),
      },
      receivedDate: d.receivedDate,
      termStart: d.termStart,
      originalDueDate: d.originalDueDate,
      dueDate: d.dueDate,
      maxDueDate: d.maxDueDate,
      warnings: d.warnings.map((w) => ({ code: w.code, message: w.message })),
      explanation: d.explanation,
    },
    days,
    ...(status === undefined
      ? {}
      : {
          status: {
            asOf: status.asOf,
            state: status.state,
            semaforo: status.semaforo,
            elapsedBusinessDays: status.elapsedBusinessDays,
            remainingBusinessDays: status.remainingBusinessDays,
            answeredOn: status.answeredOn,
            onTime: status.onTime,
            responseBusinessDays: status.responseBusinessDays,
            consequences: status.consequences.map((c) => ({
              type: c.type,
              since: c.since,
              ...(c.deadline === undefined ? {} : { deadline: c.deadline }),
              description: c.description,
            })),
            alerts: status.alerts,
            priority: status.priority,
          },
        }),
  };
}

/**
 * Runs `pqrsd vencimiento`. Returns the exit code.
 *
 * @example
 * ```ts no-run
 * await vencimientoCommand(['--tipo', 'peticion', '--radicado', '2026-11-27'], io); //=> 0
 * ```
 */
export async function vencimientoCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, VENCIMIENTO_SPEC);
  if (args.help) {
    await write(io.stdout, formatHelp(VENCIMIENTO_SPEC));
    return EXIT.OK;
  }
  const tipoRaw = stringFlag(args, 'tipo');
  const radicadoRaw = stringFlag(args, 'radicado');
  if (tipoRaw === undefined || radicadoRaw === undefined) {
    throw usage('faltan --tipo <tipo> y --radicado <fecha> (vea pqrsd vencimiento --ayuda)');
  }
  const type = enumFlag<RequestType>(tipoRaw, 'tipo', REQUEST_TYPES, 'un tipo de solicitud');
  const regimeRaw = stringFlag(args, 'regimen');
  const regime =
    regimeRaw === undefined
      ? undefined
      : enumFlag<RegimeInput>(regimeRaw, 'regimen', [...REGIMES, 'auto'], 'un régimen');
  const events: LifecycleEvent[] = [];
  const respuesta = stringFlag(args, 'respuesta');
  const resultadoRaw = stringFlag(args, 'resultado');
  const outcome =
    resultadoRaw === undefined
      ? undefined
      : enumFlag<Outcome>(resultadoRaw, 'resultado', OUTCOMES, 'un resultado');
  if (respuesta !== undefined) {
    const date = dateArgument(respuesta, '--respuesta', true) as IsoDate;
    events.push(outcome === undefined ? { type: 'respuesta', date } : { type: 'respuesta', date, outcome });
  } else if (outcome !== undefined) {
    throw usage('--resultado requiere --respuesta <fecha>');
  }
  const priority = listFlag(args, 'prioridad').map((p) =>
    enumFlag<PriorityFlag>(p, 'prioridad', PRIORITY_FLAGS, 'una condición de atención prioritaria'),
  );
  const request: PqrsdRequest = {
    type,
    receivedAt: dateFlag(radicadoRaw, 'radicado'),
    ...(regime === undefined ? {} : { regime }),
    ...(events.length > 0 ? { events } : {}),
    ...(priority.length > 0 ? { priority } : {}),
  };
  const corteRaw = stringFlag(args, 'corte');
  const asOf = corteRaw === undefined ? undefined : (dateArgument(corteRaw, '--corte', true) as IsoDate);
  const deadline = computeDeadline(request);
  const status = asOf === undefined ? undefined : requestStatus(request, asOf);
  const due = deadline.dueDate;
  const days = due === null ? [] : explain(deadline.termStart, due);

  if (booleanFlag(args, 'json')) {
    await write(io.stdout, jsonOutputText('vencimiento', vencimientoJson(deadline, days, status)));
    return EXIT.OK;
  }

  const rule = deadline.rule;
  const term = rule.term;
  const termText =
    term === null
      ? 'sin término legal'
      : `${term.amount} ${term.unit === 'dias_habiles' ? 'días hábiles' : term.unit === 'meses' ? 'meses calendario' : 'horas'}`;
  const lines: string[] = [];
  lines.push(`${rule.name} · tipo ${deadline.type} · régimen ${deadline.regime}`);
  lines.push(`Radicada: ${longDate(deadline.receivedDate)}`);
  lines.push(
    due === null
      ? 'Vence:    la ley no fija término para este tipo de solicitud'
      : `Vence:    ${longDate(due)}, a la medianoche (Ley 4 de 1913 arts. 59-60)`,
  );
  lines.push(`Regla ${rule.id}: ${termText}`);
  for (const c of rule.citations) lines.push(`  ${c.norma}, ${c.articulo} [${c.confidence}] ${c.url}`);
  if (deadline.maxDueDate !== null && deadline.maxDueDate !== due) {
    lines.push(
      `Con prórroga (notificada antes del vencimiento), a lo sumo hasta el ${longDate(deadline.maxDueDate)}`,
    );
  }
  let out = `${lines.join('\n')}\n\n`;
  if (due !== null) {
    out += monthCalendar(deadline.receivedDate, days, due, term?.unit === 'dias_habiles');
    const calendar = getNationalCalendar();
    const holidays = days.filter((d) => d.reason === 'festivo');
    if (holidays.length > 0) {
      out += '\nFestivos en el término:\n';
      for (const h of holidays) {
        for (const info of calendar.dayInfo(h.date).holidays) {
          out += `  ${h.date}  ${info.name} (${info.law}${info.movedFrom ? `, trasladado desde el ${info.movedFrom}` : ''})\n`;
        }
      }
    }
  }
  if (status !== undefined) out += `\n${statusLine(status)}\n`;
  for (const c of status?.consequences ?? []) out += `  consecuencia: ${c.description}\n`;
  for (const a of status?.alerts ?? []) out += `  alerta (${SEVERITY_LABELS[a.severity]}): ${a.message}\n`;
  if (deadline.warnings.length > 0) {
    out += '\nAdvertencias:\n';
    for (const w of deadline.warnings) out += `  ${w.code}: ${w.message}\n`;
  }
  out += `\nExplicación:\n${deadline.explanation
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;
  if (asOf === undefined) out += '\n(Para ver el estado a una fecha, agregue --corte AAAA-MM-DD.)\n';
  await write(io.stdout, out);
  return EXIT.OK;
}
