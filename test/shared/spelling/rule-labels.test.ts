import { describe, expect, it } from 'vitest';
import { spellingRuleLabel, spellingRuleId } from '../../../src/shared/spelling';

describe('spellingRuleLabel', () => {
  it('names the rules editors meet most in words, not ruleIds', () => {
    expect(spellingRuleLabel('spelling.spell-check')).toBe('Misspelt words');
    expect(spellingRuleLabel('grammar.repeated-words')).toBe('Doubled words');
    expect(spellingRuleLabel('grammar.an-a')).toBe('a or an');
    expect(spellingRuleLabel('grammar.its-contraction')).toBe('its or it’s');
    expect(spellingRuleLabel('grammar.their-to-theyre')).toBe('their, there, they’re');
    expect(spellingRuleLabel('grammar.sentence-capitalization')).toBe('Capital letter at the start of a sentence');
  });

  it('turns any other engine rule’s name into words', () => {
    expect(spellingRuleLabel(spellingRuleId('grammar', { rule: 'PossessiveYour' }))).toBe('Possessive your');
  });

  it('leaves house-style rules to their own names', () => {
    expect(spellingRuleLabel('british-spelling')).toBeNull();
  });
});
