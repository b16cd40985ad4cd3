import type { Migration } from './migration';

/**
 * The Yjs updates of each story's shared document (docs/newsroom.md), in
 * the order the profile stored them: its own edits and those received from
 * the desk. Compaction merges a story's updates into one row. A story
 * deleted for good loses its rows with its other parts.
 */
export const storyUpdates: Migration = {
  version: 7,
  name: 'story updates',
  up(db) {
    db.exec(`
      CREATE TABLE story_updates (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        update_bytes BLOB NOT NULL,
        stored_at TEXT NOT NULL,
        PRIMARY KEY (story_id, seq)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
