// Every fast-check property runs with one fixed seed, so `npm test` gives the same verdict on every run
// and machine. `PQRSD_FC_SEED=<n> npx vitest run` explores other examples; a failure prints its seed
// and counterexample, which becomes a case of its own. A property that sets its own seed keeps it.
import fc from 'fast-check';

const raw = process.env.PQRSD_FC_SEED;
const seed = raw === undefined || raw === '' ? 20261202 : Number(raw);
if (!Number.isSafeInteger(seed)) throw new Error(`PQRSD_FC_SEED debe ser un entero: «${raw}»`);
fc.configureGlobal({ seed });
