import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import { BLOCK_SEPARATOR, bodyTextBlocks } from '../../shared/story/body-text';
import type { LinkingStory, RelatedSuggestion, StoryCard, TagUse } from '../../shared/story/related-schema';
import type { Revision, RevisionReason, RevisionSnapshot, RevisionSummary } from '../../shared/story/revision-schema';
import {
  LIMITS,
  type Author,
  type AuthorChanges,
  type BylineInput,
  leadImageChangeOf,
  type ListStoriesQuery,
  type RelatedLinkInput,
  type SlugCheck,
  type Story,
  type StoryBody,
  type StoryChanges,
  type StorySummary,
} from '../../shared/story/story-schema';
import { BlockWordCounts } from './block-word-counts';
import { foldText } from './fold-text';
import { ExportLog, type ExportLogEntry } from './export-log';
import { ImageRecords, type ImageRecord } from './image-records';
import { LeadImages } from './lead-image';
import { migrateTo, schemaVersionOf } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase, type DatabaseConstructor } from './open-database';
import { RelatedStories } from './related-stories';
import { SearchIndex } from './search-index';
import { StoryLibrary } from './story-library';
import {
  CONTENT_COLUMNS,
  changedColumns,
  DUPLICATE_STORY_SQL,
  INSERT_STORY_SQL,
  PURGE_STORY_SQL,
  SAVE_STORY_SQL,
  STORY_ROW_SELECT,
  type SavedState,
  type StoryRow,
} from './story-columns';
import {
  authorFromRow,
  relatedToRow,
  snapshotFields,
  storyFromRows,
  type AuthorRow,
  type BylineRow,
  type RelatedRow,
} from './story-rows';
import { StorySlugs } from './story-slugs';
import { requireStoredBodyImages } from './stored-body-images';
import { revisionNotFound, StoryRevisions } from './story-revisions';

export type { DatabaseConstructor } from './open-database';

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

/** An author with their photo's extension; `a` is authors, joined to images as `i`. */
const AUTHOR_COLUMNS = 'a.id, a.revision, a.name, a.role, a.organisation, a.email, a.photo_sha256, i.ext AS photo_ext, a.created_at, a.modified_at';
const AUTHOR_SOURCE = 'authors a LEFT JOIN images i ON i.sha256 = a.photo_sha256';

type LeadImageColumn = 'lead_image_sha256' | 'lead_image_alt' | 'lead_image_caption' | 'lead_image_credit';

/**
 * The profile's story and author store: the only code that reads or writes
 * the database. Every write is one transaction, so a refused or failed call
 * leaves the file exactly as it was, and the full-text index changes in the
 * same transaction as the rows it describes.
 */
export class Store {
  readonly schemaVersion: number;
  private readonly searchIndex: SearchIndex;
  private readonly library: StoryLibrary;
  private readonly slugs: StorySlugs;
  private readonly images: ImageRecords;
  private readonly revisions: StoryRevisions;
  private readonly exportLog: ExportLog;
  private readonly leadImages: LeadImages;
  private readonly relatedStories: RelatedStories;
  private readonly blockWords = new BlockWordCounts();
  private readonly sql;

  constructor(
    private readonly db: Database,
    readonly file: string,
    private readonly now: () => Date,
  ) {
    this.schemaVersion = schemaVersionOf(db);
    this.searchIndex = new SearchIndex(db);
    this.library = new StoryLibrary(db);
    this.slugs = new StorySlugs(db);
    this.images = new ImageRecords(db);
    this.revisions = new StoryRevisions(db);
    this.exportLog = new ExportLog(db);
    this.leadImages = new LeadImages(db);
    this.relatedStories = new RelatedStories(db);
    this.sql = prepareStatements(db);
  }

  listStories(query: ListStoriesQuery): { total: number; rows: StorySummary[] } {
    return this.library.list(query);
  }

  getStory(id: string): Story {
    return this.read(() => this.readStory(this.requireLiveRow(id)));
  }

  /** The live story whose slug this is, if any. */
  findStoryIdBySlug(slug: string): string | undefined {
    return this.slugs.ownerOf(slug, '')?.id;
  }

