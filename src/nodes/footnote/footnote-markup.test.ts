import { describe, expect, it } from 'vitest';
import { exportStory } from '../../shared/export/export-story';
import { readArticlePage } from '../../shared/html-import/article-page';
import { htmlToBodyNodes } from '../../shared/html-import/html-to-body';
import type { SerializedLexicalNode } from '../../shared/nodes/lexical-json';
import type { StoryBody } from '../../shared/story/story-schema';
import { heading, inputWith, li, list, p, t } from '../../../test/shared/export/export-fixtures';
import { footnoteNode } from './footnote-schema';

type Node = SerializedLexicalNode & { children?: Node[]; text?: string };

/** Each block's inline content, a footnote as [^its note]. */
function inline(nodes: readonly Node[]): string[] {
  const show = (node: Node): string =>
    node.type === 'footnote' ? `[^${node.text}]` : node.children !== undefined ? node.children.map(show).join('') : (node.text ?? '');
  return nodes.map((node) => `${node.type}: ${show(node)}`);
}

describe('footnote import', () => {
  it('reads our own article back exactly: export, import, export gives the same bytes', () => {
    const input = inputWith([
      heading('h2', 'Costs'),
      p(t('Trusts spent more'), footnoteNode('NHS England, ‘Agency spending’, 2026: https://www.example.org/report.'), t(' than planned.')),
      list('number', [li(t('Agency staff'), footnoteNode('Figures for March & April.'))]),
      p(t('The end.')),
    ]);
    for (const form of ['article', 'page'] as const) {
      const first = exportStory(input, { form }).html;
      const page = readArticlePage(first);
      expect(page.warnings).toEqual([]);
      const again = exportStory({ ...input, story: { ...input.story, body: page.body as StoryBody } }, { form }).html;
      expect(again).toBe(first);
    }
  });

  it('reads our body HTML with its notes list, which does not come in as text', () => {
    const html = exportStory(inputWith([p(t('Spending rose'), footnoteNode('Board papers.'), t('.'))]), { form: 'body' }).html;
    const { nodes, warnings } = htmlToBodyNodes(html, { source: 'import' });
    expect(warnings).toEqual([]);
    expect(inline(nodes as Node[])).toEqual(['paragraph: Spending rose[^Board papers.].']);
  });

  it('reads Word footnotes as mammoth writes them, with house typography on the note', () => {
    const html =
      '<p>Boards ask for assurance.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> It is slow.<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup></p>' +
      '<ol><li id="footnote-1"><p> See the "Annual report" - page 4. <a href="#footnote-ref-1">↑</a></p></li>' +
      '<li id="footnote-2"><p>Second note. <a href="#footnote-ref-2">↑</a></p></li></ol>';
    const { nodes, warnings } = htmlToBodyNodes(html, { source: 'paste' });
    expect(warnings).toEqual([]);
    expect(inline(nodes as Node[])).toEqual(['paragraph: Boards ask for assurance.[^See the ‘Annual report’—page 4.] It is slow.[^Second note.]']);
  });

  it('reads WordPress’s footnotes block', () => {
    const html =
      '<p>Costs rose<sup data-fn="a1b2" class="fn"><a href="#a1b2" id="a1b2-link">1</a></sup> again.</p>' +
      '<ol class="wp-block-footnotes"><li id="a1b2">NHS England figures. <a href="#a1b2-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>';
    const { nodes } = htmlToBodyNodes(html);
    expect(inline(nodes as Node[])).toEqual(['paragraph: Costs rose[^NHS England figures.] again.']);
  });

  it('reads references whose way back names the sup, as Wikipedia writes them', () => {
    const html =
      '<p>Founded in 1948.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>' +
      '<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">Rivett, G. (1998).</span></li></ol>';
    expect(inline(htmlToBodyNodes(html).nodes as Node[])).toEqual(['paragraph: Founded in 1948.[^Rivett, G. (1998).]']);
  });

  it('keeps a reference whose note is missing as text, with a warning', () => {
    const { nodes, warnings } = htmlToBodyNodes('<p>Costs rose.<sup><a href="#footnote-3" id="footnote-ref-3">[3]</a></sup></p>', { source: 'paste' });
    expect(inline(nodes as Node[])).toEqual(['paragraph: Costs rose.[3]']);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ['footnote-without-note', 'Footnote not pasted: its note is not in the paste, so its mark is kept as text ([3]).'],
    ]);
  });

  it('leaves other superscripts and ordinary numbered lists alone', () => {
    const html = '<p>E = mc<sup>2</sup>, see <sup><a href="#steps">below</a></sup>.</p><ol id="steps"><li id="one">Step one</li><li>Step two</li></ol>';
    const { nodes, warnings } = htmlToBodyNodes(html);
    expect(warnings).toEqual([]);
    expect(inline(nodes as Node[])).toEqual(['paragraph: E = mc2, see below.', 'list: Step oneStep two']);
  });
});
