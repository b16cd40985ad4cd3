import { isElement, type DomElement } from './dom-nodes';
import { plainTextOf } from './dom-text';

/**
 * What a part of another site's page is for, read from the names its markup
 * gives it: classes, id, and the data attributes sites name components with
 * (BBC `data-component`, the Guardian's `data-gu-name`, `data-testid`),
 * split into lower-case words ("ssrcss-1x-TextContributorName" → text,
 * contributor, name). Hashed class names simply match nothing.
 */
export function roleWords(element: DomElement): Set<string> {
  const attributes = element.attribs;
  const names = [attributes.class, attributes.id, attributes['data-component'], attributes['data-gu-name'], attributes['data-testid'], attributes.itemprop];
  const words = new Set<string>();
  for (const name of names) {
    if (name === undefined) continue;
    for (const word of name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)) {
      if (word !== '') words.add(word);
    }
  }
  return words;
}

const STANDFIRST = ['standfirst', 'dek', 'summary', 'subtitle', 'strapline', 'excerpt'];
const BYLINE = ['byline', 'bylines', 'author', 'authors', 'contributor', 'contributors'];
const BIO = ['bio', 'biography'];
const BIO_WITH_AUTHOR = ['box', 'info', 'about', 'description', 'profile'];
const RELATED = ['related', 'relatedposts', 'onward', 'onwards', 'further', 'readmore'];
/** Page furniture around the story: never body text. */
const FURNITURE = [
  'share',
  'sharing',
  'social',
  'newsletter',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'comments',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'topics',
  'meta',
  'headline',
  'subscribe',
  'promo',
  'tag',
  'copyright',
  'visuallyhidden',
];

const hasAny = (words: Set<string>, list: readonly string[]) => list.some((word) => words.has(word));

export function isStandfirstElement(element: DomElement): boolean {
  return hasAny(roleWords(element), STANDFIRST);
}

export function isBioElement(element: DomElement): boolean {
  const words = roleWords(element);
  return hasAny(words, BIO) || (words.has('author') && hasAny(words, BIO_WITH_AUTHOR));
}

export function isBylineElement(element: DomElement): boolean {
  const words = roleWords(element);
  return hasAny(words, BYLINE) && !isBioElement(element) && !words.has('name') && !hasAny(words, RELATED);
}

export function isRelatedElement(element: DomElement): boolean {
  const words = roleWords(element);
  return hasAny(words, RELATED) || (words.has('more') && words.has('on')) || (words.has('see') && words.has('also')) || hasRelatedHeading(element);
}

/** "Related topics" is a list of tags, not of stories. */
const RELATED_HEADING = /^(?:related(?! topics)|more on|read more|see also|further reading|you may also like)\b/i;
const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** A box that opens with a heading such as "More on this story" or "Related" (BBC): its heading is its first element, or its first element's. */
function hasRelatedHeading(element: DomElement): boolean {
  if (element.name !== 'section' && element.name !== 'div' && element.name !== 'aside') return false;
  const first = firstChildElement(element);
  const heading = first !== null && HEADINGS.has(first.name) ? first : first === null ? null : firstChildElement(first);
  return heading !== null && HEADINGS.has(heading.name) && RELATED_HEADING.test(plainTextOf(heading));
}

function firstChildElement(element: DomElement): DomElement | null {
  for (const child of element.children) {
    if (isElement(child)) return child;
  }
  return null;
}

/** Furniture, or text only a screen reader gets ("Image caption, " before a BBC caption). */
export function isFurniture(element: DomElement): boolean {
  const words = roleWords(element);
  return (
    hasAny(words, FURNITURE) ||
    (words.has('visually') && words.has('hidden')) ||
    (words.has('sr') && words.has('only')) ||
    (words.has('screen') && words.has('reader'))
  );
}

/** Whether the element or one around it is furniture. */
export function inFurniture(element: DomElement): boolean {
  for (let node: DomElement | null = element; node !== null; node = node.parent as DomElement | null) {
    if (isElement(node) && isFurniture(node)) return true;
  }
  return false;
}
