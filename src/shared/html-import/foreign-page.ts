import type { SerializedLexicalNode } from '../nodes/lexical-json';
import { LIMITS } from '../story/story-constants';
import { fixTypography } from '../typography';
import type { ArticlePage, ArticlePageOptions, PageByline } from './page-fields';
import { isElement, isText, type DomDocument, type DomElement, type DomNode, type DomParent } from './dom-nodes';
import { plainTextOf } from './dom-text';
import { baseHref, domToBodyNodes, mainContent } from './html-to-body';
import { pageBaseUrl } from './link-url';
import type { PageMetadata } from './page-metadata';
import { isPullQuoteMarkup } from '../../nodes/pull-quote/pull-quote-markup';
import { findAll, findFirst, headlineText, oneLine, slugFromUrl, storyBody, utcDate } from './page-parts';
import { readRelatedCards } from './related-cards';
import { readSectionLabels } from './section-labels';
import { readStoryEnding } from '../../nodes/end-mark/story-ending';
import { inFurniture, isBioElement, isBylineElement, isFurniture, isRelatedElement, isStandfirstElement, roleWords } from './page-roles';

/**
 * Another site's article page, read as well as its markup allows
 * (docs/html-import.md, "Other sites' pages"): the parts around the story
 * (headline, standfirst, bylines, bio, related links, furniture such as
 * share buttons and tag lists) are read and taken out, and what is left of
 * the main content becomes the body.
 */
export function readForeignPage(document: DomDocument, metadata: PageMetadata, options: ArticlePageOptions): ArticlePage {
  const { meta, article: jsonLd } = metadata;
  const canonical = metadata.canonical || (meta.get('og:url') ?? '');
  const baseUrl = pageBaseUrl(baseHref(document), options.baseUrl ?? (canonical || undefined));
  const root = mainContent(document);
  const claimed: DomElement[] = [];
  const claim = (element: DomElement | null) => {
    if (element !== null) claimed.push(element);
    return element;
  };

  const h1 = findFirst(root, (element) => element.name === 'h1') ?? findFirst(document, (element) => element.name === 'h1');
  const headline = typeset(headlineText((h1 === null ? '' : plainTextOf(h1)) || jsonLd?.headline || meta.get('og:title') || metadata.title));
  claim(h1 === null ? null : headerAround(h1, root) ?? h1);
  // What comes before the headline (a kicker, a series label, breadcrumbs) is not the story.
  if (h1 !== null) claimed.push(...precedingElements(h1, root));

  const standfirstElement = claim(findInPage(root, document, (element) => isStandfirstElement(element) && !contains(element, h1)));
  const standfirst = typesetLine(
    (standfirstElement === null ? '' : plainTextOf(standfirstElement)) || meta.get('description') || meta.get('og:description') || jsonLd?.description || '',
    LIMITS.standfirst,
  );

  const bioElement = claim(findInPage(root, document, isBioElement));
  // Explicitly named related lists anywhere; an unnamed aside of links only in the story itself (not a site's sidebar).
  const relatedElements = findAll(root, (element) => isRelatedElement(element) || isLinksAside(element)).filter((element) => !inFurniture(element, root));
  // The page's own onward lists may follow the article ("Read more" under a Ghost post); a sidebar's or a menu's are not the story's.
  if (root !== document) {
    const story = root as DomElement;
    relatedElements.push(
      ...findAll(document, (element) => isRelatedElement(element) && !contains(element, story)).filter((element) => !contains(story, element) && !inSiteChrome(element)),
    );
  }
  claimed.push(...relatedElements);
  const related = readRelatedCards(relatedElements, baseUrl);

  const outside = [bioElement, ...relatedElements];
  const bylineElements = findAll(root, isBylineElement).filter((element) => !outside.some((part) => part !== null && contains(part, element)));
  claimed.push(...bylineElements);
  const authorLinks = findAll(root, isAuthorLink).filter((element) => !outside.some((part) => part !== null && contains(part, element)));
  claimed.push(...authorLinks);
  const bylines = distinctBylines(
    (jsonLd?.authors ?? []).length > 0
      ? jsonLd!.authors
      : bylineElements.length > 0
        ? bylineElements.flatMap(readBylineElement)
        : authorLinks.map((link) => ({ name: plainTextOf(link), role: '', organisation: '' })).filter((byline) => looksLikeName(byline.name)),
  );

  // Read before the header and the furniture leave the page: the labels and the date stand there.
  const header = h1 === null ? null : headerAround(h1, document);
  const sectionLabels = readSectionLabels(document, header === null ? [root] : [root, header], relatedElements, metadata);
  const publishedAt = publishedTime(root, relatedElements);

  claimed.push(...findAll(root, (element) => isFurniture(element) || (element.name === 'footer' && !insideQuote(element))));
  for (const element of claimed) detach(element);

  const imported = domToBodyNodes(root, { source: 'import', baseUrl: baseUrl ?? undefined });
  const ending = readStoryEnding(withoutRepeatedHeadline(imported.nodes, headline), bylines);
  const authorBio = ending.bio || (bioElement === null ? '' : bioLines(bioElement));

  return {
    own: false,
    leadImage: null,
    headline,
    standfirst,
    sectionLabels,
    slug: slugFromUrl(canonical),
    socialHeadline: '',
    socialDescription: '',
    publishDate: utcDate(meta.get('article:published_time') || jsonLd?.datePublished || publishedAt),
    contentModifiedAt: utcDate(meta.get('article:modified_time') || jsonLd?.dateModified),
    tags: [...new Set(metadata.tags.flatMap((tag) => tag.split(',')).map((tag) => oneLine(tag, LIMITS.tag)))].filter((tag) => tag !== '').slice(0, LIMITS.tags),
    bylines,
    authorBio,
    body: storyBody(ending.nodes),
    related,
    warnings: imported.warnings,
  };
}

