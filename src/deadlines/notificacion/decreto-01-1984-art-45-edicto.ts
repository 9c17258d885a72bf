/**
 * The edicto (Decreto 01 de 1984 art. 45, the Código Contencioso Administrativo before the CPACA):
 * "Si no se pudiere hacer la notificación personal al cabo de cinco (5) días del envío de la citación,
 * se fijará edicto en lugar público del respectivo despacho, por el término de diez (10) días, con
 * inserción de la parte resolutiva de la providencia." The recursos ran from its removal (art. 51:
 * "dentro de los cinco (5) días siguientes a ella, o a la desfijación del edicto"). The SUI still lists
 * it (Formato A, tipo de notificación 2). pqrsd reads a `notificacion` with `via: 'edicto'` as the day
 * it took effect (the removal), as recorded. The CPACA "sólo se aplicará a los procedimientos y las
 * actuaciones administrativas que se inicien [...] con posterioridad a la entrada en vigencia" (art.
 * 308, from 2012-07-02) and has the aviso (art. 69) instead of the edicto, so an edicto on a request
 * received on or after that day is reported (`NOTIFICACION_POR_EDICTO`), never recomputed.
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
