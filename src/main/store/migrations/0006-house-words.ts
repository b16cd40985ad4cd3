import type { Migration } from './migration';

/**
 * The house dictionary: words and names the spelling checker must accept,
 * each exactly cased (NHS and nhs are two words) and unique as cased. A new
 * profile and an upgraded one both start with the acronyms the house style
 * names, plurals included; an editor may remove them like any other word.
 * The list is written out here, not read from the app's code, so this step
 * seeds the same words whatever later versions change.
 */
export const houseWords: Migration = {
  version: 6,
  name: 'house words',
  up(db) {
    db.exec(`
      CREATE TABLE house_words (
        word TEXT PRIMARY KEY NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('default', 'editor')),
        added_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO house_words (word, source, added_at)
      SELECT value, 'default', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM json_each('["NHS", "ICB", "ICBs", "CSU", "MiP", "MPs"]');
    `);
  },
};
