import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../src/shared/export/export-story';
import { socialCardSite, socialCardText } from '../../../src/shared/export/social-card';
import { defaultSettings, inputWith, p, t } from './export-fixtures';

const story = { headline: 'Trusts told to cut costs', standfirst: 'Boards have\nuntil March.', socialHeadline: '', socialDescription: '' };

function ogTags(overrides: Partial<typeof story>): { title: string; description: string } {
  const { html } = exportStory(inputWith([p(t('Body.'))], { story: { ...story, ...overrides } }), { form: 'page' });
  const found = Object.fromEntries([...html.matchAll(/<meta property="og:([a-z]+)" content="([^"]*)">/g)].map((m) => [m[1], m[2]]));
  return { title: found.title ?? '', description: found.description ?? '' };
}

describe('the social card', () => {
  it('falls back to the headline and the standfirst (on one line) while the social fields are empty or blank', () => {
    expect(socialCardText(story)).toEqual({ title: 'Trusts told to cut costs', description: 'Boards have until March.' });
    expect(socialCardText({ ...story, socialHeadline: '  ', socialDescription: '\n' })).toEqual(socialCardText(story));
  });

  it('uses the social headline and description when they are given', () => {
    expect(socialCardText({ ...story, socialHeadline: 'Costs cut', socialDescription: 'What boards must do.' })).toEqual({
      title: 'Costs cut',
      description: 'What boards must do.',
    });
  });

  it('says what the exported page’s Open Graph title and description say', () => {
    for (const overrides of [{}, { socialHeadline: 'Costs cut' }, { socialDescription: 'What boards must do.' }]) {
      expect(ogTags(overrides)).toEqual(socialCardText({ ...story, ...overrides }));
    }
  });

  it('names the site and the host of its base URL', () => {
    expect(socialCardSite(defaultSettings)).toEqual({ name: defaultSettings.siteName, domain: 'www.example.org' });
  });
});
