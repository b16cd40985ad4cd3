import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, listBackups, rotateBackups } from '../../../src/main/backup/backups';
import { createApiService } from '../../../src/main/api/api-service';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { checkIntegrity, checkIntegrityInBackground } from '../../../src/main/store/integrity-check';
import { startMaintenance } from '../../../src/main/backup/maintenance';
import { restoreBackup } from '../../../src/main/backup/restore-backup';
import { DamagedProfileError, openProfile } from '../../../src/main/profile/open-profile';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { openStore, type Store } from '../../../src/main/store/store';
import { ApiError } from '../../../src/shared/api/api-error';
import { headlinesIn, libraryQuery, makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';

let dir: string;
let paths: ReturnType<typeof profilePaths>;
let store: Store;

const HOUR = 3_600_000;
const databaseModule = createRequire(import.meta.url).resolve('better-sqlite3');
const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  dir = await makeTempDir();
  paths = profilePaths(dir);
  store = openStore({ file: paths.database, Database });
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function addStory(headline: string, text = 'Nurses answered the survey.') {
  const story = store.createStory({ section: 'News', headline });
  store.saveStory(story.id, story.revision, { body: paragraphs(text) });
  return store.getStory(story.id);
}

async function addImage(content: string): Promise<string> {
  await mkdir(paths.images, { recursive: true });
  const name = `${createHash('sha256').update(content).digest('hex')}.jpg`;
  await writeFile(join(paths.images, name), content);
  return name;
}

/** Overwrites the middle of the file with junk, past the header, as a failing disk might. */
async function damage(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const { size } = await handle.stat();
    await handle.write(Buffer.alloc(Math.min(16_384, size - 8_192), 0x5a), 0, undefined, 4_096);
  } finally {
    await handle.close();
  }
}

describe('backups', () => {
  it('copies the live database and its images into the backups folder, whole and checked', async () => {
    addStory('Ward staffing survey');
    const image = await addImage('a photo of a ward');
    const backup = await createBackup(store, dir, at('2026-03-02T09:00:00.000Z'));
    addStory('Written after the backup');

    expect(backup).toMatchObject({ name: 'copydesk-20260302T090000000Z.db', createdAt: '2026-03-02T09:00:00.000Z', imageCount: 1 });
    const file = join(paths.backups, backup.name);
    expect(checkIntegrity(file, Database)).toEqual({ ok: true });
    expect(headlinesIn(file)).toEqual(['Ward staffing survey']);
    expect(await readFile(join(paths.backups, 'images', image), 'utf8')).toBe('a photo of a ward');
    expect((await readdir(paths.backups)).filter((name) => name.includes('partial'))).toEqual([]);
    expect(await listBackups(dir)).toEqual([backup]);
  });

  it('backs up and lists backups through the API', async () => {
    addStory('Ward staffing survey');
    const api = createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: paths.settings });
    const created = await api.dispatch('createBackup', {});
    expect(created).toMatchObject({ ok: true, value: { imageCount: 0 } });
    expect(await api.dispatch('listBackups', {})).toEqual({ ok: true, value: [created.ok ? created.value : null] });
  });

  it('keeps the ten newest and one a day for a week, and drops images no kept backup needs', async () => {
    addStory('Ward staffing survey');
    const start = Date.parse('2026-03-01T00:00:00.000Z');
    const oldImage = await addImage('only in old backups');
    // Three a day for ten days.
    for (let hour = 0; hour < 240; hour += 8) {
      if (hour === 24) await rm(join(paths.images, oldImage));
      await createBackup(store, dir, new Date(start + hour * HOUR));
    }
    const now = new Date(start + 240 * HOUR);
    await rotateBackups(dir, now);
    const kept = (await listBackups(dir)).map((backup) => backup.createdAt);
    const days = new Set(kept.map((iso) => iso.slice(0, 10)));
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(kept.length).toBeLessThanOrEqual(10 + 7);
    expect(kept[0]).toBe(new Date(start + 232 * HOUR).toISOString());
    expect([...days].sort().slice(-7)).toHaveLength(7);
    expect(kept.every((iso) => now.getTime() - Date.parse(iso) < 8 * 24 * HOUR)).toBe(true);
    expect(existsSync(join(paths.backups, 'images', oldImage))).toBe(false);
  });

  it('restores a backup, moving the current database (with its WAL) aside and bringing back missing images', async () => {
    addStory('Ward staffing survey');
    const image = await addImage('a photo of a ward');
    const { name } = await createBackup(store, dir, at('2026-03-02T09:00:00.000Z'));
    addStory('Written after the backup');
    store.close();
    await rm(join(paths.images, image));

    const { movedAside } = await restoreBackup(dir, name, Database, at('2026-03-02T10:00:00.000Z'));

    expect(movedAside).toBe(`${paths.database}.before-restore-20260302T100000000Z`);
    expect(headlinesIn(paths.database)).toEqual(['Ward staffing survey']);
    expect(headlinesIn(movedAside!)).toEqual(['Ward staffing survey', 'Written after the backup']);
    expect(await readFile(join(paths.images, image), 'utf8')).toBe('a photo of a ward');
    store = openStore({ file: paths.database, Database });
  });

  it('restores over what a restore killed mid-way left behind, never applying its stale WAL', async () => {
    addStory('Ward staffing survey');
    const { name } = await createBackup(store, dir, at('2026-03-02T09:00:00.000Z'));
    store.close();
    // A killed restore leaves its copy open in WAL mode: copy, -wal and -shm of another database.
    const other = join(dir, 'other.db');
    const killed = openStore({ file: other, Database });
    for (let i = 0; i < 5; i += 1) killed.createStory({ section: 'News', headline: `Left by the killed restore ${i}` });
    for (const suffix of ['', '-wal', '-shm']) await copyFile(other + suffix, `${paths.database}.restoring${suffix}`);
    killed.close();

    await restoreBackup(dir, name, Database, at('2026-03-02T10:00:00.000Z'));

    expect(headlinesIn(paths.database)).toEqual(['Ward staffing survey']);
    expect((await readdir(dir)).filter((file) => file.includes('.restoring'))).toEqual([]);
    store = openStore({ file: paths.database, Database });
  });

  it('refuses a damaged backup or an unknown name, changing nothing', async () => {
    addStory('Ward staffing survey');
    for (let i = 0; i < 40; i += 1) addStory(`Filler ${i}`, 'Words '.repeat(400));
    const { name } = await createBackup(store, dir, at('2026-03-02T09:00:00.000Z'));
    store.close();
    await damage(join(paths.backups, name));
    const before = await readFile(paths.database);

    const refusal = await restoreBackup(dir, name, Database, new Date()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).message).toMatch(/is damaged .* not restored/);
    const unknown = await restoreBackup(dir, '../copydesk.db', Database, new Date()).catch((error: unknown) => error);
    expect((unknown as ApiError).code).toBe('not_found');
    expect((await readFile(paths.database)).equals(before)).toBe(true);
    store = openStore({ file: paths.database, Database });
  });

  it('refuses to open a damaged database, naming the latest good backup, and never writes to it', async () => {
    addStory('Ward staffing survey');
    for (let i = 0; i < 40; i += 1) addStory(`Filler ${i}`, 'Words '.repeat(400));
    const { name } = await createBackup(store, dir, at('2026-03-02T09:00:00.000Z'));
    store.close();
    await damage(paths.database);
    const damaged = await readFile(paths.database);
    expect(checkIntegrity(paths.database, Database).ok).toBe(false);

    let refusal: unknown;
    try {
      openProfile({ profileDir: dir, Database }).close();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).message).toContain('is damaged');
    expect((refusal as ApiError).message).toContain(`The latest good backup is ${name}`);
    expect(refusal).toBeInstanceOf(DamagedProfileError);
    expect((refusal as DamagedProfileError).latestGoodBackup).toBe(name);
    expect((await readFile(paths.database)).equals(damaged)).toBe(true);

    const { movedAside } = await restoreBackup(dir, name, Database, new Date());
    expect((await readFile(movedAside!)).equals(damaged)).toBe(true);
    const profile = openProfile({ profileDir: dir, Database });
    expect(profile.store.listStories(libraryQuery()).total).toBe(41);
    store = profile.store;
  });

  it('backs up and runs a full integrity check when the app starts', async () => {
    addStory('Ward staffing survey');
    const problems: string[] = [];
    const maintenance = startMaintenance({ currentStore: () => store, profileDir: dir, databaseModule, onProblem: (message) => problems.push(message) });
    await maintenance.firstRound;
    maintenance.stop();
    expect(problems).toEqual([]);
    expect(await listBackups(dir)).toHaveLength(1);
  });

  it('runs the full integrity check on a worker thread, reporting damage it finds', async () => {
    for (let i = 0; i < 40; i += 1) addStory(`Filler ${i}`, 'Words '.repeat(400));
    const { name } = await createBackup(store, dir, at('2026-03-02T09:00:00.000Z'));
    const copy = join(paths.backups, name);
    expect(await checkIntegrityInBackground(copy, databaseModule)).toEqual({ ok: true });
    await damage(copy);
    const result = await checkIntegrityInBackground(copy, databaseModule);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.length).toBeGreaterThan(0);
  });
});

