/**
 * The regime of a request (CPACA, or the 2020 emergency terms of Decreto Legislativo 491 de 2020
 * art. 5 by date of radicación, or for a petition still in course on its first day) and the vigencia
 * warning of its rule.
 *
 * @internal
 * @module
 */

import { toDayNumber } from '../calendar/index.js';
import { REGIMES, type Regime } from '../domain.js';
import { PqrsdError } from '../errors.js';
import { EMERGENCY_FIRST_DAY, LEY_2207_PROMULGATION } from '../rules/decreto-491-2020.js';
import type { LegalRule } from '../rules/types.js';
import { show } from '../show.js';
import { fmt } from './format-day.js';
import type { Policies } from './policies.js';
import type { DeadlineWarning } from './types.js';

const EMERGENCY_FIRST = toDayNumber(EMERGENCY_FIRST_DAY);
const PROMULGATION = toDayNumber(LEY_2207_PROMULGATION);

/** Whether a radicación falls in the 2020 emergency window under the boundary policy. @internal */
export function inEmergency(received: number, policies: Policies): boolean {
  const last = policies.emergencyBoundary === 'promulgacion' ? PROMULGATION - 1 : PROMULGATION;
  return received >= EMERGENCY_FIRST && received <= last;
}

/** The regime of a request: the given one, or `auto` by date of radicación. @internal */
export function resolveRegime(input: unknown, received: number, policies: Policies): Regime {
  if (input === undefined || input === 'auto') {
    return inEmergency(received, policies) ? 'emergencia_2020' : 'cpaca';
  }
  if (!(REGIMES as readonly unknown[]).includes(input)) {
    throw new PqrsdError(
      'UNKNOWN_REGIME',
      `Régimen desconocido: «${show(input)}». Valores válidos: auto, ${REGIMES.join(', ')}.`,
      { value: input },
    );
  }
  return input as Regime;
}

/**
 * Whether Decreto 491 art. 5 (petitions "en curso", as reported) reaches a petition received
 * before the emergency under policy `emergencyPendingPetitions`: received before 2020-03-28, not
 * closed (answer, traslado, desistimiento) before that day, and its CPACA term (with its events) not
 * expired before it. `due` and `closure` are the CPACA result's day numbers. @internal
 */
export function pendingOnEmergencyStart(
  received: number,
  due: number | null,
  closure: number | null,
  policies: Policies,
): boolean {
  return (
    policies.emergencyPendingPetitions === 'ampliar' &&
    received < EMERGENCY_FIRST &&
    due !== null &&
    due >= EMERGENCY_FIRST &&
    (closure === null || closure >= EMERGENCY_FIRST)
  );
}

/** Whether a radicación precedes the emergency (a cheap test before {@link pendingOnEmergencyStart}). @internal */
export function beforeEmergency(received: number): boolean {
  return received < EMERGENCY_FIRST;
}

const VIGENCIAS = new WeakMap<LegalRule, readonly [number, number]>();

/** The vigencia of a rule as day numbers (cached). */
function vigenciaOf(rule: LegalRule): readonly [number, number] {
  let v = VIGENCIAS.get(rule);
  if (v === undefined) {
    v = [
      toDayNumber(rule.vigencia.desde),
      rule.vigencia.hasta === undefined ? Number.POSITIVE_INFINITY : toDayNumber(rule.vigencia.hasta),
    ];
    VIGENCIAS.set(rule, v);
  }
  return v;
}

/**
 * `FUERA_DE_VIGENCIA` when the radicación is outside the rule's (or the emergency's) vigencia; none for
 * a petition in course on the emergency's first day (`pending`, {@link pendingOnEmergencyStart}). @internal
 */
export function vigenciaWarning(
  rule: LegalRule,
  regime: Regime,
  received: number,
  policies: Policies,
  pending = false,
): DeadlineWarning | null {
  if (pending) return null;
  if (regime === 'emergencia_2020' && !inEmergency(received, policies)) {
    return {
      code: 'FUERA_DE_VIGENCIA',
      message: `La radicación (${fmt(received)}) está fuera de la vigencia de los términos de emergencia (Decreto 491 de 2020 art. 5: ${EMERGENCY_FIRST_DAY} a ${fmt(policies.emergencyBoundary === 'promulgacion' ? PROMULGATION - 1 : PROMULGATION)}); se calcula de todos modos.`,
    };
  }
  const [from, to] = vigenciaOf(rule);
  if (received < from || (received > to && regime !== 'emergencia_2020')) {
    return {
      code: 'FUERA_DE_VIGENCIA',
      message: `La radicación (${fmt(received)}) está fuera de la vigencia de la regla ${rule.id} (desde ${rule.vigencia.desde}${rule.vigencia.hasta === undefined ? '' : ` hasta ${rule.vigencia.hasta}`}); se calcula de todos modos.`,
    };
  }
  return null;
}
