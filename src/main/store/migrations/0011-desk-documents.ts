import type { Migration } from './migration';

/**
 * The Yjs updates of the desk's documents that are not a story's, by the
 * document's name on the desk: the newsroom document (its list of stories
 * and its author directory, docs/newsroom.md), kept on the profile as a
 * story's document is in story_updates, so an author changed offline waits
 * here, merged by Yjs, until it goes up. And, per document, the last of its
 * stored updates the server has acknowledged, as story_sync does for stories.
 */
export const deskDocuments: Migration = {
  version: 11,
  name: 'desk documents',
  up(db) {
    db.exec(`
      CREATE TABLE desk_document_updates (
        document TEXT NOT NULL,
        seq INTEGER NOT NULL,
        update_bytes BLOB NOT NULL,
        stored_at TEXT NOT NULL,
        PRIMARY KEY (document, seq)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE desk_document_sync (
        document TEXT PRIMARY KEY,
        acknowledged_seq INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
