/**
 * Golden cases: each row names the article it proves. Dates were counted by hand on the calendar of
 * Ley 51 de 1983 / Ley 2578 de 2026 (and cross-checked by the naive oracle in properties.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { computeDeadline, type PolicyOverrides } from '../../src/deadlines/index.js';
import type { PqrsdRequest } from '../../src/domain.js';

interface Golden {
  law: string;
  request: PqrsdRequest;
  policies?: PolicyOverrides;
  due: string | null;
  rule?: string;
  regime?: string;
  max?: string | null;
  received?: string;
  warning?: string;
}

const P = (
  type: PqrsdRequest['type'],
  receivedAt: PqrsdRequest['receivedAt'],
  regime?: PqrsdRequest['regime'],
) => (regime === undefined ? { type, receivedAt } : { type, receivedAt, regime });

const GOLDEN: Golden[] = [
  // CPACA art. 14: every type, received Friday 2026-11-27 (8 December skipped).
  {
    law: 'CPACA art. 14 inc. 1: petición, 15 días (ancla: 2026-12-21)',
    request: P('peticion', '2026-11-27'),
    due: '2026-12-21',
    rule: 'R-PET-GEN',
    regime: 'cpaca',
    max: '2027-01-14',
  },
  { law: 'CPACA arts. 13-14: queja, 15 días', request: P('queja', '2026-11-27'), due: '2026-12-21' },
  { law: 'CPACA arts. 13-14: reclamo, 15 días', request: P('reclamo', '2026-11-27'), due: '2026-12-21' },
  {
    law: 'CPACA arts. 13-14: sugerencia, 15 días',
    request: P('sugerencia', '2026-11-27'),
    due: '2026-12-21',
  },
  { law: 'CPACA arts. 13-14: denuncia, 15 días', request: P('denuncia', '2026-11-27'), due: '2026-12-21' },
  {
    law: 'CPACA art. 14 num. 1: documentos, 10 días',
    request: P('peticion_documentos', '2026-11-27'),
    due: '2026-12-14',
    rule: 'R-PET-DOC',
    max: '2026-12-29',
  },
  {
    law: 'Ley 1712 art. 26 → CPACA art. 14 num. 1: acceso a información, 10 días',
    request: P('acceso_informacion', '2026-11-27'),
    due: '2026-12-14',
    rule: 'R-AIP',
  },
  {
    law: 'CPACA art. 14 num. 2: consulta, 30 días',
    request: P('consulta', '2026-11-27'),
    due: '2027-01-14',
    rule: 'R-PET-CONSULTA',
  },
  {
    law: 'CPACA art. 30: entre autoridades, 10 días, sin prórroga',
    request: P('peticion_autoridad', '2026-11-27'),
    due: '2026-12-14',
    max: '2026-12-14',
  },
  {
    law: 'Ley 5 de 1992 art. 258: congresista, 5 días',
    request: P('solicitud_congresista', '2026-11-27'),
    due: '2026-12-04',
    rule: 'R-CONGRESO',
  },
  {
    law: 'CPACA art. 86: recurso, 2 meses calendario desde la interposición',
    request: P('recurso', '2026-11-27'),
    due: '2027-01-27',
    rule: 'R-SIL-RECURSOS',
  },
  {
    law: 'CPACA art. 86 + Ley 4 de 1913 art. 62: recurso cuyo último día es festivo se extiende al hábil siguiente',
    request: P('recurso', '2026-10-08'),
    due: '2026-12-09',
  },
  {
    law: 'CPACA art. 86 + Ley 4 de 1913 art. 62: recurso del 31 de diciembre, fin de mes',
    request: P('recurso', '2026-12-31'),
    due: '2027-03-01',
  },
  {
    law: 'Sin término legal: felicitación',
    request: P('felicitacion', '2026-11-27'),
    due: null,
    max: null,
    rule: 'R-SIN-TERMINO',
  },

  // Ley 4 de 1913 art. 62: filings on non-business days and across holidays.
  {
    law: 'Ley 4 de 1913 art. 62: radicada un sábado, el día 1 es el lunes',
    request: P('peticion', '2026-11-28'),
    due: '2026-12-21',
  },
  {
    law: 'Ley 4 de 1913 art. 62: radicada un domingo',
    request: P('peticion', '2026-11-29'),
    due: '2026-12-21',
  },
  {
    law: 'Ley 4 de 1913 art. 62 + Ley 51 de 1983: radicada el festivo del 8 de diciembre',
    request: P('peticion', '2026-12-08'),
    due: '2026-12-30',
  },
  {
    law: 'Ley 51 de 1983: radicada el miércoles antes de Semana Santa (2 y 3 de abril de 2026)',
    request: P('peticion', '2026-04-01'),
    due: '2026-04-24',
  },
  {
    law: 'Ley 51 de 1983: radicada el Viernes Santo 2026-04-03',
    request: P('peticion', '2026-04-03'),
    due: '2026-04-24',
  },
  {
    law: 'Ley 51 de 1983: radicada el 24 de diciembre (Navidad, Año Nuevo y Reyes 2027-01-11)',
    request: P('peticion', '2026-12-24'),
    due: '2027-01-19',
  },
  {
    law: 'Ley 51 de 1983: radicada el 31 de diciembre',
    request: P('peticion', '2026-12-31'),
    due: '2027-01-25',
  },
  {
    law: 'Ley 51 de 1983: radicada el 1 de enero (festivo)',
    request: P('peticion', '2027-01-01'),
    due: '2027-01-25',
  },
  {
    law: 'Ley 51 de 1983: radicada el sábado 2 de enero',
    request: P('peticion', '2027-01-02'),
    due: '2027-01-25',
  },
  {
    law: 'Ley 2578 de 2026: cruza el 9 de julio de 2026 (lunes 13 festivo) y el 20 de julio',
    request: P('peticion', '2026-07-08'),
    due: '2026-07-31',
  },
  {
    law: 'Ley 2578 de 2026 art. 1: radicada el 2026-06-30 no cuenta el lunes 2026-07-13',
    request: P('peticion', '2026-06-30'),
    due: '2026-07-23',
  },
  {
    law: 'Ley 2578 de 2026: no rige antes de 2026 (el 2025-07-14 es hábil)',
    request: P('peticion', '2025-07-08'),
    due: '2025-07-29',
  },
  {
    law: 'Ley 51 de 1983: Emiliani, Reyes trasladado al lunes 2026-01-12',
    request: P('peticion', '2026-01-02'),
    due: '2026-01-26',
  },

  // CPACA art. 15 par. 1: receivedAt as an instant, read in Bogotá.
  {
    law: 'CPACA art. 15 par. 1: instante con offset de Bogotá 23:30 del viernes',
    request: P('peticion', '2026-11-27T23:30:00-05:00'),
    due: '2026-12-21',
    received: '2026-11-27',
  },
  {
    law: 'CPACA art. 15 par. 1: el mismo instante en Z',
    request: P('peticion', '2026-11-28T04:30:00Z'),
    due: '2026-12-21',
    received: '2026-11-27',
  },
  {
    law: 'CPACA art. 15 par. 1: el mismo instante como Date',
    request: P('peticion', new Date('2026-11-28T04:30:00Z')),
    due: '2026-12-21',
    received: '2026-11-27',
  },
  {
    law: 'CPACA art. 15 par. 1: domingo 23:30 en Bogotá (lunes en UTC)',
    request: P('peticion', '2026-11-30T04:30:00Z'),
    due: '2026-12-21',
    received: '2026-11-29',
  },
  {
    law: 'CPACA art. 15 par. 1: lunes 00:30 en Bogotá',
    request: P('peticion', '2026-11-30T05:30:00Z'),
    due: '2026-12-22',
    received: '2026-11-30',
  },

  // Decreto 491 de 2020 art. 5 and Ley 2207 de 2022: the emergency window.
  {
    law: 'CPACA art. 14: 2020-03-27, un día antes de la emergencia (política emergencyPendingPetitions = solo_radicadas)',
    request: P('peticion', '2020-03-27'),
    policies: { emergencyPendingPetitions: 'solo_radicadas' },
    due: '2020-04-21',
    regime: 'cpaca',
  },
  {
    law: 'Decreto 491 art. 5: radicada el 2020-03-27 y en curso el 28, 30 días desde su recepción',
    request: P('peticion', '2020-03-27'),
    due: '2020-05-13',
    regime: 'emergencia_2020',
    rule: 'R-COVID-GEN',
  },
  {
    law: 'Decreto 491 art. 5: primer día (2020-03-28, sábado), 30 días',
    request: P('peticion', '2020-03-28'),
    due: '2020-05-13',
    regime: 'emergencia_2020',
    rule: 'R-COVID-GEN',
  },
  {
    law: 'Decreto 491 art. 5 + Ley 2207: 2022-05-17 aún es emergencia (rige desde el día siguiente)',
    request: P('peticion', '2022-05-17'),
    due: '2022-07-01',
    regime: 'emergencia_2020',
  },
  {
    law: 'Ley 2207 de 2022 (política promulgacion): 2022-05-17 ya es CPACA',
    request: P('peticion', '2022-05-17'),
    policies: { emergencyBoundary: 'promulgacion' },
    due: '2022-06-08',
    regime: 'cpaca',
  },
  {
    law: 'Ley 2207 de 2022: 2022-05-18 vuelve el CPACA',
    request: P('peticion', '2022-05-18'),
    due: '2022-06-09',
    regime: 'cpaca',
  },
  {
    law: 'Ley 2207 de 2022 (política promulgacion): 2022-05-16 aún es emergencia',
    request: P('peticion', '2022-05-16'),
    policies: { emergencyBoundary: 'promulgacion' },
    due: '2022-06-30',
    regime: 'emergencia_2020',
  },
  {
    law: 'Decreto 491 art. 5 (i): documentos, 20 días',
    request: P('peticion_documentos', '2021-03-01'),
    due: '2021-03-30',
    rule: 'R-COVID-DOC',
    max: '2021-04-29',
  },
  {
    law: 'Decreto 491 art. 5 (i): acceso a información, 20 días',
    request: P('acceso_informacion', '2021-03-01'),
    due: '2021-03-30',
    rule: 'R-COVID-DOC',
  },
  {
    law: 'Decreto 491 art. 5 (ii): consulta, 35 días',
    request: P('consulta', '2021-03-01'),
    due: '2021-04-22',
    rule: 'R-COVID-CONS',
  },
  {
    law: 'Decreto 491 no regula recursos: CPACA art. 86 (1 de mayo festivo → lunes 3)',
    request: P('recurso', '2021-03-01'),
    due: '2021-05-03',
    regime: 'emergencia_2020',
    rule: 'R-SIL-RECURSOS',
  },
  {
    law: 'Decreto 491 no regula peticiones entre autoridades: CPACA art. 30',
    request: P('peticion_autoridad', '2021-03-01'),
    due: '2021-03-15',
    rule: 'R-PET-AUTORIDADES',
  },
  {
    law: 'CPACA art. 14 pedido expresamente dentro de la ventana',
    request: P('peticion', '2021-03-01', 'cpaca'),
    due: '2021-03-23',
    regime: 'cpaca',
  },
  {
    law: 'Decreto 491 pedido fuera de su vigencia: se calcula con advertencia',
    request: P('peticion', '2026-11-27', 'emergencia_2020'),
    due: '2027-01-14',
    warning: 'FUERA_DE_VIGENCIA',
  },

  // Ley 142 de 1994 art. 158; Decreto 2150 de 1995 art. 123.
  {
    law: 'Ley 142 art. 158: reclamo ante ESP, 15 días hábiles',
    request: P('reclamo', '2026-11-27', 'servicios_publicos'),
    due: '2026-12-21',
    rule: 'R-SPD-PQR',
    max: '2026-12-21',
  },
  {
    law: 'Ley 142 art. 158: recurso ante ESP, 15 días hábiles',
    request: P('recurso', '2026-11-27', 'servicios_publicos'),
    due: '2026-12-21',
    rule: 'R-SPD-PQR',
  },
  {
    law: 'Ley 142 art. 158: petición ante ESP',
    request: P('peticion', '2026-11-27', 'servicios_publicos'),
    due: '2026-12-21',
  },
  {
    law: 'Ley 142 art. 158: consulta ante ESP, 15 días hábiles',
    request: P('consulta', '2026-11-27', 'servicios_publicos'),
    due: '2026-12-21',
  },
  {
    law: 'Ley 142 (política spdDocumentRequests = cpaca): documentos ante ESP, 10 días',
    request: P('peticion_documentos', '2026-11-27', 'servicios_publicos'),
    due: '2026-12-14',
    rule: 'R-PET-DOC',
  },
  {
    law: 'Ley 142 (política spdDocumentRequests = ley_142): documentos ante ESP, 15 días',
    request: P('peticion_documentos', '2026-11-27', 'servicios_publicos'),
    policies: { spdDocumentRequests: 'ley_142' },
    due: '2026-12-21',
    rule: 'R-SPD-PQR',
  },
  {
    law: 'Ley 142 art. 153 inc. 2: sugerencia ante ESP → CPACA',
    request: P('sugerencia', '2026-11-27', 'servicios_publicos'),
    due: '2026-12-21',
    rule: 'R-PET-GEN',
  },
  {
    law: 'Ley 142 art. 153 inc. 2: felicitación ante ESP → sin término',
    request: P('felicitacion', '2026-11-27', 'servicios_publicos'),
    due: null,
  },
  {
    law: 'Ley 142 art. 158 (política spdFilingDayCounts): el viernes de la presentación es el día 1',
    request: P('reclamo', '2026-11-27', 'servicios_publicos'),
    policies: { spdFilingDayCounts: true },
    due: '2026-12-18',
  },
  {
    law: 'Ley 142 art. 158 (política spdFilingDayCounts): presentado un sábado, el día 1 es el lunes',
    request: P('reclamo', '2026-11-28', 'servicios_publicos'),
    policies: { spdFilingDayCounts: true },
    due: '2026-12-21',
  },

  // Ley 1581 de 2012 arts. 14-15.
  {
    law: 'Ley 1581 art. 14: consulta, 10 días hábiles desde la fecha de recibo (el viernes es el día 1)',
    request: P('consulta', '2026-11-27', 'habeas_data'),
    due: '2026-12-11',
    rule: 'R-HD-CONSULTA',
    max: '2026-12-18',
  },
  {
    law: 'Ley 1581 art. 14 (política habeasDataConsultaCountsReceiptDay = false)',
    request: P('consulta', '2026-11-27', 'habeas_data'),
    policies: { habeasDataConsultaCountsReceiptDay: false },
    due: '2026-12-14',
  },
  {
    law: 'Ley 1581 art. 14: consulta recibida un sábado, el día 1 es el lunes',
    request: P('consulta', '2026-11-28', 'habeas_data'),
    due: '2026-12-14',
  },
  {
    law: 'Ley 1581 art. 15 num. 3: reclamo, 15 días hábiles desde el día siguiente, +8',
    request: P('reclamo', '2026-11-27', 'habeas_data'),
    due: '2026-12-21',
    rule: 'R-HD-RECLAMO',
    max: '2027-01-04',
  },
  {
    law: 'Ley 1581 art. 15 num. 3: queja, como el reclamo',
    request: P('queja', '2026-11-27', 'habeas_data'),
    due: '2026-12-21',
    rule: 'R-HD-RECLAMO',
  },
  {
    law: 'CPACA art. 32 inc. 4: petición en hábeas data → CPACA',
    request: P('peticion', '2026-11-27', 'habeas_data'),
    due: '2026-12-21',
    rule: 'R-PET-GEN',
  },

  // Ley 1480 de 2011 art. 58.
  {
    law: 'Ley 1480 art. 58 num. 5 lit. c: reclamación directa, 15 días hábiles, sin prórroga',
    request: P('reclamo', '2026-11-27', 'consumo'),
    due: '2026-12-21',
    rule: 'R-CONSUMO',
    max: '2026-12-21',
  },
  {
    law: 'Ley 1480 no regula consultas: CPACA art. 14 num. 2',
    request: P('consulta', '2026-11-27', 'consumo'),
    due: '2027-01-14',
    rule: 'R-PET-CONSULTA',
  },

  // CPACA art. 14 par.: ceiling policy.
  {
    law: 'CPACA art. 14 par. (política prorrogaCeiling = adicional): máximo = vencimiento + 2 × 15',
    request: P('peticion', '2026-11-27'),
    policies: { prorrogaCeiling: 'adicional' },
    due: '2026-12-21',
    max: '2027-02-04',
  },

  // CPACA art. 54 inc. 3: receipt policy.
  {
    law: 'CPACA art. 54 inc. 3 (política receipt = siguiente_dia_habil): sábado → radicada el lunes',
    request: P('peticion', '2026-11-28'),
    policies: { receipt: { mode: 'siguiente_dia_habil' } },
    due: '2026-12-22',
    received: '2026-11-30',
  },
  {
    law: 'CPACA art. 54 inc. 3 (siguiente_dia_habil, cierre 17:00): viernes 18:00 → lunes',
    request: P('peticion', '2026-11-27T18:00:00-05:00'),
    policies: { receipt: { mode: 'siguiente_dia_habil', closingTime: '17:00' } },
    due: '2026-12-22',
    received: '2026-11-30',
  },
  {
    law: 'CPACA art. 54 inc. 3 (siguiente_dia_habil, cierre 17:00): viernes 16:59 → viernes',
    request: P('peticion', '2026-11-27T16:59:00-05:00'),
    policies: { receipt: { mode: 'siguiente_dia_habil', closingTime: '17:00' } },
    due: '2026-12-21',
    received: '2026-11-27',
  },
  {
    law: 'CPACA art. 54 inc. 3 (siguiente_dia_habil, cierre por defecto 24:00): viernes 23:30 → viernes',
    request: P('peticion', '2026-11-27T23:30:00-05:00'),
    policies: { receipt: { mode: 'siguiente_dia_habil' } },
    due: '2026-12-21',
    received: '2026-11-27',
  },
  {
    law: 'Política receipt = fecha_civil (defecto): viernes 18:00 es viernes',
    request: P('peticion', '2026-11-27T18:00:00-05:00'),
    due: '2026-12-21',
    received: '2026-11-27',
  },

  // Vigencia.
  {
    law: 'Ley 1755 de 2015: una petición de 2014 queda fuera de la vigencia de la regla',
    request: P('peticion', '2014-06-02'),
    due: '2014-06-24',
    warning: 'FUERA_DE_VIGENCIA',
  },
];

describe('golden deadlines', () => {
  it('has at least 60 cases', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(60);
  });

  it.each(GOLDEN.map((g) => [g.law, g] as const))('%s', (_law, g) => {
    const d = computeDeadline(g.request, g.policies === undefined ? undefined : { policies: g.policies });
    expect(d.dueDate).toBe(g.due);
    expect(d.originalDueDate).toBe(g.due);
    if (g.rule !== undefined) expect(d.rule.id).toBe(g.rule);
    if (g.regime !== undefined) expect(d.regime).toBe(g.regime);
    if (g.max !== undefined) expect(d.maxDueDate).toBe(g.max);
    if (g.received !== undefined) expect(d.receivedDate).toBe(g.received);
    expect(d.warnings.map((w) => w.code)).toEqual(g.warning === undefined ? [] : [g.warning]);
  });
});
