import type { Database } from 'better-sqlite3';
import type { CommitEvent } from './commit-event';
import type { Stories } from './stories';
import type { StoryDocuments } from './story-documents';
import type { ReceivedUpdate, StoryMerges } from './story-merges';
import { LATER_DATABASE, StoryRewind } from './story-rewind';
import type { StorySaves } from './story-saves';
import type { StoryUpdateListener, StoryUpdateOrigin, StoryUpdates } from './story-updates';
import type { StoreTransactions } from './store-transactions';

/**
 * The stories' shared documents (docs/newsroom.md), as `store.documents`:
 * sharing a story, the Yjs updates stored for it (its own saves and the
 * desk's) and those that came from the desk.
 */
export class StoreDocuments {
  constructor(
    private readonly tx: StoreTransactions,
    private readonly db: Database,
    private readonly stories: Stories,
    private readonly saves: StorySaves,
    private readonly documents: StoryDocuments,
    private readonly updates: StoryUpdates,
    private readonly merges: StoryMerges,
    private readonly updated: CommitEvent<Parameters<StoryUpdateListener>>,
  ) {}

  /**
   * Gives the story its shared document, made from its rows, unless it has
   * one; from then on every save goes through it.
   */
  share(id: string): void {
    this.tx.write(() => {
      const row = this.stories.requireLive(id);
      if (!this.documents.isShared(id)) this.documents.share(this.stories.read(row), this.tx.timestamp());
    });
  }

  /**
   * Takes in an update of a story's document that came from the desk: stored
   * and applied, and when the story's content changed its rows follow as a
   * new revision, its content before the merge kept in its history (at most
   * one such a minute in a burst), and its archived and trashed states
   * follow; a story not on this profile yet is created. Null when nothing
   * changed. Two stories with one typed slug: the one created later takes a
   * suffix in its document (SlugClashes), and `warning` says so. A malformed
   * update is refused and changes nothing; so is a story naming authors or
   * pictures this profile lacks (StoryLacksError, naming them all), which
   * the same update given again once they are here stores.
   */
  receiveUpdate(id: string, update: Uint8Array): ReceivedUpdate | null {
    return this.tx.write(() => this.merges.receive(id, update, this.tx.timestamp()));
  }

  /**
   * Stores a Yjs update of the story's shared document as it is; returns its
   * sequence number. `origin` tells the listeners (the desk sync) whether it
   * came from the desk, so it is not sent back.
   */
  appendUpdate(storyId: string, update: Uint8Array, origin: StoryUpdateOrigin = 'local'): number {
    return this.tx.write(() => {
      this.stories.requireLive(storyId);
      return this.updates.append(storyId, update, this.tx.timestamp(), origin);
    });
  }

  /**
   * Calls `listener` for every story update this store stores from now on
   * (a save of a shared story, an update from the desk), once its write is
   * committed; returns how to stop.
   */
  onUpdate(listener: StoryUpdateListener): () => void {
    return this.updated.listen(listener);
  }

  /** Every shared live story's id with the sequence number of its last stored update. */
  updateMarks(): Map<string, number> {
    return this.tx.read(() => {
      const live = new Set(this.stories.liveIds());
      return new Map([...this.updates.lastOfEach()].filter(([id]) => live.has(id)));
    });
  }

  /** The story's shared document as one Yjs update, all its stored updates merged; null when none is stored. */
  state(storyId: string): Uint8Array | null {
    return this.tx.read(() => {
      this.stories.requireLive(storyId);
      return this.updates.merged(storyId);
    });
  }

  /** The story's document as one update with the sequence number of the last update in it; null when none is stored. */
  stateAt(storyId: string): { state: Uint8Array; seq: number } | null {
    return this.tx.read(() => {
      this.stories.requireLive(storyId);
      const state = this.updates.merged(storyId);
      return state === null ? null : { state, seq: this.updates.last(storyId) };
    });
  }

  /** The story's updates stored after sequence number `seq` (its own saves and the desk's), and the number they reach. */
  updatesAfter(storyId: string, seq: number): { updates: Uint8Array[]; seq: number } {
    return this.tx.read(() => {
      this.stories.requireLive(storyId);
      return { updates: this.updates.after(storyId, seq), seq: this.updates.last(storyId) };
    });
  }

  /** Merges the story's stored updates into one; returns how many there were. */
  compact(storyId: string): number {
    return this.tx.write(() => {
      this.stories.requireLive(storyId);
      return this.updates.compact(storyId, this.tx.timestamp());
    });
  }

  /**
   * Rewinds this database's shared stories over all `laterFile` (the
   * database a restored backup replaces) knew of them, as this profile's
   * own edits (StoryRewind); how many stories. One transaction: all or none.
   */
  rewindShared(laterFile: string): number {
    this.db.prepare(`ATTACH DATABASE ? AS ${LATER_DATABASE}`).run(laterFile);
    try {
      return this.tx.write(() => new StoryRewind(this.db, this.stories, this.saves, this.documents).rewind(this.tx.timestamp()));
    } finally {
      this.db.prepare(`DETACH DATABASE ${LATER_DATABASE}`).run();
    }
  }
}
