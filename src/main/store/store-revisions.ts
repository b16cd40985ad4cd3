import type { Revision, RevisionReason, RevisionSummary } from '../../shared/story/revision-schema';
import type { Story } from '../../shared/story/story-schema';
import type { Stories } from './stories';
import type { StoryHistory } from './story-history';
import { revisionNotFound, type StoryRevisions } from './story-revisions';
import type { StorySaves } from './story-saves';
import type { StoreTransactions } from './store-transactions';

/** The stories' kept versions, as `store.revisions`. */
export class StoreRevisions {
  constructor(
    private readonly tx: StoreTransactions,
    private readonly stories: Stories,
    private readonly revisions: StoryRevisions,
    private readonly history: StoryHistory,
    private readonly saves: StorySaves,
  ) {}

  /** Keeps the story's current content as a revision, unless it equals the newest one kept. */
  record(storyId: string, reason: RevisionReason): { recorded: boolean; revision: RevisionSummary } {
    return this.tx.write(() => this.history.record(storyId, reason, this.tx.timestamp()));
  }

  /** The story's kept versions, newest first. */
  list(storyId: string): RevisionSummary[] {
    return this.tx.read(() => {
      this.stories.requireLive(storyId);
      return this.revisions.list(storyId);
    });
  }

  get(id: string): Revision {
    return this.tx.read(() => {
      const revision = this.revisions.get(id);
      this.stories.requireLive(revision.storyId);
      return revision;
    });
  }

  /**
   * Puts a kept version back as a normal save (a new story revision, refused
   * on a stale baseRevision like any save), after keeping the current content
   * as a 'before-restore' revision so the restore can itself be undone.
   */
  restore(storyId: string, revisionId: string, baseRevision: number): Story {
    return this.tx.write(() => {
      const { storyId: owner, snapshot } = this.revisions.get(revisionId);
      if (owner !== storyId) throw revisionNotFound(revisionId);
      this.history.record(storyId, 'before-restore', this.tx.timestamp());
      this.saves.save(storyId, baseRevision, this.history.changesToRestore(storyId, snapshot), this.tx.timestamp());
      return this.stories.read(this.stories.requireLive(storyId));
    });
  }

  /** Thins every story's kept versions (see StoryRevisions); returns how many were removed. */
  prune(now: Date): number {
    return this.tx.write(() => this.revisions.prune(now));
  }
}
