import { parseDocument } from 'htmlparser2';
import type { SerializedImageNode } from '../nodes/custom-nodes';
import type { StoryBody } from '../story/story-schema';
import { MAX_IMPORT_CHARS } from './body-import';
import { hasClass } from './dom-text';
import { readForeignPage } from './foreign-page';
import type { ImportWarning } from './import-warning';
import { importWarning } from './import-warning';
import { readOwnPage } from './own-page';
import { readPageMetadata } from './page-metadata';
import { withEditedPullQuotesMarked } from '../pull-quote/imported-quotes';
import { findFirst } from './page-parts';

export type PageByline = { name: string; role: string; organisation: string };

/** A related story as the page lists it; the importer decides whether it is one of the store's. */
export type PageRelatedLink = { url: string; headline: string; standfirst: string; byline: string; imageUrl: string };

/** A whole article page read back into a story's fields (docs/html-import.md, "Whole pages"). */
/**
 * Our own page's lead image: one of our stored pictures (named by its content
 * address), one that is not (`unreadable`), or none. Another site's picture
 * is never taken: it would be a hot link.
 */
export type PageLeadImage = { kind: 'image'; image: SerializedImageNode } | { kind: 'unreadable' } | null;

export type ArticlePage = {
  /** Whether the page is Copydesk's own export (`article.cd-article`), read exactly, or another site's, read as well as its markup allows. */
  own: boolean;
  headline: string;
  standfirst: string;
  /** The section the page names ('' when none). */
  section: string;
  /** From the canonical URL's last segment, when it is a valid slug; '' otherwise. */
  slug: string;
  /** Our own pages only: og:title and the description when they differ from the headline and standfirst. */
  socialHeadline: string;
  socialDescription: string;
  /** UTC ISO instants, or null. */
  publishDate: string | null;
  contentModifiedAt: string | null;
  tags: string[];
  bylines: PageByline[];
  /** The bio's lines joined by newlines; '' for none. */
  authorBio: string;
  leadImage: PageLeadImage;
  body: StoryBody;
  related: PageRelatedLink[];
  warnings: ImportWarning[];
};

export type ArticlePageOptions = {
  /** Where the page came from, for its relative links; else its canonical URL is used. */
  baseUrl?: string;
};

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
