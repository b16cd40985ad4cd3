import { z } from 'zod';
import { idSchema } from '../../story/story-schema';
import { byId, operation } from './operation';

/** A Yjs update, or a document's whole state, as base64 (IPC and the preview's JSON carry it alike). */
const yjsBytes = z.base64();
/** How far an editor has read a story's stored updates (their sequence number). */
const seqSchema = z.number().int().min(0);
/** The longest a wait for updates may hold its request open. */
export const MAX_UPDATES_WAIT_MS = 25_000;

/**
 * Editing a shared story in the body editor (docs/newsroom.md): the editor
 * binds its Yjs document to the story's, sends its own edits through
 * saveStory (`changes.bodyUpdate`) and asks for everyone else's.
 */
export const sharedEditingOperations = {
  openSharedStory: operation(
    byId,
    z.object({ state: yjsBytes, seq: seqSchema }).nullable(),
    'The story’s shared document as an editor opens it: its state (a Yjs update, base64) and the sequence number of the last stored update it holds. Null when the story is not shared.',
  ),
  waitForStoryUpdates: operation(
    z
      .object({
        id: idSchema,
        after: seqSchema,
        waitMs: z.number().int().min(0).max(MAX_UPDATES_WAIT_MS),
      })
      .strict(),
    z.object({ updates: z.array(yjsBytes), seq: seqSchema }),
    `The story’s updates stored after sequence number \`after\` (its editors’ saves on this profile and the desk’s edits), waiting up to \`waitMs\` (at most ${MAX_UPDATES_WAIT_MS / 1000} s) for one to arrive; \`seq\` is where the next call starts.`,
  ),
} as const;
