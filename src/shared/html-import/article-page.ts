import { parseDocument } from 'htmlparser2';
import { MAX_IMPORT_CHARS } from './body-import';
import { hasClass } from './dom-text';
import { readForeignPage } from './foreign-page';
import { importWarning } from './import-warning';
import { readOwnPage } from './own-page';
import { readPageMetadata } from './page-metadata';
import type { ArticlePage, ArticlePageOptions } from './page-fields';
import { withEditedPullQuotesMarked } from '../../nodes/pull-quote/imported-quotes';
import { findFirst } from './page-parts';

export type { ArticlePage } from './page-fields';

/**
 * Reads a saved article page: Copydesk's own export back into exactly the
 * story it came from, or another site's page (its h1, standfirst, bylines,
 * body, pull-quotes, bio, related links and end mark) as well as its markup
 * allows. Pure: runs anywhere htmlparser2 does.
 */
export function readArticlePage(html: string, options: ArticlePageOptions = {}): ArticlePage {
  const tooLong = html.length > MAX_IMPORT_CHARS;
  const document = parseDocument(tooLong ? html.slice(0, MAX_IMPORT_CHARS) : html, { decodeEntities: true });
  const metadata = readPageMetadata(document);
  const ownArticle = findFirst(document, (element) => element.name === 'article' && hasClass(element, 'cd-article'));
  const page = ownArticle === null ? readForeignPage(document, metadata, options) : readOwnPage(ownArticle, metadata, options);
  if (tooLong) page.warnings.push(importWarning('too-large', 'import', ''));
  return { ...page, body: withEditedPullQuotesMarked(page.body) };
}