/** House typography (house rules 1–4, docs/house-style-rules.md), as the body gets, for the lines read outside it. */
function typeset(text: string): string {
  return fixTypography(text).text;
}

function typesetLine(text: string, max: number): string {
  return typeset(oneLine(text, max));
}

/** The first match in the main content, else anywhere on the page. */
function findInPage(root: DomParent, document: DomDocument, matches: (element: DomElement) => boolean): DomElement | null {
  return findFirst(root, matches) ?? (root === document ? null : findFirst(document, matches));
}

/** The `header` the headline stands in, inside the main content: all of it is about the story, none of it is the story. */
function headerAround(h1: DomElement, root: DomParent): DomElement | null {
  for (let node = h1.parent; node !== null && node !== root; node = node.parent) {
    if (isElement(node as DomNode) && (node as DomElement).name === 'header') return node as DomElement;
  }
  return null;
}

/** The elements before `element` at each level up to `root` (nothing when it is outside root). */
function precedingElements(element: DomElement, root: DomParent): DomElement[] {
  const found: DomElement[] = [];
  for (let node: DomElement = element; node.parent !== null; node = node.parent as DomElement) {
    const parent = node.parent as DomParent;
    for (const sibling of parent.children) {
      if (sibling === node) break;
      if (isElement(sibling)) found.push(sibling);
    }
    if (parent === root) return found;
  }
  return [];
}

function contains(outer: DomElement, inner: DomElement | null): boolean {
  for (let node = inner?.parent ?? null; node !== null; node = node.parent) {
    if (node === outer) return true;
  }
  return inner === outer;
}

function insideQuote(element: DomElement): boolean {
  for (let node = element.parent; node !== null; node = node.parent) {
    const name = (node as DomElement).name;
    if (name === 'blockquote' || name === 'figure' || name === 'aside') return true;
  }
  return false;
}

/** Whether the element stands in the site's menus, sidebars or footer (or any furniture), not beside the story. */
function inSiteChrome(element: DomElement): boolean {
  // The body's classes describe the page (Ghost's "tag-analysis"), not a part of it.
  for (let node: DomNode | null = element; node !== null && isElement(node) && node.name !== 'body'; node = node.parent as DomNode | null) {
    const words = roleWords(node);
    if (node.name === 'nav' || node.name === 'footer' || words.has('sidebar') || words.has('widget') || isFurniture(node)) return true;
  }
  return false;
}

/** An `aside` of links that is neither a pull-quote nor page furniture (the Guardian's rich links, a "Related" box). */
function isLinksAside(element: DomElement): boolean {
  if (element.name !== 'aside' || isFurniture(element) || isPullQuoteMarkup(element)) return false;
  return findFirst(element, (inner) => inner.name === 'blockquote') === null && findFirst(element, (inner) => inner.name === 'a') !== null;
}

function isAuthorLink(element: DomElement): boolean {
  return element.name === 'a' && /(?:^|\s)author(?:\s|$)/i.test(element.attribs.rel ?? '');
}

function detach(element: DomElement): void {
  const parent = element.parent as DomParent | null;
  if (parent === null) return;
  const index = parent.children.indexOf(element);
  if (index !== -1) parent.children.splice(index, 1);
  element.parent = null;
}

const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'el', 'du', 'di', 'dos']);

/** "Jane Smith", "Amir al-Khan", "Seán Ó Briain": capitalised words (and name particles), no digits. */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 5 || /\d/.test(text)) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

/**
 * A byline element: its names and, after each, the role line it gives
 * ("Health correspondent, BBC News" → role and organisation). Names are the
 * author links or the parts named "name" when the markup has them, else the
 * text read as "By A and B, role".
 */
