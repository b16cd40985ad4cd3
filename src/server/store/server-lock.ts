import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';

export type ServerLock = { release(): void };

/**
 * Takes the data folder for one running server: two servers on one folder
 * would each keep their own copy of a document and overwrite each other's
 * edits. The lock is SQLite's exclusive lock on DIR/newsroom.lock, which the
 * operating system drops when the process ends, however it ends, so a
 * killed server never leaves it stuck. The token commands do not take it.
 */
export function holdServerData(dataDir: string): ServerLock {
  mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(join(dataDir, 'newsroom.lock'), { timeout: 0 });
  try {
    // No journal beside it; in exclusive locking mode the lock one write takes is kept until close.
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('user_version = 1');
  } catch (error) {
    db.close();
    if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error;
    throw new ApiError(
      'rejected',
      `Another copydesk server is already running on ${dataDir}. Stop it first, or give this one another --data folder: two servers on one folder would overwrite each other's edits.`,
    );
  }
  return { release: () => db.close() };
}
