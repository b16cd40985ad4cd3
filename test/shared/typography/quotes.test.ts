import { describe, expect, it } from 'vitest';
import { fixTypography } from '../../../src/shared/typography';
import { fixed } from './fix-helpers';

describe('quote marks follow the house nesting (house rule 1)', () => {
  it.each([
    ['straight double quotes become the outer single', 'He said "no" to it.', 'He said ‘no’ to it.'],
    ['straight single quotes stay single', "He said 'no' to it.", 'He said ‘no’ to it.'],
    ['Word’s American nesting is turned round', '“He said ‘no’ to me,” she said.', '‘He said “no” to me,’ she said.'],
    ['a quote inside a quote becomes double', "'quote \"inside\" it'", '‘quote “inside” it’'],
    ['straight doubles nested in straight singles', '"It\'s \'great\'" he said', '‘It’s “great”’ he said'],
    ['the same kind nested is still re-nested', "'outer 'inner' outer'", '‘outer “inner” outer’'],
    ['a third level is single again', '"a \'b "c" b\' a"', '‘a “b ‘c’ b” a’'],
    ['house nesting is already right', '‘a “b ‘c’ b” a’', '‘a “b ‘c’ b” a’'],
    ['a quote after an em dash opens', 'the trusts—"and the ICBs"', 'the trusts—‘and the ICBs’'],
    ['a quote after an opening bracket opens', '("quoted")', '(‘quoted’)'],
    ['a quote before a full stop closes', 'he called it "madness".', 'he called it ‘madness’.'],
    ['a quote after a comma closes', '"Yes," she said', '‘Yes,’ she said'],
    ['a quote after a question mark closes', 'She asked: "Why?"', 'She asked: ‘Why?’'],
    ['a quote after a dash and before a space closes', '"I was going to—" she said', '‘I was going to—’ she said'],
    ['a quote opening with an ellipsis', '"…and then" she said', '‘…and then’ she said'],
    ['two marks together open together', '"\'Hello,\' he said" she said', '‘“Hello,” he said’ she said'],
    ['two marks together close together', '"He said \'hello\'"', '‘He said “hello”’'],
    ['a missing space before a quote', 'said"Hello"', 'said‘Hello’'],
    ['a missing space before a curly quote', 'said“Hello”', 'said‘Hello’'],
  ])('%s', (_case, input, expected) => {
    expect(fixed(input)).toBe(expected);
  });
});

describe('apostrophes are right quotes', () => {
  it.each([
    ['a contraction', "don't", 'don’t'],
    ['a possessive', "the NHS's plan", 'the NHS’s plan'],
    ['a plural possessive', "the ICBs' plans", 'the ICBs’ plans'],
    ['a plural possessive inside a quotation', "'The ICBs' plans are bold,' she said.", '‘The ICBs’ plans are bold,’ she said.'],
    ['a plural possessive inside a nested quotation', '\'He said "the ICBs\' plans" were bold\'', '‘He said “the ICBs’ plans” were bold’'],
    ['a quotation ending in s still closes', "'We met the ICBs' and left", '‘We met the ICBs’ and left'],
    ['a word in s closing before another quotation', "'It works' and the 'other' one", '‘It works’ and the ‘other’ one'],
    ['a name', "O'Neill", 'O’Neill'],
    ['rock ’n’ roll', "rock 'n' roll", 'rock ’n’ roll'],
    ['rock ’n’ roll from Word', 'rock ‘n’ roll', 'rock ’n’ roll'],
    ['rock ’n roll', "rock 'n roll", 'rock ’n roll'],
    ['a decade', "the '90s", 'the ’90s'],
    ['a decade Word turned the wrong way', 'the ‘90s', 'the ’90s'],
    ['a decade at the start of a quotation', '"\'60s music," she said', '‘’60s music,’ she said'],
    ['’tis', "'tis the season", '’tis the season'],
    ['’Twas at the start of a sentence', "'Twas ever thus", '’Twas ever thus'],
    ['’em', "get 'em out", 'get ’em out'],
    ['elisions inside a quotation leave the nesting alone', "\"rock 'n' roll in the '90s\" he said", '‘rock ’n’ roll in the ’90s’ he said'],
    ['a plural of figures', "the 1990's", 'the 1990’s'],
    ['a word that starts like an elision is a quotation', "'emergency' care", '‘emergency’ care'],
  ])('%s', (_case, input, expected) => {
    expect(fixed(input)).toBe(expected);
  });

  it('names apostrophes apart from quote marks', () => {
    const { changes } = fixTypography(`"don't"`);
    expect(changes.map((c) => c.rule)).toEqual(['quotes', 'apostrophe', 'quotes']);
  });
});

describe('feet and inches after a digit are left alone', () => {
  it.each([
    ['feet and inches', 'He is 5\'10" tall.'],
    ['feet and inches with a decimal', 'It is 6\'2.5" long.'],
    ['feet alone', "a 6' fence"],
    ['inches alone', 'a 12" screen'],
    ['Word’s curly feet and inches', 'He is 5’10” tall.'],
  ])('%s', (_case, input) => {
    expect(fixed(input)).toBe(input);
  });

  it('inside a quotation too, while the quotation itself is fixed', () => {
    expect(fixed('"He is 5\'10" tall"')).toBe('‘He is 5\'10" tall’');
  });

  it('a quotation that ends on a number still closes', () => {
    expect(fixed("'It was 1985' she said")).toBe('‘It was 1985’ she said');
    expect(fixed('"We need 10" he said')).toBe('‘We need 10’ he said');
  });
});

describe('quotations and paragraphs', () => {
  it('a blank line starts a new paragraph with nothing open', () => {
    // British style: a quotation running on re-opens each paragraph.
    expect(fixed('"The first part\n\n"and the second."')).toBe('‘The first part\n\n‘and the second.’');
  });

  it('a single line break does not close a quotation', () => {
    expect(fixed('"Roses are red,\n"violets" are blue"')).toBe('‘Roses are red,\n“violets” are blue’');
  });

  it('text inside a quotation nests one level deeper', () => {
    expect(fixed('the "plan" is dead', { openQuoteDepth: 1 })).toBe('the “plan” is dead');
    expect(fixed('the "plan" is dead', { openQuoteDepth: 2 })).toBe('the ‘plan’ is dead');
  });

  it('a stray closing mark becomes an outer closing mark', () => {
    expect(fixed('it is over.” Then')).toBe('it is over.’ Then');
  });

  it('a lone mark between spaces is left for a person to decide', () => {
    expect(fixed("either ' or")).toBe("either ' or");
  });
});
