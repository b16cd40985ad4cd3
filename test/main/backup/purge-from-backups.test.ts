import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService } from '../../../src/main/api/api-service';
import { createBackup } from '../../../src/main/backup/backups';
import { restoreBackup } from '../../../src/main/backup/restore-backup';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import { operations } from '../../../src/shared/api/contract';
import { filesHolding as filesHoldingText } from '../../support/profile-files';
import { headlinesIn, libraryQuery, makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';

let dir: string;
let paths: ReturnType<typeof profilePaths>;
let store: Store;

beforeEach(async () => {
  dir = await makeTempDir();
  paths = profilePaths(dir);
  store = openStore({ file: paths.database, Database });
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

/** The profile's files whose bytes still hold the word. */
const filesHolding = (word: string): string[] => filesHoldingText(dir, word);

function addStory(headline: string, text: string) {
  const story = store.createStory({ section: 'News', headline });
  store.saveStory(story.id, story.revision, { body: paragraphs(text) });
  return store.getStory(story.id);
}

const api = () => createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: paths.settings });

describe('delete for good reaches the backups', () => {
  it('purges the story from every backup and every database a restore moved aside, so no byte of its text is left in the profile', async () => {
    const first = await createBackup(store, dir, new Date('2026-03-01T09:00:00.000Z'));
    addStory('Ward staffing survey', 'Nurses answered the survey.');
    const secret = addStory('Tribunal papers', 'The whistleblower grievance names the panel chairwoman Quennell.');
    store.revisions.record(secret.id, 'open');
    const second = await createBackup(store, dir, new Date('2026-03-02T09:00:00.000Z'));
    const third = await createBackup(store, dir, new Date('2026-03-03T09:00:00.000Z'));
    // A restore moves the current database aside; that copy holds the story too.
    store.close();
    await restoreBackup(dir, third.name, Database, new Date('2026-03-03T10:00:00.000Z'));
    store = openStore({ file: paths.database, Database });
    expect(filesHolding('Quennell').length).toBeGreaterThanOrEqual(3);

    const result = await api().dispatch('deleteStoryForever', { id: secret.id });

    if (!result.ok) throw new Error(result.error.message);
    const value = operations.deleteStoryForever.output.parse(result.value);
    expect(value.backupsCleaned).toEqual([third.name, second.name, expect.stringMatching(/^copydesk\.db\.before-restore-/)]);
    expect(value.backupsNotCleaned).toEqual([]);
    expect(filesHolding('Quennell')).toEqual([]);
    expect(filesHolding('whistleblower')).toEqual([]);
    // The other story is untouched everywhere, and the backup made before the story existed is as it was.
    expect(headlinesIn(join(paths.backups, second.name))).toEqual(['Ward staffing survey']);
    expect(headlinesIn(join(paths.backups, first.name))).toEqual([]);

    // Restoring a backup cannot bring the story back.
    store.close();
    await restoreBackup(dir, second.name, Database, new Date('2026-03-04T09:00:00.000Z'));
    store = openStore({ file: paths.database, Database });
    expect(store.listStories(libraryQuery()).rows.map((row) => row.headline)).toEqual(['Ward staffing survey']);
  });

  it('names a backup it cannot clean, with the reason, and still deletes the story everywhere else', async () => {
    const secret = addStory('Tribunal papers', 'The grievance names the chairwoman Quennell.');
    const good = await createBackup(store, dir, new Date('2026-03-02T09:00:00.000Z'));
    const damaged = await createBackup(store, dir, new Date('2026-03-03T09:00:00.000Z'));
    const handle = await open(join(paths.backups, damaged.name), 'r+');
    await handle.write(Buffer.from('not a database any more'), 0, undefined, 0);
    await handle.close();
    await writeFile(join(paths.backups, 'notes.txt'), 'not a backup: left alone');

    const result = await api().dispatch('deleteStoryForever', { id: secret.id });

    if (!result.ok) throw new Error(result.error.message);
    const value = operations.deleteStoryForever.output.parse(result.value);
    expect(value.backupsCleaned).toEqual([good.name]);
    expect(value.backupsNotCleaned).toEqual([{ name: damaged.name, reason: expect.stringContaining('not a Copydesk database') }]);
    expect(filesHolding('Quennell')).toEqual([join(paths.backups, damaged.name)]);
    expect(store.listStories(libraryQuery()).total).toBe(0);
  });
});
