import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';

/** One export event: which story, in which form, where to (a folder, a file, the clipboard). */
export type ExportLogEntry = { storyId: string; format: string; destination: string };

/**
 * The export_log table: a row per export, with the story revision and the
 * slug it exported. It never touches the story's own row, so exporting
 * leaves the content, revision and modified dates as they were.
 */
export class ExportLog {
  private readonly insert: Statement;
  private readonly latestSlug;

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO export_log (id, story_id, exported_at, format, destination, story_revision, slug)
       SELECT @id, id, @exportedAt, @format, @destination, revision, nullif(slug, '') FROM stories WHERE id = @storyId`,
    );
    this.latestSlug = db
      .prepare(`SELECT slug FROM export_log WHERE story_id = ? ORDER BY exported_at DESC, rowid DESC LIMIT 1`)
      .pluck();
  }

  /** False when there is no such story row. */
  record(entry: ExportLogEntry, exportedAt: string): boolean {
    return this.insert.run({ ...entry, id: randomUUID(), exportedAt }).changes === 1;
  }

  /** The slug of the story's latest export; null when it was never exported or that export's slug is not known. */
  lastExportedSlug(storyId: string): string | null {
    return (this.latestSlug.get(storyId) as string | null | undefined) ?? null;
  }
}
