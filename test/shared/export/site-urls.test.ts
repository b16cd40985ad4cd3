import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../src/shared/export/export-story';
import { joinNames, relatedCardForExternal, relatedCardForStory } from '../../../src/shared/export/related-card';
import { canonicalUrl, imageUrl } from '../../../src/shared/export/site-urls';
import { SHA_B, defaultSettings, inputWith } from './export-fixtures';

describe('canonicalUrl', () => {
  it('fills the pattern with the slugified section and the slug', () => {
    expect(canonicalUrl(defaultSettings, { section: 'Opinion', slug: 'trust-managers' })).toBe('https://www.example.org/opinion/trust-managers');
    expect(canonicalUrl(defaultSettings, { section: 'Health & Care', slug: 'x' })).toBe('https://www.example.org/health-and-care/x');
  });

  it('keeps a base URL path, drops its trailing slash, and collapses an empty section', () => {
    const settings = { ...defaultSettings, siteBaseUrl: 'https://example.org/magazine/', canonicalUrlPattern: '/{section}/{slug}/' };
    expect(canonicalUrl(settings, { section: 'News', slug: 'a' })).toBe('https://example.org/magazine/news/a/');
    expect(canonicalUrl(settings, { section: '', slug: 'a' })).toBe('https://example.org/magazine/a/');
  });

  it('is empty without a slug, and encodes an odd one', () => {
    expect(canonicalUrl(defaultSettings, { section: 'News', slug: '' })).toBe('');
    expect(canonicalUrl(defaultSettings, { section: 'News', slug: 'a"b c' })).toBe('https://www.example.org/news/a%22b%20c');
  });
});

describe('imageUrl', () => {
  it('puts the content-addressed file under the asset base URL', () => {
    expect(imageUrl({ assetBaseUrl: 'https://cdn.example.org/a/' }, { sha256: SHA_B, ext: 'png' })).toBe(`https://cdn.example.org/a/images/${SHA_B}.png`);
  });
});

describe('related stories', () => {
  it('joins byline names the British way', () => {
    expect([joinNames([]), joinNames(['A']), joinNames(['A', ' ']), joinNames(['A', 'B']), joinNames(['A', 'B', 'C'])]).toEqual(['', 'A', 'A', 'A and B', 'A, B and C']);
  });

  it('renders a story in the store and an external story with the same markup', () => {
    const stored = relatedCardForStory(
      defaultSettings,
      { section: 'News', slug: 'budgets-cut', headline: 'Budgets cut', standfirst: 'By a third.', bylines: [{ name: 'Priya Patel' }, { name: 'Tom Reed' }] },
      { sha256: SHA_B, ext: 'jpg' },
    );
    const external = relatedCardForExternal({
      kind: 'external',
      url: 'https://other.example/budgets-cut',
      headline: 'Budgets cut',
      standfirst: 'By a third.',
      byline: 'Priya Patel and Tom Reed',
      imageUrl: 'https://other.example/budgets.jpg',
    });
    expect(stored).toEqual({
      url: 'https://www.example.org/news/budgets-cut',
      headline: 'Budgets cut',
      standfirst: 'By a third.',
      byline: 'Priya Patel and Tom Reed',
      imageUrl: `https://www.example.org/assets/images/${SHA_B}.jpg`,
    });
    const html = (card: typeof stored) => exportStory(inputWith([], { related: [card] }), { form: 'article' }).html;
    const withoutUrls = (s: string) => s.replace(/(href|src)="[^"]*"/g, '$1=""');
    expect(withoutUrls(html(stored))).toBe(withoutUrls(html(external)));
    expect(html(stored)).toContain('<a class="cd-related-headline" href="https://www.example.org/news/budgets-cut">Budgets cut</a>');
  });
});
