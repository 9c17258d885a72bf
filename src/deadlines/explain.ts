/**
 * Lazy trace and Spanish explanation of a computed deadline.
 *
 * @internal
 * @module
 */

import { type IsoDate, toDayNumber, weekday } from '../calendar/index.js';
import { DECRETO_491_2020, EMERGENCY_FIRST_DAY } from '../rules/decreto-491-2020.js';
import type { Citation } from '../rules/types.js';
import { isNotifiedSilence } from './policies.js';
import { recursoTrace } from './recursos/trace.js';
import { TermCalendar } from './term-calendar.js';
import { materializeEffect, type TraceContext } from './trace-context.js';
import type { DeadlineResult, TraceEntry } from './types.js';

const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];

const REGIME_NAMES: Readonly<Record<string, string>> = {
  cpaca: 'CPACA (Ley 1437 de 2011, Título II sustituido por Ley 1755 de 2015)',
  emergencia_2020: 'Emergencia sanitaria (Decreto Legislativo 491 de 2020 art. 5)',
  servicios_publicos: 'Servicios públicos domiciliarios (Ley 142 de 1994; Decreto 2150 de 1995)',
  habeas_data: 'Hábeas data (Ley 1581 de 2012)',
  consumo: 'Protección al consumidor (Ley 1480 de 2011)',
};

/** Request types as people say them (the explanation never shows a raw code). */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  peticion: 'petición',
  queja: 'queja',
  reclamo: 'reclamo',
  sugerencia: 'sugerencia',
  denuncia: 'denuncia',
  peticion_documentos: 'petición de documentos',
  acceso_informacion: 'acceso a la información pública',
  consulta: 'consulta',
  peticion_autoridad: 'petición entre autoridades',
  solicitud_congresista: 'solicitud de congresista',
  recurso: 'recurso',
  felicitacion: 'felicitación',
};

/** Legal consequences as people say them. */
const CONSEQUENCE_NAMES: Readonly<Record<string, string>> = {
  aceptacion_documentos: 'Aceptación de la petición de documentos',
  silencio_administrativo_positivo: 'Silencio administrativo positivo',
  desistimiento_tacito: 'Desistimiento tácito',
  indicio_grave: 'Indicio grave',
  falta_disciplinaria: 'Falta disciplinaria',
  silencio_administrativo_negativo: 'Silencio administrativo negativo',
  mala_conducta: 'Mala conducta',
};

/** `viernes 2026-11-27`. */
export function longDate(date: string): string {
  return `${WEEKDAYS[weekday(date) - 1]} ${date}`;
}

function cite(c: Citation): string {
  return `${c.norma}, ${c.articulo}`;
}

function termText(d: DeadlineResult): string {
  const t = d.rule.term;
  if (t === null) return 'sin término legal';
  return t.unit === 'meses' ? `${t.amount} meses calendario` : `${t.amount} días hábiles`;
}

