import { z } from 'zod';
import { idSchema } from '../../story/story-schema';
import { LIMITS } from '../../story/story-constants';
import { linkingStorySchema, relatedSuggestionSchema, storyCardSchema, tagUseSchema } from '../../story/related-schema';
import { byId, operation } from './operation';

/** Links between stories (their cards, suggestions, the stories linking back) and the tags the suggestions weigh. */
export const relatedOperations = {
  storyCards: operation(
    z.object({ ids: z.array(idSchema).max(LIMITS.related * 2, { error: `at most ${LIMITS.related * 2} stories at once` }) }).strict(),
    z.array(storyCardSchema),
    'Cards for the given stories, in order, as they are now (a story deleted for good is "missing"): the headlines of related stories a kept version links to.',
  ),
  resolveRelated: operation(
    byId,
    z.array(storyCardSchema),
    'Cards for the stories a story links to, in order, as they are now (a story deleted for good is "missing").',
  ),
  suggestRelated: operation(
    z.object({ storyId: idSchema, limit: z.number().int().min(1).max(20).default(8) }).strict(),
    z.array(relatedSuggestionSchema),
    'Stories to link, best first by shared tags and text similarity; never the story itself or one it links to.',
  ),
  listLinkingStories: operation(
    z.object({ storyId: idSchema }).strict(),
    z.array(linkingStorySchema),
    'The stories that link to a story (asked before deleting it for good).',
  ),
  listTags: operation(
    z
      .object({
        prefix: z.string().max(LIMITS.tag, { error: `Tag is too long (at most ${LIMITS.tag} characters)` }).default(''),
        limit: z.number().int().min(1).max(50).default(10),
      })
      .strict(),
    z.array(tagUseSchema),
    'Tags in use starting with a prefix (ignoring case), the most used first.',
  ),
} as const;
