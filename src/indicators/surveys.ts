/**
 * Satisfaction surveys (procedimiento de encuesta de satisfacción): sample size, Likert satisfaction
 * and the Wilson score interval.
 *
 * References:
 * - Cochran, W. G. (1977). *Sampling Techniques*, 3rd ed. New York: Wiley. §4.4 (sample size for a
 *   proportion, n0 = z²·p·(1−p)/e²) and §4.5 (finite population correction, n = n0 / (1 + (n0 − 1)/N)).
 * - Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference.
 *   *Journal of the American Statistical Association* 22(158): 209-212.
 * - Wichura, M. J. (1988). Algorithm AS 241: The percentage points of the normal distribution.
 *   *Applied Statistics* 37(3): 477-484 (the inverse normal used for z).
 *
 * @module
 */
import { arrayArgument, iterableArgument, objectArgument, optionalObjectArgument } from '../arguments.js';
import { PqrsdError } from '../errors.js';
import { buildIndicatorResult, safeString } from './meta.js';
import type { Group, IndicatorResult, Meta, Period } from './types.js';

// Wichura (1988), AS 241 PPND16: rational approximations in three regions.
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

function poly(c: readonly number[], x: number): number {
  let r = 0;
  for (let i = c.length - 1; i >= 0; i--) r = r * x + (c[i] as number);
  return r;
}

/**
 * The quantile of the standard normal distribution (inverse CDF), Wichura's AS 241 (relative error
 * about 1e-16).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` unless 0 < p < 1.
 * @example
 * ```ts
 * import { normalQuantile } from 'pqrsd/indicators';
 * normalQuantile(0.975).toFixed(12); //=> '1.959963984540'
 * ```
 */
export function normalQuantile(p: number): number {
  if (typeof p !== 'number' || !(p > 0 && p < 1)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `La probabilidad «${safeString(p)}» debe estar entre 0 y 1 (excluidos)`,
      {
        value: p,
      },
    );
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  const x = r <= 5 ? poly(C, r - 1.6) / poly(D, r - 1.6) : poly(E, r - 5) / poly(F, r - 5);
  return q < 0 ? -x : x;
}

/**
 * The two-sided critical value z for a confidence level: `normalQuantile(1 − (1 − confidence)/2)`.
 * 0.90 → 1.6449, 0.95 → 1.9600, 0.99 → 2.5758.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` unless 0 < confidence < 1.
 * @example
 * ```ts
 * import { zForConfidence } from 'pqrsd/indicators';
 * zForConfidence(0.95).toFixed(4); //=> '1.9600'
 * ```
 */
export function zForConfidence(confidence: number): number {
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `El nivel de confianza «${safeString(confidence)}» debe estar entre 0 y 1 (p. ej. 0.95)`,
      { value: confidence },
    );
  }
  return normalQuantile(1 - (1 - confidence) / 2);
}

/**
 * Options of {@link sampleSize}.
 *
 * @example
 * ```ts
 * import type { SampleSizeOptions } from 'pqrsd/indicators';
 * const o: SampleSizeOptions = { population: 1000, confidence: 0.95, marginOfError: 0.05 };
 * ```
 */
export interface SampleSizeOptions {
  /** Population size N (e.g. users attended in the period): an integer ≥ 1. */
  readonly population: number;
  /** Confidence level; default 0.95. */
  readonly confidence?: number | undefined;
  /** Margin of error e (half-width, as a fraction); default 0.05. */
  readonly marginOfError?: number | undefined;
  /** Expected proportion p; default 0.5 (the most conservative). */
  readonly proportion?: number | undefined;
}

/**
 * The result of {@link sampleSize}.
 *
 * @example
 * ```ts
 * import type { SampleSizeResult } from 'pqrsd/indicators';
 * const r: SampleSizeResult = { n: 278, n0: 384.15, z: 1.96, population: 1000, confidence: 0.95, marginOfError: 0.05, proportion: 0.5 };
 * ```
 */
export interface SampleSizeResult {
  /** Sample size with the finite population correction, rounded up (never more than N). */
  readonly n: number;
  /** Cochran's sample size for an infinite population, z²·p·(1−p)/e² (not rounded). */
  readonly n0: number;
  /** Critical value used. */
  readonly z: number;
  /** N. */
  readonly population: number;
  /** Confidence level used. */
  readonly confidence: number;
  /** Margin of error used. */
  readonly marginOfError: number;
  /** Proportion used. */
  readonly proportion: number;
}

/**
 * Sample size for estimating a proportion in a finite population (Cochran 1977, §4.4-4.5):
 * n0 = z²·p·(1−p)/e², n = n0 / (1 + (n0 − 1)/N), rounded up (a value within 1e-9 of an integer is
 * not rounded up, so floating-point noise never adds a respondent).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for N not an integer ≥ 1, confidence or margin not in
 * (0, 1), or p not in (0, 1).
 * @example
 * ```ts
 * import { sampleSize } from 'pqrsd/indicators';
 * sampleSize({ population: 1000 }).n; //=> 278
 * sampleSize({ population: 1_000_000 }).n; //=> 384
 * sampleSize({ population: 100_000_000 }).n; //=> 385
 * ```
 */
