/**
 * Golden cases of the notification of the answer (CPACA arts. 56, 67-69 and 72; Decreto 01 de 1984
 * art. 45 for the edicto), hand-counted on the calendar of holidays.cases.ts, never computed by this
 * library.
 *
 * Anchor: a petición received 2026-11-27 and answered Thursday 2026-12-10. The citación is due within
 * the 5 días hábiles following the answer: 11, 14, 15, 16 and 17 December → 2026-12-17 (art. 68).
 * Holidays around: Friday 2026-12-25, Friday 2027-01-01 and Monday 2027-01-11.
 */
import type { LifecycleEvent, Regime, RequestType } from '../../src/domain.js';
import type { DeadlineVector, JsonRequest, StatusVector } from '../../src/testing/index.js';

const ART56 = 'CPACA art. 56 (Ley 2080 de 2021): surtida en la fecha del acceso certificado';
const ART67 = 'CPACA art. 67: notificación personal';
const ART68 = 'CPACA art. 68: citación dentro de los 5 días siguientes a la expedición del acto';
const ART69 = 'CPACA art. 69: aviso surtido al finalizar el día siguiente al de la entrega';
const ART69_PUB =
  'CPACA art. 69 inc. 2: aviso publicado 5 días, surtido al finalizar el día siguiente al retiro';
const ART72 = 'CPACA art. 72: conducta concluyente';

const ANSWER = { type: 'respuesta', date: '2026-12-10' } as const;

const request = (
  events: readonly LifecycleEvent[],
  type: RequestType = 'peticion',
  regime?: Regime,
  receivedAt = '2026-11-27',
): JsonRequest => ({
  type,
  receivedAt,
  ...(regime === undefined ? {} : { regime }),
  events,
});

const at = (asOf: string, events: readonly LifecycleEvent[]) => ({ request: request(events), asOf });

