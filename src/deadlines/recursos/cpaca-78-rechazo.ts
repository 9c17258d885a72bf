/**
 * CPACA art. 78: "Si el escrito con el cual se formula el recurso no se presenta con los requisitos
 * previstos en los numerales 1, 2 y 4 del artículo anterior, el funcionario competente deberá
 * rechazarlo": a recurso filed after its window is rejected, never silently accepted. A recurso filed
 * before the notification is in time: filing it reveals that the petitioner knows the act (CPACA art.
 * 72, conducta concluyente).
 *
 * @internal
 * @module
 */

import { fmt } from '../format-day.js';
import { cpacaCitation } from './citations.js';

/** CPACA art. 78. @internal */
export const CPACA_ART_78 = cpacaCitation('art. 78');

/** Whether a recurso filed on `filed` is in time (`end` null: the notification is not recorded). @internal */
export function recursoOnTime(filed: number, end: number | null): boolean {
  return end === null || filed <= end;
}

/** The alert text of a late recurso. @internal */
export function lateRecursoMessage(filed: number, end: number, days: number, articulo: string): string {
  return `El recurso del ${fmt(filed)} se interpuso después del término (${days} días hábiles, ${articulo}; vencía el ${fmt(end)}): debe rechazarse (CPACA art. 78) y la decisión quedó en firme.`;
}
