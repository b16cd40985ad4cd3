import type { SerializedImageNode } from '../../nodes/image/image-schema';
import { imageFileName } from '../../nodes/image/image-names';
import type { Settings } from '../settings/settings-schema';
import { slugify } from '../text/slug';
import { baseUrl } from './safe-url';

type SiteUrlSettings = Pick<Settings, 'siteBaseUrl' | 'canonicalUrlPattern' | 'assetBaseUrl'>;

function requiredBase(raw: string, name: string): string {
  const base = baseUrl(raw);
  // Settings are validated when loaded; reaching this is a caller's bug.
  if (base === null) throw new Error(`The settings' ${name} must be an http or https URL`);
  return base;
}

/**
 * A story's public URL: the site base URL + the settings' pattern with
 * {section} (slugified) and {slug} filled in. Empty when the slug is.
 */
export function canonicalUrl(settings: SiteUrlSettings, story: { section: string; slug: string }): string {
  if (story.slug.trim() === '') return '';
  const path = settings.canonicalUrlPattern
    .replaceAll('{section}', slugify(story.section))
    .replaceAll('{slug}', encodeURIComponent(story.slug))
    .replace(/\/{2,}/g, '/');
  return new URL(requiredBase(settings.siteBaseUrl, 'siteBaseUrl') + path).href;
}

/** Where the website serves an image: the asset base URL + images/<sha256>.<ext>. */
export function imageUrl(settings: Pick<Settings, 'assetBaseUrl'>, image: Pick<SerializedImageNode, 'sha256' | 'ext'>): string {
  return `${requiredBase(settings.assetBaseUrl, 'assetBaseUrl')}/${imageFileName(image)}`;
}
