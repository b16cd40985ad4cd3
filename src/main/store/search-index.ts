import type { Database } from 'better-sqlite3';

const COLUMNS = 'headline, standfirst, body, authors, tags, facets';

/**
 * Keeps the full-text index in step with the stories. The index stores only
 * tokens, so taking a story out must replay exactly the text that was put in:
 * callers remove a story before changing anything it indexes (its text,
 * bylines, tags, status, section, archived or trashed state) and add it back
 * after, inside the same transaction.
 */
export class SearchIndex {
  private readonly removeStatement;
  private readonly addStatement;
  private readonly optimizeStatement;

  constructor(db: Database) {
    this.removeStatement = db.prepare(
      `INSERT INTO stories_fts (stories_fts, rowid, ${COLUMNS})
       SELECT 'delete', search_rowid, ${COLUMNS} FROM story_search_source WHERE story_id = ?`,
    );
    this.addStatement = db.prepare(
      `INSERT INTO stories_fts (rowid, ${COLUMNS})
       SELECT search_rowid, ${COLUMNS} FROM story_search_source WHERE story_id = ?`,
    );
    this.optimizeStatement = db.prepare("INSERT INTO stories_fts (stories_fts) VALUES ('optimize')");
  }

  remove(storyId: string): void {
    this.removeStatement.run(storyId);
  }

  add(storyId: string): void {
    this.addStatement.run(storyId);
  }

  /** Merges every segment into one, which drops the tokens of removed stories from the file. */
  optimize(): void {
    this.optimizeStatement.run();
  }
}
