/**
 * Which window a recurso has: the queja (CPACA art. 74), a utility's recurso (Ley 142 art. 154 or
 * CPACA art. 76, policy `spdRecursoTerm`), any other recurso (CPACA art. 76). The window ends
 * `days` business days of the entity calendar after the notification, so it always ends on a business
 * day.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import type { RecursoKind, Regime } from '../../domain.js';
import type { Citation } from '../../rules/types.js';
import type { Policies } from '../policies.js';
import { CPACA_ART_74, QUEJA_DAYS } from './cpaca-74-queja.js';
import { CPACA_ART_76, CPACA_RECURSO_DAYS } from './cpaca-76-termino.js';
import { spdRecursoWindow } from './ley-142-art-154-termino.js';

/** The window of a recurso. @internal */
export interface RecursoWindow {
  readonly days: number;
  readonly citation: Citation;
}

const QUEJA: RecursoWindow = Object.freeze({ days: QUEJA_DAYS, citation: CPACA_ART_74 });
const GENERAL: RecursoWindow = Object.freeze({ days: CPACA_RECURSO_DAYS, citation: CPACA_ART_76 });

/** The window of a recurso of `kind` under `regime` (shared frozen objects). @internal */
export function recursoWindow(kind: RecursoKind | null, regime: Regime, policies: Policies): RecursoWindow {
  if (kind === 'queja') return QUEJA;
  if (regime === 'servicios_publicos') return spdRecursoWindow(policies);
  return GENERAL;
}

/** The last day to file: `days` business days after the notification. @internal */
export function windowEnd(cal: BusinessCalendar, notified: number, w: RecursoWindow): number {
  return cal.addBusinessDaysNumber(notified, w.days);
}