const STATUS: readonly StatusVector[] = [
  {
    id: 'notif-personal-dia-n',
    kind: 'status',
    law: ART67,
    note: 'Notificada personalmente el lunes 14 dic: surte efecto ese día.',
    input: at('2026-12-14', [ANSWER, { type: 'notificacion', date: '2026-12-14', via: 'personal' }]),
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'surtida',
      notifiedOn: '2026-12-14',
      citationDueDate: '2026-12-17',
      alerts: [],
    },
  },
  {
    id: 'notif-personal-mismo-dia-de-la-respuesta',
    kind: 'status',
    law: ART67,
    note: 'La notificación figura antes que la respuesta en la lista, pero es del mismo día: cuenta.',
    input: at('2026-12-10', [{ type: 'notificacion', date: '2026-12-10', via: 'personal' }, ANSWER]),
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'surtida',
      notifiedOn: '2026-12-10',
      alerts: [],
    },
  },
  {
    id: 'notif-pendiente-dentro-del-plazo-de-citacion',
    kind: 'status',
    law: ART68,
    note: 'El registro sigue la notificación (notificationTracking = siempre); el 15 dic aún corre el plazo de la citación.',
    input: at('2026-12-15', [ANSWER]),
    policies: { notificationTracking: 'siempre' },
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'pendiente',
      notifiedOn: null,
      citationDueDate: '2026-12-17',
      alerts: ['NOTIFICACION_PENDIENTE'],
    },
  },
  {
    id: 'notif-pendiente-ultimo-dia-de-la-citacion',
    kind: 'status',
    law: ART68,
    input: at('2026-12-17', [ANSWER]),
    policies: { notificationTracking: 'siempre' },
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'pendiente',
      alerts: ['NOTIFICACION_PENDIENTE'],
    },
  },
  {
    id: 'notif-citacion-vencida',
    kind: 'status',
    law: ART68,
    note: 'El 18 dic pasaron los 5 días hábiles (hasta el 17) sin citación.',
    input: at('2026-12-18', [ANSWER]),
    policies: { notificationTracking: 'siempre' },
    expected: { state: 'respondida_a_tiempo', notificationState: 'pendiente', alerts: ['CITACION_VENCIDA'] },
  },
  {
    id: 'notif-sin-datos-de-notificacion-sin-alertas',
    kind: 'status',
    law: `${ART68}; un registro sin datos de notificación no es una respuesta sin notificar`,
    input: at('2026-12-18', [ANSWER]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'pendiente', alerts: [] },
  },
  {
    id: 'notif-sin-respuesta-sin-parte-de-notificacion',
    kind: 'status',
    law: ART68,
    note: 'Sin respuesta no hay decisión que notificar.',
    input: at('2026-12-15', [{ type: 'citacion', date: '2026-12-14' }]),
    expected: { state: 'por_vencer', notificationState: null, citationDueDate: null },
  },
  {
    id: 'notif-citada-ultimo-dia',
    kind: 'status',
    law: ART68,
    input: at('2026-12-18', [ANSWER, { type: 'citacion', date: '2026-12-17' }]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'citada', notifiedOn: null, alerts: [] },
  },
  {
    id: 'notif-citada-dentro-de-los-cinco-dias',
    kind: 'status',
    law: ART69,
    note: 'Citación del 11 dic: el interesado puede comparecer el 14, 15, 16, 17 y 18.',
    input: at('2026-12-18', [ANSWER, { type: 'citacion', date: '2026-12-11' }]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'citada', alerts: [] },
  },
  {
    id: 'notif-aviso-pendiente',
    kind: 'status',
    law: ART69,
    note: 'Citación del 11 dic; el 21 pasaron los 5 días (hasta el 18) sin notificación personal ni aviso.',
    input: at('2026-12-21', [ANSWER, { type: 'citacion', date: '2026-12-11' }]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'citada', alerts: ['AVISO_PENDIENTE'] },
  },
  {
    id: 'notif-citacion-publicada-aviso-pendiente',
    kind: 'status',
    law: `${ART68} (publicada por desconocerse la dirección); ${ART69}`,
    input: at('2026-12-21', [ANSWER, { type: 'citacion', date: '2026-12-11', published: true }]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'citada', alerts: ['AVISO_PENDIENTE'] },
  },
  {
    id: 'notif-aviso-viernes-surte-el-lunes',
    kind: 'status',
    law: `${ART69}; Ley 4 de 1913 art. 62 (el día siguiente es hábil)`,
    note: 'Citación el 10 dic (comparecencia hasta el 17); aviso entregado el viernes 18: el día hábil siguiente es el lunes 21, y al finalizarlo surte efecto.',
    input: at('2026-12-21', [
      ANSWER,
      { type: 'citacion', date: '2026-12-10' },
      { type: 'aviso', date: '2026-12-18' },
    ]),
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'en_aviso',
      notifiedOn: '2026-12-21',
      alerts: ['NOTIFICACION_SURTE_HOY'],
    },
  },
  {
    id: 'notif-aviso-viernes-surtida-el-martes',
    kind: 'status',
    law: ART69,
    input: at('2026-12-22', [
      ANSWER,
      { type: 'citacion', date: '2026-12-10' },
      { type: 'aviso', date: '2026-12-18' },
    ]),
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'surtida',
      notifiedOn: '2026-12-21',
      alerts: [],
    },
  },
  {
    id: 'notif-aviso-antes-de-festivo-y-fin-de-semana',
    kind: 'status',
    law: `${ART69}; Ley 4 de 1913 art. 62`,
    note: 'Aviso entregado el jueves 24 dic: el 25 es festivo y el 26-27 fin de semana; surte al finalizar el lunes 28.',
    input: at('2026-12-29', [
      ANSWER,
      { type: 'citacion', date: '2026-12-10' },
      { type: 'aviso', date: '2026-12-24' },
    ]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'surtida', notifiedOn: '2026-12-28' },
  },
  {
    id: 'notif-aviso-politica-dia-calendario',
    kind: 'status',
    law: `${ART69} (avisoSurtidaDay = calendario)`,
    note: 'Con el día calendario siguiente, el aviso del 24 dic surte el 25 aunque sea festivo.',
    input: at('2026-12-29', [
      ANSWER,
      { type: 'citacion', date: '2026-12-10' },
      { type: 'aviso', date: '2026-12-24' },
    ]),
    policies: { avisoSurtidaDay: 'calendario' },
    expected: { state: 'respondida_a_tiempo', notificationState: 'surtida', notifiedOn: '2026-12-25' },
  },
  {
    id: 'notif-aviso-publicado-cinco-dias',
    kind: 'status',
    law: ART69_PUB,
    note: 'Publicado el 18 dic: 5 días hábiles (21, 22, 23, 24, 28; el 25 es festivo) → retiro el 28; surte al finalizar el 29.',
    input: at('2026-12-30', [
      ANSWER,
      { type: 'citacion', date: '2026-12-10', published: true },
      { type: 'aviso', date: '2026-12-18', published: true },
    ]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'surtida', notifiedOn: '2026-12-29' },
  },
  {
    id: 'notif-aviso-publicado-retiro-registrado',
    kind: 'status',
    law: ART69_PUB,
    note: 'Retirado el jueves 31 dic: el 1 ene es festivo y el 2-3 fin de semana; surte al finalizar el lunes 4 ene.',
    input: at('2027-01-05', [
      ANSWER,
      { type: 'citacion', date: '2026-12-10', published: true },
      { type: 'aviso', date: '2026-12-18', published: true, removedOn: '2026-12-31' },
    ]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'surtida', notifiedOn: '2027-01-04' },
  },
  {
    id: 'notif-electronica-acceso-certificado',
    kind: 'status',
    law: ART56,
    input: at('2026-12-15', [ANSWER, { type: 'notificacion', date: '2026-12-15', via: 'electronica' }]),
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'surtida',
      notifiedOn: '2026-12-15',
      alerts: [],
    },
  },
  {
    id: 'notif-conducta-concluyente',
    kind: 'status',
    law: ART72,
    note: 'Sin citación, el interesado revela el 22 dic que conoce el acto: queda notificado ese día.',
    input: at('2026-12-22', [
      ANSWER,
      { type: 'notificacion', date: '2026-12-22', via: 'conducta_concluyente' },
    ]),
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'surtida',
      notifiedOn: '2026-12-22',
      alerts: [],
    },
  },
  {
    id: 'notif-recurso-sin-notificacion-es-conducta-concluyente',
    kind: 'status',
    law: ART72,
    note: 'Con citación del 11 dic y sin notificación, el recurso del 22 dic notifica por conducta concluyente ese día: no hay aviso pendiente.',
    input: at('2026-12-28', [
      ANSWER,
      { type: 'citacion', date: '2026-12-11' },
      { type: 'recurso', date: '2026-12-22', kind: 'reposicion' },
    ]),
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'surtida',
      notifiedOn: '2026-12-22',
      recursoOnTime: true,
      alerts: [],
    },
  },
  {
    id: 'notif-la-primera-via-surtida-cuenta',
    kind: 'status',
    law: `${ART67}; ${ART69}`,
    note: 'Aviso entregado el 18 dic (surtiría el 21) pero notificado personalmente el 18: cuenta el 18.',
    input: at('2026-12-22', [
      ANSWER,
      { type: 'citacion', date: '2026-12-10' },
      { type: 'aviso', date: '2026-12-18' },
      { type: 'notificacion', date: '2026-12-18', via: 'personal' },
    ]),
    expected: { state: 'respondida_a_tiempo', notificationState: 'surtida', notifiedOn: '2026-12-18' },
  },
  {
    id: 'notif-anterior-a-la-respuesta-no-cuenta',
    kind: 'status',
    law: `${ART67}: no se notifica una decisión que no existe`,
    note: 'La notificación del 9 dic es anterior a la respuesta del 10: no cuenta; el registro la sigue, así que la respuesta queda por notificar.',
    input: at('2026-12-11', [{ type: 'notificacion', date: '2026-12-09', via: 'personal' }, ANSWER]),
    expected: {
      state: 'respondida_a_tiempo',
      notificationState: 'pendiente',
      notifiedOn: null,
      alerts: ['NOTIFICACION_PENDIENTE'],
    },
  },
  {
    id: 'notif-spd-aviso-tardio-silencio-positivo',
    kind: 'status',
    law: `Ley 142 de 1994 art. 158; ${ART69} (silenceCountsNotification = true)`,
    note: 'Reclamo vence el 21 dic; respondido el 18, citación el 18 (comparecencia hasta el 28), aviso el 29: surte el 30, después del vencimiento.',
    input: {
      request: request(
        [
          { type: 'respuesta', date: '2026-12-18' },
          { type: 'citacion', date: '2026-12-18' },
          { type: 'aviso', date: '2026-12-29' },
        ],
        'reclamo',
        'servicios_publicos',
      ),
      asOf: '2027-01-04',
    },
    expected: {
      state: 'respondida_a_tiempo',
      notifiedOn: '2026-12-30',
      consequences: ['silencio_administrativo_positivo'],
    },
  },
];

