import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../src/shared/api/api-error';
import { openStore, type Store } from '../../../src/main/store/store';
import type { ListStoriesQuery, StoryBody } from '../../../src/shared/story/story-schema';

/** A fresh folder under the system temp dir; remove it with `removeTempDir`. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'copydesk-store-test-'));
}

export function removeTempDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

export type TestClock = ReturnType<typeof testClock>;

/** A clock that stands still until told to move, so tests can see which timestamps change. */
export function testClock(start = '2026-03-02T09:00:00.000Z') {
  let ms = Date.parse(start);
  return {
    now: () => new Date(ms),
    advance(by = 60_000): string {
      ms += by;
      return new Date(ms).toISOString();
    },
    iso: () => new Date(ms).toISOString(),
  };
}

export function openTestStore(dir: string, clock = testClock()): { store: Store; file: string; clock: TestClock } {
  const file = join(dir, 'copydesk.db');
  return { store: openStore({ file, Database, now: clock.now }), file, clock };
}

/** The headlines of the live stories in a database file (a backup, a restored copy), sorted. */
export function headlinesIn(file: string): string[] {
  const other = openStore({ file, Database });
  try {
    return other.listStories(libraryQuery()).rows.map((row) => row.headline).sort();
  } finally {
    other.close();
  }
}

/** A Lexical body of plain paragraphs. */
export function paragraphs(...texts: string[]): StoryBody {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: texts.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
      })),
    },
  };
}

export function libraryQuery(overrides: Partial<ListStoriesQuery> = {}): ListStoriesQuery {
  return { view: 'active', status: null, section: null, query: '', sort: 'modified', offset: 0, limit: 100, ...overrides };
}

/**
 * Every row of every table (the search index's own tables included) and the
 * schema version, read through a separate connection: equal dumps mean an
 * unchanged database.
 */
export function dumpDatabase(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const dump: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
    for (const table of tables) {
      if (table === 'stories_fts') continue; // the virtual table reads the stories; its shadow tables are dumped
      const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
      dump[table] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}

/** Raw SQL on the profile's database, for what no store call shows (the index, tombstones). */
export function withDatabase<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** Fails if the full-text index does not match the stories it was built from. */
export function checkSearchIndex(file: string): void {
  withDatabase(file, (db) => db.exec("INSERT INTO stories_fts (stories_fts, rank) VALUES ('integrity-check', 1)"));
}

export async function fingerprintFolder(dir: string): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    prints[name] = createHash('sha256').update(await readFile(join(dir, name))).digest('hex');
  }
  return prints;
}

/** The ApiError a store call throws (the test fails if it does not throw one). */
export function apiErrorOf(call: () => unknown): ApiError {
  try {
    call();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
