/**
 * The value vocabulary of real PQRSD exports: for each enumerated column, each value as it was seen,
 * the canonical value it means, and the kind of export it was seen in. Looked up by
 * {@link vocabularyKey} (accents, case, plurals, punctuation and records-series prefixes such as
 * `76.2.` do not matter).
 *
 * A request type is the one the law gives the value (the note says which article). Values that are
 * not a PQRSD (correspondence, tutelas…) map to {@link OUT_OF_SCOPE}: the audit counts and lists
 * them apart, neither audited nor invalid. One-letter codes (`P`, `Q`, `S`…) are not here on
 * purpose: in one registry `S` is a sugerencia, in another a solicitud de información; the entity's
 * map settles them.
 *
 * @module
 */

import type { SourceKind } from './normalize.js';

/**
 * The value that marks a row as outside the scope of a PQRSD audit.
 *
 * @example
 * ```ts
 * OUT_OF_SCOPE; //=> 'fuera_del_alcance'
 * ```
 */
export const OUT_OF_SCOPE = 'fuera_del_alcance';

/**
 * The enumerated canonical columns the value vocabulary covers.
 *
 * @example
 * ```ts
 * const c: EnumColumn = 'canal';
 * ```
 */
export type EnumColumn = 'tipo' | 'regimen' | 'canal' | 'resultado' | 'prioridad';

/**
 * The columns the value vocabulary covers: the {@link EnumColumn}s, whose content also helps to
 * recognise a column, the type of notification and the recursos' kind and result, which are only read.
 *
 * @example
 * ```ts
 * const c: ValueColumn = 'tipo_notificacion';
 * ```
 */
export type ValueColumn = EnumColumn | 'tipo_notificacion' | 'tipo_recurso' | 'resultado_recurso';

/**
 * One entry of the value vocabulary.
 *
 * @example
 * ```ts
 * const v: ValueSynonym = { text: 'Quejas', column: 'tipo', value: 'queja', source: 'generico' };
 * ```
 */
export interface ValueSynonym {
  /** The value as written in an export. */
  readonly text: string;
  /** The column it is a value of. */
  readonly column: ValueColumn;
  /** The canonical value (or {@link OUT_OF_SCOPE}). */
  readonly value: string;
  /** Where it was seen. */
  readonly source: SourceKind;
  /** The legal reading behind a request type (norma and artículo). */
  readonly note?: string;
}

/**
 * The value vocabulary (reviewed by hand: each entry is tested).
 *
 * @example
 * ```ts
 * VALUE_VOCABULARY.find((v) => v.text === 'PETICION ENTRE ENTIDADES')?.value; //=> 'peticion_autoridad'
 * ```
 */
