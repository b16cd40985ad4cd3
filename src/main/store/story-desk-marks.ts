import type { Database } from 'better-sqlite3';

/**
 * The story_desk_marks table (docs/newsroom.md): the stories changed by
 * other editors since this profile last opened them, and who changed them.
 * Every method runs inside the caller's transaction.
 */
export class StoryDeskMarks {
  private readonly sql;

  constructor(db: Database) {
    this.sql = {
      editors: db.prepare('SELECT editors FROM story_desk_marks WHERE story_id = ?').pluck(),
      mark: db.prepare(
        `INSERT INTO story_desk_marks (story_id, editors, changed_at) VALUES (@storyId, @editors, @now)
         ON CONFLICT (story_id) DO UPDATE SET editors = excluded.editors, changed_at = excluded.changed_at`,
      ),
      clear: db.prepare('DELETE FROM story_desk_marks WHERE story_id = ?'),
    };
  }

  /** Adds `editors` (null: one who gave no name) to those who changed the story since it was last opened here. */
  mark(storyId: string, editors: (string | null)[], now: string): void {
    const stored = this.sql.editors.get(storyId) as string | undefined;
    const known = stored === undefined ? [] : (JSON.parse(stored) as (string | null)[]);
    this.sql.mark.run({ storyId, editors: JSON.stringify([...new Set([...known, ...editors])]), now });
  }

  /** The story was opened here: nothing is new in it any more. Whether it was marked. */
  clear(storyId: string): boolean {
    return this.sql.clear.run(storyId).changes > 0;
  }
}

/** The library's column of who changed each story since it was last opened here (JSON array, NULL: nobody). */
export const DESK_EDITORS_COLUMN = '(SELECT m.editors FROM story_desk_marks m WHERE m.story_id = s.id) AS desk_editors';
