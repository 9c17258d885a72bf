import { describe, expectTypeOf, it } from 'vitest';
import type { Regime, RequestType } from '../../src/domain.js';
import { CPACA_RULES, getRule, type LegalRule, R_PET_GEN, type RuleTerm } from '../../src/rules/index.js';

describe('catalogue types', () => {
  it('types the CPACA table as a record of every request type', () => {
    expectTypeOf<keyof typeof CPACA_RULES>().toEqualTypeOf<RequestType>();
    expectTypeOf(CPACA_RULES.peticion).toMatchTypeOf<LegalRule>();
  });

  it('keeps the literal term of a rule', () => {
    expectTypeOf(R_PET_GEN.term.amount).toEqualTypeOf<15>();
    expectTypeOf(R_PET_GEN.id).toEqualTypeOf<'R-PET-GEN'>();
  });

  it('takes a regime and a request type and returns a LegalRule', () => {
    expectTypeOf(getRule).parameter(0).toEqualTypeOf<Regime>();
    expectTypeOf(getRule).parameter(1).toEqualTypeOf<RequestType>();
    expectTypeOf(getRule('cpaca', 'peticion')).toEqualTypeOf<LegalRule>();
    expectTypeOf<LegalRule['term']>().toEqualTypeOf<RuleTerm | null>();
  });

  it('rejects unknown values at compile time', () => {
    // @ts-expect-error not a regime
    getRule('nacional', 'peticion');
    // @ts-expect-error not a request type
    getRule('cpaca', 'tutela');
  });
});
