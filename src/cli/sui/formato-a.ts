/**
 * The SUI «Formato A» as data: the monthly report of peticiones, quejas y recursos that every
 * public-utility company (Ley 142 de 1994 arts. 152-159) files with the Superintendencia de Servicios
 * Públicos Domiciliarios through the Sistema Único de Información.
 *
 * - Norma: Resolución SSPD 20151300054575 del 18 de diciembre de 2015 (D.O. 49.770), Anexo A, modified
 *   by Res. SSPD 20161300011295 de 2016 and, per third-party code, Res. SSPD 20188000076635 de 2018.
 *   Legal basis of the SUI: Ley 689 de 2001 art. 14 (new article of Ley 142).
 * - Vigencia: from 2016-07-01 (CRA normograma note; art. 5 first said 2016-04-01).
 * - Confidence: **SECONDARY** (docs/normas.md §11, rule R-SUI-CATALOGOS). The official Anexo A was not
 *   read: the 16 columns, their order and the three code tables come from two independent
 *   third-party implementations that agree; the date format `DD-MM-AAAA` from two more.
 *
 * This is a reporting format, not a rule that moves a deadline: it lives with the command that reads
 * and writes it (`pqrsd sui`), not in `rules/`, and is not part of the library's public entries.
 * Each mapping to pqrsd's domain that is a reading of ours (not a text of the Anexo) says so.
 *
 * @module
 */

import type { NotificationVia, Outcome, RequestType } from '../../domain.js';

/**
 * The citation every entry of the Formato A carries.
 *
 * @example
 * ```ts
 * SUI_FORMATO_A_SOURCE.confidence; //=> 'SECONDARY'
 * ```
 */
export const SUI_FORMATO_A_SOURCE = {
  norma: 'Resolución SSPD 20151300054575 de 2015',
  articulo: 'Anexo A (Formato A)',
  modificaciones: ['Resolución SSPD 20161300011295 de 2016', 'Resolución SSPD 20188000076635 de 2018'],
  vigencia: { desde: '2016-07-01' },
  confidence: 'SECONDARY',
  rule: 'R-SUI-CATALOGOS',
} as const;

/**
 * The one-line label shown in the help, the docs and every summary of the SUI report.
 *
 * @example
 * ```ts
 * SUI_SECONDARY_LABEL.includes('SECONDARY'); //=> true
 * ```
 */
export const SUI_SECONDARY_LABEL =
  'Formato A del SUI (Resolución SSPD 20151300054575 de 2015, Anexo A): SECONDARY, el Anexo oficial no se ' +
  'leyó; columnas y códigos tomados de implementaciones de terceros que coinciden. Verifique con la SSPD.';

/** What kind of value a column holds. */
export type SuiColumnKind = 'dane' | 'texto' | 'fecha' | 'codigo';

/**
 * One column of the Formato A.
 *
 * @example
 * ```ts
 * const c: SuiColumn = { key: 'radicado_recibido', name: 'Radicado Recibido', meaning: 'número de radicado', kind: 'texto', required: 'siempre' };
 * ```
 */
export interface SuiColumn {
  /** The normalised header (lower case, no accents, `_`): how the column is recognised. */
  readonly key: string;
  /** The header as the Anexo names it. */
  readonly name: string;
  /** What it holds. */
  readonly meaning: string;
  /** Its kind of value. */
  readonly kind: SuiColumnKind;
  /**
   * When it must be filled: `siempre`; `si_respondida` (tipo de respuesta other than 9 and 10);
   * `si_aplica` (only some trámites; empty otherwise).
   */
  readonly required: 'siempre' | 'si_respondida' | 'si_aplica';
  /** Other spellings of the header that are recognised (normalised). */
  readonly aliases?: readonly string[];
}

/**
 * The 16 columns of the Formato A, in the Anexo's order (SECONDARY, R-SUI-CATALOGOS).
 *
 * @example
 * ```ts
 * SUI_COLUMNS.length; //=> 16
 * SUI_COLUMNS[5].name; //=> 'Tipo de Trámite'
 * ```
 */
