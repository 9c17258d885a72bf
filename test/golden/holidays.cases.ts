/**
 * Golden holiday lists, as data: the national holidays of every year 2020–2030 and of 1984 (the first
 * year of Ley 51 de 1983), hand-checked against the law and cross-checked with the independent
 * date-holidays dataset (never with this library).
 *
 * How each date was obtained (Ley 51 de 1983 art. 1; normas.md §5 and §12):
 * - fixed: 1 Jan, 1 May, 20 Jul, 7 Aug, 8 Dec, 25 Dec, Jueves Santo (Easter − 3), Viernes Santo (Easter − 2);
 * - moved to the following Monday when not a Monday (art. 1 num. 2): 6 Jan, 19 Mar, 29 Jun, 15 Aug,
 *   12 Oct, 1 Nov, 11 Nov, Ascensión (Easter + 39), Corpus Christi (Easter + 60), Sagrado Corazón
 *   (Easter + 68): the Easter offsets are the customary computation (NOT CONFIRMED by a normative text);
 * - 9 July, moved to Monday, from 2026 (Ley 2578 de 2026, SECONDARY).
 * Tuples are `[observed date, name, law, legal date when moved]`.
 */
import type { HolidaysVector } from '../../src/testing/index.js';

const L51 = 'Ley 51 de 1983';
const L2578 = 'Ley 2578 de 2026';

type Row = readonly [date: string, name: string, law: string, movedFrom?: string];

