/**
 * What the lifecycle events say about the recursos against the decision of a request, on day
 * numbers: the handlers of `recurso`, `decision_recurso`, `envio_sspd`, `decision_apelacion`,
 * `renuncia_recursos` and `reconocimiento_sap` fill it; {@link recursoStatus} reads it with the notification of the decision.
 *
 * A recurso is modelled as events on the request it attacks (not as a separate request): its window
 * counts from this request's notification, its consequences (silencio positivo, firmness) change this
 * request's status, and a registry keeps both on the same row.
 *
 * @internal
 * @module
 */

import type { RecursoKind, RecursoResult } from '../../domain.js';

/** The recursos of a request, as recorded by its events. @internal */
export interface RecursoChain {
  /** The first recurso against the decision (a `queja` is kept apart). */
  filed: number | null;
  kind: RecursoKind | null;
  /** A recurso de queja (CPACA art. 74 num. 3). */
  quejaOn: number | null;
  decidedOn: number | null;
  result: RecursoResult | null;
  decisionNotifiedOn: number | null;
  sentToSspdOn: number | null;
  /** The decision of the apelación (by the Superintendencia or the inmediato superior). */
  appealDecidedOn: number | null;
  appealResult: RecursoResult | null;
  appealNotifiedOn: number | null;
  renouncedOn: number | null;
  /** The first recognition of the silencio administrativo positivo (Decreto 2150 art. 123). */
  sapRecognizedOn: number | null;
}

/** An empty chain. @internal */
export function emptyChain(): RecursoChain {
  return {
    filed: null,
    kind: null,
    quejaOn: null,
    decidedOn: null,
    result: null,
    decisionNotifiedOn: null,
    sentToSspdOn: null,
    appealDecidedOn: null,
    appealResult: null,
    appealNotifiedOn: null,
    renouncedOn: null,
    sapRecognizedOn: null,
  };
}
