import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { createApiService } from '../../../src/main/api/api-service';
import { createBackup } from '../../../src/main/backup/backups';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import { operations } from '../../../src/shared/api/contract';
import { startReader } from '../../support/held-reader';
import { filesHolding } from '../../support/profile-files';
import { makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = await makeTempDir();
  store = openStore({ file: profilePaths(dir).database, Database });
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

const api = () => createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: profilePaths(dir).settings });

describe('delete for good while another program reads the library', () => {
  it('says the scrub is pending, then empties the write-ahead log seconds after the reader lets go: no file of the profile holds the text', async () => {
    const draft = store.createStory({ section: 'News', headline: 'Tribunal papers' });
    store.saveStory(draft.id, draft.revision, { body: paragraphs('The whistleblower grievance names the panel chairwoman Quennell.') });
    store.revisions.record(draft.id, 'open');
    await createBackup(store, dir, new Date('2026-03-02T09:00:00.000Z'));
    expect(filesHolding(dir, 'Quennell')).toContain(join(profilePaths(dir).backups, 'copydesk-20260302T090000000Z.db'));
    const reader = await startReader(profilePaths(dir).database);
    onTestFinished(() => reader.close());
    await reader.hold();

    const result = await api().dispatch('deleteStoryForever', { id: draft.id });

    if (!result.ok) throw new Error(result.error.message);
    expect(operations.deleteStoryForever.output.parse(result.value).walScrubPending).toBe(true);
    // The reader's snapshot keeps the text in the log for now: what the pending flag warns about.
    expect(filesHolding(dir, 'Quennell')).toContain(`${profilePaths(dir).database}-wal`);

    // It lets go of its snapshot but keeps the database open, as the preview or a second window would.
    await reader.letGo();

    await expect.poll(() => filesHolding(dir, 'Quennell'), { timeout: 5_000, interval: 100 }).toEqual([]);
    expect(filesHolding(dir, 'whistleblower')).toEqual([]);
    expect(filesHolding(dir, 'Tribunal papers')).toEqual([]);
  });

  it('says nothing is pending when no other reader holds the library', async () => {
    const draft = store.createStory({ section: 'News', headline: 'Tribunal papers' });
    store.saveStory(draft.id, draft.revision, { body: paragraphs('The grievance names the chairwoman Quennell.') });

    const result = await api().dispatch('deleteStoryForever', { id: draft.id });

    if (!result.ok) throw new Error(result.error.message);
    expect(operations.deleteStoryForever.output.parse(result.value).walScrubPending).toBe(false);
    expect(filesHolding(dir, 'Quennell')).toEqual([]);
  });
});