const deadline = (
  id: string,
  law: string,
  events: readonly LifecycleEvent[],
  expected: DeadlineVector['expected'],
  receivedAt = '2026-11-27',
): DeadlineVector => ({
  id,
  kind: 'deadline',
  law,
  input: { request: request(events, 'peticion', undefined, receivedAt) },
  expected,
});

const DEADLINES: readonly DeadlineVector[] = [
  deadline('notif-citacion-extemporanea', ART68, [ANSWER, { type: 'citacion', date: '2026-12-18' }], {
    dueDate: '2026-12-21',
    warnings: ['CITACION_EXTEMPORANEA'],
  }),
  deadline('notif-citacion-en-termino', ART68, [ANSWER, { type: 'citacion', date: '2026-12-17' }], {
    dueDate: '2026-12-21',
    warnings: [],
  }),
  deadline(
    'notif-aviso-anticipado',
    ART69,
    [ANSWER, { type: 'citacion', date: '2026-12-11' }, { type: 'aviso', date: '2026-12-18' }],
    { dueDate: '2026-12-21', warnings: ['AVISO_ANTICIPADO'] },
  ),
  deadline(
    'notif-aviso-al-sexto-dia',
    ART69,
    [ANSWER, { type: 'citacion', date: '2026-12-11' }, { type: 'aviso', date: '2026-12-21' }],
    { dueDate: '2026-12-21', warnings: [] },
  ),
  deadline('notif-aviso-sin-citacion', ART69, [ANSWER, { type: 'aviso', date: '2026-12-18' }], {
    dueDate: '2026-12-21',
    warnings: ['AVISO_SIN_CITACION'],
  }),
  deadline(
    'notif-anterior-a-la-respuesta',
    ART67,
    [{ type: 'notificacion', date: '2026-12-09', via: 'personal' }, ANSWER],
    { dueDate: '2026-12-21', warnings: ['NOTIFICACION_ANTERIOR_A_LA_DECISION'] },
  ),
  deadline(
    'notif-edicto-despues-del-cpaca',
    'Decreto 01 de 1984 art. 45; CPACA arts. 69 y 308: el aviso reemplazó al edicto',
    [ANSWER, { type: 'notificacion', date: '2026-12-28', via: 'edicto' }],
    { dueDate: '2026-12-21', warnings: ['NOTIFICACION_POR_EDICTO'] },
  ),
  deadline(
    'notif-via-desconocida-error',
    'Evento mal formado: vía de notificación desconocida',
    [ANSWER, { type: 'notificacion', date: '2026-12-14', via: 'correo' } as unknown as LifecycleEvent],
    { error: 'INVALID_EVENT' },
  ),
  deadline(
    'notif-aviso-retirado-antes-de-publicar-error',
    'Evento mal formado: aviso retirado antes de publicarse (CPACA art. 69 inc. 2)',
    [ANSWER, { type: 'aviso', date: '2026-12-18', published: true, removedOn: '2026-12-17' }],
    { error: 'INVALID_EVENT' },
  ),
];

/** The notification cases. */
export const NOTIFICATION_CASES: readonly (StatusVector | DeadlineVector)[] = [...STATUS, ...DEADLINES];
