import type { SerializedImageNode } from '../../nodes/image/image-schema';
import type { StoryBody } from '../story/story-schema';
import type { ImportWarning } from './import-warning';

export type PageByline = { name: string; role: string; organisation: string };

/** A related story as the page lists it; the importer decides whether it is one of the store's. */
export type PageRelatedLink = { url: string; headline: string; standfirst: string; byline: string; imageUrl: string };

/**
 * Our own page's lead image: one of our stored pictures (named by its content
 * address), one that is not (`unreadable`), or none. Another site's picture
 * is never taken: it would be a hot link.
 */
export type PageLeadImage = { kind: 'image'; image: SerializedImageNode } | { kind: 'unreadable' } | null;

/** A whole article page read back into a story's fields (docs/html-import.md, "Whole pages"). */
export type ArticlePage = {
  /** Whether the page is Copydesk's own export (`article.cd-article`), read exactly, or another site's, read as well as its markup allows. */
  own: boolean;
  headline: string;
  standfirst: string;
  /**
   * What the page calls its section, most telling first (our own page: its
   * one section); the importer files the story in the first that names a
   * section of the settings.
   */
  sectionLabels: string[];
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
