import { z } from 'zod';
import { idSchema, workflowStatusSchema } from './story-schema';

/** Where a linked story stands now: a link to a story deleted for good is kept but shown as missing. */
export const linkedStoryPlaces = ['active', 'archived', 'trash', 'missing'] as const;
export type LinkedStoryPlace = (typeof linkedStoryPlaces)[number];

/** A story in the store as a related-story card shows it: always its current headline, never a copy. */
export const storyCardSchema = z.object({
  storyId: idSchema,
  place: z.enum(linkedStoryPlaces),
  headline: z.string(),
  standfirst: z.string(),
  section: z.string(),
  status: workflowStatusSchema.nullable(),
  bylineNames: z.array(z.string()),
});
export type StoryCard = z.infer<typeof storyCardSchema>;

export const relatedSuggestionSchema = z.object({
  card: storyCardSchema,
  /** Why it is suggested, for a person: "3 shared tags · similar text". */
  reason: z.string(),
  sharedTags: z.array(z.string()),
});
export type RelatedSuggestion = z.infer<typeof relatedSuggestionSchema>;

export const linkingStorySchema = z.object({
  id: idSchema,
  headline: z.string(),
  place: z.enum(['active', 'archived', 'trash']),
});
export type LinkingStory = z.infer<typeof linkingStorySchema>;

export const tagUseSchema = z.object({ tag: z.string(), stories: z.number().int().nonnegative() });
export type TagUse = z.infer<typeof tagUseSchema>;
