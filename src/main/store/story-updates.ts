import type { Database, Statement } from 'better-sqlite3';
import * as Y from 'yjs';

type UpdateRow = { seq: number; update_bytes: Uint8Array };

/** Who made a stored story update: this profile's own edit, or one received from the desk. */
export type StoryUpdateOrigin = 'local' | 'desk';

/** Where a document's updates are kept: the table, and the column naming the document. */
export type UpdatesTable = { table: 'story_updates'; key: 'story_id' } | { table: 'desk_document_updates'; key: 'document' };

export const DESK_DOCUMENT_UPDATES: UpdatesTable = { table: 'desk_document_updates', key: 'document' };

/** Told of each story update stored. */
export type StoryUpdateListener = (storyId: string, update: Uint8Array, seq: number, origin: StoryUpdateOrigin) => void;

/**
 * The story_updates table: each story's Yjs updates (docs/newsroom.md), in
 * the order they were stored. The story's document is all of them merged;
 * compaction stores that merge as one row in their place. The desk's other
 * documents (the newsroom's) are kept the same way in desk_document_updates,
 * by document name (DESK_DOCUMENT_UPDATES). Every method runs inside the
 * caller's transaction.
 */
export class StoryUpdates {
  private readonly rows: Statement<[string], UpdateRow>;
  private readonly rowsAfter: Statement<[string, number], UpdateRow>;
  private readonly lastSeq: Statement<[string], number | null>;
  private readonly insert: Statement<[{ storyId: string; seq: number; update: Uint8Array; storedAt: string }]>;
  private readonly deleteAll: Statement<[string]>;
  private readonly lastSeqs: Statement<[], { story_id: string; seq: number }>;

  /** `stored` hears of each update as it is stored, inside the transaction (the Store tells its listeners once that commits). */
  constructor(
    db: Database,
    private readonly stored: StoryUpdateListener = () => undefined,
    { table, key }: UpdatesTable = { table: 'story_updates', key: 'story_id' },
  ) {
    this.rows = db.prepare(`SELECT seq, update_bytes FROM ${table} WHERE ${key} = ? ORDER BY seq`);
    this.rowsAfter = db.prepare(`SELECT seq, update_bytes FROM ${table} WHERE ${key} = ? AND seq > ? ORDER BY seq`);
    this.lastSeq = db.prepare(`SELECT max(seq) FROM ${table} WHERE ${key} = ?`).pluck() as Statement<[string], number | null>;
    this.insert = db.prepare(`INSERT INTO ${table} (${key}, seq, update_bytes, stored_at) VALUES (@storyId, @seq, @update, @storedAt)`);
    this.deleteAll = db.prepare(`DELETE FROM ${table} WHERE ${key} = ?`);
    this.lastSeqs = db.prepare(`SELECT ${key} AS story_id, max(seq) AS seq FROM ${table} GROUP BY ${key}`);
  }

  /** Stores `update` after the story's others; returns its sequence number. */
  append(storyId: string, update: Uint8Array, storedAt: string, origin: StoryUpdateOrigin = 'local'): number {
    const seq = this.last(storyId) + 1;
    this.insert.run({ storyId, seq, update, storedAt });
    this.stored(storyId, update, seq, origin);
    return seq;
  }

  /** The sequence number of the story's last stored update; 0 when none is stored (the story was never shared). */
  last(storyId: string): number {
    return this.lastSeq.get(storyId) ?? 0;
  }

  /** Every shared story's id with the sequence number of its last stored update. */
  lastOfEach(): Map<string, number> {
    return new Map(this.lastSeqs.all().map((row) => [row.story_id, row.seq]));
  }

  /** The story's updates stored after sequence number `seq`, in order. */
  after(storyId: string, seq: number): Uint8Array[] {
    return this.rowsAfter.all(storyId, seq).map((row) => row.update_bytes);
  }

  /** The story's updates merged into one (null: none stored). */
  merged(storyId: string): Uint8Array | null {
    const updates = this.rows.all(storyId).map((row) => row.update_bytes);
    return updates.length === 0 ? null : Y.mergeUpdates(updates);
  }

  /**
   * Replaces the story's updates with their merge, one row under the last
   * one's sequence number (so later ones still follow it); returns how many
   * rows there were.
   */
  compact(storyId: string, storedAt: string): number {
    const rows = this.rows.all(storyId);
    if (rows.length > 1) {
      this.deleteAll.run(storyId);
      this.insert.run({ storyId, seq: rows.at(-1)!.seq, update: Y.mergeUpdates(rows.map((row) => row.update_bytes)), storedAt });
    }
    return rows.length;
  }
}
