/**
 * Golden states as of a date, as data: semáforo edges, answers on and after the due date, the legal
 * consequences of each regime, traslado, desistimiento (express and tacit), the requirement, and the
 * semáforo policy. Hand-counted on the calendar of holidays.cases.ts, never computed by this library.
 *
 * Anchor: a petición received 2026-11-27 is due 2026-12-21 (15 días hábiles). The semáforo is a
 * management convention, not law: `amarillo` when at most a third of the term is left (≤ 5 of 15
 * business days), `rojo` on the due date and after.
 */
import type { LifecycleEvent, Regime, RequestType } from '../../src/domain.js';
import type { JsonRequest, StatusVector } from '../../src/testing/index.js';

const CPACA14 = 'CPACA art. 14 inc. 1 (Ley 1755 de 2015)';
const ART17 = 'CPACA art. 17 (Ley 1755 de 2015)';

const at = (
  asOf: string,
  events: readonly LifecycleEvent[] = [],
  type: RequestType = 'peticion',
  regime?: Regime,
): { request: JsonRequest; asOf: string } => ({
  request: {
    type,
    receivedAt: '2026-11-27',
    ...(regime === undefined ? {} : { regime }),
    ...(events.length === 0 ? {} : { events }),
  },
  asOf,
});

const REQ = { type: 'requerimiento', date: '2026-12-01' } as const;

