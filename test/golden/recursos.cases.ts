/**
 * Golden states of the decision after the answer, as data: the recurso window from the notification
 * (Ley 142 art. 154 under both values of policy spdRecursoTerm; CPACA art. 76; the queja of art. 74),
 * the late recurso (art. 78), the reposición of a public-utility company and its silencio positivo
 * (Ley 142 art. 158), its recognition within 72 hours (Decreto 2150 art. 123), the apelación sent to
 * the Superintendencia (Ley 142 art. 159), the recursos outside utilities (CPACA art. 86) and firmness
 * (CPACA art. 87), and the decision of the apelación by the Superintendencia or the inmediato superior
 * (CPACA arts. 74 num. 2 and 86). Hand-counted on the calendar of holidays.cases.ts, never computed by this library.
 *
 * Anchor: a reclamo to a public-utility company received Tue 2026-11-03 is due Wed 2026-11-25 (15 días
 * hábiles: 4, 5, 6, 9, 10, 11, 12, 13, 17, 18, 19, 20, 23, 24, 25 de noviembre; el 16 es festivo). It is
 * answered Fri 2026-11-20 and notified Mon 2026-11-23. Five días hábiles after it: 24, 25, 26, 27 and
 * 30 de noviembre; ten: también 1, 2, 3, 4 y 7 de diciembre. The 8 de diciembre is a holiday.
 */
import type { LifecycleEvent, Regime, RequestType } from '../../src/domain.js';
import type { JsonRequest, StatusVector } from '../../src/testing/index.js';

const ART154 = 'Ley 142 de 1994 art. 154';
const ART76 = 'CPACA art. 76';
const ART78 = 'CPACA art. 78';
const ART72 = 'CPACA art. 72: notificado por conducta concluyente quien «interponga los recursos legales»';
const ART74 = 'CPACA art. 74 num. 3';
const ART158 = 'Ley 142 de 1994 art. 158';
const ART159 = 'Ley 142 de 1994 art. 159 (Ley 689 de 2001 art. 20)';
const ART86 = 'CPACA art. 86';
const ART87 = 'CPACA art. 87';
const SAP72 = 'Decreto 2150 de 1995 art. 123';
const ART74_2 = 'CPACA art. 74 num. 2';
/** The Superintendencia decides under the CPACA, not under Ley 142 art. 158 (a reading). */
const SSPD_86 = `${ART86} (la Superintendencia se rige por el CPACA y no por el silencio positivo de la Ley 142 art. 158: Consejo de Estado, Sección Primera, 25-10-2007, rad. 76001-23-31-000-2000-01972-01)`;

const ANSWERED: readonly LifecycleEvent[] = [
  { type: 'respuesta', date: '2026-11-20' },
  { type: 'notificacion', date: '2026-11-23' },
];

const at = (
  asOf: string,
  events: readonly LifecycleEvent[],
  regime: Regime = 'servicios_publicos',
  type: RequestType = 'reclamo',
): { request: JsonRequest; asOf: string } => ({
  request: { type, receivedAt: '2026-11-03', regime, events },
  asOf,
});

const spd = (asOf: string, ...more: LifecycleEvent[]) => at(asOf, [...ANSWERED, ...more]);
const cpaca = (asOf: string, ...more: LifecycleEvent[]) =>
  at(asOf, [...ANSWERED, ...more], 'cpaca', 'peticion');

const REPO_APEL = { type: 'recurso', date: '2026-11-27', kind: 'reposicion_y_apelacion' } as const;
const CONFIRMA = {
  type: 'decision_recurso',
  date: '2026-12-10',
  result: 'confirma',
  notifiedOn: '2026-12-11',
} as const;

const ENVIADA = { type: 'envio_sspd', date: '2026-12-16' } as const;
const apelacion = (
  date: string,
  result: 'confirma' | 'modifica' | 'revoca' | 'rechaza',
  notifiedOn?: string,
) =>
  ({
    type: 'decision_apelacion',
    date,
    result,
    ...(notifiedOn === undefined ? {} : { notifiedOn }),
  }) as const;

