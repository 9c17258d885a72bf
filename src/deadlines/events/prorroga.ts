/**
 * Prórroga of the term (CPACA art. 14 parágrafo, sustituido por Ley 1755 de 2015 art. 1): informed
 * before the legal term ends, with the reasons and the new date, not past the ceiling (the double
 * of the initial term, policy `prorrogaCeiling`), or the additional days of a special regime.
 *
 * @internal
 * @module
 */

import type { LegalRule } from '../../rules/types.js';
import { fmt } from '../format-day.js';
import type { NormalizedEvent } from '../normalize-events.js';
import type { Policies } from '../policies.js';
import type { EventHandler, EventState } from './state.js';

/** Business days a valid prórroga may add to the initial term. @internal */
export function extensionDays(rule: LegalRule, amount: number, policies: Policies): number {
  const ext = rule.extension;
  if (ext.kind === 'none') return 0;
  if (ext.kind === 'adicional') return ext.businessDays;
  return policies.prorrogaCeiling === 'total' ? amount : 2 * amount;
}

function applyProrroga(s: EventState, e: NormalizedEvent): void {
  if (s.rule.extension.kind === 'none') {
    s.warn(
      'PRORROGA_NO_PREVISTA',
      `La regla ${s.rule.id} (${s.rule.citations[0]?.norma}, ${s.rule.citations[0]?.articulo}) no prevé prórroga; el vencimiento no se mueve.`,
      e,
    );
    return;
  }
  const due = s.currentDue();
  const legal = s.legalDueOn(e.date);
  if (e.date > legal) {
    s.warn(
      'PRORROGA_EXTEMPORANEA',
      legal === due
        ? `La prórroga se informó el ${fmt(e.date)}, después del vencimiento (${fmt(due)}); debía informarse antes de que venciera el término (${s.rule.extension.citation.articulo}; Ley 4 de 1913 arts. 59-60). El vencimiento no se mueve.`
        : `La prórroga se informó el ${fmt(e.date)}, después de vencido el término legal (${fmt(legal)}); una nueva prórroga debía informarse antes de ese vencimiento (${s.rule.extension.citation.articulo}). El vencimiento sigue en ${fmt(due)}.`,
      e,
    );
    return;
  }
  const next = e.newDue ?? s.tc.add(due, e.businessDays as number);
  if (next <= due) {
    s.warn(
      'PRORROGA_NO_AMPLIA',
      `La nueva fecha (${fmt(next)}) no es posterior al vencimiento vigente (${fmt(due)}); el vencimiento no se mueve.`,
      e,
    );
    return;
  }
  const max = s.currentMax();
  if (next > max) {
    s.warn(
      'PRORROGA_EXCESIVA',
      `La nueva fecha (${fmt(next)}) supera el máximo permitido (${fmt(max)}, ${s.rule.extension.citation.norma} ${s.rule.extension.citation.articulo}); el vencimiento no se mueve.`,
      e,
    );
    return;
  }
  if (s.prorrogas > 0) {
    s.warn(
      'PRORROGA_REITERADA',
      `Segunda prórroga o posterior: la norma prevé informar un nuevo plazo; se aplica porque no supera el máximo (${fmt(max)}).`,
      e,
    );
  }
  s.prorrogas++;
  const count = s.tc.between(s.termStart, next);
  if (!s.tc.isBusiness(next)) {
    s.warn(
      'PRORROGA_DIA_NO_HABIL',
      `La nueva fecha (${fmt(next)}) no es un día hábil del término; vence el día hábil anterior (${fmt(s.tc.add(s.termStart, count))}).`,
      e,
    );
  }
  s.dueCount = Math.max(s.dueCount, count);
  const moved = s.currentDue();
  s.effect(
    () =>
      `Prórroga informada el ${fmt(e.date)}: el vencimiento pasa de ${fmt(due)} a ${fmt(moved)} (máximo ${fmt(max)}).`,
    e,
    s.rule.extension.citation,
  );
}

/** The `prorroga` event. @internal */
export const prorroga: EventHandler = { movesTerm: true, apply: applyProrroga };