export const SUI_COLUMNS = [
  {
    key: 'codigo_departamento',
    name: 'Código Departamento',
    meaning: 'código DANE del departamento (2 dígitos)',
    kind: 'dane',
    required: 'siempre',
  },
  {
    key: 'codigo_municipio',
    name: 'Código Municipio',
    meaning: 'código DANE del municipio (5 dígitos)',
    kind: 'dane',
    required: 'siempre',
  },
  {
    key: 'codigo_centro_poblado',
    name: 'Código Centro Poblado',
    meaning: 'código DANE del centro poblado (8 dígitos)',
    kind: 'dane',
    required: 'siempre',
  },
  {
    key: 'radicado_recibido',
    name: 'Radicado Recibido',
    meaning: 'número de radicado de la petición, queja o recurso',
    kind: 'texto',
    required: 'siempre',
    aliases: ['radicado'],
  },
  {
    key: 'fecha_radicacion',
    name: 'Fecha Radicación',
    meaning: 'fecha de radicación (DD-MM-AAAA)',
    kind: 'fecha',
    required: 'siempre',
    aliases: ['fecha_de_radicacion'],
  },
  {
    key: 'tipo_de_tramite',
    name: 'Tipo de Trámite',
    meaning: 'código del tipo de trámite (1 a 6)',
    kind: 'codigo',
    required: 'siempre',
    aliases: ['tipo_tramite'],
  },
  {
    key: 'causal',
    name: 'Causal',
    meaning: 'grupo de la causal (F facturación, P prestación; I instalación antes de 2018)',
    kind: 'codigo',
    required: 'siempre',
  },
  {
    key: 'detalle_de_causal',
    name: 'Detalle de Causal',
    meaning: 'código del detalle de la causal (catálogo por servicio)',
    kind: 'codigo',
    required: 'siempre',
    aliases: ['detalle_causal'],
  },
  {
    key: 'numero_de_cuenta',
    name: 'Número de Cuenta',
    meaning: 'número de cuenta o contrato del suscriptor',
    kind: 'texto',
    required: 'siempre',
    aliases: ['numero_cuenta'],
  },
  {
    key: 'numero_o_identificador_de_factura',
    name: 'Número o Identificador de Factura',
    meaning: 'factura a la que se refiere (reclamaciones por facturación)',
    kind: 'texto',
    required: 'si_aplica',
    aliases: ['numero_de_factura', 'numero_factura'],
  },
  {
    key: 'tipo_respuesta',
    name: 'Tipo Respuesta',
    meaning: 'código del sentido de la respuesta (1 a 11)',
    kind: 'codigo',
    required: 'siempre',
    aliases: ['tipo_de_respuesta'],
  },
  {
    key: 'fecha_respuesta',
    name: 'Fecha Respuesta',
    meaning: 'fecha de la respuesta (DD-MM-AAAA)',
    kind: 'fecha',
    required: 'si_respondida',
    aliases: ['fecha_de_respuesta'],
  },
  {
    key: 'radicado_respuesta',
    name: 'Radicado Respuesta',
    meaning: 'número de radicado de la respuesta',
    kind: 'texto',
    required: 'si_respondida',
    aliases: ['radicado_de_respuesta'],
  },
  {
    key: 'fecha_notificacion_o_ejecucion',
    name: 'Fecha Notificación o Ejecución',
    meaning: 'fecha de notificación de la respuesta o de su ejecución (DD-MM-AAAA)',
    kind: 'fecha',
    required: 'si_respondida',
    aliases: ['fecha_notificacion', 'fecha_de_notificacion'],
  },
  {
    key: 'tipo_de_notificacion',
    name: 'Tipo de Notificación',
    meaning: 'código del tipo de notificación (1 a 5; 3 «no aplica» con respuesta 9 o 10)',
    kind: 'codigo',
    required: 'siempre',
    aliases: ['tipo_notificacion'],
  },
  {
    key: 'fecha_traslado_a_la_sspd',
    name: 'Fecha Traslado a la SSPD',
    meaning: 'fecha en que el expediente se remitió a la SSPD para la apelación (trámite 5)',
    kind: 'fecha',
    required: 'si_aplica',
    aliases: ['fecha_traslado_sspd', 'fecha_de_traslado_a_la_sspd'],
  },
] as const satisfies readonly SuiColumn[];

