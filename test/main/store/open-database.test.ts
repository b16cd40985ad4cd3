import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/api-error';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/store/migrations';
import { openStore } from '../../../src/main/store/store';
import { fingerprintFolder, makeTempDir, openTestStore, removeTempDir, withDatabase } from './store-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

function refusal(file: string): ApiError {
  try {
    openStore({ file, Database }).close();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`${file} was opened`);
}

describe('opening the database', () => {
  it('creates a new file at the latest schema, in WAL mode with foreign keys on', () => {
    const { store, file } = openTestStore(dir);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(store.file).toBe(file);
    const pragmas = (store as unknown as { tx: { db: Database.Database } }).tx.db;
    expect(pragmas.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(pragmas.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(pragmas.pragma('busy_timeout', { simple: true })).toBe(5000);
    store.close();
    withDatabase(file, (db) => expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION));
  });

  it('keeps stories and authors when the file is opened again', () => {
    let { store } = openTestStore(dir);
    const author = store.authors.create({ name: 'Priya Shah', role: 'Chair', organisation: 'MiP', email: '' });
    const story = store.createStory({ section: 'News', headline: 'Ambulance handovers improve' });
    store.saveStory(story.id, story.revision, { bylines: [{ authorId: author.id, role: 'Chair', organisation: 'MiP' }] });
    store.close();

    ({ store } = openTestStore(dir));
    expect(store.getStory(story.id)).toMatchObject({ headline: 'Ambulance handovers improve', bylines: [{ name: 'Priya Shah' }] });
    expect(store.authors.list('')).toHaveLength(1);
    store.close();
  });

  it('opens an empty file as a new database', async () => {
    const file = join(dir, 'copydesk.db');
    await writeFile(file, '');
    const store = openStore({ file, Database });
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    store.close();
  });

  it('refuses a database from a newer Copydesk without writing a byte', async () => {
    const file = join(dir, 'copydesk.db');
    withDatabase(file, (db) => {
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE future_things (id TEXT PRIMARY KEY)');
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    });
    const before = await fingerprintFolder(dir);

    const error = refusal(file);
    expect(error.code).toBe('database');
    expect(error.message).toContain(`newer version of Copydesk (schema ${LATEST_SCHEMA_VERSION + 1}; this version knows up to ${LATEST_SCHEMA_VERSION})`);
    expect(error.message).toContain('Update Copydesk');
    expect(await fingerprintFolder(dir)).toEqual(before);
  });

  it('refuses a newer database whose upgrade is still only in its write-ahead log', async () => {
    const file = join(dir, 'copydesk.db');
    // Another Copydesk has the file open, and its upgrade has not reached the main file yet.
    const other = new Database(file);
    try {
      other.pragma('journal_mode = WAL');
      other.pragma('wal_autocheckpoint = 0');
      other.exec('CREATE TABLE future_things (id TEXT PRIMARY KEY)');
      other.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      const before = await fingerprintFolder(dir);

      const error = refusal(file);
      expect(error.message).toContain(`schema ${LATEST_SCHEMA_VERSION + 1}`);
      const after = await fingerprintFolder(dir);
      // Readers take their place in the shared-memory index; the database and its log stay as they were.
      expect(after['copydesk.db']).toBe(before['copydesk.db']);
      expect(after['copydesk.db-wal']).toBe(before['copydesk.db-wal']);
    } finally {
      other.close();
    }
  });

  it('refuses a file that is not SQLite and leaves it as it was', async () => {
    const file = join(dir, 'copydesk.db');
    await writeFile(file, 'Dear editor,\nthis is a letter, not a database.\n'.repeat(200));
    const before = await fingerprintFolder(dir);

    const error = refusal(file);
    expect(error.code).toBe('database');
    expect(error.message).toMatch(/is not a Copydesk database .*has not been changed/);
    expect(await fingerprintFolder(dir)).toEqual(before);
  });

  it('refuses a damaged database and leaves it as it was', async () => {
    const { store, file } = openTestStore(dir);
    for (let i = 0; i < 40; i += 1) store.createStory({ section: 'News', headline: `Story number ${i} about ward staffing` });
    store.close();
    // Scribble over the middle of the file: the header stays valid, the pages do not.
    const bytes = await readFile(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, pageSize * 6);
    await writeFile(file, bytes);
    const before = await fingerprintFolder(dir);

    const error = refusal(file);
    expect(error.code).toBe('database');
    expect(error.message).toMatch(/is damaged .*Restore it from a backup/);
    expect(await fingerprintFolder(dir)).toEqual(before);
  });
});
