import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import type { LinkingStory, RelatedSuggestion, StoryCard, TagUse } from '../../shared/story/related-schema';
import type { Revision, RevisionReason, RevisionSummary } from '../../shared/story/revision-schema';
import type { HouseWordEntry, HouseWordSource } from '../../shared/spelling/house-dictionary-schema';
import type { DeskAuthor } from '../../shared/newsroom/desk-authors';
import type {
  Author,
  AuthorChanges,
  ListStoriesQuery,
  SaveAck,
  SlugCheck,
  Story,
  StoryChanges,
  StorySummary,
} from '../../shared/story/story-schema';
import { AuthorDirectory, type NewAuthor } from './author-directory';
import { BylineMoves } from './byline-moves';
import { DatabaseFile } from './database-file';
import { DeskDirectory } from './desk-directory';
import { DeskMemberships, type DeskMembership, type WaitingStory } from './desk-membership';
import { ExportLog, type ExportLogEntry } from './export-log';
import { HouseWords } from './house-words';
import { ImageRecords, type ImageRecord } from './image-records';
import { LeadImages } from './lead-image';
import { migrateTo, schemaVersionOf } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase, type DatabaseConstructor } from './open-database';
import { RelatedLinks } from './related-links';
import { RelatedStories } from './related-stories';
import { SearchIndex } from './search-index';
import { SlugClashes } from './slug-clashes';
import { Stories, type StoryParts } from './stories';
import { StoryBylines } from './story-bylines';
import { StoryDeskMarks } from './story-desk-marks';
import { StoryDocuments } from './story-documents';
import { LATER_DATABASE, StoryRewind } from './story-rewind';
import { StoryHistory } from './story-history';
import { StoryLibrary } from './story-library';
import { StoryMerges, type ReceivedUpdate } from './story-merges';
import { revisionNotFound, StoryRevisions } from './story-revisions';
import { StorySaves } from './story-saves';
import { StorySlugs } from './story-slugs';
import { StoryStates } from './story-states';
import { StoryTags } from './story-tags';
import { StoryUpdates, type StoryUpdateListener, type StoryUpdateOrigin } from './story-updates';

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
 * the database. Every write is one transaction, so a refused or failed call
 * leaves the file exactly as it was, and the full-text index changes in the
 * same transaction as the rows it describes. Each concern has its own module
 * (stories, saves, kept versions, authors, images, related stories, search,
 * the database file); this class gives each call its transaction and clock.
 */
export class Store {
  readonly schemaVersion: number;
  private readonly library: StoryLibrary;
  private readonly slugs: StorySlugs;
  private readonly images: ImageRecords;
  private readonly revisions: StoryRevisions;
  private readonly exportLog: ExportLog;
  private readonly parts: StoryParts;
  private readonly stories: Stories;
  private readonly saves: StorySaves;
  private readonly history: StoryHistory;
  private readonly authors: AuthorDirectory;
  private readonly deskDirectory: DeskDirectory;
  private readonly relatedStories: RelatedStories;
  private readonly houseWords: HouseWords;
  private readonly storyUpdates: StoryUpdates;
  private readonly documents: StoryDocuments;
  private readonly merges: StoryMerges;
  private readonly states: StoryStates;
  private readonly desk: DeskMemberships;
  private readonly deskMarks: StoryDeskMarks;
  private readonly databaseFile: DatabaseFile;
  private readonly storyUpdateListeners = new Set<StoryUpdateListener>();
  /** The story updates the write under way stored, told to the listeners once it commits. */
  private storedUpdates: Parameters<StoryUpdateListener>[] = [];
  private readonly deletionListeners = new Set<(storyId: string) => void>();
  /** The stories the write under way deleted for good that the desk must be told of, told once it commits. */
  private deletions: string[] = [];
  private readonly authorListeners = new Set<(authorId: string) => void>();
  /** The authors the write under way added or changed here, told once it commits. */
  private changedAuthors: string[] = [];

