import { describe, expect, it } from 'vitest';
import { applyChanges, fixTypography } from '../../../src/shared/typography';
import { applyRightToLeft, fixed } from './fix-helpers';

describe('fixTypography', () => {
  it('fixes every rule at once with exact, ordered changes', () => {
    const input = 'He said "the trusts - and the ICBs -- don\'t agree" ...  Really ?  ';
    const result = fixTypography(input);
    expect(result.text).toBe('He said ‘the trusts—and the ICBs—don’t agree’ … Really?');
    expect(result.changes.map((c) => [c.rule, input.slice(c.from, c.to), c.replacement])).toEqual([
      ['quotes', '"', '‘'],
      ['dash', ' - ', '—'],
      ['dash', ' -- ', '—'],
      ['apostrophe', "'", '’'],
      ['quotes', '"', '’'],
      ['ellipsis', '...', '…'],
      ['spaces', ' ', ''],
      ['spaces', ' ', ''],
      ['spaces', '  ', ''],
    ]);
    expect(applyChanges(input, result.changes)).toBe(result.text);
    expect(applyRightToLeft(input, result.changes)).toBe(result.text);
  });

  it('changes nothing in text that already follows house style', () => {
    const house = '‘The NHS’s plans—and the ICBs’—are “radical”,’ she said of 2024–25… Rock ’n’ roll in the ’90s.';
    expect(fixTypography(house)).toEqual({ text: house, changes: [] });
  });

  it('never touches links, addresses or code', () => {
    const input =
      "See https://example.com/a--b...c'd?x=1 or www.example.org/it's - and `a -- b \"c\"  d` or jane.o'neill@nhs.net ...";
    expect(fixed(input)).toBe(
      "See https://example.com/a--b...c'd?x=1 or www.example.org/it's—and `a -- b \"c\"  d` or jane.o'neill@nhs.net …",
    );
  });

  it('keeps the nesting across a protected span', () => {
    expect(fixed('"see `x "y" z` now"')).toBe('‘see `x "y" z` now’');
  });

  it('respects ranges the caller protects', () => {
    const input = 'code -- here and -- there';
    expect(fixed(input, { protectedRanges: [{ from: 0, to: 10 }] })).toBe('code -- here and—there');
  });

  it('limits changes to a scope while reading the whole text for context', () => {
    // Pasted '"no"' into a quotation: it nests, and the text round it is not changed.
    const text = '‘He said "no" to it ... ’';
    expect(fixTypography(text, { scope: { from: 9, to: 13 } }).text).toBe('‘He said “no” to it ... ’');
  });

  it('passes emoji and right-to-left text through unharmed', () => {
    const input = 'Staff 👩🏽‍⚕️👍🏽  said "שלום" and "مرحبا" — ok 🇬🇧...';
    expect(fixed(input)).toBe('Staff 👩🏽‍⚕️👍🏽 said ‘שלום’ and ‘مرحبا’—ok 🇬🇧…');
    const untouched = 'بالعربية والعبرית עברית‏ 😀 👨‍👩‍👧';
    expect(fixed(untouched)).toBe(untouched);
  });

  it('handles empty and whitespace-only text', () => {
    expect(fixTypography('')).toEqual({ text: '', changes: [] });
    expect(fixed('   ')).toBe('');
  });

  it('normalises a long story in one go', () => {
    const paragraph =
      'The trusts - and the ICBs -- said "we can\'t go on like this" in 2024-25 ... The NHS\'s plan , they said , is \'bold\'.  ';
    const story = Array.from({ length: 400 }, () => paragraph).join('\n\n');
    const result = fixTypography(story);
    const fixedParagraph =
      'The trusts—and the ICBs—said ‘we can’t go on like this’ in 2024–25 … The NHS’s plan, they said, is ‘bold’.';
    expect(result.text).toBe(Array.from({ length: 400 }, () => fixedParagraph).join('\n\n'));
    expect(fixTypography(result.text).changes).toEqual([]);
  });
});
