import type { LinkingStory, RelatedSuggestion, StoryCard, TagUse } from '../../shared/story/related-schema';
import type { RelatedLinks } from './related-links';
import type { RelatedStories } from './related-stories';
import type { Stories } from './stories';
import type { StoreTransactions } from './store-transactions';

/** Related stories and tags, as `store.related`: the cards a story's links show, suggestions, and who links to whom. */
export class StoreRelated {
  constructor(
    private readonly tx: StoreTransactions,
    private readonly stories: Stories,
    private readonly links: RelatedLinks,
    private readonly related: RelatedStories,
  ) {}

  /** Cards for the stories this one links to, in order, with their current headlines (external links are left out). */
  resolve(storyId: string): StoryCard[] {
    return this.tx.read(() => {
      this.stories.requireLive(storyId);
      return this.links.rows(storyId).flatMap((row) => (row.target_story_id === null ? [] : [this.related.card(row.target_story_id)]));
    });
  }

  /** A story as a related-story card shows it now: "missing" when it was deleted for good (or never stored). */
  card(storyId: string): StoryCard {
    return this.cards([storyId])[0]!;
  }

  /** Cards for any stories by id, in order; one deleted for good (or never stored) is "missing". */
  cards(ids: readonly string[]): StoryCard[] {
    return this.tx.read(() => ids.map((id) => this.related.card(id)));
  }

  /** Stories worth linking from this one, best first, each with why (see RelatedStories.suggest). */
  suggest(storyId: string, limit: number): RelatedSuggestion[] {
    return this.tx.read(() => {
      this.stories.requireLive(storyId);
      return this.related.suggest(storyId, limit);
    });
  }

  /** The stories that link to this one: what deleting it for good would leave with a missing link. */
  linking(storyId: string): LinkingStory[] {
    return this.tx.read(() => {
      this.stories.requireLive(storyId);
      return this.related.linking(storyId);
    });
  }

  /** Tags in use that start with `prefix`, the most used first. */
  tags(prefix: string, limit: number): TagUse[] {
    return this.tx.read(() => this.related.tags(prefix, limit));
  }
}