  /** Whether the story may take `slug` (no other live story has it), and the slug it was last exported under. */
  checkSlug(storyId: string, slug: string): SlugCheck {
    return this.read(() => {
      this.requireLiveRow(storyId);
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
      this.requireLiveRow(entry.storyId);
      this.exportLog.record(entry, this.timestamp());
      this.recordRevision(entry.storyId, 'export');
    });
  }

  createStory(input: { section: string; headline?: string; standfirst?: string }): Story {
    return this.write(() => {
      const id = randomUUID();
      const now = this.timestamp();
      const headline = input.headline ?? '';
      this.sql.insertStory.run({
        id,
        section: input.section,
        headline,
        standfirst: input.standfirst ?? '',
        slug: this.slugs.derive(headline, id),
        now,
      });
      this.searchIndex.add(id);
      return this.readStory(this.requireLiveRow(id));
    });
  }

  /**
   * `contentModifiedAt` is for an import only: the story's content was last
   * changed when the imported page says, not when it was read in.
   */
  saveStory(id: string, baseRevision: number, changes: StoryChanges, options: { contentModifiedAt?: string } = {}): Story {
    return this.write(() => {
      const row = this.requireLiveRow(id);
      if (row.revision !== baseRevision) {
        throw new ApiError(
          'conflict',
          `${describeStory(row)} was changed elsewhere since this edit began: it is stored at revision ${row.revision}, and this save was based on revision ${baseRevision}. Nothing was saved; reload the story to see the other changes.`,
        );
      }
      const next = this.nextState(row, changes);
      const bylines = changes.bylines === undefined ? undefined : this.checkedBylines(row, changes.bylines);
      const tags = changes.tags === undefined ? undefined : distinctTags(changes.tags);
      const related = changes.related === undefined ? undefined : this.checkedRelated(row.id, changes.related);

      const bylinesChanged = bylines !== undefined && !sameBylines(this.bylineRows(id), bylines);
      const tagsChanged = tags !== undefined && !sameList(this.sql.selectTags.all(id) as string[], tags);
      const relatedChanged =
        related !== undefined &&
        !sameList(this.relatedRows(id).map(relatedKey), related.map((link) => relatedKey(relatedToRow(link))));
      const contentChanged =
        CONTENT_COLUMNS.some((column) => next[column] !== row[column]) || bylinesChanged || tagsChanged || relatedChanged;
      const ignoresChanged = next.house_style_ignores !== row.house_style_ignores;
      if (!contentChanged && !ignoresChanged && next.status === row.status && next.slug_locked === row.slug_locked) {
        return this.readStory(row);
      }

      const body = next.body_json === row.body_json ? undefined : this.changedBodyText(id, changes.body ?? null);
      const searchChanged =
        next.headline !== row.headline ||
        next.standfirst !== row.standfirst ||
        body !== undefined ||
        next.status !== row.status ||
        next.section !== row.section ||
        bylinesChanged ||
        tagsChanged;
      if (searchChanged) this.searchIndex.remove(id);

      const now = this.timestamp();
      const updated: StoryRow = {
        ...row,
        ...next,
        revision: row.revision + 1,
        word_count: body === undefined ? row.word_count : body.wordCount,
        modified_at: now,
        content_modified_at: contentChanged ? (options.contentModifiedAt ?? now) : row.content_modified_at,
      };
      this.sql.updateStory.run({ ...updated, body_text: body?.text ?? null });
      if (bylinesChanged) this.replaceBylines(id, bylines);
      if (tagsChanged) this.replaceTags(id, tags);
      if (relatedChanged) this.replaceRelated(id, related);
      if (searchChanged) this.searchIndex.add(id);

      // Built from what was just written, so a long body is not read back and parsed again.
      return storyFromRows(
        updated,
        bylines ?? this.bylineRows(id),
        tags ?? (this.sql.selectTags.all(id) as string[]),
        related === undefined ? this.relatedRows(id) : related.map(relatedToRow),
        this.leadImages.of(id),
        changes.body,
      );
    });
  }

  duplicateStory(id: string): Story {
    return this.write(() => {
      const source = this.requireLiveRow(id);
      const copyId = randomUUID();
      this.sql.copyStory.run({
        sourceId: id,
        id: copyId,
        slug: this.slugs.derive(source.headline, copyId),
        now: this.timestamp(),
      });
      this.sql.copyBylines.run({ sourceId: id, id: copyId });
      this.sql.copyTags.run({ sourceId: id, id: copyId });
      this.sql.copyRelated.run({ sourceId: id, id: copyId });
      this.searchIndex.add(copyId);
      return this.readStory(this.requireLiveRow(copyId));
    });
  }

