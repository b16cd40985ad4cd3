import { writeArticle } from './article-html';
import type { ExportInput, ExportOptions } from './export-input';
import { leadImageSchema } from './export-input';
import { quoted } from './export-warning';
import { escapeAttribute, escapeText, oneLine } from './html-escape';
import type { HtmlOutput } from './html-output';
import { addImage } from './html-output';
import { articleJsonLd, scriptSafeJson } from './json-ld';
import { utcInstant } from './publish-date';
import { stylesheetHref } from './safe-url';
import { canonicalUrl, imageUrl } from './site-urls';
import { socialCardPicture, socialCardText } from './social-card';

/** The page form: a whole document with head metadata around the article form. */
export function writePage(output: HtmlOutput, input: ExportInput, options: ExportOptions): void {
  const { story, settings } = input;
  const leadImage = input.leadImage !== null && leadImageSchema.safeParse(input.leadImage).success ? input.leadImage : null;
  const out = output.out;
  const meta = (attribute: 'name' | 'property', key: string, value: string): void => {
    if (value !== '') out.push(`<meta ${attribute}="${key}" content="${escapeAttribute(value)}">\n`);
  };

  const headline = oneLine(story.headline);
  const siteName = oneLine(settings.siteName);
  const { title: socialTitle, description } = socialCardText(story);
  const url = canonicalUrl(settings, story);
  const published = utcInstant(story.publishDate);
  const modified = utcInstant(story.contentModifiedAt);

  out.push(
    '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeText(headline === '' ? siteName : `${headline} — ${siteName}`)}</title>\n`,
  );
  meta('name', 'description', description);
  if (url === '') {
    output.warnings.push({
      code: 'no-slug',
      message: 'The story has no slug: the page has no canonical URL.',
      field: 'slug',
      path: [],
    });
  } else {
    out.push(`<link rel="canonical" href="${escapeAttribute(url)}">\n`);
  }
  if (options.stylesheetHref !== undefined) {
    const href = stylesheetHref(options.stylesheetHref);
    if (href === null) {
      output.warnings.push({
        code: 'stylesheet-not-allowed',
        message: `The stylesheet ${quoted(options.stylesheetHref)} is neither an http(s) URL nor a relative path: it is left out.`,
        field: 'options',
        path: [],
      });
    } else {
      out.push(`<link rel="stylesheet" href="${escapeAttribute(href)}">\n`);
    }
  }
  meta('property', 'og:type', 'article');
  meta('property', 'og:site_name', siteName);
  meta('property', 'og:locale', 'en_GB');
  meta('property', 'og:title', socialTitle);
  meta('property', 'og:description', description);
  meta('property', 'og:url', url);
  const picture = socialCardPicture(leadImage, settings);
  const pictureUrl = picture === null ? '' : imageUrl(settings, picture);
  if (picture !== null) {
    if (picture !== leadImage) addImage(output, picture);
    meta('property', 'og:image', pictureUrl);
    meta('property', 'og:image:width', String(picture.width));
    meta('property', 'og:image:height', String(picture.height));
    meta('property', 'og:image:alt', oneLine(picture.alt));
  }
  meta('property', 'article:published_time', published ?? '');
  meta('property', 'article:modified_time', modified ?? '');
  meta('property', 'article:section', oneLine(story.section));
  for (const tag of story.tags ?? []) meta('property', 'article:tag', oneLine(tag));
  // X reads its own tags first; they repeat the Open Graph ones so every card shows the same.
  meta('name', 'twitter:card', picture === null ? 'summary' : 'summary_large_image');
  meta('name', 'twitter:title', socialTitle);
  meta('name', 'twitter:description', description);
  meta('name', 'twitter:image', pictureUrl);
  meta('name', 'twitter:image:alt', oneLine(picture?.alt ?? ''));
  if (settings.siteLogo !== undefined) addImage(output, settings.siteLogo);
  const jsonLd = articleJsonLd(input, { description, image: picture, canonicalUrl: url, published, modified });
  out.push(`<script type="application/ld+json">${scriptSafeJson(jsonLd)}</script>\n</head>\n<body>\n<main>\n`);
  writeArticle(output, input);
  out.push('</main>\n</body>\n</html>\n');
}