export const STATUS_CASES: readonly StatusVector[] = [
  // --- Semáforo of an open petición ------------------------------------------------------------
  {
    id: 'estado-en-termino-dia-de-radicacion',
    kind: 'status',
    law: CPACA14,
    input: at('2026-11-27'),
    expected: {
      state: 'en_termino',
      semaforo: 'verde',
      dueDate: '2026-12-21',
      remainingBusinessDays: 15,
      onTime: null,
      consequences: [],
    },
  },
  {
    id: 'estado-en-termino-seis-dias',
    kind: 'status',
    law: CPACA14,
    note: 'Quedan 14, 15, 16, 17, 18 y 21 de diciembre: 6 > 5.',
    input: at('2026-12-11'),
    expected: { state: 'en_termino', semaforo: 'verde', remainingBusinessDays: 6 },
  },
  {
    id: 'estado-por-vencer-amarillo',
    kind: 'status',
    law: CPACA14,
    note: 'Quedan 5 de 15 días hábiles: un tercio.',
    input: at('2026-12-14'),
    expected: { state: 'por_vencer', semaforo: 'amarillo', remainingBusinessDays: 5 },
  },
  {
    id: 'estado-vence-hoy-rojo',
    kind: 'status',
    law: `${CPACA14}; Ley 4 de 1913 arts. 59-60 (vence a la medianoche)`,
    input: at('2026-12-21'),
    expected: { state: 'por_vencer', semaforo: 'rojo', remainingBusinessDays: 0, consequences: [] },
  },
  {
    id: 'estado-semaforo-politica-mitad',
    kind: 'status',
    law: 'Política semaforo.amarilloFraction = 0.5 (convención de gestión, no ley)',
    note: 'Quedan 6 días ≤ 7,5: amarillo (con el tercio por defecto sería verde).',
    input: at('2026-12-11'),
    policies: { semaforo: { amarilloFraction: 0.5 } },
    expected: { state: 'por_vencer', semaforo: 'amarillo', remainingBusinessDays: 6 },
  },
  // --- Overdue and its consequences -------------------------------------------------------------
  {
    id: 'estado-vencida-dia-siguiente',
    kind: 'status',
    law: `${CPACA14}; CPACA art. 31 (falta disciplinaria)`,
    input: at('2026-12-22'),
    expected: {
      state: 'vencida',
      semaforo: 'rojo',
      remainingBusinessDays: -1,
      consequences: ['falta_disciplinaria'],
    },
  },
  {
    id: 'estado-vencida-sabado',
    kind: 'status',
    law: CPACA14,
    note: 'Días hábiles de retraso al sábado 26: 22, 23 y 24 (el 25 es festivo).',
    input: at('2026-12-26'),
    expected: { state: 'vencida', remainingBusinessDays: -3 },
  },
  {
    id: 'estado-antes-del-silencio-negativo',
    kind: 'status',
    law: 'CPACA art. 83; Ley 4 de 1913 art. 62',
    note: 'Tres meses desde el 27 de noviembre: 27 de febrero (sábado) → lunes 1 de marzo, último día.',
    input: at('2027-03-01'),
    expected: { state: 'vencida', consequences: ['falta_disciplinaria'] },
  },
  {
    id: 'estado-silencio-negativo',
    kind: 'status',
    law: 'CPACA art. 83: "Transcurridos tres (3) meses […] se entenderá que esta es negativa"',
    input: at('2027-03-02'),
    expected: {
      state: 'vencida',
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
    },
  },
  {
    id: 'estado-documentos-aceptados',
    kind: 'status',
    law: 'CPACA art. 14 num. 1: "se entenderá […] que la respectiva solicitud ha sido aceptada"',
    note: 'Vencía el 14 de diciembre; las copias se deben a los 3 días (17 de diciembre).',
    input: at('2026-12-15', [], 'peticion_documentos'),
    expected: {
      state: 'vencida',
      dueDate: '2026-12-14',
      consequences: ['aceptacion_documentos', 'falta_disciplinaria'],
    },
  },
  {
    id: 'estado-congresista-mala-conducta',
    kind: 'status',
    law: 'Ley 5 de 1992 arts. 258-259',
    input: at('2026-12-07', [], 'solicitud_congresista'),
    expected: { state: 'vencida', dueDate: '2026-12-04', consequences: ['mala_conducta'] },
  },
  {
    id: 'estado-recurso-silencio-negativo',
    kind: 'status',
    law: 'CPACA art. 86: dos meses sin decisión → negativa; falta disciplinaria gravísima',
    input: at('2027-01-28', [], 'recurso'),
    expected: {
      state: 'vencida',
      dueDate: '2027-01-27',
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
    },
  },
  {
    id: 'estado-spd-silencio-positivo',
    kind: 'status',
    law: 'Ley 142 de 1994 art. 158; Decreto 2150 de 1995 art. 123 (72 horas para reconocerlo)',
    input: at('2026-12-22', [], 'reclamo', 'servicios_publicos'),
    expected: { state: 'vencida', consequences: ['silencio_administrativo_positivo'] },
  },
  {
    id: 'estado-spd-respuesta-tardia-silencio-positivo',
    kind: 'status',
    law: 'Ley 142 de 1994 art. 158: pasado el término, "se entenderá que el recurso ha sido resuelto en forma favorable"',
    input: at('2026-12-31', [{ type: 'respuesta', date: '2026-12-23' }], 'reclamo', 'servicios_publicos'),
    expected: {
      state: 'respondida_extemporanea',
      onTime: false,
      consequences: ['silencio_administrativo_positivo'],
    },
  },
  {
    id: 'estado-spd-notificacion-tardia-silencio-positivo',
    kind: 'status',
    law: 'Ley 142 de 1994 art. 158 y art. 159 (notificación según el CPACA); Decreto 2150 de 1995 art. 123; SSPD: opera sin decisión notificada en término (silenceCountsNotification = true)',
    note: 'Respuesta el 21 dic (último día), notificada el 12 ene: el 22 dic no había decisión notificada. El estado sigue la fecha de respuesta.',
    input: at(
      '2027-01-15',
      [
        { type: 'respuesta', date: '2026-12-21' },
        { type: 'notificacion', date: '2027-01-12' },
      ],
      'reclamo',
      'servicios_publicos',
    ),
    expected: {
      state: 'respondida_a_tiempo',
      onTime: true,
      consequences: ['silencio_administrativo_positivo'],
    },
  },
  {
    id: 'estado-spd-notificacion-tardia-politica-respuesta',
    kind: 'status',
    law: 'Ley 142 de 1994 art. 158 "responderá […] dentro del término" (silenceCountsNotification = false)',
    input: at(
      '2027-01-15',
      [
        { type: 'respuesta', date: '2026-12-21' },
        { type: 'notificacion', date: '2027-01-12' },
      ],
      'reclamo',
      'servicios_publicos',
    ),
    policies: { silenceCountsNotification: false },
    expected: { state: 'respondida_a_tiempo', onTime: true, consequences: [] },
  },
  {
    id: 'estado-spd-notificacion-en-termino',
    kind: 'status',
    law: 'Ley 142 de 1994 art. 158',
    note: 'Respuesta el 18 dic y notificación el 21 dic, dentro del término: no hay silencio positivo.',
    input: at(
      '2027-01-15',
      [
        { type: 'respuesta', date: '2026-12-18' },
        { type: 'notificacion', date: '2026-12-21' },
      ],
      'reclamo',
      'servicios_publicos',
    ),
    expected: { state: 'respondida_a_tiempo', consequences: [] },
  },
  {
    id: 'estado-silencio-negativo-notificacion-tardia',
    kind: 'status',
    law: 'CPACA art. 83: "Transcurridos tres (3) meses […] sin que se haya notificado decisión que la resuelva"',
    note: 'Respondida el 21 dic pero notificada el 10 mar: el 2 mar (tres meses, Ley 4 de 1913 art. 62) no había decisión notificada.',
    input: at('2027-03-15', [
      { type: 'respuesta', date: '2026-12-21' },
      { type: 'notificacion', date: '2027-03-10' },
    ]),
    expected: {
      state: 'respondida_a_tiempo',
      consequences: ['silencio_administrativo_negativo'],
    },
  },
  {
    id: 'estado-consumo-indicio-grave',
    kind: 'status',
    law: 'Ley 1480 de 2011 art. 58 num. 5 lit. f (PARTIAL)',
    input: at('2026-12-22', [], 'reclamo', 'consumo'),
    expected: { state: 'vencida', consequences: ['indicio_grave'] },
  },
  {
    id: 'estado-emergencia-vencida',
    kind: 'status',
    law: 'Decreto Legislativo 491 de 2020 art. 5 (SECONDARY)',
    input: { request: { type: 'peticion', receivedAt: '2021-06-15' }, asOf: '2021-07-30' },
    expected: { state: 'vencida', dueDate: '2021-07-29', remainingBusinessDays: -1 },
  },
  // --- Answered --------------------------------------------------------------------------------
  {
    id: 'estado-respondida-el-ultimo-dia',
    kind: 'status',
    law: `${CPACA14}; Ley 4 de 1913 art. 60 (vale si se ejecuta antes de la medianoche)`,
    input: at('2026-12-31', [{ type: 'respuesta', date: '2026-12-21', outcome: 'a_favor' }]),
    expected: { state: 'respondida_a_tiempo', semaforo: null, onTime: true, consequences: [] },
  },
  {
    id: 'estado-respondida-un-dia-tarde',
    kind: 'status',
    law: `${CPACA14}; CPACA art. 31`,
    input: at('2026-12-31', [{ type: 'respuesta', date: '2026-12-22' }]),
    expected: {
      state: 'respondida_extemporanea',
      semaforo: null,
      onTime: false,
      consequences: ['falta_disciplinaria'],
    },
  },
  {
    id: 'estado-respuesta-posterior-al-corte-no-cuenta',
    kind: 'status',
    law: CPACA14,
    note: 'Al 15 de diciembre no se conocía la respuesta del 18: quedan 4 días, amarillo.',
    input: at('2026-12-15', [{ type: 'respuesta', date: '2026-12-18' }]),
    expected: { state: 'por_vencer', semaforo: 'amarillo', remainingBusinessDays: 4 },
  },
  {
    id: 'estado-felicitacion-sin-termino',
    kind: 'status',
    law: 'CPACA art. 13: la felicitación no tiene término legal',
    input: at('2026-12-31', [], 'felicitacion'),
    expected: { state: 'sin_termino', semaforo: null, dueDate: null, consequences: [] },
  },
  // --- Traslado and desistimiento --------------------------------------------------------------
  {
    id: 'estado-trasladada-a-tiempo',
    kind: 'status',
    law: 'CPACA art. 21: dentro de los cinco (5) días siguientes (hasta el 4 de diciembre)',
    input: at('2026-12-10', [{ type: 'traslado', date: '2026-12-03', to: 'Superintendencia de Salud' }]),
    expected: { state: 'trasladada', semaforo: null, onTime: true },
  },
  {
    id: 'estado-trasladada-tarde',
    kind: 'status',
    law: 'CPACA art. 21',
    input: at('2026-12-10', [{ type: 'traslado', date: '2026-12-07' }]),
    expected: { state: 'trasladada', onTime: false },
  },
  {
    id: 'estado-trasladada-tarde-peticion-verbal',
    kind: 'status',
    law: 'CPACA art. 21: de inmediato si el peticionario actúa verbalmente',
    input: {
      request: {
        type: 'peticion',
        receivedAt: '2026-11-27',
        channel: 'verbal',
        events: [{ type: 'traslado', date: '2026-12-03' }],
      },
      asOf: '2026-12-10',
    },
    expected: { state: 'trasladada', onTime: false },
  },
  {
    id: 'estado-desistida-expresamente',
    kind: 'status',
    law: 'CPACA art. 18: desistimiento expreso',
    input: at('2026-12-10', [{ type: 'desistimiento', date: '2026-12-05' }]),
    expected: { state: 'desistida', semaforo: null, consequences: [] },
  },
  // --- Requerimiento (CPACA art. 17) ------------------------------------------------------------
  {
    id: 'estado-en-requerimiento',
    kind: 'status',
    law: ART17,
    input: at('2026-12-15', [REQ]),
    expected: { state: 'en_requerimiento' },
  },
  {
    id: 'estado-en-requerimiento-ultimo-dia-del-peticionario',
    kind: 'status',
    law: `${ART17}; Ley 4 de 1913 art. 62`,
    note: 'Un mes desde el 1 de diciembre: 1 de enero (festivo) → lunes 4 de enero, último día.',
    input: at('2027-01-04', [REQ]),
    expected: { state: 'en_requerimiento' },
  },
  {
    id: 'estado-desistimiento-tacito',
    kind: 'status',
    law: `${ART17}: "Se entenderá que el peticionario ha desistido"`,
    input: at('2027-01-05', [REQ]),
    expected: { state: 'desistida', consequences: ['desistimiento_tacito'] },
  },
  {
    id: 'estado-ampliacion-del-peticionario',
    kind: 'status',
    law: `${ART17}: "prórroga hasta por un término igual" pedida antes de vencer (hasta el 1 de febrero)`,
    input: at('2027-01-05', [REQ, { type: 'ampliacion_requerimiento', date: '2026-12-28' }]),
    expected: { state: 'en_requerimiento' },
  },
  {
    id: 'estado-requerimiento-respondido',
    kind: 'status',
    law: `${ART17} (requirementReactivation = resume)`,
    note: 'Vence el 30 de diciembre; al 22 quedan 23, 24, 28, 29 y 30: 5 días, amarillo.',
    input: at('2026-12-22', [REQ, { type: 'respuesta_requerimiento', date: '2026-12-10' }]),
    expected: { state: 'por_vencer', semaforo: 'amarillo', dueDate: '2026-12-30', remainingBusinessDays: 5 },
  },
  // --- Errors ----------------------------------------------------------------------------------
  {
    id: 'estado-corte-antes-de-la-radicacion-error',
    kind: 'status',
    law: 'La fecha de corte no puede ser anterior a la radicación',
    input: at('2026-11-26'),
    expected: { error: 'INVALID_ARGUMENT' },
  },
];
