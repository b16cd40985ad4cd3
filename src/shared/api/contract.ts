import { z } from 'zod';
import { settingsSchema } from '../settings/settings-schema';
import { authorChangesSchema, authorFieldsSchema, authorSchema, headlineSchema, idSchema, listStoriesInputSchema, saveAckSchema, sectionNameSchema, slugCheckSchema, slugSchema, standfirstSchema, storyChangesSchema, storySchema, storySummarySchema, workflowStatusSchema } from '../story/story-schema';
import { LIMITS } from '../story/story-constants';
import { backupInfoSchema } from '../backup/backup-schema';
import { commandIds } from '../commands/command-list';
import { linkingStorySchema, relatedSuggestionSchema, storyCardSchema, tagUseSchema } from '../story/related-schema';
import { revisionReasonSchema, revisionSchema, revisionSummarySchema } from '../story/revision-schema';
import { imageExtensions } from '../../nodes/image/image-names';
import { exportFormSchema } from '../export/export-input';
import { exportWarningCodes } from '../export/export-warning';
import type { HouseStyleRules } from '../house-style';
import { houseWordEntrySchema, houseWordSchema, MAX_HOUSE_WORD_LENGTH, normaliseHouseWord } from '../spelling/house-words';
import type { ApiResult } from './api-error';

const noInput = z.object({}).strict();

/** The largest image file Copydesk stores (a full-resolution photo is well under it). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** The largest Word document or web page imported as a story (its base64 still fits the browser preview's request limit). */
export const MAX_STORY_FILE_BYTES = 40 * 1024 * 1024;

/** The largest house-style rules file read or copied into a profile (the built-in rules are under 50 KB). */
export const MAX_RULES_FILE_BYTES = 2 * 1024 * 1024;

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
const byId = z.object({ id: idSchema }).strict();

const exportWarningSchema = z.object({
  code: z.enum(exportWarningCodes),
  message: z.string(),
  field: z.enum(['headline', 'publishDate', 'slug', 'leadImage', 'body', 'related', 'options']),
  path: z.array(z.number().int()),
});

function operation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) {
  return { input, output, summary };
}

/**
 * Every operation, defined once. The main process validates each input
 * against it, whichever door it came through; the preload and the browser
 * preview expose exactly these names, and the command line calls them too;
 * the renderer's types come from here. The few that name paths on the
 * machine (exportStoriesToPath, importStoriesFromPaths) are the command
 * line's: the app and the preview are refused them.
 */
