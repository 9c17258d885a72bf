/**
 * The version of this package, as published.
 *
 * @example
 * ```ts
 * import { VERSION } from 'pqrsd';
 * console.log(VERSION); // '0.1.0'
 * ```
 */
export const VERSION: string = '0.1.0';
