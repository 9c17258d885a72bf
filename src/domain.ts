/**
 * The vocabulary of a PQRSD, shared by the deadline engine, the schema, the indicators and the CLI.
 * One source of truth: each enum is a `const` tuple, and its type is derived from it.
 * This module has no dependency (no zod), so the engine can be bundled without the schema.
 *
 * @module
 */

import type { DateInput } from './calendar/types.js';
import { deepFreeze } from './freeze.js';

/**
 * Request types ("modalidades" of the derecho de petición, CPACA art. 13, and the special ones).
 *
 * - `peticion`: petición de interés general o particular (CPACA art. 14 inc. 1).
 * - `queja`, `reclamo`, `sugerencia`, `denuncia`: CPACA art. 13 inc. 2 (same term as a petición).
 * - `peticion_documentos`: petición de documentos y de información (CPACA art. 14 num. 1).
 * - `acceso_informacion`: solicitud de acceso a información pública (Ley 1712 de 2014 art. 26).
 * - `consulta`: consulta a las autoridades (CPACA art. 14 num. 2); under hábeas data, a consulta
 *   of personal data (Ley 1581 de 2012 art. 14).
 * - `peticion_autoridad`: petición de información o documentos entre autoridades (CPACA art. 30).
 * - `solicitud_congresista`: informe solicitado por un senador o representante (Ley 5 de 1992 art. 258).
 * - `recurso`: recurso de reposición / apelación (Ley 142 de 1994 arts. 154 and 158; CPACA art. 86).
 * - `felicitacion`: recorded, with no legal term.
 *
 * @example
 * ```ts
 * import { REQUEST_TYPES } from 'pqrsd';
 * REQUEST_TYPES.includes('peticion'); //=> true
 * ```
 */
export const REQUEST_TYPES = /* @__PURE__ */ deepFreeze([
  'peticion',
  'queja',
  'reclamo',
  'sugerencia',
  'denuncia',
  'peticion_documentos',
  'acceso_informacion',
  'consulta',
  'peticion_autoridad',
  'solicitud_congresista',
  'recurso',
  'felicitacion',
] as const);

/**
 * A request type. See {@link REQUEST_TYPES}.
 *
 * @example
 * ```ts
 * import type { RequestType } from 'pqrsd';
 * const t: RequestType = 'consulta';
 * ```
 */
export type RequestType = (typeof REQUEST_TYPES)[number];

/**
 * Legal regimes whose terms the catalogue knows.
 *
 * - `cpaca`: Ley 1437 de 2011, Título II as substituted by Ley 1755 de 2015 (default).
 * - `emergencia_2020`: Decreto Legislativo 491 de 2020 art. 5, until its repeal by Ley 2207 de 2022.
 * - `servicios_publicos`: Ley 142 de 1994 art. 158 and Decreto 2150 de 1995 art. 123 (public utilities).
 * - `habeas_data`: Ley 1581 de 2012 arts. 14-15 (personal data).
 * - `consumo`: Ley 1480 de 2011 art. 58 (consumer claims to producers and suppliers).
 *
 * @example
 * ```ts
 * import { REGIMES } from 'pqrsd';
 * REGIMES[0]; //=> 'cpaca'
 * ```
 */
export const REGIMES = /* @__PURE__ */ deepFreeze([
  'cpaca',
  'emergencia_2020',
  'servicios_publicos',
  'habeas_data',
  'consumo',
] as const);

/**
 * A legal regime. See {@link REGIMES}.
 *
 * @example
 * ```ts
 * import type { Regime } from 'pqrsd';
 * const r: Regime = 'servicios_publicos';
 * ```
 */
export type Regime = (typeof REGIMES)[number];

/**
 * What a caller may ask for: a regime, or `auto` (CPACA or the 2020 emergency, chosen by the
 * date of receipt).
 *
 * @example
 * ```ts
 * import type { RegimeInput } from 'pqrsd';
 * const r: RegimeInput = 'auto';
 * ```
 */
