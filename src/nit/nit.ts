/**
 * NIT (Número de Identificación Tributaria), the Colombian tax number of companies and of natural
 * persons registered in the RUT, with its DIAN verification digit (módulo 11).
 *
 * One module per identifier, in the style of python-stdnum: {@link compactNit} normalises,
 * {@link nitCheckDigit} computes the digit, {@link isValidNit} validates, {@link formatNit} prints.
 * No dependency (no zod): its own entry `pqrsd/nit`, re-exported by `pqrsd/schema`.
 *
 * Rule: the base has 6 to 15 digits (15 is the number of DIAN weights) and does not start with 0;
 * the verification digit is `r` when `r = Σ(dígito × peso) mod 11` is 0 or 1, else `11 − r`, with the
 * weights 3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71 applied from the rightmost digit of
 * the base (the DIAN módulo-11 algorithm printed on every RUT).
 *
 * @module
 */
import { PqrsdError } from '../errors.js';

/** DIAN weights, applied from the rightmost digit of the base leftwards. */
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71] as const;

/**
 * Fewest digits of a NIT base (without the verification digit).
 *
 * @example
 * ```ts
 * import { NIT_MIN_BASE_DIGITS } from 'pqrsd/nit';
 * NIT_MIN_BASE_DIGITS; //=> 6
 * ```
 */
export const NIT_MIN_BASE_DIGITS = 6;

/**
 * Most digits of a NIT base (without the verification digit): one per DIAN weight.
 *
 * @example
 * ```ts
 * import { NIT_MAX_BASE_DIGITS } from 'pqrsd/nit';
 * NIT_MAX_BASE_DIGITS; //=> 15
 * ```
 */
export const NIT_MAX_BASE_DIGITS = NIT_WEIGHTS.length;

/**
 * Removes the separators people write in a NIT: dots, commas, spaces and dashes. Nothing else is
 * changed, so a value with letters stays invalid for {@link isValidNit}.
 *
 * @param value - a NIT as written: `'890.903.938-8'`, `'890903938-8'`, `'8909039388'`
 * @returns the digits of the base followed by the verification digit
 * @example
 * ```ts
 * import { compactNit } from 'pqrsd/nit';
 * compactNit('890.903.938-8'); //=> '8909039388'
 * compactNit(' 899 999 068-1 '); //=> '8999990681'
 * ```
 */
export function compactNit(value: string): string {
  if (typeof value !== 'string') {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `El NIT debe ser un texto, no ${value === null ? 'null' : typeof value}`,
      {
        value,
      },
    );
  }
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // '.' ',' ' ' '-' are separators
    if (c === 46 || c === 44 || c === 32 || c === 45) continue;
    out += value[i];
  }
  return out;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The DIAN verification digit of a NIT base (the number without its last digit).
 *
 * @param base - the base digits; separators are removed first with {@link compactNit}
 * @returns the verification digit, `'0'` to `'9'`, or `null` when the base is not 1 to 15 digits
 * @example
 * ```ts
 * import { nitCheckDigit } from 'pqrsd/nit';
 * nitCheckDigit('890903938'); //=> '8'
 * nitCheckDigit('899.999.068'); //=> '1'
 * nitCheckDigit('89A'); //=> null
 * ```
 */
export function nitCheckDigit(base: string): string | null {
  const digits = compactNit(base);
  if (!isDigits(digits) || digits.length > NIT_WEIGHTS.length) return null;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const weight = NIT_WEIGHTS[i] as number;
    sum += (digits.charCodeAt(digits.length - 1 - i) - 48) * weight;
  }
  const r = sum % 11;
  return String(r < 2 ? r : 11 - r);
}

/**
 * Whether a value is a valid NIT: once compacted, 7 to 16 digits (a base of 6 to 15 digits not
 * starting with 0, plus the verification digit) whose last digit is the DIAN verification digit of
 * the rest. Accepts it with or without dots and the dash.
 *
 * @param value - a NIT as written
 * @example
 * ```ts
 * import { isValidNit } from 'pqrsd/nit';
 * isValidNit('890903938-8'); //=> true
 * isValidNit('899.999.068-1'); //=> true
 * isValidNit('890903938-7'); //=> false
 * ```
 */
export function isValidNit(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 40) return false;
  const digits = compactNit(value);
  const base = digits.slice(0, -1);
  if (base.length < NIT_MIN_BASE_DIGITS || base.length > NIT_MAX_BASE_DIGITS) return false;
  if (!isDigits(digits) || base.charCodeAt(0) === 48) return false;
  return nitCheckDigit(base) === digits.slice(-1);
}

/**
 * Prints a NIT the way the DIAN does: the base in groups of three separated by dots, a dash and the
 * verification digit.
 *
 * @param value - a NIT as written (compacted first with {@link compactNit})
 * @returns the formatted NIT; the value is not validated (use {@link isValidNit})
 * @example
 * ```ts
 * import { formatNit } from 'pqrsd/nit';
 * formatNit('8909039388'); //=> '890.903.938-8'
 * formatNit('9001234561'); //=> '900.123.456-1'
 * ```
 */
export function formatNit(value: string): string {
  const digits = compactNit(value);
  if (digits.length < 2) return digits;
  const base = digits.slice(0, -1);
  let grouped = '';
  for (let end = base.length; end > 0; end -= 3) {
    const group = base.slice(Math.max(0, end - 3), end);
    grouped = grouped === '' ? group : `${group}.${grouped}`;
  }
  return `${grouped}-${digits.slice(-1)}`;
}
