/**
 * One request → one row of the SUI Formato A report of a month (Resolución SSPD 20151300054575 de
 * 2015, Anexo A; SECONDARY, see `formato-a.ts`), and the check of a row against the catalogue.
 *
 * Which requests a month reports: those filed in the month, those answered in the month, and those
 * still pending at the month's last day (the implementations read say so of the resolución's art. 1:
 * NOT CONFIRMED verbatim). Everything is as of the month's last day: an answer or a notificación
 * dated later is not in this month's report (the request is pending in it).
 *
 * @module
 */

import { fromDayNumber, type IsoDate, isIsoDate, parseIsoDate, toDayNumber } from '../../calendar/index.js';
import { statusOrEarlyCutOff } from '../../deadlines/status.js';
import type { NotificationVia, Outcome, RequestType } from '../../domain.js';
import type { PqrsdRecord } from '../../schema/index.js';
import { usage } from '../io.js';
import { normalizeDateCell } from '../mapping.js';
import {
  SUI_CAUSAL_GROUPS,
  SUI_COLUMNS,
  SUI_NOTIFICACION_NO_APLICA,
  SUI_NOTIFICACION_OF,
  SUI_RESPUESTA_OF,
  SUI_TIPO_NOTIFICACION,
  SUI_TIPO_RESPUESTA,
  SUI_TIPO_TRAMITE,
  SUI_TRAMITE_OF,
  SUI_UNANSWERED,
  type SuiColumnKey,
  type SuiNotificacionCode,
  type SuiRespuestaCode,
  type SuiTramiteCode,
  suiDate,
} from './formato-a.js';

/**
 * A reporting month.
 *
 * @example
 * ```ts
 * const m: SuiMonth = { label: '2026-03', first: '2026-03-01' as IsoDate, last: '2026-03-31' as IsoDate };
 * ```
 */
export interface SuiMonth {
  /** `AAAA-MM`. */
  readonly label: string;
  /** Its first day. */
  readonly first: IsoDate;
  /** Its last day: the cut-off of the report. */
  readonly last: IsoDate;
}

/**
 * Reads `--mes AAAA-MM`. Throws the usage error (exit 2), quoting what was written, otherwise.
 *
 * @example
 * ```ts
 * parseSuiMonth('2026-02').last; //=> '2026-02-28'
 * ```
 */
