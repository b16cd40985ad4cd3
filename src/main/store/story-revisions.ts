import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import { bodyPlainText } from '../../shared/story/body-text';
import {
  describeChange,
  type Revision,
  type RevisionReason,
  type RevisionSnapshot,
  type RevisionSummary,
} from '../../shared/story/revision-schema';
import type { StoryBody } from '../../shared/story/story-schema';
import type { DeskChange } from '../../shared/story/story-parts';
import { wordsOf } from '../../shared/text/word-count';

/** Reasons that mark a step the person may want to undo: kept even when the content equals the newest version. */
const UNDO_POINTS: ReadonlySet<RevisionReason> = new Set<RevisionReason>(['before-restore', 'before-import']);

/** The snapshot without its body, which is spliced in as the stored JSON text so a long body is not parsed. */
export type SnapshotFields = Omit<RevisionSnapshot, 'body'>;

type RevisionRow = {
  id: string;
  story_id: string;
  story_revision: number;
  created_at: string;
  reason: RevisionReason;
  word_count: number;
  headline: string;
  previous_id: string | null;
  words_added: number | null;
  words_removed: number | null;
  desk_changes: string | null;
};

/** The story as a kept version holds it, and what the history needs of it. */
type StoryToKeep = { id: string; revision: number; wordCount: number; bodyJson: string | null; bodyText: string };

type LatestRow = { id: string; content_hash: string; snapshot_json: string; reason: RevisionReason; created_at: string; previous_id: string | null; desk_changes: string | null };

const SUMMARY_COLUMNS =
  'id, story_id, story_revision, created_at, reason, word_count, headline, previous_id, words_added, words_removed, desk_changes';

/** Changes from the desk by the same editors this soon after the last are told in the version kept for it, not in one each. */
const DESK_CHANGE_SPAN_MS = 5 * 60_000;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * How long each kind of revision is kept (nothing typed is ever lost):
 * everything from the last day, then one an hour for a week, one a day for
 * ninety days, and one a week after that.
 */
const THINNING = [
  { upTo: DAY, bucket: 0 },
  { upTo: 7 * DAY, bucket: HOUR },
  { upTo: 90 * DAY, bucket: DAY },
  { upTo: Infinity, bucket: 7 * DAY },
] as const;

/**
 * A story's kept versions. Each is a whole snapshot of the content (JSON), so
 * restoring one never depends on another still existing, and thinning can
 * drop any of them.
 */
export class StoryRevisions {
  private readonly sql;

  constructor(db: Database) {
    this.sql = {
      latest: db.prepare(
        `SELECT id, content_hash, snapshot_json, reason, created_at, previous_id, desk_changes
           FROM revisions WHERE story_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      ),
      setDeskChanges: db.prepare('UPDATE revisions SET desk_changes = ? WHERE id = ?'),
      replace: db.prepare(
        `UPDATE revisions SET story_revision = @storyRevision, created_at = @createdAt, snapshot_json = @snapshot, word_count = @wordCount,
                              headline = @headline, content_hash = @hash, words_added = @wordsAdded, words_removed = @wordsRemoved,
                              desk_changes = @deskChanges
          WHERE id = @id`,
      ),
      insert: db.prepare(
        `INSERT INTO revisions (id, story_id, story_revision, created_at, reason, snapshot_json, word_count, headline,
                                content_hash, previous_id, words_added, words_removed)
         VALUES (@id, @storyId, @storyRevision, @createdAt, @reason, @snapshot, @wordCount, @headline, @hash,
                 @previousId, @wordsAdded, @wordsRemoved)`,
      ),
      list: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE story_id = ? ORDER BY created_at DESC, rowid DESC`),
      get: db.prepare(`SELECT ${SUMMARY_COLUMNS}, snapshot_json FROM revisions WHERE id = ?`),
      all: db.prepare('SELECT id, story_id, created_at, previous_id FROM revisions ORDER BY story_id, created_at, rowid'),
      remove: db.prepare('DELETE FROM revisions WHERE id = ?'),
      snapshotOf: db.prepare('SELECT snapshot_json FROM revisions WHERE id = ?').pluck(),
      setComparison: db.prepare(
        'UPDATE revisions SET previous_id = @previousId, words_added = @wordsAdded, words_removed = @wordsRemoved WHERE id = @id',
      ),
    };
  }