export type RegimeInput = Regime | 'auto';

/**
 * Lifecycle event types that move or end a term.
 *
 * @example
 * ```ts
 * import { EVENT_TYPES } from 'pqrsd';
 * EVENT_TYPES.includes('prorroga'); //=> true
 * ```
 */
export const EVENT_TYPES = /* @__PURE__ */ deepFreeze([
  'prorroga',
  'requerimiento',
  'respuesta_requerimiento',
  'ampliacion_requerimiento',
  'traslado',
  'suspension',
  'respuesta',
  'citacion',
  'aviso',
  'notificacion',
  'desistimiento',
  'recurso',
  'decision_recurso',
  'envio_sspd',
  'decision_apelacion',
  'renuncia_recursos',
  'reconocimiento_sap',
] as const);

/**
 * A lifecycle event type. See {@link EVENT_TYPES}.
 *
 * @example
 * ```ts
 * import type { EventType } from 'pqrsd';
 * const e: EventType = 'traslado';
 * ```
 */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * How the notification of a decision took effect (a `notificacion` event's `via`): `personal` (CPACA
 * art. 67), `aviso` (art. 69), `electronica` (art. 56: at the certified access), `conducta_concluyente`
 * (art. 72: the person shows knowledge of the act or files the recursos) and `edicto` (Decreto 01 de
 * 1984 art. 45, the route before the CPACA; kept for actuaciones begun before 2012-07-02, art. 308).
 *
 * @example
 * ```ts
 * import { NOTIFICATION_VIAS } from 'pqrsd';
 * NOTIFICATION_VIAS.includes('electronica'); //=> true
 * ```
 */
export const NOTIFICATION_VIAS = /* @__PURE__ */ deepFreeze([
  'personal',
  'aviso',
  'electronica',
  'conducta_concluyente',
  'edicto',
] as const);

/**
 * A notification route. See {@link NOTIFICATION_VIAS}.
 *
 * @example
 * ```ts
 * import type { NotificationVia } from 'pqrsd';
 * const v: NotificationVia = 'personal';
 * ```
 */
export type NotificationVia = (typeof NOTIFICATION_VIAS)[number];

/**
 * Recursos against the decision of a request (CPACA art. 74; Ley 142 de 1994 arts. 154 and 159):
 * `reposicion`, `apelacion`, `reposicion_y_apelacion` (the apelación in subsidy, the only form Ley 142
 * art. 159 allows before a public-utility company) and `queja` (CPACA art. 74 num. 3).
 *
 * @example
 * ```ts
 * import { RECURSO_KINDS } from 'pqrsd';
 * RECURSO_KINDS.includes('reposicion_y_apelacion'); //=> true
 * ```
 */
export const RECURSO_KINDS = /* @__PURE__ */ deepFreeze([
  'reposicion',
  'apelacion',
  'reposicion_y_apelacion',
  'queja',
] as const);

/**
 * A recurso kind. See {@link RECURSO_KINDS}.
 *
 * @example
 * ```ts
 * import type { RecursoKind } from 'pqrsd';
 * const k: RecursoKind = 'reposicion';
 * ```
 */
export type RecursoKind = (typeof RECURSO_KINDS)[number];

/**
 * How the entity decided a recurso: it `confirma`, `modifica` or `revoca` the decision, or `rechaza`
 * the recurso (CPACA art. 78: filed late or without its requirements).
 *
 * @example
 * ```ts
 * import { RECURSO_RESULTS } from 'pqrsd';
 * RECURSO_RESULTS.includes('revoca'); //=> true
 * ```
 */
export const RECURSO_RESULTS = /* @__PURE__ */ deepFreeze([
  'confirma',
  'modifica',
  'revoca',
  'rechaza',
] as const);

/**
 * The result of a recurso. See {@link RECURSO_RESULTS}.
 *
 * @example
 * ```ts
 * import type { RecursoResult } from 'pqrsd';
 * const r: RecursoResult = 'confirma';
 * ```
 */
