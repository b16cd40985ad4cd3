import { describe, expect, it } from 'vitest';
import { exportStory } from '../../shared/export/export-story';
import { blocksFromBody } from '../../shared/house-style/blocks-from-body';
import { bodyPlainText } from '../../shared/story/body-text';
import type { StoryBody } from '../../shared/story/story-schema';
import { exportBlocks, heading, inputWith, li, link, list, p, t } from '../../../test/shared/export/export-fixtures';
import { validationErrors } from '../../../test/shared/export/validate-html';
import { footnoteNode, footnoteNodeSchema } from './footnote-schema';

const note = (text: string) => footnoteNode(text);

describe('footnote JSON', () => {
  it('holds its note as plain text, up to 2,000 characters', () => {
    expect(footnoteNodeSchema.safeParse({ type: 'footnote', version: 1, text: 'Source: NHS England.' }).success).toBe(true);
    expect(footnoteNodeSchema.safeParse({ type: 'footnote', version: 1, text: 'x'.repeat(2_001) }).success).toBe(false);
    expect(footnoteNodeSchema.safeParse({ type: 'footnote', version: 1 }).success).toBe(false);
    expect(footnoteNode('y'.repeat(3_000)).text).toHaveLength(2_000);
  });
});

describe('footnote export', () => {
  it('numbers references in document order and lists the notes after the body, linked both ways', () => {
    const { html, warnings } = exportBlocks([
      heading('h2', 'Costs'),
      p(t('Trusts spent more'), note('NHS England, 2026.'), t(' than planned.')),
      list('bullet', [li(t('Agency staff'), note('Figures for March.'))]),
    ]);
    expect(warnings).toEqual([]);
    expect(html).toBe(
      '<h2>Costs</h2>\n' +
        '<p>Trusts spent more<sup class="cd-footnote-ref"><a href="#cd-fn-1" id="cd-fnref-1">1</a></sup> than planned.</p>\n' +
        '<ul>\n<li>Agency staff<sup class="cd-footnote-ref"><a href="#cd-fn-2" id="cd-fnref-2">2</a></sup></li>\n</ul>\n' +
        '<section class="cd-footnotes" aria-label="Notes">\n<ol>\n' +
        '<li id="cd-fn-1">NHS England, 2026. <a class="cd-footnote-back" href="#cd-fnref-1" aria-label="Back to the text of note 1">↩</a></li>\n' +
        '<li id="cd-fn-2">Figures for March. <a class="cd-footnote-back" href="#cd-fnref-2" aria-label="Back to the text of note 2">↩</a></li>\n' +
        '</ol>\n</section>\n',
    );
  });

  it('puts the notes inside the article after the body, before the footer, as valid HTML', async () => {
    const input = inputWith([p(t('Spending rose.'), note('See https://www.example.org/report.'))], { authorBio: 'Jane Smith is chief executive.' });
    for (const form of ['article', 'page'] as const) {
      const { html } = exportStory(input, { form });
      expect(html).toContain(
        '</div>\n<section class="cd-footnotes" aria-label="Notes">\n<ol>\n' +
          '<li id="cd-fn-1">See <a href="https://www.example.org/report">https://www.example.org/report</a>. <a class="cd-footnote-back" href="#cd-fnref-1" aria-label="Back to the text of note 1">↩</a></li>\n' +
          '</ol>\n</section>\n<footer class="cd-footer">',
      );
      expect(await validationErrors(html, form)).toBe('');
    }
  });

  it('escapes the note and links only web addresses the export allows', () => {
    const { html } = exportBlocks([p(t('A'), note('<b>Bold</b> & javascript:alert(1) ftp://x.org http://ok.example/a?b=1&c=2'))]);
    expect(html).toContain(
      '<li id="cd-fn-1">&lt;b&gt;Bold&lt;/b&gt; &amp; javascript:alert(1) ftp://x.org <a href="http://ok.example/a?b=1&amp;c=2">http://ok.example/a?b=1&amp;c=2</a> <a class="cd-footnote-back"',
    );
  });

  it('leaves out an empty note, and a note inside a link (a link cannot hold another) with a warning', () => {
    const { html, warnings } = exportBlocks([p(t('One'), note('  '), link('https://example.org', t('two'), note('Inside.')), note('Kept.'))]);
    expect(html).toContain('<a href="https://example.org/">two</a><sup class="cd-footnote-ref"><a href="#cd-fn-1" id="cd-fnref-1">1</a></sup>');
    expect(html.match(/<li id=/g)).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toEqual(['misplaced-node']);
  });

  it('warns about a footnote that does not match its JSON shape and numbers on without it', () => {
    const { html, warnings } = exportBlocks([p(t('A'), { type: 'footnote', version: 1, text: 3 }, t('B'), note('Real.'))]);
    expect(warnings.map((w) => w.code)).toEqual(['invalid-node']);
    expect(html).toContain('<a href="#cd-fn-1" id="cd-fnref-1">1</a>');
  });

  it('changes nothing for a story without footnotes', () => {
    expect(exportBlocks([p(t('Plain.'))]).html).toBe('<p>Plain.</p>\n');
  });
});

describe('footnotes and the story text', () => {
  const body = { root: { type: 'root', children: [p(t('Two words'), note('Three more words'), t(' here'))] } } as unknown as StoryBody;

  it('leaves the note out of the word count and search text', () => {
    expect(bodyPlainText(body)).toBe('Two words here');
  });

  it('leaves the note out of the house-style check: the body block reads on across the marker', () => {
    expect(blocksFromBody(body)).toEqual([{ key: '0', kind: 'paragraph', text: 'Two words here' }]);
  });
});
