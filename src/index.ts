/**
 * pqrsd: Colombian PQRSD law as code. The root entry re-exports every layer but the schema
 * (which needs zod: import it from `pqrsd/schema`).
 *
 * @module pqrsd
 */
export * from './calendar/index.js';
export * from './deadlines/index.js';
export * from './domain.js';
export * from './errors.js';
export * from './rules/index.js';
export { VERSION } from './version.js';