  setArchived(id: string, archived: boolean): Story {
    return this.write(() => {
      const row = this.requireLiveRow(id);
      if ((row.archived_at !== null) === archived) return this.readStory(row);
      const now = this.timestamp();
      this.searchIndex.remove(id);
      this.sql.setArchivedAt.run({ id, at: archived ? now : null, now });
      this.searchIndex.add(id);
      return this.readStory(this.requireLiveRow(id));
    });
  }

  setTrashed(id: string, trashed: boolean): Story {
    return this.write(() => {
      const row = this.requireLiveRow(id);
      if ((row.trashed_at !== null) === trashed) return this.readStory(row);
      const now = this.timestamp();
      this.searchIndex.remove(id);
      this.sql.setTrashedAt.run({ id, at: trashed ? now : null, now });
      this.searchIndex.add(id);
      return this.readStory(this.requireLiveRow(id));
    });
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
      this.requireLiveRow(id);
      const used = this.images.usedByStory(id);
      this.searchIndex.remove(id);
      for (const statement of this.sql.purgeChildren) statement.run(id);
      this.sql.tombstone.run({ id, now: this.timestamp() });
      this.searchIndex.optimize();
      return [...used];
    });
    return { id, images, walEmptied: this.emptyWal() };
  }

  /**
   * Checkpoints the WAL into the database and truncates it to nothing, without
   * waiting: false when it could not finish because another connection (the
   * command line, another window) still reads a snapshot older than the last
   * commit; those frames stay in the WAL until it lets go and this is tried again.
   */
  emptyWal(): boolean {
    if (this.db.inTransaction) return false;
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    // The busy handler would block this (main) thread for as long as the other reader holds on.
    this.db.pragma('busy_timeout = 0');
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
      return result !== undefined && result.busy === 0 && result.log === result.checkpointed;
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  /** Keeps the story's current content as a revision, unless it equals the newest one kept. */
  recordRevision(storyId: string, reason: RevisionReason): { recorded: boolean; revision: RevisionSummary } {
    return this.write(() => {
      const row = this.requireLiveRow(storyId);
      const bodyText = this.sql.selectBodyText.get(storyId) as string;
      return this.revisions.record(
        { id: row.id, revision: row.revision, wordCount: row.word_count, bodyJson: row.body_json, bodyText },
        snapshotFields(
          row,
          this.leadImages.of(storyId),
          this.bylineRows(storyId),
          this.sql.selectTags.all(storyId) as string[],
          this.relatedRows(storyId),
        ),
        reason,
        this.timestamp(),
      );
    });
  }

  /** The story's kept versions, newest first. */
  listRevisions(storyId: string): RevisionSummary[] {
    return this.read(() => {
      this.requireLiveRow(storyId);
      return this.revisions.list(storyId);
    });
  }

  getRevision(id: string): Revision {
    return this.read(() => {
      const revision = this.revisions.get(id);
      this.requireLiveRow(revision.storyId);
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
      return this.saveStory(storyId, baseRevision, this.changesToRestore(storyId, snapshot));
    });
  }

  /** Thins every story's kept versions (see StoryRevisions); returns how many were removed. */
  pruneRevisions(now: Date): number {
    return this.write(() => this.revisions.prune(now));
  }

  /** Cards for the stories this one links to, in order, with their current headlines (external links are left out). */
  resolveRelated(storyId: string): StoryCard[] {
    return this.read(() => {
      this.requireLiveRow(storyId);
      return this.relatedRows(storyId)
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
      this.requireLiveRow(storyId);
      return this.relatedStories.suggest(storyId, limit);
    });
  }

  /** The stories that link to this one: what deleting it for good would leave with a missing link. */
  listLinkingStories(storyId: string): LinkingStory[] {
    return this.read(() => {
      this.requireLiveRow(storyId);
      return this.relatedStories.linking(storyId);
    });
  }

  /** Tags in use that start with `prefix`, the most used first. */
  listTags(prefix: string, limit: number): TagUse[] {
    return this.read(() => this.relatedStories.tags(prefix, limit));
  }

  /** Authors not deleted whose name contains `query` (ignoring case and accents), by name. */
  listAuthors(query: string): Author[] {
    const needle = foldText(query.trim());
    const rows = this.sql.selectAuthors.all() as AuthorRow[];
    return rows.filter((row) => foldText(row.name).includes(needle)).map(authorFromRow);
  }

  createAuthor(fields: { name: string; role: string; organisation: string; email: string; photoSha256?: string | null }): Author {
    return this.write(() => {
      const id = randomUUID();
      const photoSha256 = fields.photoSha256 ?? null;
      this.requireStoredPhoto(photoSha256);
      this.sql.insertAuthor.run({ ...fields, photoSha256, id, now: this.timestamp() });
      return authorFromRow(this.sql.selectAuthor.get(id) as AuthorRow);
    });
  }

  /** The author, and how many stories (not deleted for good) credit them. */
  getAuthor(id: string): { author: Author; storyCount: number } {
    return this.read(() => {
      const author = authorFromRow(this.requireLiveAuthor(id));
      return { author, storyCount: this.sql.selectStoriesOfAuthor.all(id).length };
    });
  }

  /**
   * Edits a directory entry. Bylines keep their own role and organisation;
   * a new name shows on every story (bylines read it from the directory), so
   * those stories are indexed again for search under it.
   */
  updateAuthor(id: string, baseRevision: number, changes: AuthorChanges): Author {
    return this.write(() => {
      const row = this.requireLiveAuthor(id);
      if (row.revision !== baseRevision) {
        throw new ApiError(
          'conflict',
          `${row.name} was changed elsewhere since this edit began: the directory holds revision ${row.revision}, and this edit was based on revision ${baseRevision}. Nothing was saved; reload the author to see the other changes.`,
        );
      }
      const next = { ...row, photoSha256: row.photo_sha256, ...changes };
      const same = (['name', 'role', 'organisation', 'email'] as const).every((key) => next[key] === row[key]);
      if (same && next.photoSha256 === row.photo_sha256) return authorFromRow(row);
      this.requireStoredPhoto(next.photoSha256);
      const stories = next.name === row.name ? [] : (this.sql.selectStoriesOfAuthor.all(id) as string[]);
      for (const storyId of stories) this.searchIndex.remove(storyId);
      this.sql.updateAuthor.run({
        id,
        name: next.name,
        role: next.role,
        organisation: next.organisation,
        email: next.email,
        photoSha256: next.photoSha256,
        now: this.timestamp(),
      });
      for (const storyId of stories) this.refreshBylineNames(storyId);
      return authorFromRow(this.requireLiveAuthor(id));
    });
  }

  /**
   * Moves every byline of `mergeId` to `keepId`, each keeping its story's own
   * role and organisation (a story that already credits `keepId` just drops
   * the other byline), and removes `mergeId` from the directory.
   */
  mergeAuthors(keepId: string, mergeId: string): { author: Author; storiesChanged: number } {
    return this.write(() => {
      if (keepId === mergeId) {
        throw new ApiError('invalid_input', 'An author cannot be merged into themselves. Pick two different authors.', 'mergeId');
      }
      const keep = this.requireLiveAuthor(keepId);
      this.requireLiveAuthor(mergeId);
      const stories = this.sql.selectStoriesOfAuthor.all(mergeId) as string[];
      const now = this.timestamp();
      for (const storyId of stories) {
        this.searchIndex.remove(storyId);
        this.sql.dropMergedByline.run({ storyId, keepId, mergeId });
        this.sql.moveBylines.run({ storyId, keepId, mergeId });
        this.sql.touchStory.run({ id: storyId, now });
        this.refreshBylineNames(storyId);
      }
      this.sql.deleteAuthor.run({ id: mergeId, now });
      return { author: authorFromRow(keep), storiesChanged: stories.length };
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
    return this.sql.selectImage.get(sha256) !== undefined;
  }

  /** Every image the database refers to: stories (lead image and body), kept versions and author photos. */
  imagesInUse(): Set<string> {
    return this.read(() => this.images.inUse());
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
    return this.sql.selectImageExt.get(sha256) as string | undefined;
  }

  /** Records an image file already written to the profile's images folder (content-addressed; a repeat is a no-op). */
  recordImage(image: ImageRecord): void {
    this.write(() => this.images.record(image, this.timestamp()));
  }

  /** SQLite's online backup of the live database into `file` (safe while saves go on). */
  backup(file: string): Promise<unknown> {
    return this.db.backup(file);
  }

  /** The SQLite build this store was opened with, so the profile's other copies (backups) open the same way. */
  get Database(): DatabaseConstructor {
    return this.db.constructor as DatabaseConstructor;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private write<T>(work: () => T): T {
    // IMMEDIATE takes the write lock up front, so two processes saving at once wait rather than fail.
    return this.db.transaction(work).immediate();
  }

  private read<T>(work: () => T): T {
    return this.db.transaction(work).deferred();
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  /** A snapshot as changes a save accepts today: links to stories since deleted are dropped, a slug since taken is derived again. */
  private changesToRestore(storyId: string, snapshot: RevisionSnapshot): StoryChanges {
    const slugFree = snapshot.slugLocked && this.slugs.ownerOf(snapshot.slug, storyId) === undefined;
    return {
      section: snapshot.section,
      headline: snapshot.headline,
      standfirst: snapshot.standfirst,
      socialHeadline: snapshot.socialHeadline,
      socialDescription: snapshot.socialDescription,
      slug: slugFree ? snapshot.slug : null,
      publishDate: snapshot.publishDate,
      authorBio: snapshot.authorBio,
      // A version kept before stories had lead images says nothing about one, so the current one stays.
      ...(snapshot.leadImage === undefined ? {} : { leadImage: snapshot.leadImage === null ? null : leadImageChangeOf(snapshot.leadImage) }),
      body: snapshot.body,
      bylines: snapshot.bylines.map(({ authorId, role, organisation }) => ({ authorId, role, organisation })),
      tags: snapshot.tags,
      related: snapshot.related.filter(
        (link) => link.kind === 'external' || this.sql.selectLiveStoryId.get(link.storyId) !== undefined,
      ),
    };
  }

  private requireLiveRow(id: string): StoryRow {
    const row = this.sql.selectStory.get(id) as StoryRow | undefined;
    if (row === undefined || row.deleted_at !== null) {
      throw new ApiError('not_found', `No story with id ${id}. It may have been deleted for good.`);
    }
    return row;
  }

  private readStory(row: StoryRow): Story {
    const tags = this.sql.selectTags.all(row.id) as string[];
    return storyFromRows(row, this.bylineRows(row.id), tags, this.relatedRows(row.id), this.leadImages.of(row.id));
  }

  /** A photo must be an image importImage stored, so the file is in the profile and in its backups. */
  private requireStoredPhoto(sha256: string | null): void {
    if (sha256 !== null && !this.hasImage(sha256)) {
      throw new ApiError('invalid_input', 'The photo is not among the stored images. Add it again.', 'photoSha256');
    }
  }

  private requireLiveAuthor(id: string): AuthorRow {
    const row = this.sql.selectLiveAuthor.get(id) as AuthorRow | undefined;
    if (row === undefined) {
      throw new ApiError('not_found', `No author with id ${id} in the directory. They may have been merged into another author.`);
    }
    return row;
  }

  /** Rewrites the story's byline names for sorting and search from the directory, and indexes it again (after a remove). */
  private refreshBylineNames(storyId: string): void {
    const names = this.bylineRows(storyId).map((byline) => byline.name);
    this.sql.setBylineNames.run({
      id: storyId,
      sortName: names[0] === undefined ? null : foldText(names[0]),
      searchText: names.join('\n'),
    });
    this.searchIndex.add(storyId);
  }

  private bylineRows(storyId: string): BylineRow[] {
    return this.sql.selectBylines.all(storyId) as BylineRow[];
  }

  private relatedRows(storyId: string): RelatedRow[] {
    return this.sql.selectRelated.all(storyId) as RelatedRow[];
  }

  /**
   * The plain text and word count of a new body, or undefined when its text
   * is the stored one (a change of formatting or of an image), which then
   * keeps its search index entry as it is.
   */
  private changedBodyText(storyId: string, body: StoryBody | null): { text: string; wordCount: number } | undefined {
    const blocks = bodyTextBlocks(body);
    const text = blocks.join(BLOCK_SEPARATOR);
    if (text === this.sql.selectBodyText.get(storyId)) return undefined;
    return { text, wordCount: this.blockWords.total(blocks) };
  }

  /** The row's values after `changes`, with the slug following the headline unless it is locked. */
  private nextState(row: StoryRow, changes: StoryChanges): SavedState {
    const next: SavedState = {
      ...changedColumns(row, changes),
      slug: row.slug,
      slug_locked: row.slug_locked,
      ...this.leadImageColumns(row, changes.leadImage),
      body_json: changes.body === undefined ? row.body_json : this.storedBodyJson(changes.body),
    };
    if (typeof changes.slug === 'string') {
      const owner = this.slugs.ownerOf(changes.slug, row.id);
      if (owner !== undefined) {
        throw new ApiError(
          'rejected',
          `The slug "${changes.slug}" is already used by ${describeStory(owner)}. Choose another slug.`,
        );
      }
      next.slug = changes.slug;
      next.slug_locked = 1;
    } else if (changes.slug === null) {
      next.slug_locked = 0;
      next.slug = this.slugs.derive(next.headline, row.id);
    } else if (row.slug_locked === 0 && next.headline !== row.headline) {
      next.slug = this.slugs.derive(next.headline, row.id);
    }
    return next;
  }

  /** The body as stored; its pictures must be ones importImage stored, so every export finds their files. */
  private storedBodyJson(body: StoryBody | null): string | null {
    requireStoredBodyImages(body, (sha256) => this.storedImageExt(sha256));
    return bodyJson(body);
  }

  /** The lead image's columns after a change; the picture must be one importImage stored, so it is in the profile and its backups. */
  private leadImageColumns(row: StoryRow, change: StoryChanges['leadImage']): Pick<SavedState, LeadImageColumn> {
    if (change === undefined) {
      const { lead_image_sha256, lead_image_alt, lead_image_caption, lead_image_credit } = row;
      return { lead_image_sha256, lead_image_alt, lead_image_caption, lead_image_credit };
    }
    if (change === null) return { lead_image_sha256: null, lead_image_alt: '', lead_image_caption: '', lead_image_credit: '' };
    if (!this.hasImage(change.sha256)) {
      throw new ApiError(
        'invalid_input',
        'The lead image is not among the pictures stored in this profile, so it was not set. Add the picture again from disk.',
        'changes.leadImage.sha256',
      );
    }
    return {
      lead_image_sha256: change.sha256,
      lead_image_alt: change.alt,
      lead_image_caption: change.caption,
      lead_image_credit: change.credit,
    };
  }

  private checkedBylines(row: StoryRow, bylines: BylineInput[]): BylineRow[] {
    const current = new Set(this.bylineRows(row.id).map((byline) => byline.author_id));
    const seen = new Set<string>();
    return bylines.map((byline, index) => {
      const field = `changes.bylines.${index}.authorId`;
      const author = this.sql.selectAuthorForByline.get(byline.authorId) as
        | { name: string; deleted_at: string | null }
        | undefined;
      // A byline the story already has may stay even if its author has since left the directory.
      if (author === undefined || (author.deleted_at !== null && !current.has(byline.authorId))) {
        throw new ApiError(
          'invalid_input',
          `Byline ${index + 1}: there is no author with id ${byline.authorId} in the directory. Pick an author from the directory or add them first.`,
          field,
        );
      }
      if (seen.has(byline.authorId)) {
        throw new ApiError('invalid_input', `Byline ${index + 1}: ${author.name} is already a byline on this story.`, field);
      }
      seen.add(byline.authorId);
      return { author_id: byline.authorId, name: author.name, role: byline.role, organisation: byline.organisation };
    });
  }

  private checkedRelated(storyId: string, related: RelatedLinkInput[]): RelatedLinkInput[] {
    const seen = new Set<string>();
    related.forEach((link, index) => {
      const field = link.kind === 'story' ? `changes.related.${index}.storyId` : `changes.related.${index}.url`;
      if (link.kind === 'story') {
        if (link.storyId === storyId) {
          throw new ApiError('invalid_input', `Related story ${index + 1}: a story cannot be related to itself.`, field);
        }
        if (this.sql.selectLiveStoryId.get(link.storyId) === undefined) {
          throw new ApiError(
            'invalid_input',
            `Related story ${index + 1}: there is no story with id ${link.storyId}. It may have been deleted for good.`,
            field,
          );
        }
      }
      const key = link.kind === 'story' ? `story:${link.storyId}` : `url:${link.url}`;
      if (seen.has(key)) {
        throw new ApiError('invalid_input', `Related story ${index + 1} is already in the list.`, field);
      }
      seen.add(key);
    });
    return related;
  }

  private replaceBylines(storyId: string, bylines: BylineRow[]): void {
    this.sql.deleteBylines.run(storyId);
    bylines.forEach((byline, position) => this.sql.insertByline.run({ ...byline, story_id: storyId, position }));
    const first = bylines[0];
    this.sql.setBylineNames.run({
      id: storyId,
      sortName: first === undefined ? null : foldText(first.name),
      searchText: bylines.map((byline) => byline.name).join('\n'),
    });
  }

  private replaceTags(storyId: string, tags: string[]): void {
    this.sql.deleteTags.run(storyId);
    tags.forEach((tag, position) => this.sql.insertTag.run({ story_id: storyId, position, tag }));
    this.sql.setSearchTags.run({ id: storyId, searchText: tags.join('\n') });
  }

  private replaceRelated(storyId: string, related: RelatedLinkInput[]): void {
    this.sql.deleteRelated.run(storyId);
    related.forEach((link, position) =>
      this.sql.insertRelated.run({ ...relatedToRow(link), story_id: storyId, position }),
    );
  }
}

function prepareStatements(db: Database) {
  const storyChildren = ['story_bylines', 'story_tags', 'related_links', 'revisions', 'export_log'];
  return {
    selectStory: db.prepare(`SELECT ${STORY_ROW_SELECT} FROM stories WHERE id = ?`),
    selectLiveStoryId: db.prepare('SELECT id FROM stories WHERE id = ? AND deleted_at IS NULL'),
    selectBodyText: db.prepare('SELECT body_text FROM stories WHERE id = ?').pluck(),
    selectBylines: db.prepare(
      `SELECT b.author_id, a.name, b.role, b.organisation
         FROM story_bylines b JOIN authors a ON a.id = b.author_id
        WHERE b.story_id = ? ORDER BY b.position`,
    ),
    selectTags: db.prepare('SELECT tag FROM story_tags WHERE story_id = ? ORDER BY position').pluck(),
    selectRelated: db.prepare(
      `SELECT target_story_id, url, headline, standfirst, byline, image_url
         FROM related_links WHERE story_id = ? ORDER BY position`,
    ),
    insertStory: db.prepare(INSERT_STORY_SQL),
    updateStory: db.prepare(SAVE_STORY_SQL),
    copyStory: db.prepare(DUPLICATE_STORY_SQL),
    copyBylines: db.prepare(
      `INSERT INTO story_bylines (story_id, position, author_id, role, organisation)
       SELECT @id, position, author_id, role, organisation FROM story_bylines WHERE story_id = @sourceId`,
    ),
    copyTags: db.prepare(
      `INSERT INTO story_tags (story_id, position, tag) SELECT @id, position, tag FROM story_tags WHERE story_id = @sourceId`,
    ),
    copyRelated: db.prepare(
      `INSERT INTO related_links (story_id, position, target_story_id, url, headline, standfirst, byline, image_url)
       SELECT @id, position, target_story_id, url, headline, standfirst, byline, image_url
         FROM related_links WHERE story_id = @sourceId`,
    ),
    setArchivedAt: db.prepare(
      'UPDATE stories SET archived_at = @at, revision = revision + 1, modified_at = @now WHERE id = @id',
    ),
    setTrashedAt: db.prepare(
      'UPDATE stories SET trashed_at = @at, revision = revision + 1, modified_at = @now WHERE id = @id',
    ),
    purgeChildren: storyChildren.map((table) => db.prepare(`DELETE FROM ${table} WHERE story_id = ?`)),
    tombstone: db.prepare(PURGE_STORY_SQL),
    deleteBylines: db.prepare('DELETE FROM story_bylines WHERE story_id = ?'),
    insertByline: db.prepare(
      `INSERT INTO story_bylines (story_id, position, author_id, role, organisation)
       VALUES (@story_id, @position, @author_id, @role, @organisation)`,
    ),
    setBylineNames: db.prepare(
      'UPDATE stories SET byline_sort_name = @sortName, search_authors = @searchText WHERE id = @id',
    ),
    setSearchTags: db.prepare('UPDATE stories SET search_tags = @searchText WHERE id = @id'),
    deleteTags: db.prepare('DELETE FROM story_tags WHERE story_id = ?'),
    insertTag: db.prepare('INSERT INTO story_tags (story_id, position, tag) VALUES (@story_id, @position, @tag)'),
    deleteRelated: db.prepare('DELETE FROM related_links WHERE story_id = ?'),
    insertRelated: db.prepare(
      `INSERT INTO related_links (story_id, position, target_story_id, url, headline, standfirst, byline, image_url)
       VALUES (@story_id, @position, @target_story_id, @url, @headline, @standfirst, @byline, @image_url)`,
    ),
    selectAuthors: db.prepare(
      `SELECT ${AUTHOR_COLUMNS} FROM ${AUTHOR_SOURCE} WHERE a.deleted_at IS NULL ORDER BY a.name COLLATE NOCASE, a.id`,
    ),
    selectAuthor: db.prepare(`SELECT ${AUTHOR_COLUMNS} FROM ${AUTHOR_SOURCE} WHERE a.id = ?`),
    selectAuthorForByline: db.prepare('SELECT name, deleted_at FROM authors WHERE id = ?'),
    selectLiveAuthor: db.prepare(`SELECT ${AUTHOR_COLUMNS} FROM ${AUTHOR_SOURCE} WHERE a.id = ? AND a.deleted_at IS NULL`),
    selectImage: db.prepare('SELECT sha256 FROM images WHERE sha256 = ?').pluck(),
    selectImageExt: db.prepare('SELECT ext FROM images WHERE sha256 = ?').pluck(),
    selectStoriesOfAuthor: db
      .prepare(
        `SELECT DISTINCT b.story_id FROM story_bylines b JOIN stories s ON s.id = b.story_id
          WHERE b.author_id = ? AND s.deleted_at IS NULL`,
      )
      .pluck(),
    updateAuthor: db.prepare(
      `UPDATE authors SET revision = revision + 1, name = @name, role = @role, organisation = @organisation,
         email = @email, photo_sha256 = @photoSha256, modified_at = @now
       WHERE id = @id`,
    ),
    dropMergedByline: db.prepare(
      `DELETE FROM story_bylines WHERE story_id = @storyId AND author_id = @mergeId
         AND EXISTS (SELECT 1 FROM story_bylines WHERE story_id = @storyId AND author_id = @keepId)`,
    ),
    moveBylines: db.prepare('UPDATE story_bylines SET author_id = @keepId WHERE story_id = @storyId AND author_id = @mergeId'),
    touchStory: db.prepare(
      'UPDATE stories SET revision = revision + 1, modified_at = @now, content_modified_at = @now WHERE id = @id',
    ),
    deleteAuthor: db.prepare(
      'UPDATE authors SET revision = revision + 1, modified_at = @now, deleted_at = @now WHERE id = @id',
    ),
    insertAuthor: db.prepare(
      `INSERT INTO authors (id, revision, name, role, organisation, email, photo_sha256, created_at, modified_at)
       VALUES (@id, 1, @name, @role, @organisation, @email, @photoSha256, @now, @now)`,
    ),
  };
}

function bodyJson(body: StoryChanges['body']): string | null {
  if (body === null || body === undefined) return null;
  const json = JSON.stringify(body);
  if (json.length > LIMITS.bodyJsonBytes) {
    throw new ApiError(
      'invalid_input',
      `The story body is too large to save (${Math.round(json.length / 1_048_576)} MB; at most ${LIMITS.bodyJsonBytes / 1_048_576} MB). Split it into several stories.`,
      'changes.body',
    );
  }
  return json;
}

function describeStory(row: { headline: string }): string {
  return row.headline.trim() === '' ? 'an untitled story' : `"${row.headline}"`;
}

/** Tags in order, each once (ignoring case): the first spelling wins. */
function distinctTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = foldText(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameBylines(a: BylineRow[], b: BylineRow[]): boolean {
  return sameList(
    a.map((x) => JSON.stringify([x.author_id, x.role, x.organisation])),
    b.map((x) => JSON.stringify([x.author_id, x.role, x.organisation])),
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function relatedKey(row: RelatedRow): string {
  return JSON.stringify([row.target_story_id, row.url, row.headline, row.standfirst, row.byline, row.image_url]);
}
