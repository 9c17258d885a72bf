/**
 * The header vocabulary of real PQRSD exports: each header as it was seen, the canonical column it
 * holds, and the kind of export it was seen in. Looked up by {@link vocabularyKey} (accents, case,
 * plurals, punctuation, underscores and records-series prefixes do not matter).
 *
 * `column: null` marks a header that is known and deliberately not used (no canonical column holds
 * it: the audit says so instead of calling it unknown). `weak: true` marks a header too generic to
 * win over a specific one (`FECHA` is the filing date only when no other header says so).
 *
 * @module
 */

import type { CanonicalColumn } from '../mapping.js';
import type { SourceKind } from './normalize.js';

/**
 * One entry of the header vocabulary.
 *
 * @example
 * ```ts
 * const h: HeaderSynonym = { text: 'FECHA RADICACIÓN', column: 'fecha_radicacion', source: 'gestion_documental' };
 * ```
 */
export interface HeaderSynonym {
  /** The header as written in an export. */
  readonly text: string;
  /** The canonical column it holds, or `null`: known, not used. */
  readonly column: CanonicalColumn | null;
  /** Where it was seen. */
  readonly source: SourceKind;
  /** Too generic to win over another header of the same column. */
  readonly weak?: true;
}

/**
 * The header vocabulary (reviewed by hand: each entry is tested).
 *
 * @example
 * ```ts
 * HEADER_VOCABULARY.some((h) => h.text === 'TIPO_DE_PQRSDF'); //=> true
 * ```
 */
