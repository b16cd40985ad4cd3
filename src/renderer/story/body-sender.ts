import type { EditorState } from 'lexical';
import { bodyBlocksOf, bodyEditBetween } from '../../shared/story/body-edit';
import type { StoryBody, StoryChanges } from '../../shared/story/story-schema';
import { blockEditBetween } from './block-edit';

/** A body read for a save: what goes in the save's changes, and the editor state the store holds once it acknowledges them. */
export type SentBody = { state: EditorState; change: Pick<StoryChanges, 'body' | 'bodyEdit'> };

/** The body as stored: Lexical's serialized editor state. */
export function bodyOf(state: EditorState): StoryBody {
  return state.toJSON() as unknown as StoryBody;
}

/**
 * What autosave sends of the body: only the blocks changed since the body
 * the store last acknowledged, or the whole body when none is known (a story
 * with no body yet, after a failed save) or its root changed.
 *
 * The first save after the stored body is loaded compares JSON with JSON
 * (the editor may write a block a little differently from how it was
 * stored). From then on the store's body is the JSON of an editor state the
 * sender keeps, and the next save compares states, serialising only the
 * blocks that changed: the state shares its unchanged nodes with the
 * editor's, so keeping it costs only what was edited since.
 */
export function createBodySender() {
  let acknowledged: { stored: StoryBody } | { sent: EditorState } | null = null;

  return {
    /** The stored body (loaded, reloaded or restored): the next edit is made against it. */
    reset(body: StoryBody | null): void {
      acknowledged = body === null ? null : { stored: body };
    },
    /** Whole bodies only until one is acknowledged: after a failed save the store's body is not certain. */
    forget(): void {
      acknowledged = null;
    },
    read(state: EditorState): SentBody {
      if (acknowledged === null) return { state, change: { body: bodyOf(state) } };
      if ('sent' in acknowledged) {
        const bodyEdit = blockEditBetween(acknowledged.sent, state);
        return { state, change: bodyEdit === undefined ? { body: bodyOf(state) } : { bodyEdit } };
      }
      const body = bodyOf(state);
      const bodyEdit = bodyEditBetween(bodyBlocksOf(acknowledged.stored), body);
      return { state, change: bodyEdit === undefined ? { body } : { bodyEdit } };
    },
    acknowledge(sent: SentBody): void {
      acknowledged = { sent: sent.state };
    },
  };
}

export type BodySender = ReturnType<typeof createBodySender>;
