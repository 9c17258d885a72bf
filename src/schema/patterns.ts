/**
 * The regular expressions of the record schema, shared by the schema and the error messages (a
 * format failure maps to its code by its pattern). All are linear: no nested quantifiers, and every
 * repeated group starts with a character its predecessor cannot match.
 *
 * @module
 */

/** Some character that is not blank. */
export const NOT_BLANK_RE = /\S/;
/** `YYYY-MM-DD` shape (the calendar then checks that the day exists). */
export const CIVIL_DATE_RE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** A civil date, or an RFC 3339 date-time with `Z` or a `±HH:MM` offset. */
export const RECEIVED_AT_RE =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2}))?$/;
/** Filing number: starts with a letter or digit, then letters, digits and `. _ / -`. */
export const RADICADO_RE = /^[0-9A-Za-z][0-9A-Za-z._/-]*$/;
/**
 * E-mail: a local part of 1 to 64 characters without blanks or `@`, `@`, and a domain without blanks
 * or `@` that does not start with a dot and has a dot before a last label without dots. Linear: on a
 * failure, each backtrack to a dot rescans only the label after it.
 */
export const EMAIL_RE = /^[^\s@]{1,64}@[^\s@.][^\s@]*\.[^\s@.]+$/;
/** Telephone: optional `+`, then 7 to 20 digits, blanks, dashes or parentheses. */
export const PHONE_RE = /^\+?[0-9][0-9 ()-]{6,19}$/;
/** DIVIPOLA municipality code: 2 digits of department + 3 of municipality. */
export const DIVIPOLA_RE = /^[0-9]{5}$/;
