import type { Database } from 'better-sqlite3';
import type { DatabaseConstructor } from './open-database';

/** Another process holds the lock file. */
export class LockHeldError extends Error {}

/**
 * Opens `file` as a lock: SQLite's exclusive lock on it (fcntl on POSIX,
 * LockFileEx on Windows), which the operating system drops when the process
 * ends, however it ends. Throws LockHeldError when another process has it.
 * Close the returned connection to let go.
 */
export function lockDatabaseFile(file: string, Database: DatabaseConstructor): Database {
  const db = new Database(file, { timeout: 0 });
  try {
    // No journal file beside it; in exclusive locking mode the lock one write takes is kept until close.
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('user_version = 1');
  } catch (error) {
    db.close();
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') throw new LockHeldError(`${file} is locked by another process`);
    throw error;
  }
  return db;
}
