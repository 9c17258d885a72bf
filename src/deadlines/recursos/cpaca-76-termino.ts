/**
 * CPACA art. 76 (R-RECURSOS): reposición and apelación are filed "dentro de los diez (10) días
 * siguientes" to the notificación personal, the aviso or the end of the publication: 10 días hábiles
 * after the day the notification took effect (`EventState.notifiedOn`).
 *
 * @internal
 * @module
 */

import { cpacaCitation } from './citations.js';

/** Business days of CPACA art. 76. @internal */
export const CPACA_RECURSO_DAYS = 10;

/** CPACA art. 76. @internal */
export const CPACA_ART_76 = cpacaCitation('art. 76');