export type RecursoResult = (typeof RECURSO_RESULTS)[number];

/**
 * How a request was answered.
 *
 * @example
 * ```ts
 * import { OUTCOMES } from 'pqrsd';
 * OUTCOMES.includes('a_favor'); //=> true
 * ```
 */
export const OUTCOMES = /* @__PURE__ */ deepFreeze([
  'a_favor',
  'parcialmente_a_favor',
  'en_contra',
  'traslado',
  'desistimiento',
  'rechazo',
  'archivo',
  'informativa',
] as const);

/**
 * The outcome of a response. See {@link OUTCOMES}.
 *
 * @example
 * ```ts
 * import type { Outcome } from 'pqrsd';
 * const o: Outcome = 'parcialmente_a_favor';
 * ```
 */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Priority conditions (CPACA art. 5 num. 6 and art. 20; Ley 1618 de 2013). They order work and raise
 * alerts; they never change the legal term.
 *
 * @example
 * ```ts
 * import { PRIORITY_FLAGS } from 'pqrsd';
 * PRIORITY_FLAGS.includes('periodista'); //=> true
 * ```
 */
export const PRIORITY_FLAGS = /* @__PURE__ */ deepFreeze([
  'discapacidad',
  'nino_nina_adolescente',
  'mujer_gestante',
  'adulto_mayor',
  'victima',
  'periodista',
  'indefension',
  'derecho_fundamental',
] as const);

/**
 * A priority condition. See {@link PRIORITY_FLAGS}.
 *
 * @example
 * ```ts
 * import type { PriorityFlag } from 'pqrsd';
 * const p: PriorityFlag = 'adulto_mayor';
 * ```
 */
export type PriorityFlag = (typeof PRIORITY_FLAGS)[number];

/**
 * Channels through which a PQRSD is received (CPACA art. 15: "cualquier medio idóneo").
 *
 * @example
 * ```ts
 * import { CHANNELS } from 'pqrsd';
 * CHANNELS.includes('correo_electronico'); //=> true
 * ```
 */
export const CHANNELS = /* @__PURE__ */ deepFreeze([
  'presencial',
  'telefonico',
  'escrito',
  'correo_electronico',
  'formulario_web',
  'redes_sociales',
  'chat',
  'buzon',
  'verbal',
  'otro',
] as const);

/**
 * A reception channel. See {@link CHANNELS}.
 *
 * @example
 * ```ts
 * import type { Channel } from 'pqrsd';
 * const c: Channel = 'formulario_web';
 * ```
 */
export type Channel = (typeof CHANNELS)[number];

/**
 * Channels of a verbal (oral) petition: `verbal` and `telefonico`. CPACA art. 21: the entity without
 * competence informs "de inmediato al interesado si este actúa verbalmente". `presencial` may be an
 * oral or a written filing at the window: it counts as written unless recorded as `verbal`.
 *
 * @example
 * ```ts
 * import { VERBAL_CHANNELS } from 'pqrsd';
 * VERBAL_CHANNELS.includes('telefonico'); //=> true
 * ```
 */
export const VERBAL_CHANNELS: readonly Channel[] = /* @__PURE__ */ deepFreeze(['verbal', 'telefonico']);

/**
 * States of a request as of a date.
 *
 * @example
 * ```ts
 * import { REQUEST_STATES } from 'pqrsd';
 * REQUEST_STATES.includes('vencida'); //=> true
 * ```
 */
export const REQUEST_STATES = /* @__PURE__ */ deepFreeze([
  'en_termino',
  'por_vencer',
  'vencida',
  'respondida_a_tiempo',
  'respondida_extemporanea',
  'en_requerimiento',
  'desistida',
  'trasladada',
  'sin_termino',
] as const);

