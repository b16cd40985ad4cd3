import type { Database } from 'better-sqlite3';
import type { DatabaseConstructor } from './open-database';

/** The profile's database as a file: its write-ahead log, online backups, and closing it. */
export class DatabaseFile {
  constructor(private readonly db: Database) {}

  /**
   * Checkpoints the WAL into the database and truncates it to nothing, without
   * waiting: false when it could not finish because another connection (the
   * command line, another window) still reads a snapshot older than the last
   * commit; those frames stay in the WAL until it lets go and this is tried again.
   */
  emptyWal(): boolean {
    if (this.db.inTransaction) return false;
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    // The busy handler would block this (main) thread for as long as the other reader holds on.
    this.db.pragma('busy_timeout = 0');
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
      return result !== undefined && result.busy === 0 && result.log === result.checkpointed;
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  /** A number that changes whenever another connection (the command line, another window) commits to the database. */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** SQLite's online backup of the live database into `file` (safe while saves go on). */
  backup(file: string): Promise<unknown> {
    return this.db.backup(file);
  }

  /** The SQLite build the database was opened with, so the profile's other copies (backups) open the same way. */
  get Database(): DatabaseConstructor {
    return this.db.constructor as DatabaseConstructor;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
