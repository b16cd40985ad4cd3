import type { Migration } from './migration';

/**
 * Who changed what on the desk (docs/newsroom.md): the editor's name this
 * profile writes into the stories it changes (given when it joins), what a
 * version kept after a change from the desk says of it (JSON: each editor
 * with the parts they changed), and the stories changed by others since this
 * profile last opened them, with who changed them (JSON array of names).
 */
export const deskEditors: Migration = {
  version: 9,
  name: 'desk editors',
  up(db) {
    db.exec(`
      ALTER TABLE desk_membership ADD COLUMN editor_name TEXT;
      ALTER TABLE revisions ADD COLUMN desk_changes TEXT;
      CREATE TABLE story_desk_marks (
        story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        editors TEXT NOT NULL,
        changed_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
