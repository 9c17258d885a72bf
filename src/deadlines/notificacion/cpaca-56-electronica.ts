/**
 * CPACA art. 56 (Ley 2080 de 2021; R-NOT-ELECTRONICA): "Las autoridades podrán notificar sus actos a
 * través de medios electrónicos, siempre que el administrado haya aceptado este medio de
 * notificación"; "La notificación quedará surtida a partir de la fecha y hora en que el administrado
 * acceda a la misma, hecho que deberá ser certificado por la administración". The date of a
 * `notificacion` with `via: 'electronica'` is the certified access, not the sending.
 *
 * @internal
 * @module
 */

import { CPACA_ART_56 } from './citations.js';

export { CPACA_ART_56 };

/** The trace line of an electronic notification. @internal */
export function electronicMessage(day: string): string {
  return `Notificación electrónica surtida el ${day}: fecha del acceso certificado del destinatario al acto (CPACA art. 56; requiere que haya aceptado este medio).`;
}
