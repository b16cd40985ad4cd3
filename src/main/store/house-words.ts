import type { Database, Statement } from 'better-sqlite3';
import type { HouseWordEntry, HouseWordSource } from '../../shared/spelling/house-dictionary-schema';

type HouseWordRow = { word: string; source: HouseWordSource; added_at: string };

/**
 * The house_words table: the profile's house dictionary. Words are kept as
 * cased; the list reads in alphabetical order whatever the case.
 */
export class HouseWords {
  private readonly all: Statement<[], HouseWordRow>;
  private readonly one: Statement<[string], HouseWordRow>;
  private readonly insert: Statement<[{ word: string; source: HouseWordSource; addedAt: string }]>;
  private readonly delete: Statement<[string]>;

  constructor(db: Database) {
    this.all = db.prepare('SELECT word, source, added_at FROM house_words ORDER BY word COLLATE NOCASE, word');
    this.one = db.prepare('SELECT word, source, added_at FROM house_words WHERE word = ?');
    this.insert = db.prepare(
      'INSERT INTO house_words (word, source, added_at) VALUES (@word, @source, @addedAt) ON CONFLICT (word) DO NOTHING',
    );
    this.delete = db.prepare('DELETE FROM house_words WHERE word = ?');
  }

  list(): HouseWordEntry[] {
    return this.all.all().map(entryOf);
  }

  /** The word as stored, or undefined when the dictionary does not have it (exactly as cased). */
  get(word: string): HouseWordEntry | undefined {
    const row = this.one.get(word);
    return row === undefined ? undefined : entryOf(row);
  }

  /** False when the word was there already (it is left as it was). */
  add(word: string, source: HouseWordSource, addedAt: string): boolean {
    return this.insert.run({ word, source, addedAt }).changes === 1;
  }

  /** False when the word was not there. */
  remove(word: string): boolean {
    return this.delete.run(word).changes === 1;
  }
}

function entryOf(row: HouseWordRow): HouseWordEntry {
  return { word: row.word, source: row.source, addedAt: row.added_at };
}
