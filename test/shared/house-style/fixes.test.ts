import { describe, expect, it } from 'vitest';
import { applyEdits, applyFix, mapCaret, type CheckDocument, type Finding } from '../../../src/shared/house-style';
import { baseDocument, check, findingsOn } from './check-helpers';

function onlyFix(ruleId: string, text: string): Finding['fixes'][number] {
  const [finding] = findingsOn(ruleId, 'body', text);
  expect(finding?.fixes).toHaveLength(1);
  return finding!.fixes[0]!;
}

/** The text after the fix and where a caret at `caret` ends up. */
function afterFix(ruleId: string, text: string, caret: number): [string, number] {
  const { edits } = onlyFix(ruleId, text);
  return [applyEdits(text, edits), mapCaret(caret, edits)];
}

describe('a fix keeps the caret sensible', () => {
  const text = 'We organize it.';
  it.each([
    ['before the fix, it stays', 2, 2],
    ['at the start of the fixed word, it stays', 3, 3],
    ['inside the fixed word, it goes to the end of the fix', 8, 11],
    ['at the end of the fixed word, it stays at its end', 11, 11],
    ['after the fix, it moves with the text', 15, 15],
  ])('%s', (_case, caret, expected) => {
    expect(afterFix('british-spelling', text, caret)).toEqual(['We organise it.', expected]);
  });

  it('moves with the text when the fix is shorter or longer', () => {
    expect(afterFix('words-to-avoid', 'We will utilise it today.', 22)).toEqual(['We will use it today.', 18]);
    expect(afterFix('per-cent', 'It rose 35% today.', 17)).toEqual(['It rose 35 per cent today.', 25]);
    expect(afterFix('date-month-day', 'On November 26th we met.', 20)).toEqual(['On 26 November we met.', 18]);
  });

  it('keeps the caret on the next word when a phrase is deleted and the sentence recapitalised', () => {
    const text = 'Going forward, we act.';
    const caret = text.indexOf('act');
    const [fixed, moved] = afterFix('words-to-avoid', text, caret);
    expect(fixed).toBe('We act.');
    expect(fixed.slice(moved)).toBe('act.');
  });
});

describe('applyFix', () => {
  it('changes only the text the fix is for', () => {
    const document: CheckDocument = {
      ...baseDocument(),
      headline: 'Trusts organize',
      body: [
        { key: 'a', kind: 'paragraph', text: 'The color.' },
        { key: 'b', kind: 'paragraph', text: 'The color.' },
      ],
    };
    const findings = check(document).filter((f) => f.ruleId === 'british-spelling');
    const headlineFix = findings.find((f) => f.scope === 'headline')!.fixes[0]!;
    const blockFix = findings.find((f) => f.blockKey === 'b')!.fixes[0]!;
    const fixed = applyFix(applyFix(document, headlineFix), blockFix);
    expect(fixed.headline).toBe('Trusts organise');
    expect(fixed.body.map((b) => b.text)).toEqual(['The color.', 'The colour.']);
    expect(fixed.body[0]).toBe(document.body[0]);
    expect(fixed.standfirst).toBe(document.standfirst);
  });

  it('fills in a missing bio from the bylines', () => {
    const document: CheckDocument = { ...baseDocument(), section: 'Opinion', bio: null, body: [{ key: 'e', kind: 'endmark', text: '' }] };
    const finding = check(document).find((f) => f.ruleId === 'end-mark-and-bio' && f.scope === 'bio')!;
    expect(applyFix(document, finding.fixes[0]!).bio).toBe('Jane Smith is chief executive of the Example Trust.');
  });

  it('offers one fix per suggestion', () => {
    const [finding] = findingsOn('words-to-avoid', 'body', 'A number of trusts agreed.');
    expect(finding?.fixes.map((f) => f.label)).toEqual(['Change to “Some”', 'Change to “Several”']);
    expect(finding?.advice).toBe('Say how many if you know.');
  });
});