const YEARS: readonly (readonly [number, readonly Row[]])[] = [
  // 1984: Pascua 1984-04-22; 18 festivos.
  [
    1984,
    [
      ['1984-01-01', 'Año Nuevo', L51],
      ['1984-01-09', 'Día de los Reyes Magos', L51, '1984-01-06'],
      ['1984-03-19', 'Día de San José', L51],
      ['1984-04-19', 'Jueves Santo', L51],
      ['1984-04-20', 'Viernes Santo', L51],
      ['1984-05-01', 'Día del Trabajo', L51],
      ['1984-06-04', 'Ascensión del Señor', L51, '1984-05-31'],
      ['1984-06-25', 'Corpus Christi', L51, '1984-06-21'],
      ['1984-07-02', 'Sagrado Corazón de Jesús', L51, '1984-06-29'],
      ['1984-07-02', 'San Pedro y San Pablo', L51, '1984-06-29'],
      ['1984-07-20', 'Día de la Independencia', L51],
      ['1984-08-07', 'Batalla de Boyacá', L51],
      ['1984-08-20', 'Asunción de la Virgen', L51, '1984-08-15'],
      ['1984-10-15', 'Día de la Raza', L51, '1984-10-12'],
      ['1984-11-05', 'Todos los Santos', L51, '1984-11-01'],
      ['1984-11-12', 'Independencia de Cartagena', L51, '1984-11-11'],
      ['1984-12-08', 'Inmaculada Concepción', L51],
      ['1984-12-25', 'Navidad', L51],
    ],
  ],
  // 2020: Pascua 2020-04-12; 18 festivos.
  [
    2020,
    [
      ['2020-01-01', 'Año Nuevo', L51],
      ['2020-01-06', 'Día de los Reyes Magos', L51],
      ['2020-03-23', 'Día de San José', L51, '2020-03-19'],
      ['2020-04-09', 'Jueves Santo', L51],
      ['2020-04-10', 'Viernes Santo', L51],
      ['2020-05-01', 'Día del Trabajo', L51],
      ['2020-05-25', 'Ascensión del Señor', L51, '2020-05-21'],
      ['2020-06-15', 'Corpus Christi', L51, '2020-06-11'],
      ['2020-06-22', 'Sagrado Corazón de Jesús', L51, '2020-06-19'],
      ['2020-06-29', 'San Pedro y San Pablo', L51],
      ['2020-07-20', 'Día de la Independencia', L51],
      ['2020-08-07', 'Batalla de Boyacá', L51],
      ['2020-08-17', 'Asunción de la Virgen', L51, '2020-08-15'],
      ['2020-10-12', 'Día de la Raza', L51],
      ['2020-11-02', 'Todos los Santos', L51, '2020-11-01'],
      ['2020-11-16', 'Independencia de Cartagena', L51, '2020-11-11'],
      ['2020-12-08', 'Inmaculada Concepción', L51],
      ['2020-12-25', 'Navidad', L51],
    ],
  ],
  // 2021: Pascua 2021-04-04; 18 festivos.
  [
    2021,
    [
      ['2021-01-01', 'Año Nuevo', L51],
      ['2021-01-11', 'Día de los Reyes Magos', L51, '2021-01-06'],
      ['2021-03-22', 'Día de San José', L51, '2021-03-19'],
      ['2021-04-01', 'Jueves Santo', L51],
      ['2021-04-02', 'Viernes Santo', L51],
      ['2021-05-01', 'Día del Trabajo', L51],
      ['2021-05-17', 'Ascensión del Señor', L51, '2021-05-13'],
      ['2021-06-07', 'Corpus Christi', L51, '2021-06-03'],
      ['2021-06-14', 'Sagrado Corazón de Jesús', L51, '2021-06-11'],
      ['2021-07-05', 'San Pedro y San Pablo', L51, '2021-06-29'],
      ['2021-07-20', 'Día de la Independencia', L51],
      ['2021-08-07', 'Batalla de Boyacá', L51],
      ['2021-08-16', 'Asunción de la Virgen', L51, '2021-08-15'],
      ['2021-10-18', 'Día de la Raza', L51, '2021-10-12'],
      ['2021-11-01', 'Todos los Santos', L51],
      ['2021-11-15', 'Independencia de Cartagena', L51, '2021-11-11'],
      ['2021-12-08', 'Inmaculada Concepción', L51],
      ['2021-12-25', 'Navidad', L51],
    ],
  ],
  // 2022: Pascua 2022-04-17; 18 festivos.
  [
    2022,
    [
      ['2022-01-01', 'Año Nuevo', L51],
      ['2022-01-10', 'Día de los Reyes Magos', L51, '2022-01-06'],
      ['2022-03-21', 'Día de San José', L51, '2022-03-19'],
      ['2022-04-14', 'Jueves Santo', L51],
      ['2022-04-15', 'Viernes Santo', L51],
      ['2022-05-01', 'Día del Trabajo', L51],
      ['2022-05-30', 'Ascensión del Señor', L51, '2022-05-26'],
      ['2022-06-20', 'Corpus Christi', L51, '2022-06-16'],
      ['2022-06-27', 'Sagrado Corazón de Jesús', L51, '2022-06-24'],
      ['2022-07-04', 'San Pedro y San Pablo', L51, '2022-06-29'],
      ['2022-07-20', 'Día de la Independencia', L51],
      ['2022-08-07', 'Batalla de Boyacá', L51],
      ['2022-08-15', 'Asunción de la Virgen', L51],
      ['2022-10-17', 'Día de la Raza', L51, '2022-10-12'],
      ['2022-11-07', 'Todos los Santos', L51, '2022-11-01'],
      ['2022-11-14', 'Independencia de Cartagena', L51, '2022-11-11'],
      ['2022-12-08', 'Inmaculada Concepción', L51],
      ['2022-12-25', 'Navidad', L51],
    ],
  ],
  // 2023: Pascua 2023-04-09; 18 festivos.
  [
    2023,
    [
      ['2023-01-01', 'Año Nuevo', L51],
      ['2023-01-09', 'Día de los Reyes Magos', L51, '2023-01-06'],
      ['2023-03-20', 'Día de San José', L51, '2023-03-19'],
      ['2023-04-06', 'Jueves Santo', L51],
      ['2023-04-07', 'Viernes Santo', L51],
      ['2023-05-01', 'Día del Trabajo', L51],
      ['2023-05-22', 'Ascensión del Señor', L51, '2023-05-18'],
      ['2023-06-12', 'Corpus Christi', L51, '2023-06-08'],
      ['2023-06-19', 'Sagrado Corazón de Jesús', L51, '2023-06-16'],
      ['2023-07-03', 'San Pedro y San Pablo', L51, '2023-06-29'],
      ['2023-07-20', 'Día de la Independencia', L51],
      ['2023-08-07', 'Batalla de Boyacá', L51],
      ['2023-08-21', 'Asunción de la Virgen', L51, '2023-08-15'],
      ['2023-10-16', 'Día de la Raza', L51, '2023-10-12'],
      ['2023-11-06', 'Todos los Santos', L51, '2023-11-01'],
      ['2023-11-13', 'Independencia de Cartagena', L51, '2023-11-11'],
      ['2023-12-08', 'Inmaculada Concepción', L51],
      ['2023-12-25', 'Navidad', L51],
    ],
  ],
  // 2024: Pascua 2024-03-31; 18 festivos.
  [
    2024,
    [
      ['2024-01-01', 'Año Nuevo', L51],
      ['2024-01-08', 'Día de los Reyes Magos', L51, '2024-01-06'],
      ['2024-03-25', 'Día de San José', L51, '2024-03-19'],
      ['2024-03-28', 'Jueves Santo', L51],
      ['2024-03-29', 'Viernes Santo', L51],
      ['2024-05-01', 'Día del Trabajo', L51],
      ['2024-05-13', 'Ascensión del Señor', L51, '2024-05-09'],
      ['2024-06-03', 'Corpus Christi', L51, '2024-05-30'],
      ['2024-06-10', 'Sagrado Corazón de Jesús', L51, '2024-06-07'],
      ['2024-07-01', 'San Pedro y San Pablo', L51, '2024-06-29'],
      ['2024-07-20', 'Día de la Independencia', L51],
      ['2024-08-07', 'Batalla de Boyacá', L51],
      ['2024-08-19', 'Asunción de la Virgen', L51, '2024-08-15'],
      ['2024-10-14', 'Día de la Raza', L51, '2024-10-12'],
      ['2024-11-04', 'Todos los Santos', L51, '2024-11-01'],
      ['2024-11-11', 'Independencia de Cartagena', L51],
      ['2024-12-08', 'Inmaculada Concepción', L51],
      ['2024-12-25', 'Navidad', L51],
    ],
  ],
  // 2025: Pascua 2025-04-20; 18 festivos.
  [
    2025,
    [
      ['2025-01-01', 'Año Nuevo', L51],
      ['2025-01-06', 'Día de los Reyes Magos', L51],
      ['2025-03-24', 'Día de San José', L51, '2025-03-19'],
      ['2025-04-17', 'Jueves Santo', L51],
      ['2025-04-18', 'Viernes Santo', L51],
      ['2025-05-01', 'Día del Trabajo', L51],
      ['2025-06-02', 'Ascensión del Señor', L51, '2025-05-29'],
      ['2025-06-23', 'Corpus Christi', L51, '2025-06-19'],
      ['2025-06-30', 'Sagrado Corazón de Jesús', L51, '2025-06-27'],
      ['2025-06-30', 'San Pedro y San Pablo', L51, '2025-06-29'],
      ['2025-07-20', 'Día de la Independencia', L51],
      ['2025-08-07', 'Batalla de Boyacá', L51],
      ['2025-08-18', 'Asunción de la Virgen', L51, '2025-08-15'],
      ['2025-10-13', 'Día de la Raza', L51, '2025-10-12'],
      ['2025-11-03', 'Todos los Santos', L51, '2025-11-01'],
      ['2025-11-17', 'Independencia de Cartagena', L51, '2025-11-11'],
      ['2025-12-08', 'Inmaculada Concepción', L51],
      ['2025-12-25', 'Navidad', L51],
    ],
  ],
  // 2026: Pascua 2026-04-05; 19 festivos.
  [
    2026,
    [
      ['2026-01-01', 'Año Nuevo', L51],
      ['2026-01-12', 'Día de los Reyes Magos', L51, '2026-01-06'],
      ['2026-03-23', 'Día de San José', L51, '2026-03-19'],
      ['2026-04-02', 'Jueves Santo', L51],
      ['2026-04-03', 'Viernes Santo', L51],
      ['2026-05-01', 'Día del Trabajo', L51],
      ['2026-05-18', 'Ascensión del Señor', L51, '2026-05-14'],
      ['2026-06-08', 'Corpus Christi', L51, '2026-06-04'],
      ['2026-06-15', 'Sagrado Corazón de Jesús', L51, '2026-06-12'],
      ['2026-06-29', 'San Pedro y San Pablo', L51],
      ['2026-07-13', 'Nuestra Señora del Rosario de Chiquinquirá', L2578, '2026-07-09'],
      ['2026-07-20', 'Día de la Independencia', L51],
      ['2026-08-07', 'Batalla de Boyacá', L51],
      ['2026-08-17', 'Asunción de la Virgen', L51, '2026-08-15'],
      ['2026-10-12', 'Día de la Raza', L51],
      ['2026-11-02', 'Todos los Santos', L51, '2026-11-01'],
      ['2026-11-16', 'Independencia de Cartagena', L51, '2026-11-11'],
      ['2026-12-08', 'Inmaculada Concepción', L51],
      ['2026-12-25', 'Navidad', L51],
    ],
  ],
  // 2027: Pascua 2027-03-28; 19 festivos.
  [
    2027,
    [
      ['2027-01-01', 'Año Nuevo', L51],
      ['2027-01-11', 'Día de los Reyes Magos', L51, '2027-01-06'],
      ['2027-03-22', 'Día de San José', L51, '2027-03-19'],
      ['2027-03-25', 'Jueves Santo', L51],
      ['2027-03-26', 'Viernes Santo', L51],
      ['2027-05-01', 'Día del Trabajo', L51],
      ['2027-05-10', 'Ascensión del Señor', L51, '2027-05-06'],
      ['2027-05-31', 'Corpus Christi', L51, '2027-05-27'],
      ['2027-06-07', 'Sagrado Corazón de Jesús', L51, '2027-06-04'],
      ['2027-07-05', 'San Pedro y San Pablo', L51, '2027-06-29'],
      ['2027-07-12', 'Nuestra Señora del Rosario de Chiquinquirá', L2578, '2027-07-09'],
      ['2027-07-20', 'Día de la Independencia', L51],
      ['2027-08-07', 'Batalla de Boyacá', L51],
      ['2027-08-16', 'Asunción de la Virgen', L51, '2027-08-15'],
      ['2027-10-18', 'Día de la Raza', L51, '2027-10-12'],
      ['2027-11-01', 'Todos los Santos', L51],
      ['2027-11-15', 'Independencia de Cartagena', L51, '2027-11-11'],
      ['2027-12-08', 'Inmaculada Concepción', L51],
      ['2027-12-25', 'Navidad', L51],
    ],
  ],
  // 2028: Pascua 2028-04-16; 19 festivos.
  [
    2028,
    [
      ['2028-01-01', 'Año Nuevo', L51],
      ['2028-01-10', 'Día de los Reyes Magos', L51, '2028-01-06'],
      ['2028-03-20', 'Día de San José', L51, '2028-03-19'],
      ['2028-04-13', 'Jueves Santo', L51],
      ['2028-04-14', 'Viernes Santo', L51],
      ['2028-05-01', 'Día del Trabajo', L51],
      ['2028-05-29', 'Ascensión del Señor', L51, '2028-05-25'],
      ['2028-06-19', 'Corpus Christi', L51, '2028-06-15'],
      ['2028-06-26', 'Sagrado Corazón de Jesús', L51, '2028-06-23'],
      ['2028-07-03', 'San Pedro y San Pablo', L51, '2028-06-29'],
      ['2028-07-10', 'Nuestra Señora del Rosario de Chiquinquirá', L2578, '2028-07-09'],
      ['2028-07-20', 'Día de la Independencia', L51],
      ['2028-08-07', 'Batalla de Boyacá', L51],
      ['2028-08-21', 'Asunción de la Virgen', L51, '2028-08-15'],
      ['2028-10-16', 'Día de la Raza', L51, '2028-10-12'],
      ['2028-11-06', 'Todos los Santos', L51, '2028-11-01'],
      ['2028-11-13', 'Independencia de Cartagena', L51, '2028-11-11'],
      ['2028-12-08', 'Inmaculada Concepción', L51],
      ['2028-12-25', 'Navidad', L51],
    ],
  ],
  // 2029: Pascua 2029-04-01; 19 festivos.
  [
    2029,
    [
      ['2029-01-01', 'Año Nuevo', L51],
      ['2029-01-08', 'Día de los Reyes Magos', L51, '2029-01-06'],
      ['2029-03-19', 'Día de San José', L51],
      ['2029-03-29', 'Jueves Santo', L51],
      ['2029-03-30', 'Viernes Santo', L51],
      ['2029-05-01', 'Día del Trabajo', L51],
      ['2029-05-14', 'Ascensión del Señor', L51, '2029-05-10'],
      ['2029-06-04', 'Corpus Christi', L51, '2029-05-31'],
      ['2029-06-11', 'Sagrado Corazón de Jesús', L51, '2029-06-08'],
      ['2029-07-02', 'San Pedro y San Pablo', L51, '2029-06-29'],
      ['2029-07-09', 'Nuestra Señora del Rosario de Chiquinquirá', L2578],
      ['2029-07-20', 'Día de la Independencia', L51],
      ['2029-08-07', 'Batalla de Boyacá', L51],
      ['2029-08-20', 'Asunción de la Virgen', L51, '2029-08-15'],
      ['2029-10-15', 'Día de la Raza', L51, '2029-10-12'],
      ['2029-11-05', 'Todos los Santos', L51, '2029-11-01'],
      ['2029-11-12', 'Independencia de Cartagena', L51, '2029-11-11'],
      ['2029-12-08', 'Inmaculada Concepción', L51],
      ['2029-12-25', 'Navidad', L51],
    ],
  ],
  // 2030: Pascua 2030-04-21; 19 festivos.
  [
    2030,
    [
      ['2030-01-01', 'Año Nuevo', L51],
      ['2030-01-07', 'Día de los Reyes Magos', L51, '2030-01-06'],
      ['2030-03-25', 'Día de San José', L51, '2030-03-19'],
      ['2030-04-18', 'Jueves Santo', L51],
      ['2030-04-19', 'Viernes Santo', L51],
      ['2030-05-01', 'Día del Trabajo', L51],
      ['2030-06-03', 'Ascensión del Señor', L51, '2030-05-30'],
      ['2030-06-24', 'Corpus Christi', L51, '2030-06-20'],
      ['2030-07-01', 'Sagrado Corazón de Jesús', L51, '2030-06-28'],
      ['2030-07-01', 'San Pedro y San Pablo', L51, '2030-06-29'],
      ['2030-07-15', 'Nuestra Señora del Rosario de Chiquinquirá', L2578, '2030-07-09'],
      ['2030-07-20', 'Día de la Independencia', L51],
      ['2030-08-07', 'Batalla de Boyacá', L51],
      ['2030-08-19', 'Asunción de la Virgen', L51, '2030-08-15'],
      ['2030-10-14', 'Día de la Raza', L51, '2030-10-12'],
      ['2030-11-04', 'Todos los Santos', L51, '2030-11-01'],
      ['2030-11-11', 'Independencia de Cartagena', L51],
      ['2030-12-08', 'Inmaculada Concepción', L51],
      ['2030-12-25', 'Navidad', L51],
    ],
  ],
];

