/**
 * The legal catalogue of pqrsd: each rule typed data with its citation and vigencia, a module per
 * norm. See `docs/terminos.md`.
 *
 * @module pqrsd/rules
 */
export * from './catalogue.js';
export * from './decreto-491-2020.js';
export * from './ley-4-1913.js';
export * from './ley-5-1992.js';
export * from './ley-142-1994.js';
export * from './ley-1480-2011.js';
export * from './ley-1581-2012.js';
export * from './ley-1712-2014.js';
export * from './ley-1755-2015.js';
export * from './types.js';
