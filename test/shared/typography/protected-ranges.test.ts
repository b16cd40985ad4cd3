import { describe, expect, it } from 'vitest';
import { findProtectedRanges, mergeRanges, protectedTest } from '../../../src/shared/typography';

function protectedTexts(text: string): string[] {
  return findProtectedRanges(text).map((r) => text.slice(r.from, r.to));
}

describe('findProtectedRanges', () => {
  it.each([
    ['an https link', 'see https://example.com/a--b?x=1 now', ['https://example.com/a--b?x=1']],
    ['an http link', 'at http://nhs.uk/it\'s-here.', ["http://nhs.uk/it's-here"]],
    ['a www link', 'visit www.example.org/a...b, then', ['www.example.org/a...b']],
    ['a domain with a path', 'read example.co.uk/news/2024-25 today', ['example.co.uk/news/2024-25']],
    ['a mailto link', 'write to mailto:jane@example.com.', ['mailto:jane@example.com']],
    ['an email address', "email jane.o'neill@nhs.net, or", ["jane.o'neill@nhs.net"]],
    ['inline code', 'run `npm --save "x"` first', ['`npm --save "x"`']],
    ['fenced code', 'before\n```\na -- b\n\n"c"\n```\nafter', ['```\na -- b\n\n"c"\n```']],
    ['a link in brackets', '(see https://example.com/page)', ['https://example.com/page']],
    ['a link with its own brackets', 'https://en.wikipedia.org/wiki/Foo_(bar).', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['a link in quotes', '"https://example.com/x"', ['https://example.com/x']],
    ['a link before a closed-up dash', 'www.example.com—and more', ['www.example.com']],
    ['a link before an ellipsis character', 'www.example.com… and more', ['www.example.com']],
  ])('finds %s', (_case, text, expected) => {
    expect(protectedTexts(text)).toEqual(expected);
  });

  it.each([
    ['plain prose', 'The trusts—and the ICBs—agree.'],
    ['abbreviations', 'e.g. this, i.e. that, and/or the other'],
    ['decimals and sums', '1.5/2 of £5.2bn'],
    ['a lone backtick', 'it`s odd'],
  ])('finds nothing in %s', (_case, text) => {
    expect(findProtectedRanges(text)).toEqual([]);
  });
});

describe('mergeRanges and protectedTest', () => {
  it('merges overlapping and touching ranges in order', () => {
    expect(mergeRanges([{ from: 10, to: 12 }], [{ from: 0, to: 3 }, { from: 2, to: 5 }, { from: 5, to: 6 }])).toEqual([
      { from: 0, to: 6 },
      { from: 10, to: 12 },
    ]);
  });

  it('answers whether a position or a range touches protected text', () => {
    const test = protectedTest([
      { from: 2, to: 4 },
      { from: 10, to: 12 },
    ]);
    expect([0, 1, 2, 3, 4, 9, 10, 11, 12].map(test.covers)).toEqual([false, false, true, true, false, false, true, true, false]);
    expect(test.overlaps(4, 10)).toBe(false);
    expect(test.overlaps(3, 5)).toBe(true);
    expect(test.overlaps(5, 11)).toBe(true);
    expect(test.overlaps(0, 20)).toBe(true);
  });
});
