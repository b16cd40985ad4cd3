import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import type { ListStoriesQuery, SaveAck, SlugCheck, Story, StoryChanges, StorySummary } from '../../shared/story/story-schema';
import { AuthorDirectory } from './author-directory';
import { BylineMoves } from './byline-moves';
import type { CommitEvent } from './commit-event';
import { DatabaseFile } from './database-file';
import { DeskDirectory } from './desk-directory';
import { DeskMemberships } from './desk-membership';
import { DeskNewsroom } from './desk-newsroom';
import { ExportLog, type ExportLogEntry } from './export-log';
import { HouseWords } from './house-words';
import { ImageRecords } from './image-records';
import { LeadImages } from './lead-image';
import { migrateTo, schemaVersionOf } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase, type DatabaseConstructor } from './open-database';
import { RelatedLinks } from './related-links';
import { RelatedStories } from './related-stories';
import { SearchIndex } from './search-index';
import { SlugClashes } from './slug-clashes';
import { Stories } from './stories';
import { StoreAuthors } from './store-authors';
import { StoreDesk } from './store-desk';
import { StoreDocuments } from './store-documents';
import { StoreHouseWords } from './store-house-words';
import { StoreImages } from './store-images';
import { StoreRelated } from './store-related';
import { StoreRevisions } from './store-revisions';
import { StoreTransactions } from './store-transactions';
import { StoryBylines } from './story-bylines';
import { StoryDeskMarks } from './story-desk-marks';
import { StoryDocuments } from './story-documents';
import { StoryHistory } from './story-history';
import { StoryLibrary } from './story-library';
import { StoryMerges } from './story-merges';
import { StoryRevisions } from './story-revisions';
import { StorySaves } from './story-saves';
import { StorySlugs } from './story-slugs';
import { StoryStates } from './story-states';
import { StoryTags } from './story-tags';
import { DESK_DOCUMENT_UPDATES, StoryUpdates, type StoryUpdateListener } from './story-updates';

export type { DatabaseConstructor } from './open-database';
export type { DeskMembership, WaitingStory } from './desk-membership';

export type { StoryUpdateListener, StoryUpdateOrigin } from './story-updates';

export type StoreOptions = {
  file: string;
  Database: DatabaseConstructor;
  /** The clock for every stored timestamp; tests and benchmarks pass their own. */
  now?: () => Date;
};

/** Opens (creating or upgrading as needed) the database of one profile. */
export function openStore(options: StoreOptions): Store {
  const db = openDatabase(options.file, options.Database, LATEST_SCHEMA_VERSION);
  try {
    migrateTo(db);
  } catch (error) {
    db.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError(
      'database',
      `The database ${options.file} could not be upgraded to this version of Copydesk (${detail}). The upgrade was undone, so the previous version can still open it; please report the problem.`,
    );
  }
  return new Store(db, options.file, options.now ?? (() => new Date()));
}

/**
 * The profile's story and author store: the only code that reads or writes
 * the database. Every write is one transaction (StoreTransactions), so a
 * refused or failed call leaves the file exactly as it was, and the
 * full-text index changes in the same transaction as the rows it describes.
 * The Store holds the stories' own operations and the database file; the
 * other concerns are its facets (desk, documents, authors, revisions,
 * related, images, houseWords), each over the modules beside it that hold
 * its SQL.
 */
export class Store {
  readonly schemaVersion: number;
  readonly desk: StoreDesk;
  readonly documents: StoreDocuments;
  readonly authors: StoreAuthors;
  readonly revisions: StoreRevisions;
  readonly related: StoreRelated;
  readonly images: StoreImages;
  readonly houseWords: StoreHouseWords;
  private readonly tx: StoreTransactions;
  private readonly library: StoryLibrary;
  private readonly slugs: StorySlugs;
  private readonly exportLog: ExportLog;
  private readonly stories: Stories;
  private readonly saves: StorySaves;
  private readonly history: StoryHistory;
  private readonly states: StoryStates;
  private readonly storyDocuments: StoryDocuments;
  private readonly memberships: DeskMemberships;
  private readonly deskMarks: StoryDeskMarks;
  private readonly databaseFile: DatabaseFile;
  /** Told once committed: a story deleted for good here that the desk must be told of. */
  private readonly deleted: CommitEvent<[storyId: string]>;

