import { describe, expect, it } from 'vitest';
import {
  applyFix,
  documentFromStory,
  filterIgnored,
  ignoreHere,
  type Finding,
} from '../../../src/shared/house-style';
import { findingPlace, findingText } from '../../../src/shared/house-style/finding-place';
import { baseDocument, check, documentWith, findingsOn, fixedBy, flagged, settings } from './check-helpers';

const LONG_TITLE = 'Integrated care boards ask trust managers to lead the new plan for the winter';

describe('the social headline and description are checked at their own fields', () => {
  it('an empty social card has nothing to say', () => {
    const findings = check(baseDocument());
    expect(findings.filter((f) => f.scope === 'socialHeadline' || f.scope === 'socialDescription')).toEqual([]);
  });

  it('gives both the house typography, with a fix that makes the text typographic', () => {
    expect(fixedBy('typography', 'socialHeadline', '"Trusts -- and \'ICBs\'..."')).toBe('‘Trusts—and “ICBs”…’');
    expect(fixedBy('typography', 'socialDescription', 'Managers -- not boards -- must lead.')).toBe('Managers—not boards—must lead.');
  });

  it('reads the social headline as a headline: sentence case, no full stop, money written short', () => {
    expect(findingsOn('sentence-case', 'socialHeadline', 'Trusts Face New Pressure On Pay')).not.toEqual([]);
    expect(fixedBy('headline-full-stop', 'socialHeadline', 'Trusts face pressure on pay.')).toBe('Trusts face pressure on pay');
    expect(fixedBy('headline-money-millions', 'socialHeadline', 'Trusts get £5 million more')).toBe('Trusts get £5m more');
  });

  it('reads the social description as copy: numbers and per cent', () => {
    expect(fixedBy('per-cent', 'socialDescription', 'Pay rose 5% this year.')).toBe('Pay rose 5 per cent this year.');
    expect(flagged('numbers', 'socialDescription', 'Only 3 managers stayed.')).toEqual(['3']);
  });

  it('warns past the social card’s lengths: 70 characters of title, 200 of description', () => {
    expect(LONG_TITLE.length).toBeGreaterThan(70);
    expect(findingsOn('social-headline-length', 'socialHeadline', LONG_TITLE).map((f) => f.severity)).toEqual(['warning']);
    expect(findingsOn('social-headline-length', 'socialHeadline', 'Trusts face pressure on pay')).toEqual([]);
    expect(findingsOn('social-description-length', 'socialDescription', 'Word '.repeat(41).trim())).toHaveLength(1);
    expect(findingsOn('social-description-length', 'socialDescription', 'Word '.repeat(39).trim())).toEqual([]);
    // The headline's own limit is not the social one.
    expect(findingsOn('social-headline-length', 'headline', LONG_TITLE)).toEqual([]);
  });

  it('names the field a finding is in and the text it flags', () => {
    const document = documentWith('socialDescription', 'Pay rose 5% this year.');
    const [finding] = findingsOn('per-cent', 'socialDescription', 'Pay rose 5% this year.');
    expect(findingPlace(finding!, document)).toBe('Social description');
    expect(findingText(finding!, document)).toBe('%');
  });

  it('applies a fix to the social field only', () => {
    const document = documentWith('socialHeadline', 'Trusts face pressure on pay.');
    const [finding] = findingsOn('headline-full-stop', 'socialHeadline', 'Trusts face pressure on pay.');
    const fixed = applyFix(document, finding!.fixes[0]!);
    expect(fixed.socialHeadline).toBe('Trusts face pressure on pay');
    expect(fixed.headline).toBe(document.headline);
    expect(fixed.socialDescription).toBeUndefined();
  });

  it('“ignore here” holds in a social field while its text stays the same', () => {
    const document = documentWith('socialDescription', 'Pay rose 5% this year.');
    const findings = check(document);
    const percent = findings.find((f) => f.ruleId === 'per-cent') as Finding;
    const ignores = [ignoreHere(percent, document)];
    expect(filterIgnored(findings, ignores, document).some((f) => f.ruleId === 'per-cent')).toBe(false);
    const changed = documentWith('socialDescription', 'Pay fell 5% this year.');
    expect(filterIgnored(check(changed), ignores, changed).some((f) => f.ruleId === 'per-cent')).toBe(true);
  });

  it('the stored story gives the checker its social fields', () => {
    const story = { section: 'News', headline: 'H', standfirst: 'S', body: null, authorBio: null, bylines: [] };
    const document = documentFromStory({ ...story, socialHeadline: 'Trusts Face Pay Curbs', socialDescription: 'Pay rose 5%.' }, settings);
    expect(document.socialHeadline).toBe('Trusts Face Pay Curbs');
    expect(check(document).filter((f) => f.scope === 'socialDescription').map((f) => f.ruleId)).toContain('per-cent');
  });
});
