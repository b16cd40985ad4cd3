import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import { createBackup, manifestImages } from '../../../src/main/backup/backups';
import { startMaintenance } from '../../../src/main/backup/maintenance';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import type { ApiResult } from '../../../src/shared/api/api-error';
import { operations } from '../../../src/shared/api/contract';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { pngBytes } from '../../support/image-bytes';
import { makeTempDir, paragraphs, removeTempDir, testClock, withDatabase } from '../store/store-fixtures';

let dir: string;
let paths: ReturnType<typeof profilePaths>;
let store: Store;
let api: ApiService;
// The store's clock stands months before the real one, so every picture here is past the grace period of a fresh import.
const clock = testClock('2026-03-02T09:00:00.000Z');

beforeEach(async () => {
  dir = await makeTempDir();
  paths = profilePaths(dir);
  store = openStore({ file: paths.database, Database, now: clock.now });
  api = createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: paths.settings });
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

type Picture = { sha256: string; ext: string; file: string };

let size = 100;
async function importPicture(): Promise<Picture> {
  size += 1; // Each picture its own bytes, so its own content address.
  const image = value<{ sha256: string; ext: string }>(await api.dispatch('importImage', { fileName: 'photo.png', bytes: pngBytes(size, 80) }));
  return { ...image, file: `${image.sha256}.${image.ext}` };
}

function withPictures(text: string, pictures: Picture[]): StoryBody {
  const body = paragraphs(text);
  for (const picture of pictures) {
    (body.root.children as unknown[]).push({
      type: 'image', version: 1, sha256: picture.sha256, ext: picture.ext, width: 120, height: 80, alt: 'A photo', caption: '', credit: '',
    });
  }
  return body;
}

function addStory(headline: string, pictures: Picture[], lead?: Picture) {
  const story = store.createStory({ section: 'News', headline });
  store.saveStory(story.id, story.revision, {
    body: withPictures(`${headline}: the words.`, pictures),
    ...(lead === undefined ? {} : { leadImage: { sha256: lead.sha256, alt: 'The lead photo', caption: '', credit: '' } }),
  });
  return store.getStory(story.id);
}

/** Where a picture still is: the images folder, the backups' copies, the images table. */
function placesOf(picture: Picture): string[] {
  const places: string[] = [];
  if (existsSync(join(paths.images, picture.file))) places.push('images');
  if (existsSync(join(paths.backups, 'images', picture.file))) places.push('backups/images');
  const row = withDatabase(paths.database, (db) => db.prepare('SELECT 1 FROM images WHERE sha256 = ?').get(picture.sha256));
  if (row !== undefined) places.push('table');
  return places;
}

const everywhere = ['images', 'backups/images', 'table'];

async function purge(id: string) {
  return operations.deleteStoryForever.output.parse(value(await api.dispatch('deleteStoryForever', { id })));
}

describe('delete for good collects the pictures only that story used', () => {
  it('removes its body picture and lead image from the images folder, the backups’ copies and the table', async () => {
    const inBody = await importPicture();
    const lead = await importPicture();
    const story = addStory('Tribunal papers', [inBody], lead);
    const backup = await createBackup(store, dir, new Date('2026-03-02T10:00:00.000Z'));
    expect(placesOf(inBody)).toEqual(everywhere);
    expect(placesOf(lead)).toEqual(everywhere);

    const result = await purge(story.id);

    expect(placesOf(inBody)).toEqual([]);
    expect(placesOf(lead)).toEqual([]);
    expect(new Set(result.imagesRemoved)).toEqual(new Set([inBody.file, lead.file]));
    expect(await manifestImages(paths.backups, backup.name)).toEqual([]);
  });

  it('keeps a picture another story, a kept version of another story, an author or a kept backup still uses', async () => {
    const shared = await importPicture();
    const inVersion = await importPicture();
    const inBackup = await importPicture();
    const photo = await importPicture();
    const own = await importPicture();
    const secret = addStory('Tribunal papers', [shared, inVersion, inBackup, own]);
    addStory('Ward staffing', [shared]);
    // A version of another story showed the picture; the story no longer does.
    const revised = addStory('Night shifts', [inVersion]);
    store.revisions.record(revised.id, 'open');
    store.saveStory(revised.id, revised.revision, { body: paragraphs('Night shifts, without the picture.') });
    // A kept backup holds another story as it was with the picture; the story has since dropped it.
    const older = addStory('Clinic closures', [inBackup]);
    await createBackup(store, dir, new Date('2026-03-02T10:00:00.000Z'));
    store.saveStory(older.id, older.revision, { body: paragraphs('Clinic closures, without the picture.') });
    store.authors.create({ name: 'Sam Lee', role: 'Photographer', organisation: '', email: '', photoSha256: photo.sha256 });
    await createBackup(store, dir, new Date('2026-03-02T11:00:00.000Z'));

    const result = await purge(secret.id);

    expect(placesOf(own)).toEqual([]);
    expect(result.imagesRemoved).toEqual([own.file]);
    expect(placesOf(shared)).toEqual(everywhere);
    expect(placesOf(inVersion)).toEqual(everywhere);
    expect(placesOf(inBackup)).toEqual(everywhere);
    expect(placesOf(photo)).toEqual(everywhere);
  });
});

describe('maintenance collects pictures nothing refers to', () => {
  it('removes an old unused picture and a file left by a failed import, and keeps a fresh one and the settings’ logo', async () => {
    const unused = await importPicture();
    const logo = await importPicture();
    writeFileSync(paths.settings, JSON.stringify({ siteLogo: { sha256: logo.sha256, ext: logo.ext, width: 120, height: 80 } }));
    const orphan = `${'a'.repeat(64)}.png`;
    writeFileSync(join(paths.images, orphan), pngBytes(10, 10));
    utimesSync(join(paths.images, orphan), new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'));
    // Imported at 09:00 and 10:30; the maintenance runs at 11:00, so only the second is within the grace period.
    const now = new Date('2026-03-02T11:00:00.000Z');
    clock.advance(90 * 60_000);
    const fresh = await importPicture();

    const maintenance = startMaintenance({
      currentStore: () => store,
      profileDir: dir,
      databaseModule: require.resolve('better-sqlite3'),
      now: () => now,
      onProblem: (message) => {
        throw new Error(message);
      },
    });
    await maintenance.firstRound;
    maintenance.stop();

    expect(placesOf(unused)).toEqual([]);
    expect(existsSync(join(paths.images, orphan))).toBe(false);
    // The backup made in the same round copies what is kept.
    expect(placesOf(fresh)).toEqual(everywhere);
    expect(placesOf(logo)).toEqual(everywhere);
  });
});