  constructor(
    db: Database,
    readonly file: string,
    now: () => Date,
  ) {
    this.schemaVersion = schemaVersionOf(db);
    const tx = new StoreTransactions(db, now, () => {
      storyDocuments.forgetAll();
      newsroom.forget();
    });
    this.tx = tx;
    // Made in the order their events are told after a commit.
    const storyUpdated = tx.event<Parameters<StoryUpdateListener>>();
    this.deleted = tx.event<[storyId: string]>();
    const newsroomUpdated = tx.event<[update: Uint8Array, seq: number]>();

    const searchIndex = new SearchIndex(db);
    const images = new ImageRecords(db);
    const revisions = new StoryRevisions(db);
    const parts = { bylines: new StoryBylines(db), tags: new StoryTags(db), related: new RelatedLinks(db), leadImages: new LeadImages(db) };
    const storyUpdates = new StoryUpdates(db, (...stored) => storyUpdated.queue(...stored));
    const storyDocuments = new StoryDocuments(storyUpdates);
    // The newsroom copy's own updates are told; those that came through the sync are not sent back.
    const newsroomUpdates = new StoryUpdates(
      db,
      (_name, update, seq, origin) => {
        if (origin === 'local') newsroomUpdated.queue(update, seq);
      },
      DESK_DOCUMENT_UPDATES,
    );
    const newsroom = new DeskNewsroom(newsroomUpdates);
    this.library = new StoryLibrary(db);
    this.slugs = new StorySlugs(db);
    this.exportLog = new ExportLog(db);
    this.stories = new Stories(db, parts, this.slugs, searchIndex, images);
    this.storyDocuments = storyDocuments;
    this.memberships = new DeskMemberships(db);
    this.deskMarks = new StoryDeskMarks(db);
    this.databaseFile = new DatabaseFile(db);
    this.saves = new StorySaves(db, this.stories, parts, this.slugs, searchIndex, images, storyDocuments, () => this.memberships.editorName());
    this.history = new StoryHistory(this.stories, parts, this.slugs, revisions);
    this.states = new StoryStates(this.stories, storyDocuments);
    const slugClashes = new SlugClashes(this.stories, this.saves, this.slugs, storyDocuments);
    const merges = new StoryMerges(this.stories, this.saves, storyDocuments, this.history, slugClashes, this.states, this.deskMarks, parts.bylines, images);

    this.desk = new StoreDesk(tx, this.memberships, this.stories, this.deskMarks, storyDocuments, this.databaseFile, this.deleted);
    this.documents = new StoreDocuments(tx, db, this.stories, this.saves, storyDocuments, storyUpdates, merges, storyUpdated);
    const bylineMoves = new BylineMoves(this.stories, parts.bylines, this.saves);
    const directory = new AuthorDirectory(db, parts.bylines, bylineMoves, searchIndex, images);
    const deskDirectory = new DeskDirectory(db, parts.bylines, searchIndex, images, bylineMoves);
    this.authors = new StoreAuthors(tx, directory, deskDirectory, newsroom, this.memberships, newsroomUpdated);
    this.revisions = new StoreRevisions(tx, this.stories, revisions, this.history, this.saves);
    this.related = new StoreRelated(tx, this.stories, parts.related, new RelatedStories(db));
    this.images = new StoreImages(tx, images);
    this.houseWords = new StoreHouseWords(tx, new HouseWords(db));
  }

  listStories(query: ListStoriesQuery): { total: number; rows: StorySummary[] } {
    return this.library.list(query);
  }

  getStory(id: string): Story {
    return this.tx.read(() => this.stories.read(this.stories.requireLive(id)));
  }

  /** The live story whose slug this is, if any. */
  findStoryIdBySlug(slug: string): string | undefined {
    return this.slugs.ownerOf(slug, '')?.id;
  }

  /** Whether the story may take `slug` (no other live story has it), and the slug it was last exported under. */
  checkSlug(storyId: string, slug: string): SlugCheck {
    return this.tx.read(() => {
      this.stories.requireLive(storyId);
      const owner = this.slugs.ownerOf(slug, storyId);
      return { available: owner === undefined, takenBy: owner ?? null, exportedAs: this.exportLog.lastExportedSlug(storyId) };
    });
  }

