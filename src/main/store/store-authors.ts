import type { DeskAuthor } from '../../shared/newsroom/desk-authors';
import type { Author, AuthorChanges } from '../../shared/story/story-schema';
import type { AuthorDirectory, NewAuthor } from './author-directory';
import type { CommitEvent } from './commit-event';
import type { DeskDirectory } from './desk-directory';
import type { StoreTransactions } from './store-transactions';

/** The author directory, as `store.authors`: edited here, and as the desk shares it (docs/newsroom.md). */
export class StoreAuthors {
  constructor(
    private readonly tx: StoreTransactions,
    private readonly directory: AuthorDirectory,
    private readonly deskDirectory: DeskDirectory,
    private readonly changed: CommitEvent<[authorId: string]>,
  ) {}

  /** Authors not deleted whose name contains `query` (ignoring case and accents), by name. */
  list(query: string): Author[] {
    return this.directory.list(query);
  }

  create(fields: NewAuthor): Author {
    return this.tx.write(() => this.changedHere(this.directory.create(fields, this.tx.timestamp())));
  }

  /** The author, and how many stories (not deleted for good) credit them. */
  get(id: string): { author: Author; storyCount: number } {
    return this.tx.read(() => this.directory.get(id));
  }

  /** Edits a directory entry; a new name is shown and searched on every story that credits them. */
  update(id: string, baseRevision: number, changes: AuthorChanges): Author {
    return this.tx.write(() => this.changedHere(this.directory.update(id, baseRevision, changes, this.tx.timestamp())));
  }

  /** Moves every byline of `mergeId` to `keepId` and removes `mergeId` from the directory. */
  merge(keepId: string, mergeId: string): { author: Author; storiesChanged: number } {
    return this.tx.write(() => {
      const merged = this.directory.merge(keepId, mergeId, this.tx.timestamp());
      this.changed.queue(mergeId);
      return merged;
    });
  }

  /** Calls `listener` with each author added, edited or merged away here (not from the desk), once committed; returns how to stop. */
  onChange(listener: (authorId: string) => void): () => void {
    return this.changed.listen(listener);
  }

  /** Every author of the directory, deleted (merged) ones included, as the desk shares them. */
  forDesk(): DeskAuthor[] {
    return this.tx.read(() => this.deskDirectory.list());
  }

  /**
   * Writes the desk's authors into the directory, in one transaction (see
   * DeskDirectory.apply): new ones under the desk's ids, others field by
   * field unless changed here since. Returns the ids written and the photos
   * this profile lacks (left as they were until the picture is stored).
   */
  applyFromDesk(authors: Iterable<DeskAuthor>): { written: string[]; lackingPhotos: string[] } {
    return this.tx.write(() => this.deskDirectory.apply(authors, this.tx.timestamp()));
  }

  private changedHere(author: Author): Author {
    this.changed.queue(author.id);
    return author;
  }
}
