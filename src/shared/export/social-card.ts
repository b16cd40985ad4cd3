import type { Settings } from '../settings/settings-schema';
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
