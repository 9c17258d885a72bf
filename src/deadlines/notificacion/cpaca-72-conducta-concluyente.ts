/**
 * CPACA art. 72: without the requirements of the notification "no se tendrá por hecha la
 * notificación, ni producirá efectos legales la decisión, a menos que la parte interesada revele que
 * conoce el acto, consienta la decisión o interponga los recursos legales". The date of a
 * `notificacion` with `via: 'conducta_concluyente'` is the day the person showed that knowledge; a
 * recurso filed on or after the decision when no notification is recorded is that conduct too: the
 * notification and the recursos parts of the status both take its filing day as the notification
 * (the window counts from it and the recurso is in time, CPACA arts. 76 and 78).
 *
 * @internal
 * @module
 */

import { cpacaCitation } from './citations.js';

/** CPACA art. 72. @internal */
export const CPACA_ART_72 = cpacaCitation('art. 72');

/** The trace line of a notification by conducta concluyente. @internal */
export function conductaMessage(day: string): string {
  return `Notificación por conducta concluyente el ${day}: el interesado reveló que conoce el acto, lo consintió o interpuso los recursos (CPACA art. 72).`;
}

/**
 * The day a recurso notifies the decision by conducta concluyente: the day it was filed, when that is
 * on or after the decision and no notification is recorded; else `null`. @internal
 */
export function recursoConductDay(
  decided: number,
  notified: number | null,
  filed: number | null,
): number | null {
  return filed !== null && filed >= decided && notified === null ? filed : null;
}