  /**
   * Keeps the story's current content unless it equals the newest kept
   * version; returns the newest either way. The undo points of a restore and
   * an import are always kept, so the history shows them under their own
   * names ("Before restore", "Before import").
   */
  record(story: StoryToKeep, fields: SnapshotFields, reason: RevisionReason, createdAt: string): { recorded: boolean; revision: RevisionSummary } {
    const { snapshot, hash } = snapshotOf(story, fields);
    const latest = this.sql.latest.get(story.id) as LatestRow | undefined;
    if (latest !== undefined && latest.content_hash === hash && !UNDO_POINTS.has(reason)) {
      return { recorded: false, revision: this.summary(latest.id) };
    }
    const words = latest === undefined ? null : wordChanges(snapshotBodyText(latest.snapshot_json), story.bodyText);
    const id = randomUUID();
    this.sql.insert.run({
      id,
      storyId: story.id,
      storyRevision: story.revision,
      createdAt,
      reason,
      snapshot,
      wordCount: story.wordCount,
      headline: fields.headline,
      hash,
      previousId: latest?.id ?? null,
      wordsAdded: words?.added ?? null,
      wordsRemoved: words?.removed ?? null,
    });
    return { recorded: true, revision: this.summary(id) };
  }

  /**
   * Keeps the story as a change from the desk left it, saying who changed
   * what. When the newest kept version is one such, by the same editors and
   * a few minutes old at most, it is brought up to date instead, so an
   * editor typing on the desk makes one version, not one per save.
   */
  recordDeskChange(story: StoryToKeep, fields: SnapshotFields, changes: DeskChange[], createdAt: string): void {
    const latest = this.sql.latest.get(story.id) as LatestRow | undefined;
    const earlier = latest?.reason === 'desk' && latest.desk_changes !== null ? (JSON.parse(latest.desk_changes) as DeskChange[]) : null;
    if (latest !== undefined && earlier !== null && sameEditors(earlier, changes) && Date.parse(createdAt) - Date.parse(latest.created_at) < DESK_CHANGE_SPAN_MS) {
      const { snapshot, hash } = snapshotOf(story, fields);
      const words = latest.previous_id === null ? null : wordChanges(this.bodyTextOf(latest.previous_id), story.bodyText);
      this.sql.replace.run({
        id: latest.id,
        storyRevision: story.revision,
        createdAt,
        snapshot,
        wordCount: story.wordCount,
        headline: fields.headline,
        hash,
        wordsAdded: words?.added ?? null,
        wordsRemoved: words?.removed ?? null,
        deskChanges: JSON.stringify(mergeDeskChanges(earlier, changes)),
      });
      return;
    }
    const { recorded, revision } = this.record(story, fields, 'desk', createdAt);
    if (recorded) this.sql.setDeskChanges.run(JSON.stringify(changes), revision.id);
  }

  /** Newest first. */
  list(storyId: string): RevisionSummary[] {
    const rows = this.sql.list.all(storyId) as RevisionRow[];
    return rows.map((row, index) => summaryFromRow(row, index === rows.length - 1));
  }

  get(id: string): Revision & { storyId: string } {
    const row = this.sql.get.get(id) as (RevisionRow & { snapshot_json: string }) | undefined;
    if (row === undefined) throw revisionNotFound(id);
    return { ...summaryFromRow(row, row.previous_id === null), snapshot: JSON.parse(row.snapshot_json) as RevisionSnapshot };
  }

  /**
   * Thins every story's history (see THINNING), never dropping a story's
   * newest revision, and measures each survivor against its new predecessor.
   * Returns how many revisions were removed.
   */
  prune(now: Date): number {
    const rows = this.sql.all.all() as { id: string; story_id: string; created_at: string; previous_id: string | null }[];
    let removed = 0;
    let start = 0;
    while (start < rows.length) {
      let end = start;
      while (end < rows.length && rows[end]!.story_id === rows[start]!.story_id) end += 1;
      const history = rows.slice(start, end);
      const kept = keptRevisions(history, now.getTime());
      for (const row of history) {
        if (kept.has(row.id)) continue;
        this.sql.remove.run(row.id);
        removed += 1;
      }
      this.remeasure(history.filter((row) => kept.has(row.id)));
      start = end;
    }
    return removed;
  }

