import { LIMITS } from '../story/story-schema';
import type { ArticlePage, ArticlePageOptions, PageByline, PageRelatedLink } from './article-page';
import type { DomElement } from './dom-nodes';
import { hasClass, plainTextOf } from './dom-text';
import { domToBodyNodes } from './html-to-body';
import { pageBaseUrl } from './link-url';
import type { PageMetadata } from './page-metadata';
import { findAll, findFirst, headlineText, oneLine, slugFromUrl, storyBody, utcDate } from './page-parts';

/**
 * Copydesk's own page (docs/export-format.md) read back field by field, so
 * that exporting the imported story gives the same bytes: every class the
 * exporter writes names the field it came from.
 */
export function readOwnPage(article: DomElement, metadata: PageMetadata, options: ArticlePageOptions): ArticlePage {
  const byClass = (root: DomElement, name: string) => findFirst(root, (element) => hasClass(element, name));
  const textOf = (root: DomElement, name: string) => {
    const element = byClass(root, name);
    return element === null ? '' : plainTextOf(element);
  };
  const headline = headlineText(textOf(article, 'cd-headline'));
  const standfirst = oneLine(textOf(article, 'cd-standfirst'), LIMITS.standfirst);
  const canonical = metadata.canonical || (metadata.meta.get('og:url') ?? '');
  const ogTitle = oneLine(metadata.meta.get('og:title') ?? '', LIMITS.socialText);
  const description = oneLine(metadata.meta.get('description') ?? '', LIMITS.socialText);
  const published = byClass(article, 'cd-published');
  const time = published === null ? null : findFirst(published, (element) => element.name === 'time');

  const bodyElement = byClass(article, 'cd-body');
  const baseUrl = pageBaseUrl(undefined, options.baseUrl ?? canonical) ?? undefined;
  const body = bodyElement === null ? { nodes: [], warnings: [] } : domToBodyNodes(bodyElement, { source: 'import', baseUrl, typography: false });
  const footer = byClass(article, 'cd-footer');
  const related = byClass(article, 'cd-related');

  return {
    own: true,
    headline,
    standfirst,
    section: oneLine(textOf(article, 'cd-section'), LIMITS.name),
    slug: slugFromUrl(canonical),
    socialHeadline: ogTitle !== '' && ogTitle !== headline ? ogTitle : '',
    socialDescription: description !== '' && description !== oneLine(standfirst, LIMITS.standfirst) ? description : '',
    publishDate: utcDate(time?.attribs.datetime),
    contentModifiedAt: utcDate(metadata.meta.get('article:modified_time')),
    tags: metadata.tags.map((tag) => oneLine(tag, LIMITS.tag)).filter((tag) => tag !== '').slice(0, LIMITS.tags),
    bylines: findAll(article, (element) => hasClass(element, 'cd-byline')).map(readByline),
    authorBio:
      footer === null
        ? ''
        : findAll(footer, (element) => hasClass(element, 'cd-bio'))
            .map((line) => plainTextOf(line))
            .join('\n'),
    body: storyBody(body.nodes),
    related: related === null ? [] : findAll(related, (element) => hasClass(element, 'cd-related-item')).flatMap(readRelatedItem),
    warnings: body.warnings,
  };
}

function readByline(line: DomElement): PageByline {
  const part = (name: string) => {
    const span = findFirst(line, (element) => hasClass(element, name));
    return span === null ? '' : oneLine(plainTextOf(span), LIMITS.name);
  };
  return { name: part('cd-byline-name'), role: part('cd-byline-role'), organisation: part('cd-byline-organisation') };
}

function readRelatedItem(item: DomElement): PageRelatedLink[] {
  const link = findFirst(item, (element) => element.name === 'a' && hasClass(element, 'cd-related-headline'));
  if (link === null) return [];
  const text = (name: string) => {
    const element = findFirst(item, (candidate) => hasClass(candidate, name));
    return element === null ? '' : plainTextOf(element);
  };
  const image = findFirst(item, (element) => element.name === 'img' && hasClass(element, 'cd-related-image'));
  return [
    {
      url: (link.attribs.href ?? '').trim(),
      headline: headlineText(plainTextOf(link)),
      standfirst: oneLine(text('cd-related-standfirst'), LIMITS.standfirst),
      byline: oneLine(text('cd-related-byline'), LIMITS.name),
      imageUrl: (image?.attribs.src ?? '').trim(),
    },
  ];
}