/** Builds the trace of a deadline. @internal */
export function buildTrace(d: DeadlineResult, ctx: TraceContext): readonly TraceEntry[] {
  const out: TraceEntry[] = [];
  const regimeCitation = d.regime === 'emergencia_2020' ? DECRETO_491_2020 : undefined;
  out.push({
    kind: 'regimen',
    message: `Régimen ${d.regime}: ${REGIME_NAMES[d.regime]}${ctx.autoRegime ? ' (elegido automáticamente por la fecha de radicación)' : ''}.`,
    ...(regimeCitation === undefined
      ? {}
      : {
          citation: {
            norma: regimeCitation.norma,
            articulo: 'art. 5',
            url: regimeCitation.url,
            vigencia: regimeCitation.vigencia,
            confidence: regimeCitation.confidence,
          },
        }),
  });
  if (ctx.autoRegime && d.regime === 'emergencia_2020' && d.receivedDate < EMERGENCY_FIRST_DAY) {
    out.push({
      kind: 'politica',
      message: `Política emergencyPendingPetitions = ampliar: radicada antes del ${EMERGENCY_FIRST_DAY}, la petición seguía en curso ese día con su término corriendo; el Decreto 491 art. 5 amplió también los términos de las peticiones en curso, y el término ampliado se cuenta desde su recepción.`,
      date: EMERGENCY_FIRST_DAY as IsoDate,
    });
  }
  if (d.fallback) {
    out.push({
      kind: 'regimen',
      message: `El régimen ${d.regime} no fija término propio para «${d.type}»: se aplica el CPACA (Ley 142 art. 153 inc. 2; CPACA arts. 32-33).`,
    });
  }
  const [first, ...rest] = d.rule.citations;
  out.push({
    kind: 'regla',
    message: `${d.rule.id}: ${d.rule.name}: ${termText(d)} [${d.rule.confidence}].`,
    ...(first === undefined ? {} : { citation: first }),
  });
  for (const c of rest) out.push({ kind: 'regla', message: `También: ${cite(c)}.`, citation: c });
  const r = ctx.receipt;
  out.push({
    kind: 'recepcion',
    message: `Recibida el ${longDate(d.receivedCivilDate)}${r.minutes === null ? '' : ` a las ${String(Math.floor(r.minutes / 60)).padStart(2, '0')}:${String(r.minutes % 60).padStart(2, '0')} (hora de Bogotá)`}.`,
    date: d.receivedCivilDate,
  });
  if (r.shifted !== null) {
    out.push({
      kind: 'politica',
      message: `Política receipt = siguiente_dia_habil (CPACA art. 54 inc. 3): ${r.shifted === 'no_habil' ? 'recibida en día no hábil' : `recibida a la hora de cierre (${d.policies.receipt.closingTime}) o después`}; se radica el ${longDate(d.receivedDate)}.`,
      date: d.receivedDate,
    });
  }
  if (d.rule.startPolicy !== undefined) {
    out.push({
      kind: 'politica',
      message: ctx.countsReceiptDay
        ? `Política ${d.rule.startPolicy} = true: el día de recibo (${d.receivedDate}) cuenta como día 1.`
        : `Política ${d.rule.startPolicy}: el término se cuenta desde el día hábil siguiente al recibo.`,
    });
  }
  if (d.rule.extension.kind === 'doble') {
    out.push({
      kind: 'politica',
      message: `Política prorrogaCeiling = ${d.policies.prorrogaCeiling}: ${d.policies.prorrogaCeiling === 'total' ? 'el término total con prórroga no puede superar el doble del inicial' : 'la prórroga puede añadir hasta el doble del término inicial'}.`,
      citation: d.rule.extension.citation,
    });
  }
  if (d.notifiedOn !== null && d.rule.consequences.some((q) => isNotifiedSilence(q.type))) {
    out.push({
      kind: 'politica',
      message: d.policies.silenceCountsNotification
        ? `Política silenceCountsNotification = true: para el silencio cuenta la decisión notificada (${d.notifiedOn}), no solo la fecha de la respuesta.`
        : 'Política silenceCountsNotification = false: para el silencio cuenta la fecha de la respuesta, no la de su notificación.',
      date: d.notifiedOn,
    });
  }
  if (d.dueDate !== null) {
    const tc = ctx.termCalendar ?? new TermCalendar(ctx.calendar, []);
    for (const day of tc.explain(toDayNumber(d.termStart), toDayNumber(d.dueDate))) {
      const what = day.counted
        ? `día ${day.ordinal}`
        : `no se cuenta: ${day.reason === 'fin_de_semana' ? 'fin de semana' : day.reason === 'festivo' ? `festivo (${day.detail})` : day.reason === 'cierre_entidad' ? `cierre de la entidad (${day.detail})` : `suspensión (${day.detail})`}`;
      out.push({ kind: 'dia', message: `${longDate(day.date)}: ${what}.`, date: day.date, day });
    }
  }
  for (const effect of ctx.effects) out.push(materializeEffect(effect));
  for (const line of recursoTrace(d, ctx.recursos, ctx.calendar)) out.push(line);
  for (const w of d.warnings) {
    if (w.event === undefined) out.push({ kind: 'advertencia', message: `${w.code}: ${w.message}` });
  }
  return Object.freeze(out);
}

/** Builds the Spanish multi-line explanation. @internal */
export function buildExplanation(
  d: DeadlineResult,
  _ctx: TraceContext,
  trace: readonly TraceEntry[],
): string {
  const lines: string[] = [];
  lines.push(`Solicitud: ${TYPE_NAMES[d.type] ?? d.type} · régimen ${REGIME_NAMES[d.regime] ?? d.regime}`);
  const c = d.rule.citations[0];
  lines.push(
    `Regla ${d.rule.id}: ${d.rule.name}: ${termText(d)}${c === undefined ? '' : ` (${cite(c)})`} [${d.rule.confidence}]`,
  );
  for (const t of trace) {
    if ((t.kind === 'regimen' && t.message.includes('no fija término propio')) || t.kind === 'recepcion') {
      lines.push(t.message);
    }
    if (t.kind === 'politica') lines.push(t.message);
  }
  if (d.dueDate === null) {
    lines.push('Sin término legal: no hay fecha de vencimiento.');
  } else {
    const skipped = trace.filter((t) => t.kind === 'dia' && t.day?.counted === false);
    const weekends = skipped.filter((t) => t.day?.reason === 'fin_de_semana').length;
    const others = skipped.filter((t) => t.day?.reason !== 'fin_de_semana');
    const counted = trace.filter((t) => t.kind === 'dia' && t.day?.counted === true).length;
    lines.push(
      `Se cuentan ${counted} días hábiles desde el día siguiente al ${d.termStart}; se omiten ${weekends} días de fin de semana${others.length === 0 ? '.' : ' y:'}`,
    );
    for (const t of others) lines.push(`  - ${t.message}`);
    if (d.originalDueDate !== d.dueDate)
      lines.push(`Vencimiento inicial: ${longDate(d.originalDueDate as string)}.`);
    lines.push(`Vence: ${longDate(d.dueDate)}, a la medianoche (Ley 4 de 1913 arts. 59-60).`);
    if (d.maxDueDate !== null && d.maxDueDate !== d.dueDate) {
      lines.push(`Una prórroga válida no puede pasar del ${longDate(d.maxDueDate)}.`);
    }
  }
  const events = trace.filter((t) => t.kind === 'evento');
  if (events.length > 0) {
    lines.push('Eventos:');
    for (const t of events) lines.push(`  - ${t.message}`);
  }
  if (d.warnings.length > 0) {
    lines.push('Advertencias:');
    for (const w of d.warnings) lines.push(`  - [${w.code}] ${w.message}`);
  }
  if (d.rule.consequences.length > 0) {
    lines.push('Si no se responde a tiempo:');
    for (const q of d.rule.consequences)
      lines.push(`  - ${CONSEQUENCE_NAMES[q.type] ?? q.type}: ${q.description} (${cite(q.citation)})`);
  }
  return lines.join('\n');
}
