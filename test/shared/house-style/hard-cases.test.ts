import { describe, expect, it } from 'vitest';
import type { CheckDocument } from '../../../src/shared/house-style';
import { baseDocument, check, fixedBy } from './check-helpers';

/** docs/house-style-rules.md, "Hard cases", against the whole default rule set. */

function blockFindings(text: string, extra: Partial<CheckDocument['body'][number]> = {}) {
  const document: CheckDocument = { ...baseDocument(), body: [{ key: 'p', kind: 'paragraph', text, ...extra }] };
  return check(document)
    .filter((f) => f.blockKey === 'p')
    .map((f) => `${f.ruleId}: ${text.slice(f.from, f.to)}`);
}

describe('elisions, possessives and nested quotes', () => {
  it.each([
    'They loved rock ’n’ roll.',
    'It was the ’90s.',
    'It is the NHS’s plan.',
    'They are the ICBs’ plans.',
    'She said ‘quote “inside” it’ then left.',
    '’Tis the season to get ’em in.',
  ])('“%s” is left alone', (text) => {
    expect(blockFindings(text)).toEqual([]);
  });

  it.each([
    ["They loved rock 'n' roll.", 'They loved rock ’n’ roll.'],
    ['They loved rock ‘n’ roll.', 'They loved rock ’n’ roll.'],
    ["It was the '90s.", 'It was the ’90s.'],
    ['It was the ‘90s.', 'It was the ’90s.'],
    ["It is the NHS's plan.", 'It is the NHS’s plan.'],
    ["They are the ICBs' plans.", 'They are the ICBs’ plans.'],
    ["She said 'quote \"inside\" it' then left.", 'She said ‘quote “inside” it’ then left.'],
    ['She said “quote ‘inside’ it” then left.', 'She said ‘quote “inside” it’ then left.'],
  ])('“%s” is fixed to “%s”', (text, expected) => {
    expect(fixedBy('typography', 'body', text)).toBe(expected);
  });

  it('never turns the NHS’s or the ICBs’ into plurals', () => {
    expect(blockFindings('The NHS’s and the ICBs’ budgets, and the ICB’s own, rose.')).toEqual([]);
  });
});

describe('proper nouns with American spelling are not “fixed”', () => {
  it.each([
    'The World Health Organization warned us.',
    'It was like Pearl Harbor.',
    'She moved to the Center for Medicare.',
    'She moved to the Centers for Medicare and Medicaid Services.',
    'The US Department of Defense and the Australian Labor Party agreed.',
  ])('“%s”', (text) => {
    expect(blockFindings(text)).toEqual([]);
  });

  it('still fixes the same words elsewhere in the sentence', () => {
    expect(blockFindings('The World Health Organization will organize the center.')).toEqual(['british-spelling: organize', 'british-spelling: center']);
  });

  it('keeps exceptions exact: the words must be the proper noun', () => {
    expect(blockFindings('A world health organization.')).toEqual(['british-spelling: organization']);
  });
});

describe('hyphenated re- words: both forms accepted, one per story', () => {
  it.each([
    ['The re-organisation came first.', 'The reorganisation came next.', 'reorganisation', 're-organisation'],
    ['The reorganisation came first.', 'The re-organisation came next.', 're-organisation', 'reorganisation'],
    ['They re-set the target.', 'Then they reset it.', 'reset', 're-set'],
    ['They reset the target.', 'Then they re-set it.', 're-set', 'reset'],
  ])('after “%s”, “%s” is flagged', (first, second, found, suggestion) => {
    const document: CheckDocument = {
      ...baseDocument(),
      body: [
        { key: 'a', kind: 'paragraph', text: first },
        { key: 'b', kind: 'paragraph', text: second },
      ],
    };
    const findings = check(document).filter((f) => f.ruleId === 're-words');
    expect(findings.map((f) => [f.blockKey, second.slice(f.from, f.to), f.fixes[0]?.edits[0]?.insert])).toEqual([['b', found, suggestion]]);
  });

  it.each(['The re-organisation and another re-organisation.', 'The reorganisation and another reorganisation.', 'They re-set it twice: re-set.'])(
    '“%s” is consistent',
    (text) => {
      expect(blockFindings(text)).toEqual([]);
    },
  );
});

describe('words inside URLs, email addresses and code are never checked', () => {
  it.each([
    'See https://example.org/organize?color=gray&pct=35%--x...y for more.',
    'See www.example.org/the-center/analyze for more.',
    'See example.co.uk/organization/5 for more.',
    'Write to color.center@organize.example.org for more.',
  ])('“%s”', (text) => {
    expect(blockFindings(text)).toEqual([]);
  });

  it('leaves code-formatted text alone', () => {
    const text = 'Set color = 5 -- "organize" in the config.';
    expect(blockFindings(text, { code: [{ from: 4, to: 32 }] })).toEqual([]);
    expect(blockFindings(text)).not.toEqual([]);
  });

  it('leaves backtick code spans alone', () => {
    expect(blockFindings('Run `organize --color 5` first.')).toEqual([]);
  });
});