  /**
   * Notes an export in the log and keeps what was exported as an 'export'
   * revision (unless it equals the newest kept one); the story itself
   * (content, revision, dates) is left as it is.
   */
  logExport(entry: ExportLogEntry): void {
    this.tx.write(() => {
      this.stories.requireLive(entry.storyId);
      this.exportLog.record(entry, this.tx.timestamp());
      this.history.record(entry.storyId, 'export', this.tx.timestamp());
    });
  }

  /** On a profile joined to a desk the story is shared at once, so the desk sync puts it up (docs/newsroom.md). */
  createStory(input: { section: string; headline?: string; standfirst?: string }): Story {
    return this.tx.write(() => this.sharedIfJoined(this.stories.create(input, this.tx.timestamp())));
  }

  /**
   * Applies the changes as a new revision and acknowledges it (StorySaves),
   * through the story's document when it is shared (docs/newsroom.md);
   * getStory reads the whole story when a caller needs it. `contentModifiedAt`
   * is for an import only: the story's content was last changed when the
   * imported page says, not when it was read in.
   */
  saveStory(id: string, baseRevision: number, changes: StoryChanges, options: { contentModifiedAt?: string } = {}): SaveAck {
    return this.tx.write(() => this.saves.save(id, baseRevision, changes, this.tx.timestamp(), options.contentModifiedAt));
  }

  /** Shared at once on a joined profile, as a new story is. */
  duplicateStory(id: string): Story {
    return this.tx.write(() => this.sharedIfJoined(this.stories.duplicate(id, this.tx.timestamp())));
  }

  /** Archives or unarchives the story; on a shared story through its document too, so it syncs as a state. */
  setArchived(id: string, archived: boolean): Story {
    return this.tx.write(() => this.states.set(id, 'archivedAt', archived, this.tx.timestamp()));
  }

  /** Moves the story to the trash or back; on a shared story through its document too, so it syncs as a state. */
  setTrashed(id: string, trashed: boolean): Story {
    return this.tx.write(() => this.states.set(id, 'trashedAt', trashed, this.tx.timestamp()));
  }

  /**
   * Purges the story's content, revisions and exports, leaving a tombstone: id,
   * revision and times. With secure_delete on, the freed bytes are zeroed; the
   * index is then merged so no old segment still holds the story's words, and
   * the WAL is checkpointed and emptied so no copy of a page survives there.
   * Returns the images the story referred to (for the caller to collect) and
   * whether the WAL could be emptied: not while another connection still
   * reads an older snapshot (see emptyWal).
   */
  deleteStoryForever(id: string): { id: string; images: string[]; walEmptied: boolean } {
    const images = this.tx.write(() => {
      const shared = this.storyDocuments.isShared(id);
      this.deskMarks.clear(id);
      const images = this.stories.purge(id, this.tx.timestamp());
      // A shared story may be on the desk: the deletion waits in the profile until the desk confirms it.
      if (shared) {
        this.memberships.awaitDeletion(id);
        this.deleted.queue(id);
      }
      return images;
    });
    this.storyDocuments.forget(id);
    return { id, images, walEmptied: this.emptyWal() };
  }

  /** The id of every story not deleted for good, trashed and archived ones included. */
  liveStoryIds(): string[] {
    return this.tx.read(() => this.stories.liveIds());
  }

  /**
   * Runs several store calls as one transaction: all of them or none, and one
   * commit for a bulk import (each call inside becomes a savepoint).
   */
  runInTransaction<T>(work: () => T): T {
    return this.tx.write(work);
  }

  /** Checkpoints the WAL and truncates it to nothing, without waiting; false when another reader still needs it. */
  emptyWal(): boolean {
    return this.databaseFile.emptyWal();
  }

  /** A number that changes whenever another process (the command line) commits to this profile's database. */
  dataVersion(): number {
    return this.databaseFile.dataVersion();
  }

  /** SQLite's online backup of the live database into `file` (safe while saves go on). */
  backup(file: string): Promise<unknown> {
    return this.databaseFile.backup(file);
  }

  /** The SQLite build this store was opened with, so the profile's other copies (backups) open the same way. */
  get Database(): DatabaseConstructor {
    return this.databaseFile.Database;
  }

  close(): void {
    this.databaseFile.close();
  }

  /** A story made on a profile joined to a desk is shared in the same write, whoever made it (the app, an import, the command line). */
  private sharedIfJoined(story: Story): Story {
    if (this.memberships.membership() !== null) this.storyDocuments.share(story, this.tx.timestamp());
    return story;
  }
}
