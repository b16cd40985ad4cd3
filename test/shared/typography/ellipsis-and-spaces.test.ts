import { describe, expect, it } from 'vitest';
import { fixTypography } from '../../../src/shared/typography';
import { fixed } from './fix-helpers';

describe('three dots become an ellipsis (house rule 3)', () => {
  it.each([
    ['closed dots', 'Wait... what', 'Wait… what'],
    ['spaced dots', 'Wait . . . what', 'Wait … what'],
    ['dots at the end', 'and so on...', 'and so on…'],
    ['an ellipsis and a full stop', 'and so on....', 'and so on….'],
    ['inside a quotation', '"Well..." she said', '‘Well…’ she said'],
    ['an ellipsis character already', 'Wait… what', 'Wait… what'],
  ])('%s', (_case, input, expected) => {
    expect(fixed(input)).toBe(expected);
  });
});

describe('spacing (house rule 4)', () => {
  it.each([
    ['a double space', 'one  two', 'one two'],
    ['a run of spaces', 'one     two', 'one two'],
    ['a space before a comma', 'Yes , no', 'Yes, no'],
    ['spaces before ; : ! ?', 'a ; b : c ! d ?', 'a; b: c! d?'],
    ['a space before a full stop', 'the end .', 'the end.'],
    ['trailing spaces', 'the end.   ', 'the end.'],
    ['trailing spaces on each line', 'one  \ntwo\t\nthree', 'one\ntwo\nthree'],
    ['a line of spaces', 'one\n   \ntwo', 'one\n\ntwo'],
    ['a no-break space is kept in a run', '£5\u00A0 m', '£5\u00A0m'],
    ['a space before an ellipsis is kept', 'he said ... and', 'he said … and'],
  ])('%s', (_case, input, expected) => {
    expect(fixed(input)).toBe(expected);
  });

  it.each([
    ['a decimal', 'a value of .5'],
    ['a name that starts with a full stop', 'built on .NET'],
    ['a single space', 'one two'],
    ['a tab between words', 'one\ttwo'],
    ['leading spaces', ' indented'],
  ])('leaves %s alone', (_case, input) => {
    expect(fixed(input)).toBe(input);
  });

  it('removes only the extra spaces', () => {
    expect(fixTypography('one   two').changes).toEqual([{ rule: 'spaces', from: 4, to: 6, replacement: '' }]);
  });
});
