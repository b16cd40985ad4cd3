import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../src/shared/export/export-story';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { previewDocument, REMOTE_IMAGE_PLACEHOLDER } from '../../../src/renderer/export/preview-document';

const SHA = 'a'.repeat(64);
const places = { assetBaseUrl: defaultSettings.assetBaseUrl, appOrigin: 'copydesk://app', stylesheetUrl: 'copydesk://app/assets/site-1.css' };

const input = {
  story: {
    section: 'News',
    headline: 'Beds run short',
    standfirst: '',
    socialHeadline: '',
    socialDescription: '',
    slug: 'beds-run-short',
    bylines: [],
    publishDate: null,
    contentModifiedAt: '2026-11-26T09:00:00.000Z',
    body: {
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Wards are full.', format: 0 }] },
          { type: 'image', version: 1, sha256: SHA, ext: 'png', width: 640, height: 480, alt: 'A ward', caption: '', credit: '' },
        ],
      },
    },
  },
  leadImage: null,
  authorBio: '',
  related: [{ url: 'https://www.example.org/news/older', headline: 'Older', standfirst: '', byline: '', imageUrl: 'https://cdn.example.net/older.jpg' }],
  settings: defaultSettings,
};

describe('the export preview document', () => {
  it('shows the story’s images from the app, other sites’ pictures as a placeholder, with the site stylesheet', () => {
    const { html } = exportStory(input as Parameters<typeof exportStory>[0], { form: 'article' });
    const doc = previewDocument(html, 'article', places);
    expect(doc).toContain(`<img src="copydesk://app/images/${SHA}.png" alt="A ward"`);
    expect(doc).toContain(`<img class="cd-related-image" src="${REMOTE_IMAGE_PLACEHOLDER}"`);
    expect(doc).not.toContain('cdn.example.net');
    expect(doc).not.toContain(defaultSettings.assetBaseUrl);
    expect(doc).toContain('<link rel="stylesheet" href="copydesk://app/assets/site-1.css">');
    expect(doc).toMatch(/^<!DOCTYPE html>/);
  });

  it('puts the body form in the containers the stylesheet styles, and the page form keeps its own head', () => {
    const body = previewDocument(exportStory(input as Parameters<typeof exportStory>[0], { form: 'body' }).html, 'body', places);
    expect(body).toContain('<article class="cd-article"><div class="cd-body">\n<p>Wards are full.</p>');
    const page = previewDocument(exportStory(input as Parameters<typeof exportStory>[0], { form: 'page' }).html, 'page', places);
    expect(page.match(/<head>/g)).toHaveLength(1);
    expect(page).toContain('<link rel="stylesheet" href="copydesk://app/assets/site-1.css">\n</head>');
  });
});
