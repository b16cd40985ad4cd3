import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../src/shared/export/export-story';
import { SHA_A, SHA_B, defaultSettings, inputWith, p, t } from './export-fixtures';
import { validationErrors } from './validate-html';

type Overrides = Parameters<typeof inputWith>[1];

const page = (overrides: Overrides = {}, stylesheetHref?: string) =>
  exportStory(inputWith([p(t('Body text.'))], overrides), { form: 'page', ...(stylesheetHref === undefined ? {} : { stylesheetHref }) });
const article = (overrides: Overrides = {}) => exportStory(inputWith([p(t('Body text.'))], overrides), { form: 'article' });

function jsonLd(html: string): Record<string, unknown> {
  const match = html.match(/<script type="application\/ld\+json">(.*)<\/script>/);
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

const lead = { sha256: SHA_A, ext: 'webp' as const, width: 1200, height: 630, alt: 'A ward at night', caption: '', credit: '' };

describe('page metadata', () => {
  it.each([
    ['Opinion', 'OpinionNewsArticle'],
    ['analysis', 'AnalysisNewsArticle'],
    ['News', 'NewsArticle'],
    ['Feature', 'NewsArticle'],
    ['Interview', 'NewsArticle'],
  ])('describes a story in %s as a schema.org %s', (section, type) => {
    expect(jsonLd(page({ story: { section } }).html)['@type']).toBe(type);
  });

  it('gives title, description, canonical URL and Open Graph tags from the story and settings', () => {
    const { html } = page({ story: { section: 'Health & care', socialHeadline: 'Costs cut', socialDescription: 'Boards\nhave until March.' }, leadImage: lead });
    const url = 'https://www.example.org/health-and-care/trusts-told-to-cut-running-costs';
    const image = `https://www.example.org/assets/images/${SHA_A}.webp`;
    expect(html).toContain(
      '<title>Trusts told to cut running costs — Managers in Partnership</title>\n' +
        '<meta name="description" content="Boards have until March.">\n' +
        `<link rel="canonical" href="${url}">\n` +
        '<meta property="og:type" content="article">\n' +
        '<meta property="og:site_name" content="Managers in Partnership">\n' +
        '<meta property="og:locale" content="en_GB">\n' +
        '<meta property="og:title" content="Costs cut">\n' +
        '<meta property="og:description" content="Boards have until March.">\n' +
        `<meta property="og:url" content="${url}">\n` +
        `<meta property="og:image" content="${image}">\n` +
        '<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">\n' +
        '<meta property="og:image:alt" content="A ward at night">\n' +
        '<meta property="article:published_time" content="2026-11-26T09:00:00.000Z">\n' +
        '<meta property="article:modified_time" content="2026-11-25T17:42:10.000Z">\n' +
        '<meta property="article:section" content="Health &amp; care">\n' +
        '<meta name="twitter:card" content="summary_large_image">\n',
    );
    expect(jsonLd(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Trusts told to cut running costs',
      description: 'Boards have until March.',
      url,
      mainEntityOfPage: url,
      inLanguage: 'en-GB',
      articleSection: 'Health & care',
      image: { '@type': 'ImageObject', url: image, width: 1200, height: 630 },
      author: [{ '@type': 'Person', name: 'Jane Smith', jobTitle: 'chief executive', affiliation: { '@type': 'Organization', name: 'Example Trust' } }],
      publisher: { '@type': 'Organization', name: 'Managers in Partnership', url: 'https://www.example.org' },
      datePublished: '2026-11-26T09:00:00.000Z',
      dateModified: '2026-11-25T17:42:10.000Z',
    });
  });

  it('falls back to the headline and standfirst, and to a summary card without a lead image', () => {
    const { html, images } = page();
    expect(html).toContain('<meta name="description" content="The guidance gives boards until March.">');
    expect(html).toContain('<meta property="og:title" content="Trusts told to cut running costs">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).not.toContain('og:image');
    expect(jsonLd(html)).not.toHaveProperty('image');
    expect(images).toEqual([]);
  });

  it('uses the settings’ fallback social image without a lead image, and the logo for the publisher', async () => {
    const settings = {
      ...defaultSettings,
      siteLogo: { sha256: SHA_B, ext: 'png' as const, width: 512, height: 512 },
      socialImage: { sha256: SHA_A, ext: 'jpg' as const, width: 1200, height: 630, alt: 'The magazine’s masthead' },
    };
    const fallback = `https://www.example.org/assets/images/${SHA_A}.jpg`;
    const logo = { '@type': 'ImageObject', url: `https://www.example.org/assets/images/${SHA_B}.png`, width: 512, height: 512 };
    const result = page({ settings });
    expect(result.html).toContain(
      `<meta property="og:image" content="${fallback}">\n` +
        '<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">\n' +
        '<meta property="og:image:alt" content="The magazine’s masthead">\n',
    );
    expect(result.html).toContain(
      '<meta name="twitter:card" content="summary_large_image">\n' +
        '<meta name="twitter:title" content="Trusts told to cut running costs">\n' +
        '<meta name="twitter:description" content="The guidance gives boards until March.">\n' +
        `<meta name="twitter:image" content="${fallback}">\n` +
        '<meta name="twitter:image:alt" content="The magazine’s masthead">\n<script',
    );
    expect(jsonLd(result.html).image).toEqual({ '@type': 'ImageObject', url: fallback, width: 1200, height: 630 });
    expect(jsonLd(result.html).publisher).toEqual({ '@type': 'Organization', name: 'Managers in Partnership', url: 'https://www.example.org', logo });
    expect(result.images.map((i) => i.file)).toEqual([`images/${SHA_A}.jpg`, `images/${SHA_B}.png`]);
    // The page of the body text is not touched: the fallback is for cards only.
    expect(result.html).not.toContain(`<img src="${fallback}"`);
    expect(await validationErrors(result.html, 'page')).toBe('');

    // A lead image wins, and its alt text goes with it.
    const withLead = page({ settings, leadImage: lead });
    expect(withLead.html).toContain(`<meta name="twitter:image" content="https://www.example.org/assets/images/${SHA_A}.webp">\n<meta name="twitter:image:alt" content="A ward at night">`);
    expect(withLead.html).not.toContain(fallback);
    expect(withLead.images.map((i) => i.file)).toEqual([`images/${SHA_B}.png`, `images/${SHA_A}.webp`]);
  });

  it('escapes the fallback image’s alt text like every attribute, on one line', async () => {
    const socialImage = { sha256: SHA_A, ext: 'jpg' as const, width: 1200, height: 630, alt: 'A "quote" <b>&\nmore' };
    const { html } = page({ settings: { ...defaultSettings, socialImage } });
    expect(html).toContain('<meta property="og:image:alt" content="A &quot;quote&quot; &lt;b&gt;&amp; more">');
    expect(html).toContain('<meta name="twitter:image:alt" content="A &quot;quote&quot; &lt;b&gt;&amp; more">');
    expect(await validationErrors(html, 'page')).toBe('');
  });

  it('lists every author, with role and organisation only when given', () => {
    const bylines = [
      { authorId: '0b9d6a1e-5f0c-4a8e-9a43-1c2d3e4f5a6b', name: 'Jane Smith', role: '', organisation: 'Example Trust' },
      { authorId: '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', name: 'Amir Khan', role: 'director', organisation: '' },
    ];
    expect(jsonLd(page({ story: { bylines } }).html).author).toEqual([
      { '@type': 'Person', name: 'Jane Smith', affiliation: { '@type': 'Organization', name: 'Example Trust' } },
      { '@type': 'Person', name: 'Amir Khan', jobTitle: 'director' },
    ]);
    expect(article({ story: { bylines } }).html).toContain(
      '<div class="cd-bylines">\n<p class="cd-byline"><span class="cd-byline-name">Jane Smith</span>, <span class="cd-byline-organisation">Example Trust</span></p>\n' +
        '<p class="cd-byline"><span class="cd-byline-name">Amir Khan</span>, <span class="cd-byline-role">director</span></p>\n</div>\n',
    );
  });

  it('leaves the publish date out, with a warning, when none is set', () => {
    const result = page({ story: { publishDate: null } });
    expect(result.warnings.map((w) => [w.code, w.field])).toEqual([['no-publish-date', 'publishDate']]);
    expect(jsonLd(result.html)).not.toHaveProperty('datePublished');
    expect(jsonLd(result.html).dateModified).toBe('2026-11-25T17:42:10.000Z');
    expect(result.html).not.toContain('published_time');
    expect(result.html).not.toContain('<time');
    expect(article({ story: { publishDate: null } }).warnings.map((w) => w.code)).toEqual(['no-publish-date']);
    expect(exportStory(inputWith([p(t('x'))], { story: { publishDate: null } }), { form: 'body' }).warnings).toEqual([]);
  });

  it('has no canonical URL, with a warning, when the story has no slug', () => {
    const result = page({ story: { slug: '' } });
    expect(result.warnings.map((w) => w.code)).toEqual(['no-slug']);
    expect(result.html).not.toMatch(/canonical|og:url|"url":"https:\/\/www\.example\.org\/|mainEntityOfPage/);
  });

  it('links a stylesheet only when asked, and only a plain relative path or an http(s) URL', () => {
    expect(page().html).not.toContain('stylesheet');
    expect(page({}, 'css/site.css').html).toContain('<link rel="stylesheet" href="css/site.css">\n');
    expect(page({}, 'https://www.example.org/site.css').html).toContain('<link rel="stylesheet" href="https://www.example.org/site.css">\n');
    for (const bad of ['javascript:alert(1)', '../../secret.css', '//evil.example/x.css', 'a.css" onload="x']) {
      const result = page({}, bad);
      expect(result.html).not.toContain('stylesheet');
      expect(result.warnings.map((w) => w.code)).toEqual(['stylesheet-not-allowed']);
    }
  });
});

describe('article parts', () => {
  it('shows the publish date as the day in London, and states the UTC instant', () => {
    expect(article({ story: { publishDate: '2026-06-30T23:30:00Z' } }).html).toContain(
      '<p class="cd-published"><time datetime="2026-06-30T23:30:00.000Z">1 July 2026</time></p>',
    );
    expect(article({ story: { publishDate: '2026-12-31T23:30:00Z' } }).html).toContain('>31 December 2026</time>');
  });

  it('leaves out the parts a story does not have, without empty elements', async () => {
    const result = exportStory(
      inputWith([], { story: { section: '', headline: ' ', standfirst: '', bylines: [], publishDate: null }, authorBio: '\n \n', related: [] }),
      { form: 'article' },
    );
    expect(result.html).toBe('<article class="cd-article" lang="en-GB">\n</article>\n');
    expect(result.warnings.map((w) => w.code)).toEqual(['no-headline', 'no-publish-date']);
    expect(await validationErrors(result.html, 'article')).toBe('');
  });

  it('writes the lead image in the header, and warns when it has no alt text', () => {
    const result = article({ leadImage: { ...lead, alt: ' ', caption: 'Night shift', credit: '' } });
    expect(result.html).toContain(
      `<figure class="cd-lead-image">\n<img src="https://www.example.org/assets/images/${SHA_A}.webp" alt="" width="1200" height="630">\n` +
        '<figcaption><span class="cd-caption">Night shift</span></figcaption>\n</figure>\n</header>\n',
    );
    expect(result.warnings).toEqual([{ code: 'image-no-alt', message: 'The lead image has no alt text.', field: 'leadImage', path: [] }]);
    expect(result.images).toEqual([{ sha256: SHA_A, ext: 'webp', file: `images/${SHA_A}.webp` }]);
  });

  it('writes each line of the bio as a paragraph in the footer', () => {
    expect(article({ authorBio: 'Jane Smith is chief executive.\n\nAmir Khan is a director.\n' }).html).toContain(
      '<footer class="cd-footer">\n<p class="cd-bio">Jane Smith is chief executive.</p>\n<p class="cd-bio">Amir Khan is a director.</p>\n</footer>\n',
    );
  });

  it('names a related story without a headline by its URL, so its link has text', () => {
    const { html } = article({ related: [{ url: 'https://example.org/x', headline: '', standfirst: '', byline: '', imageUrl: '' }] });
    expect(html).toContain('<a class="cd-related-headline" href="https://example.org/x">https://example.org/x</a>\n');
  });

  it('uses the settings given, not the defaults', () => {
    const { html } = exportStory(
      inputWith([], { settings: { ...defaultSettings, siteName: 'The Manager', siteBaseUrl: 'https://manager.example/mag/', canonicalUrlPattern: '/{slug}' } }),
      { form: 'page' },
    );
    expect(html).toContain('<title>Trusts told to cut running costs — The Manager</title>');
    expect(html).toContain('<link rel="canonical" href="https://manager.example/mag/trusts-told-to-cut-running-costs">');
  });
});