describe('restoring a backup through the API', () => {
  const service = () => createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: paths.settings });
  const headlines = async (api: ReturnType<typeof service>) => {
    const listed = await api.dispatch('listStories', { view: 'active', status: null, section: null, query: '', sort: 'modified', offset: 0, limit: 50 });
    if (!listed.ok) throw new Error(listed.error.message);
    return (listed.value as { rows: { headline: string }[] }).rows.map((row) => row.headline).sort();
  };

  it('puts the backup back, keeps the database it replaces, and goes on working on the restored one', async () => {
    addStory('Ward staffing survey');
    const api = service();
    const made = await api.dispatch('createBackup', {});
    if (!made.ok) throw new Error(made.error.message);
    const { name } = made.value as { name: string };
    addStory('Written after the backup');

    // A call made while the restore runs waits for it, then sees the restored database.
    const [restored, during] = await Promise.all([api.dispatch('restoreBackup', { name }), headlines(api)]);

    expect(restored).toMatchObject({ ok: true, value: { restored: name, movedAside: expect.stringMatching(/^copydesk\.db\.before-restore-/) } });
    expect(during).toEqual(['Ward staffing survey']);
    const aside = (restored.ok ? (restored.value as { movedAside: string }).movedAside : '') as string;
    expect(headlinesIn(join(dir, aside))).toEqual(['Ward staffing survey', 'Written after the backup']);
    const created = await api.dispatch('createStory', { headline: 'After the restore' });
    expect(created.ok).toBe(true);
    expect(await headlines(api)).toEqual(['After the restore', 'Ward staffing survey']);
  });

  it('refuses a name that is not a listed backup, leaving the database open and as it was', async () => {
    addStory('Ward staffing survey');
    const api = service();
    expect(await api.dispatch('restoreBackup', { name: '../copydesk.db' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.dispatch('restoreBackup', { name: 'copydesk-20260302T090000000Z.db' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('no backup called') },
    });
    expect(await headlines(api)).toEqual(['Ward staffing survey']);
  });
});
