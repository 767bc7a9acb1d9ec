import { describe, expect, it } from 'vitest';
import { planHighlightRules, type SeenRule, type WantedRule } from '../../../shared/due/plan-highlights.js';

const ours = (id: string, formula = `=AND(N("nextround:${id}")=0,$A2>1)`, background = '#fff2b3'): SeenRule => ({ formula, background, ranges: ['A2:P1000'] });
const mine = (formula: string | null): SeenRule => ({ formula, background: '#ff0000', ranges: ['A2:A50'] });
const want = (id: string, formula = `=AND(N("nextround:${id}")=0,$A2>1)`, background = '#fff2b3'): WantedRule => ({
  formula,
  background,
  ranges: ['A2:P1000'],
});

describe('planHighlightRules', () => {
  it.each<[string, SeenRule[], WantedRule[], ReturnType<typeof planHighlightRules>]>([
    ['a sheet without rules gets the wanted ones', [], [want('a'), want('b')], [want('a'), want('b')]],
    ["nothing changes when NextRound's rules are the wanted ones", [mine('=1'), ours('a'), ours('b')], [want('a'), want('b')], null],
    ['a background told in upper case is the same colour', [ours('a', undefined, '#FFF2B3')], [want('a')], null],
    ["the person's rules stay, in their order, and ours are added last", [mine('=1'), mine(null)], [want('a')], [0, 1, want('a')]],
    [
      "an old rule is replaced where it was, the person's rules around it kept",
      [mine('=1'), ours('old', '=AND(N("nextround:overdue")=0,$J2<>"")'), mine('=2')],
      [want('a'), want('b')],
      [0, want('a'), want('b'), 2],
    ],
    [
      'a changed threshold replaces the rule',
      [ours('a', '=AND(N("nextround:a")=0,$A2<=TODAY()-7)')],
      [want('a', '=AND(N("nextround:a")=0,$A2<=TODAY()-3)')],
      [want('a', '=AND(N("nextround:a")=0,$A2<=TODAY()-3)')],
    ],
    ['a grown sheet (new range) rewrites the rule', [{ ...ours('a'), ranges: ['A2:P900'] }], [want('a')], [want('a')]],
    ['our rules in another order are rewritten in the wanted order', [ours('b'), ours('a')], [want('a'), want('b')], [want('a'), want('b')]],
    ['a rule retired since is removed', [ours('a'), mine('=1'), ours('gone')], [want('a')], [want('a'), 1]],
  ])('%s', (_, existing, wanted, expected) => {
    expect(planHighlightRules(existing, wanted)).toEqual(expected);
  });

  it('plans nothing on its own result', () => {
    const existing = [mine('=1'), ours('old', '=AND(N("nextround:overdue")=0)'), mine(null)];
    const wanted = [want('a'), want('b')];
    const plan = planHighlightRules(existing, wanted)!;
    const after = plan.map((item) => (typeof item === 'number' ? existing[item]! : item));
    expect(planHighlightRules(after, wanted)).toBeNull();
  });
});
