import { z } from 'zod';
import { idSchema } from '../../story/story-schema';
import { byId, operation } from './operation';

/** A Yjs update, or a document's whole state, as base64 (IPC and the preview's JSON carry it alike). */
const yjsBytes = z.base64();
/** How far an editor has read a story's stored updates (their sequence number). */
const seqSchema = z.number().int().min(0);
/** The longest a wait for updates may hold its request open. */
export const MAX_UPDATES_WAIT_MS = 25_000;

/** A Yjs id: the writing client and its clock. */
const yjsId = z.object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() });
/** A caret end as a Yjs relative position (it stays on its character while others type), as JSON. */
const relativePosition = z.object({ type: yjsId.nullable(), tname: z.string().max(100).nullable(), item: yjsId.nullable(), assoc: z.number().int() });

/**
 * An editor's presence on a story, as @lexical/yjs keeps it in awareness:
 * its colour, whether it has the focus, and its selection. The name shown
 * to the others is the one the profile joined the desk under (`joinDesk`'s
 * `editorName`), set where the presence goes out.
 */
export const editorPresenceSchema = z.object({
  color: z.string().max(40),
  focusing: z.boolean(),
  anchorPos: relativePosition.nullable(),
  focusPos: relativePosition.nullable(),
  awarenessData: z.record(z.string(), z.unknown()),
});
export type EditorPresenceInput = z.infer<typeof editorPresenceSchema>;

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
        /** The version of the other editors' presence already seen; a newer one ends the wait too. */
        presenceAfter: seqSchema.default(0),
      })
      .strict(),
    z.object({
      updates: z.array(yjsBytes),
      seq: seqSchema,
      /** The other profiles' editors on the story (a y-protocols awareness update, base64), when it changed since `presenceAfter`. */
      presence: z.object({ version: seqSchema, states: yjsBytes }).nullable(),
    }),
    `The story’s updates stored after sequence number \`after\` (its editors’ saves on this profile and the desk’s edits), and who else has it open when that changed, waiting up to \`waitMs\` (at most ${MAX_UPDATES_WAIT_MS / 1000} s) for either; \`seq\` is where the next call starts.`,
  ),
  setStoryPresence: operation(
    z.object({ id: idSchema, presence: editorPresenceSchema.nullable() }).strict(),
    z.object({ relayed: z.boolean() }),
    'Tells the other editors on the desk that this editor has the story open, and where its caret is (null: it closed the story). `relayed` is false when no desk sync runs for the story.',
  ),
} as const;
