import { z } from 'zod';
import {
  headlineSchema,
  idSchema,
  listStoriesInputSchema,
  saveAckSchema,
  sectionNameSchema,
  slugCheckSchema,
  slugSchema,
  standfirstSchema,
  storyChangesSchema,
  storySchema,
  storySummarySchema,
} from '../../story/story-schema';
import { LIMITS } from '../../story/story-constants';
import { byId, operation } from './operation';

/** The library's stories: listing, reading, creating, saving, slugs and the story's life from draft to trash and deletion for good. */
export const storyOperations = {
  listStories: operation(
    listStoriesInputSchema,
    z.object({ total: z.number().int().nonnegative(), rows: z.array(storySummarySchema) }),
    'One page of the library, filtered, sorted or searched.',
  ),
  getStory: operation(byId, storySchema, 'A whole story.'),
  createStory: operation(
    z
      .object({
        section: sectionNameSchema.optional(),
        headline: headlineSchema.optional(),
        standfirst: standfirstSchema.optional(),
      })
      .strict(),
    storySchema,
    'A new draft.',
  ),
  saveStory: operation(
    z.object({ id: idSchema, baseRevision: z.number().int().nonnegative(), changes: storyChangesSchema }).strict(),
    saveAckSchema,
    'Apply the fields that changed (the body whole when it did) as a new revision; the reply acknowledges it (docs/saving.md). Refused with a conflict when baseRevision is not the stored revision.',
  ),
  checkSlug: operation(
    z.object({ storyId: idSchema, slug: slugSchema }).strict(),
    slugCheckSchema,
    'Whether a story may take a slug (or which live story has it), and the slug its latest export went out under.',
  ),
  findStoryBySlug: operation(
    z.object({ slug: z.string().max(LIMITS.slug) }).strict(),
    z.object({ id: idSchema }).nullable(),
    'The live story (archived and trashed ones too) that has a slug, or null: the command line names stories by slug.',
  ),
  duplicateStory: operation(byId, storySchema, 'A new draft copied from a story.'),
  archiveStory: operation(byId, storySchema, 'Hide a story from the default list.'),
  unarchiveStory: operation(byId, storySchema, 'Bring an archived story back to the list.'),
  trashStory: operation(byId, storySchema, 'Move a story to the trash (restorable).'),
  restoreStory: operation(byId, storySchema, 'Take a story out of the trash.'),
  deleteStoryForever: operation(
    byId,
    z.object({
      id: idSchema,
      /** Backups (and databases a restore moved aside) the story was purged from too. */
      backupsCleaned: z.array(z.string()),
      /** Copies it could not be purged from, with the reason: the person must delete those files by hand. */
      backupsNotCleaned: z.array(z.object({ name: z.string(), reason: z.string() })),
      /**
       * True while another program reading the library (another window, the
       * preview, the command line) still holds an older view of it: the text
       * then stays in the write-ahead log until it lets go, and is scrubbed
       * from it in the background seconds after.
       */
      walScrubPending: z.boolean(),
      /** Image files nothing refers to any more that were removed (the story's own, from the profile and its backups). */
      imagesRemoved: z.array(z.string()),
    }),
    'Purge a story and its revisions for good, leaving only a tombstone, from the database and from every backup in the profile, with the pictures only it used.',
  ),
} as const;
