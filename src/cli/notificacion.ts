/**
 * The notification columns of a registry row: `fecha_citacion` (CPACA art. 68), `fecha_aviso` (art.
 * 69), `fecha_notificacion` and `tipo_notificacion` (personal, aviso, electronica,
 * conducta_concluyente, edicto or no_aplica; the SUI Formato A's «Tipo de Notificación» codes 1 to 5
 * are read into it). With a `fecha_aviso` and the type `aviso`, the day the notification took effect is
 * the engine's (art. 69: the end of the día hábil after the delivery) and `fecha_notificacion` is not
 * read as a second notification.
 *
 * @module
 */

import { NOTIFICATION_VIAS } from '../domain.js';

/**
 * The values of `tipo_notificacion`: the routes of {@link NOTIFICATION_VIAS} and `no_aplica` (SUI code
 * 3: a request without answer has no notification).
 *
 * @example
 * ```ts
 * REGISTRY_NOTIFICATION_TYPES.includes('no_aplica'); //=> true
 * ```
 */
export const REGISTRY_NOTIFICATION_TYPES: readonly string[] = Object.freeze([
  ...NOTIFICATION_VIAS,
  'no_aplica',
]);

const VIA_SET: ReadonlySet<unknown> = new Set(NOTIFICATION_VIAS);

/** The cells a row's notification events come from (already read). */
export interface NotificationCells {
  readonly cited: string | undefined;
  readonly aviso: string | undefined;
  readonly notified: string | undefined;
  /** The normalised `tipo_notificacion`, and the cell as written. */
  readonly type: string | undefined;
  readonly typeCell: string;
}

/**
 * Pushes the notification events of a row; returns its warnings (none: `null`).
 *
 * @example
 * ```ts
 * const events: Record<string, unknown>[] = [];
 * notificationEvents({ cited: undefined, aviso: undefined, notified: '2026-12-11', type: 'personal', typeCell: 'Personal' }, events);
 * events; //=> [{ type: 'notificacion', date: '2026-12-11', via: 'personal' }]
 * ```
 */
export function notificationEvents(c: NotificationCells, events: Record<string, unknown>[]): string[] | null {
  let warnings: string[] | null = null;
  const warn = (w: string) => {
    if (warnings === null) warnings = [w];
    else warnings.push(w);
  };
  let via: string | undefined;
  if (c.type !== undefined && VIA_SET.has(c.type)) via = c.type;
  else if (c.type !== undefined && c.type !== 'no_aplica') {
    warn(
      `tipo_notificacion: «${c.typeCell}» no es un tipo de notificación conocido (${REGISTRY_NOTIFICATION_TYPES.join(', ')}); se omite`,
    );
  }
  if (c.cited !== undefined) events.push({ type: 'citacion', date: c.cited });
  if (c.aviso !== undefined) events.push({ type: 'aviso', date: c.aviso });
  if (c.notified === undefined) return warnings;
  if (c.type === 'no_aplica') {
    warn('tipo_notificacion: «no aplica» con fecha de notificación; se toma la fecha sin tipo');
  }
  if (via === 'aviso' && c.aviso !== undefined) return warnings;
  events.push(
    via === undefined
      ? { type: 'notificacion', date: c.notified }
      : { type: 'notificacion', date: c.notified, via },
  );
  return warnings;
}
