import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import type { Story, StoryBody } from '../../shared/story/story-schema';
import type { ImageRecords } from './image-records';
import type { LeadImages } from './lead-image';
import type { RelatedLinks } from './related-links';
import type { SearchIndex } from './search-index';
import type { StoryBylines } from './story-bylines';
import {
  DUPLICATE_STORY_SQL,
  INSERT_STORY_SQL,
  PURGE_STORY_SQL,
  SAVE_ROW_SELECT,
  STORY_ROW_SELECT,
  type SaveRow,
  type StoryRow,
} from './story-columns';
import { storyFromRows } from './story-rows';
import type { StorySlugs } from './story-slugs';
import type { StoryTags } from './story-tags';

/** What a story holds outside its own row, each in its own table. */
export type StoryParts = {
  bylines: StoryBylines;
  tags: StoryTags;
  related: RelatedLinks;
  leadImages: LeadImages;
};

/** A state a story is put aside in, as a time or null. */
export type StoryState = 'archivedAt' | 'trashedAt';

type StoryStateTimes = Record<StoryState, string | null>;

/** Tables holding a story's parts, its kept versions and its exports: emptied when it is deleted for good. */
const STORY_CHILD_TABLES = ['story_bylines', 'story_tags', 'related_links', 'revisions', 'export_log', 'story_updates', 'story_sync'];

/**
 * Stories as whole records: read, created, duplicated, archived, trashed and
 * deleted for good. Every method runs inside the caller's transaction, and
 * keeps the search index in step with what it changes.
 */
export class Stories {
  private readonly sql;

  constructor(
    db: Database,
    private readonly parts: StoryParts,
    private readonly slugs: StorySlugs,
    private readonly searchIndex: SearchIndex,
    private readonly images: ImageRecords,
  ) {
    this.sql = {
      select: db.prepare(`SELECT ${STORY_ROW_SELECT} FROM stories WHERE id = ?`),
      selectForSave: db.prepare(`SELECT ${SAVE_ROW_SELECT} FROM stories WHERE id = ?`),
      bodyText: db.prepare('SELECT body_text FROM stories WHERE id = ?').pluck(),
      deletedAt: db.prepare('SELECT deleted_at FROM stories WHERE id = ?'),
      liveIds: db.prepare('SELECT id FROM stories WHERE deleted_at IS NULL ORDER BY id').pluck(),
      bodyJson: db.prepare('SELECT body_json FROM stories WHERE id = ?').pluck(),
      insert: db.prepare(INSERT_STORY_SQL),
      duplicate: db.prepare(DUPLICATE_STORY_SQL),
      setStates: db.prepare(
        'UPDATE stories SET archived_at = @archivedAt, trashed_at = @trashedAt, revision = revision + 1, modified_at = @now WHERE id = @id',
      ),
      purgeChildren: STORY_CHILD_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE story_id = ?`)),
      purge: db.prepare(PURGE_STORY_SQL),
    };
  }

  /** Whether the story is stored and live, was deleted for good (a tombstone), or was never stored here. */
  stateOf(id: string): 'live' | 'deleted' | 'absent' {
    const row = this.sql.deletedAt.get(id) as { deleted_at: string | null } | undefined;
    if (row === undefined) return 'absent';
    return row.deleted_at === null ? 'live' : 'deleted';
  }

  /** The id of every story not deleted for good, trashed and archived ones included. */
  liveIds(): string[] {
    return this.sql.liveIds.all() as string[];
  }

  /** The story's row; refused when there is no such story or it was deleted for good. */
  requireLive(id: string): StoryRow {
    return live(id, this.sql.select.get(id) as StoryRow | undefined);
  }

  /** The story's row as a save reads it, with the body's hashes instead of the body; refused like requireLive. */
  requireLiveForSave(id: string): SaveRow {
    return live(id, this.sql.selectForSave.get(id) as SaveRow | undefined);
  }

  /** The story a row describes, with its parts. */
  read(row: StoryRow): Story {
    const { bylines, tags, related, leadImages } = this.parts;
    return storyFromRows(row, bylines.rows(row.id), tags.of(row.id), related.rows(row.id), leadImages.of(row.id));
  }

  /** The stored body alone (a save applying an edit to it). */
  body(id: string): StoryBody | null {
    const json = this.sql.bodyJson.get(id) as string | null;
    return json === null ? null : (JSON.parse(json) as StoryBody);
  }

  /** The body's plain text as the search index holds it. */
  bodyText(id: string): string {
    return this.sql.bodyText.get(id) as string;
  }

  /** A new story; `id` is given for one created on another profile (docs/newsroom.md). */
  create(input: { section: string; headline?: string; standfirst?: string }, now: string, id: string = randomUUID()): Story {
    const headline = input.headline ?? '';
    this.sql.insert.run({
      id,
      section: input.section,
      headline,
      standfirst: input.standfirst ?? '',
      slug: this.slugs.derive(headline, id),
      now,
    });
    this.searchIndex.add(id);
    return this.read(this.requireLive(id));
  }

  /** A new draft with the story's content and parts, under a slug of its own. */
  duplicate(id: string, now: string): Story {
    const source = this.requireLive(id);
    const copyId = randomUUID();
    this.sql.duplicate.run({ sourceId: id, id: copyId, slug: this.slugs.derive(source.headline, copyId), now });
    this.parts.bylines.copy(id, copyId);
    this.parts.tags.copy(id, copyId);
    this.parts.related.copy(id, copyId);
    this.searchIndex.add(copyId);
    return this.read(this.requireLive(copyId));
  }

  /** Puts the story aside in `state` (`on`: archived or trashed now) or back. */
  setState(id: string, state: StoryState, on: boolean, now: string): Story {
    const row = this.requireLive(id);
    const states = { archivedAt: row.archived_at, trashedAt: row.trashed_at };
    if ((states[state] !== null) === on) return this.read(row);
    this.writeStates(id, { ...states, [state]: on ? now : null }, now);
    return this.read(this.requireLive(id));
  }

  /** Sets the story's archived and trashed times as given (its shared document's); false when they were so already. */
  setStates(id: string, states: StoryStateTimes, now: string): boolean {
    const row = this.requireLive(id);
    if (row.archived_at === states.archivedAt && row.trashed_at === states.trashedAt) return false;
    this.writeStates(id, states, now);
    return true;
  }

  /**
   * Empties the story into a tombstone (id, revision and times) and removes
   * its parts, kept versions and exports, and its words from the index;
   * returns the images it referred to.
   */
  purge(id: string, now: string): string[] {
    this.requireLive(id);
    const used = this.images.usedByStory(id);
    this.searchIndex.remove(id);
    for (const statement of this.sql.purgeChildren) statement.run(id);
    this.sql.purge.run({ id, now });
    this.searchIndex.optimize();
    return [...used];
  }

  /** A new revision with these archived and trashed times; its library view changes, so it is indexed again. */
  private writeStates(id: string, states: StoryStateTimes, now: string): void {
    this.searchIndex.remove(id);
    this.sql.setStates.run({ id, ...states, now });
    this.searchIndex.add(id);
  }
}

function live<R extends { deleted_at: string | null }>(id: string, row: R | undefined): R {
  if (row === undefined || row.deleted_at !== null) {
    throw new ApiError('not_found', `No story with id ${id}. It may have been deleted for good.`);
  }
  return row;
}

export function describeStory(row: { headline: string }): string {
  return row.headline.trim() === '' ? 'an untitled story' : `"${row.headline}"`;
}
