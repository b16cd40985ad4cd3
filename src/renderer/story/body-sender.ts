import { bodyBlocksOf, bodyEditBetween } from '../../shared/story/body-edit';
import type { StoryBody, StoryChanges } from '../../shared/story/story-schema';

/** A body read for a save: what goes in the save's changes, and the body the store holds once it acknowledges them. */
export type SentBody = { body: StoryBody; change: Pick<StoryChanges, 'body' | 'bodyEdit'> };

/**
 * What autosave sends of the body: only the blocks changed since the body
 * the store last acknowledged, or the whole body when none is known (a story
 * with no body yet, after a failed save) or its root changed. Both bodies'
 * blocks are worked out when a save reads them and let go after it: kept
 * between saves, the acknowledged body's block JSON (about 100 KB for a
 * 10,000-word story) would stay in the page's heap for nothing.
 */
export function createBodySender() {
  let acknowledged: StoryBody | null = null;

  return {
    /** The stored body (loaded, reloaded or restored): the next edit is made against it. */
    reset(body: StoryBody | null): void {
      acknowledged = body;
    },
    /** Whole bodies only until one is acknowledged: after a failed save the store's body is not certain. */
    forget(): void {
      acknowledged = null;
    },
    read(body: StoryBody): SentBody {
      const bodyEdit = acknowledged === null ? undefined : bodyEditBetween(bodyBlocksOf(acknowledged), body, bodyBlocksOf(body));
      return { body, change: bodyEdit === undefined ? { body } : { bodyEdit } };
    },
    acknowledge(sent: SentBody): void {
      acknowledged = sent.body;
    },
  };
}

export type BodySender = ReturnType<typeof createBodySender>;
