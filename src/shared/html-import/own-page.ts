import { LIMITS } from '../story/story-constants';
import type { ArticlePage, ArticlePageOptions, PageByline, PageLeadImage, PageRelatedLink } from './page-fields';
import { isElement, isText, type DomElement, type DomNode } from './dom-nodes';
import { hasClass } from './dom-text';
import { domToBodyNodes } from './html-to-body';
import { pageBaseUrl } from './link-url';
import { readImage } from '../../nodes/image/image-markup';
import type { PageMetadata } from './page-metadata';
import { findAll, findFirst, oneLine, slugFromUrl, storyBody, utcDate } from './page-parts';

/**
 * The text exactly as the exporter wrote it (entities decoded, white space
 * as it is): the exporter only trims and escapes, so this is the field.
 */
function exactText(element: DomElement): string {
  const parts: string[] = [];
  const stack: DomNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (isText(node)) parts.push(node.data);
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as DomNode);
  }
  return parts.join('');
}

/**
 * Copydesk's own page (docs/export-format.md) read back field by field, so
 * that exporting the imported story gives the same bytes: every class the
 * exporter writes names the field it came from.
 */
export function readOwnPage(article: DomElement, metadata: PageMetadata, options: ArticlePageOptions): ArticlePage {
  const byClass = (root: DomElement, name: string) => findFirst(root, (element) => hasClass(element, name));
  const textOf = (root: DomElement, name: string) => {
    const element = byClass(root, name);
    return element === null ? '' : exactText(element);
  };
  const headline = textOf(article, 'cd-headline').slice(0, LIMITS.headline);
  const standfirst = textOf(article, 'cd-standfirst').slice(0, LIMITS.standfirst);
  const canonical = metadata.canonical || (metadata.meta.get('og:url') ?? '');
  const ogTitle = oneLine(metadata.meta.get('og:title') ?? '', LIMITS.socialText);
  const description = oneLine(metadata.meta.get('description') ?? '', LIMITS.socialText);
  const published = byClass(article, 'cd-published');
  const time = published === null ? null : findFirst(published, (element) => element.name === 'time');

  const bodyElement = byClass(article, 'cd-body');
  const baseUrl = pageBaseUrl(undefined, options.baseUrl ?? canonical) ?? undefined;
  const body = bodyElement === null ? { nodes: [], warnings: [] } : domToBodyNodes(bodyElement, { source: 'import', baseUrl, typography: false, page: article });
  const footer = byClass(article, 'cd-footer');
  const related = byClass(article, 'cd-related');

  return {
    own: true,
    headline,
    standfirst,
    sectionLabels: [textOf(article, 'cd-section').slice(0, LIMITS.name)].filter((label) => label !== ''),
    slug: slugFromUrl(canonical),
    socialHeadline: ogTitle !== '' && ogTitle !== oneLine(headline, LIMITS.headline) ? ogTitle : '',
    socialDescription: description !== '' && description !== oneLine(standfirst, LIMITS.standfirst) ? description : '',
    publishDate: utcDate(time?.attribs.datetime),
    contentModifiedAt: utcDate(metadata.meta.get('article:modified_time')),
    tags: metadata.tags.map((tag) => oneLine(tag, LIMITS.tag)).filter((tag) => tag !== '').slice(0, LIMITS.tags),
    bylines: findAll(article, (element) => hasClass(element, 'cd-byline')).map(readByline),
    authorBio:
      footer === null
        ? ''
        : findAll(footer, (element) => hasClass(element, 'cd-bio'))
            .map((line) => exactText(line))
            .join('\n'),
    leadImage: readLeadImage(article),
    body: storyBody(body.nodes),
    related: related === null ? [] : findAll(related, (element) => hasClass(element, 'cd-related-item')).flatMap(readRelatedItem),
    warnings: body.warnings,
  };
}

function readLeadImage(article: DomElement): PageLeadImage {
  const figure = findFirst(article, (element) => element.name === 'figure' && hasClass(element, 'cd-lead-image'));
  if (figure === null) return null;
  const image = readImage(figure, false);
  return image === null ? { kind: 'unreadable' } : { kind: 'image', image };
}

function readByline(line: DomElement): PageByline {
  const part = (name: string) => {
    const span = findFirst(line, (element) => hasClass(element, name));
    return span === null ? '' : exactText(span).slice(0, LIMITS.name);
  };
  return { name: part('cd-byline-name'), role: part('cd-byline-role'), organisation: part('cd-byline-organisation') };
}

function readRelatedItem(item: DomElement): PageRelatedLink[] {
  const link = findFirst(item, (element) => element.name === 'a' && hasClass(element, 'cd-related-headline'));
  if (link === null) return [];
  const text = (name: string) => {
    const element = findFirst(item, (candidate) => hasClass(candidate, name));
    return element === null ? '' : exactText(element);
  };
  const image = findFirst(item, (element) => element.name === 'img' && hasClass(element, 'cd-related-image'));
  return [
    {
      url: (link.attribs.href ?? '').trim(),
      headline: exactText(link).slice(0, LIMITS.headline),
      standfirst: text('cd-related-standfirst').slice(0, LIMITS.standfirst),
      byline: text('cd-related-byline').slice(0, LIMITS.name),
      imageUrl: (image?.attribs.src ?? '').trim(),
    },
  ];
}
