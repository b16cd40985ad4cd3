import {
  boundedTextProblem,
  boundedTexts,
  leadImageChangeOf,
  leadImageChangeProblem,
  type BoundedText,
} from '../../shared/story/change-checks';
import type { LeadImage, Story, StoryChanges } from '../../shared/story/story-schema';

/** The fields the story page edits as plain values; the body has its own path (the body editor). */
export type DraftFields = Pick<
  Story,
  | 'section'
  | 'status'
  | 'headline'
  | 'standfirst'
  | 'socialHeadline'
  | 'socialDescription'
  | 'publishDate'
  | 'bylines'
  | 'leadImage'
  | 'authorBio'
  | 'tags'
  | 'related'
  | 'houseStyleIgnores'
> & {
  /** The story's own slug, or null while it follows the headline (the store derives it then). */
  slug: string | null;
};

/**
 * The story as the page shows it, without its body: the body editor holds
 * the text (it is handed the stored body once), so the page keeps no second
 * copy of it.
 */
export type ShownStory = Omit<Story, 'body'>;

export function fieldsOf(story: Story): DraftFields {
  return {
    section: story.section,
    status: story.status,
    headline: story.headline,
    standfirst: story.standfirst,
    socialHeadline: story.socialHeadline,
    socialDescription: story.socialDescription,
    publishDate: story.publishDate,
    slug: story.slugLocked ? story.slug : null,
    bylines: story.bylines,
    leadImage: story.leadImage,
    authorBio: story.authorBio,
    tags: story.tags,
    related: story.related,
    houseStyleIgnores: story.houseStyleIgnores,
  };
}

/** Why the lead image on screen cannot be saved yet (it has no alt text), or null when it can. */
export function leadImageProblem(image: LeadImage | null): string | null {
  if (image === null) return null;
  return leadImageChangeProblem(leadImageChangeOf(image));
}

/** A text a person can type past what the store keeps: kept on screen, left out of saves until it fits. */
function isBoundedText(key: keyof DraftFields): key is BoundedText {
  return (boundedTexts as readonly string[]).includes(key);
}

/** Whether the store would take this text for the field. */
function storable(key: BoundedText, value: string): boolean {
  return boundedTextProblem(key, value) === null;
}

/**
 * A field as a save takes it: a byline's name is the directory's, so only the
 * author's id goes; a lead image goes by its content address, and only once
 * it has alt text (until then the one saved before stays); a text longer than
 * the store takes stays on screen and out of the save, so the rest still saves.
 */
export function changeOf<K extends keyof DraftFields>(key: K, value: DraftFields[K]): StoryChanges {
  if (key === 'bylines') {
    const bylines = value as DraftFields['bylines'];
    return { bylines: bylines.map(({ authorId, role, organisation }) => ({ authorId, role, organisation })) };
  }
  if (key === 'leadImage') {
    const image = value as DraftFields['leadImage'];
    if (image === null) return { leadImage: null };
    return leadImageProblem(image) === null ? { leadImage: leadImageChangeOf(image) } : {};
  }
  if (isBoundedText(key) && !storable(key, value as string)) return {};
  return { [key]: value };
}
