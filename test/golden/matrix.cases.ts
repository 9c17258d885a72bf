/**
 * Every request type in every regime, as data: the term each regime's norm gives, or the CPACA when the
 * norm says nothing of that type (Ley 142 art. 153 inc. 2; CPACA arts. 32-33; CPACA art. 32 inc. 4).
 * Received Friday 2026-11-27 (explicit regime), except the 2020 emergency: Tuesday 2021-06-15 (regime
 * auto, inside the window). Dates counted by hand:
 *
 * - 2026-11-27: 5 días → 2026-12-04; 10 → 2026-12-14; 15 → 2026-12-21; 10 counting the receipt day
 *   (Ley 1581 art. 14) → 2026-12-11; 2 meses → 2027-01-27.
 * - 2021-06-15: 5 → 2021-06-22; 10 → 2021-06-29; 20 → 2021-07-14; 30 → 2021-07-29; 35 → 2021-08-05;
 *   2 meses → 2021-08-15 (domingo), 16 (Asunción, festivo) → 2021-08-17 (Ley 4 de 1913 art. 62).
 */
import type { Regime, RequestType } from '../../src/domain.js';
import type { DeadlineVector } from '../../src/testing/index.js';

type Row = readonly [type: RequestType, dueDate: string | null, rule: string, law: string];

const CPACA_FALLBACK = 'sin norma propia para este tipo: CPACA';

const NOV27: readonly Row[] = [
  ['peticion_documentos', '2026-12-14', 'R-PET-DOC', 'CPACA art. 14 num. 1'],
  ['acceso_informacion', '2026-12-14', 'R-AIP', 'Ley 1712 de 2014 art. 26'],
  ['peticion_autoridad', '2026-12-14', 'R-PET-AUTORIDADES', 'CPACA art. 30'],
  ['solicitud_congresista', '2026-12-04', 'R-CONGRESO', 'Ley 5 de 1992 art. 258'],
  ['felicitacion', null, 'R-SIN-TERMINO', 'CPACA art. 13 (sin término)'],
];

const MATRIX: Readonly<Record<Exclude<Regime, 'cpaca'>, readonly Row[]>> = {
  emergencia_2020: [
    ['peticion', '2021-07-29', 'R-COVID-GEN', 'Decreto 491 de 2020 art. 5 inc. 1 (30 días)'],
    ['queja', '2021-07-29', 'R-COVID-GEN', 'Decreto 491 de 2020 art. 5 inc. 1'],
    ['reclamo', '2021-07-29', 'R-COVID-GEN', 'Decreto 491 de 2020 art. 5 inc. 1'],
    ['sugerencia', '2021-07-29', 'R-COVID-GEN', 'Decreto 491 de 2020 art. 5 inc. 1'],
    ['denuncia', '2021-07-29', 'R-COVID-GEN', 'Decreto 491 de 2020 art. 5 inc. 1'],
    ['peticion_documentos', '2021-07-14', 'R-COVID-DOC', 'Decreto 491 de 2020 art. 5 (i) (20 días)'],
    ['acceso_informacion', '2021-07-14', 'R-COVID-DOC', 'Decreto 491 de 2020 art. 5 (i)'],
    ['consulta', '2021-08-05', 'R-COVID-CONS', 'Decreto 491 de 2020 art. 5 (ii) (35 días)'],
    ['peticion_autoridad', '2021-06-29', 'R-PET-AUTORIDADES', `CPACA art. 30 (${CPACA_FALLBACK})`],
    ['solicitud_congresista', '2021-06-22', 'R-CONGRESO', 'Ley 5 de 1992 art. 258'],
    ['recurso', '2021-08-17', 'R-SIL-RECURSOS', 'CPACA art. 86; Ley 4 de 1913 art. 62'],
    ['felicitacion', null, 'R-SIN-TERMINO', 'CPACA art. 13 (sin término)'],
  ],
  servicios_publicos: [
    ['peticion', '2026-12-21', 'R-SPD-PQR', 'Ley 142 de 1994 art. 158'],
    ['queja', '2026-12-21', 'R-SPD-PQR', 'Ley 142 de 1994 art. 158'],
    ['reclamo', '2026-12-21', 'R-SPD-PQR', 'Ley 142 de 1994 art. 158'],
    ['denuncia', '2026-12-21', 'R-SPD-PQR', 'Ley 142 de 1994 art. 158; Decreto 2150 de 1995 art. 123 par.'],
    ['consulta', '2026-12-21', 'R-SPD-PQR', 'Ley 142 de 1994 art. 158'],
    ['recurso', '2026-12-21', 'R-SPD-PQR', 'Ley 142 de 1994 art. 158'],
    ['sugerencia', '2026-12-21', 'R-PET-GEN', `Ley 142 art. 153 inc. 2 → CPACA art. 14 (${CPACA_FALLBACK})`],
    ...NOV27,
  ],
  habeas_data: [
    ['consulta', '2026-12-11', 'R-HD-CONSULTA', 'Ley 1581 de 2012 art. 14'],
    ['reclamo', '2026-12-21', 'R-HD-RECLAMO', 'Ley 1581 de 2012 art. 15 num. 3'],
    ['queja', '2026-12-21', 'R-HD-RECLAMO', 'Ley 1581 de 2012 art. 15 num. 3'],
    ['peticion', '2026-12-21', 'R-PET-GEN', `CPACA art. 14 (${CPACA_FALLBACK})`],
    ['sugerencia', '2026-12-21', 'R-PET-GEN', `CPACA art. 14 (${CPACA_FALLBACK})`],
    ['denuncia', '2026-12-21', 'R-PET-GEN', `CPACA art. 14 (${CPACA_FALLBACK})`],
    ['recurso', '2027-01-27', 'R-SIL-RECURSOS', `CPACA art. 86 (${CPACA_FALLBACK})`],
    ...NOV27,
  ],
  consumo: [
    ['reclamo', '2026-12-21', 'R-CONSUMO', 'Ley 1480 de 2011 art. 58 num. 5 lit. c'],
    ['queja', '2026-12-21', 'R-CONSUMO', 'Ley 1480 de 2011 art. 58 num. 5 lit. c'],
    ['peticion', '2026-12-21', 'R-CONSUMO', 'Ley 1480 de 2011 art. 58 num. 5 lit. c (reclamación directa)'],
    ['sugerencia', '2026-12-21', 'R-PET-GEN', `CPACA art. 14 (${CPACA_FALLBACK})`],
    ['denuncia', '2026-12-21', 'R-PET-GEN', `CPACA art. 14 (${CPACA_FALLBACK})`],
    ['consulta', '2027-01-14', 'R-PET-CONSULTA', `CPACA art. 14 num. 2 (${CPACA_FALLBACK})`],
    ['recurso', '2027-01-27', 'R-SIL-RECURSOS', `CPACA art. 86 (${CPACA_FALLBACK})`],
    ...NOV27,
  ],
};

/** One vector per (regime, type) outside the CPACA (whose types are in deadlines.cases.ts). */
export const MATRIX_CASES: readonly DeadlineVector[] = Object.entries(MATRIX).flatMap(([regime, rows]) =>
  rows.map(
    ([type, dueDate, rule, law]): DeadlineVector => ({
      id: `matriz-${regime.replace(/_/g, '-')}-${type.replace(/_/g, '-')}`,
      kind: 'deadline',
      law,
      input:
        regime === 'emergencia_2020'
          ? { request: { type, receivedAt: '2021-06-15' } }
          : { request: { type, receivedAt: '2026-11-27', regime: regime as Regime } },
      expected: { dueDate, regime, rule },
    }),
  ),
);
