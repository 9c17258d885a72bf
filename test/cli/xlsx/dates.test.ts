import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToText, isoCellText } from '../../../src/cli/xlsx/dates.js';
import { dateStyles, isDateFormatCode } from '../../../src/cli/xlsx/styles.js';

describe('excelSerialToText: sistema 1900', () => {
  it('serial 1 es 1900-01-01 y 45680 es 2025-01-23', () => {
    expect(excelSerialToText(1, false)).toBe('1900-01-01');
    expect(excelSerialToText(45680, false)).toBe('2025-01-23');
  });
  it('el 29 de febrero de 1900 que no existió: 59, 60 y 61', () => {
    expect(excelSerialToText(59, false)).toBe('1900-02-28');
    // Serial 60 is Excel's fictitious 1900-02-29: kept as such so that the audit rejects it.
    expect(excelSerialToText(60, false)).toBe('1900-02-29');
    expect(excelSerialToText(61, false)).toBe('1900-03-01');
    expect(excelSerialToText(0, false)).toBe('1900-01-00');
  });
  it('la fracción es la hora del día, redondeada al segundo', () => {
    expect(excelSerialToText(45680.5, false)).toBe('2025-01-23 12:00');
    expect(excelSerialToText(45680.75, false)).toBe('2025-01-23 18:00');
    expect(excelSerialToText(45680 + (10 * 3600 + 22 * 60 + 7) / 86400, false)).toBe('2025-01-23 10:22:07');
    // 23:59:59.9 rounds to the next day.
    expect(excelSerialToText(45680.99999999, false)).toBe('2025-01-24');
    // What Excel writes for 12:00 after float noise.
    expect(excelSerialToText(45680.499999999993, false)).toBe('2025-01-23 12:00');
  });
  it('fuera del rango de Excel no es fecha', () => {
    expect(excelSerialToText(-1, false)).toBeUndefined();
    expect(excelSerialToText(2958465, false)).toBe('9999-12-31');
    expect(excelSerialToText(2958466, false)).toBeUndefined();
    expect(excelSerialToText(Number.NaN, false)).toBeUndefined();
  });
});

describe('excelSerialToText: sistema 1904', () => {
  it('serial 0 es 1904-01-01; la misma fecha tiene 1462 días menos', () => {
    expect(excelSerialToText(0, true)).toBe('1904-01-01');
    expect(excelSerialToText(45680 - 1462, true)).toBe('2025-01-23');
    expect(excelSerialToText(45680 - 1462 + 0.5, true)).toBe('2025-01-23 12:00');
  });
  it('propiedad: desde 1900-03-01 los dos sistemas difieren en 1462 días', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2_950_000 }), (serial) => {
        expect(excelSerialToText(serial - 1462, true)).toBe(excelSerialToText(serial, false));
      }),
    );
  });
});

describe('isoCellText (celdas t="d")', () => {
  it('medianoche da la fecha sola; otra hora, fecha y hora locales', () => {
    expect(isoCellText('2021-03-05T00:00:00.000')).toBe('2021-03-05');
    expect(isoCellText('2021-03-05T10:22:00Z')).toBe('2021-03-05 10:22:00');
    expect(isoCellText('2021-03-05')).toBe('2021-03-05');
    expect(isoCellText(' otra cosa ')).toBe('otra cosa');
  });
});

describe('formatos de número de fecha', () => {
  it('códigos propios: d, m, y, h, s fuera de comillas y corchetes', () => {
    expect(isDateFormatCode('dd/mm/yyyy')).toBe(true);
    expect(isDateFormatCode('[$-240A]d" de "mmmm" de "yyyy')).toBe(true);
    expect(isDateFormatCode('yyyy\\-mm\\-dd\\ hh:mm')).toBe(true);
    expect(isDateFormatCode('[Red]#,##0.00')).toBe(false);
    expect(isDateFormatCode('"Días: "0')).toBe(false);
    expect(isDateFormatCode('0.00E+00')).toBe(false);
    expect(isDateFormatCode('General')).toBe(false);
    expect(isDateFormatCode('#,##0;[Red]-#,##0')).toBe(false);
  });
  it('estilos: ids 14-22 y 45-47 integrados; los propios por su código; cellStyleXfs no cuenta', () => {
    const xml =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="45"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="49"/><xf numFmtId="13"/></cellXfs></styleSheet>';
    expect(dateStyles(xml)).toEqual([false, true, true, true, true, false, false, false]);
  });
});
