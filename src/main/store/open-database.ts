import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';

/** better-sqlite3's constructor, injected: Node uses better-sqlite3, Electron better-sqlite3-napi. */
export type DatabaseConstructor = typeof BetterSqlite3;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;
const UNCHANGED = 'the file has not been changed';

/** The database file is damaged; the profile adds where the latest good backup is. */
export class DamagedDatabaseError extends ApiError {
  constructor(message: string) {
    super('database', message);
  }
}

/**
 * Opens the profile's database for writing, but only after making sure that
 * doing so cannot harm it: a file that is not SQLite, one written by a newer
 * Copydesk, or a damaged one is refused before anything is written (switching
 * to WAL alone rewrites the header). Migrations are the caller's next step.
 */
export function openDatabase(file: string, Database: DatabaseConstructor, knownVersion: number): Database {
  refuseNewer(file, storedSchemaVersion(file, Database), knownVersion);
  const db = connect(() => new Database(file), file);
  try {
    db.pragma('busy_timeout = 5000');
    // Asked again on this connection: another Copydesk may have upgraded the file in between.
    refuseNewer(file, db.pragma('user_version', { simple: true }) as number, knownVersion);
    refuseDamaged(db, file);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`the journal mode stayed "${String(mode)}"`);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // Deleted content is overwritten, not just unlinked: "delete for good" must leave no text in the file.
    db.pragma('secure_delete = ON');
    // Keep the WAL file from staying at the size of the largest transaction.
    db.pragma('journal_size_limit = 67108864');
    // 64 MiB of page cache (the default is 16): the indexes of a large library stay in memory.
    db.pragma('cache_size = -65536');
    return db;
  } catch (error) {
    db.close();
    throw asDatabaseError(error, file);
  }
}

function refuseNewer(file: string, version: number, knownVersion: number): void {
  if (version <= knownVersion) return;
  throw new ApiError(
    'database',
    `The database ${file} was made by a newer version of Copydesk (schema ${version}; this version knows up to ${knownVersion}). Update Copydesk; ${UNCHANGED}.`,
  );
}

/** The schema version without opening the file for writing; 0 for a new or empty file. */
function storedSchemaVersion(file: string, Database: DatabaseConstructor): number {
  const hasJournal = existsSync(`${file}-wal`) || existsSync(`${file}-journal`);
  const size = existsSync(file) ? statSync(file).size : 0;
  if (size === 0 && !hasJournal) return 0;
  const header = readHeader(file);
  if (size > 0 && !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new ApiError(
      'database',
      `${file} is not a Copydesk database (it is not an SQLite file). Move it aside or choose another profile folder; ${UNCHANGED}.`,
    );
  }
  // Without a journal beside it the header is the whole truth; with one, the
  // latest version may live in the journal, so ask SQLite read-only.
  if (!hasJournal && header.length === HEADER_BYTES) {
    return header.readUInt32BE(USER_VERSION_OFFSET);
  }
  const reader = connect(() => new Database(file, { readonly: true, fileMustExist: true }), file);
  try {
    return reader.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw asDatabaseError(error, file);
  } finally {
    reader.close();
  }
}

function readHeader(file: string): Buffer {
  if (!existsSync(file)) return Buffer.alloc(0);
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function refuseDamaged(db: Database, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
  if (problems.length > 0) {
    throw new DamagedDatabaseError(damagedMessage(file, problems.slice(0, 3).join('; ')));
  }
}

function connect(open: () => Database, file: string): Database {
  try {
    return open();
  } catch (error) {
    throw asDatabaseError(error, file);
  }
}

function folderWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'ENOENT';
  }
}

function damagedMessage(file: string, detail: string): string {
  return `The database ${file} is damaged (${detail}). Restore it from a backup, or move it aside to start an empty library; ${UNCHANGED}.`;
}

function asDatabaseError(error: unknown, file: string): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new DamagedDatabaseError(damagedMessage(file, detail));
  if (!folderWritable(dirname(file))) {
    return new ApiError(
      'database',
      `The profile folder ${dirname(file)} is read-only, so Copydesk cannot save there (${detail}). Make it writable (or choose another profile folder) and start Copydesk again; ${UNCHANGED}.`,
    );
  }
  return new ApiError(
    'database',
    `The database ${file} could not be opened (${detail}). Check that the profile folder exists and is writable.`,
  );
}