const LAW_BY_YEAR = (year: number): string =>
  year >= 2026
    ? 'Ley 51 de 1983 art. 1 (festivos y traslado al lunes); Ley 2578 de 2026 (9 de julio)'
    : 'Ley 51 de 1983 art. 1 (festivos y traslado al lunes, art. 1 num. 2)';

/** One vector per year: the full list, in date order (then name). */
export const HOLIDAY_CASES: readonly HolidaysVector[] = [
  ...YEARS.map(
    ([year, rows]): HolidaysVector => ({
      id: `festivos-${year}`,
      kind: 'holidays',
      law: LAW_BY_YEAR(year),
      note: `${rows.length} festivos${year === 1984 ? '; primer año de la Ley 51 de 1983 (vigente desde 1983-12-22)' : ''}${year === 2026 ? '; primer año del 9 de julio (lunes 13)' : ''}.`,
      input: { year },
      expected: {
        holidays: rows.map(([date, name, law, movedFrom]) =>
          movedFrom === undefined ? { date, name, law } : { date, name, law, movedFrom },
        ),
      },
    }),
  ),
  {
    id: 'festivos-1983-fuera-de-rango',
    kind: 'holidays',
    law: 'Ley 51 de 1983 (vigente desde 1983-12-22): el traslado al lunes no se aplica a años anteriores',
    note: 'La librería no calcula años anteriores a 1984: error, nunca una lista con reglas que no regían.',
    input: { year: 1983 },
    expected: { error: 'YEAR_OUT_OF_RANGE' },
  },
];