/**
 * The normalised key of a Formato A column.
 *
 * @example
 * ```ts
 * const k: SuiColumnKey = 'tipo_respuesta';
 * ```
 */
export type SuiColumnKey = (typeof SUI_COLUMNS)[number]['key'];

/**
 * One code of a Formato A table: its label in the Anexo, and what it is in pqrsd.
 *
 * @example
 * ```ts
 * const e: SuiCode<RequestType> = { label: 'Queja', pqrsd: 'queja' };
 * ```
 */
export interface SuiCode<T> {
  /** The label in the Anexo. */
  readonly label: string;
  /** What the code becomes when a Formato A file is read (`null`: no value, e.g. still pending). */
  readonly pqrsd: T | null;
  /** When the mapping is a reading of pqrsd's, not the Anexo's text: why. */
  readonly interpretation?: string;
}

/**
 * Tipo de trámite, codes 1 to 6 (SECONDARY, R-SUI-CATALOGOS), and the pqrsd request type each one
 * is read as.
 *
 * @example
 * ```ts
 * SUI_TIPO_TRAMITE['1'].pqrsd; //=> 'reclamo'
 * SUI_TIPO_TRAMITE['5'].label; //=> 'Recurso de Reposición y Subsidiario de Apelación'
 * ```
 */
export const SUI_TIPO_TRAMITE = {
  '1': { label: 'Reclamación', pqrsd: 'reclamo' },
  '2': { label: 'Queja', pqrsd: 'queja' },
  '3': { label: 'Denuncia', pqrsd: 'denuncia' },
  '4': { label: 'Recurso de Reposición', pqrsd: 'recurso' },
  '5': {
    label: 'Recurso de Reposición y Subsidiario de Apelación',
    pqrsd: 'recurso',
    interpretation:
      'pqrsd no distingue el recurso con apelación subsidiaria (Ley 142 art. 159): ambos son «recurso»',
  },
  '6': {
    label: 'Solicitud de información o de copias de documentos',
    pqrsd: 'peticion_documentos',
    interpretation: 'CPACA art. 14 num. 1: peticiones de documentos y de información',
  },
} as const satisfies Record<string, SuiCode<RequestType>>;

/**
 * A tipo de trámite code.
 *
 * @example
 * ```ts
 * const c: SuiTramiteCode = '4';
 * ```
 */
export type SuiTramiteCode = keyof typeof SUI_TIPO_TRAMITE;

/**
 * Tipo de respuesta, codes 1 to 11 (SECONDARY, R-SUI-CATALOGOS), and the pqrsd outcome each one is
 * read as. 9 and 10 are requests without an answer: no outcome and no answer date.
 *
 * @example
 * ```ts
 * SUI_TIPO_RESPUESTA['2'].pqrsd; //=> 'parcialmente_a_favor'
 * SUI_TIPO_RESPUESTA['9'].pqrsd; //=> null
 * ```
 */
export const SUI_TIPO_RESPUESTA = {
  '1': { label: 'Accede', pqrsd: 'a_favor' },
  '2': { label: 'Accede parcialmente', pqrsd: 'parcialmente_a_favor' },
  '3': { label: 'No accede', pqrsd: 'en_contra' },
  '4': {
    label: 'Confirma',
    pqrsd: 'en_contra',
    interpretation: 'un recurso que confirma la decisión recurrida no le da la razón al usuario',
  },
  '5': {
    label: 'Modifica',
    pqrsd: 'parcialmente_a_favor',
    interpretation: 'un recurso que modifica la decisión le da la razón en parte',
  },
  '6': {
    label: 'Revoca',
    pqrsd: 'a_favor',
    interpretation: 'un recurso que revoca la decisión le da la razón al usuario',
  },
  '7': { label: 'Rechaza', pqrsd: 'rechazo' },
  '8': { label: 'Traslada por competencia', pqrsd: 'traslado' },
  '9': {
    label: 'Pendiente de respuesta',
    pqrsd: null,
    interpretation: 'pqrsd lo escribe mientras el término (Ley 142 art. 158) no ha vencido',
  },
  '10': {
    label: 'Sin respuesta',
    pqrsd: null,
    interpretation: 'pqrsd lo escribe cuando el término (Ley 142 art. 158) venció sin respuesta',
  },
  '11': { label: 'Archiva', pqrsd: 'archivo' },
} as const satisfies Record<string, SuiCode<Outcome>>;

