import type { Settings } from '../settings/settings-schema';
import type { Byline, RelatedLinkInput } from '../story/story-schema';
import type { LeadImage, RelatedCard } from './export-input';
import { canonicalUrl, imageUrl } from './site-urls';

type ExternalLink = Extract<RelatedLinkInput, { kind: 'external' }>;

/** Names as a byline line: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  const kept = names.map((n) => n.trim()).filter((n) => n !== '');
  if (kept.length <= 1) return kept.join('');
  return `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`;
}

/** The card for a story in the store: its canonical URL and lead image, as the site will serve them. */
export function relatedCardForStory(
  settings: Pick<Settings, 'siteBaseUrl' | 'canonicalUrlPattern' | 'assetBaseUrl'>,
  story: { section: string; slug: string; headline: string; standfirst: string; bylines: Pick<Byline, 'name'>[] },
  leadImage: Pick<LeadImage, 'sha256' | 'ext'> | null,
): RelatedCard {
  return {
    url: canonicalUrl(settings, story),
    headline: story.headline,
    standfirst: story.standfirst,
    byline: joinNames(story.bylines.map((b) => b.name)),
    imageUrl: leadImage === null ? '' : imageUrl(settings, leadImage),
  };
}

/** The card for an already-published story given by URL. */
export function relatedCardForExternal(link: ExternalLink): RelatedCard {
  return { url: link.url, headline: link.headline, standfirst: link.standfirst, byline: link.byline, imageUrl: link.imageUrl };
}
