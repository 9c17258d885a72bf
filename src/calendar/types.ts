/**
 * A civil date in Colombia written `YYYY-MM-DD`, already validated by {@link parseIsoDate}.
 * Branded so that an unchecked string cannot be passed where a checked date is required.
 * Every function of the library returns `IsoDate`; every function accepts a plain string too
 * ({@link DateInput}) and validates it.
 *
 * @example
 * ```ts
 * import { parseIsoDate, type IsoDate } from 'pqrsd/calendar';
 * const d: IsoDate = parseIsoDate('2026-11-27');
 * ```
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/**
 * What date parameters accept: an {@link IsoDate} or any string, validated on entry
 * (a malformed one raises `INVALID_DATE`).
 *
 * @example
 * ```ts
 * import { addBusinessDays, type DateInput } from 'pqrsd/calendar';
 * const received: DateInput = '2026-11-27';
 * addBusinessDays(received, 15); //=> '2026-12-21'
 * ```
 */
export type DateInput = IsoDate | string;
