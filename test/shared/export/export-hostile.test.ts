import type { HtmlElement } from 'html-validate';
import { Parser, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { ExportForm, ExportInput } from '../../../src/shared/export/export-input';
import { exportForms } from '../../../src/shared/export/export-input';
import { exportStory } from '../../../src/shared/export/export-story';
import { oneLine } from '../../../src/shared/export/html-escape';
import { scriptSafeJson } from '../../../src/shared/export/json-ld';
import { el, image, inputWith, link, list, li, p, cell, row, t } from './export-fixtures';
import { asDocument, validationErrors } from './validate-html';

/** What a person might type or paste: markup, an attribute break-out, a script end inside JSON, odd characters. */
const PAYLOAD = '<script>alert(1)</script>" onmouseover="x\' onfocus=\'y <img src=x onerror=alert(1)> </script><!-- \u2028\u2029 &amp;';

const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative',
];

function hostileInput(): ExportInput {
  const base = inputWith([]);
  return inputWith(
    [
      el('heading', [t(PAYLOAD)], { tag: 'h1' }),
      p(t(PAYLOAD), { ...t(' styled'), style: 'background:url(javascript:alert(1))' }),
      p({ ...link('https://example.org/ok', t('titled')), title: PAYLOAD }),
      ...BAD_URLS.map((url) => p(link(url, t('click')))),
      { type: 'pullquote', version: 1, text: PAYLOAD, attribution: PAYLOAD },
      image({ alt: PAYLOAD, caption: PAYLOAD, credit: PAYLOAD }),
      list('bullet', [li(t(PAYLOAD))]),
      el('table', [row(cell(PAYLOAD, 1)), row(cell(PAYLOAD))]),
      el('quote', [t(PAYLOAD)]),
      { type: 'html', version: 1, html: '<iframe src="javascript:alert(1)"></iframe>', text: PAYLOAD, onclick: 'alert(1)' },
      el('raw', [t(PAYLOAD)], { attributes: { onload: 'alert(1)' }, className: 'evil' }),
    ],
    {
      leadImage: { sha256: 'c'.repeat(64), ext: 'jpg', width: 10, height: 10, alt: PAYLOAD, caption: PAYLOAD, credit: PAYLOAD },
      authorBio: `${PAYLOAD}\n${PAYLOAD}`,
      related: [
        ...BAD_URLS.map((url) => ({ url, headline: 'Bad', standfirst: '', byline: '', imageUrl: '' })),
        { url: 'https://example.org/story" onmouseover="x', headline: PAYLOAD, standfirst: PAYLOAD, byline: PAYLOAD, imageUrl: 'javascript:alert(1)' },
        { url: 'https://example.org/two', headline: 'Two', standfirst: '', byline: '', imageUrl: 'data:image/png;base64,AAAA' },
      ],
      settings: { ...base.settings, siteName: PAYLOAD },
      story: {
        section: PAYLOAD,
        headline: PAYLOAD,
        standfirst: PAYLOAD,
        socialHeadline: PAYLOAD,
        socialDescription: PAYLOAD,
        slug: 'slug" onmouseover="x',
        bylines: [{ authorId: '0b9d6a1e-5f0c-4a8e-9a43-1c2d3e4f5a6b', name: PAYLOAD, role: PAYLOAD, organisation: PAYLOAD }],
      },
    },
  );
}

const ELEMENTS = new Set(
  ('html head meta title link script body main article header footer aside div p h1 h2 h3 span time figure figcaption img blockquote ' +
    'ul ol li a strong em s mark sub sup code br hr table thead tbody tr th td').split(' '),
);
const ATTRIBUTES = new Set(
  'lang charset name content rel href property type class src alt width height loading title datetime aria-hidden aria-label dir start scope colspan rowspan'.split(' '),
);

const parserConfig = new StaticConfigLoader({ extends: ['html-validate:recommended'] }).getConfigFor('export.html');

async function elementsOf(html: string, form: ExportForm): Promise<HtmlElement[]> {
  const parser = new Parser(await parserConfig);
  return parser.parseHtml(asDocument(html, form)).querySelectorAll('*');
}

function jsonLdOf(html: string): string {
  const start = html.indexOf('<script type="application/ld+json">') + '<script type="application/ld+json">'.length;
  return html.slice(start, html.indexOf('</script>', start));
}

