import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../../../src/shared/house-style';
import { lengthTarget } from '../../../../src/shared/house-style/length-target';
import { fieldStoreLimits } from '../../../../src/renderer/story/fields/field-limits';
import { lengthState, markedSegments, mergedEdit, oneLine, pastedText, typedTypography } from '../../../../src/renderer/story/fields/field-text';

/** Types `text` one character at a time at the end, applying each typography edit as the field does. */
function typeInto(start: string, text: string): string {
  let value = start;
  for (const character of text) {
    const next = value + character;
    const edit = typedTypography(value, next, next.length);
    value = edit === null ? next : next.slice(0, edit.from) + edit.insert + next.slice(edit.to);
  }
  return value;
}

describe('typography as you type in a field', () => {
  it('nests quotes in house style, closes up dashes and makes ellipses', () => {
    expect(typeInto('', `"Trusts -- and 'ICBs'..."`)).toBe('‘Trusts—and “ICBs’…”');
    expect(typeInto('', 'Pay - and more')).toBe('Pay—and more');
  });

  it('changes only what differs, so the undo step is small', () => {
    expect(typedTypography('Pay -', 'Pay --', 6)).toEqual({ from: 4, to: 6, insert: '—', caretAfter: 5 });
  });

  it('leaves alone anything that is not one character typed at the caret', () => {
    expect(typedTypography('Pay', 'Pay--', 5)).toBeNull();
    expect(typedTypography('Pay --', 'Pay -', 5)).toBeNull();
    // Typed in the middle: judged there, with the text after it untouched.
    expect(typedTypography('A - B', 'A -- B', 4)).toEqual({ from: 2, to: 4, insert: '—', caretAfter: 3 });
  });
});

describe('pasting into a field', () => {
  it('makes the pasted text typographic in its context', () => {
    // Inside a quotation the pasted quote nests: double inside single.
    expect(pastedText('‘Managers ', `say 'no' -- again`, '', false)).toBe('say “no”—again');
    expect(pastedText('', `say 'no' -- again`, '', false)).toBe('say ‘no’—again');
  });

  it('makes it one line for a one-line field, and keeps the lines otherwise', () => {
    expect(pastedText('', 'First line\r\n  second line', '', true)).toBe('First line second line');
    expect(pastedText('', 'First line\r\nsecond line', '', false)).toBe('First line\nsecond line');
    expect(oneLine('A\n\nB')).toBe('A B');
  });

  it('never cuts: a paste longer than the store keeps stays whole', () => {
    const long = 'word '.repeat(100).trim();
    expect(pastedText('', long, '', true)).toBe(long);
  });
});

describe('a fix to a field', () => {
  it('is one replacement spanning its edits, so it is one undo step', () => {
    expect(mergedEdit('Pay rose 5% and 6%.', [{ from: 17, to: 18, insert: ' per cent' }, { from: 10, to: 11, insert: ' per cent' }])).toEqual({
      from: 10,
      to: 18,
      insert: ' per cent and 6 per cent',
    });
    expect(mergedEdit('text', [])).toBeNull();
  });
});

describe('the length meter', () => {
  const headline = { ...fieldStoreLimits.headline, target: lengthTarget(defaultRules(), 'headline') };
  const standfirst = { ...fieldStoreLimits.standfirst, target: lengthTarget(defaultRules(), 'standfirst') };

  it('counts towards the house rules’ targets: headline 90 characters, standfirst 40 words, social 70 and 200', () => {
    expect(headline.target).toEqual({ unit: 'characters', max: 90 });
    expect(standfirst.target).toEqual({ unit: 'words', max: 40 });
    expect(lengthTarget(defaultRules(), 'socialHeadline')).toEqual({ unit: 'characters', max: 70 });
    expect(lengthTarget(defaultRules(), 'socialDescription')).toEqual({ unit: 'characters', max: 200 });
  });

  it('follows a rules file that moves a target, and shows no meter where the rules set none', () => {
    const rules = defaultRules();
    const moved = { ...rules, rules: rules.rules.map((rule) => (rule.id === 'headline-length' && rule.kind === 'metric' ? { ...rule, max: 60 } : rule)) };
    expect(lengthTarget(moved, 'headline')).toEqual({ unit: 'characters', max: 60 });
    const none = { ...rules, rules: rules.rules.filter((rule) => rule.id !== 'headline-length') };
    expect(lengthTarget(none, 'headline')).toBeNull();
    expect(lengthState('x'.repeat(120), { ...fieldStoreLimits.headline, target: null }, 'Headline')).toMatchObject({ shown: false, over: false });
  });

  it('appears near the target and turns to an error past it', () => {
    expect(lengthState('x'.repeat(50), headline, 'Headline')).toMatchObject({ shown: false, over: false, unsaved: null });
    expect(lengthState('x'.repeat(80), headline, 'Headline')).toMatchObject({ shown: true, count: 80, over: false });
    expect(lengthState('x'.repeat(91), headline, 'Headline')).toMatchObject({ shown: true, over: true, unsaved: null });
  });

  it('counts the standfirst in words', () => {
    expect(lengthState('word '.repeat(41), standfirst, 'Standfirst')).toMatchObject({ count: 41, over: true });
  });

  it('says why a text longer than the store keeps is not saved', () => {
    const state = lengthState('x'.repeat(400), headline, 'Headline');
    expect(state.unsaved).toContain('Headline is too long to save: at most 300 characters, and it has 400');
  });
});

describe('underlines in a field', () => {
  it('cuts the text where findings start and end, each stretch marked with the worst over it', () => {
    const segments = markedSegments('Pay rose 5% today.', [
      { from: 9, to: 11, severity: 'warning' },
      { from: 10, to: 11, severity: 'error' },
      { from: 17, to: 18, severity: 'suggestion' },
    ]);
    expect(segments).toEqual([
      { text: 'Pay rose ', severity: null },
      { text: '5', severity: 'warning' },
      { text: '%', severity: 'error' },
      { text: ' today', severity: null },
      { text: '.', severity: 'suggestion' },
    ]);
  });

  it('keeps the text whole when nothing is found or a finding is past its end', () => {
    expect(markedSegments('Plain', [{ from: 9, to: 12, severity: 'error' }])).toEqual([{ text: 'Plain', severity: null }]);
    expect(markedSegments('', [])).toEqual([]);
  });
});