export const RECURSO_CASES: readonly StatusVector[] = [
  // --- The window from the notification ------------------------------------------------------
  {
    id: 'recurso-spd-termino-abierto',
    kind: 'status',
    law: ART154,
    note: 'Notificada el 23 de noviembre: el término de 5 días hábiles vence el 30.',
    input: spd('2026-11-24'),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'notificada',
      recursoWindowEnd: '2026-11-30',
      recursoOnTime: null,
      alerts: [],
    },
  },
  {
    id: 'recurso-spd-ultimo-dia-en-termino',
    kind: 'status',
    law: `${ART154}; ${ART158}`,
    note: 'Recurso el 30 de noviembre, último día. La reposición se decide en 15 días hábiles: 1, 2, 3, 4, 7, 9, 10, 11, 14, 15, 16, 17, 18, 21 y 22 de diciembre.',
    input: spd('2026-12-01', { type: 'recurso', date: '2026-11-30', kind: 'reposicion' }),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'recurso_interpuesto',
      recursoOnTime: true,
      recursoDecisionDueDate: '2026-12-22',
      alerts: [],
    },
  },
  {
    id: 'recurso-spd-extemporaneo-ley-142',
    kind: 'status',
    law: `${ART154}; ${ART78}; ${ART87} num. 3`,
    note: 'Recurso el 1 de diciembre, un día después del término: se rechaza y la decisión quedó en firme el 1.',
    input: spd('2026-12-01', { type: 'recurso', date: '2026-12-01', kind: 'reposicion_y_apelacion' }),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      recursoWindowEnd: '2026-11-30',
      recursoOnTime: false,
      recursoDecisionDueDate: null,
      firmSince: '2026-12-01',
      alerts: ['RECURSO_EXTEMPORANEO'],
    },
  },
  {
    id: 'recurso-spd-politica-cpaca-en-termino',
    kind: 'status',
    law: `${ART76} (política spdRecursoTerm = cpaca); ${ART158}`,
    note: 'Con 10 días hábiles el término vence el 7 de diciembre; el recurso del 1 está en término y se decide a más tardar el 23 (2, 3, 4, 7, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23).',
    input: spd('2026-12-02', { type: 'recurso', date: '2026-12-01', kind: 'reposicion_y_apelacion' }),
    policies: { spdRecursoTerm: 'cpaca' },
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'recurso_interpuesto',
      recursoWindowEnd: '2026-12-07',
      recursoOnTime: true,
      recursoDecisionDueDate: '2026-12-23',
      alerts: [],
    },
  },
  {
    id: 'recurso-spd-politica-cpaca-extemporaneo',
    kind: 'status',
    law: `${ART76} (política spdRecursoTerm = cpaca); ${ART78}`,
    note: 'Recurso el 9 de diciembre: el término de 10 días venció el 7 (el 8 es festivo).',
    input: spd('2026-12-09', { type: 'recurso', date: '2026-12-09', kind: 'reposicion' }),
    policies: { spdRecursoTerm: 'cpaca' },
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      recursoWindowEnd: '2026-12-07',
      recursoOnTime: false,
      firmSince: '2026-12-08',
      alerts: ['RECURSO_EXTEMPORANEO'],
    },
  },
  {
    id: 'recurso-cpaca-diez-dias-ultimo-dia',
    kind: 'status',
    law: `${ART76}; ${ART86}`,
    note: 'Fuera de servicios públicos: 10 días hábiles, vence el 7 de diciembre; se decide en 2 meses: 7 de febrero de 2027 es domingo, pasa al lunes 8.',
    input: cpaca('2026-12-07', { type: 'recurso', date: '2026-12-07', kind: 'reposicion' }),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'recurso_interpuesto',
      recursoWindowEnd: '2026-12-07',
      recursoOnTime: true,
      recursoDecisionDueDate: '2027-02-08',
      alerts: [],
    },
  },
  {
    id: 'recurso-cpaca-extemporaneo',
    kind: 'status',
    law: `${ART76}; ${ART78}`,
    input: cpaca('2026-12-09', { type: 'recurso', date: '2026-12-09', kind: 'reposicion' }),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      recursoOnTime: false,
      firmSince: '2026-12-08',
      alerts: ['RECURSO_EXTEMPORANEO'],
    },
  },
  {
    id: 'recurso-conducta-concluyente-sin-notificacion',
    kind: 'status',
    law: `${ART72}; ${ART154}`,
    note: 'Sin notificación registrada, el recurso del martes 15 dic notifica la decisión por conducta concluyente ese día; el término de 5 días hábiles corre desde él (16, 17, 18, 21 y 22 dic) y el recurso es oportuno.',
    input: at('2026-12-15', [
      { type: 'respuesta', date: '2026-11-20' },
      { type: 'recurso', date: '2026-12-15', kind: 'reposicion' },
    ]),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'recurso_interpuesto',
      notificationState: 'surtida',
      notifiedOn: '2026-12-15',
      recursoWindowEnd: '2026-12-22',
      recursoOnTime: true,
      alerts: [],
    },
  },
  {
    id: 'recurso-cpaca-conducta-concluyente-diez-dias',
    kind: 'status',
    law: `${ART72}; ${ART76}`,
    note: 'Petición respondida el 20 nov y nunca notificada; el recurso del lunes 30 nov la notifica ese día y los 10 días hábiles corren desde él: 1, 2, 3, 4, 7, 9, 10, 11, 14 y 15 dic (el 8 es festivo).',
    input: at(
      '2026-11-30',
      [
        { type: 'respuesta', date: '2026-11-20' },
        { type: 'recurso', date: '2026-11-30', kind: 'reposicion' },
      ],
      'cpaca',
      'peticion',
    ),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'recurso_interpuesto',
      notificationState: 'surtida',
      notifiedOn: '2026-11-30',
      recursoWindowEnd: '2026-12-15',
      recursoOnTime: true,
      alerts: [],
    },
  },
  {
    id: 'recurso-conducta-concluyente-decidido-firme',
    kind: 'status',
    law: `${ART72}; ${ART87} num. 2`,
    note: 'Notificada por conducta concluyente con el recurso del 15 dic; la reposición se decide el 18 y se notifica el lunes 21: en firme desde el 22.',
    input: at('2026-12-28', [
      { type: 'respuesta', date: '2026-11-20' },
      { type: 'recurso', date: '2026-12-15', kind: 'reposicion' },
      { type: 'decision_recurso', date: '2026-12-18', result: 'confirma', notifiedOn: '2026-12-21' },
    ]),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      notificationState: 'surtida',
      notifiedOn: '2026-12-15',
      recursoWindowEnd: '2026-12-22',
      recursoOnTime: true,
      firmSince: '2026-12-22',
      alerts: [],
    },
  },
  {
    id: 'recurso-decidida-sin-notificar',
    kind: 'status',
    law: `${ART76} (el término corre desde la notificación)`,
    input: at('2026-12-30', [{ type: 'respuesta', date: '2026-11-20' }]),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'decidida',
      recursoWindowEnd: null,
      firmSince: null,
      alerts: [],
    },
  },
  {
    id: 'recurso-sin-respuesta-previa',
    kind: 'status',
    law: `${ART76} (el recurso ataca una decisión)`,
    note: 'Sin respuesta no hay etapa; quedan 3 días hábiles del término (23, 24 y 25 de noviembre).',
    input: at('2026-11-20', [{ type: 'recurso', date: '2026-11-20', kind: 'reposicion' }]),
    expected: { state: 'por_vencer', stage: null, alerts: ['POR_VENCER', 'RECURSO_SIN_DECISION_PREVIA'] },
  },
  // --- Queja ---------------------------------------------------------------------------------
  {
    id: 'queja-en-termino',
    kind: 'status',
    law: ART74,
    note: 'Apelación rechazada el 25 y notificada el 26 de noviembre: la queja vence el 3 de diciembre (27, 30, 1, 2, 3).',
    input: cpaca(
      '2026-12-03',
      { type: 'recurso', date: '2026-11-24', kind: 'apelacion' },
      { type: 'decision_recurso', date: '2026-11-25', result: 'rechaza', notifiedOn: '2026-11-26' },
      { type: 'recurso', date: '2026-12-03', kind: 'queja' },
    ),
    expected: { state: 'respondida_a_tiempo', stage: 'recurso_interpuesto', firmSince: null, alerts: [] },
  },
  {
    id: 'queja-extemporanea',
    kind: 'status',
    law: `${ART74}; ${ART78}; ${ART87} num. 2`,
    note: 'Queja el 4 de diciembre, tarde: la decisión que rechazó la apelación quedó en firme el 27 de noviembre.',
    input: cpaca(
      '2026-12-04',
      { type: 'recurso', date: '2026-11-24', kind: 'apelacion' },
      { type: 'decision_recurso', date: '2026-11-25', result: 'rechaza', notifiedOn: '2026-11-26' },
      { type: 'recurso', date: '2026-12-04', kind: 'queja' },
    ),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      firmSince: '2026-11-27',
      alerts: ['RECURSO_EXTEMPORANEO'],
    },
  },
  // --- Reposición of a public-utility company and its silencio positivo ------------------------
  {
    id: 'reposicion-spd-silencio-positivo',
    kind: 'status',
    law: `${ART158}; ${SAP72}`,
    note: 'Recurso del 27 de noviembre: 30, 1, 2, 3, 4, 7, 9, 10, 11, 14, 15, 16, 17, 18, 21 → vence el 21 de diciembre; el 22 opera el silencio positivo, a reconocer hasta el 24.',
    input: spd('2026-12-22', REPO_APEL),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'recurso_interpuesto',
      recursoDecisionDueDate: '2026-12-21',
      consequences: ['silencio_administrativo_positivo'],
      alerts: ['RECURSO_VENCIDO', 'SAP_RECONOCIMIENTO_PENDIENTE'],
    },
  },
  {
    id: 'reposicion-spd-silencio-72-horas-vencidas',
    kind: 'status',
    law: `${ART158}; ${SAP72}`,
    input: spd('2026-12-28', REPO_APEL),
    expected: {
      state: 'respondida_a_tiempo',
      consequences: ['silencio_administrativo_positivo'],
      alerts: ['RECURSO_VENCIDO', 'SAP_RECONOCIMIENTO_VENCIDO'],
    },
  },
  {
    id: 'reposicion-spd-silencio-reconocido-en-72-horas',
    kind: 'status',
    law: `${SAP72}; ${ART158}`,
    note: 'Reconocido el 24 de diciembre, último día de las 72 horas: cesa la alerta; el silencio se sigue contando.',
    input: spd('2026-12-28', REPO_APEL, { type: 'reconocimiento_sap', date: '2026-12-24' }),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'reposicion_decidida',
      consequences: ['silencio_administrativo_positivo'],
      alerts: [],
    },
  },
  {
    id: 'reposicion-spd-silencio-reconocido-tarde',
    kind: 'status',
    law: SAP72,
    input: spd('2026-12-28', REPO_APEL, { type: 'reconocimiento_sap', date: '2026-12-28' }),
    expected: {
      state: 'respondida_a_tiempo',
      consequences: ['silencio_administrativo_positivo'],
      alerts: ['SAP_RECONOCIMIENTO_TARDIO'],
    },
  },
  {
    id: 'reposicion-spd-decidida-notificada-tarde',
    kind: 'status',
    law: `${ART158}; Ley 142 art. 159 (notificación según el CPACA); política silenceCountsNotification`,
    note: 'Decidida el 21 de diciembre (último día) pero notificada el 22: opera el silencio positivo.',
    input: spd('2026-12-22', REPO_APEL, {
      type: 'decision_recurso',
      date: '2026-12-21',
      result: 'confirma',
      notifiedOn: '2026-12-22',
    }),
    expected: {
      state: 'respondida_a_tiempo',
      consequences: ['silencio_administrativo_positivo'],
      alerts: ['ENVIO_SSPD_PENDIENTE', 'SAP_RECONOCIMIENTO_PENDIENTE'],
    },
  },
  {
    id: 'sap-peticion-reconocido-en-72-horas',
    kind: 'status',
    law: SAP72,
    note: 'Sin respuesta al 25 de noviembre: silencio positivo desde el 26, a reconocer hasta el 28; reconocido el 27.',
    input: at('2026-11-27', [{ type: 'reconocimiento_sap', date: '2026-11-27' }]),
    expected: { state: 'vencida', consequences: ['silencio_administrativo_positivo'], alerts: ['VENCIDA'] },
  },
  {
    id: 'sap-peticion-reconocido-tarde',
    kind: 'status',
    law: SAP72,
    input: at('2026-11-30', [{ type: 'reconocimiento_sap', date: '2026-11-30' }]),
    expected: {
      state: 'vencida',
      consequences: ['silencio_administrativo_positivo'],
      alerts: ['SAP_RECONOCIMIENTO_TARDIO', 'VENCIDA'],
    },
  },
  // --- The apelación sent to the Superintendencia ---------------------------------------------
  {
    id: 'apelacion-spd-envio-pendiente',
    kind: 'status',
    law: `${ART159}; política spdAppealForwarding = cinco_dias`,
    note: 'Reposición confirmada el 10 de diciembre: el expediente va a la Superintendencia a más tardar el 17 (11, 14, 15, 16, 17).',
    input: spd('2026-12-14', REPO_APEL, CONFIRMA),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'reposicion_decidida',
      forwardingDueDate: '2026-12-17',
      firmSince: null,
      alerts: ['ENVIO_SSPD_PENDIENTE'],
    },
  },
  {
    id: 'apelacion-spd-envio-vencido',
    kind: 'status',
    law: `${ART159}; política spdAppealForwarding = cinco_dias`,
    input: spd('2026-12-18', REPO_APEL, CONFIRMA),
    expected: { state: 'respondida_a_tiempo', stage: 'reposicion_decidida', alerts: ['ENVIO_SSPD_VENCIDO'] },
  },
  {
    id: 'apelacion-spd-enviada',
    kind: 'status',
    law: ART159,
    input: spd('2026-12-18', REPO_APEL, CONFIRMA, { type: 'envio_sspd', date: '2026-12-16' }),
    expected: { state: 'respondida_a_tiempo', stage: 'apelacion_enviada', firmSince: null, alerts: [] },
  },
  {
    id: 'apelacion-spd-envio-sin-termino',
    kind: 'status',
    law: `${ART159}; política spdAppealForwarding = sin_termino`,
    input: spd('2026-12-18', REPO_APEL, CONFIRMA),
    policies: { spdAppealForwarding: 'sin_termino' },
    expected: { state: 'respondida_a_tiempo', forwardingDueDate: null, alerts: ['ENVIO_SSPD_PENDIENTE'] },
  },
  {
    id: 'apelacion-spd-sin-reposicion',
    kind: 'status',
    law: ART159,
    input: spd('2026-11-30', { type: 'recurso', date: '2026-11-27', kind: 'apelacion' }),
    expected: {
      state: 'respondida_a_tiempo',
      recursoOnTime: true,
      recursoDecisionDueDate: null,
      alerts: ['APELACION_SIN_REPOSICION'],
    },
  },
  // --- Firmness --------------------------------------------------------------------------------
  {
    id: 'firmeza-sin-recurso',
    kind: 'status',
    law: `${ART87} num. 3; ${ART154}`,
    note: 'Venció el término el 30 de noviembre sin recurso: en firme desde el 1 de diciembre.',
    input: spd('2026-12-01'),
    expected: { state: 'respondida_a_tiempo', stage: 'firme', firmSince: '2026-12-01', alerts: [] },
  },
  {
    id: 'firmeza-renuncia-a-recursos',
    kind: 'status',
    law: `${ART87} num. 3`,
    input: spd('2026-11-25', { type: 'renuncia_recursos', date: '2026-11-24' }),
    expected: { state: 'respondida_a_tiempo', stage: 'firme', firmSince: '2026-11-25' },
  },
  {
    id: 'firmeza-reposicion-revoca',
    kind: 'status',
    law: `${ART87} num. 2; ${ART159} (la apelación en subsidio queda sin objeto)`,
    input: spd('2026-12-14', REPO_APEL, {
      type: 'decision_recurso',
      date: '2026-12-10',
      result: 'revoca',
      notifiedOn: '2026-12-11',
    }),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      firmSince: '2026-12-12',
      forwardingDueDate: null,
      alerts: [],
    },
  },
  {
    id: 'firmeza-reposicion-sola-el-dia-de-la-notificacion',
    kind: 'status',
    law: `${ART87} num. 2`,
    note: 'La decisión del recurso se notificó el 11 de diciembre: en firme desde el día siguiente.',
    input: spd('2026-12-11', { type: 'recurso', date: '2026-11-27', kind: 'reposicion' }, CONFIRMA),
    expected: { state: 'respondida_a_tiempo', stage: 'reposicion_decidida', firmSince: null, alerts: [] },
  },
  {
    id: 'firmeza-reposicion-sola-notificada',
    kind: 'status',
    law: `${ART87} num. 2`,
    input: spd('2026-12-12', { type: 'recurso', date: '2026-11-27', kind: 'reposicion' }, CONFIRMA),
    expected: { state: 'respondida_a_tiempo', stage: 'firme', firmSince: '2026-12-12', alerts: [] },
  },
  // --- Recursos outside public utilities (CPACA art. 86) --------------------------------------
  {
    id: 'recurso-cpaca-silencio-negativo',
    kind: 'status',
    law: ART86,
    note: 'Recurso del 27 de noviembre: 2 meses vencen el miércoles 27 de enero de 2027; el 28 se entiende negado.',
    input: cpaca('2027-01-28', { type: 'recurso', date: '2026-11-27', kind: 'reposicion' }),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'recurso_interpuesto',
      recursoDecisionDueDate: '2027-01-27',
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
      alerts: ['RECURSO_VENCIDO'],
    },
  },
  {
    id: 'recurso-cpaca-decidido-en-termino',
    kind: 'status',
    law: `${ART86}; ${ART87} num. 2`,
    input: cpaca(
      '2027-01-28',
      { type: 'recurso', date: '2026-11-27', kind: 'reposicion' },
      { type: 'decision_recurso', date: '2027-01-20', result: 'confirma', notifiedOn: '2027-01-21' },
    ),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      firmSince: '2027-01-22',
      consequences: [],
      alerts: [],
    },
  },
  {
    id: 'recurso-cpaca-notificado-despues-de-dos-meses',
    kind: 'status',
    law: `${ART86} ("sin que se haya notificado decisión expresa")`,
    input: cpaca(
      '2027-02-01',
      { type: 'recurso', date: '2026-11-27', kind: 'reposicion' },
      { type: 'decision_recurso', date: '2027-01-26', result: 'confirma', notifiedOn: '2027-01-29' },
    ),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      firmSince: '2027-01-30',
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
      alerts: [],
    },
  },
  // --- The decision of the apelación (CPACA arts. 74 num. 2, 86 and 87 num. 2) ------------------
  {
    id: 'apelacion-spd-decidida-y-notificada-firme',
    kind: 'status',
    law: `${ART159}; ${ART87} num. 2`,
    note: 'La Superintendencia decide el 15 de enero de 2027 y notifica el lunes 18: en firme desde el martes 19. Término de la apelación: 2 meses desde el recurso del 27 de noviembre, hasta el miércoles 27 de enero.',
    input: spd('2027-01-19', REPO_APEL, CONFIRMA, ENVIADA, apelacion('2027-01-15', 'confirma', '2027-01-18')),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      appealDecisionDueDate: '2027-01-27',
      firmSince: '2027-01-19',
      consequences: [],
      alerts: [],
    },
  },
  {
    id: 'apelacion-spd-el-dia-de-la-notificacion',
    kind: 'status',
    law: `${ART87} num. 2 ("desde el día siguiente")`,
    input: spd('2027-01-18', REPO_APEL, CONFIRMA, ENVIADA, apelacion('2027-01-15', 'confirma', '2027-01-18')),
    expected: { state: 'respondida_a_tiempo', stage: 'apelacion_decidida', firmSince: null, alerts: [] },
  },
  {
    id: 'apelacion-spd-decidida-sin-notificar',
    kind: 'status',
    law: `${ART87} num. 2 (la firmeza sigue a la notificación)`,
    input: spd('2027-02-15', REPO_APEL, CONFIRMA, ENVIADA, apelacion('2027-01-15', 'modifica')),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'apelacion_decidida',
      firmSince: null,
      consequences: [],
      alerts: [],
    },
  },
  {
    id: 'apelacion-spd-revoca',
    kind: 'status',
    law: `${ART159}; ${ART87} num. 2`,
    note: 'La Superintendencia revoca la decisión de la empresa: la decisión de la apelación queda en firme al día siguiente de su notificación.',
    input: spd('2027-01-19', REPO_APEL, CONFIRMA, ENVIADA, apelacion('2027-01-15', 'revoca', '2027-01-18')),
    expected: { state: 'respondida_a_tiempo', stage: 'firme', firmSince: '2027-01-19', alerts: [] },
  },
  {
    id: 'apelacion-spd-ultimo-dia-sin-decision',
    kind: 'status',
    law: SSPD_86,
    note: 'El 27 de enero de 2027, último de los dos meses: aún en término.',
    input: spd('2027-01-27', REPO_APEL, CONFIRMA, ENVIADA),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'apelacion_enviada',
      appealDecisionDueDate: '2027-01-27',
      firmSince: null,
      consequences: [],
      alerts: [],
    },
  },
  {
    id: 'apelacion-spd-silencio-negativo',
    kind: 'status',
    law: SSPD_86,
    note: 'Dos meses desde la interposición (27 de noviembre) sin decisión notificada: el 28 de enero se entiende negada; no hay firmeza.',
    input: spd('2027-01-28', REPO_APEL, CONFIRMA, ENVIADA),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'apelacion_enviada',
      appealDecisionDueDate: '2027-01-27',
      firmSince: null,
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
      alerts: ['APELACION_VENCIDA'],
    },
  },
  {
    id: 'apelacion-spd-notificada-despues-de-dos-meses',
    kind: 'status',
    law: `${SSPD_86}; ${ART87} num. 2`,
    note: 'Decidida el 26 de enero pero notificada el 28: ya operó el silencio negativo; la decisión expresa queda en firme el 29.',
    input: spd('2027-02-01', REPO_APEL, CONFIRMA, ENVIADA, apelacion('2027-01-26', 'confirma', '2027-01-28')),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      firmSince: '2027-01-29',
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
      alerts: [],
    },
  },
  {
    id: 'apelacion-directa-cpaca-decidida-firme',
    kind: 'status',
    law: `${ART74_2}; ${ART86}; ${ART87} num. 2`,
    note: 'Apelación sola fuera de servicios públicos: el superior decide el 20 de enero de 2027 y notifica el 21; en firme el 22.',
    input: cpaca(
      '2027-01-22',
      { type: 'recurso', date: '2026-11-27', kind: 'apelacion' },
      apelacion('2027-01-20', 'confirma', '2027-01-21'),
    ),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'firme',
      recursoDecisionDueDate: '2027-01-27',
      appealDecisionDueDate: null,
      firmSince: '2027-01-22',
      consequences: [],
      alerts: [],
    },
  },
  {
    id: 'apelacion-directa-cpaca-silencio-negativo',
    kind: 'status',
    law: `${ART86} ("interposición de los recursos de reposición o apelación")`,
    input: cpaca('2027-01-28', { type: 'recurso', date: '2026-11-27', kind: 'apelacion' }),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'recurso_interpuesto',
      recursoDecisionDueDate: '2027-01-27',
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
      alerts: ['RECURSO_VENCIDO'],
    },
  },
  {
    id: 'apelacion-subsidiaria-cpaca-silencio-negativo',
    kind: 'status',
    law: `${ART74_2}; ${ART86}`,
    note: 'La reposición se confirmó a tiempo, pero el superior no decide la apelación en los 2 meses contados desde la interposición (27 de noviembre): el 28 de enero se entiende negada.',
    input: cpaca('2027-01-28', REPO_APEL, CONFIRMA),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'reposicion_decidida',
      recursoDecisionDueDate: '2027-01-27',
      appealDecisionDueDate: '2027-01-27',
      forwardingDueDate: null,
      firmSince: null,
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
      alerts: ['APELACION_VENCIDA'],
    },
  },
  {
    id: 'apelacion-subsidiaria-cpaca-decidida-firme',
    kind: 'status',
    law: `${ART74_2}; ${ART87} num. 2`,
    input: cpaca('2027-01-22', REPO_APEL, CONFIRMA, apelacion('2027-01-20', 'confirma', '2027-01-21')),
    expected: { state: 'respondida_a_tiempo', stage: 'firme', firmSince: '2027-01-22', alerts: [] },
  },
  {
    id: 'apelacion-subsidiaria-cpaca-ultimo-dia-domingo',
    kind: 'status',
    law: `${ART86}; Ley 4 de 1913 art. 62`,
    note: 'Recurso el 7 de diciembre, último día: los 2 meses terminan el domingo 7 de febrero de 2027 y pasan al lunes 8, aún en término.',
    input: cpaca(
      '2027-02-08',
      { type: 'recurso', date: '2026-12-07', kind: 'reposicion_y_apelacion' },
      CONFIRMA,
    ),
    expected: {
      state: 'respondida_a_tiempo',
      stage: 'reposicion_decidida',
      appealDecisionDueDate: '2027-02-08',
      consequences: [],
      alerts: [],
    },
  },
  {
    id: 'apelacion-subsidiaria-cpaca-dia-siguiente-al-lunes',
    kind: 'status',
    law: `${ART86}; Ley 4 de 1913 art. 62`,
    input: cpaca(
      '2027-02-09',
      { type: 'recurso', date: '2026-12-07', kind: 'reposicion_y_apelacion' },
      CONFIRMA,
    ),
    expected: {
      state: 'respondida_a_tiempo',
      appealDecisionDueDate: '2027-02-08',
      consequences: ['falta_disciplinaria', 'silencio_administrativo_negativo'],
      alerts: ['APELACION_VENCIDA'],
    },
  },
  {
    id: 'apelacion-no-interpuesta-no-cuenta',
    kind: 'status',
    law: `${ART87} num. 2; ${ART74_2} (sin apelación no hay decisión de apelación)`,
    note: 'Solo hubo reposición: una decisión de apelación registrada no cambia la firmeza (12 de diciembre).',
    input: spd(
      '2026-12-14',
      { type: 'recurso', date: '2026-11-27', kind: 'reposicion' },
      CONFIRMA,
      apelacion('2026-12-14', 'revoca', '2026-12-14'),
    ),
    expected: { state: 'respondida_a_tiempo', stage: 'firme', firmSince: '2026-12-12', alerts: [] },
  },
];