export function sampleSize(options: SampleSizeOptions): SampleSizeResult {
  const { population } = objectArgument(
    options,
    'Las opciones de sampleSize',
  ) as unknown as SampleSizeOptions;
  const confidence = options.confidence ?? 0.95;
  const e = options.marginOfError ?? 0.05;
  const p = options.proportion ?? 0.5;
  if (!Number.isInteger(population) || population < 1) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `La población «${safeString(population)}» debe ser un entero mayor o igual a 1`,
      { value: population },
    );
  }
  if (typeof e !== 'number' || !(e > 0 && e < 1)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `El margen de error «${safeString(e)}» debe estar entre 0 y 1 (p. ej. 0.05)`,
      {
        value: e,
      },
    );
  }
  if (typeof p !== 'number' || !(p > 0 && p < 1)) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `La proporción esperada «${safeString(p)}» debe estar entre 0 y 1 (excluidos)`,
      {
        value: p,
      },
    );
  }
  const z = zForConfidence(confidence);
  const n0 = (z * z * p * (1 - p)) / (e * e);
  if (!Number.isFinite(n0)) {
    throw new PqrsdError('INVALID_ARGUMENT', `El margen de error «${safeString(e)}» es demasiado pequeño`, {
      value: e,
    });
  }
  const corrected = n0 / (1 + (n0 - 1) / population);
  const n = Math.min(population, Math.max(1, Math.ceil(corrected - 1e-9)));
  return { n, n0, z, population, confidence, marginOfError: e, proportion: p };
}

/**
 * A confidence interval for a proportion.
 *
 * @example
 * ```ts
 * import type { ProportionInterval } from 'pqrsd/indicators';
 * const i: ProportionInterval = { proportion: 0.8, lower: 0.49, upper: 0.94, confidence: 0.95 };
 * ```
 */
export interface ProportionInterval {
  /** Observed proportion successes / trials. */
  readonly proportion: number;
  /** Lower bound (in [0, 1]). */
  readonly lower: number;
  /** Upper bound (in [0, 1]). */
  readonly upper: number;
  /** Confidence level. */
  readonly confidence: number;
}

/**
 * Wilson score interval for a proportion (Wilson 1927): center (p̂ + z²/2n)/(1 + z²/n), half-width
 * z/(1 + z²/n)·√(p̂(1−p̂)/n + z²/4n²). Unlike the normal (Wald) interval it stays inside [0, 1] and
 * behaves with small samples and proportions near 0 or 1. `null` with no trials.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` unless 0 ≤ successes ≤ trials are integers, or for a
 * confidence not in (0, 1).
 * @example
 * ```ts
 * import { wilsonInterval } from 'pqrsd/indicators';
 * const i = wilsonInterval(8, 10);
 * [i?.lower.toFixed(4), i?.upper.toFixed(4)]; //=> ['0.4902', '0.9433']
 * ```
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  confidence = 0.95,
): ProportionInterval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `«${safeString(successes)}» éxitos en «${safeString(trials)}» intentos no es válido: se requieren enteros 0 ≤ éxitos ≤ intentos`,
      { value: { successes, trials } },
    );
  }
  const z = zForConfidence(confidence);
  if (trials === 0) return null;
  const n = trials;
  const phat = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (phat + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n));
  return {
    proportion: phat,
    lower: successes === 0 ? 0 : Math.max(0, center - half),
    upper: successes === n ? 1 : Math.min(1, center + half),
    confidence,
  };
}

/**
 * How Likert answers are read.
 *
 * @example
 * ```ts
 * import type { LikertOptions } from 'pqrsd/indicators';
 * const top2: LikertOptions = { min: 1, max: 5 }; // 4 and 5 are satisfied
 * const top3: LikertOptions = { min: 1, max: 7, satisfied: [5, 6, 7] };
 * ```
 */
export interface LikertOptions {
  /** Lowest point of the scale; default 1. */
  readonly min?: number | undefined;
  /** Highest point of the scale; default 5. */
  readonly max?: number | undefined;
  /** Answers counted as satisfied; default the top two boxes (`max − 1` and `max`). */
  readonly satisfied?: readonly number[] | undefined;
}

/** A resolved Likert scale. @internal */
export interface LikertScale {
  readonly min: number;
  readonly max: number;
  readonly satisfied: ReadonlySet<number>;
}

/** Largest number of points of a Likert scale (its distribution has one entry per point). */
const LIKERT_MAX_POINTS = 101;

/**
 * Validates Likert options and resolves the defaults (1-5, top-2-box).
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for a scale that is not integers with min < max, or
 * satisfied answers outside it.
 * @internal
 */
