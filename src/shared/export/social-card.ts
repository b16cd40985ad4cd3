import type { Settings, SocialImage } from '../settings/settings-schema';
import type { LeadImage } from '../story/story-schema';
import { oneLine } from './html-escape';

type SocialText = { headline: string; standfirst: string; socialHeadline: string; socialDescription: string };

/**
 * What a shared link shows, as the page's Open Graph tags give it: the social
 * headline or else the headline, the social description or else the standfirst.
 */
export function socialCardText(story: SocialText): { title: string; description: string } {
  return {
    title: oneLine(story.socialHeadline) || oneLine(story.headline),
    description: oneLine(story.socialDescription) || oneLine(story.standfirst),
  };
}

/** The site a card names: its name and the host of its base URL ("www.example.org"); settings are validated when loaded. */
export function socialCardSite(settings: Pick<Settings, 'siteName' | 'siteBaseUrl'>): { name: string; domain: string } {
  return { name: oneLine(settings.siteName), domain: new URL(settings.siteBaseUrl).host };
}

/** The picture a card shows: the lead image, else the settings' fallback social image, else none. */
export function socialCardPicture(leadImage: LeadImage | null, settings: Pick<Settings, 'socialImage'>): LeadImage | SocialImage | null {
  return leadImage ?? settings.socialImage ?? null;
}
