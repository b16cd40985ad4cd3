import { describe, expect, it } from 'vitest';
import { disabledEngineRules, spellingRuleLabel, spellingRuleId } from '../../../src/shared/spelling';
import { twentySlips } from '../../fixtures/spelling/twenty-slips';

describe('spellingRuleLabel', () => {
  it('names the rules editors meet most in words, not ruleIds', () => {
    expect(spellingRuleLabel('spelling.spell-check')).toBe('Misspelt words');
    expect(spellingRuleLabel('grammar.repeated-words')).toBe('Doubled words');
    expect(spellingRuleLabel('grammar.an-a')).toBe('a or an');
    expect(spellingRuleLabel('grammar.its-contraction')).toBe('its or it’s');
    expect(spellingRuleLabel('grammar.their-to-theyre')).toBe('their, there, they’re');
    expect(spellingRuleLabel('grammar.sentence-capitalization')).toBe('Capital letter at the start of a sentence');
  });

  it('gives every rule the acceptance story triggers a name of its own, and each is a rule the engine runs', async () => {
    const harper = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new harper.LocalLinter({ binary, dialect: harper.Dialect.British });
    const enabled = Object.keys(await linter.getLintConfig())
      .filter((rule) => !disabledEngineRules.includes(rule))
      .flatMap((rule) => [spellingRuleId('spelling', { rule }), spellingRuleId('grammar', { rule })]);
    const surfaced = [...new Set(twentySlips.map((slip) => slip.ruleId).filter((id) => /^(spelling|grammar)\./.test(id)))];
    expect(surfaced.length).toBeGreaterThan(5);
    for (const ruleId of surfaced) {
      expect(enabled, ruleId).toContain(ruleId);
      const wordsOfId = ruleId.replace(/^\w+\./, '').replace(/-/g, ' ');
      expect(spellingRuleLabel(ruleId)?.toLowerCase(), ruleId).not.toBe(wordsOfId);
    }
    expect(spellingRuleLabel('grammar.the-my')).toBe('“the” with a possessive (the its, the my)');
  });

  it('turns any other engine rule’s name into words', () => {
    expect(spellingRuleLabel(spellingRuleId('grammar', { rule: 'PossessiveYour' }))).toBe('Possessive your');
  });

  it('leaves house-style rules to their own names', () => {
    expect(spellingRuleLabel('british-spelling')).toBeNull();
  });
});
