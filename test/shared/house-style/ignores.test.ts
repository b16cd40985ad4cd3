import { describe, expect, it } from 'vitest';
import {
  filterIgnored,
  houseStyleIgnoreSchema,
  ignoreHere,
  ignoreRuleInStory,
  type CheckDocument,
  type HouseStyleIgnore,
} from '../../../src/shared/house-style';
import { sameIgnore, withIgnores, withoutIgnore } from '../../../src/shared/house-style/ignores';
import { baseDocument, check } from './check-helpers';

const story = (a: string, b: string, headline = 'Trusts face pressure on pay'): CheckDocument => ({
  ...baseDocument(),
  headline,
  body: [
    { key: 'a', kind: 'paragraph', text: a },
    { key: 'b', kind: 'paragraph', text: b },
  ],
});

const visible = (document: CheckDocument, ignores: HouseStyleIgnore[], ruleId = 'british-spelling') =>
  filterIgnored(check(document), ignores, document)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => [f.blockKey ?? f.scope, f.from]);

describe('ignore here', () => {
  const document = story('The color of the program.', 'Another color here.');
  const ignore = ignoreHere(check(document).find((f) => f.blockKey === 'a' && f.from === 4)!, document);

  it('remembers the rule, the text and a few characters round it', () => {
    expect(ignore).toEqual({ ruleId: 'british-spelling', matchedText: 'color', context: { before: 'The ', after: ' of the prog' } });
    expect(houseStyleIgnoreSchema.parse(JSON.parse(JSON.stringify(ignore)))).toEqual(ignore);
  });

  it('hides that finding and no other', () => {
    expect(visible(document, [])).toEqual([['a', 4], ['a', 17], ['b', 8]]);
    expect(visible(document, [ignore])).toEqual([['a', 17], ['b', 8]]);
  });

  it('survives edits elsewhere and the text moving', () => {
    expect(visible(story('So: The color of the program.', 'Another color here, edited.'), [ignore])).toEqual([['a', 21], ['b', 8]]);
    expect(visible(story('Another color here.', 'The color of the program.'), [ignore])).toEqual([['a', 8], ['b', 17]]);
  });

  it('lapses when the text round it changes', () => {
    expect(visible(story('The color of a program.', ''), [ignore])).toEqual([['a', 4], ['a', 15]]);
  });

  it('works for fields as well as blocks', () => {
    const withHeadline = story('', '', 'Trusts organize care');
    const headlineIgnore = ignoreHere(check(withHeadline).find((f) => f.scope === 'headline' && f.ruleId === 'british-spelling')!, withHeadline);
    expect(visible(withHeadline, [])).toEqual([['headline', 7]]);
    expect(visible(withHeadline, [headlineIgnore])).toEqual([]);
  });
});

describe('ignore this rule in this story', () => {
  it('hides every finding of the rule and nothing else', () => {
    const document = story('The color of 3 programs.', 'Another color.');
    const ignores = [ignoreRuleInStory('british-spelling')];
    expect(visible(document, ignores)).toEqual([]);
    expect(visible(document, ignores, 'numbers')).toEqual([['a', 13]]);
    expect(houseStyleIgnoreSchema.parse(ignores[0])).toEqual({ ruleId: 'british-spelling', matchedText: null, context: null });
  });
});

describe('bringing an ignore back', () => {
  const document = story('The color of the program.', 'Another color here.');
  const here = ignoreHere(check(document).find((f) => f.blockKey === 'a' && f.from === 4)!, document);
  const rule = ignoreRuleInStory('british-spelling');

  it('takes out only that ignore, so its findings show again', () => {
    expect(withoutIgnore([here, rule], rule)).toEqual([here]);
    expect(visible(document, withoutIgnore([here, rule], rule))).toEqual([['a', 17], ['b', 8]]);
    expect(withoutIgnore([here, rule], here)).toEqual([rule]);
  });

  it('tells an ignore here from another with the same words in another place', () => {
    const elsewhere = ignoreHere(check(document).find((f) => f.blockKey === 'b')!, document);
    expect(sameIgnore(here, { ...here })).toBe(true);
    expect(sameIgnore(here, elsewhere)).toBe(false);
    expect(sameIgnore(rule, ignoreRuleInStory('british-spelling'))).toBe(true);
  });
});

describe('withIgnores', () => {
  it('adds each new ignore once, keeping those already there', () => {
    const their = ignoreRuleInStory('grammar.their-to-theyre');
    const there = ignoreRuleInStory('grammar.there-to-their');
    const first = withIgnores([], [their]);
    // A second ignore made right after the first builds on it rather than on the list before it.
    expect(withIgnores(first, [there, their])).toEqual([their, there]);
    expect(withIgnores(first, [ignoreRuleInStory('grammar.their-to-theyre')])).toEqual([their]);
  });
});
