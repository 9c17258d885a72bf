/**
 * The trace lines of the recursos (CPACA arts. 74, 76 and 78; Ley 142 de 1994 art. 154 under policy
 * `spdRecursoTerm`): which window applies, when it ends and whether the recurso came in time. Added
 * to the trace only when a recurso was recorded against an answered request, so the trace of any
 * other request is unchanged.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import { toDayNumber } from '../../calendar/index.js';
import type { Citation } from '../../rules/types.js';
import { fmt } from '../format-day.js';
import { CPACA_ART_72, recursoConductDay } from '../notificacion/cpaca-72-conducta-concluyente.js';
import type { DeadlineResult, TraceEntry } from '../types.js';
import type { RecursoChain } from './chain.js';
import { CPACA_ART_74, QUEJA_DAYS } from './cpaca-74-queja.js';
import { CPACA_ART_78, recursoOnTime } from './cpaca-78-rechazo.js';
import { recursoWindow, windowEnd } from './window.js';

const cited = (c: Citation): string => `${c.norma} ${c.articulo}`;

/** The recurso lines of a deadline's trace (empty without a recurso or an answer). @internal */
export function recursoTrace(
  d: DeadlineResult,
  chain: RecursoChain | null | undefined,
  cal: BusinessCalendar,
): TraceEntry[] {
  if (chain == null || d.closure?.kind !== 'respuesta') return [];
  const out: TraceEntry[] = [];
  const notified = d.notifiedOn === null ? null : toDayNumber(d.notifiedOn);
  if (chain.filed !== null) {
    if (d.regime === 'servicios_publicos' && chain.kind !== 'queja') {
      out.push({
        kind: 'politica',
        message:
          d.policies.spdRecursoTerm === 'cpaca'
            ? 'Política spdRecursoTerm = cpaca: el recurso ante la empresa de servicios públicos se interpone en el término del CPACA art. 76 (10 días hábiles).'
            : 'Política spdRecursoTerm = ley_142: el recurso ante la empresa de servicios públicos se interpone en el término de la Ley 142 de 1994 art. 154 (5 días hábiles).',
      });
    }
    const w = recursoWindow(chain.kind, d.regime, d.policies);
    const conduct = recursoConductDay(toDayNumber(d.closure.date), notified, chain.filed);
    out.push(
      conduct === null
        ? filedLine(chain.filed, notified, w.days, w.citation, cal)
        : conductLine(conduct, w.days, w.citation, cal),
    );
  }
  if (chain.quejaOn !== null) {
    const base = chain.decisionNotifiedOn ?? notified;
    out.push(filedLine(chain.quejaOn, base, QUEJA_DAYS, CPACA_ART_74, cal));
  }
  return out;
}

/**
 * The recurso filed without a recorded notification notifies the decision by conducta concluyente
 * (CPACA art. 72): the window runs from its filing day, and the recurso is in time.
 */
function conductLine(filed: number, days: number, citation: Citation, cal: BusinessCalendar): TraceEntry {
  const end = windowEnd(cal, filed, { days, citation });
  return {
    kind: 'evento',
    message: `Término para recurrir: ${days} días hábiles desde el ${fmt(filed)}, hasta el ${fmt(end)} (${cited(citation)}): sin notificación registrada, el recurso de ese día notifica la decisión por conducta concluyente (${cited(CPACA_ART_72)}) y es oportuno.`,
    date: fmt(end),
    citation: CPACA_ART_72,
  };
}

/** One line: the window from `base`, its end and whether `filed` is within it. */
function filedLine(
  filed: number,
  base: number | null,
  days: number,
  citation: Citation,
  cal: BusinessCalendar,
): TraceEntry {
  if (base === null) {
    return {
      kind: 'evento',
      message: `Término para recurrir: ${days} días hábiles desde la notificación (${cited(citation)}); sin notificación registrada no corre, y el recurso del ${fmt(filed)} se tiene por oportuno.`,
      date: fmt(filed),
      citation,
    };
  }
  const end = windowEnd(cal, base, { days, citation });
  if (recursoOnTime(filed, end)) {
    return {
      kind: 'evento',
      message: `Término para recurrir: ${days} días hábiles desde la notificación del ${fmt(base)}, hasta el ${fmt(end)} (${cited(citation)}); el recurso del ${fmt(filed)} es oportuno.`,
      date: fmt(end),
      citation,
    };
  }
  return {
    kind: 'evento',
    message: `Término para recurrir: ${days} días hábiles desde la notificación del ${fmt(base)}, hasta el ${fmt(end)} (${cited(citation)}); el recurso del ${fmt(filed)} es extemporáneo y debe rechazarse (${cited(CPACA_ART_78)}).`,
    date: fmt(end),
    citation: CPACA_ART_78,
  };
}
