import { parseDocument } from 'htmlparser2';
import { hasClass, plainTextOf } from '../../shared/html-import/dom-text';
import { isElement, type DomElement, type DomNode, type DomParent } from '../../shared/html-import/dom-nodes';
import { htmlToBodyNodes, type ImportWarning } from '../../shared/html-import';
import { readImage } from '../../shared/html-import/own-markup';
import type { SerializedImageNode } from '../../shared/nodes/custom-nodes';
import type { SerializedLexicalNode } from '../../shared/nodes/lexical-json';
import { LIMITS, type StoryBody } from '../../shared/story/story-schema';

/** What the page says of its lead image: one of our stored pictures, one that is not (`unreadable`), or none. */
export type HtmlLeadImage = { kind: 'image'; image: SerializedImageNode } | { kind: 'unreadable' } | null;

export type HtmlStory = {
  headline: string;
  standfirst: string;
  leadImage: HtmlLeadImage;
  body: StoryBody;
  warnings: ImportWarning[];
};

/**
 * A story read from an HTML file: the headline from the first h1 (else the
 * title), the standfirst from Copydesk's own cd-standfirst (else the page's
 * description), the lead image from cd-lead-image (our own export's, whose
 * picture is named by its content address), and the body from cd-body, else
 * the page's main content through the shared HTML import (so our own export
 * comes back as it was).
 */
export function readHtmlStory(html: string): HtmlStory {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true });
  const h1 = firstElement(document, (element) => element.name === 'h1');
  const title = firstElement(document, (element) => element.name === 'title');
  const heading = h1 ?? title;
  const headline = heading === null ? '' : oneLine(plainTextOf(heading), LIMITS.headline);
  const standfirstElement = firstElement(document, (element) => hasClass(element, 'cd-standfirst'));
  const description = firstElement(
    document,
    (element) => element.name === 'meta' && element.attribs.name?.toLowerCase() === 'description',
  );
  const standfirst = oneLine(
    standfirstElement === null ? (description?.attribs.content ?? '') : plainTextOf(standfirstElement),
    LIMITS.standfirst,
  );
  const leadFigure = firstElement(document, (element) => element.name === 'figure' && hasClass(element, 'cd-lead-image'));
  const leadImage = leadFigure === null ? null : readImage(leadFigure);
  const bodyElement = firstElement(document, (element) => hasClass(element, 'cd-body'));
  const imported =
    bodyElement === null
      ? htmlToBodyNodes(html, { source: 'import', wholePage: true })
      : htmlToBodyNodes(html.slice(bodyElement.startIndex ?? 0, (bodyElement.endIndex ?? html.length - 1) + 1), {
          source: 'import',
        });
  const nodes = withoutRepeatedHeadline(imported.nodes, headline);
  const body = {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: nodes },
  } as unknown as StoryBody;
  return {
    headline,
    standfirst,
    leadImage: leadFigure === null ? null : leadImage === null ? { kind: 'unreadable' } : { kind: 'image', image: leadImage },
    body,
    warnings: imported.warnings,
  };
}

function firstElement(root: DomParent, matches: (element: DomElement) => boolean): DomElement | null {
  const stack: DomNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!isElement(current)) continue;
    if (matches(current)) return current;
    for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i]!);
  }
  return null;
}

/** Text as the headline and standfirst take it: one line, no control characters, within the limit. */
function oneLine(text: string, max: number): string {
  return text
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** A page without Copydesk's markup has its h1 inside the main content: the body should not repeat it. */
function withoutRepeatedHeadline(nodes: SerializedLexicalNode[], headline: string): SerializedLexicalNode[] {
  const first = nodes[0] as (SerializedLexicalNode & { children?: { text?: string }[] }) | undefined;
  if (first?.type !== 'heading') return nodes;
  const text = (first.children ?? []).map((child) => child.text ?? '').join('');
  return oneLine(text, LIMITS.headline) === headline ? nodes.slice(1) : nodes;
}
