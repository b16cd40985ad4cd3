import { isElement, type DomElement, type DomParent } from './dom-nodes';
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
const RELATED = ['related', 'relatedposts', 'onward', 'onwards', 'further', 'readmore', 'bookmark'];
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
  'latest',
  'popular',
  'trending',
  'mostread',
  'signup',
  'cookie',
  'cookies',
  'consent',
  'outbrain',
  'taboola',
  'sponsored',
];

/** Boxes of the site's own, known by their heading (or label) when their classes say nothing: "Latest news", "Most read", "Sign up". */
const FURNITURE_HEADING =
  /^(?:latest (?:news|stories|articles|posts)|most (?:read|viewed|popular|shared|commented)|(?:most )?popular|trending(?: now)?|newsletters?|sign up\b|subscribe\b|share (?:this|on)\b|share:?$|\d* ?comments$|join the conversation|advertisement$)/i;

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

const SECTION_LABEL = ['kicker', 'category', 'categories', 'eyebrow', 'rubric'];

/**
 * A label naming the story's section or kind: `.section`, `.kicker`,
 * `.category`, a section label or link, Ghost's primary (article) tag, WordPress's
 * `rel="category"` links.
 */
export function isSectionLabel(element: DomElement): boolean {
  const words = roleWords(element);
  return (
    hasAny(words, SECTION_LABEL) ||
    (element.attribs.class ?? '').split(/\s+/).includes('section') ||
    (words.has('section') && (words.has('label') || words.has('name') || words.has('link'))) ||
    ((words.has('primary') || words.has('article')) && words.has('tag')) ||
    /(?:^|\s)category(?:\s|$)/i.test(element.attribs.rel ?? '')
  );
}

export function isBreadcrumb(element: DomElement): boolean {
  const words = roleWords(element);
  return words.has('breadcrumb') || words.has('breadcrumbs') || (element.attribs['aria-label'] ?? '').trim().toLowerCase() === 'breadcrumb';
}

export function isRelatedElement(element: DomElement): boolean {
  const words = roleWords(element);
  return (
    hasAny(words, RELATED) ||
    (words.has('more') && (words.has('on') || words.has('read'))) ||
    (words.has('see') && words.has('also')) ||
    RELATED_HEADING.test(boxHeading(element))
  );
}

/** Whether a heading is a related box's own title ("Related stories", "More on this story"), not a story's. */
export function isRelatedHeading(text: string): boolean {
  return RELATED_HEADING.test(text);
}

/** "Related topics" is a list of tags, not of stories. */
const RELATED_HEADING = /^(?:related(?! topics)|more on|read more|see also|further reading|you may also like)\b/i;
const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * What a box calls itself: its `aria-label`, else the heading it opens with
 * (its first element, or its first element's), e.g. "More on this story"
 * (BBC) or "Latest news"; '' for anything but a section, div or aside.
 */
function boxHeading(element: DomElement): string {
  if (element.name !== 'section' && element.name !== 'div' && element.name !== 'aside') return '';
  const label = element.attribs['aria-label'];
  if (label !== undefined && label.trim() !== '') return label.trim();
  const first = firstChildElement(element);
  const heading = first !== null && HEADINGS.has(first.name) ? first : first === null ? null : firstChildElement(first);
  return heading !== null && HEADINGS.has(heading.name) ? plainTextOf(heading) : '';
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
    (words.has('most') && (words.has('read') || words.has('viewed') || words.has('popular'))) ||
    (words.has('sign') && words.has('up')) ||
    FURNITURE_HEADING.test(boxHeading(element)) ||
    (words.has('visually') && words.has('hidden')) ||
    (words.has('sr') && words.has('only')) ||
    (words.has('screen') && words.has('reader'))
  );
}

/** Whether the element or one around it, inside `root`, is furniture (a WordPress article's own classes name its tags). */
export function inFurniture(element: DomElement, root: DomParent): boolean {
  for (let node: DomElement | null = element; node !== null && node !== root; node = node.parent as DomElement | null) {
    if (isElement(node) && isFurniture(node)) return true;
  }
  return false;
}
