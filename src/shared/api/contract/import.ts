import { z } from 'zod';
import { idSchema, sectionNameSchema, storySchema, workflowStatusSchema } from '../../story/story-schema';
import { LIMITS } from '../../story/story-constants';
import { operation } from './operation';

/** The largest Word document or web page imported as a story (its base64 still fits the browser preview's request limit). */
export const MAX_STORY_FILE_BYTES = 40 * 1024 * 1024;

/** Where an import of a story file has got to; `done` of `total` counts the stage's steps (pictures while storing them). */
export const importProgressSchema = z.object({
  stage: z.enum(['reading', 'converting', 'storing-images', 'saving', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;
/** The live story whose slug an imported page carries: updated only when asked, and when ready or exported only when named. */
export const slugMatchSchema = z.object({
  storyId: idSchema,
  slug: z.string(),
  headline: z.string(),
  status: workflowStatusSchema,
  exported: z.boolean(),
  /** Ready or exported: replaced only when the person names it. */
  published: z.boolean(),
});
export type SlugMatch = z.infer<typeof slugMatchSchema>;
/** Chosen by the caller of importStoryFile so it can ask getImportProgress while the import runs. */
const importIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'importId must be 8 to 64 letters, digits or hyphens' });

/** Word documents and web pages brought in as stories, from the app (their bytes) or the command line (their paths). */
export const importOperations = {
  importStoryFile: operation(
    z
      .object({
        fileName: z.string().max(LIMITS.name),
        bytes: z
          .instanceof(Uint8Array, { error: 'bytes must be the file’s contents' })
          .refine((bytes) => bytes.byteLength > 0, { error: 'The file is empty.' })
          .refine((bytes) => bytes.byteLength <= MAX_STORY_FILE_BYTES, {
            error: `The file is larger than ${MAX_STORY_FILE_BYTES / 1024 / 1024} MB, too large for one story. Split it, or make its pictures smaller.`,
          }),
        importId: importIdSchema.optional(),
        /** The story to update with this page (the page must carry its slug); else a page with a live story's slug comes in as a new draft. */
        updateStoryId: idSchema.optional(),
      })
      .strict(),
    z.object({
      story: storySchema,
      notes: z.array(z.string()),
      action: z.enum(['created', 'updated']),
      match: slugMatchSchema.nullable(),
    }),
    'Import a Word document (.docx) or a web page (.html), told apart by its bytes (anything else is refused), as a new story with its pictures; notes say what was left out or changed. A page whose slug is a live story\'s comes in as a new draft with a note and `match`, unless updateStoryId names that story (it keeps a revision). Nothing is stored when it fails.',
  ),
  importStoriesFromPaths: operation(
    z
      .object({
        /** Whole paths of web pages (.html) and Word documents (.docx). */
        files: z.array(z.string().min(1)).min(1),
        section: sectionNameSchema.optional(),
        /** Where the saved pages came from, for their relative links. */
        baseUrl: z.string().optional(),
        /** A page whose slug is a draft's (in edit or draft, never exported) updates it. */
        updateDrafts: z.boolean().default(false),
        /** The slugs of stories the pages carrying them replace, whatever their status. */
        replace: z.array(z.string()).default([]),
      })
      .strict(),
    z.object({
      imported: z.array(
        z.object({
          file: z.string(),
          id: idSchema,
          slug: z.string(),
          headline: z.string(),
          action: z.enum(['created', 'updated']),
          warnings: z.array(z.string()),
        }),
      ),
      /** Pictures brought into the profile with the stories. */
      pictures: z.number().int().nonnegative(),
    }),
    'The command line’s import: files read by path, each a new story or an update of the story whose slug it carries, all or none; refused from the app and the preview, which send a file’s bytes to importStoryFile.',
  ),
  getImportProgress: operation(
    z.object({ importId: importIdSchema }).strict(),
    importProgressSchema.nullable(),
    'How far the running importStoryFile with this importId has got (null before it starts and after it ends); asked while it runs.',
  ),
} as const;