/**
 * A request's state as of a date. See {@link REQUEST_STATES}.
 *
 * @example
 * ```ts
 * import type { RequestState } from 'pqrsd';
 * const s: RequestState = 'en_termino';
 * ```
 */
export type RequestState = (typeof REQUEST_STATES)[number];

/**
 * Stages of the decision of a request after the answer ({@link RequestStatus.stage}):
 * `decidida` (answered, notification not recorded), `notificada` (the recurso window is open),
 * `recurso_interpuesto` (a recurso in time awaits its decision), `reposicion_decidida`,
 * `apelacion_enviada` (Ley 142 art. 159: the expediente went to the Superintendencia),
 * `apelacion_decidida` (the Superintendencia or the inmediato superior decided the apelación, its
 * notification not yet past) and `firme` (CPACA art. 87).
 *
 * @example
 * ```ts
 * import { LIFECYCLE_STAGES } from 'pqrsd';
 * LIFECYCLE_STAGES.at(-1); //=> 'firme'
 * ```
 */
export const LIFECYCLE_STAGES = /* @__PURE__ */ deepFreeze([
  'decidida',
  'notificada',
  'recurso_interpuesto',
  'reposicion_decidida',
  'apelacion_enviada',
  'apelacion_decidida',
  'firme',
] as const);

/**
 * A stage of the decision. See {@link LIFECYCLE_STAGES}.
 *
 * @example
 * ```ts
 * import type { LifecycleStage } from 'pqrsd';
 * const s: LifecycleStage = 'notificada';
 * ```
 */
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/**
 * Traffic-light colours of a request as of a date.
 *
 * @example
 * ```ts
 * import { SEMAFORO_COLORS } from 'pqrsd';
 * SEMAFORO_COLORS; //=> ['verde', 'amarillo', 'rojo']
 * ```
 */
export const SEMAFORO_COLORS = /* @__PURE__ */ deepFreeze(['verde', 'amarillo', 'rojo'] as const);

/**
 * A semáforo colour. See {@link SEMAFORO_COLORS}.
 *
 * @example
 * ```ts
 * import type { Semaforo } from 'pqrsd';
 * const s: Semaforo = 'amarillo';
 * ```
 */
export type Semaforo = (typeof SEMAFORO_COLORS)[number];

/**
 * A lifecycle event as the engine reads it. Dates are civil dates (`YYYY-MM-DD`).
 *
 * - `prorroga` (CPACA art. 14 par.; Ley 1581 arts. 14-15): notified on `date`, announcing either a
 *   `newDueDate` or `businessDays` added to the current due date.
 * - `requerimiento` / `respuesta_requerimiento` (CPACA art. 17): the term is suspended between them.
 * - `ampliacion_requerimiento`: the petitioner asked, before the month lapsed, for the equal extension.
 * - `traslado` (CPACA art. 21): forwarded to the competent authority `to`.
 * - `suspension`: terms suspended by an act of the entity from `from` to `to` inclusive.
 * - `respuesta`, `notificacion`, `desistimiento` (art. 18, express withdrawal).
 * - `citacion` (CPACA art. 68): the citación to notify the decision personally, sent on `date` (or
 *   `published` on the entity's web page or a public place, when the address is unknown).
 * - `aviso` (CPACA art. 69): the aviso delivered at its destination on `date` (the notification takes
 *   effect at the end of the next día hábil), or `published` on `date` and removed on `removedOn` (by
 *   default after 5 días hábiles; it takes effect at the end of the día hábil after the removal).
 * - `notificacion` with `via` (see {@link NOTIFICATION_VIAS}): the day the notification took effect.
 * - `recurso` (CPACA arts. 74-76; Ley 142 art. 154): a recurso of `kind` against the decision of the
 *   request (events on the same request: the recurso attacks this decision and its terms count from
 *   this request's notification).
 * - `decision_recurso`: the entity decided the recurso (`result`), notified on `notifiedOn` if given.
 * - `envio_sspd` (Ley 142 art. 159): the expediente of the subsidiary apelación sent to the
 *   Superintendencia de Servicios Públicos Domiciliarios.
 * - `decision_apelacion`: the apelación decided (`result`) by the Superintendencia (Ley 142 art. 159;
 *   Ley 689 de 2001 art. 13) or, outside public utilities, by the inmediato superior (CPACA art. 74
 *   num. 2), notified on `notifiedOn` if given; firmness follows its notification (CPACA art. 87 num. 2).
 * - `renuncia_recursos` (CPACA art. 87 num. 3): the petitioner renounced the recursos.
 * - `reconocimiento_sap` (Decreto 2150 de 1995 art. 123): the company recognised the effects of the
 *   silencio administrativo positivo.
 *
 * @example
 * ```ts
 * import type { LifecycleEvent } from 'pqrsd';
 * const e: LifecycleEvent = { type: 'prorroga', date: '2026-12-18', newDueDate: '2027-01-13' };
 * ```
 */
