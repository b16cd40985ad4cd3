import type { Database } from 'better-sqlite3';

/** One numbered step of the server's schema; it runs in a transaction with user_version set to `version` after it. */
type ServerMigration = { version: number; up(db: Database): void };

/** Every step in order; a new one is appended here. */
const migrations: readonly ServerMigration[] = [
  {
    version: 1,
    up(db) {
      db.exec(`
        CREATE TABLE documents (
          name TEXT PRIMARY KEY,
          state BLOB NOT NULL,
          stored_at TEXT NOT NULL
        );
        -- Each update as it arrives, written before the server acknowledges it; folded into documents.state whenever the document is stored.
        CREATE TABLE document_updates (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT NOT NULL,
          data BLOB NOT NULL
        );
        CREATE INDEX document_updates_by_name ON document_updates (name, id);
        CREATE TABLE tokens (
          name TEXT PRIMARY KEY,
          sha256 TEXT NOT NULL UNIQUE,
          created_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    up(db) {
      db.exec(`
        -- A story deleted for good: its document is gone and may never come back, whoever still holds a copy.
        CREATE TABLE deleted_documents (
          name TEXT PRIMARY KEY,
          deleted_at TEXT NOT NULL,
          deleted_by TEXT NOT NULL
        );
      `);
    },
  },
];

export const SERVER_SCHEMA_VERSION = migrations.length;

/** Brings the schema up to date one step at a time; each step commits with its version, so a crash leaves a finished step. */
export function migrateServerDatabase(db: Database): void {
  for (const migration of migrations) {
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