export function parseSuiMonth(raw: string): SuiMonth {
  const m = /^(\d{4})-(\d{2})$/.exec(raw.trim());
  const month = m === null ? 0 : Number(m[2]);
  if (m === null || month < 1 || month > 12) {
    throw usage(`--mes «${raw}» no es un mes AAAA-MM (p. ej. --mes 2026-03)`);
  }
  const first = parseIsoDate(`${m[1]}-${m[2]}-01`);
  const next =
    month === 12 ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${String(month + 1).padStart(2, '0')}-01`;
  return { label: `${m[1]}-${m[2]}`, first, last: fromDayNumber(toDayNumber(next) - 1) };
}

/**
 * Options of {@link suiRowOf}.
 *
 * @example
 * ```ts
 * const o: SuiRowOptions = { month: parseSuiMonth('2026-03'), dane: '05001000' };
 * ```
 */
export interface SuiRowOptions {
  /** The month reported. */
  readonly month: SuiMonth;
  /** DANE code (5 or 8 digits) for rows whose own columns and seccional have none. */
  readonly dane?: string | undefined;
  /** The tipo de trámite a `peticion` is reported as (policy; none by default). */
  readonly peticionComo?: SuiTramiteCode | undefined;
  /** What an empty cell is written as (default `''`). */
  readonly empty?: string | undefined;
}

/**
 * The cells of the registry's own Formato A columns (causal, cuenta, factura…), raw, by column.
 *
 * @example
 * ```ts
 * const e: SuiExtras = { causal: 'F', detalle_de_causal: '102' };
 * ```
 */
export type SuiExtras = Readonly<Partial<Record<SuiColumnKey, string>>>;

/**
 * Where a request stands in a month's report.
 *
 * - `fila`: in the report (`why`: filed in the month, answered in it, or pending at its end), with the
 *   16 cells, the warnings of the row (cells the registry cannot fill) and its notes (what the summary
 *   lists with the row's line: the registry's tipo de notificación kept against its own events);
 * - `otro_mes`: filed after the month, or answered before it;
 * - `fuera`: not a Formato A request (a sugerencia, another regime…);
 * - `invalida`: cannot be expressed (the reasons).
 *
 * @example
 * ```ts
 * const r: SuiRowResult = { kind: 'otro_mes', reason: 'radicada después del mes' };
 * ```
 */
export type SuiRowResult =
  | {
      readonly kind: 'fila';
      readonly why: 'radicada' | 'respondida' | 'pendiente';
      readonly cells: readonly string[];
      readonly warnings: readonly string[];
      readonly notes: readonly string[];
    }
  | { readonly kind: 'otro_mes'; readonly reason: string }
  | { readonly kind: 'fuera'; readonly reason: string }
  | { readonly kind: 'invalida'; readonly reasons: readonly string[] };

/** The code of a code table that a raw cell names (by code, or by its label). */
function codeOf<K extends string>(
  table: Readonly<Record<K, { readonly label: string }>>,
  raw: string | undefined,
): K | undefined {
  const v = (raw ?? '').trim();
  if (v === '') return undefined;
  const plain = v.replace(/\.0+$/, '');
  if (Object.hasOwn(table, plain)) return plain as K;
  const t = fold(v);
  for (const [k, e] of Object.entries(table) as [K, { readonly label: string }][]) {
    if (fold(e.label) === t) return k;
  }
  return undefined;
}

function fold(v: string): string {
  return v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The three DANE codes of a row: its own columns, else its seccional, else the default. */
function daneOf(record: PqrsdRecord, extras: SuiExtras, fallback: string | undefined): string[] | string {
  const own = (extras.codigo_centro_poblado ?? '').trim() || (extras.codigo_municipio ?? '').trim();
  const seccional = (record.seccional ?? '').trim();
  const code = /^\d{5}(\d{3})?$/.test(own)
    ? own
    : /^\d{5}(\d{3})?$/.test(seccional)
      ? seccional
      : (fallback ?? '');
  if (code === '') {
    return 'sin código DANE: la fila no trae Código Municipio ni Centro Poblado y su seccional no es un código DANE (use --dane)';
  }
  // DIVIPOLA: the cabecera municipal is centro poblado «municipio + 000» (a reading of ours).
  const cp = code.length === 8 ? code : `${code}000`;
  return [cp.slice(0, 2), cp.slice(0, 5), cp];
}

/** The tipo de trámite of a request, or why it has none. */
function tramiteOf(
  type: RequestType,
  extras: SuiExtras,
  peticionComo: SuiTramiteCode | undefined,
): { code: SuiTramiteCode } | { fuera: string } | { invalida: string } {
  const raw = codeOf(SUI_TIPO_TRAMITE, extras.tipo_de_tramite);
  // The registry's own code when it says the same type (keeps 4 and 5 apart).
  if (raw !== undefined && SUI_TIPO_TRAMITE[raw].pqrsd === type) return { code: raw };
  const entry: { readonly code: SuiTramiteCode | null; readonly reason?: string; readonly policy?: boolean } =
    SUI_TRAMITE_OF[type];
  if (entry.code !== null) return { code: entry.code };
  if (entry.policy === true) {
    return peticionComo === undefined ? { invalida: `tipo: ${entry.reason}` } : { code: peticionComo };
  }
  return { fuera: `tipo ${type}: ${entry.reason}` };
}

/** The tipo de respuesta of an outcome, keeping the registry's own code when it says the same. */
function respuestaOf(outcome: Outcome, recurso: boolean, extras: SuiExtras): SuiRespuestaCode {
  const raw = codeOf(SUI_TIPO_RESPUESTA, extras.tipo_respuesta);
  if (raw !== undefined && SUI_TIPO_RESPUESTA[raw].pqrsd === outcome) return raw;
  const entry = SUI_RESPUESTA_OF[outcome];
  return recurso ? entry.recurso : entry.tramite;
}

/** A date cell of the registry's own columns, as `AAAA-MM-DD`, or `undefined` if empty or unreadable. */
function extraDate(raw: string | undefined): string | undefined | null {
  const v = normalizeDateCell(raw ?? '');
  if (v === undefined) return undefined;
  const day = v.slice(0, 10);
  return isIsoDate(day) ? day : null;
}

/**
 * The Formato A row of a validated request for a month, or where it stands instead. The request's
 * regime must be `servicios_publicos` or absent (read as `servicios_publicos`, Ley 142 arts.
 * 152-159); its state is computed as of the month's last day.
 *
 * @example
 * ```ts
 * const r = suiRowOf(
 *   { radicado: 'R-1', type: 'reclamo', receivedAt: '2026-03-31', channel: 'otro', subject: 'x',
 *     petitioner: { kind: 'anonima' } } as never,
 *   {},
 *   { month: parseSuiMonth('2026-03'), dane: '05001' },
 * );
 * r.kind === 'fila' && r.cells.slice(0, 6); //=> ['05', '05001', '05001000', 'R-1', '31-03-2026', '1']
 * ```
 */
export function suiRowOf(record: PqrsdRecord, extras: SuiExtras, options: SuiRowOptions): SuiRowResult {
  const { month } = options;
  const empty = options.empty ?? '';
  const regime = record.regime;
  if (regime !== undefined && regime !== 'auto' && regime !== 'servicios_publicos') {
    return {
      kind: 'fuera',
      reason: `régimen ${regime}: el Formato A reporta PQR de servicios públicos (Ley 142 arts. 152-159)`,
    };
  }
  const tramite = tramiteOf(record.type, extras, options.peticionComo);
  if ('fuera' in tramite) return { kind: 'fuera', reason: tramite.fuera };
  const reasons: string[] = [];
  if ('invalida' in tramite) reasons.push(tramite.invalida);
  const request = { ...record, regime: 'servicios_publicos' as const };
  const status = statusOrEarlyCutOff(request, month.last);
  if ('message' in status) return { kind: 'otro_mes', reason: `radicada después de ${month.label}` };
  const received = status.deadline.receivedCivilDate;
  const closure = status.deadline.closure;
  let answered: string | null = status.answeredOn;
  let code: SuiRespuestaCode;
  const recurso = record.type === 'recurso';
  if (closure?.kind === 'respuesta' && answered !== null) {
    if (closure.outcome === undefined) {
      reasons.push(
        `resultado: la respuesta del ${answered} no dice su sentido, y el Formato A lo exige (tipo de respuesta)`,
      );
      code = '1';
    } else code = respuestaOf(closure.outcome, recurso, extras);
  } else if (closure?.kind === 'traslado') code = '8';
  else if (status.state === 'desistida') {
    // Express desistimiento (CPACA art. 18) or tácito (art. 17): the entity archives.
    code = '11';
    answered ??=
      status.consequences.find((c) => c.type === 'desistimiento_tacito')?.since ?? closure?.date ?? null;
  } else {
    // No answer at the month's end: «sin respuesta» once the term has expired, else «pendiente» (a
    // reading of ours: the Anexo's labels as reported do not say where one ends).
    code = status.state === 'vencida' ? '10' : '9';
  }
  const pending = SUI_UNANSWERED.includes(code);
  if (!pending && answered !== null && answered < month.first) {
    return { kind: 'otro_mes', reason: `respondida antes de ${month.label} (${answered})` };
  }
  const why = received >= month.first ? 'radicada' : pending ? 'pendiente' : 'respondida';

  const dane = daneOf(record, extras, options.dane);
  if (typeof dane === 'string') reasons.push(dane);
  const warnings: string[] = [];
  const cell = (key: SuiColumnKey): string => {
    const v = (extras[key] ?? '').trim();
    return v === '' ? empty : v;
  };
  const causal = cell('causal');
  const detalle = cell('detalle_de_causal');
  if (causal === empty || detalle === empty) warnings.push('sin causal o detalle de causal');
  const cuenta = cell('numero_de_cuenta');
  if (cuenta === empty) warnings.push('sin número de cuenta');
  let notification: SuiNotificacionCode | undefined;
  let notifiedOn = '';
  let radicadoRespuesta = empty;
  const notes: string[] = [];
  if (pending) notification = SUI_NOTIFICACION_NO_APLICA;
  else {
    // The notification part of the status: the recorded one, or the recurso that notified by
    // conducta concluyente (CPACA art. 72); only when it took effect by the month's end.
    const n = status.notification?.notifiedOn ?? status.deadline.notifiedOn;
    const inMonth = n !== null && answered !== null && n >= answered && n <= month.last;
    if (inMonth) notifiedOn = n;
    const type = notificationType(extras, inMonth ? (status.notification?.via ?? null) : null);
    notification = type.code;
    if (type.note !== undefined) notes.push(type.note);
    if (notification === undefined) warnings.push('sin tipo de notificación');
    if (!inMonth) warnings.push('sin fecha de notificación');
    radicadoRespuesta = cell('radicado_respuesta');
    if (radicadoRespuesta === empty) warnings.push('sin radicado de la respuesta');
  }
  const traslado = extraDate(extras.fecha_traslado_a_la_sspd);
  if (traslado === null) {
    reasons.push(`fecha_traslado_a_la_sspd: «${extras.fecha_traslado_a_la_sspd}» no es una fecha`);
  }
  if (reasons.length > 0 || 'invalida' in tramite || typeof dane === 'string' || traslado === null) {
    return { kind: 'invalida', reasons };
  }
  const d = dane;
  const cells = [
    d[0]!,
    d[1]!,
    d[2]!,
    record.radicado,
    suiDate(received),
    tramite.code,
    causal,
    detalle,
    cuenta,
    cell('numero_o_identificador_de_factura'),
    code,
    pending || answered === null ? empty : suiDate(answered),
    radicadoRespuesta,
    notifiedOn === '' ? empty : suiDate(notifiedOn),
    notification ?? empty,
    traslado === undefined || traslado > month.last ? empty : suiDate(traslado),
  ];
  const problems = validateSuiRow(cells, empty);
  if (problems.length > 0) return { kind: 'invalida', reasons: problems };
  return { kind: 'fila', why, cells, warnings, notes };
}

/**
 * The tipo de notificación of a row: the registry's own code, else the one of the route the engine
 * knows ({@link SUI_NOTIFICACION_OF}); when both exist and disagree, the registry's, with a note.
 */
function notificationType(
  extras: SuiExtras,
  via: NotificationVia | null,
): { code: SuiNotificacionCode | undefined; note?: string } {
  const own = codeOf(SUI_TIPO_NOTIFICACION, extras.tipo_de_notificacion);
  const derived = via === null ? undefined : SUI_NOTIFICACION_OF[via].code;
  if (own === undefined) return { code: derived };
  if (derived === undefined || derived === own) return { code: own };
  const label = (c: SuiNotificacionCode) => `${c} (${SUI_TIPO_NOTIFICACION[c].label})`;
  return {
    code: own,
    note:
      `Tipo de Notificación: el registro dice ${label(own)} y sus fechas de notificación, ` +
      `${label(derived)} (${via}); se conserva el del registro`,
  };
}

const SUI_DATE = /^(\d{2})-(\d{2})-(\d{4})$/;

/** `DD-MM-AAAA` → `AAAA-MM-DD` when it is a valid date, else `null`. */
function isoOfSuiDate(v: string): string | null {
  const m = SUI_DATE.exec(v);
  if (m === null) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Checks a Formato A row against the catalogue (SECONDARY, R-SUI-CATALOGOS): 16 cells; DANE codes of
 * 2, 5 and 8 digits that nest; a radicado; dates `DD-MM-AAAA`; the codes of the three tables; a
 * causal group F, P or I; tipo de respuesta 9 or 10 with no answer date, no answer radicado, no
 * notification date and notification 3 «no aplica»; any other with an answer date on or after the
 * filing and a notification date on or after the answer; a traslado to the SSPD only for trámite 5.
 * Returns the problems, each naming its column (none: the row is valid).
 *
 * @example
 * ```ts
 * validateSuiRow(['05', '05001', '05001000', 'R-1', '31-03-2026', '1', 'F', '102', '123', '', '9', '', '', '', '3', '']); //=> []
 * validateSuiRow(['05', '05001', '05001000', 'R-1', '31-03-2026', '7', 'F', '102', '123', '', '9', '', '', '', '3', '']);
 * //=> ['Tipo de Trámite: «7» no es un código del catálogo (1 a 6)']
 * ```
 */
export function validateSuiRow(cells: readonly string[], empty = ''): string[] {
  const problems: string[] = [];
  if (cells.length !== SUI_COLUMNS.length) {
    return [`la fila tiene ${cells.length} columnas y el Formato A ${SUI_COLUMNS.length}`];
  }
  const at = (i: number): string => {
    const v = (cells[i] ?? '').trim();
    return v === empty ? '' : v;
  };
  const name = (i: number): string => SUI_COLUMNS[i]!.name;
  const bad = (i: number, what: string) => problems.push(`${name(i)}: «${cells[i]}» ${what}`);
  const [dep, mun, cp] = [at(0), at(1), at(2)];
  if (!/^\d{2}$/.test(dep)) bad(0, 'no es un código DANE de departamento (2 dígitos)');
  if (!/^\d{5}$/.test(mun) || !mun.startsWith(dep))
    bad(1, 'no es un código DANE de municipio del departamento');
  if (!/^\d{8}$/.test(cp) || !cp.startsWith(mun))
    bad(2, 'no es un código DANE de centro poblado del municipio');
  if (at(3) === '') bad(3, 'vacío: el radicado es obligatorio');
  const filed = isoOfSuiDate(at(4));
  if (filed === null) bad(4, 'no es una fecha DD-MM-AAAA');
  if (!Object.hasOwn(SUI_TIPO_TRAMITE, at(5))) bad(5, 'no es un código del catálogo (1 a 6)');
  const causal = at(6);
  if (causal !== '' && !Object.hasOwn(SUI_CAUSAL_GROUPS, causal))
    bad(6, 'no es un grupo de causal (F, P o I)');
  const detalle = at(7);
  if (detalle !== '' && !/^\d{1,4}$/.test(detalle)) bad(7, 'no es un código de detalle de causal');
  const code = at(10);
  if (!Object.hasOwn(SUI_TIPO_RESPUESTA, code)) bad(10, 'no es un código del catálogo (1 a 11)');
  const notification = at(14);
  if (notification !== '' && !Object.hasOwn(SUI_TIPO_NOTIFICACION, notification)) {
    bad(14, 'no es un código del catálogo (1 a 5)');
  }
  const answeredRaw = at(11);
  const notifiedRaw = at(13);
  if ((SUI_UNANSWERED as readonly string[]).includes(code)) {
    if (answeredRaw !== '') bad(11, 'sobra: una PQR sin respuesta (9 o 10) no tiene fecha de respuesta');
    if (at(12) !== '') bad(12, 'sobra: una PQR sin respuesta (9 o 10) no tiene radicado de respuesta');
    if (notifiedRaw !== '') bad(13, 'sobra: una PQR sin respuesta (9 o 10) no tiene notificación');
    if (notification !== SUI_NOTIFICACION_NO_APLICA)
      bad(14, 'debe ser 3 (no aplica) con tipo de respuesta 9 o 10');
  } else if (Object.hasOwn(SUI_TIPO_RESPUESTA, code)) {
    const answered = isoOfSuiDate(answeredRaw);
    if (answered === null) bad(11, 'no es una fecha DD-MM-AAAA (obligatoria con respuesta)');
    else if (filed !== null && answered < filed) bad(11, 'es anterior a la fecha de radicación');
    if (notifiedRaw !== '') {
      const notified = isoOfSuiDate(notifiedRaw);
      if (notified === null) bad(13, 'no es una fecha DD-MM-AAAA');
      else if (answered !== null && notified < answered) bad(13, 'es anterior a la fecha de respuesta');
    }
  }
  const traslado = at(15);
  if (traslado !== '') {
    if (isoOfSuiDate(traslado) === null) bad(15, 'no es una fecha DD-MM-AAAA');
    if (at(5) !== '5') bad(15, 'solo aplica al trámite 5 (reposición y subsidiario de apelación)');
  }
  return problems;
}
