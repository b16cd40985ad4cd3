import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import { createBackup } from '../../../src/main/backup/backups';
import { restoreBackup } from '../../../src/main/backup/restore-backup';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import type { ApiResult } from '../../../src/shared/api/api-error';
import type { Revision, RevisionSummary } from '../../../src/shared/story/revision-schema';
import type { Story, StoryChanges } from '../../../src/shared/story/story-schema';
import { pngBytes } from '../../support/image-bytes';
import { dumpDatabase, makeTempDir, removeTempDir, testClock, withDatabase } from './store-fixtures';

let dir: string;
let store: Store;
let api: ApiService;
let story: Story;
let photo: { sha256: string; ext: string };
const clock = testClock();

beforeEach(async () => {
  dir = await makeTempDir();
  store = openStore({ file: profilePaths(dir).database, Database, now: clock.now });
  api = createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: join(dir, 'settings.json') });
  photo = value(await api.dispatch('importImage', { fileName: 'ward.png', bytes: pngBytes(1600, 900) }));
  story = value(await api.dispatch('createStory', { section: 'News', headline: 'Night shifts on the wards' }));
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function save(changes: StoryChanges): Promise<Story> {
  clock.advance();
  value(await api.dispatch('saveStory', { id: story.id, baseRevision: story.revision, changes }));
  story = value(await api.dispatch('getStory', { id: story.id }));
  return story;
}

const described = () => ({ sha256: photo.sha256, alt: 'A nurse at a ward desk at night', caption: 'Night shift', credit: 'Photo: Sam Lee' });

describe('a story’s lead image', () => {
  it('is saved with its words and read back with the file’s type and pixel size', async () => {
    const saved = await save({ leadImage: described() });
    const expected = { ...described(), ext: 'png', width: 1600, height: 900 };
    expect(saved.leadImage).toEqual(expected);
    expect(value<Story>(await api.dispatch('getStory', { id: story.id })).leadImage).toEqual(expected);
    expect(saved.contentModifiedAt).toBe(clock.iso());
  });

  it('is taken off with null, which is a change of content', async () => {
    await save({ leadImage: described() });
    const cleared = await save({ leadImage: null });
    expect(cleared.leadImage).toBeNull();
    expect(cleared.contentModifiedAt).toBe(clock.iso());
    expect(store.getStory(story.id).leadImage).toBeNull();
  });

  it('refuses a picture that was never stored, saying to add it again, and changes nothing', async () => {
    const before = dumpDatabase(profilePaths(dir).database);
    const result = await api.dispatch('saveStory', {
      id: story.id,
      baseRevision: story.revision,
      changes: { leadImage: { ...described(), sha256: 'f'.repeat(64) } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'invalid_input', field: 'changes.leadImage.sha256' });
    expect(result.error.message).toContain('Add the picture again from disk');
    expect(dumpDatabase(profilePaths(dir).database)).toBe(before);
  });

  it('refuses empty alt text with a sentence a person can act on', async () => {
    for (const alt of ['', '   ']) {
      const result = await api.dispatch('saveStory', {
        id: story.id,
        baseRevision: story.revision,
        changes: { leadImage: { ...described(), alt } },
      });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ code: 'invalid_input', field: 'changes.leadImage.alt' });
      expect(result.error.message).toContain('The lead image needs alt text: describe the picture for readers who cannot see it.');
    }
    expect(store.getStory(story.id).leadImage).toBeNull();
  });

  it('goes with the story when it is duplicated, and is emptied from a story deleted for good', async () => {
    await save({ leadImage: described() });
    const copy = value<Story>(await api.dispatch('duplicateStory', { id: story.id }));
    expect(copy.leadImage).toEqual(story.leadImage);

    value(await api.dispatch('deleteStoryForever', { id: story.id }));
    const row = withDatabase(profilePaths(dir).database, (db) =>
      db.prepare('SELECT lead_image_sha256, lead_image_alt, lead_image_caption, lead_image_credit FROM stories WHERE id = ?').get(story.id),
    );
    expect(row).toEqual({ lead_image_sha256: null, lead_image_alt: '', lead_image_caption: '', lead_image_credit: '' });
    expect(store.getStory(copy.id).leadImage?.alt).toBe('A nurse at a ward desk at night');
  });

  it('is kept in revisions and comes back when one is restored', async () => {
    await save({ leadImage: described() });
    const kept = value<{ revision: RevisionSummary }>(await api.dispatch('recordRevision', { storyId: story.id, reason: 'manual' }));
    const snapshot = value<Revision>(await api.dispatch('getRevision', { id: kept.revision.id })).snapshot;
    expect(snapshot.leadImage).toEqual(story.leadImage);

    await save({ leadImage: { ...described(), alt: 'Changed after the revision' } });
    // Another change to the picture alone is a new version to keep.
    expect(value<{ recorded: boolean }>(await api.dispatch('recordRevision', { storyId: story.id, reason: 'manual' })).recorded).toBe(true);
    await save({ leadImage: null });
    const restored = value<Story>(
      await api.dispatch('restoreRevision', { storyId: story.id, revisionId: kept.revision.id, baseRevision: story.revision }),
    );
    expect(restored.leadImage?.alt).toBe('A nurse at a ward desk at night');
  });

  it('leaves the lead image alone when restoring a version kept before stories had one', async () => {
    const kept = value<{ revision: RevisionSummary }>(await api.dispatch('recordRevision', { storyId: story.id, reason: 'manual' }));
    withDatabase(profilePaths(dir).database, (db) => {
      const snapshot = JSON.parse(db.prepare('SELECT snapshot_json FROM revisions WHERE id = ?').pluck().get(kept.revision.id) as string) as Record<string, unknown>;
      delete snapshot.leadImage;
      db.prepare('UPDATE revisions SET snapshot_json = ? WHERE id = ?').run(JSON.stringify(snapshot), kept.revision.id);
    });
    await save({ leadImage: described() });
    const restored = value<Story>(
      await api.dispatch('restoreRevision', { storyId: story.id, revisionId: kept.revision.id, baseRevision: story.revision }),
    );
    expect(restored.leadImage?.sha256).toBe(photo.sha256);
  });

  it('is in a backup, with its file, and back after a restore', async () => {
    await save({ leadImage: described() });
    const paths = profilePaths(dir);
    const { name } = await createBackup(store, dir, new Date('2026-03-02T12:00:00.000Z'));
    await save({ leadImage: null });
    store.close();
    const file = join(paths.images, `${photo.sha256}.png`);
    const bytes = await readFile(file);
    await rm(file);

    await restoreBackup(dir, name, Database, new Date('2026-03-02T13:00:00.000Z'));
    store = openStore({ file: paths.database, Database });
    expect(store.getStory(story.id).leadImage).toMatchObject({ alt: 'A nurse at a ward desk at night', width: 1600 });
    expect(await readFile(file)).toEqual(bytes);
  });
});
