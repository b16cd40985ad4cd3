import type { DatabaseConstructor } from './open-database';

/**
 * Takes `file` out of WAL mode, folding its WAL into it, so no -wal or -shm
 * beside it can be applied to another file put in its place. Returns false,
 * changing nothing, when another connection still has it open.
 */
export function leaveWalMode(file: string, Database: DatabaseConstructor): boolean {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    db.pragma('journal_mode = DELETE');
    return true;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') throw error;
    return false;
  } finally {
    db.close();
  }
}
