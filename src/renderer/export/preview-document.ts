import type { ExportForm } from '../../shared/export/export-input';

export type PreviewPlaces = {
  /** The settings' asset base URL: where the website will serve images/<sha256>.<ext>. */
  assetBaseUrl: string;
  /** The app's own origin, which serves the profile's images under /images/. */
  appOrigin: string;
  /** The site stylesheet at a same-origin URL. */
  stylesheetUrl: string;
};

/** Stands in for a picture from another site: the app never loads remote content. */
export const REMOTE_IMAGE_PLACEHOLDER =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">' +
      '<rect width="320" height="180" fill="#eceef1"/>' +
      '<path d="M120 120l30-36 22 26 14-16 34 26z" fill="#c3c8cf"/><circle cx="196" cy="70" r="11" fill="#c3c8cf"/>' +
      '</svg>',
  );

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The exported HTML as a document for the preview frame: styled by the site
 * stylesheet, the story's own images shown from the profile, and any other
 * picture (an external related story's) replaced by a placeholder. The HTML
 * itself is the exporter's, unchanged otherwise.
 */
export function previewDocument(html: string, form: ExportForm, places: PreviewPlaces): string {
  const assetBase = escapeAttribute(places.assetBaseUrl.replace(/\/+$/, ''));
  const localImages = escapeAttribute(`${places.appOrigin}/images/`);
  const withImages = html
    .replaceAll(`src="${assetBase}/images/`, `src="${localImages}`)
    .replace(/<img([^>]*?) src="([^"]*)"/g, (tag, before: string, src: string) =>
      src.startsWith(localImages) ? tag : `<img${before} src="${REMOTE_IMAGE_PLACEHOLDER}"`,
    );
  const link = `<link rel="stylesheet" href="${escapeAttribute(places.stylesheetUrl)}">`;
  if (form === 'page') return withImages.replace('</head>', `${link}\n</head>`);
  // The body form has no container of its own; the site's CMS would supply one.
  const content = form === 'body' ? `<article class="cd-article"><div class="cd-body">\n${withImages}</div></article>` : withImages;
  return `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Preview</title>\n${link}\n</head>\n<body>\n${content}</body>\n</html>\n`;
}