/** Malformed recurso events: the engine rejects them (never a silent default). */
export const RECURSO_ERROR_CASES: readonly StatusVector[] = [
  {
    id: 'recurso-clase-desconocida',
    kind: 'status',
    law: `${ART76}; CPACA art. 74 (clases de recurso)`,
    input: spd('2026-11-30', { type: 'recurso', date: '2026-11-27', kind: 'revision' as never }),
    expected: { error: 'INVALID_EVENT' },
  },
  {
    id: 'decision-recurso-notificada-antes-de-tomarse',
    kind: 'status',
    law: `${ART87} num. 2 (la notificación sigue a la decisión)`,
    input: spd('2026-12-14', REPO_APEL, {
      type: 'decision_recurso',
      date: '2026-12-10',
      result: 'confirma',
      notifiedOn: '2026-12-09',
    }),
    expected: { error: 'INVALID_EVENT' },
  },
  {
    id: 'decision-apelacion-notificada-antes-de-tomarse',
    kind: 'status',
    law: `${ART87} num. 2 (la notificación sigue a la decisión)`,
    input: spd('2027-01-19', REPO_APEL, CONFIRMA, ENVIADA, apelacion('2027-01-15', 'confirma', '2027-01-14')),
    expected: { error: 'INVALID_EVENT' },
  },
  {
    id: 'decision-apelacion-resultado-desconocido',
    kind: 'status',
    law: `${ART74_2}`,
    input: spd('2027-01-19', REPO_APEL, CONFIRMA, ENVIADA, apelacion('2027-01-15', 'anula' as never)),
    expected: { error: 'INVALID_EVENT' },
  },
  {
    id: 'envio-sspd-antes-de-la-recepcion',
    kind: 'status',
    law: ART159,
    input: spd('2026-12-14', { type: 'envio_sspd', date: '2026-10-30' }),
    expected: { error: 'INVALID_EVENT' },
  },
  {
    id: 'renuncia-recursos-antes-de-la-recepcion',
    kind: 'status',
    law: `${ART87} num. 3`,
    input: spd('2026-12-14', { type: 'renuncia_recursos', date: '2026-10-30' }),
    expected: { error: 'INVALID_EVENT' },
  },
  {
    id: 'reconocimiento-sap-antes-de-la-recepcion',
    kind: 'status',
    law: SAP72,
    input: spd('2026-12-14', { type: 'reconocimiento_sap', date: '2026-10-30' }),
    expected: { error: 'INVALID_EVENT' },
  },
];