export const operations = {
  getAppInfo: operation(
    noInput,
    z.object({
      appVersion: z.string(),
      profileDir: z.string(),
      databaseFile: z.string(),
      settingsFile: z.string(),
      schemaVersion: z.number().int(),
      /** Whether a native dialog picks the folder of a batch export; false in the browser preview, where the person types it. */
      folderDialog: z.boolean(),
    }),
    'Where the profile lives and which versions are running.',
  ),
  getSettings: operation(noInput, settingsSchema, 'The validated settings of the profile.'),
  getHouseStyleRules: operation(
    noInput,
    z.object({
      /** 'built-in', or the settings' path of the profile's rules file. */
      source: z.string(),
      rules: z.custom<HouseStyleRules>(),
      /** Why the profile's rules file is not in use (the built-in rules are). */
      error: z.string().optional(),
    }),
    'The house-style rules in use (loaded at start), as plain data for the checker, and any problem with the profile’s rules file.',
  ),
  saveSettings: operation(
    settingsSchema,
    settingsSchema,
    'Validate and write the profile’s settings file (whole or not at all); the app uses them at once. A rules file must be inside the profile folder.',
  ),
  importHouseStyleRules: operation(
    z
      .object({
        fileName: z.string().max(LIMITS.name),
        bytes: z
          .instanceof(Uint8Array, { error: 'bytes must be the file’s contents' })
          .refine((bytes) => bytes.byteLength > 0, { error: 'The file is empty.' })
          .refine((bytes) => bytes.byteLength <= MAX_RULES_FILE_BYTES, {
            error: `The file is larger than ${MAX_RULES_FILE_BYTES / 1024 / 1024} MB, more than any rules file needs. Choose the JSON file of house-style rules.`,
          }),
      })
      .strict(),
    z.object({ path: z.string() }),
    'Copy a rules file the person picked into the profile (house-rules/<name>.json) once its rules are valid; the path to put in the settings. Nothing is copied when it is not valid.',
  ),

  listStories: operation(
    listStoriesInputSchema,
    z.object({ total: z.number().int().nonnegative(), rows: z.array(storySummarySchema) }),
    'One page of the library, filtered, sorted or searched.',
  ),
  getStory: operation(byId, storySchema, 'A whole story.'),
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

  listRevisions: operation(
    z.object({ storyId: idSchema }).strict(),
    z.array(revisionSummarySchema),
    'A story’s kept versions, newest first, each with its time, word count and change in words.',
  ),
  getRevision: operation(byId, revisionSchema, 'One kept version with its whole content.'),
  recordRevision: operation(
    z.object({ storyId: idSchema, reason: revisionReasonSchema }).strict(),
    z.object({ recorded: z.boolean(), revision: revisionSummarySchema }),
    'Keep the story’s current content as a version (skipped when it equals the newest kept one).',
  ),
  restoreRevision: operation(
    z.object({ storyId: idSchema, revisionId: idSchema, baseRevision: z.number().int().nonnegative() }).strict(),
    storySchema,
    'Put a kept version back as a new save, keeping the current content as a version first.',
  ),
  storyCards: operation(
    z.object({ ids: z.array(idSchema).max(LIMITS.related * 2, { error: `at most ${LIMITS.related * 2} stories at once` }) }).strict(),
    z.array(storyCardSchema),
    'Cards for the given stories, in order, as they are now (a story deleted for good is "missing"): the headlines of related stories a kept version links to.',
  ),
  listBackups: operation(
    noInput,
    z.array(backupInfoSchema),
    'The backups in the profile’s backups folder, newest first.',
  ),
  createBackup: operation(noInput, backupInfoSchema, 'Back up the database and its images now.'),
  restoreBackup: operation(
    z.object({ name: z.string().regex(/^copydesk-\d{8}T\d{9}Z\.db$/, { error: 'Name one of the listed backups.' }) }).strict(),
    z.object({
      restored: z.string(),
      /** Where the database in use until now was moved (kept, never deleted); null when there was none. */
      movedAside: z.string().nullable(),
    }),
    'Put a backup back as the database: the one in use is moved aside, and the app reloads on the restored one.',
  ),

  listAuthors: operation(
    z.object({ query: z.string().max(LIMITS.query).default('') }).strict(),
    z.array(authorSchema),
    'The author directory, optionally filtered by name.',
  ),
  createAuthor: operation(authorFieldsSchema, authorSchema, 'Add an author to the directory.'),

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
  getAuthor: operation(
    byId,
    z.object({ author: authorSchema, storyCount: z.number().int().nonnegative() }),
    'One author of the directory, with how many stories credit them.',
  ),
  updateAuthor: operation(
    z.object({ id: idSchema, baseRevision: z.number().int().nonnegative(), changes: authorChangesSchema }).strict(),
    authorSchema,
    'Edit an author in the directory (bylines keep their own role and organisation); refused with a conflict on a stale baseRevision.',
  ),
  mergeAuthors: operation(
    z.object({ keepId: idSchema, mergeId: idSchema }).strict(),
    z.object({ author: authorSchema, storiesChanged: z.number().int().nonnegative() }),
    'Move every byline of one author to another (each keeps its role and organisation) and remove the first from the directory.',
  ),

  importImage: operation(
    z
      .object({
        fileName: z.string().max(LIMITS.name),
        bytes: z
          .instanceof(Uint8Array, { error: 'bytes must be the file’s contents' })
          .refine((bytes) => bytes.byteLength > 0, { error: 'The file is empty.' })
          .refine((bytes) => bytes.byteLength <= MAX_IMAGE_BYTES, {
            error: `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Save a smaller version and add that.`,
          }),
      })
      .strict(),
    z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      ext: z.enum(imageExtensions),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      byteSize: z.number().int().positive(),
    }),
    'Copy an image (JPEG, PNG, GIF or WebP) into the profile, content-addressed as images/<sha256>.<ext>.',
  ),
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

  listHouseWords: operation(
    noInput,
    z.array(houseWordEntrySchema),
    'The house dictionary: words and names the spelling checker accepts, exactly cased, in alphabetical order whatever the case.',
  ),
  addHouseWord: operation(
    z.object({ word: houseWordSchema }).strict(),
    z.object({ added: z.boolean(), word: houseWordEntrySchema, words: z.array(houseWordEntrySchema) }),
    'Add a word or short name to the house dictionary (trimmed; letters, digits, apostrophes, hyphens, inner spaces and full stops; at most 60 characters). One already there is not an error: `added` is false. Returns the whole list as well.',
  ),
  removeHouseWord: operation(
    z.object({ word: z.string().max(MAX_HOUSE_WORD_LENGTH * 4).transform(normaliseHouseWord) }).strict(),
    z.object({ words: z.array(houseWordEntrySchema) }),
    'Remove a word (exactly as cased) from the house dictionary; refused when it is not there. Returns the list left.',
  ),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export const operationNames = Object.keys(operations) as OperationName[];

export type ApiInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type ApiParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type ApiOutput<N extends OperationName> = z.output<Operations[N]['output']>;

/** The promise-returning API the renderer uses; errors are thrown as ApiError. */
export type CopydeskApi = { [N in OperationName]: (input: ApiInput<N>) => Promise<ApiOutput<N>> };

/** What the preload (or the preview bridge) puts on window: results, never throws. */
export type CopydeskBridge = {
  [N in OperationName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>>;
} & {
  /** Menu and shortcut commands from the shell; returns an unsubscribe function. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
};

/** A command id (from the menu), or 'flush-and-close': the window is closing; save what is pending, then close it (window.close()). */
export const shellCommands = [...commandIds, 'flush-and-close'] as const;
export type ShellCommand = (typeof shellCommands)[number];

export const BRIDGE_GLOBAL = 'copydeskBridge';
export const IPC_CHANNEL_PREFIX = 'copydesk:';
export const IPC_COMMAND_CHANNEL = 'copydesk:command';
