import { z } from 'zod';
import { settingsSchema } from '../settings/settings-schema';
import {
  authorFieldsSchema,
  authorSchema,
  headlineSchema,
  idSchema,
  listStoriesInputSchema,
  LIMITS,
  sectionNameSchema,
  standfirstSchema,
  storyChangesSchema,
  storySchema,
  storySummarySchema,
} from '../story/story-schema';
import type { ApiResult } from './api-error';

const noInput = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();

function operation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) {
  return { input, output, summary };
}

/**
 * Every call the renderer can make, defined once. The main process validates
 * each input against it; the preload and the browser preview expose exactly
 * these names; the renderer's types come from here.
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
    }),
    'Where the profile lives and which versions are running.',
  ),
  getSettings: operation(noInput, settingsSchema, 'The validated settings of the profile.'),

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
    storySchema,
    'Apply changes to a story; refused with a conflict when baseRevision is not the stored revision.',
  ),
  duplicateStory: operation(byId, storySchema, 'A new draft copied from a story.'),
  archiveStory: operation(byId, storySchema, 'Hide a story from the default list.'),
  unarchiveStory: operation(byId, storySchema, 'Bring an archived story back to the list.'),
  trashStory: operation(byId, storySchema, 'Move a story to the trash (restorable).'),
  restoreStory: operation(byId, storySchema, 'Take a story out of the trash.'),
  deleteStoryForever: operation(
    byId,
    z.object({ id: idSchema }),
    'Purge a story and its revisions for good, leaving only a tombstone.',
  ),

  listAuthors: operation(
    z.object({ query: z.string().max(LIMITS.query).default('') }).strict(),
    z.array(authorSchema),
    'The author directory, optionally filtered by name.',
  ),
  createAuthor: operation(authorFieldsSchema, authorSchema, 'Add an author to the directory.'),
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

export const shellCommands = ['new-story', 'show-library', 'export', 'show-shortcuts'] as const;
export type ShellCommand = (typeof shellCommands)[number];

export const BRIDGE_GLOBAL = 'copydeskBridge';
export const IPC_CHANNEL_PREFIX = 'copydesk:';
export const IPC_COMMAND_CHANNEL = 'copydesk:command';
