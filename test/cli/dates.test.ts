import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/calendar/civil-date.js';
import { fromDayNumber, toCivilDate } from '../../src/calendar/index.js';
import {
  DATE_FORMATS_TEXT,
  dateArgument,
  EXCEL_SERIAL_MAX,
  EXCEL_SERIAL_MIN,
  normalizeDateCell,
  parseCivilDateCell,
  parseDateCell,
} from '../../src/cli/dates.js';
import { isPqrsdError } from '../../src/errors.js';

const ES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const ES_LONG = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);
const FIRST = daysFromCivil(1990, 1, 1);
const LAST = daysFromCivil(2100, 12, 31);

const pad = (n: number) => String(n).padStart(2, '0');

/** Every way the accepted formats write the civil date of day number `n` (no time). */
function writings(n: number, pick: number): string[] {
  const iso = fromDayNumber(n);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const month = (list: readonly string[]) => list[m - 1]!;
  const out = [
    iso,
    `${y}/${pad(m)}/${pad(d)}`,
    `${y}/${m}/${d}`,
    `${pad(d)}/${pad(m)}/${y}`,
    `${d}/${m}/${y}`,
    `${pad(d)}-${pad(m)}-${y}`,
    `${pad(d)}.${pad(m)}.${y}`,
    `${pad(d)}-${month(ES)}-${y}`,
    `${d}-${month(ES).toUpperCase()}-${y}`,
    `${pad(d)}-${month(EN)}-${y}`,
    `${d} de ${month(ES_LONG)} de ${y}`,
    `${d} ${month(ES)}. ${y}`,
    String(n - EXCEL_EPOCH),
    `${n - EXCEL_EPOCH}.0`,
  ];
  if (m === 9) out.push(`${pad(d)}-sept-${y}`, `${pad(d)}-Set-${y}`);
  // Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999.
  if (y >= 1970 && y <= 2069)
    out.push(`${pad(d)}/${pad(m)}/${pad(y % 100)}`, `${pad(d)}-${month(ES)}-${pad(y % 100)}`);
  // Padded with the blanks a spreadsheet leaves.
  out.push(`${pick % 2 === 0 ? ' ' : '\t'}${out[pick % out.length]} `);
  return out;
}

/** A time of day written in 24 hours and in 12 hours, in the Spanish and English ways. */
const AM_PM = [
  ['a. m.', 'p. m.'],
  ['a.m.', 'p.m.'],
  ['am', 'pm'],
  ['AM', 'PM'],
  ['a.\u00a0m.', 'p.\u00a0m.'],
  ['a.\u202fm.', 'p.\u202fm.'],
] as const;

