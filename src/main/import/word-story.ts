import { DomUtils, parseDocument } from 'htmlparser2';
import { IMAGE_CLASS } from '../../nodes/image/image-names';
import { htmlToBodyNodes, type ImportWarning } from '../../shared/html-import';
import { isElement, type DomDocument, type DomElement, type DomNode } from '../../shared/html-import/dom-nodes';
import { storyBody } from '../../shared/html-import/page-parts';
import type { StoryBody } from '../../shared/story/story-schema';
import { LIMITS } from '../../shared/story/story-constants';
import { fixTypography } from '../../shared/typography';
import { SUBTITLE_CLASS, TITLE_CLASS } from './word-to-html';


/** Longer than this, a first italic paragraph is text rather than a standfirst. */
const MAX_ITALIC_STANDFIRST = 400;

/** The image src the converter gives a picture stored in the profile: images/<sha256>.<ext>, as our own pages have it. */
const STORED_PICTURE = /^images\/[0-9a-f]{64}\.(?:jpg|png|gif|webp)$/;

export type WordStory = { headline: string; standfirst: string; body: StoryBody; warnings: ImportWarning[]; notes: string[] };

/**
 * A converted Word document as a story: the first Title paragraph is the
 * headline and the first Subtitle (else a short first paragraph all in
 * italic) the standfirst; every stored picture becomes a body image after
 * the block it stood in; the rest goes through the HTML import, with house
 * typography as a paste gets it.
 */
export function wordStory(html: string): WordStory {
  const document = parseDocument(html);
  const notes: string[] = [];
  const headline = takeHeadline(document, notes);
  const standfirst = takeStandfirst(document);
  liftPictures(document);
  const body = htmlToBodyNodes(DomUtils.getOuterHTML(document.children), { source: 'import' });
  return { headline, standfirst, body: storyBody(body.nodes), warnings: body.warnings, notes };
}

function elementsWhere(document: DomDocument, test: (element: DomElement) => boolean): DomElement[] {
  return DomUtils.findAll(test, document.children);
}

function hasClass(element: DomElement, name: string): boolean {
  return (element.attribs.class ?? '').split(/\s+/).includes(name);
}

function oneLine(element: DomElement): string {
  return fixTypography(DomUtils.textContent(element).replace(/\s+/g, ' ').trim()).text;
}

/** The first Title paragraph; any later one is a subheading. Too long for a headline, it stays in the text as one. */
function takeHeadline(document: DomDocument, notes: string[]): string {
  const [title, ...others] = elementsWhere(document, (e) => e.name === 'h1' && hasClass(e, TITLE_CLASS));
  for (const other of others) other.name = 'h2';
  if (title === undefined) {
    notes.push('The document has no Title paragraph, so the story has no headline yet: write one.');
    return '';
  }
  const text = oneLine(title);
  if (text.length > LIMITS.headline) {
    title.name = 'h2';
    notes.push(`The title is longer than ${LIMITS.headline} characters, so it stays at the top of the text as a subheading: write a shorter headline.`);
    return '';
  }
  DomUtils.removeElement(title);
  return text;
}

/** The first Subtitle paragraph, else the first paragraph when it is short and all in italic. */
function takeStandfirst(document: DomDocument): string {
  const subtitles = elementsWhere(document, (e) => hasClass(e, SUBTITLE_CLASS));
  for (const subtitle of subtitles) delete subtitle.attribs.class;
  const candidate = subtitles[0] ?? firstItalicParagraph(document);
  if (candidate === undefined) return '';
  const text = fixTypography(DomUtils.textContent(candidate).trim()).text;
  if (text === '' || text.length > LIMITS.standfirst) return '';
  DomUtils.removeElement(candidate);
  return text;
}

function firstItalicParagraph(document: DomDocument): DomElement | undefined {
  const first = document.children.find((node) => isElement(node) || DomUtils.textContent(node).trim() !== '');
  if (first === undefined || !isElement(first) || first.name !== 'p') return undefined;
  const text = DomUtils.textContent(first).trim();
  if (text === '' || text.length > MAX_ITALIC_STANDFIRST) return undefined;
  const italic = first.children.every((child) =>
    isElement(child) ? child.name === 'em' : DomUtils.textContent(child).trim() === '',
  );
  return italic ? first : undefined;
}

/**
 * Pictures stand between blocks in a story: each stored one moves out of its
 * paragraph, list or table to just after it, in order; one that was not
 * stored is dropped (the importer has said why).
 */
function liftPictures(document: DomDocument): void {
  const lastPlaced = new Map<DomNode, DomNode>();
  for (const img of elementsWhere(document, (e) => e.name === 'img')) {
    const block = topLevelBlock(img);
    if (!STORED_PICTURE.test(img.attribs.src ?? '') || block === null) {
      DomUtils.removeElement(img);
      continue;
    }
    const figure = pictureFigure(img.attribs);
    if (block === img) {
      DomUtils.replaceElement(img, figure);
      continue;
    }
    DomUtils.removeElement(img);
    DomUtils.append(lastPlaced.get(block) ?? block, figure);
    lastPlaced.set(block, figure);
  }
}

function topLevelBlock(node: DomNode): DomNode | null {
  let current: DomNode = node;
  while (current.parent !== null && current.parent.type !== 'root') current = current.parent as DomNode;
  return current.parent === null ? null : current;
}

function pictureFigure(attributes: Record<string, string>): DomNode {
  const escape = (value: string | undefined) => (value ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const img = `<img src="${escape(attributes.src)}" alt="${escape(attributes.alt)}" width="${escape(attributes.width)}" height="${escape(attributes.height)}">`;
  return parseDocument(`<figure class="${IMAGE_CLASS}">${img}</figure>`).children[0]!;
}
