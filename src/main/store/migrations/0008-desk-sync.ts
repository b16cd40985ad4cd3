import type { Migration } from './migration';

/**
 * The desk this profile joined (docs/newsroom.md): the server's address, the
 * editor's token (a secret: kept here only, never shown again) and when it
 * joined and last synced; at most one row. And, per story, the last of its
 * stored updates (story_updates.seq) the server has acknowledged: those
 * after it are the changes still waiting to go up.
 */
export const deskSync: Migration = {
  version: 8,
  name: 'desk sync',
  up(db) {
    db.exec(`
      CREATE TABLE desk_membership (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server_url TEXT NOT NULL,
        token TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        last_synced_at TEXT
      ) STRICT;
      CREATE TABLE story_sync (
        story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        acknowledged_seq INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