/**
 * A tipo de respuesta code.
 *
 * @example
 * ```ts
 * const c: SuiRespuestaCode = '9';
 * ```
 */
export type SuiRespuestaCode = keyof typeof SUI_TIPO_RESPUESTA;

/**
 * The tipo de respuesta codes of a request without an answer (no answer date, notification «no
 * aplica»).
 *
 * @example
 * ```ts
 * SUI_UNANSWERED.includes('10'); //=> true
 * ```
 */
export const SUI_UNANSWERED: readonly SuiRespuestaCode[] = ['9', '10'];

/**
 * Tipo de notificación, codes 1 to 5 (SECONDARY, R-SUI-CATALOGOS), and the `tipo_notificacion` each
 * one is read as (the route of the notificación, CPACA arts. 67-69 and 72; the edicto of Decreto 01
 * de 1984 art. 45, kept as recorded). `pqrsd sui` writes the code of the registry's own column
 * (`Tipo de Notificación`), else the one of the route the engine knows ({@link SUI_NOTIFICACION_OF}).
 *
 * @example
 * ```ts
 * SUI_TIPO_NOTIFICACION['3'].label; //=> 'No aplica'
 * ```
 */
export const SUI_TIPO_NOTIFICACION = {
  '1': { label: 'Notificación personal', pqrsd: 'personal' },
  '2': {
    label: 'Notificación por edicto',
    pqrsd: 'edicto',
    interpretation:
      'la vía del Decreto 01 de 1984 art. 45, antes del CPACA: su fecha se toma como la del día en que surtió efecto',
  },
  '3': { label: 'No aplica', pqrsd: 'no_aplica' },
  '4': { label: 'Notificación por aviso', pqrsd: 'aviso' },
  '5': { label: 'Notificación por conducta concluyente', pqrsd: 'conducta_concluyente' },
} as const satisfies Record<string, SuiCode<string>>;

/**
 * A tipo de notificación code.
 *
 * @example
 * ```ts
 * const c: SuiNotificacionCode = '4';
 * ```
 */
export type SuiNotificacionCode = keyof typeof SUI_TIPO_NOTIFICACION;

/**
 * The code «no aplica» of the tipo de notificación: the only one valid with tipo de respuesta 9 or
 * 10 (parágrafo of numeral 15 of the Anexo, as the third-party implementation cites it: SECONDARY).
 *
 * @example
 * ```ts
 * SUI_NOTIFICACION_NO_APLICA; //=> '3'
 * ```
 */
export const SUI_NOTIFICACION_NO_APLICA: SuiNotificacionCode = '3';

/**
 * How each notification route the engine knows (the `via` of a `notificacion` event, the aviso of
 * CPACA art. 69, the recurso that notifies by conducta concluyente, art. 72) is written as a tipo de
 * notificación, when the registry has no «Tipo de Notificación» of its own. `pqrsd sui` never
 * overwrites the registry's code: when both exist and disagree it keeps the registry's and warns on
 * the row. `electronica` is a reading of pqrsd's (see its `interpretation`).
 *
 * @example
 * ```ts
 * SUI_NOTIFICACION_OF.aviso.code; //=> '4'
 * SUI_NOTIFICACION_OF.electronica.code; //=> '1'
 * ```
 */
export const SUI_NOTIFICACION_OF = {
  personal: { code: '1' },
  edicto: { code: '2' },
  aviso: { code: '4' },
  conducta_concluyente: { code: '5' },
  electronica: {
    code: '1',
    interpretation:
      'CPACA art. 67 num. 1: la notificación personal «también podrá efectuarse» «por medio electrónico» ' +
      '(arts. 56 y 67); el catálogo del Formato A, como lo dan las implementaciones leídas, no tiene un ' +
      'código «electrónica». Que el Anexo la reporte como personal: NOT CONFIRMED',
  },
} as const satisfies Record<
  NotificationVia,
  { readonly code: SuiNotificacionCode; readonly interpretation?: string }
