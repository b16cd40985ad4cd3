import { LIMITS } from '../story/story-constants';
import { fixTypography } from '../typography';
import { isElement, type DomElement, type DomParent } from './dom-nodes';
import { plainTextOf } from './dom-text';
import { decideLink } from './link-url';
import type { PageRelatedLink } from './page-fields';
import { findAll, findFirst, headlineText, oneLine } from './page-parts';
import { isBylineElement, isRelatedHeading, isStandfirstElement, roleWords } from './page-roles';

const HEADING = /^h[1-6]$/;
/** Small pictures that are not the story's: a site's icon, an author's face. */
const NOT_PICTURE = ['icon', 'favicon', 'avatar', 'logo'];
/** Parts of a card that are neither its standfirst nor its byline: dates, section labels, "In Workforce". */
const NOT_STANDFIRST = ['date', 'time', 'timestamp', 'context', 'meta', 'category', 'kicker', 'section', 'label', 'tag', 'caption', 'credit'];

/**
 * The stories a page's related lists link to, each once (http(s) only,
 * relative links read against the page's address), with what each card
 * shows of it: the headline (the card's heading, else the link's text), a
 * standfirst, a byline and a picture.
 */
export function readRelatedCards(lists: readonly DomElement[], baseUrl: string | null): PageRelatedLink[] {
  const links: PageRelatedLink[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const anchor of findAll(list, (element) => element.name === 'a')) {
      if (links.length === LIMITS.related) return links;
      const url = linkUrl(anchor, baseUrl);
      if (url === null || seen.has(url)) continue;
      const card = cardAround(anchor, list, url, baseUrl);
      const heading = headingOf(anchor, card);
      const headline = headlineText(plainTextOf(heading ?? anchor));
      if (headline === '') continue;
      seen.add(url);
      links.push({
        url,
        headline: typeset(headline),
        standfirst: typeset(oneLine(standfirstOf(card, heading ?? anchor, headline), LIMITS.standfirst)),
        byline: oneLine(bylineOf(card), LIMITS.name),
        imageUrl: pictureOf(card, baseUrl),
      });
    }
  }
  return links;
}

function typeset(text: string): string {
  return fixTypography(text).text;
}

function linkUrl(anchor: DomElement, baseUrl: string | null): string | null {
  const decision = decideLink(anchor.attribs.href, baseUrl);
  return decision.kind === 'link' && /^https?:/.test(decision.url) ? decision.url : null;
}

/**
 * The card a link stands in: the largest element round it, inside the list,
 * that links nowhere else. A list item or an `article` is a card of its own.
 */
function cardAround(anchor: DomElement, list: DomElement, url: string, baseUrl: string | null): DomElement {
  let card = anchor;
  while (card.name !== 'li' && card.name !== 'article') {
    const parent = card.parent as DomParent | null;
    if (parent === null || parent === list || !isElement(parent as DomElement)) break;
    const linksElsewhere = findAll(parent, (element) => element.name === 'a').some((other) => {
      const otherUrl = linkUrl(other, baseUrl);
      return otherUrl !== null && otherUrl !== url;
    });
    if (linksElsewhere) break;
    card = parent as DomElement;
  }
  return card;
}

/** The card's headline: the heading round the link or in it, else the card's own heading, else a part named its title (Ghost's bookmark card). */
function headingOf(anchor: DomElement, card: DomElement): DomElement | null {
  for (let node = anchor.parent as DomElement | null; node !== null && node !== card.parent; node = node.parent as DomElement | null) {
    if (HEADING.test(node.name)) return node;
  }
  return (
    findFirst(anchor, (element) => HEADING.test(element.name)) ??
    (card === anchor ? null : findFirst(card, (element) => HEADING.test(element.name) && !isRelatedHeading(plainTextOf(element)))) ??
    findFirst(card, (element) => roleWords(element).has('title') && !HEADING.test(element.name))
  );
}

/** A part named as the standfirst, else the first paragraph that is not the headline, a byline or a date. */
function standfirstOf(card: DomElement, headline: DomElement, headlineLine: string): string {
  const outsideHeadline = (element: DomElement) => !contains(headline, element) && !contains(element, headline);
  const named = findAll(card, (element) => (isStandfirstElement(element) || roleWords(element).has('description')) && outsideHeadline(element));
  const paragraphs = findAll(
    card,
    (element) =>
      element.name === 'p' &&
      outsideHeadline(element) &&
      !isBylineElement(element) &&
      !NOT_STANDFIRST.some((word) => roleWords(element).has(word)) &&
      findFirst(element, (inner) => inner.name === 'time') === null,
  );
  const text = [...named, ...paragraphs].map((element) => plainTextOf(element)).find((line) => line !== '' && headlineText(line) !== headlineLine);
  return text ?? '';
}

function bylineOf(card: DomElement): string {
  const element = findFirst(card, isBylineElement);
  return element === null ? '' : plainTextOf(element).replace(/^\s*by\s+/i, '');
}

/** The card's picture as an address (its `src`, else a lazy loader's `data-src`, else the first of its `srcset`); never fetched. */
function pictureOf(card: DomElement, baseUrl: string | null): string {
  const image = findFirst(card, (element) => element.name === 'img' && !NOT_PICTURE.some((word) => roleWords(element).has(word)));
  if (image === null) return '';
  const attributes = image.attribs;
  const source = [attributes.src, attributes['data-src'], attributes.srcset?.trim().split(/\s+/)[0]].find(
    (value) => value !== undefined && value.trim() !== '' && !value.trim().startsWith('data:'),
  );
  const decision = decideLink(source, baseUrl);
  return decision.kind === 'link' && /^https?:/.test(decision.url) ? decision.url : '';
}

function contains(outer: DomElement, inner: DomElement): boolean {
  for (let node: DomElement | null = inner; node !== null; node = node.parent as DomElement | null) {
    if (node === outer) return true;
  }
  return false;
}
