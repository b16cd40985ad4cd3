import { bodyBlocksOf, bodyEditBetween, type BodyBlocks } from '../../shared/story/body-edit';
import type { StoryBody, StoryChanges } from '../../shared/story/story-schema';

/** A body read for a save: what goes in the save's changes, and the blocks it leaves once acknowledged. */
export type SentBody = { body: StoryBody; change: Pick<StoryChanges, 'body' | 'bodyEdit'>; blocks: BodyBlocks };

/**
 * What autosave sends of the body: only the blocks changed since the body
 * the store last acknowledged, or the whole body when none is known (a story
 * with no body yet, after a failed save) or its root changed. The blocks of
 * a loaded story are worked out at its first save, never while it opens.
 */
export function createBodySender() {
  let acknowledged: { body: StoryBody | null; blocks?: BodyBlocks } = { body: null };

  return {
    /** The stored body (loaded, reloaded or restored): the next edit is made against it. */
    reset(body: StoryBody | null): void {
      acknowledged = { body };
    },
    /** Whole bodies only until one is acknowledged: after a failed save the store's body is not certain. */
    forget(): void {
      acknowledged = { body: null };
    },
    read(body: StoryBody): SentBody {
      const blocks = bodyBlocksOf(body);
      const base = acknowledged.blocks ?? (acknowledged.body === null ? undefined : bodyBlocksOf(acknowledged.body));
      const bodyEdit = base === undefined ? undefined : bodyEditBetween(base, body, blocks);
      return { body, change: bodyEdit === undefined ? { body } : { bodyEdit }, blocks };
    },
    acknowledge(sent: SentBody): void {
      acknowledged = { body: sent.body, blocks: sent.blocks };
    },
  };
}

export type BodySender = ReturnType<typeof createBodySender>;