function readBylineElement(element: DomElement): PageByline[] {
  const named = findAll(
    element,
    (inner) => isAuthorLink(inner) || (roleWords(inner).has('name') && !roleWords(inner).has('description')),
  ).filter((inner) => looksLikeName(withoutBy(plainTextOf(inner))));
  if (named.length > 0) {
    const roles = findAll(element, (inner) => {
      const words = roleWords(inner);
      return words.has('description') || words.has('role') || words.has('job');
    });
    return named.map((name, index) => ({ name: withoutBy(plainTextOf(name)), ...roleAndOrganisation(roles[index] === undefined ? '' : plainTextOf(roles[index])) }));
  }
  // Text of separate parts (spans, divs) kept apart, so a name and a role in sibling spans do not run together.
  const pieces = textPieces(element).flatMap((piece) => withoutBy(piece).split(/\s+(?:and|&)\s+|\s*[,;|•]\s*/));
  const bylines: PageByline[] = [];
  for (const piece of pieces.map((p) => p.trim()).filter((p) => p !== '')) {
    const last = bylines[bylines.length - 1];
    if (last !== undefined && last.role !== '' && last.organisation === '' && ORGANISATION.test(piece)) last.organisation = piece;
    else if (last !== undefined && last.role === '' && JOB_TITLE.test(piece)) last.role = piece;
    else if (looksLikeName(piece)) bylines.push({ name: piece, role: '', organisation: '' });
    else if (last !== undefined && last.role === '') last.role = piece;
    else if (last !== undefined && last.organisation === '') last.organisation = piece;
  }
  return bylines;
}

/** After a name, a capitalised phrase with one of these words is the person's job ("Jane Smith, Health Editor"), not another author. */
const JOB_TITLE =
  /\b(?:Editor|Correspondent|Reporter|Writer|Columnist|Contributor|Journalist|Producer|Analyst|Director|Executive|Officer|Secretary|Minister|Manager|Chair|Chief|Head|Professor|Lecturer|Nurse|Doctor|Consultant|President|Fellow)s?\b/;

/** After a role, a capitalised phrase with one of these words is the organisation ("health correspondent, BBC News"), not another author. */
const ORGANISATION = /\b(?:News|Trust|Council|Board|Service|University|Institute|Fund|Foundation|Agency|Group|Times|Post|Press|BBC|NHS|ICB|Ltd|plc)\b/;

function roleAndOrganisation(text: string): Pick<PageByline, 'role' | 'organisation'> {
  const parts = text.split(/\s*,\s*/).filter((part) => part !== '');
  if (parts.length >= 2 && looksLikeName(parts[parts.length - 1]!)) {
    return { role: oneLine(parts.slice(0, -1).join(', '), LIMITS.name), organisation: oneLine(parts[parts.length - 1]!, LIMITS.name) };
  }
  return { role: oneLine(text, LIMITS.name), organisation: '' };
}

function withoutBy(text: string): string {
  return text.replace(/^\s*(?:(?:words|written|reported|interview)\s+)?by\s+/i, '').trim();
}

/** The texts of an element's leaves-with-text, in order: a byline's separate spans stay separate. */
function textPieces(element: DomElement): string[] {
  const pieces: string[] = [];
  const stack: DomNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    const elementChildren = node.children.filter((child) => isElement(child) && plainTextOf(child) !== '');
    const ownText = node.children.some((child) => isText(child) && child.data.trim() !== '');
    if (ownText || elementChildren.length === 0) {
      const text = plainTextOf(node);
      if (text !== '') pieces.push(text);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as DomNode);
  }
  return pieces;
}

function distinctBylines(bylines: PageByline[]): PageByline[] {
  const seen = new Set<string>();
  const kept: PageByline[] = [];
  for (const byline of bylines) {
    const name = oneLine(byline.name, LIMITS.name);
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push({ name, role: oneLine(byline.role, LIMITS.name), organisation: oneLine(byline.organisation, LIMITS.name) });
  }
  return kept.slice(0, LIMITS.bylines);
}

/** A bio box's paragraphs, one line each, without its "About the author" heading. */
function bioLines(element: DomElement): string {
  const paragraphs = findAll(element, (inner) => inner.name === 'p');
  const lines = (paragraphs.length > 0 ? paragraphs : [element]).map((p) => plainTextOf(p)).filter((line) => line !== '');
  return lines.join('\n').slice(0, LIMITS.authorBio);
}

/** A page without Copydesk's markup may repeat its h1 in the main content: the body should not. */
function withoutRepeatedHeadline(nodes: SerializedLexicalNode[], headline: string): SerializedLexicalNode[] {
  const first = nodes[0] as (SerializedLexicalNode & { children?: { text?: string }[] }) | undefined;
  if (first?.type !== 'heading') return nodes;
  const text = (first.children ?? []).map((child) => child.text ?? '').join('');
  return headlineText(text) === headline ? nodes.slice(1) : nodes;
}

const PUBLISHED = ['published', 'pubdate', 'datepublished', 'posted'];
const UPDATED = ['updated', 'modified', 'datemodified'];

/** The story's publication `time`: one marked published, else the first not marked as an update, outside the related lists. */
function publishedTime(root: DomParent, exclude: readonly DomElement[]): string | undefined {
  const times = findAll(root, (element) => element.name === 'time' && (element.attribs.datetime ?? '').trim() !== '').filter(
    (time) => !exclude.some((part) => contains(part, time)),
  );
  const marked = (time: DomElement, words: readonly string[]) =>
    [time, time.parent as DomElement | null].some((element) => element !== null && isElement(element) && words.some((word) => roleWords(element).has(word)));
  const chosen = times.find((time) => time.attribs.pubdate !== undefined || marked(time, PUBLISHED)) ?? times.find((time) => !marked(time, UPDATED));
  return chosen?.attribs.datetime;
}
