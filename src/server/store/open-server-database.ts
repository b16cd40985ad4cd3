import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import { migrateServerDatabase, SERVER_SCHEMA_VERSION } from './migrations';

/** The server's database file in its data folder: token hashes, and the documents with their pending updates unless PostgreSQL keeps them. */
export function serverDatabaseFile(dataDir: string): string {
  return join(dataDir, 'newsroom.db');
}

/**
 * Opens (or creates) the server's database in `dataDir` with plain Node's
 * SQLite driver, in WAL mode so that `copydesk server token …` can write
 * while the server runs. A file from a newer Copydesk is refused before
 * anything is written to it.
 */
export function openServerDatabase(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true });
  const file = serverDatabaseFile(dataDir);
  const db = new BetterSqlite3(file);
  try {
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SERVER_SCHEMA_VERSION) {
      throw new ApiError(
        'database',
        `The server database ${file} was made by a newer version of Copydesk (schema ${version}; this version knows up to ${SERVER_SCHEMA_VERSION}). Update Copydesk; the file has not been changed.`,
      );
    }
    db.pragma('journal_mode = WAL');
    // An update is acknowledged to its editor only once it is on disk.
    db.pragma('synchronous = FULL');
    // Deleted documents and tokens leave nothing readable in the file.
    db.pragma('secure_delete = ON');
    migrateServerDatabase(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
