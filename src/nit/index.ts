/**
 * NIT (Número de Identificación Tributaria) with its DIAN verification digit: normalise, compute,
 * validate and print. No dependency (no zod): an app that only checks NITs imports this entry and
 * pays well under 1 KB. `pqrsd/schema` re-exports the same functions.
 *
 * @module pqrsd/nit
 */
export {
  compactNit,
  formatNit,
  isValidNit,
  NIT_MAX_BASE_DIGITS,
  NIT_MIN_BASE_DIGITS,
  nitCheckDigit,
} from './nit.js';
