import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORY_COLUMNS } from '../../../src/main/store/story-columns';
import { makeTempDir, openTestStore, removeTempDir, withDatabase } from './store-fixtures';

describe('the table of story columns', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await makeTempDir();
  });

  afterEach(async () => {
    await removeTempDir(dir);
  });

  // A column missing from the table would be left out of duplicates and, worse, kept in a story deleted for good.
  it('names every stored column of the stories table, as the latest migration leaves it', () => {
    const { store, file } = openTestStore(dir);
    store.close();
    const stored = withDatabase(file, (db) =>
      (db.prepare('PRAGMA table_xinfo(stories)').all() as { name: string; hidden: number }[])
        // hidden 2 and 3 are generated columns (list_view), which nothing writes.
        .filter((column) => column.hidden === 0)
        .map((column) => column.name),
    );
    expect(Object.keys(STORY_COLUMNS).sort()).toEqual(stored.sort());
  });
});