  private remeasure(history: { id: string; previous_id: string | null }[]): void {
    history.forEach((row, index) => {
      const previous = index === 0 ? null : history[index - 1]!.id;
      if (row.previous_id === previous) return;
      const words =
        previous === null
          ? null
          : wordChanges(this.bodyTextOf(previous), this.bodyTextOf(row.id));
      this.sql.setComparison.run({
        id: row.id,
        previousId: previous,
        wordsAdded: words?.added ?? null,
        wordsRemoved: words?.removed ?? null,
      });
    });
  }

  private bodyTextOf(id: string): string {
    return snapshotBodyText(this.sql.snapshotOf.get(id) as string);
  }

  private summary(id: string): RevisionSummary {
    const { snapshot: _snapshot, ...summary } = this.get(id);
    return summary;
  }
}

export function revisionNotFound(id: string): ApiError {
  return new ApiError('not_found', `No kept version with id ${id}. It may have been thinned out or deleted with its story.`);
}

function summaryFromRow(row: RevisionRow, first: boolean): RevisionSummary {
  return {
    id: row.id,
    storyId: row.story_id,
    storyRevision: row.story_revision,
    createdAt: row.created_at,
    reason: row.reason,
    wordCount: row.word_count,
    headline: row.headline,
    wordsAdded: row.words_added,
    wordsRemoved: row.words_removed,
    change: describeChange(row.words_added, row.words_removed, first),
    deskChanges: row.desk_changes === null ? null : (JSON.parse(row.desk_changes) as DeskChange[]),
  };
}

/** The snapshot as stored (the body spliced in as its stored JSON text, so a long body is not parsed) and its hash. */
function snapshotOf(story: StoryToKeep, fields: SnapshotFields): { snapshot: string; hash: string } {
  const snapshot = `${JSON.stringify(fields).slice(0, -1)},"body":${story.bodyJson ?? 'null'}}`;
  return { snapshot, hash: createHash('sha256').update(snapshot).digest('hex') };
}

function sameEditors(a: DeskChange[], b: DeskChange[]): boolean {
  const names = (changes: DeskChange[]) => JSON.stringify(changes.map((change) => change.editor).sort());
  return names(a) === names(b);
}

/** Each editor's parts, from both. */
function mergeDeskChanges(earlier: DeskChange[], later: DeskChange[]): DeskChange[] {
  return earlier.map((change) => {
    const more = later.find((other) => other.editor === change.editor)?.parts ?? [];
    return { editor: change.editor, parts: [...new Set([...change.parts, ...more])] };
  });
}

function snapshotBodyText(snapshotJson: string): string {
  const snapshot = JSON.parse(snapshotJson) as { body?: StoryBody | null };
  return bodyPlainText(snapshot.body ?? null);
}

/** Words added and removed, counted as a multiset (order-blind, so it stays linear for 10,000-word stories). */
export function wordChanges(before: string, after: string): { added: number; removed: number } {
  const counts = new Map<string, number>();
  for (const word of wordsOf(before)) counts.set(word, (counts.get(word) ?? 0) + 1);
  let added = 0;
  for (const word of wordsOf(after)) {
    const left = counts.get(word) ?? 0;
    if (left > 0) counts.set(word, left - 1);
    else added += 1;
  }
  let removed = 0;
  for (const left of counts.values()) removed += left;
  return { added, removed };
}

/** The ids to keep from one story's history (oldest first): the newest, and the newest in each thinning bucket. */
function keptRevisions(history: { id: string; created_at: string }[], nowMs: number): Set<string> {
  const kept = new Set<string>();
  const buckets = new Set<string>();
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const row = history[index]!;
    const createdMs = Date.parse(row.created_at);
    const age = nowMs - createdMs;
    const tier = THINNING.findIndex((step) => age < step.upTo);
    const { bucket } = THINNING[tier]!;
    const key = bucket === 0 ? row.id : `${tier}:${Math.floor(createdMs / bucket)}`;
    if (buckets.has(key) && index !== history.length - 1) continue;
    buckets.add(key);
    kept.add(row.id);
  }
  return kept;
}
