/**
 * CPACA art. 74 num. 3: the recurso de queja "dentro de los cinco (5) días siguientes a la notificación
 * de la decisión": 5 días hábiles.
 *
 * @internal
 * @module
 */

import { cpacaCitation } from './citations.js';

/** Business days of the queja. @internal */
export const QUEJA_DAYS = 5;

/** CPACA art. 74. @internal */
export const CPACA_ART_74 = cpacaCitation('art. 74 num. 3');