  constructor(
    private readonly db: Database,
    readonly file: string,
    private readonly now: () => Date,
  ) {
    this.schemaVersion = schemaVersionOf(db);
    const searchIndex = new SearchIndex(db);
    this.library = new StoryLibrary(db);
    this.slugs = new StorySlugs(db);
    this.images = new ImageRecords(db);
    this.revisions = new StoryRevisions(db);
    this.exportLog = new ExportLog(db);
    this.parts = { bylines: new StoryBylines(db), tags: new StoryTags(db), related: new RelatedLinks(db), leadImages: new LeadImages(db) };
    this.stories = new Stories(db, this.parts, this.slugs, searchIndex, this.images);
    this.storyUpdates = new StoryUpdates(db, (...stored) => this.storedUpdates.push(stored));
    this.documents = new StoryDocuments(this.storyUpdates);
    this.desk = new DeskMemberships(db);
    this.deskMarks = new StoryDeskMarks(db);
    this.saves = new StorySaves(db, this.stories, this.parts, this.slugs, searchIndex, this.images, this.documents, () => this.desk.editorName());
    this.history = new StoryHistory(this.stories, this.parts, this.slugs, this.revisions);
    this.states = new StoryStates(this.stories, this.documents);
    const slugClashes = new SlugClashes(this.stories, this.saves, this.slugs, this.documents);
    this.merges = new StoryMerges(this.stories, this.saves, this.documents, this.history, slugClashes, this.states, this.deskMarks, this.parts.bylines, this.images);
    const bylineMoves = new BylineMoves(this.stories, this.parts.bylines, this.saves);
    this.authors = new AuthorDirectory(db, this.parts.bylines, bylineMoves, searchIndex, this.images);
    this.deskDirectory = new DeskDirectory(db, this.parts.bylines, searchIndex, this.images, bylineMoves);
    this.relatedStories = new RelatedStories(db);
    this.houseWords = new HouseWords(db);
    this.databaseFile = new DatabaseFile(db);
  }

  listStories(query: ListStoriesQuery): { total: number; rows: StorySummary[] } {
    return this.library.list(query);
  }

  getStory(id: string): Story {
    return this.read(() => this.stories.read(this.stories.requireLive(id)));
  }

  /** The live story whose slug this is, if any. */
  findStoryIdBySlug(slug: string): string | undefined {
    return this.slugs.ownerOf(slug, '')?.id;
  }

