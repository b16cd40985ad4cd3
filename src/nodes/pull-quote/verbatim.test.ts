import { describe, expect, it } from 'vitest';
import { createVerbatimIndex, findVerbatim } from './verbatim';

const BODY = [
  '‘We cannot go on like this,’ says Jane Smith, chief executive of the Example Trust. ‘The trusts—and the ICBs—need money…  now.’',
  'She adds: "It\'s 2024-25 . The NHS\'s plan is \u201cradical\u201d,\u00A0and nobody asked the staff."',
  'The board met in the ’90s.',
].join('\n\n');

/** The body text a match points at, or null when there is none. */
function matched(quote: string, body = BODY): string | null {
  const result = findVerbatim(quote, body);
  return result.found ? body.slice(result.from, result.to) : null;
}

describe('findVerbatim: the pull-quote appears in the body', () => {
  it.each([
    ['words as they stand', 'We cannot go on like this', 'We cannot go on like this'],
    ['a whole sentence', 'The board met in the ’90s.', 'The board met in the ’90s.'],
    ['two sentences', 'says Jane Smith, chief executive of the Example Trust. ‘The trusts', 'says Jane Smith, chief executive of the Example Trust. ‘The trusts'],
    ['straight for curly quotes', "We cannot go on like this,' says Jane", 'We cannot go on like this,’ says Jane'],
    ['curly for straight quotes', 'It’s 2024-25', "It's 2024-25"],
    ['double for single quote marks', 'plan is ‘radical’, and', 'plan is \u201cradical\u201d,\u00A0and'],
    ['spaced hyphens for closed em dashes', 'The trusts - and the ICBs - need money', 'The trusts—and the ICBs—need money'],
    ['an en dash for a hyphen', 'It’s 2024–25', "It's 2024-25"],
    ['three dots for an ellipsis', 'need money... now', 'need money…  now'],
    ['a space before punctuation', 'It’s 2024–25. The NHS’s plan', "It's 2024-25 . The NHS's plan"],
    ['a no-break space and a line break as spaces', 'is “radical”, and nobody asked the staff.” The board', 'is \u201cradical\u201d,\u00A0and nobody asked the staff."\n\nThe board'],
    ['quote marks round the pull-quote', '‘We cannot go on like this’', 'We cannot go on like this'],
    ['an ellipsis round the pull-quote', '…need money… now…', 'need money…  now'],
    ['three dots and quotes round the pull-quote', '"...nobody asked the staff..."', 'nobody asked the staff'],
    ['runs of spaces in the pull-quote', 'We  cannot\n go   on', 'We cannot go on'],
  ])('%s', (_case, quote, expected) => {
    expect(matched(quote)).toBe(expected);
  });
});

describe('findVerbatim: the pull-quote does not match', () => {
  it.each([
    ['a changed word', 'We cannot carry on like this'],
    ['a dropped word', 'We cannot on like this'],
    ['a different case', 'we cannot go on like this'],
    ['changed punctuation', 'We cannot go on like this!'],
    ['a dropped apostrophe', 'Its 2024-25'],
    ['part of a word at the start', 'e cannot go on'],
    ['part of a word at the end', 'We cannot go on like thi'],
    ['words from two places', 'We cannot go on like this now'],
    ['nothing but quote marks', '“ ”'],
    ['an empty pull-quote', ''],
  ])('%s', (_case, quote) => {
    expect(findVerbatim(quote, BODY)).toEqual({ found: false });
  });
});

describe('createVerbatimIndex', () => {
  it('finds several pull-quotes against one folded body, with exact offsets', () => {
    const index = createVerbatimIndex(BODY);
    const first = index.find('The trusts - and the ICBs');
    const second = index.find('nobody asked the staff');
    expect(first).toEqual({ found: true, from: BODY.indexOf('The trusts'), to: BODY.indexOf('—need') });
    expect(second).toEqual({
      found: true,
      from: BODY.indexOf('nobody'),
      to: BODY.indexOf('nobody') + 'nobody asked the staff'.length,
    });
    expect(index.find('nobody asked the managers')).toEqual({ found: false });
  });

  it('skips a match inside a longer word for a later whole-word one', () => {
    const body = 'The planning went well. The plan went well.';
    expect(findVerbatim('plan went well', body)).toEqual({ found: true, from: 28, to: 42 });
  });

  it('maps offsets back past emoji and right-to-left text', () => {
    const body = '👩🏽‍⚕️ said שלום — “we  need staff…” 👍🏽';
    expect(matched('"we need staff..."', body)).toBe('we  need staff');
    expect(matched('שלום - ‘we need', body)).toBe('שלום — “we  need');
  });

  it('handles a long body on every keystroke without refolding per pull-quote', () => {
    const paragraph = 'The trusts—and the ICBs—said ‘we can’t go on like this’ in 2024–25 … The plan, they said, is ‘bold’.';
    const body = [...Array.from({ length: 500 }, () => paragraph), 'Finally: ‘the end is nigh’.'].join('\n\n');
    const index = createVerbatimIndex(body);
    expect(index.find('"the end is nigh"')).toEqual({ found: true, from: body.length - 'the end is nigh’.'.length, to: body.length - 2 });
    expect(index.find("the trusts - and the ICBs - said 'we can't go on")).toEqual({ found: false });
  });
});

describe('findVerbatim: what a sub-editor may change without changing the words', () => {
  const body = [
    'Ministers said the plan would work. But the nurses, who had waited three years for a rise, said it would not.',
    'A spokesperson for the union — speaking after the vote — said the strike would go ahead.',
    'Nothing else was agreed.',
    'The talks resume on Monday.',
  ].join('\n\n');

  it.each([
    ['a capital at the start', 'The nurses, who had waited three years', 'the nurses, who had waited three years'],
    ['a capital after left-out words', 'The nurses … Said it would not', 'the nurses, who had waited three years for a rise, said it would not'],
    ['left-out words in one paragraph', 'The nurses… said it would not.', 'the nurses, who had waited three years for a rise, said it would not.'],
    ['three dots for left-out words', 'the plan would work... said it would not', 'the plan would work. But the nurses, who had waited three years for a rise, said it would not'],
    ['left-out words across the next paragraph', 'said it would not … the strike would go ahead', 'said it would not.\n\nA spokesperson for the union — speaking after the vote — said the strike would go ahead'],
    ['several cuts', 'A spokesperson … speaking after the vote … said the strike would go ahead', 'A spokesperson for the union — speaking after the vote — said the strike would go ahead'],
    ['hyphens for spaced em dashes', 'union-speaking after the vote-said', 'union — speaking after the vote — said'],
    ['straight quotes and apostrophes round it', "'the plan would work'", 'the plan would work'],
    ['extra spacing', 'the   plan  would\twork', 'the plan would work'],
  ])('%s', (_case, quote, expected) => {
    expect(matched(quote, body)).toBe(expected);
  });

  it.each([
    ['a changed word', 'The nurses, who had waited four years'],
    ['a changed word after left-out words', 'The nurses … said it would fail'],
    ['parts out of order', 'said it would not … Ministers said'],
    ['parts more than a paragraph apart', 'said it would not … The talks resume on Monday'],
    ['a capital that is not at the start', 'the Nurses, who had waited'],
    ['a small letter where the body has a capital', 'ministers said the plan would work'],
    ['a part that is only part of a word', 'the plan would wo… said it would not'],
  ])('%s', (_case, quote) => {
    expect(findVerbatim(quote, body)).toEqual({ found: false });
  });
});
