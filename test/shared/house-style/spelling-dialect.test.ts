import { describe, expect, it } from 'vitest';
import { createChecker, defaultRules, type Finding } from '../../../src/shared/house-style';
import { OXFORD_ADVICE } from '../../../src/shared/house-style/oxford-spelling';
import type { SpellingDialect } from '../../../src/shared/spelling/spelling-settings';
import { baseDocument, documentWith, settings, TEXT_KEY } from './check-helpers';

/** Each british-spelling finding on a body paragraph as [the text found, its first fix]. */
function spellingFixes(text: string, dialect: SpellingDialect | null): Array<[string, string]> {
  const checkerSettings = dialect === null ? settings : { ...settings, spelling: { dialect, spelling: true, grammar: true } };
  const findings = createChecker(defaultRules(), checkerSettings).check(documentWith('body', text)).findings;
  return findings
    .filter((f: Finding) => f.ruleId === 'british-spelling' && f.blockKey === TEXT_KEY)
    .map((f) => [text.slice(f.from, f.to), f.fixes[0]!.edits[0]!.insert]);
}

const ALWAYS_ISE =
  'They advise and advertise; the plan will comprise a compromise. Do not despise or devise, exercise the franchise, improvise, ' +
  'revise and supervise. What a surprise to televise the enterprise, its merchandise, otherwise the premise and the promise. ' +
  'She will analyse it, and paralyse the rest.';

describe('the spelling dialect of the house-style word list', () => {
  it('is British -ise when the settings say nothing (older settings files) and when they say british-ise', () => {
    const text = 'The organization will organize and realize it; they organise, and recognise the organisation.';
    const expected = [
      ['organization', 'organisation'],
      ['organize', 'organise'],
      ['realize', 'realise'],
    ];
    expect(spellingFixes(text, null)).toEqual(expected);
    expect(spellingFixes(text, 'british-ise')).toEqual(expected);
  });

  it('with oxford-ize flags the -ise forms, suggests -ize (following case), and leaves the -ize ones', () => {
    const text = 'The Organisation will organise it; organisations realised and recognised it. Organize the organization.';
    expect(spellingFixes(text, 'oxford-ize')).toEqual([
      ['Organisation', 'Organization'],
      ['organise', 'organize'],
      ['organisations', 'organizations'],
      ['realised', 'realized'],
      ['recognised', 'recognized'],
    ]);
    const [finding] = createChecker(defaultRules(), { ...settings, spelling: { dialect: 'oxford-ize', spelling: true, grammar: true } })
      .check(documentWith('body', 'We organise.'))
      .findings.filter((f) => f.ruleId === 'british-spelling');
    expect(finding).toMatchObject({ message: 'British spelling: organize, not organise', advice: OXFORD_ADVICE });
  });

  it('never touches words that are -ise in every spelling, nor -yse, in either dialect', () => {
    expect(spellingFixes(ALWAYS_ISE, 'oxford-ize')).toEqual([]);
    expect(spellingFixes(ALWAYS_ISE, 'british-ise')).toEqual([]);
  });

  it('keeps the rest of the British word list under Oxford spelling: -our, -re, -yse, and a word with two changes', () => {
    const text = 'The color of the center; analyze it; a cozy tranquilizer, then tranquillisers; anesthetized.';
    expect(spellingFixes(text, 'oxford-ize')).toEqual([
      ['color', 'colour'],
      ['center', 'centre'],
      ['analyze', 'analyse'],
      ['cozy', 'cosy'],
      ['tranquilizer', 'tranquillizer'],
      ['tranquillisers', 'tranquillizers'],
      ['anesthetized', 'anaesthetized'],
    ]);
    expect(spellingFixes(text, 'british-ise').map(([, fix]) => fix)).toEqual([
      'colour',
      'centre',
      'analyse',
      'cosy',
      'tranquilliser',
      'anaesthetised',
    ]);
  });

  it('keeps proper nouns in their own spelling in both dialects', () => {
    const text = 'The World Health Organization met.';
    expect(spellingFixes(text, 'oxford-ize')).toEqual([]);
    expect(spellingFixes(text, 'british-ise')).toEqual([]);
  });

  it('with oxford-ize asks for one form of reorganization throughout, and knows a regional organizer is a job title', () => {
    const oxford = { ...settings, spelling: { dialect: 'oxford-ize' as const, spelling: true, grammar: true } };
    const findingsOf = (text: string) => createChecker(defaultRules(), oxford).check(documentWith('body', text)).findings.filter((f) => f.blockKey === TEXT_KEY);
    const mixed = 'The reorganization, then the re-organizations.';
    expect(findingsOf(mixed).map((f) => [f.ruleId, mixed.slice(f.from, f.to), f.fixes[0]?.edits[0]?.insert])).toEqual([
      ['re-words', 're-organizations', 'reorganizations'],
    ]);
    const title = 'Jane Smith, Regional Organizer of the union, said so.';
    expect(findingsOf(title).map((f) => [f.ruleId, title.slice(f.from, f.to), f.fixes[0]?.edits[0]?.insert])).toEqual([
      ['job-titles', 'Regional Organizer', 'regional organizer'],
    ]);
  });

  it('checks the same rules again at once when the dialect changes, without mixing the two', () => {
    const document = documentWith('body', 'They organise it.', baseDocument());
    const oxford = createChecker(defaultRules(), { ...settings, spelling: { dialect: 'oxford-ize', spelling: true, grammar: true } });
    const british = createChecker(defaultRules(), { ...settings, spelling: { dialect: 'british-ise', spelling: true, grammar: true } });
    expect(oxford.check(document).findings.some((f) => f.ruleId === 'british-spelling')).toBe(true);
    expect(british.check(document).findings.some((f) => f.ruleId === 'british-spelling')).toBe(false);
  });
});
