import type { StoryBylines } from './story-bylines';
import type { StorySaves } from './story-saves';
import type { Stories } from './stories';

/**
 * Moves bylines from an author merged away to the author kept. Each story is
 * saved like any edit, so a shared story's document takes the move and it
 * goes to the desk (docs/newsroom.md). Runs inside the caller's transaction.
 */
export class BylineMoves {
  constructor(
    private readonly stories: Stories,
    private readonly bylines: StoryBylines,
    private readonly saves: StorySaves,
  ) {}

  /**
   * Credits `keepId` instead of `mergeId` on every story (not deleted for
   * good), each byline keeping its story's role and organisation; a story
   * crediting both keeps the one of `keepId`. Returns how many stories changed.
   */
  move(keepId: string, mergeId: string, now: string): number {
    const stories = this.bylines.storiesOf(mergeId);
    for (const storyId of stories) {
      const credited = this.bylines.rows(storyId);
      const keptAlready = credited.some((byline) => byline.author_id === keepId);
      const bylines = credited.flatMap(({ author_id, role, organisation }) => {
        if (author_id !== mergeId) return [{ authorId: author_id, role, organisation }];
        return keptAlready ? [] : [{ authorId: keepId, role, organisation }];
      });
      this.saves.save(storyId, this.stories.requireLiveForSave(storyId).revision, { bylines }, now);
    }
    return stories.length;
  }
}
