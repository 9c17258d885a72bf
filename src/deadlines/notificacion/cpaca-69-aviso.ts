/**
 * CPACA art. 69 (R-NOT-AVISO): "Si no pudiere hacerse la notificación personal al cabo de los cinco
 * (5) días del envío de la citación, esta se hará por medio de aviso", with the warning "de que la
 * notificación se considerará surtida al finalizar el día siguiente al de la entrega del aviso en el
 * lugar de destino"; with the address unknown, the aviso is published "por el término de cinco (5)
 * días" and the notification is "surtida al finalizar el día siguiente al retiro del aviso".
 *
 * "El día siguiente" is a día hábil (Ley 4 de 1913 art. 62: in the plazos de días of the laws the
 * feriados are suppressed) under the default policy `avisoSurtidaDay: 'habil'`; `'calendario'` takes
 * the next calendar day. Either way the notification takes effect at the end of that day: the
 * engine's `notifiedOn` is that day, and the recurso term counts from the day after.
 *
 * @internal
 * @module
 */

import type { BusinessCalendar } from '../../calendar/index.js';
import type { Policies } from '../policies.js';
import { cpacaCitation } from './citations.js';

/** Días hábiles after the citación before the aviso (art. 69 inc. 1). @internal */
export const AVISO_WAIT_DAYS = 5;

/** Días hábiles a published aviso stays published (art. 69 inc. 2). @internal */
export const AVISO_PUBLICATION_DAYS = 5;

/** CPACA art. 69. @internal */
export const CPACA_ART_69 = cpacaCitation('art. 69');

/** The last day the person may still appear after a citación sent on `cited`; the aviso follows. @internal */
export function appearanceEndDay(cal: BusinessCalendar, cited: number): number {
  return cal.addBusinessDaysNumber(cited, AVISO_WAIT_DAYS);
}

/** The removal of an aviso published on `published`, after its 5 días hábiles. @internal */
export function publicationEndDay(cal: BusinessCalendar, published: number): number {
  return cal.addBusinessDaysNumber(published, AVISO_PUBLICATION_DAYS);
}

/** The day an aviso delivered (or removed) on `day` takes effect, at its end. @internal */
export function avisoSurtidaDay(cal: BusinessCalendar, day: number, policies: Policies): number {
  return policies.avisoSurtidaDay === 'calendario' ? day + 1 : cal.addBusinessDaysNumber(day, 1);
}
