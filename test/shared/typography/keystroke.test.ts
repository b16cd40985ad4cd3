import { describe, expect, it } from 'vitest';
import { fixTypography, typographyForKeystroke, type TypographyOptions } from '../../../src/shared/typography';

const CARET = '⁁';

/**
 * `before` is the block text with ⁁ right after the character just typed;
 * returns the block text after the keystroke edit, with ⁁ at caretAfter.
 */
function afterKeystroke(before: string, options?: TypographyOptions): string {
  const caret = before.indexOf(CARET);
  const text = before.replace(CARET, '');
  const edit = typographyForKeystroke(text, caret, options);
  if (edit === null) return before;
  expect(edit.to).toBe(caret);
  expect(edit.caretAfter).toBe(edit.from + edit.replacement.length);
  const edited = text.slice(0, edit.from) + edit.replacement + text.slice(edit.to);
  return edited.slice(0, edit.caretAfter) + CARET + edited.slice(edit.caretAfter);
}

/** Types `input` one character at a time at the end of `start`, applying each edit as the editor would. */
function typed(input: string, start = ''): string {
  let text = start;
  let caret = start.length;
  for (const ch of input) {
    text = text.slice(0, caret) + ch + text.slice(caret);
    caret += ch.length;
    const edit = typographyForKeystroke(text, caret);
    if (edit !== null) {
      text = text.slice(0, edit.from) + edit.replacement + text.slice(edit.to);
      caret = edit.caretAfter;
    }
  }
  return text;
}

describe('typographyForKeystroke: one keystroke', () => {
  it.each([
    ['" at the start opens', '"⁁', '‘⁁'],
    ['" after a space opens', 'He said "⁁', 'He said ‘⁁'],
    ["' after a space opens", "He said '⁁", 'He said ‘⁁'],
    ['" inside a quotation opens a double', '‘He said "⁁', '‘He said “⁁'],
    ["' inside a quotation opens a double", "‘He said '⁁", '‘He said “⁁'],
    ['" at the third level opens a single', '‘a “b "⁁', '‘a “b ‘⁁'],
    ['" after a word closes', '‘Hello"⁁', '‘Hello’⁁'],
    ['" closes a double', '‘He said “no"⁁', '‘He said “no”⁁'],
    ['" after a full stop closes', '‘He said “no."⁁', '‘He said “no.”⁁'],
    ["' after a full stop closes a double", "‘He said “no.'⁁", '‘He said “no.”⁁'],
    ['" after an em dash opens', 'trusts—"⁁', 'trusts—‘⁁'],
    ['" after an opening bracket opens', '("⁁', '(‘⁁'],
    ["' in a word is an apostrophe", "don'⁁", 'don’⁁'],
    ["' inserted between letters is an apostrophe", "don'⁁t", 'don’⁁t'],
    ["' after an s is an apostrophe", "the ICBs'⁁", 'the ICBs’⁁'],
    ["' after a digit is a foot mark", "5'⁁", "5'⁁"],
    ['" after feet and inches is an inch mark', '5\'10"⁁', '5\'10"⁁'],
    ['-- becomes an em dash', 'trusts--⁁', 'trusts—⁁'],
    ['a third hyphen is left', 'trusts—-⁁', 'trusts—-⁁'],
    ['a spaced hyphen closes up when the next word starts', 'trusts - a⁁', 'trusts—a⁁'],
    ['a spaced em dash closes up', 'trusts — a⁁', 'trusts—a⁁'],
    ['an em dash spaced before closes up', 'trusts —a⁁', 'trusts—a⁁'],
    ['an em dash spaced after closes up', 'trusts— a⁁', 'trusts—a⁁'],
    ['a spaced hyphen between figures is a range', 'pages 10 - 1⁁', 'pages 10–1⁁'],
    ['a spaced hyphen before a quote closes up and opens it', 'trusts - "⁁', 'trusts—‘⁁'],
    ['a spaced hyphen waits for the next character', 'trusts - ⁁', 'trusts - ⁁'],
    ['a list hyphen is left', '- a⁁', '- a⁁'],
    ['a suspended hyphen is left', 'pre- a⁁', 'pre- a⁁'],
    ['a hyphen before a figure is left', 'fell to -5⁁', 'fell to -5⁁'],
    ['three dots become an ellipsis', 'Wait...⁁', 'Wait…⁁'],
    ['a fourth dot stays a full stop', 'Wait….⁁', 'Wait….⁁'],
    ['a second space is dropped', 'one  ⁁', 'one ⁁'],
    ['a space typed before a space is dropped', 'one ⁁ two', 'one⁁ two'],
    ['a space before a comma goes', 'Yes ,⁁', 'Yes,⁁'],
    ['spaces before a question mark go', 'Really  ?⁁', 'Really?⁁'],
    ['a space before a full stop goes once the next character comes', 'the end . ⁁', 'the end. ⁁'],
    ['a space before a full stop stays while it may start an ellipsis', 'he said .⁁', 'he said .⁁'],
    ['a space before .5 stays', 'a value of .5⁁', 'a value of .5⁁'],
    ['’tis is turned round when the word ends', '‘tis ⁁', '’tis ⁁'],
    ['’em is turned round at a comma', 'get ‘em,⁁', 'get ’em,⁁'],
    ['’90s is turned round at the s', 'the ‘90s⁁', 'the ’90s⁁'],
    ['’90s typed inside a quotation', '‘In the “90s⁁', '‘In the ’90s⁁'],
    ['’n’ is turned round at its second mark', "rock ‘n'⁁", 'rock ’n’⁁'],
    ['a word that starts like ’em is not', '‘emergency ⁁', '‘emergency ⁁'],
    ['a mark after a dash turns out to close', '‘I was going to—“ ⁁', '‘I was going to—’ ⁁'],
    ['a closing ’ after a word closes a double once a space follows', '‘He said “no’ ⁁', '‘He said “no” ⁁'],
    ['a letter after ’ keeps it an apostrophe', '‘He said “don’t⁁', '‘He said “don’t⁁'],
    ['an ordinary letter changes nothing', 'abc⁁', 'abc⁁'],
  ])('%s', (_case, before, after) => {
    expect(afterKeystroke(before)).toBe(after);
  });

  it('names the rules it applied', () => {
    expect(typographyForKeystroke('trusts - "', 10)).toEqual({
      from: 6,
      to: 10,
      replacement: '—‘',
      caretAfter: 8,
      rules: ['dash', 'quotes'],
    });
  });

  it('nests from the quotations already open when the block starts', () => {
    expect(afterKeystroke('the "⁁', { openQuoteDepth: 1 })).toBe('the “⁁');
  });

  it('does nothing at the start of a block or with the caret out of range', () => {
    expect(typographyForKeystroke('abc', 0)).toBeNull();
    expect(typographyForKeystroke('abc', 4)).toBeNull();
  });
});

