import { z } from 'zod';
import { idSchema } from '../../story/story-schema';
import { noInput, operation } from './operation';

/** The sync server's address: ws:// or wss://, a host, then an optional port and path (as `copydesk server` prints it). */
export const deskUrlSchema = z
  .string()
  .trim()
  .regex(/^wss?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:\/[^\s?#]*)?$/i, {
    error: 'Give the desk server’s address as ws://HOST:PORT or wss://HOST (as copydesk server prints it).',
  });

/** Seconds to wait for the server before giving up, so a script never hangs on an unreachable one. */
const timeoutSchema = z.number().int().min(1).max(3600).default(10);

const waitingSchema = z.object({
  /** Changes stored on this profile that the server has not acknowledged yet, in all. */
  waiting: z.number().int().nonnegative(),
  /** The same, story by story (only stories with changes waiting). */
  stories: z.array(z.object({ storyId: idSchema, waiting: z.number().int().positive() })),
  /** Those of the author directory (the profile's copy of the desk's newsroom document). */
  authors: z.number().int().nonnegative(),
});

/** The name an editor is known by on the desk: shown to the others beside the changes they make. */
export const editorNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give your name as the other editors should see it, e.g. Jane Smith.' })
  .max(80, { error: 'Keep the name under 80 characters.' });

/** Joining this profile to the desk's sync server and syncing with it (docs/newsroom.md). */
export const newsroomOperations = {
  joinDesk: operation(
    z
      .object({
        serverUrl: deskUrlSchema,
        token: z.string().min(1).max(500),
        /** Written beside every change this profile makes, for the other editors to see; without it they see "Another editor". */
        editorName: editorNameSchema.optional(),
        timeoutSeconds: timeoutSchema,
      })
      .strict(),
    z.object({
      serverUrl: z.string(),
      /** Stories on the desk and this profile once joined. */
      storyCount: z.number().int().nonnegative(),
      /** False when the server stopped answering before every story went up: they wait and go with the next sync. */
      synced: z.boolean(),
      waiting: waitingSchema,
    }),
    'Join the desk at this address with an editor’s token (checked with the server first): every story of the profile goes up.',
  ),
  syncDeskNow: operation(
    z.object({ timeoutSeconds: timeoutSchema }).strict(),
    z.object({ serverUrl: z.string(), storyCount: z.number().int().nonnegative(), syncedAt: z.string() }),
    'Pull and push every story until the profile and the desk agree; refused when the server cannot be reached in time.',
  ),
  getDeskStatus: operation(
    noInput,
    z.object({
      joined: z.boolean(),
      /** Never the token. */
      serverUrl: z.string().nullable(),
      joinedAt: z.string().nullable(),
      lastSyncedAt: z.string().nullable(),
      /** The name this profile's changes go out under; null when none was given. */
      editorName: z.string().nullable(),
      waiting: waitingSchema,
      /**
       * The live connection of the app or the preview to the desk (`refused`: the token was turned down; it stops trying).
       * Absent where no sync runs all the time: the profile has not joined, or the command line asked.
       */
      connection: z.enum(['connected', 'connecting', 'offline', 'refused']).optional(),
    }),
    'Whether the profile joined a desk, where, when it last synced, the changes waiting to go up, and (in the app) whether it is connected now.',
  ),
  renameDeskEditor: operation(
    z.object({ editorName: editorNameSchema }).strict(),
    z.object({ editorName: z.string() }),
    'Change the name this profile’s changes and caret go out under on the desk, from now on; refused when the profile has not joined.',
  ),
  markStoryOpened: operation(
    z.object({ storyId: idSchema }).strict(),
    z.object({ wasMarked: z.boolean() }),
    'The story was opened: it is no longer marked in the library as changed by other editors on the desk.',
  ),
  leaveDesk: operation(noInput, z.object({ left: z.boolean() }), 'Leave the desk: the token is forgotten; the stories stay on the profile.'),
} as const;
