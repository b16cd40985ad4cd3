import { LIMITS } from '../story/story-constants';
import { isElement, type DomDocument, type DomElement, type DomNode, type DomParent } from './dom-nodes';
import { plainTextOf } from './dom-text';
import type { PageMetadata } from './page-metadata';
import { findAll, findFirst, oneLine } from './page-parts';
import { isBreadcrumb, isSectionLabel, roleWords } from './page-roles';

/** A label is a word or a few ("Opinion", "News analysis"), not a sentence. */
const MAX_LABEL_WORDS = 4;

/**
 * What another site's page calls its section, most telling first: labels in
 * the story (`.section`, `.kicker`, `.category`, WordPress's category
 * links), the breadcrumb's last-but-one item (the last is often the story
 * itself), then `article:section` and schema.org `articleSection`. The
 * importer files the story in the first that names a section of its
 * settings. `areas` are where the story's labels may stand (the main
 * content, the headline's header); `exclude` are parts that are not the
 * story's (related cards carry labels of their own).
 */
export function readSectionLabels(
  document: DomDocument,
  areas: readonly DomParent[],
  exclude: readonly DomElement[],
  metadata: PageMetadata,
): string[] {
  const labels: string[] = [];
  for (const area of areas) {
    const found = findAll(area, (element) => isSectionLabel(element) && isShort(plainTextOf(element)));
    for (const element of found) {
      if (insideAny(element, exclude) || inOtherBox(element)) continue;
      const links = findAll(element, (inner) => inner.name === 'a');
      labels.push(...(links.length > 0 ? links : [element]).map((part) => plainTextOf(part)));
    }
  }
  const breadcrumb = findFirst(document, isBreadcrumb);
  if (breadcrumb !== null) {
    const items = findAll(breadcrumb, (element) => element.name === 'li');
    const texts = (items.length > 0 ? items : findAll(breadcrumb, (element) => element.name === 'a')).map((item) => plainTextOf(item));
    labels.push(...texts.slice(-2, -1), ...texts.slice(-1));
  }
  labels.push(metadata.meta.get('article:section') ?? '', ...(metadata.article?.sections ?? []));
  const seen = new Set<string>();
  return labels
    .map((label) => oneLine(label, LIMITS.name))
    .filter((label) => {
      const key = label.toLowerCase();
      if (label === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function isShort(text: string): boolean {
  return text !== '' && text.split(/\s+/).length <= MAX_LABEL_WORDS;
}

function insideAny(element: DomElement, parts: readonly DomElement[]): boolean {
  for (let node: DomElement | null = element; node !== null; node = node.parent as DomElement | null) {
    if (parts.includes(node)) return true;
  }
  return false;
}

/** Site menus list every section, and lists of other stories label each one: none of these is this story's. */
const OTHER_BOXES = ['latest', 'popular', 'trending', 'most', 'sidebar', 'widget', 'comments', 'promo', 'related', 'onward', 'onwards'];

function inOtherBox(element: DomElement): boolean {
  for (let node: DomNode | null = element; node !== null && isElement(node); node = node.parent as DomNode | null) {
    if (node.name === 'nav' || node.name === 'aside') return true;
    const words = roleWords(node);
    if (OTHER_BOXES.some((word) => words.has(word))) return true;
  }
  return false;
}