export type LifecycleEvent =
  | {
      readonly type: 'prorroga';
      readonly date: DateInput;
      readonly newDueDate?: DateInput | undefined;
      readonly businessDays?: number | undefined;
      readonly reason?: string | undefined;
    }
  | {
      readonly type:
        | 'requerimiento'
        | 'respuesta_requerimiento'
        | 'ampliacion_requerimiento'
        | 'desistimiento';
      readonly date: DateInput;
    }
  | { readonly type: 'notificacion'; readonly date: DateInput; readonly via?: NotificationVia | undefined }
  | { readonly type: 'citacion'; readonly date: DateInput; readonly published?: boolean | undefined }
  | {
      readonly type: 'aviso';
      readonly date: DateInput;
      readonly published?: boolean | undefined;
      readonly removedOn?: DateInput | undefined;
    }
  | { readonly type: 'traslado'; readonly date: DateInput; readonly to?: string | undefined }
  | { readonly type: 'recurso'; readonly date: DateInput; readonly kind: RecursoKind }
  | {
      readonly type: 'decision_recurso' | 'decision_apelacion';
      readonly date: DateInput;
      readonly result?: RecursoResult | undefined;
      readonly notifiedOn?: DateInput | undefined;
    }
  | { readonly type: 'envio_sspd' | 'renuncia_recursos' | 'reconocimiento_sap'; readonly date: DateInput }
  | { readonly type: 'respuesta'; readonly date: DateInput; readonly outcome?: Outcome | undefined }
  | { readonly type: 'suspension'; readonly from: DateInput; readonly to: DateInput; readonly act: string };

/**
 * A request as the deadline engine reads it.
 *
 * `receivedAt` is a civil date (`'2026-11-27'`) or an instant (`'2026-11-27T18:30:00-05:00'`, a `Date`),
 * which is read in America/Bogota.
 *
 * @example
 * ```ts
 * import type { PqrsdRequest } from 'pqrsd';
 * const r: PqrsdRequest = { type: 'peticion', receivedAt: '2026-11-27' };
 * ```
 */
export interface PqrsdRequest {
  /** The request type. */
  readonly type: RequestType;
  /** Date or instant of receipt (radicación). */
  readonly receivedAt: DateInput | Date;
  /** Regime; default `auto` (CPACA, or the 2020 emergency by date of receipt). */
  readonly regime?: RegimeInput | undefined;
  /** Lifecycle events, in any order. */
  readonly events?: readonly LifecycleEvent[] | undefined;
  /** Priority conditions: they raise alerts and ordering, never change the term. */
  readonly priority?: readonly PriorityFlag[] | undefined;
  /**
   * Reception channel. A verbal petition ({@link VERBAL_CHANNELS}) is redirected at once when the
   * entity is not competent (CPACA art. 21: "de inmediato […] si este actúa verbalmente"); any other
   * channel, or none, has the 5 días of a written one.
   */
  readonly channel?: Channel | undefined;
}
