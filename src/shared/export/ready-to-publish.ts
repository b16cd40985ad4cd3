import { authorBioFor } from '../story/author-bio';
import type { StoryCard } from '../story/related-schema';
import { relatedLinkProblem, relatedLinkState, type RelatedLinkState } from '../story/related-link-state';
import type { Byline, LeadImage, RelatedLinkInput } from '../story/story-schema';
import { schemaOrgType } from './json-ld';
import { londonDate, utcInstant } from './publish-date';

export const readyItemIds = ['publish-date', 'slug', 'lead-image', 'lead-image-alt', 'bio', 'related'] as const;
export type ReadyItemId = (typeof readyItemIds)[number];

/** required: the page is not ready without it; advised: the site is better with it (a warning). */
export type ReadyLevel = 'required' | 'advised';

/** A related link that stops the story being ready, by its index among the story's links. */
export type ReadyLinkProblem = { index: number; state: RelatedLinkState; message: string };

export type ReadyItem = {
  id: ReadyItemId;
  label: string;
  met: boolean;
  level: ReadyLevel;
  /** What is there when met, what is missing when not. */
  detail: string;
  /** The related item's offending links; [] for the other items. */
  links: ReadyLinkProblem[];
};

export type ReadyChecklist = {
  items: ReadyItem[];
  met: number;
  /** True when every required item is met. */
  ready: boolean;
};

export type ReadyStory = {
  section: string;
  publishDate: string | null;
  slug: string;
  leadImage: Pick<LeadImage, 'alt'> | null;
  authorBio: string | null;
  bylines: readonly Pick<Byline, 'name' | 'role' | 'organisation'>[];
  related: readonly RelatedLinkInput[];
};

/**
 * "Ready to publish": what the website needs of a story before it goes out,
 * one item a need, each met or not. Items that do not apply are left out:
 * the bio is asked of opinion pieces only, and the related item appears
 * once the story links a story in the store (a page given by URL is
 * already published). A linked story whose card is not known yet is not
 * judged. The app's Export tab and `copydesk check` both show this list.
 */
export function readyToPublish(
  story: ReadyStory,
  bioTemplate: string,
  cardOf: (storyId: string) => StoryCard | undefined,
): ReadyChecklist {
  const items: ReadyItem[] = [publishDateItem(story.publishDate), slugItem(story.slug), leadImageItem(story.leadImage)];
  if (schemaOrgType(story.section) === 'OpinionNewsArticle') items.push(bioItem(authorBioFor(story, bioTemplate)));
  const related = relatedItem(story.related, cardOf);
  if (related !== null) items.push(related);
  return {
    items,
    met: items.filter((item) => item.met).length,
    ready: items.every((item) => item.met || item.level === 'advised'),
  };
}

function item(id: ReadyItemId, label: string, met: boolean, detail: string, level: ReadyLevel = 'required'): ReadyItem {
  return { id, label, met, level, detail, links: [] };
}

function publishDateItem(publishDate: string | null): ReadyItem {
  const instant = utcInstant(publishDate);
  return instant === null
    ? item('publish-date', 'Publish date set', false, 'No publish date: the page carries no date and no datePublished.')
    : item('publish-date', 'Publish date set', true, londonDate(instant));
}

function slugItem(slug: string): ReadyItem {
  return slug === ''
    ? item('slug', 'Slug set', false, 'No slug, so the page has no web address: give the story a headline or a slug.')
    : item('slug', 'Slug set', true, slug);
}

function leadImageItem(leadImage: ReadyStory['leadImage']): ReadyItem {
  if (leadImage === null) {
    return item('lead-image', 'Lead image', false, 'No lead image: social and related-story cards show no picture of this story.', 'advised');
  }
  return leadImage.alt.trim() === ''
    ? item('lead-image-alt', 'Lead image has alt text', false, 'The lead image has no alt text: describe the picture for readers who cannot see it.')
    : item('lead-image-alt', 'Lead image has alt text', true, leadImage.alt.trim());
}

function bioItem(bio: string): ReadyItem {
  return bio.trim() === ''
    ? item('bio', 'Author bio', false, 'An opinion piece closes with a bio: add bylines with a role or organisation, or write one.')
    : item('bio', 'Author bio', true, bio.trim().split('\n')[0] ?? '');
}

function relatedItem(related: readonly RelatedLinkInput[], cardOf: (storyId: string) => StoryCard | undefined): ReadyItem | null {
  const label = 'Related stories live and ready';
  let stories = 0;
  const links: ReadyLinkProblem[] = [];
  related.forEach((link, index) => {
    if (link.kind !== 'story') return;
    stories += 1;
    const card = cardOf(link.storyId);
    if (card === undefined) return;
    const state = relatedLinkState(card);
    const message = relatedLinkProblem(state, card.headline);
    if (message !== null) links.push({ index, state, message });
  });
  if (stories === 0) return null;
  if (links.length === 0) {
    return item('related', label, true, stories === 1 ? 'The linked story is on the site or ready.' : `All ${stories} linked stories are on the site or ready.`);
  }
  const detail = `${links.length} of ${stories} linked ${stories === 1 ? 'story is' : 'stories are'} not live or not ready.`;
  return { ...item('related', label, false, detail), links };
}