export function resolveLikert(options?: LikertOptions): LikertScale {
  const o = optionalObjectArgument(options, 'La escala Likert') as LikertOptions;
  const min = o.min ?? 1;
  const max = o.max ?? 5;
  // At most LIKERT_MAX_POINTS points: the distribution has one entry per point.
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max || max - min >= LIKERT_MAX_POINTS) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `La escala Likert «${safeString(min)}-${safeString(max)}» no es válida: enteros con mínimo < máximo y a lo sumo ${LIKERT_MAX_POINTS} puntos`,
      {
        value: { min, max },
      },
    );
  }
  const satisfied = arrayArgument<number>(o.satisfied ?? [max - 1, max], 'Las respuestas satisfechas');
  for (const s of satisfied) {
    if (!Number.isInteger(s) || s < min || s > max) {
      throw new PqrsdError(
        'INVALID_ARGUMENT',
        `La respuesta satisfecha «${safeString(s)}» está fuera de la escala ${min}-${max}`,
        { value: s },
      );
    }
  }
  if (satisfied.length === 0) {
    throw new PqrsdError('INVALID_ARGUMENT', 'La lista de respuestas satisfechas está vacía', {
      value: satisfied,
    });
  }
  return { min, max, satisfied: new Set(satisfied) };
}

/**
 * Counts of a set of Likert answers.
 *
 * @example
 * ```ts
 * import type { LikertSummary } from 'pqrsd/indicators';
 * const s: LikertSummary = { valid: 4, satisfied: 3, invalid: 1, missing: 0, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 2 } };
 * ```
 */
export interface LikertSummary {
  /** Answers that are integers on the scale. */
  readonly valid: number;
  /** Valid answers counted as satisfied. */
  readonly satisfied: number;
  /** Answers that are numbers off the scale or not integers (excluded). */
  readonly invalid: number;
  /** `null` / `undefined` answers (not answered; excluded). */
  readonly missing: number;
  /** Count of each point of the scale. */
  readonly distribution: Readonly<Record<number, number>>;
}

/**
 * Summarises Likert answers: valid answers are integers on the scale; the rest are counted as
 * invalid (numbers) or missing (`null`/`undefined`) and excluded from the denominator.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for malformed options.
 * @example
 * ```ts
 * import { summarizeLikert } from 'pqrsd/indicators';
 * summarizeLikert([5, 4, 2, 5, 9, null]);
 * //=> { valid: 4, satisfied: 3, invalid: 1, missing: 1, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 2 } }
 * ```
 */
export function summarizeLikert(
  answers: Iterable<number | null | undefined>,
  options?: LikertOptions,
): LikertSummary {
  const scale = resolveLikert(options);
  const distribution: Record<number, number> = {};
  for (let v = scale.min; v <= scale.max; v++) distribution[v] = 0;
  let valid = 0;
  let satisfied = 0;
  let invalid = 0;
  let missing = 0;
  for (const a of iterableArgument<number | null | undefined>(answers, 'Las respuestas')) {
    if (a === null || a === undefined) {
      missing++;
    } else if (Number.isInteger(a) && a >= scale.min && a <= scale.max) {
      valid++;
      distribution[a] = (distribution[a] as number) + 1;
      if (scale.satisfied.has(a)) satisfied++;
    } else {
      invalid++;
    }
  }
  return { valid, satisfied, invalid, missing, distribution };
}

/**
 * Options of {@link satisfactionIndicator}.
 *
 * @example
 * ```ts
 * import type { SatisfactionOptions } from 'pqrsd/indicators';
 * const o: SatisfactionOptions = { period: { kind: 'year', key: '2026', from: '2026-01-01', to: '2026-12-31' } as never };
 * ```
 */
export interface SatisfactionOptions {
  /** Period surveyed. */
  readonly period: Period;
  /** Group surveyed; default `{}`. */
  readonly group?: Group | undefined;
  /** Likert reading; default 1-5, top-2-box. */
  readonly likert?: LikertOptions | undefined;
  /** Meta; default `>= 0.8` (seed). */
  readonly meta?: Meta | undefined;
  /** Confidence of the Wilson interval; default 0.95. */
  readonly confidence?: number | undefined;
}

/**
 * The seed's «% Satisfacción del cliente»: satisfied answers / valid answers (meta 80 %), with its
 * Wilson score interval.
 *
 * @throws `PqrsdError` `INVALID_ARGUMENT` for malformed options.
 * @example
 * ```ts
 * import { satisfactionIndicator, parsePeriodKey } from 'pqrsd/indicators';
 * const r = satisfactionIndicator([5, 4, 4, 3, 5], { period: parsePeriodKey('2026-S2') });
 * r.value; //=> 0.8
 * r.complies; //=> true
 * ```
 */
export function satisfactionIndicator(
  answers: Iterable<number | null | undefined>,
  options: SatisfactionOptions,
): IndicatorResult {
  objectArgument(options, 'Las opciones de satisfactionIndicator');
  const s = summarizeLikert(answers, options.likert);
  const interval = wilsonInterval(s.satisfied, s.valid, options.confidence ?? 0.95);
  return buildIndicatorResult({
    id: 'satisfaccion_cliente',
    numerator: s.satisfied,
    denominator: s.valid,
    period: options.period,
    group: options.group,
    meta: options.meta,
    note: s.valid === 0 ? 'Sin respuestas válidas de encuesta en el período' : undefined,
    interval:
      interval === null
        ? undefined
        : { lower: interval.lower, upper: interval.upper, confidence: interval.confidence },
  });
}
