/**
 * Golden business-day arithmetic on the national calendar, as data. Every value was counted by hand
 * on the holiday lists of holidays.cases.ts (Mon–Fri, minus the holidays; Saturday as non-business is
 * the documented convention, normas.md R-CAL-SABADO).
 *
 * - `add`: the n-th business day strictly after the date (before, when negative): "días siguientes",
 *   the start day never counts (Ley 4 de 1913 art. 62).
 * - `between`: business days in (from, to].
 * - `add_months`: months by the calendar; if the last day is not a business day, the next one
 *   (Ley 4 de 1913 art. 62).
 */
import type { BusinessDaysVector } from '../../src/testing/index.js';

const L4 = 'Ley 4 de 1913 art. 62';

export const BUSINESS_DAY_CASES: readonly BusinessDaysVector[] = [
  // Forward.
  {
    id: 'habiles-ancla-15-desde-viernes',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 (8 de diciembre)`,
    note: '30 nov–4 dic (5), 7, 9, 10, 11 (9), 14–18 (14), 21 (15); el 8 de diciembre no cuenta.',
    input: { op: 'add', date: '2026-11-27', days: 15 },
    expected: { date: '2026-12-21' },
  },
  {
    id: 'habiles-viernes-mas-uno',
    kind: 'business_days',
    law: L4,
    note: 'Sábado y domingo no cuentan.',
    input: { op: 'add', date: '2026-11-27', days: 1 },
    expected: { date: '2026-11-30' },
  },
  {
    id: 'habiles-sabado-mas-uno',
    kind: 'business_days',
    law: L4,
    note: 'Desde un día no hábil, el primer día es el hábil siguiente.',
    input: { op: 'add', date: '2026-11-28', days: 1 },
    expected: { date: '2026-11-30' },
  },
  {
    id: 'habiles-salta-inmaculada',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 art. 1 (8 de diciembre, fijo)`,
    input: { op: 'add', date: '2026-12-07', days: 1 },
    expected: { date: '2026-12-09' },
  },
  {
    id: 'habiles-salta-navidad',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 art. 1 (25 de diciembre)`,
    note: 'Jueves 24 → viernes 25 festivo → lunes 28.',
    input: { op: 'add', date: '2026-12-24', days: 1 },
    expected: { date: '2026-12-28' },
  },
  {
    id: 'habiles-salta-ano-nuevo',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 art. 1 (1 de enero)`,
    note: 'Jueves 31 → viernes 1 de enero festivo → lunes 4.',
    input: { op: 'add', date: '2026-12-31', days: 1 },
    expected: { date: '2027-01-04' },
  },
  {
    id: 'habiles-salta-semana-santa',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 art. 1 (jueves y viernes santos)`,
    note: 'Pascua 2026-04-05: jueves 2 y viernes 3 de abril festivos.',
    input: { op: 'add', date: '2026-04-01', days: 1 },
    expected: { date: '2026-04-06' },
  },
  {
    id: 'habiles-salta-chiquinquira-2026',
    kind: 'business_days',
    law: `${L4}; Ley 2578 de 2026 (9 de julio, trasladado al lunes 13)`,
    input: { op: 'add', date: '2026-07-10', days: 1 },
    expected: { date: '2026-07-14' },
  },
  {
    id: 'habiles-sin-chiquinquira-2025',
    kind: 'business_days',
    law: 'Ley 2578 de 2026: rige desde 2026, nunca antes',
    note: 'El lunes 2025-07-14 es hábil: el festivo del 9 de julio no existía en 2025.',
    input: { op: 'add', date: '2025-07-11', days: 1 },
    expected: { date: '2025-07-14' },
  },
  {
    id: 'habiles-cero-es-la-misma-fecha',
    kind: 'business_days',
    law: L4,
    input: { op: 'add', date: '2026-11-28', days: 0 },
    expected: { date: '2026-11-28' },
  },
  // Backward.
  {
    id: 'habiles-atras-15-desde-ancla',
    kind: 'business_days',
    law: L4,
    note: 'Inversa del ancla: 15 días hábiles antes del 2026-12-21.',
    input: { op: 'add', date: '2026-12-21', days: -15 },
    expected: { date: '2026-11-27' },
  },
  {
    id: 'habiles-atras-salta-reyes-y-fin-de-semana',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 (1 de enero)`,
    note: 'Lunes 2026-01-05 → viernes 2 de enero (hábil).',
    input: { op: 'add', date: '2026-01-05', days: -1 },
    expected: { date: '2026-01-02' },
  },
  {
    id: 'habiles-atras-salta-semana-santa',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 (jueves y viernes santos)`,
    input: { op: 'add', date: '2026-04-06', days: -1 },
    expected: { date: '2026-04-01' },
  },
  // Between.
  {
    id: 'habiles-entre-ancla',
    kind: 'business_days',
    law: L4,
    input: { op: 'between', from: '2026-11-27', to: '2026-12-21' },
    expected: { count: 15 },
  },
  {
    id: 'habiles-entre-invertido-es-negativo',
    kind: 'business_days',
    law: L4,
    note: 'Con las fechas invertidas, el conteo es negativo.',
    input: { op: 'between', from: '2026-12-21', to: '2026-11-27' },
    expected: { count: -15 },
  },
  {
    id: 'habiles-entre-mismo-dia',
    kind: 'business_days',
    law: L4,
    input: { op: 'between', from: '2026-12-08', to: '2026-12-08' },
    expected: { count: 0 },
  },
  {
    id: 'habiles-abril-2026',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 (Semana Santa)`,
    note: 'Abril 2026: 22 días entre semana menos jueves y viernes santos.',
    input: { op: 'between', from: '2026-03-31', to: '2026-04-30' },
    expected: { count: 20 },
  },
  {
    id: 'habiles-diciembre-2026',
    kind: 'business_days',
    law: `${L4}; Ley 51 de 1983 (8 y 25 de diciembre)`,
    note: '(1 dic, 31 dic]: 22 días entre semana menos el 8 y el 25.',
    input: { op: 'between', from: '2026-12-01', to: '2026-12-31' },
    expected: { count: 20 },
  },
  {
    id: 'habiles-ano-2025',
    kind: 'business_days',
    law: 'Ley 51 de 1983 art. 1',
    note: '261 días entre semana menos 16 días festivos entre semana: el 20 de julio cae en domingo y el 30 de junio son dos festivos en un día.',
    input: { op: 'between', from: '2024-12-31', to: '2025-12-31' },
    expected: { count: 245 },
  },
  {
    id: 'habiles-ano-2026',
    kind: 'business_days',
    law: 'Ley 51 de 1983 art. 1; Ley 2578 de 2026',
    note: '261 días entre semana menos 19 festivos entre semana (ninguno cae en fin de semana en 2026).',
    input: { op: 'between', from: '2025-12-31', to: '2026-12-31' },
    expected: { count: 242 },
  },
  // Months (Ley 4 de 1913 art. 62).
  {
    id: 'meses-fin-de-mes-a-febrero',
    kind: 'business_days',
    law: L4,
    note: '31 de enero + 1 mes → 28 de febrero (sábado) → lunes 2 de marzo.',
    input: { op: 'add_months', date: '2026-01-31', months: 1 },
    expected: { date: '2026-03-02' },
  },
  {
    id: 'meses-bisiesto',
    kind: 'business_days',
    law: L4,
    note: '31 de enero de 2024 + 1 mes → 29 de febrero (jueves, hábil).',
    input: { op: 'add_months', date: '2024-01-31', months: 1 },
    expected: { date: '2024-02-29' },
  },
  {
    id: 'meses-dos-desde-ancla',
    kind: 'business_days',
    law: `${L4}; CPACA art. 86`,
    input: { op: 'add_months', date: '2026-11-27', months: 2 },
    expected: { date: '2027-01-27' },
  },
  {
    id: 'meses-termina-en-festivo',
    kind: 'business_days',
    law: L4,
    note: '1 de octubre + 3 meses → 1 de enero de 2027 (festivo, viernes) → lunes 4.',
    input: { op: 'add_months', date: '2026-10-01', months: 3 },
    expected: { date: '2027-01-04' },
  },
  // Is a business day.
  {
    id: 'dia-habil-inmaculada-no',
    kind: 'business_days',
    law: 'Ley 51 de 1983 art. 1 (8 de diciembre, fijo)',
    input: { op: 'is_business_day', date: '2026-12-08' },
    expected: { businessDay: false },
  },
  {
    id: 'dia-habil-chiquinquira-2026-no',
    kind: 'business_days',
    law: 'Ley 2578 de 2026 (9 de julio → lunes 13)',
    input: { op: 'is_business_day', date: '2026-07-13' },
    expected: { businessDay: false },
  },
  {
    id: 'dia-habil-2025-07-14-si',
    kind: 'business_days',
    law: 'Ley 2578 de 2026: no se aplica antes de 2026',
    input: { op: 'is_business_day', date: '2025-07-14' },
    expected: { businessDay: true },
  },
  {
    id: 'dia-habil-reyes-trasladado-si',
    kind: 'business_days',
    law: 'Ley 51 de 1983 art. 1 num. 2 (6 de enero → lunes 12)',
    note: 'El martes 6 de enero de 2026 es hábil: el descanso pasa al lunes 12.',
    input: { op: 'is_business_day', date: '2026-01-06' },
    expected: { businessDay: true },
  },
  {
    id: 'dia-habil-sabado-santo-no',
    kind: 'business_days',
    law: 'Convención documentada: sábado no hábil (normas.md R-CAL-SABADO, NOT CONFIRMED)',
    input: { op: 'is_business_day', date: '2026-04-04' },
    expected: { businessDay: false },
  },
  {
    id: 'dia-habil-coincidencia-2025-06-30-no',
    kind: 'business_days',
    law: 'Ley 51 de 1983 art. 1 num. 2 (Sagrado Corazón y San Pedro el mismo lunes)',
    input: { op: 'is_business_day', date: '2025-06-30' },
    expected: { businessDay: false },
  },
  // Errors.
  {
    id: 'habiles-dias-fraccionarios-error',
    kind: 'business_days',
    law: 'Ley 4 de 1913 art. 62 (plazos de días: días enteros)',
    input: { op: 'add', date: '2026-11-27', days: 1.5 },
    expected: { error: 'INVALID_DAY_COUNT' },
  },
  {
    id: 'habiles-fecha-invalida-error',
    kind: 'business_days',
    law: 'Fecha civil inexistente',
    input: { op: 'add', date: '2026-02-30', days: 1 },
    expected: { error: 'INVALID_DATE' },
  },
  {
    id: 'habiles-antes-de-1984-error',
    kind: 'business_days',
    law: 'Ley 51 de 1983 (vigente desde 1983-12-22)',
    input: { op: 'is_business_day', date: '1983-12-30' },
    expected: { error: 'YEAR_OUT_OF_RANGE' },
  },
];
