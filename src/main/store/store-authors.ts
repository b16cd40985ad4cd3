import { deskAuthorFields, type DeskAuthor } from '../../shared/newsroom/desk-authors';
import type { Author, AuthorChanges } from '../../shared/story/story-schema';
import type { AuthorDirectory, NewAuthor } from './author-directory';
import type { CommitEvent } from './commit-event';
import type { DeskDirectory } from './desk-directory';
import type { DeskMemberships } from './desk-membership';
import type { DeskNewsroom } from './desk-newsroom';
import type { StoreTransactions } from './store-transactions';

/**
 * The author directory, as `store.authors`: edited here, and as the desk
 * shares it (docs/newsroom.md) through the profile's copy of the newsroom
 * document, which every change made here on a joined profile goes into.
 */
export class StoreAuthors {
  constructor(
    private readonly tx: StoreTransactions,
    private readonly directory: AuthorDirectory,
    private readonly deskDirectory: DeskDirectory,
    private readonly newsroom: DeskNewsroom,
    private readonly memberships: DeskMemberships,
    private readonly updated: CommitEvent<[update: Uint8Array, seq: number]>,
  ) {}

  /** Authors not deleted whose name contains `query` (ignoring case and accents), by name. */
  list(query: string): Author[] {
    return this.directory.list(query);
  }

  create(fields: NewAuthor): Author {
    return this.tx.write(() => {
      const author = this.directory.create(fields, this.tx.timestamp());
      this.toNewsroom(author.id, null);
      return author;
    });
  }

  /** The author, and how many stories (not deleted for good) credit them. */
  get(id: string): { author: Author; storyCount: number } {
    return this.tx.read(() => this.directory.get(id));
  }

  /** Edits a directory entry; a new name is shown and searched on every story that credits them. */
  update(id: string, baseRevision: number, changes: AuthorChanges): Author {
    return this.tx.write(() => {
      const before = this.deskDirectory.author(id);
      const author = this.directory.update(id, baseRevision, changes, this.tx.timestamp());
      this.toNewsroom(id, before);
      return author;
    });
  }

  /** Moves every byline of `mergeId` to `keepId` and removes `mergeId` from the directory. */
  merge(keepId: string, mergeId: string): { author: Author; storiesChanged: number } {
    return this.tx.write(() => {
      const before = this.deskDirectory.author(mergeId);
      const merged = this.directory.merge(keepId, mergeId, this.tx.timestamp());
      this.toNewsroom(mergeId, before);
      return merged;
    });
  }

  /** Calls `listener` with each update of the newsroom copy made here (an author added, edited or merged away), once committed; returns how to stop. */
  onDeskUpdate(listener: (update: Uint8Array, seq: number) => void): () => void {
    return this.updated.listen(listener);
  }

  /** Every author of the directory, deleted (merged) ones included, as the desk shares them. */
  forDesk(): DeskAuthor[] {
    return this.tx.read(() => this.deskDirectory.list());
  }

  /** The profile's copy of the newsroom document as one update (compacted first) and the sequence number of its last stored update; null when it keeps none. */
  deskDocument(): { state: Uint8Array; seq: number } | null {
    return this.tx.write(() => {
      this.newsroom.compact(this.tx.timestamp());
      return this.newsroom.state();
    });
  }

  /** The sequence number of the newsroom copy's last stored update (0: none kept). */
  deskDocumentSeq(): number {
    return this.tx.read(() => this.newsroom.seq());
  }

  /**
   * Takes in an update of the newsroom document that came through the desk
   * sync, stored in the copy, and the directory follows the copy (see
   * DeskDirectory.apply), in one transaction; a malformed update changes
   * nothing. Returns its sequence number and the photos this profile lacks.
   */
  receiveFromDesk(update: Uint8Array): { seq: number; lackingPhotos: string[] } {
    return this.tx.write(() => {
      const seq = this.newsroom.receive(update, this.tx.timestamp());
      return { seq, lackingPhotos: this.deskDirectory.apply(this.newsroom.authors(), this.tx.timestamp()).lackingPhotos };
    });
  }

  /** Writes the newsroom copy's authors into the directory again (a photo lacking before may be stored now): the ids written and the photos still lacking. */
  applyDeskDocument(): { written: string[]; lackingPhotos: string[] } {
    return this.tx.write(() => this.deskDirectory.apply(this.newsroom.authors(), this.tx.timestamp()));
  }

  /**
   * Puts each author of the directory the newsroom copy lacks into it, whole
   * (those made before the profile kept a copy). Called once the desk's
   * document is in the copy, so the desk lacks them too.
   */
  shareWithDesk(): void {
    this.tx.write(() => {
      const lacking = this.deskDirectory.list().filter((author) => !this.newsroom.holds(author.id));
      if (lacking.length > 0) this.newsroom.write(lacking.map((author) => ({ author })), this.tx.timestamp());
    });
  }

  /**
   * A change made here goes into the newsroom copy, on a joined profile or
   * one that keeps a copy: a new author whole, an author the copy holds the
   * fields this change wrote (never a field it left alone, so a concurrent
   * change of another field on the desk stays). An author the copy lacks
   * goes in whole at the next connection (shareWithDesk).
   */
  private toNewsroom(id: string, before: DeskAuthor | null): void {
    if (this.memberships.membership() === null && this.newsroom.seq() === 0) return;
    const after = this.deskDirectory.author(id)!;
    if (before === null) return this.newsroom.write([{ author: after }], this.tx.timestamp());
    if (!this.newsroom.holds(id)) return;
    const fields = deskAuthorFields.filter((field) => field !== 'createdAt' && before[field] !== after[field]);
    if (fields.length > 0) this.newsroom.write([{ author: after, fields }], this.tx.timestamp());
  }
}