  /** Whether the story may take `slug` (no other live story has it), and the slug it was last exported under. */
  checkSlug(storyId: string, slug: string): SlugCheck {
    return this.read(() => {
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
    this.write(() => {
      this.stories.requireLive(entry.storyId);
      this.exportLog.record(entry, this.timestamp());
      this.history.record(entry.storyId, 'export', this.timestamp());
    });
  }

  /** On a profile joined to a desk the story is shared at once, so the desk sync puts it up (docs/newsroom.md). */
  createStory(input: { section: string; headline?: string; standfirst?: string }): Story {
    return this.write(() => this.sharedIfJoined(this.stories.create(input, this.timestamp())));
  }

  /**
   * Applies the changes as a new revision and acknowledges it (StorySaves),
   * through the story's document when it is shared (docs/newsroom.md);
   * getStory reads the whole story when a caller needs it. `contentModifiedAt`
   * is for an import only: the story's content was last changed when the
   * imported page says, not when it was read in.
   */
  saveStory(id: string, baseRevision: number, changes: StoryChanges, options: { contentModifiedAt?: string } = {}): SaveAck {
    return this.write(() => this.saves.save(id, baseRevision, changes, this.timestamp(), options.contentModifiedAt));
  }

  /** Shared at once on a joined profile, as a new story is. */
  duplicateStory(id: string): Story {
    return this.write(() => this.sharedIfJoined(this.stories.duplicate(id, this.timestamp())));
  }

  /** Archives or unarchives the story; on a shared story through its document too, so it syncs as a state. */
  setArchived(id: string, archived: boolean): Story {
    return this.write(() => this.states.set(id, 'archivedAt', archived, this.timestamp()));
  }

  /** Moves the story to the trash or back; on a shared story through its document too, so it syncs as a state. */
  setTrashed(id: string, trashed: boolean): Story {
    return this.write(() => this.states.set(id, 'trashedAt', trashed, this.timestamp()));
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
    const images = this.write(() => {
      const shared = this.documents.isShared(id);
      this.deskMarks.clear(id);
      const images = this.stories.purge(id, this.timestamp());
      // A shared story may be on the desk: the deletion waits in the profile until the desk confirms it.
      if (shared) {
        this.desk.awaitDeletion(id);
        this.deletions.push(id);
      }
      return images;
    });
    this.documents.forget(id);
    return { id, images, walEmptied: this.emptyWal() };
  }

  /**
   * The desk deleted the story for good (another profile asked it to): it is
   * purged here the same way, and no deletion waits to go up. Null when this
   * profile does not hold it (never had it, or deleted it already).
   */
  purgeDeletedOnDesk(id: string): { id: string; images: string[]; walEmptied: boolean } | null {
    const images = this.write(() => {
      this.desk.deletionDone(id);
      return this.stories.stateOf(id) === 'live' ? this.stories.purge(id, this.timestamp()) : null;
    });
    this.documents.forget(id);
    return images === null ? null : { id, images, walEmptied: this.emptyWal() };
  }

  /** The stories deleted for good here whose deletion has not reached the desk yet. */
  deskDeletionsWaiting(): string[] {
    return this.read(() => this.desk.deletionsWaiting());
  }

  /** The desk confirmed the story's deletion. */
  recordDeskDeletion(id: string): void {
    this.write(() => this.desk.deletionDone(id));
  }

  /** Calls `listener` with each story deleted for good here that the desk must be told of, once the deletion is committed; returns how to stop. */
  onDeskDeletion(listener: (storyId: string) => void): () => void {
    this.deletionListeners.add(listener);
    return () => this.deletionListeners.delete(listener);
  }

  /**
   * Gives the story its shared document (docs/newsroom.md), made from its
   * rows, unless it has one; from then on every save goes through it.
   */
  shareStory(id: string): void {
    this.write(() => {
      const row = this.stories.requireLive(id);
      if (!this.documents.isShared(id)) this.documents.share(this.stories.read(row), this.timestamp());
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
  receiveStoryUpdate(id: string, update: Uint8Array): ReceivedUpdate | null {
    return this.write(() => this.merges.receive(id, update, this.timestamp()));
  }

  /**
   * Stores a Yjs update of the story's shared document as it is
   * (docs/newsroom.md); returns its sequence number. `origin` tells the
   * listeners (the desk sync) whether it came from the desk, so it is not sent back.
   */
  appendStoryUpdate(storyId: string, update: Uint8Array, origin: StoryUpdateOrigin = 'local'): number {
    return this.write(() => {
      this.stories.requireLive(storyId);
      return this.storyUpdates.append(storyId, update, this.timestamp(), origin);
    });
  }

  /**
   * Calls `listener` for every story update this store stores from now on
   * (a save of a shared story, an update from the desk), once its write is
   * committed; returns how to stop.
   */
  onStoryUpdate(listener: StoryUpdateListener): () => void {
    this.storyUpdateListeners.add(listener);
    return () => this.storyUpdateListeners.delete(listener);
  }

  /** Every shared live story's id with the sequence number of its last stored update. */
  storyUpdateMarks(): Map<string, number> {
    return this.read(() => {
      const live = new Set(this.stories.liveIds());
      return new Map([...this.storyUpdates.lastOfEach()].filter(([id]) => live.has(id)));
    });
  }

  /** A number that changes whenever another process (the command line) commits to this profile's database. */
  dataVersion(): number {
    return this.databaseFile.dataVersion();
  }

  /** The story's document as one update with the sequence number of the last update in it; null when none is stored. */
  storyDocumentAt(storyId: string): { state: Uint8Array; seq: number } | null {
    return this.read(() => {
      this.stories.requireLive(storyId);
      const state = this.storyUpdates.merged(storyId);
      return state === null ? null : { state, seq: this.storyUpdates.last(storyId) };
    });
  }

  /**
   * Rewinds this database's shared stories over all `laterFile` (the
   * database a restored backup replaces) knew of them, as this profile's
   * own edits (StoryRewind); how many stories. One transaction: all or none.
   */
  rewindSharedStories(laterFile: string): number {
    this.db.prepare(`ATTACH DATABASE ? AS ${LATER_DATABASE}`).run(laterFile);
    try {
      return this.write(() => new StoryRewind(this.db, this.stories, this.saves, this.documents).rewind(this.timestamp()));
    } finally {
      this.db.prepare(`DETACH DATABASE ${LATER_DATABASE}`).run();
    }
  }

  /** The desk this profile joined (its token included, for the sync alone); null when it has joined none. */
  deskMembership(): DeskMembership | null {
    return this.read(() => this.desk.membership());
  }

  /**
   * Joins the desk at `serverUrl` with the editor's token, in place of any
   * desk joined before; `editorName` is written beside every change this
   * profile makes to a shared story, for the other editors to see.
   */
  joinDesk(serverUrl: string, token: string, editorName: string | null = null): void {
    this.write(() => this.desk.join(serverUrl, token, editorName, this.timestamp()));
  }

  /** The name this profile's editor gave on joining the desk; null when none was given or it has not joined. */
  deskEditorName(): string | null {
    return this.read(() => this.desk.editorName());
  }

  /**
   * Changes the name this profile's editor goes by on the desk, for the
   * changes they make and their caret from now on (what they changed before
   * keeps the name it was made under). Refused when the profile has not joined.
   */
  renameDeskEditor(editorName: string): void {
    this.write(() => {
      if (!this.desk.rename(editorName)) {
        throw new ApiError('rejected', 'This profile has not joined a desk, so it has no name on one. Join the desk first (Settings → Newsroom).', 'editorName');
      }
    });
  }

  /** The story was opened here: it is no longer marked as changed by others on the desk. Whether it was. */
  markStoryOpened(storyId: string): boolean {
    return this.write(() => {
      this.stories.requireLive(storyId);
      return this.deskMarks.clear(storyId);
    });
  }

  /** Leaves the desk: the token is forgotten; the stories and their documents stay. */
  leaveDesk(): void {
    this.write(() => this.desk.leave());
  }

  /** Notes that the profile and the desk agreed just now. */
  recordDeskSynced(): void {
    this.write(() => this.desk.recordSynced(this.timestamp()));
  }

  /** The server holds the story's stored updates up to `seq` (docs/newsroom.md). */
  acknowledgeStoryUpdates(storyId: string, seq: number): void {
    this.write(() => this.desk.acknowledge(storyId, seq));
  }

  /** The stories with stored updates the desk has not acknowledged yet, and how many each. */
  storyUpdatesWaiting(): WaitingStory[] {
    return this.read(() => this.desk.waiting());
  }

  /** The id of every story not deleted for good, trashed and archived ones included. */
  liveStoryIds(): string[] {
    return this.read(() => this.stories.liveIds());
  }

  /** The story's shared document as one Yjs update, all its stored updates merged; null when none is stored. */
  storyDocumentState(storyId: string): Uint8Array | null {
    return this.read(() => {
      this.stories.requireLive(storyId);
      return this.storyUpdates.merged(storyId);
    });
  }

  /** The story's updates stored after sequence number `seq` (its own saves and the desk's), and the number they reach. */
  storyUpdatesAfter(storyId: string, seq: number): { updates: Uint8Array[]; seq: number } {
    return this.read(() => {
      this.stories.requireLive(storyId);
      return { updates: this.storyUpdates.after(storyId, seq), seq: this.storyUpdates.last(storyId) };
    });
  }

  /** Merges the story's stored updates into one; returns how many there were. */
  compactStoryUpdates(storyId: string): number {
    return this.write(() => {
      this.stories.requireLive(storyId);
      return this.storyUpdates.compact(storyId, this.timestamp());
    });
  }

  /** Checkpoints the WAL and truncates it to nothing, without waiting; false when another reader still needs it. */
  emptyWal(): boolean {
    return this.databaseFile.emptyWal();
  }

  /** Keeps the story's current content as a revision, unless it equals the newest one kept. */
  recordRevision(storyId: string, reason: RevisionReason): { recorded: boolean; revision: RevisionSummary } {
    return this.write(() => this.history.record(storyId, reason, this.timestamp()));
  }

  /** The story's kept versions, newest first. */
  listRevisions(storyId: string): RevisionSummary[] {
    return this.read(() => {
      this.stories.requireLive(storyId);
      return this.revisions.list(storyId);
    });
  }

  getRevision(id: string): Revision {
    return this.read(() => {
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
  restoreRevision(storyId: string, revisionId: string, baseRevision: number): Story {
    return this.write(() => {
      const { storyId: owner, snapshot } = this.revisions.get(revisionId);
      if (owner !== storyId) throw revisionNotFound(revisionId);
      this.recordRevision(storyId, 'before-restore');
      this.saveStory(storyId, baseRevision, this.history.changesToRestore(storyId, snapshot));
      return this.getStory(storyId);
    });
  }

  /** Thins every story's kept versions (see StoryRevisions); returns how many were removed. */
  pruneRevisions(now: Date): number {
    return this.write(() => this.revisions.prune(now));
  }

  /** Cards for the stories this one links to, in order, with their current headlines (external links are left out). */
  resolveRelated(storyId: string): StoryCard[] {
    return this.read(() => {
      this.stories.requireLive(storyId);
      return this.parts.related
        .rows(storyId)
        .flatMap((row) => (row.target_story_id === null ? [] : [this.relatedStories.card(row.target_story_id)]));
    });
  }

  /** A story as a related-story card shows it now: "missing" when it was deleted for good (or never stored). */
  storyCard(storyId: string): StoryCard {
    return this.storyCards([storyId])[0]!;
  }

  /** Cards for any stories by id, in order; one deleted for good (or never stored) is "missing". */
  storyCards(ids: readonly string[]): StoryCard[] {
    return this.read(() => ids.map((id) => this.relatedStories.card(id)));
  }

  /** Stories worth linking from this one, best first, each with why (see RelatedStories.suggest). */
  suggestRelated(storyId: string, limit: number): RelatedSuggestion[] {
    return this.read(() => {
      this.stories.requireLive(storyId);
      return this.relatedStories.suggest(storyId, limit);
    });
  }

  /** The stories that link to this one: what deleting it for good would leave with a missing link. */
  listLinkingStories(storyId: string): LinkingStory[] {
    return this.read(() => {
      this.stories.requireLive(storyId);
      return this.relatedStories.linking(storyId);
    });
  }

  /** Tags in use that start with `prefix`, the most used first. */
  listTags(prefix: string, limit: number): TagUse[] {
    return this.read(() => this.relatedStories.tags(prefix, limit));
  }

  /** Authors not deleted whose name contains `query` (ignoring case and accents), by name. */
  listAuthors(query: string): Author[] {
    return this.authors.list(query);
  }

  createAuthor(fields: NewAuthor): Author {
    return this.write(() => this.authorChanged(this.authors.create(fields, this.timestamp())));
  }

  /** The author, and how many stories (not deleted for good) credit them. */
  getAuthor(id: string): { author: Author; storyCount: number } {
    return this.read(() => this.authors.get(id));
  }

  /** Edits a directory entry; a new name is shown and searched on every story that credits them. */
  updateAuthor(id: string, baseRevision: number, changes: AuthorChanges): Author {
    return this.write(() => this.authorChanged(this.authors.update(id, baseRevision, changes, this.timestamp())));
  }

  /** Moves every byline of `mergeId` to `keepId` and removes `mergeId` from the directory. */
  mergeAuthors(keepId: string, mergeId: string): { author: Author; storiesChanged: number } {
    return this.write(() => {
      const merged = this.authors.merge(keepId, mergeId, this.timestamp());
      this.changedAuthors.push(mergeId);
      return merged;
    });
  }

  /** Every author of the directory, deleted (merged) ones included, as the desk shares them (docs/newsroom.md). */
  deskAuthors(): DeskAuthor[] {
    return this.read(() => this.deskDirectory.list());
  }

  /**
   * Writes the desk's authors into the directory, in one transaction (see
   * DeskDirectory.apply): new ones under the desk's ids, others field by
   * field unless changed here since; then the stories crediting an author
   * merged into another credit the author kept, each saved like any edit.
   * Returns the ids written and the photos this profile lacks (left as they
   * were until the picture is stored).
   */
  applyDeskAuthors(authors: Iterable<DeskAuthor>): { written: string[]; lackingPhotos: string[] } {
    return this.write(() => this.deskDirectory.apply(authors, this.timestamp()));
  }

  /** Calls `listener` with each author added, edited or merged away here (not from the desk), once committed; returns how to stop. */
  onAuthorChange(listener: (authorId: string) => void): () => void {
    this.authorListeners.add(listener);
    return () => this.authorListeners.delete(listener);
  }

  /** The house dictionary, in alphabetical order whatever the case. */
  listHouseWords(): HouseWordEntry[] {
    return this.houseWords.list();
  }

  /** Adds a (validated) word to the house dictionary; one already there, exactly as cased, is left as it was. */
  addHouseWord(word: string, source: HouseWordSource): { added: boolean; word: HouseWordEntry } {
    return this.write(() => {
      const added = this.houseWords.add(word, source, this.timestamp());
      return { added, word: this.houseWords.get(word)! };
    });
  }

  /** Removes a word (exactly as cased) from the house dictionary; refused when it is not there. */
  removeHouseWord(word: string): void {
    this.write(() => {
      if (this.houseWords.remove(word)) return;
      const others = this.houseWords.list().filter((entry) => entry.word.toLowerCase() === word.toLowerCase());
      const hint = others.length > 0 ? ` It has ${others.map((entry) => `“${entry.word}”`).join(', ')}: words are kept exactly as cased.` : '';
      throw new ApiError('not_found', `“${word}” is not in the house dictionary, so nothing was removed.${hint}`);
    });
  }

  /**
   * Runs several store calls as one transaction: all of them or none, and one
   * commit for a bulk import (each call inside becomes a savepoint).
   */
  runInTransaction<T>(work: () => T): T {
    return this.write(work);
  }

  /** Whether importImage has stored this picture in the profile. */
  hasImage(sha256: string): boolean {
    return this.images.has(sha256);
  }

  /** Every image the database refers to: stories (lead image and body), kept versions and author photos. */
  imagesInUse(): Set<string> {
    return this.read(() => this.images.inUse());
  }

  /** The pictures a live story shows now (its lead image and body), which go to the desk with it. */
  picturesOfStory(storyId: string): Set<string> {
    return this.read(() => this.images.shownByStory(storyId));
  }

  /** The pictures the live stories show now and the authors' photos: those this profile puts on the desk. */
  picturesOfLiveStoriesAndAuthors(): Set<string> {
    return this.read(() => this.images.shownByLiveStoriesAndAuthors());
  }

  /**
   * Forgets the images recorded before `before` that nothing in the database
   * refers to and that are not in `keep`; returns their file names. Newer ones
   * are left: a picture just added may not be in a saved story yet.
   */
  forgetUnusedImages(keep: ReadonlySet<string>, before: Date): string[] {
    return this.write(() => {
      const inUse = this.images.inUse();
      for (const sha256 of keep) inUse.add(sha256);
      return this.images.forgetUnused(inUse, before.toISOString());
    });
  }

  /** The type (file extension) this picture is stored as, or undefined when importImage has not stored it. */
  storedImageExt(sha256: string): string | undefined {
    return this.images.storedExt(sha256);
  }

  /** Records an image file already written to the profile's images folder (content-addressed; a repeat is a no-op). */
  recordImage(image: ImageRecord): void {
    this.write(() => this.images.record(image, this.timestamp()));
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

  private write<T>(work: () => T): T {
    let result: T;
    try {
      // IMMEDIATE takes the write lock up front, so two processes saving at once wait rather than fail.
      result = this.db.transaction(work).immediate();
    } catch (error) {
      // A loaded document may hold a change the rolled-back transaction took away: load them again.
      this.documents.forgetAll();
      this.storedUpdates = [];
      this.deletions = [];
      this.changedAuthors = [];
      throw error;
    }
    // A write inside another (runInTransaction) leaves the telling to the outer one, once it commits.
    if (this.db.inTransaction) return result;
    const stored = this.storedUpdates;
    const deletions = this.deletions;
    const authors = this.changedAuthors;
    this.storedUpdates = [];
    this.deletions = [];
    this.changedAuthors = [];
    for (const update of stored) for (const listener of this.storyUpdateListeners) listener(...update);
    for (const id of deletions) for (const listener of this.deletionListeners) listener(id);
    for (const id of authors) for (const listener of this.authorListeners) listener(id);
    return result;
  }

  /** A story made on a profile joined to a desk is shared in the same write, whoever made it (the app, an import, the command line). */
  private sharedIfJoined(story: Story): Story {
    if (this.desk.membership() !== null) this.documents.share(story, this.timestamp());
    return story;
  }

  private authorChanged(author: Author): Author {
    this.changedAuthors.push(author.id);
    return author;
  }

  private read<T>(work: () => T): T {
    return this.db.transaction(work).deferred();
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}