describe('typographyForKeystroke never changes links, addresses or code', () => {
  it.each([
    ['-- in a link being typed', 'see www.example.com/a--⁁'],
    ['... in a link being typed', 'see https://example.com/a...⁁'],
    ["' in a link being typed", "see https://example.com/it'⁁"],
    ['-- in a finished code span', 'run `a --⁁ b`'],
  ])('%s', (_case, before) => {
    expect(afterKeystroke(before)).toBe(before);
  });

  it('or in ranges the editor protects', () => {
    expect(afterKeystroke('npm --⁁', { protectedRanges: [{ from: 0, to: 6 }] })).toBe('npm --⁁');
  });

  it('but fixes text right after a link', () => {
    expect(afterKeystroke('see www.example.com - a⁁')).toBe('see www.example.com—a⁁');
  });
});

describe('typing a sentence gives house style', () => {
  it.each([
    ['nested quotations typed American style', `He said "it's 'great'" and left.`, 'He said ‘it’s “great”’ and left.'],
    ['nested quotations typed house style', `'a "b 'c' b" a'`, '‘a “b ‘c’ b” a’'],
    ['nested quotations typed with doubles only', `"a "b "c" b" a"`, '‘a “b ‘c’ b” a’'],
    ['a plural possessive in a quotation', `'The ICBs' plans are bold,' she said.`, '‘The ICBs’ plans are bold,’ she said.'],
    ['a contraction in a nested quotation', `"He said 'I don't know'"`, '‘He said “I don’t know”’'],
    ['elisions', `rock 'n' roll in the '90s, 'tis true, get 'em now`, 'rock ’n’ roll in the ’90s, ’tis true, get ’em now'],
    ['feet and inches', `He is 5'10" tall.`, 'He is 5\'10" tall.'],
    ['dashes', 'trusts - and trusts -- and trusts--and the ICBs', 'trusts—and trusts—and trusts—and the ICBs'],
    ['an interrupted quotation', `"I was going to--" she said.`, '‘I was going to—’ she said.'],
    ['a range', 'pages 10 - 12 of 40', 'pages 10–12 of 40'],
    ['spacing', 'Wait...  what ? Yes , no . ok', 'Wait… what? Yes, no. ok'],
    ['a link', 'See www.example.com/a--b...c and "it"', 'See www.example.com/a--b...c and ‘it’'],
  ])('%s', (_case, input, expected) => {
    const result = typed(input);
    expect(result).toBe(expected);
    // What is typed agrees with what the checker would fix.
    expect(fixTypography(result).changes).toEqual([]);
  });

  it('a straight mark left by undo stays straight as typing goes on', () => {
    // The editor undid ‘ back to ' — typing on must not convert it again.
    expect(typed('bc', "a '")).toBe("a 'bc");
  });
});
