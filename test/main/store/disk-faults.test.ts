import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import defaultSettingsJson from '../../../resources/default-settings.json';
import { checkIntegrity } from '../../../src/main/store/integrity-check';
import { createApiService } from '../../../src/main/api/api-service';
import { openProfile } from '../../../src/main/profile/open-profile';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import type { ApiResult } from '../../../src/shared/api/api-error';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import type { SaveAck, Story } from '../../../src/shared/story/story-schema';
import { dumpDatabase, paragraphs } from './store-fixtures';

/**
 * Real disk faults: a small tmpfs that fills up, and a read-only
 * bind mount. As root a chmod does not stop writes, so these need mount; they
 * are skipped, saying why, where mounting is not permitted.
 */
const mounts: string[] = [];
const folders: string[] = [];

function mount(...args: string[]): void {
  execFileSync('mount', args, { stdio: 'pipe' });
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
  }
}

/** A fresh tmpfs of `size`, unmounted after the tests. */
function smallDisk(size: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-disk-'));
  folders.push(dir);
  mount('-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir);
  mounts.push(dir);
  return dir;
}

const mountRefusal = (() => {
  try {
    smallDisk('64k');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
})();
if (mountRefusal !== undefined) console.warn(`disk-fault tests skipped: mounting a tmpfs is not permitted here (${mountRefusal})`);

let profile: ReturnType<typeof openProfile> | undefined;

afterEach(() => {
  profile?.close();
  profile = undefined;
});

afterAll(() => {
  for (const dir of mounts.reverse()) unmount(dir);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function open(profileDir: string) {
  profile = openProfile({ profileDir, Database });
  const api = createApiService({
    store: profile.store,
    settings: settingsSchema.parse(defaultSettingsJson),
    appVersion: 'test',
    profileDir,
    settingsFile: profile.settingsFile,
  });
  return { api, file: profilePaths(profileDir).database };
}

function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Fills the disk to the last byte; returns the filler file. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOSPC') throw error;
  }
  try {
    for (;;) writeSync(fd, chunk, 0, 512);
  } catch {
    // Now truly full.
  } finally {
    closeSync(fd);
  }
  return filler;
}

const longBody = paragraphs(...Array.from({ length: 300 }, (_, i) => `Paragraph ${i} of the long feature about ward staffing. `.repeat(20)));

describe.skipIf(mountRefusal !== undefined)('disk faults', () => {
  it('reports a full disk clearly, changes nothing, and saves again once space is freed', async () => {
    const dir = smallDisk('4m');
    const { api, file } = open(dir);
    const story = value<Story>(await api.dispatch('createStory', { section: 'News', headline: 'Ward staffing survey' }));
    const first = value<SaveAck>(await api.dispatch('saveStory', { id: story.id, baseRevision: story.revision, changes: { body: paragraphs('First draft.') } }));

    const filler = fillDisk(dir);
    const before = dumpDatabase(file);
    const save = { id: first.id, baseRevision: first.revision, changes: { body: longBody } };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const refused = await api.dispatch('saveStory', save);
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error.code).toBe('database');
      expect(refused.error.message).toMatch(/disk holding the Copydesk profile is full.*your text is kept in the editor/i);
    }
    const backup = await api.dispatch('createBackup', {});
    expect(backup).toMatchObject({ ok: false, error: { code: 'database' } });
    expect(readdirSync(profilePaths(dir).backups).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(dumpDatabase(file)).toBe(before);

    rmSync(filler);
    const saved = value<SaveAck>(await api.dispatch('saveStory', save));
    expect(saved.revision).toBe(first.revision + 1);
    expect(value<Story>(await api.dispatch('getStory', { id: story.id })).body).toEqual(longBody);
    profile!.close();
    expect(checkIntegrity(file, Database)).toEqual({ ok: true });
  });

  it('reports a read-only profile folder clearly, never touching the file, and opens and saves once it is writable', async () => {
    const dir = join(smallDisk('4m'), 'profile');
    mkdirSync(dir);
    mount('--bind', dir, dir);
    mounts.push(dir);
    let { api, file } = open(dir);
    const story = value<Story>(await api.dispatch('createStory', { section: 'News', headline: 'Ward staffing survey' }));
    profile!.close();
    const bytes = await readFile(file);

    mount('-o', 'remount,ro,bind', dir);
    expect(() => open(dir)).toThrow(/profile folder .* is read-only/);
    expect((await readFile(file)).equals(bytes)).toBe(true);

    mount('-o', 'remount,rw,bind', dir);
    ({ api, file } = open(dir));
    value<SaveAck>(await api.dispatch('saveStory', { id: story.id, baseRevision: story.revision, changes: { headline: 'Saved again' } }));
    expect(value<Story>(await api.dispatch('getStory', { id: story.id })).headline).toBe('Saved again');
  });
});
