import { isElement, type DomDocument, type DomElement, type DomNode } from './dom-nodes';
import { isText } from './dom-nodes';

/** A person credited by a page's schema.org data. */
export type JsonLdAuthor = { name: string; role: string; organisation: string };

/** What a page says about itself outside its visible text: meta tags, the canonical link, schema.org JSON-LD. */
export type PageMetadata = {
  /** `<meta name|property=… content=…>`, keys lower-cased, the first of each kept. */
  meta: ReadonlyMap<string, string>;
  canonical: string;
  title: string;
  /** Every `article:tag`, in order. */
  tags: string[];
  /** The page's article in its JSON-LD (NewsArticle, BlogPosting, …), or null. */
  article: {
    headline: string;
    description: string;
    /** Every `articleSection`, in order. */
    sections: string[];
    datePublished: string;
    dateModified: string;
    authors: JsonLdAuthor[];
  } | null;
};

/** Reads the head's metadata and the JSON-LD blocks (anywhere in the page, where some sites put them). */
export function readPageMetadata(document: DomDocument): PageMetadata {
  const meta = new Map<string, string>();
  let canonical = '';
  let title = '';
  const tags: string[] = [];
  const scripts: string[] = [];
  const stack: DomNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    const attributes = node.attribs;
    if (node.name === 'meta') {
      const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').trim().toLowerCase();
      if (key !== '' && attributes.content !== undefined && !meta.has(key)) meta.set(key, attributes.content.trim());
      if (key === 'article:tag' && attributes.content !== undefined) tags.push(attributes.content);
    } else if (node.name === 'link' && canonical === '' && /(?:^|\s)canonical(?:\s|$)/i.test(attributes.rel ?? '')) {
      canonical = (attributes.href ?? '').trim();
    } else if (node.name === 'title' && title === '') {
      title = textOf(node);
    } else if (node.name === 'script' && (attributes.type ?? '').trim().toLowerCase() === 'application/ld+json') {
      scripts.push(textOf(node));
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as DomNode);
  }
  return { meta, canonical, title, tags, article: articleFromJsonLd(scripts) };
}

function textOf(element: DomElement): string {
  return element.children.map((child) => (isText(child) ? child.data : '')).join('');
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

/**
 * The first article in the JSON-LD blocks, looking inside arrays and
 * `@graph`s (Yoast's); malformed JSON is skipped. The dates it lacks come
 * from the page (`WebPage`) that carries them, as Yoast's graph sometimes
 * puts them there alone.
 */
function articleFromJsonLd(scripts: readonly string[]): PageMetadata['article'] {
  const items = jsonLdObjects(scripts);
  const article = items.find((item) => types(item).some((type) => ARTICLE_TYPE.test(type)));
  const dated = items.find((item) => text(item.datePublished) !== '');
  if (article === undefined && dated === undefined) return null;
  const source = article ?? {};
  return {
    headline: text(source.headline),
    description: text(source.description),
    sections: (Array.isArray(source.articleSection) ? source.articleSection : [source.articleSection]).map(text).filter((name) => name !== ''),
    datePublished: text(source.datePublished) || text(dated?.datePublished),
    dateModified: text(source.dateModified) || text(dated?.dateModified),
    authors: (Array.isArray(source.author) ? source.author : [source.author]).flatMap(person),
  };
}

/** Every object in the JSON-LD blocks, in document order, arrays and `@graph`s opened. */
function jsonLdObjects(scripts: readonly string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    const candidates: unknown[] = [data];
    while (candidates.length > 0) {
      const item = candidates.shift();
      if (Array.isArray(item)) candidates.unshift(...item);
      else if (isObject(item)) {
        objects.push(item);
        if (Array.isArray(item['@graph'])) candidates.unshift(...item['@graph']);
      }
    }
  }
  return objects;
}

/**
 * A person credited as author: a Person, or a bare `{ "name" }` reference
 * (Yoast's graph); an Organization credited as author (BBC News) is the
 * publisher, not a byline.
 */
function person(value: unknown): JsonLdAuthor[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [{ name: value.trim(), role: '', organisation: '' }];
  if (!isObject(value) || types(value).some((type) => type !== 'Person')) return [];
  const name = text(value.name);
  if (name === '') return [];
  const organisation = [value.affiliation, value.worksFor].map((org) => (isObject(org) ? text(org.name) : text(org))).find((n) => n !== '');
  return [{ name, role: text(value.jobTitle), organisation: organisation ?? '' }];
}

function types(item: JsonObject): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}