>;

/**
 * Causal groups: F facturación, P prestación; I instalación was merged into P by Res. SSPD
 * 20188000076635 de 2018 (SECONDARY; still read, for older files).
 *
 * @example
 * ```ts
 * SUI_CAUSAL_GROUPS.F; //=> 'Facturación'
 * ```
 */
export const SUI_CAUSAL_GROUPS = { F: 'Facturación', P: 'Prestación', I: 'Instalación' } as const;

/**
 * How each pqrsd request type is written in the Formato A: a tipo de trámite code, `peticion`
 * (a policy: the Formato A has no «petición» code), or `fuera` (not reported in the Formato A, with
 * the reason). A new request type does not compile until it is decided here.
 *
 * @example
 * ```ts
 * SUI_TRAMITE_OF.queja; //=> { code: '2' }
 * SUI_TRAMITE_OF.sugerencia.code; //=> null
 * ```
 */
export const SUI_TRAMITE_OF = {
  reclamo: { code: '1' },
  queja: { code: '2' },
  denuncia: { code: '3' },
  recurso: { code: '4' },
  peticion_documentos: { code: '6' },
  acceso_informacion: {
    code: '6',
    interpretation: 'una solicitud de información se reporta como trámite 6',
  },
  peticion: {
    code: null,
    reason:
      'el Formato A no tiene un tipo de trámite «petición»: indique con --peticion-como el código con ' +
      'que la entidad la reporta (p. ej. 1, reclamación)',
    policy: true,
  },
  sugerencia: { code: null, reason: 'una sugerencia no es un trámite del Formato A' },
  felicitacion: { code: null, reason: 'una felicitación no es un trámite del Formato A' },
  consulta: { code: null, reason: 'una consulta no es un trámite del Formato A' },
  peticion_autoridad: {
    code: null,
    reason: 'una petición entre autoridades no la presenta un suscriptor o usuario (Ley 142 art. 152)',
  },
  solicitud_congresista: {
    code: null,
    reason: 'una solicitud de congresista no la presenta un suscriptor o usuario (Ley 142 art. 152)',
  },
} as const satisfies Record<
  RequestType,
  {
    readonly code: SuiTramiteCode | null;
    readonly reason?: string;
    readonly interpretation?: string;
    readonly policy?: boolean;
  }
>;

/**
 * How each pqrsd outcome is written as a tipo de respuesta: one code for a petición, queja or
 * reclamación and one for a recurso (whose answer confirms, modifies or revokes the decision). The
 * recurso column and `desistimiento` / `informativa` are readings of pqrsd's (SECONDARY).
 *
 * @example
 * ```ts
 * SUI_RESPUESTA_OF.a_favor; //=> { tramite: '1', recurso: '6' }
 * SUI_RESPUESTA_OF.desistimiento.tramite; //=> '11'
 * ```
 */
export const SUI_RESPUESTA_OF = {
  a_favor: { tramite: '1', recurso: '6' },
  parcialmente_a_favor: { tramite: '2', recurso: '5' },
  en_contra: { tramite: '3', recurso: '4' },
  rechazo: { tramite: '7', recurso: '7' },
  traslado: { tramite: '8', recurso: '8' },
  archivo: { tramite: '11', recurso: '11' },
  desistimiento: {
    tramite: '11',
    recurso: '11',
    interpretation: 'tras el desistimiento la entidad archiva (CPACA arts. 17 y 18)',
  },
  informativa: {
    tramite: '1',
    recurso: '1',
    interpretation: 'una respuesta informativa entrega lo pedido: accede',
  },
} as const satisfies Record<
  Outcome,
  { readonly tramite: SuiRespuestaCode; readonly recurso: SuiRespuestaCode; readonly interpretation?: string }
>;

/**
 * A civil date `AAAA-MM-DD` in the Formato A's `DD-MM-AAAA` (SECONDARY).
 *
 * @example
 * ```ts
 * suiDate('2026-03-31'); //=> '31-03-2026'
 * ```
 */
export function suiDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}