export const VALUE_VOCABULARY = [
  // tipo: petición (CPACA art. 14 inc. 1)
  {
    text: 'Derecho de petición',
    column: 'tipo',
    value: 'peticion',
    source: 'generico',
    note: 'CPACA art. 13 y 14',
  },
  { text: 'Petición general', column: 'tipo', value: 'peticion', source: 'generico', note: 'CPACA art. 14' },
  {
    text: 'Petición de interés general',
    column: 'tipo',
    value: 'peticion',
    source: 'generico',
    note: 'CPACA art. 13',
  },
  {
    text: 'Petición de interés particular',
    column: 'tipo',
    value: 'peticion',
    source: 'generico',
    note: 'CPACA art. 13',
  },
  {
    text: 'DERECHO DE PETICION DE INTERES PARTICULAR',
    column: 'tipo',
    value: 'peticion',
    source: 'gestion_documental',
    note: 'CPACA art. 13',
  },
  {
    text: 'DERECHO DE PETICION DE INTERES GENERAL',
    column: 'tipo',
    value: 'peticion',
    source: 'gestion_documental',
    note: 'CPACA art. 13',
  },
  {
    text: 'Petición verbal',
    column: 'tipo',
    value: 'peticion',
    source: 'siau',
    note: 'CPACA art. 15; Decreto 1166 de 2016',
  },
  {
    text: '76.1. Peticiones',
    column: 'tipo',
    value: 'peticion',
    source: 'gestion_documental',
    note: 'CPACA art. 14',
  },
  // queja, reclamo, sugerencia, denuncia, felicitación (CPACA art. 13 inc. 2)
  { text: 'Queja', column: 'tipo', value: 'queja', source: 'canonico' },
  {
    text: '76.2. Quejas',
    column: 'tipo',
    value: 'queja',
    source: 'gestion_documental',
    note: 'CPACA art. 13',
  },
  { text: 'Reclamo', column: 'tipo', value: 'reclamo', source: 'canonico' },
  { text: 'Reclamación', column: 'tipo', value: 'reclamo', source: 'generico' },
  {
    text: '76.3. Reclamos',
    column: 'tipo',
    value: 'reclamo',
    source: 'gestion_documental',
    note: 'CPACA art. 13',
  },
  { text: 'Sugerencia', column: 'tipo', value: 'sugerencia', source: 'canonico' },
  {
    text: '76.4. Sugerencias',
    column: 'tipo',
    value: 'sugerencia',
    source: 'gestion_documental',
    note: 'Ley 1474 de 2011 art. 76',
  },
  { text: 'Denuncia', column: 'tipo', value: 'denuncia', source: 'canonico' },
  {
    text: 'DENUNCIA POR ACTOS DE CORRUPCION',
    column: 'tipo',
    value: 'denuncia',
    source: 'gestion_documental',
    note: 'CPACA art. 13',
  },
  {
    text: 'Denuncia anónima',
    column: 'tipo',
    value: 'denuncia',
    source: 'siau',
    note: 'CPACA art. 13; Ley 962 de 2005 art. 81',
  },
  { text: 'Felicitación', column: 'tipo', value: 'felicitacion', source: 'canonico' },
  { text: 'Reconocimiento', column: 'tipo', value: 'felicitacion', source: 'siau' },
  { text: 'Agradecimiento', column: 'tipo', value: 'felicitacion', source: 'siau' },
  // documentos e información (CPACA art. 14 num. 1; Ley 1712 de 2014 art. 26)
  {
    text: 'Petición de documentos',
    column: 'tipo',
    value: 'peticion_documentos',
    source: 'generico',
    note: 'CPACA art. 14 num. 1',
  },
  {
    text: 'Solicitud de documentos',
    column: 'tipo',
    value: 'peticion_documentos',
    source: 'generico',
    note: 'CPACA art. 14 num. 1',
  },
  {
    text: 'Solicitud de copias',
    column: 'tipo',
    value: 'peticion_documentos',
    source: 'generico',
    note: 'CPACA art. 14 num. 1',
  },
  {
    text: 'Copias',
    column: 'tipo',
    value: 'peticion_documentos',
    source: 'generico',
    note: 'CPACA art. 14 num. 1',
  },
  {
    text: 'Documentos',
    column: 'tipo',
    value: 'peticion_documentos',
    source: 'generico',
    note: 'CPACA art. 14 num. 1',
  },
  {
    text: 'PETICION DE INFORMACION O DOCUMENTOS',
    column: 'tipo',
    value: 'peticion_documentos',
    source: 'gestion_documental',
    note: 'CPACA art. 14 num. 1',
  },
  {
    text: 'Petición de información',
    column: 'tipo',
    value: 'peticion_documentos',
    source: 'gestion_documental',
    note: 'CPACA art. 14 num. 1',
  },
  {
    text: 'Solicitud de información',
    column: 'tipo',
    value: 'acceso_informacion',
    source: 'generico',
    note: 'Ley 1712 de 2014 art. 26 (CPACA art. 14 num. 1)',
  },
  {
    text: 'Solicitudes de Información',
    column: 'tipo',
    value: 'acceso_informacion',
    source: 'siau',
    note: 'Ley 1712 de 2014 art. 26',
  },
  {
    text: '76.5. Solicitudes de  Información',
    column: 'tipo',
    value: 'acceso_informacion',
    source: 'gestion_documental',
    note: 'Ley 1712 de 2014 art. 26',
  },
  {
    text: 'SOLICITUD DE INFORMACIÓN PÚBLICA',
    column: 'tipo',
    value: 'acceso_informacion',
    source: 'datos_abiertos',
    note: 'Ley 1712 de 2014 art. 26',
  },
  {
    text: 'Solicitud de acceso a la información pública',
    column: 'tipo',
    value: 'acceso_informacion',
    source: 'datos_abiertos',
    note: 'Ley 1712 de 2014 art. 25',
  },
  {
    text: 'Acceso a la información',
    column: 'tipo',
    value: 'acceso_informacion',
    source: 'generico',
    note: 'Ley 1712 de 2014 art. 26',
  },
  {
    text: 'Acceso a información pública',
    column: 'tipo',
    value: 'acceso_informacion',
    source: 'generico',
    note: 'Ley 1712 de 2014 art. 26',
  },
  {
    text: 'Información pública',
    column: 'tipo',
    value: 'acceso_informacion',
    source: 'generico',
    note: 'Ley 1712 de 2014 art. 26',
  },
  // consulta (CPACA art. 14 num. 2)
  { text: 'Consulta', column: 'tipo', value: 'consulta', source: 'canonico', note: 'CPACA art. 14 num. 2' },
  {
    text: 'PETICION DE CONSULTAS',
    column: 'tipo',
    value: 'consulta',
    source: 'gestion_documental',
    note: 'CPACA art. 14 num. 2',
  },
  {
    text: 'Petición de consulta',
    column: 'tipo',
    value: 'consulta',
    source: 'generico',
    note: 'CPACA art. 14 num. 2',
  },
  {
    text: 'Consulta jurídica',
    column: 'tipo',
    value: 'consulta',
    source: 'generico',
    note: 'CPACA art. 14 num. 2',
  },
  // entre autoridades (CPACA art. 30) y Congreso (Ley 5 de 1992 art. 258)
  {
    text: 'Petición entre autoridades',
    column: 'tipo',
    value: 'peticion_autoridad',
    source: 'generico',
    note: 'CPACA art. 30',
  },
  {
    text: 'PETICION ENTRE ENTIDADES',
    column: 'tipo',
    value: 'peticion_autoridad',
    source: 'gestion_documental',
    note: 'CPACA art. 30',
  },
  {
    text: 'PETICION ENTE DE CONTROL',
    column: 'tipo',
    value: 'peticion_autoridad',
    source: 'gestion_documental',
    note: 'CPACA art. 30 (un órgano de control es una autoridad)',
  },
  {
    text: 'Solicitud de autoridad',
    column: 'tipo',
    value: 'peticion_autoridad',
    source: 'generico',
    note: 'CPACA art. 30',
  },
  {
    text: 'Solicitud de entidad pública',
    column: 'tipo',
    value: 'peticion_autoridad',
    source: 'siau',
    note: 'CPACA art. 30',
  },
  {
    text: 'Congresista',
    column: 'tipo',
    value: 'solicitud_congresista',
    source: 'generico',
    note: 'Ley 5 de 1992 art. 258',
  },
  {
    text: 'Solicitud de congresista',
    column: 'tipo',
    value: 'solicitud_congresista',
    source: 'generico',
    note: 'Ley 5 de 1992 art. 258',
  },
  {
    text: 'Petición de congresista',
    column: 'tipo',
    value: 'solicitud_congresista',
    source: 'gestion_documental',
    note: 'Ley 5 de 1992 art. 258',
  },
  {
    text: 'Solicitud del Congreso de la República',
    column: 'tipo',
    value: 'solicitud_congresista',
    source: 'gestion_documental',
    note: 'Ley 5 de 1992 art. 258',
  },
  // recursos (Ley 142 de 1994 arts. 154 y 158; CPACA art. 86)
  { text: 'Recurso', column: 'tipo', value: 'recurso', source: 'canonico' },
  {
    text: 'Recurso de reposición',
    column: 'tipo',
    value: 'recurso',
    source: 'sui',
    note: 'Ley 142 de 1994 art. 154',
  },
  {
    text: 'Recurso de apelación',
    column: 'tipo',
    value: 'recurso',
    source: 'sui',
    note: 'Ley 142 de 1994 art. 154',
  },
  { text: 'Reposición', column: 'tipo', value: 'recurso', source: 'sui', note: 'Ley 142 de 1994 art. 154' },
  {
    text: 'Reposición y subsidio de apelación',
    column: 'tipo',
    value: 'recurso',
    source: 'sui',
    note: 'Ley 142 de 1994 art. 154',
  },
  // fuera del alcance: no es una PQRSD
  {
    text: 'COMUNICACIÓN OFICIAL RECIBIDA',
    column: 'tipo',
    value: OUT_OF_SCOPE,
    source: 'gestion_documental',
  },
  { text: 'Comunicación oficial', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Comunicación oficial enviada', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Comunicación interna', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Correspondencia', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Correspondencia recibida', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Memorando', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Circular', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Factura', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Cuenta de cobro', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'TUTELA', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Acción de tutela', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Notificación judicial', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Demanda', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  { text: 'Invitación', column: 'tipo', value: OUT_OF_SCOPE, source: 'gestion_documental' },
  // regimen
  { text: 'Ley 1755', column: 'regimen', value: 'cpaca', source: 'generico' },
  { text: 'Ley 1755 de 2015', column: 'regimen', value: 'cpaca', source: 'generico' },
  { text: 'Ley 1437', column: 'regimen', value: 'cpaca', source: 'generico' },
  { text: 'Ley 1437 de 2011', column: 'regimen', value: 'cpaca', source: 'generico' },
  { text: 'General', column: 'regimen', value: 'cpaca', source: 'generico' },
  { text: 'Ley 142', column: 'regimen', value: 'servicios_publicos', source: 'sui' },
  { text: 'Ley 142 de 1994', column: 'regimen', value: 'servicios_publicos', source: 'sui' },
  { text: 'SPD', column: 'regimen', value: 'servicios_publicos', source: 'sui' },
  { text: 'Servicios públicos domiciliarios', column: 'regimen', value: 'servicios_publicos', source: 'sui' },
  { text: 'Ley 1581', column: 'regimen', value: 'habeas_data', source: 'generico' },
  { text: 'Ley 1581 de 2012', column: 'regimen', value: 'habeas_data', source: 'generico' },
  { text: 'Datos personales', column: 'regimen', value: 'habeas_data', source: 'generico' },
  { text: 'Ley 1480', column: 'regimen', value: 'consumo', source: 'generico' },
  { text: 'Ley 1480 de 2011', column: 'regimen', value: 'consumo', source: 'generico' },
  { text: 'Consumidor', column: 'regimen', value: 'consumo', source: 'generico' },
  { text: 'Decreto 491', column: 'regimen', value: 'emergencia_2020', source: 'generico' },
  { text: 'Decreto 491 de 2020', column: 'regimen', value: 'emergencia_2020', source: 'generico' },
  { text: 'Emergencia', column: 'regimen', value: 'emergencia_2020', source: 'generico' },
  // canal
  { text: 'Correo', column: 'canal', value: 'correo_electronico', source: 'generico' },
  { text: 'Correo electrónico', column: 'canal', value: 'correo_electronico', source: 'generico' },
  { text: 'Email', column: 'canal', value: 'correo_electronico', source: 'generico' },
  { text: 'E-mail', column: 'canal', value: 'correo_electronico', source: 'generico' },
  { text: 'Mail', column: 'canal', value: 'correo_electronico', source: 'generico' },
  {
    text: 'Correo institucional',
    column: 'canal',
    value: 'correo_electronico',
    source: 'gestion_documental',
  },
  { text: 'Web', column: 'canal', value: 'formulario_web', source: 'generico' },
  { text: 'Página web', column: 'canal', value: 'formulario_web', source: 'generico' },
  { text: 'Formulario', column: 'canal', value: 'formulario_web', source: 'generico' },
  { text: 'Formulario web', column: 'canal', value: 'formulario_web', source: 'canonico' },
  { text: 'Portal web', column: 'canal', value: 'formulario_web', source: 'generico' },
  { text: 'Ventanilla virtual', column: 'canal', value: 'formulario_web', source: 'gestion_documental' },
  { text: 'Sede electrónica', column: 'canal', value: 'formulario_web', source: 'gestion_documental' },
  { text: 'Teléfono', column: 'canal', value: 'telefonico', source: 'generico' },
  { text: 'Telefónica', column: 'canal', value: 'telefonico', source: 'generico' },
  { text: 'Línea telefónica', column: 'canal', value: 'telefonico', source: 'generico' },
  { text: 'Call center', column: 'canal', value: 'telefonico', source: 'siau' },
  { text: 'Contact center', column: 'canal', value: 'telefonico', source: 'generico' },
  { text: 'Presencial', column: 'canal', value: 'presencial', source: 'canonico' },
  { text: 'Personal', column: 'canal', value: 'presencial', source: 'generico' },
  { text: 'Ventanilla', column: 'canal', value: 'presencial', source: 'gestion_documental' },
  { text: 'Ventanilla única', column: 'canal', value: 'presencial', source: 'gestion_documental' },
  { text: 'Escrito', column: 'canal', value: 'escrito', source: 'canonico' },
  { text: 'Carta', column: 'canal', value: 'escrito', source: 'generico' },
  { text: 'Correspondencia', column: 'canal', value: 'escrito', source: 'gestion_documental' },
  { text: 'Físico', column: 'canal', value: 'escrito', source: 'gestion_documental' },
  { text: 'Correo certificado', column: 'canal', value: 'escrito', source: 'gestion_documental' },
  { text: 'Redes', column: 'canal', value: 'redes_sociales', source: 'generico' },
  { text: 'Redes sociales', column: 'canal', value: 'redes_sociales', source: 'canonico' },
  { text: 'Chat', column: 'canal', value: 'chat', source: 'canonico' },
  { text: 'WhatsApp', column: 'canal', value: 'chat', source: 'siau' },
  { text: 'Buzón', column: 'canal', value: 'buzon', source: 'canonico' },
  { text: 'Buzón de sugerencias', column: 'canal', value: 'buzon', source: 'siau' },
  { text: 'Verbal', column: 'canal', value: 'verbal', source: 'canonico' },
  { text: 'Otro', column: 'canal', value: 'otro', source: 'canonico' },
  // resultado
  { text: 'Favorable', column: 'resultado', value: 'a_favor', source: 'generico' },
  { text: 'Accede', column: 'resultado', value: 'a_favor', source: 'generico' },
  { text: 'A favor del usuario', column: 'resultado', value: 'a_favor', source: 'sui' },
  { text: 'Accede parcialmente', column: 'resultado', value: 'parcialmente_a_favor', source: 'generico' },
  { text: 'Parcial', column: 'resultado', value: 'parcialmente_a_favor', source: 'generico' },
  { text: 'Parcialmente favorable', column: 'resultado', value: 'parcialmente_a_favor', source: 'generico' },
  { text: 'No accede', column: 'resultado', value: 'en_contra', source: 'generico' },
  { text: 'Desfavorable', column: 'resultado', value: 'en_contra', source: 'generico' },
  { text: 'Negada', column: 'resultado', value: 'en_contra', source: 'generico' },
  { text: 'Traslado por competencia', column: 'resultado', value: 'traslado', source: 'generico' },
  { text: 'Trasladada', column: 'resultado', value: 'traslado', source: 'generico' },
  { text: 'Rechaza', column: 'resultado', value: 'rechazo', source: 'generico' },
  { text: 'Rechazada', column: 'resultado', value: 'rechazo', source: 'generico' },
  { text: 'Archiva', column: 'resultado', value: 'archivo', source: 'generico' },
  { text: 'Archivada', column: 'resultado', value: 'archivo', source: 'generico' },
  { text: 'Desistida', column: 'resultado', value: 'desistimiento', source: 'generico' },
  { text: 'Informativa', column: 'resultado', value: 'informativa', source: 'canonico' },
  // tipo_notificacion (CPACA arts. 56, 67, 69 y 72; Decreto 01 de 1984 art. 45)
  { text: 'Notificación personal', column: 'tipo_notificacion', value: 'personal', source: 'sui' },
  { text: 'Notificación por aviso', column: 'tipo_notificacion', value: 'aviso', source: 'sui' },
  { text: 'Por aviso', column: 'tipo_notificacion', value: 'aviso', source: 'generico' },
  { text: 'Notificación electrónica', column: 'tipo_notificacion', value: 'electronica', source: 'generico' },
  { text: 'Electrónica', column: 'tipo_notificacion', value: 'electronica', source: 'generico' },
  {
    text: 'Notificación por conducta concluyente',
    column: 'tipo_notificacion',
    value: 'conducta_concluyente',
    source: 'sui',
  },
  { text: 'Notificación por edicto', column: 'tipo_notificacion', value: 'edicto', source: 'sui' },
  { text: 'Edicto', column: 'tipo_notificacion', value: 'edicto', source: 'generico' },
  { text: 'No aplica', column: 'tipo_notificacion', value: 'no_aplica', source: 'sui' },
  // tipo_recurso (CPACA art. 74; Ley 142 art. 159: la apelación, en subsidio de la reposición)
  { text: 'Reposición', column: 'tipo_recurso', value: 'reposicion', source: 'generico' },
  { text: 'Recurso de reposición', column: 'tipo_recurso', value: 'reposicion', source: 'generico' },
  { text: 'Apelación', column: 'tipo_recurso', value: 'apelacion', source: 'generico' },
  { text: 'Recurso de apelación', column: 'tipo_recurso', value: 'apelacion', source: 'generico' },
  {
    text: 'Reposición y en subsidio apelación',
    column: 'tipo_recurso',
    value: 'reposicion_y_apelacion',
    source: 'sui',
  },
  {
    text: 'Reposición y apelación',
    column: 'tipo_recurso',
    value: 'reposicion_y_apelacion',
    source: 'generico',
  },
  { text: 'Recurso de queja', column: 'tipo_recurso', value: 'queja', source: 'generico' },
  // resultado_recurso
  { text: 'Confirma', column: 'resultado_recurso', value: 'confirma', source: 'generico' },
  { text: 'Confirmada', column: 'resultado_recurso', value: 'confirma', source: 'generico' },
  { text: 'Modifica', column: 'resultado_recurso', value: 'modifica', source: 'generico' },
  { text: 'Modificada', column: 'resultado_recurso', value: 'modifica', source: 'generico' },
  { text: 'Revoca', column: 'resultado_recurso', value: 'revoca', source: 'generico' },
  { text: 'Revocada', column: 'resultado_recurso', value: 'revoca', source: 'generico' },
  { text: 'Rechaza', column: 'resultado_recurso', value: 'rechaza', source: 'generico' },
  { text: 'Rechazado', column: 'resultado_recurso', value: 'rechaza', source: 'generico' },
  // prioridad
  { text: 'NNA', column: 'prioridad', value: 'nino_nina_adolescente', source: 'siau' },
  { text: 'Menor', column: 'prioridad', value: 'nino_nina_adolescente', source: 'generico' },
  { text: 'Menor de edad', column: 'prioridad', value: 'nino_nina_adolescente', source: 'generico' },
  { text: 'Niño', column: 'prioridad', value: 'nino_nina_adolescente', source: 'generico' },
  { text: 'Gestante', column: 'prioridad', value: 'mujer_gestante', source: 'siau' },
  { text: 'Embarazada', column: 'prioridad', value: 'mujer_gestante', source: 'generico' },
  { text: 'Víctima del conflicto', column: 'prioridad', value: 'victima', source: 'siau' },
  { text: 'Víctima del conflicto armado', column: 'prioridad', value: 'victima', source: 'siau' },
  { text: 'Persona con discapacidad', column: 'prioridad', value: 'discapacidad', source: 'siau' },
  { text: 'Discapacitado', column: 'prioridad', value: 'discapacidad', source: 'generico' },
  { text: 'Tercera edad', column: 'prioridad', value: 'adulto_mayor', source: 'generico' },
  { text: 'Adulto mayor', column: 'prioridad', value: 'adulto_mayor', source: 'canonico' },
] as const satisfies readonly ValueSynonym[];
