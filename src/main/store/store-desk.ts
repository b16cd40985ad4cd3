import { ApiError } from '../../shared/api/api-error';
import { NEWSROOM_DOCUMENT } from '../../shared/newsroom/desk-protocol';
import type { CommitEvent } from './commit-event';
import type { DatabaseFile } from './database-file';
import type { DeskMembership, DeskMemberships, WaitingStory } from './desk-membership';
import type { Stories } from './stories';
import type { StoryDeskMarks } from './story-desk-marks';
import type { StoryDocuments } from './story-documents';
import type { StoreTransactions } from './store-transactions';

/**
 * The profile's part in a desk (docs/newsroom.md), as `store.desk`: the
 * membership and the editor's name on it, what waits to go up (stored
 * updates, deletions) and the marks of stories others changed.
 */
export class StoreDesk {
  constructor(
    private readonly tx: StoreTransactions,
    private readonly memberships: DeskMemberships,
    private readonly stories: Stories,
    private readonly marks: StoryDeskMarks,
    private readonly documents: StoryDocuments,
    private readonly databaseFile: DatabaseFile,
    private readonly deleted: CommitEvent<[storyId: string]>,
  ) {}

  /** The desk this profile joined (its token included, for the sync alone); null when it has joined none. */
  membership(): DeskMembership | null {
    return this.tx.read(() => this.memberships.membership());
  }

  /**
   * Joins the desk at `serverUrl` with the editor's token, in place of any
   * desk joined before; `editorName` is written beside every change this
   * profile makes to a shared story, for the other editors to see.
   */
  join(serverUrl: string, token: string, editorName: string | null = null): void {
    this.tx.write(() => this.memberships.join(serverUrl, token, editorName, this.tx.timestamp()));
  }

  /** The name this profile's editor gave on joining the desk; null when none was given or it has not joined. */
  editorName(): string | null {
    return this.tx.read(() => this.memberships.editorName());
  }

  /**
   * Changes the name this profile's editor goes by on the desk, for the
   * changes they make and their caret from now on (what they changed before
   * keeps the name it was made under). Refused when the profile has not joined.
   */
  renameEditor(editorName: string): void {
    this.tx.write(() => {
      if (!this.memberships.rename(editorName)) {
        throw new ApiError('rejected', 'This profile has not joined a desk, so it has no name on one. Join the desk first (Settings → Newsroom).', 'editorName');
      }
    });
  }

  /** Leaves the desk: the token is forgotten; the stories and their documents stay. */
  leave(): void {
    this.tx.write(() => this.memberships.leave());
  }

  /** Notes that the profile and the desk agreed just now. */
  recordSynced(): void {
    this.tx.write(() => this.memberships.recordSynced(this.tx.timestamp()));
  }

  /** The server holds the story's stored updates up to `seq` (docs/newsroom.md). */
  acknowledgeUpdates(storyId: string, seq: number): void {
    this.tx.write(() => this.memberships.acknowledge(storyId, seq));
  }

  /** The stories with stored updates the desk has not acknowledged yet, and how many each. */
  updatesWaiting(): WaitingStory[] {
    return this.tx.read(() => this.memberships.waiting());
  }

  /** The server holds the newsroom copy's stored updates up to `seq` (the author directory's changes). */
  acknowledgeNewsroom(seq: number): void {
    this.tx.write(() => this.memberships.acknowledgeDocument(NEWSROOM_DOCUMENT, seq));
  }

  /** How many of the newsroom copy's stored updates (the author directory's changes) the desk has not acknowledged yet. */
  newsroomUpdatesWaiting(): number {
    return this.tx.read(() => this.memberships.documentWaiting(NEWSROOM_DOCUMENT));
  }

  /** The story was opened here: it is no longer marked as changed by others on the desk. Whether it was. */
  markStoryOpened(storyId: string): boolean {
    return this.tx.write(() => {
      this.stories.requireLive(storyId);
      return this.marks.clear(storyId);
    });
  }

  /** The stories deleted for good here whose deletion has not reached the desk yet. */
  deletionsWaiting(): string[] {
    return this.tx.read(() => this.memberships.deletionsWaiting());
  }

  /** The desk confirmed the story's deletion. */
  recordDeletion(id: string): void {
    this.tx.write(() => this.memberships.deletionDone(id));
  }

  /** Calls `listener` with each story deleted for good here that the desk must be told of, once the deletion is committed; returns how to stop. */
  onDeletion(listener: (storyId: string) => void): () => void {
    return this.deleted.listen(listener);
  }

  /**
   * The desk deleted the story for good (another profile asked it to): it is
   * purged here the same way as Store.deleteStoryForever, and no deletion
   * waits to go up. Null when this profile does not hold it (never had it,
   * or deleted it already).
   */
  purgeDeleted(id: string): { id: string; images: string[]; walEmptied: boolean } | null {
    const images = this.tx.write(() => {
      this.memberships.deletionDone(id);
      return this.stories.stateOf(id) === 'live' ? this.stories.purge(id, this.tx.timestamp()) : null;
    });
    this.documents.forget(id);
    return images === null ? null : { id, images, walEmptied: this.databaseFile.emptyWal() };
  }
}
