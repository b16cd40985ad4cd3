import { expect } from 'vitest';
import defaultSettingsJson from '../../../resources/default-settings.json';
import {
  applyEdits,
  createChecker,
  defaultRules,
  type CheckBlock,
  type CheckDocument,
  type Finding,
  type Scope,
} from '../../../src/shared/house-style';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';

export const settings = settingsSchema.parse(defaultSettingsJson);

/** A small clean News story; each test puts its text in one place. */
export function baseDocument(): CheckDocument {
  return {
    section: 'News',
    headline: 'Trusts face pressure on pay',
    standfirst: 'Managers say the plan will not work.',
    body: [{ key: 'intro', kind: 'paragraph', text: 'Jane Smith said the plan would not work.' }],
    bio: null,
    bylines: [{ name: 'Jane Smith', role: 'chief executive', organisation: 'the Example Trust' }],
  };
}

/** The key of the block that holds the text under test, for block scopes. */
export const TEXT_KEY = 'text';

/** The base document with `text` as the given scope (a block of its own for body, pull-quote and caption). */
export function documentWith(scope: Scope, text: string, base: CheckDocument = baseDocument()): CheckDocument {
  const block = (kind: CheckBlock['kind']): CheckBlock => ({ key: TEXT_KEY, kind, text });
  switch (scope) {
    case 'headline':
      return { ...base, headline: text };
    case 'standfirst':
      return { ...base, standfirst: text };
    case 'bio':
      return { ...base, bio: text };
    case 'socialHeadline':
      return { ...base, socialHeadline: text };
    case 'socialDescription':
      return { ...base, socialDescription: text };
    case 'body':
      return { ...base, body: [...base.body, block('paragraph')] };
    case 'pullquote':
      return { ...base, body: [...base.body, block('pullquote')] };
    case 'caption':
      return { ...base, body: [...base.body, block('caption')] };
  }
}

export function check(document: CheckDocument): Finding[] {
  return createChecker(defaultRules(), settings).check(document).findings;
}

/** The findings of one rule on the text under test. */
export function findingsOn(ruleId: string, scope: Scope, text: string, base?: CheckDocument): Finding[] {
  const isBlock = scope === 'body' || scope === 'pullquote' || scope === 'caption';
  return check(documentWith(scope, text, base)).filter(
    (f) => f.ruleId === ruleId && f.scope === scope && (isBlock ? f.blockKey === TEXT_KEY : f.blockKey === undefined),
  );
}

/**
 * The text with the first fix of each of the rule's findings applied. Checks
 * that the fixes stay within the text under test, do not overlap, and leave
 * nothing for the rule to flag.
 */
export function fixedBy(ruleId: string, scope: Scope, text: string, base?: CheckDocument): string {
  const findings = findingsOn(ruleId, scope, text, base);
  expect(findings.length, `no ${ruleId} finding in “${text}”`).toBeGreaterThan(0);
  const edits = findings.flatMap((f) => {
    expect(f.fixes.length, `${ruleId} offers no fix for “${text.slice(f.from, f.to)}”`).toBeGreaterThan(0);
    return (f.fixes[0] as Finding['fixes'][number]).edits;
  });
  for (const edit of edits) expect(edit.scope).toBe(scope);
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i += 1) expect(sorted[i]!.from).toBeGreaterThanOrEqual(sorted[i - 1]!.to);
  const fixed = applyEdits(text, edits);
  expect(findingsOn(ruleId, scope, fixed, base).map((f) => fixed.slice(f.from, f.to))).toEqual([]);
  return fixed;
}

/** The stretches of the text under test that a rule flags. */
export function flagged(ruleId: string, scope: Scope, text: string, base?: CheckDocument): string[] {
  return findingsOn(ruleId, scope, text, base).map((f) => text.slice(f.from, f.to));
}