describe('hostile input never reaches the export as markup', () => {
  it.each(exportForms)('the %s form has only the documented elements, attributes and URL schemes', async (form) => {
    const { html } = exportStory(hostileInput(), { form });
    const elements = await elementsOf(html, form);
    expect(elements.length).toBeGreaterThan(form === 'body' ? 10 : 40);
    for (const element of elements) {
      expect(ELEMENTS, `element <${element.tagName}>`).toContain(element.tagName);
      for (const attribute of element.attributes) {
        expect(ATTRIBUTES, `attribute ${attribute.key} on <${element.tagName}>`).toContain(attribute.key);
        if (attribute.key === 'href' || attribute.key === 'src') expect(attribute.value).toMatch(/^(https?:\/\/|mailto:)/);
      }
    }
    const scripts = elements.filter((e) => e.tagName === 'script');
    expect(scripts.map((s) => s.getAttributeValue('type'))).toEqual(form === 'page' ? ['application/ld+json'] : []);
    expect(html.match(/<script/g)?.length ?? 0).toBe(form === 'page' ? 1 : 0);
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<!--');
  });

  it.each(exportForms)('the %s form is still valid HTML', async (form) => {
    expect(await validationErrors(exportStory(hostileInput(), { form }).html, form)).toBe('');
  });

  it('shows what was typed as text, escaped', () => {
    const { html } = exportStory(hostileInput(), { form: 'article' });
    const asText = '&lt;script&gt;alert(1)&lt;/script&gt;" onmouseover="x\' onfocus=\'y &lt;img src=x onerror=alert(1)&gt; &lt;/script&gt;&lt;!-- \u2028\u2029 &amp;amp;';
    expect(html).toContain(`<h1 class="cd-headline">${asText}</h1>`);
    expect(html).toContain(`<h2>${asText}</h2>`);
    expect(html).toContain(`alt="${asText.replaceAll('"', '&quot;')}"`);
    expect(html).toContain(`<a href="https://example.org/ok" title="${asText.replaceAll('"', '&quot;')}">titled</a>`);
    expect(html).toContain(`href="https://example.org/story%22%20onmouseover=%22x"`);
    expect(html).not.toContain('style=');
  });

  it('drops every link that is not http, https or mailto, keeps its text and reports it', () => {
    const { html, warnings } = exportStory(hostileInput(), { form: 'body' });
    expect(html.match(/<p>click<\/p>/g)).toHaveLength(BAD_URLS.length);
    expect(warnings.filter((w) => w.code === 'link-not-allowed')).toHaveLength(BAD_URLS.length);
  });

  it('leaves out related stories and pictures with other URLs, and reports them', () => {
    const { html, warnings } = exportStory(hostileInput(), { form: 'article' });
    expect(html.match(/class="cd-related-item"/g)).toHaveLength(2);
    expect(html).not.toContain('cd-related-image');
    expect(warnings.filter((w) => w.code === 'related-link-not-allowed').map((w) => w.path)).toEqual(BAD_URLS.map((_, i) => [i]));
    expect(warnings.filter((w) => w.code === 'related-image-not-allowed').map((w) => w.path)).toEqual([[BAD_URLS.length], [BAD_URLS.length + 1]]);
  });

  it('reports the unknown node types it kept only the text of', () => {
    const { html, warnings } = exportStory(hostileInput(), { form: 'body' });
    expect(warnings.filter((w) => w.code === 'unknown-node').map((w) => w.message)).toEqual([
      'Unknown node type “html”: its text is kept.',
      'Unknown node type “raw”: its text is kept.',
    ]);
    expect(html).not.toContain('iframe');
    expect(html).not.toContain('evil');
  });

  it('keeps JSON-LD inside its script element, whatever the strings hold', () => {
    const { html } = exportStory(hostileInput(), { form: 'page' });
    const json = jsonLdOf(html);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(json) as { headline: string; author: Array<{ name: string }>; publisher: { name: string } };
    expect(data.headline).toBe(oneLine(PAYLOAD));
    expect(data.author[0]!.name).toBe(oneLine(PAYLOAD));
    expect(data.publisher.name).toBe(oneLine(PAYLOAD));
  });

  it('writes <, >, &, U+2028 and U+2029 in JSON as \\u escapes', () => {
    const json = scriptSafeJson({ text: '</script><!-- a&b \u2028\u2029' });
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- a\\u0026b \\u2028\\u2029"}');
    expect(JSON.parse(json)).toEqual({ text: '</script><!-- a&b \u2028\u2029' });
  });

  it('removes control characters and mends lone surrogates', () => {
    const { html } = exportStory(inputWith([p(t('a\u0000b\u0007c\u001bd\u007fe\u0085f\r\ng\ud800h 😀'))]), { form: 'body' });
    expect(html).toBe('<p>abcdef g\ufffdh 😀</p>\n');
  });
});
