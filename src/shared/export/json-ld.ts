import type { SiteImage } from '../settings/settings-schema';
import type { ExportInput } from './export-input';
import { cleanText, oneLine } from './html-escape';
import { imageUrl } from './site-urls';

export type SchemaOrgArticleType = 'OpinionNewsArticle' | 'AnalysisNewsArticle' | 'NewsArticle';

/** The schema.org type for a section (docs/export-format.md, JSON-LD). */
export function schemaOrgType(section: string): SchemaOrgArticleType {
  switch (section.trim().toLowerCase()) {
    case 'opinion':
      return 'OpinionNewsArticle';
    case 'analysis':
      return 'AnalysisNewsArticle';
    default:
      return 'NewsArticle';
  }
}

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** JSON that cannot end its <script> element or break a JavaScript parser. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!);
}

export interface ArticleFacts {
  description: string;
  /** The page's picture: the lead image, else the settings' fallback social image. */
  image: SiteImage | null;
  canonicalUrl: string;
  published: string | null;
  modified: string | null;
}

/** The schema.org article, keys in a fixed order, a key left out when it has no value. */
export function articleJsonLd(input: ExportInput, facts: ArticleFacts): Record<string, unknown> {
  const { story, settings } = input;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaOrgType(story.section),
  };
  const headline = oneLine(story.headline);
  if (headline !== '') data.headline = headline;
  if (facts.description !== '') data.description = facts.description;
  if (facts.canonicalUrl !== '') {
    data.url = facts.canonicalUrl;
    data.mainEntityOfPage = facts.canonicalUrl;
  }
  data.inLanguage = 'en-GB';
  const section = oneLine(story.section);
  if (section !== '') data.articleSection = section;
  if (facts.image !== null) data.image = imageObject(settings, facts.image);
  const authors = story.bylines.filter((b) => oneLine(b.name) !== '').map(person);
  if (authors.length > 0) data.author = authors;
  data.publisher = {
    '@type': 'Organization',
    name: oneLine(settings.siteName),
    url: settings.siteBaseUrl,
    ...(settings.siteLogo === undefined ? {} : { logo: imageObject(settings, settings.siteLogo) }),
  };
  if (facts.published !== null) data.datePublished = facts.published;
  if (facts.modified !== null) data.dateModified = facts.modified;
  return data;
}

function person(byline: ExportInput['story']['bylines'][number]): Record<string, unknown> {
  const data: Record<string, unknown> = { '@type': 'Person', name: oneLine(byline.name) };
  const role = oneLine(byline.role);
  if (role !== '') data.jobTitle = role;
  const organisation = oneLine(byline.organisation);
  if (organisation !== '') data.affiliation = { '@type': 'Organization', name: cleanText(organisation) };
  return data;
}

function imageObject(settings: ExportInput['settings'], image: SiteImage): Record<string, unknown> {
  return { '@type': 'ImageObject', url: imageUrl(settings, image), width: image.width, height: image.height };
}
