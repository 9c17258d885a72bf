/**
 * The notification chain of a decision as the event handlers record it (day numbers): the citación
 * (CPACA art. 68), the aviso (art. 69) and the notification that took effect ("surtida").
 *
 * @internal
 * @module
 */

import type { NotificationVia } from '../../domain.js';

/** What the notification events recorded. @internal */
export interface NotificationChain {
  /** The first citación sent (or published), if any. */
  citedOn: number | null;
  /** Whether that citación was published (address unknown, art. 68 inc. 2). */
  citationPublished: boolean;
  /** The first aviso delivered (or published), if any. */
  avisoOn: number | null;
  /** Whether that aviso was published (address unknown, art. 69 inc. 2). */
  avisoPublished: boolean;
  /** The removal of a published aviso. */
  avisoRemovedOn: number | null;
  /** The day the notification took effect (the earliest route), and by which route. */
  surtidaOn: number | null;
  via: NotificationVia | null;
}

/** An empty chain. @internal */
export function newChain(): NotificationChain {
  return {
    citedOn: null,
    citationPublished: false,
    avisoOn: null,
    avisoPublished: false,
    avisoRemovedOn: null,
    surtidaOn: null,
    via: null,
  };
}
