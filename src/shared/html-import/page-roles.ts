import type { DomElement } from './dom-nodes';

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

const STANDFIRST = ['standfirst', 'dek', 'summary', 'subtitle', 'subheadline', 'strapline', 'excerpt'];
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
  return hasAny(words, RELATED) || (words.has('more') && words.has('on')) || (words.has('see') && words.has('also'));
}

export function isFurniture(element: DomElement): boolean {
  return hasAny(roleWords(element), FURNITURE);
}
