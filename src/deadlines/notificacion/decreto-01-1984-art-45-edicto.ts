/**
 * The edicto (Decreto 01 de 1984 art. 45, the Código Contencioso Administrativo before the CPACA):
 * when the personal notification failed five días after the citación, an edicto was fixed for ten
 * días; the notification took effect when it was removed. The SUI still lists it (Formato A, tipo de
 * notificación 2). pqrsd reads a `notificacion` with `via: 'edicto'` as the day it took effect (the
 * removal), as recorded; the CPACA replaced the edicto by the aviso (art. 69) for the actuaciones
 * begun from 2012-07-02 (art. 308), so an edicto on a request received on or after that day is
 * reported (`NOTIFICACION_POR_EDICTO`), never recomputed.
 *
 * @internal
 * @module
 */

import { CPACA_IN_FORCE, DECRETO_01_ART_45 } from './citations.js';

export { CPACA_IN_FORCE, DECRETO_01_ART_45 };

/** The trace line of an edicto. @internal */
export function edictoMessage(day: string): string {
  return `Notificación por edicto surtida el ${day} (Decreto 01 de 1984 art. 45).`;
}