export const HEADER_VOCABULARY = [
  // radicado
  { text: 'Número de radicado', column: 'radicado', source: 'generico' },
  { text: 'Número radicado', column: 'radicado', source: 'generico' },
  { text: 'No. Radicado', column: 'radicado', source: 'generico' },
  { text: 'Nro. radicado', column: 'radicado', source: 'generico' },
  { text: 'Radicado No.', column: 'radicado', source: 'generico' },
  { text: 'Radicado de entrada', column: 'radicado', source: 'gestion_documental' },
  { text: 'Número de radicado de entrada', column: 'radicado', source: 'gestion_documental' },
  { text: 'Radicado PQRSD', column: 'radicado', source: 'datos_abiertos' },
  { text: 'Consecutivo', column: 'radicado', source: 'generico' },
  { text: 'Número de la petición', column: 'radicado', source: 'datos_abiertos' },
  { text: 'ID PQRSD', column: 'radicado', source: 'datos_abiertos' },
  { text: 'Número de caso', column: 'radicado', source: 'siau' },
  { text: 'Número de solicitud', column: 'radicado', source: 'datos_abiertos' },
  { text: 'Número de identificación del radicado', column: 'radicado', source: 'sui' },
  // tipo
  { text: 'Tipo de solicitud', column: 'tipo', source: 'generico' },
  { text: 'Tipo solicitud', column: 'tipo', source: 'generico' },
  { text: 'Tipo PQRSD', column: 'tipo', source: 'generico' },
  { text: 'TIPO_DE_PQRSDF', column: 'tipo', source: 'datos_abiertos' },
  { text: 'Tipo de PQRS', column: 'tipo', source: 'siau' },
  { text: 'Tipo de petición', column: 'tipo', source: 'datos_abiertos' },
  { text: 'Tipología', column: 'tipo', source: 'generico' },
  { text: 'TIPOLOGÍA DOCUMENTAL', column: 'tipo', source: 'gestion_documental' },
  { text: 'Tipo Documental', column: 'tipo', source: 'gestion_documental' },
  { text: 'Expediente asociado', column: 'tipo', source: 'gestion_documental', weak: true },
  { text: 'Serie documental', column: 'tipo', source: 'gestion_documental', weak: true },
  { text: 'Tipo de trámite', column: 'tipo', source: 'sui' },
  { text: 'Tipo trámite', column: 'tipo', source: 'generico' },
  { text: 'Modalidad', column: 'tipo', source: 'generico' },
  { text: 'Modalidad de petición', column: 'tipo', source: 'datos_abiertos' },
  { text: 'Clase de solicitud', column: 'tipo', source: 'siau' },
  { text: 'Tipo de requerimiento', column: 'tipo', source: 'siau' },
  // fecha_radicacion
  { text: 'Fecha radicado', column: 'fecha_radicacion', source: 'generico' },
  { text: 'Fecha de radicación', column: 'fecha_radicacion', source: 'generico' },
  { text: 'FECHA RADICACIÓN', column: 'fecha_radicacion', source: 'gestion_documental' },
  { text: 'Fecha y hora de radicación', column: 'fecha_radicacion', source: 'gestion_documental' },
  { text: 'Fecha radicación hora', column: 'fecha_radicacion', source: 'generico' },
  { text: 'Fecha de creación del documento', column: 'fecha_radicacion', source: 'gestion_documental' },
  { text: 'Fecha de creación', column: 'fecha_radicacion', source: 'gestion_documental' },
  { text: 'Fecha recibo', column: 'fecha_radicacion', source: 'generico' },
  { text: 'Fecha de recibo', column: 'fecha_radicacion', source: 'generico' },
  { text: 'Fecha recepción', column: 'fecha_radicacion', source: 'generico' },
  { text: 'Fecha de recepción', column: 'fecha_radicacion', source: 'siau' },
  { text: 'Fecha de ingreso', column: 'fecha_radicacion', source: 'siau' },
  { text: 'Fecha de registro', column: 'fecha_radicacion', source: 'datos_abiertos' },
  { text: 'Fecha de la petición', column: 'fecha_radicacion', source: 'datos_abiertos' },
  { text: 'Fecha de solicitud', column: 'fecha_radicacion', source: 'datos_abiertos' },
  { text: 'Fecha radicación de la petición', column: 'fecha_radicacion', source: 'sui' },
  { text: 'FECHA', column: 'fecha_radicacion', source: 'siau', weak: true },
  // regimen
  { text: 'Régimen legal', column: 'regimen', source: 'generico' },
  { text: 'Norma', column: 'regimen', source: 'generico' },
  // canal
  { text: 'Canal de recepción', column: 'canal', source: 'generico' },
  { text: 'Canal recepción', column: 'canal', source: 'generico' },
  { text: 'CANAL_DE_COMUNICACIÓN', column: 'canal', source: 'datos_abiertos' },
  { text: 'Canal de comunicación', column: 'canal', source: 'datos_abiertos' },
  { text: 'Canal de atención', column: 'canal', source: 'siau' },
  { text: 'Canal de ingreso', column: 'canal', source: 'siau' },
  { text: 'Medio', column: 'canal', source: 'generico' },
  { text: 'Medio de recepción', column: 'canal', source: 'generico' },
  { text: 'Medio de recibo', column: 'canal', source: 'gestion_documental' },
  { text: 'Medio de envío', column: 'canal', source: 'gestion_documental' },
  // seccional
  { text: 'Regional', column: 'seccional', source: 'generico' },
  { text: 'Sede', column: 'seccional', source: 'siau' },
  { text: 'Oficina', column: 'seccional', source: 'generico' },
  { text: 'Seccional', column: 'seccional', source: 'canonico' },
  { text: 'Municipio', column: 'seccional', source: 'datos_abiertos', weak: true },
  // dependencia
  { text: 'Área', column: 'dependencia', source: 'generico' },
  { text: 'AREA_O_DEPENDENCIA', column: 'dependencia', source: 'datos_abiertos' },
  { text: 'Área o dependencia', column: 'dependencia', source: 'datos_abiertos' },
  { text: 'Dependencia responsable', column: 'dependencia', source: 'generico' },
  { text: 'Dependencia asignada', column: 'dependencia', source: 'gestion_documental' },
  { text: 'Dependencia actual', column: 'dependencia', source: 'gestion_documental' },
  { text: 'OFICINA EXITOSA', column: 'dependencia', source: 'gestion_documental' },
  { text: 'Servicio', column: 'dependencia', source: 'siau', weak: true },
  // responsable
  { text: 'Funcionario', column: 'responsable', source: 'generico' },
  { text: 'Asignado a', column: 'responsable', source: 'generico' },
  { text: 'Usuario actual', column: 'responsable', source: 'gestion_documental' },
  // asunto
  { text: 'Asunto', column: 'asunto', source: 'canonico' },
  { text: 'ASUNTO O RESUMEN', column: 'asunto', source: 'gestion_documental' },
  { text: 'Título/asunto:', column: 'asunto', source: 'gestion_documental' },
  { text: 'Resumen', column: 'asunto', source: 'generico' },
  { text: 'Descripción', column: 'asunto', source: 'siau', weak: true },
  { text: 'Motivo', column: 'asunto', source: 'siau', weak: true },
  { text: 'Tema', column: 'asunto', source: 'datos_abiertos', weak: true },
  // prioridad
  { text: 'Condición prioritaria', column: 'prioridad', source: 'generico' },
  { text: 'Atención prioritaria', column: 'prioridad', source: 'generico' },
  { text: 'Población especial', column: 'prioridad', source: 'siau' },
  { text: 'Grupo poblacional', column: 'prioridad', source: 'siau', weak: true },
  { text: 'PREFERENCIAL', column: 'prioridad', source: 'gestion_documental' },
  // prórroga, requerimiento, traslado, desistimiento
  { text: 'Fecha de prórroga', column: 'fecha_prorroga', source: 'generico' },
  { text: 'Fecha de ampliación de términos', column: 'fecha_prorroga', source: 'generico' },
  { text: 'Fecha de traslado', column: 'fecha_traslado', source: 'generico' },
  { text: 'Entidad a la que se trasladó', column: 'entidad_traslado', source: 'generico' },
  { text: 'Fecha de desistimiento', column: 'fecha_desistimiento', source: 'generico' },
  // respuesta
  { text: 'Fecha de respuesta', column: 'fecha_respuesta', source: 'generico' },
  { text: 'Fecha respuesta de fondo', column: 'fecha_respuesta', source: 'generico' },
  { text: 'Fecha de respuesta definitiva', column: 'fecha_respuesta', source: 'siau' },
  { text: 'Fecha de cierre', column: 'fecha_respuesta', source: 'siau' },
  { text: 'Fecha radicado de salida', column: 'fecha_respuesta', source: 'gestion_documental' },
  { text: 'Fecha de respuesta de la petición', column: 'fecha_respuesta', source: 'sui' },
  { text: 'Sentido de la respuesta', column: 'resultado', source: 'generico' },
  { text: 'Sentido respuesta', column: 'resultado', source: 'generico' },
  { text: 'Tipo de respuesta', column: 'resultado', source: 'sui' },
  { text: 'Tipo respuesta', column: 'resultado', source: 'generico' },
  { text: 'Fecha de notificación', column: 'fecha_notificacion', source: 'generico' },
  { text: 'Fecha de notificación de la respuesta', column: 'fecha_notificacion', source: 'sui' },
  // cadena de notificación (CPACA arts. 56, 67-69 y 72)
  { text: 'Tipo de notificación', column: 'tipo_notificacion', source: 'sui' },
  { text: 'Medio de notificación', column: 'tipo_notificacion', source: 'generico' },
  { text: 'Forma de notificación', column: 'tipo_notificacion', source: 'generico' },
  { text: 'Fecha de citación', column: 'fecha_citacion', source: 'generico' },
  { text: 'Fecha de envío de la citación', column: 'fecha_citacion', source: 'generico' },
  { text: 'Fecha de aviso', column: 'fecha_aviso', source: 'generico' },
  { text: 'Fecha de entrega del aviso', column: 'fecha_aviso', source: 'generico' },
  // recursos contra la respuesta (CPACA arts. 74-87; Ley 142 arts. 154-159)
  { text: 'Fecha del recurso', column: 'fecha_recurso', source: 'generico' },
  { text: 'Fecha de interposición del recurso', column: 'fecha_recurso', source: 'generico' },
  { text: 'Tipo de recurso', column: 'tipo_recurso', source: 'generico' },
  { text: 'Clase de recurso', column: 'tipo_recurso', source: 'generico' },
  { text: 'Fecha de decisión del recurso', column: 'fecha_decision_recurso', source: 'generico' },
  { text: 'Resultado del recurso', column: 'resultado_recurso', source: 'generico' },
  {
    text: 'Fecha de notificación de la decisión del recurso',
    column: 'fecha_notificacion_decision_recurso',
    source: 'generico',
  },
  { text: 'Fecha de envío a la SSPD', column: 'fecha_envio_sspd', source: 'generico' },
  { text: 'Fecha de envío a la Superintendencia', column: 'fecha_envio_sspd', source: 'generico' },
  { text: 'Fecha de decisión de la apelación', column: 'fecha_decision_apelacion', source: 'generico' },
  { text: 'Resultado de la apelación', column: 'resultado_apelacion', source: 'generico' },
  {
    text: 'Fecha de notificación de la decisión de la apelación',
    column: 'fecha_notificacion_decision_apelacion',
    source: 'generico',
  },
  { text: 'Fecha de reconocimiento del SAP', column: 'fecha_reconocimiento_sap', source: 'generico' },
  {
    text: 'Fecha de reconocimiento del silencio administrativo positivo',
    column: 'fecha_reconocimiento_sap',
    source: 'generico',
  },
  // vencimiento de la entidad
  { text: 'Fecha de vencimiento', column: 'fecha_vencimiento', source: 'generico' },
  { text: 'FECHA VENCIMIENTO', column: 'fecha_vencimiento', source: 'gestion_documental' },
  { text: 'Vencimiento', column: 'fecha_vencimiento', source: 'generico' },
  { text: 'Fecha vencimiento sistema', column: 'fecha_vencimiento', source: 'generico' },
  { text: 'Fecha límite', column: 'fecha_vencimiento', source: 'generico' },
  { text: 'Fecha límite de respuesta', column: 'fecha_vencimiento', source: 'siau' },
  // encuesta
  { text: 'Encuesta de satisfacción', column: 'satisfaccion', source: 'generico' },
  { text: 'Encuesta satisfacción', column: 'satisfaccion', source: 'generico' },
  // known, not used
  { text: 'DIAS', column: null, source: 'gestion_documental' },
  { text: 'Días hábiles', column: null, source: 'datos_abiertos' },
  { text: 'Días de gestión', column: null, source: 'siau' },
  { text: 'Días transcurridos', column: null, source: 'gestion_documental' },
  { text: 'ESTADO TRAMITE', column: 'estado', source: 'gestion_documental' },
  { text: 'Estado', column: 'estado', source: 'generico' },
  { text: 'Estado de la petición', column: 'estado', source: 'datos_abiertos' },
  { text: 'Estado del trámite', column: 'estado', source: 'gestion_documental' },
  { text: 'Estado de la solicitud', column: 'estado', source: 'siau' },
  { text: 'Radicado de salida', column: null, source: 'gestion_documental' },
  { text: 'Número de radicado de respuesta', column: null, source: 'sui' },
  { text: 'Código DANE', column: null, source: 'sui' },
  { text: 'Departamento', column: null, source: 'datos_abiertos' },
  { text: 'Número de cuenta', column: null, source: 'sui' },
  { text: 'Número de factura', column: null, source: 'sui' },
  { text: 'Detalle de la causal', column: null, source: 'sui' },
  { text: 'Causal', column: null, source: 'sui' },
  { text: 'Servicio público', column: null, source: 'sui' },
  { text: 'EPS', column: null, source: 'siau' },
  { text: 'Régimen de afiliación', column: null, source: 'siau' },
  { text: 'Año', column: null, source: 'datos_abiertos' },
  { text: 'Mes', column: null, source: 'datos_abiertos' },
  { text: 'Anexos', column: null, source: 'gestion_documental' },
  { text: 'Folios', column: null, source: 'gestion_documental' },
] as const satisfies readonly HeaderSynonym[];
