import { z } from 'zod';
import { idSchema } from '../../story/story-schema';
import { exportFormSchema } from '../../export/export-input';
import { exportWarningCodes } from '../../export/export-warning';
import { operation } from './operation';

const exportWarningSchema = z.object({
  code: z.enum(exportWarningCodes),
  message: z.string(),
  field: z.enum(['headline', 'publishDate', 'slug', 'leadImage', 'body', 'related', 'options']),
  path: z.array(z.number().int()),
});

/** A story's website HTML: previewed, copied, saved as a file, or written into a folder in batches. */
export const exportOperations = {
  exportStory: operation(
    z.object({ id: idSchema, form: exportFormSchema }).strict(),
    z.object({ html: z.string(), warnings: z.array(exportWarningSchema) }),
    'The story’s website HTML in one form (docs/export-format.md), for the preview; nothing is logged.',
  ),
  recordExport: operation(
    z.object({ id: idSchema, form: exportFormSchema, destination: z.enum(['clipboard', 'file']) }).strict(),
    z.object({ id: idSchema }),
    'Log that the story was copied or saved; the story itself is not changed.',
  ),
  writeClipboard: operation(
    z.object({ html: z.string().optional(), text: z.string() }).strict(),
    z.object({ written: z.literal(true) }),
    'Put text (and, when given, the same as rich HTML) on the system clipboard; the clipboard goes through the main process.',
  ),
  saveExportFile: operation(
    z.object({ id: idSchema, form: exportFormSchema }).strict(),
    z.union([z.object({ path: z.string() }), z.object({ cancelled: z.literal(true) })]),
    'Ask where to save the story’s HTML (a native dialog), write it with its images beside it, and log the export.',
  ),
  exportStoriesToFolder: operation(
    z
      .object({
        ids: z.array(idSchema).min(1).max(50),
        /**
         * A folder an earlier call of this batch returned; absent: ask for one
         * in a folder dialog. The browser preview has none: there it is the
         * folder the person typed (a whole path outside the profile).
         */
        folder: z.string().optional(),
      })
      .strict(),
    z.union([
      z.object({
        folder: z.string(),
        results: z.array(
          z.object({
            id: idSchema,
            headline: z.string(),
            file: z.string().nullable(),
            warnings: z.array(z.string()),
            error: z.string().nullable(),
          }),
        ),
      }),
      z.object({ cancelled: z.literal(true) }),
    ]),
    'Export stories as pages, with their images, into a folder, and log each export; call again with the returned folder for the next batch.',
  ),
  exportStoriesToPath: operation(
    z
      .object({
        ids: z.array(idSchema).min(1),
        /** A whole path; made when missing. */
        folder: z.string().min(1),
        form: exportFormSchema,
        /** Page form only: the href of a <link rel="stylesheet">. */
        stylesheetHref: z.string().optional(),
      })
      .strict(),
    z.array(
      z.object({
        id: idSchema,
        slug: z.string(),
        file: z.string(),
        warnings: z.array(exportWarningSchema),
        /** Image files the story uses that are missing from the profile (the HTML still refers to them). */
        missingImages: z.array(z.string()),
      }),
    ),
    'The command line’s export: stories written into a folder named by its path, with their images, each export logged; refused from the app and the preview, which choose folders through exportStoriesToFolder.',
  ),
} as const;
