import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/house-style';
import { groupFindings } from '../../../src/renderer/panels/house-style/finding-groups';

const finding = (ruleId: string, severity: Finding['severity'], blockKey: string): Finding => ({
  ruleId,
  severity,
  message: ruleId,
  scope: 'body',
  blockKey,
  from: 0,
  to: 4,
  fixes: [],
});

describe('groupFindings', () => {
  it('lists a “their” and a “there” slip under one heading, with both rules to ignore', () => {
    const groups = groupFindings([
      finding('grammar.their-to-theyre', 'warning', 'a'),
      finding('grammar.repeated-words', 'warning', 'a'),
      finding('grammar.there-to-their', 'warning', 'b'),
    ]);
    expect(groups.map((group) => group.name)).toEqual(['their, there, they’re', 'Doubled words']);
    expect(groups[0]!.ruleIds).toEqual(['grammar.their-to-theyre', 'grammar.there-to-their']);
    expect(groups[0]!.findings.map((f) => f.blockKey)).toEqual(['a', 'b']);
  });

  it('keeps house-style rules by their own name, errors first', () => {
    const groups = groupFindings([finding('spelling.spell-check', 'warning', 'a'), finding('british-spelling', 'error', 'a'), finding('british-spelling', 'error', 'b')]);
    expect(groups.map((group) => [group.name, group.findings.length])).toEqual([
      ['british-spelling', 2],
      ['Misspelt words', 1],
    ]);
  });
});