describe('parseDateCell: every accepted format of a date gives its ISO date', () => {
  it('for any date from 1990 to 2100 written in any format (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.nat(), (n, pick) => {
        const iso = fromDayNumber(n);
        for (const raw of writings(n, pick)) {
          expect(parseCivilDateCell(raw), raw).toBe(iso);
          expect(parseDateCell(raw), raw).toBe(iso);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with a time: 12 hours with a. m./p. m. (any spelling), 24 hours, fractions and Excel serial fractions agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST, max: LAST }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...AM_PM),
        (n, h, min, s, [am, pm]) => {
          const iso = fromDayNumber(n);
          const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
          const expected = parseDateCell(`${iso}T${pad(h)}:${pad(min)}:${pad(s)}`);
          expect(expected.slice(0, 19)).toBe(`${iso}T${pad(h)}:${pad(min)}:${pad(s)}`);
          const h12 = h % 12 === 0 ? 12 : h % 12;
          const half = h < 12 ? am : pm;
          for (const raw of [
            `${d}/${m}/${y} ${h12}:${pad(min)}:${pad(s)} ${half}`,
            `${Number(d)}/${m}/${y} ${pad(h12)}:${pad(min)}:${pad(s)}${half}`,
            `${d}/${m}/${y} ${pad(h)}:${pad(min)}:${pad(s)}`,
            `${iso} ${pad(h)}:${pad(min)}:${pad(s)}.476704`,
            `${iso}T${pad(h)}:${pad(min)}:${pad(s)}.000`,
            `${d}-${ES[Number(m) - 1]}-${y} ${h12}:${pad(min)}:${pad(s)} ${half}`,
          ]) {
            expect(parseDateCell(raw), raw).toBe(expected);
          }
          // A serial whose fraction is all zeros is a whole serial rendered as a float (`45680.0`):
          // the date, as `45680` is; any other fraction is the same instant as the text forms.
          const serial = (n - EXCEL_EPOCH + (h * 3600 + min * 60 + s) / 86_400).toFixed(10);
          expect(parseDateCell(serial), serial).toBe(h + min + s === 0 ? iso : expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseDateCell: an impossible or unreadable date is a PqrsdError quoting the cell', () => {
  it('for days past the end of their month, in every numeric format (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (y, m, extra) => {
          const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
          const d = last + extra;
          if (d > 31 && extra > 1) return;
          for (const raw of [
            `${y}-${pad(m)}-${pad(d)}`,
            `${pad(d)}/${pad(m)}/${y}`,
            `${pad(d)}-${ES[m - 1]}-${y}`,
            `${pad(d)}/${pad(m)}/${y} 10:00:00 a. m.`,
          ]) {
            let error: unknown;
            try {
              parseDateCell(raw);
            } catch (e) {
              error = e;
            }
            expect(isPqrsdError(error, 'INVALID_DATE'), raw).toBe(true);
            expect((error as Error).message).toContain(`«${raw}»`);
          }
        },
      ),
    );
  });

  it('quotes 31/02/2026 as written (not 2026-02-31) and lists every format', () => {
    expect(() => parseDateCell('31/02/2026')).toThrow(
      `«31/02/2026» no es una fecha válida (formatos aceptados: ${DATE_FORMATS_TEXT})`,
    );
  });

  it.each([
    ['03/25/2021', 'month first: the Colombian order is never swapped'],
    ['13/03/2021 13:00 p. m.', '13 p. m.'],
    ['05/03/2021 0:10 a. m.', '0 a. m.'],
    ['05/03/2021 10:60', 'minute 60'],
    ['05-xyz-2021', 'an unknown month'],
    [String(EXCEL_SERIAL_MIN - 1), 'a serial before 1990'],
    [String(EXCEL_SERIAL_MAX + 1), 'a serial after 2100'],
    ['60', 'Excel’s fictitious 29 February 1900'],
    ['mañana', 'text'],
    ['2021-03-05T10:00:00+25:00', 'an offset that is not one'],
  ])('rejects «%s» (%s)', (raw) => {
    expect(() => parseDateCell(raw)).toThrow(`«${raw}» no es una fecha válida`);
  });

  it('never throws anything but a PqrsdError, and what it accepts the calendar reads (fuzz)', () => {
    const pieces = fc.constantFrom(
      '0',
      '1',
      '2',
      '9',
      '12',
      '31',
      '2021',
      '45680',
      '/',
      '-',
      '.',
      ' ',
      ':',
      'T',
      'Z',
      'a. m.',
      'p.m.',
      'mar',
      'sept',
      'de',
      '+05:00',
      ',5',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
        ),
        (raw) => {
          expect(() => normalizeDateCell(raw)).not.toThrow();
          try {
            const value = parseDateCell(raw);
            expect(() => toCivilDate(value)).not.toThrow();
          } catch (error) {
            expect(isPqrsdError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeDateCell on the dates of real exports (golden)', () => {
  it.each([
    ['45680', '2025-01-23'],
    ['43831', '2020-01-01'],
    ['45680.4375', '2025-01-23T10:30:00-05:00'],
    ['5/03/2021 10:22:00 a. m.', '2021-03-05T10:22:00-05:00'],
    ['05/03/2021 02:10:00 p. m.', '2021-03-05T14:10:00-05:00'],
    ['05/03/2021 12:10:00 a. m.', '2021-03-05T00:10:00-05:00'],
    ['05/03/2021 12:10:00 p. m.', '2021-03-05T12:10:00-05:00'],
    ['05/03/21', '2021-03-05'],
    ['05/03/70', '1970-03-05'],
    ['05-mar-2021', '2021-03-05'],
    ['05-sept-2021', '2021-09-05'],
    ['05-Dec-2021', '2021-12-05'],
    ['2019-05-06 14:24:20.476704', '2019-05-06T14:24:20-05:00'],
    ['2021-03-05T00:00:00.000', '2021-03-05T00:00:00-05:00'],
    ['1992-06-01 10:00:00 a. m.', '1992-06-01T10:00:00-04:00'],
    ['27/11/2026', '2026-11-27'],
    ['2026-11-27T23:30:00Z', '2026-11-27T23:30:00Z'],
  ])('«%s» → %s', (raw, expected) => {
    expect(normalizeDateCell(raw)).toBe(expected);
  });
});

describe('dateArgument', () => {
  it('names the argument, quotes it and lists the formats (usage error)', () => {
    expect(dateArgument('05-mar-2021', '--corte', true)).toBe('2021-03-05');
    expect(dateArgument('5/03/2021 02:10 p. m.', '--radicado')).toBe('2021-03-05T14:10:00-05:00');
    let error: unknown;
    try {
      dateArgument('31/02/2026', '--corte', true);
    } catch (e) {
      error = e;
    }
    expect(isPqrsdError(error, 'INVALID_ARGUMENT')).toBe(true);
    expect((error as Error).message).toBe(
      `--corte: «31/02/2026» no es una fecha válida (formatos aceptados: ${DATE_FORMATS_TEXT})`,
    );
    expect(() => dateArgument(' ', '--corte')).toThrow('--corte está vacío');
  });
});
