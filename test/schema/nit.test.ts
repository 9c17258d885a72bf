import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactNit,
  DOCUMENT_NUMBER_MAX_LENGTH,
  DOCUMENT_RULES,
  DOCUMENT_TYPES,
  formatNit,
  isValidDocumentNumber,
  isValidNit,
  NIT_MAX_BASE_DIGITS,
  NIT_MIN_BASE_DIGITS,
  nitCheckDigit,
} from '../../src/schema/index.js';

describe('NIT (DIAN módulo 11)', () => {
  it.each([
    ['890903938-8', true],
    ['899999068-1', true],
    ['890.903.938-8', true],
    ['8909039388', true],
    ['890.904.996-1', true],
    ['800.197.268-4', true],
    ['860034313-7', true],
    [' 899 999 068-1 ', true],
    ['890903938-7', false],
    ['890903938-9', false],
    ['0890903938-8', false],
    ['12345-5', false],
    ['89090393A-8', false],
    ['', false],
    ['-', false],
  ])('isValidNit(%j) is %s', (value, expected) => {
    expect(isValidNit(value)).toBe(expected);
  });

  it('rejects values that are not strings, or absurdly long', () => {
    expect(isValidNit(8909039388)).toBe(false);
    expect(isValidNit(null)).toBe(false);
    expect(isValidNit('8'.repeat(41))).toBe(false);
  });

  it('computes the verification digit of known bases', () => {
    expect(nitCheckDigit('890903938')).toBe('8');
    expect(nitCheckDigit('899.999.068')).toBe('1');
    expect(nitCheckDigit('800197268')).toBe('4');
    // r = 0 and r = 1 give the digit itself; 2..10 give 11 - r
    expect(nitCheckDigit('0')).toBe('0');
    expect(nitCheckDigit('4')).toBe('1'); // 4 × 3 = 12, r = 1
    expect(nitCheckDigit('1')).toBe('8'); // 1 × 3 = 3, r = 3, 11 - 3
  });

  it('returns null for a base that is not 1 to 15 digits', () => {
    expect(nitCheckDigit('')).toBeNull();
    expect(nitCheckDigit('12a')).toBeNull();
    expect(nitCheckDigit('1'.repeat(16))).toBeNull();
  });

  it('compacts and formats like python-stdnum', () => {
    expect(compactNit('890.903.938-8')).toBe('8909039388');
    expect(compactNit('890,903,938 - 8')).toBe('8909039388');
    expect(formatNit('8909039388')).toBe('890.903.938-8');
    expect(formatNit('899999068-1')).toBe('899.999.068-1');
    expect(formatNit('1234567-9')).toBe('1.234.567-9');
    expect(formatNit('7')).toBe('7');
  });

  it('accepts every base of 6 to 15 digits followed by its own digit, in any notation', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: NIT_MIN_BASE_DIGITS, max: NIT_MAX_BASE_DIGITS })
          .chain((n) =>
            fc.tuple(
              fc.integer({ min: 1, max: 9 }),
              fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n - 1, maxLength: n - 1 }),
            ),
          ),
        ([first, rest]) => {
          const base = `${first}${rest.join('')}`;
          const nit = `${base}${nitCheckDigit(base)}`;
          expect(isValidNit(nit)).toBe(true);
          expect(isValidNit(formatNit(nit))).toBe(true);
          expect(compactNit(formatNit(nit))).toBe(nit);
          expect(isValidDocumentNumber('NIT', formatNit(nit))).toBe(true);
        },
      ),
    );
  });

  it('rejects every other verification digit (a single wrong digit is always caught)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{8}$/), fc.integer({ min: 1, max: 9 }), (base, shift) => {
        const right = Number(nitCheckDigit(base));
        const wrong = (right + shift) % 10;
        expect(isValidNit(`${base}-${wrong}`)).toBe(false);
      }),
    );
  });
});

describe('document number rules', () => {
  it.each([
    ['CC', '123', true],
    ['CC', '1020304050', true],
    ['CC', '12', false],
    ['CC', '10203040501', false],
    ['CC', '0123456', false],
    ['CC', '10.203.040', false],
    ['CE', '123', true],
    ['CE', '1234567', true],
    ['CE', '12345678', false],
    ['TI', '1001234567', true],
    ['TI', '99012312345', true],
    ['TI', '123456789', false],
    ['RC', 'A1234567', true],
    ['RC', '1098765432', true],
    ['RC', '1234567', false],
    ['RC', '1234 5678', false],
    ['PA', 'AB12345', true],
    ['PA', 'AB12', false],
    ['PA', 'A'.repeat(17), false],
    ['PEP', '123456789012345', true],
    ['PEP', '12345', false],
    ['PEP', '1234567890123456', false],
    ['PPT', '123456', true],
    ['PPT', '12345678901', false],
    ['NUIP', '1098765432', true],
    ['NUIP', '109876543', false],
    ['NIT', '890.903.938-8', true],
    ['NIT', '890903938-7', false],
    ['NIT', '8909.03938-8', false],
  ] as const)('%s %j is %s', (type, number, expected) => {
    expect(isValidDocumentNumber(type, number)).toBe(expected);
  });

  it('has a rule, a name and a pattern for every document type', () => {
    for (const type of DOCUMENT_TYPES) {
      const rule = DOCUMENT_RULES[type];
      expect(rule.name.length, type).toBeGreaterThan(3);
      expect(rule.rule.length, type).toBeGreaterThan(10);
      expect(rule.pattern.source.startsWith('^') && rule.pattern.source.endsWith('$'), type).toBe(true);
    }
  });

  it('rejects any number longer than the common maximum before trying its pattern', () => {
    expect(isValidDocumentNumber('PA', '1'.repeat(DOCUMENT_NUMBER_MAX_LENGTH + 1))).toBe(false);
  });
});
