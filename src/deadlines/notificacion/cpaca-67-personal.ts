/**
 * CPACA art. 67: "Las decisiones que pongan término a una actuación administrativa se notificarán
 * personalmente al interesado"; the personal notification takes effect the day it is made.
 *
 * @internal
 * @module
 */

import { cpacaCitation } from './citations.js';

/** CPACA art. 67. @internal */
export const CPACA_ART_67 = cpacaCitation('art. 67');

/** The trace line of a personal notification. @internal */
export function personalMessage(day: string): string {
  return `Notificación personal de la respuesta el ${day} (CPACA art. 67).`;
}
