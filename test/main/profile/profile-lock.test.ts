import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run-cli';
import { openProfile } from '../../../src/main/profile/open-profile';
import { holdProfile, ProfileHeldError } from '../../../src/main/profile/profile-lock';
import { killHard, startHolder } from './profile-holder-process';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

function headlines(dir: string): string[] {
  const profile = openProfile({ profileDir: dir, Database });
  try {
    return profile.store
      .listStories({ view: 'active', status: null, section: null, query: '', sort: 'modified', offset: 0, limit: 10 })
      .rows.map((row) => row.headline);
  } finally {
    profile.close();
  }
}

let dir: string;
let holder: ChildProcess | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-lock-'));
  const profile = openProfile({ profileDir: dir, Database });
  profile.store.createStory({ section: 'News', headline: 'In the backup' });
  profile.close();
});

afterEach(async () => {
  if (holder !== undefined) await killHard(holder);
  holder = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('one owner per profile', () => {
  it('refuses a second holder, naming the first, until the first is killed with SIGKILL', async () => {
    holder = await startHolder(dir);
    let refusal: unknown;
    try {
      holdProfile(dir, 'the Copydesk app', Database, 'Opening the profile in Copydesk').release();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ProfileHeldError);
    const message = (refusal as Error).message;
    expect(message).toContain('Opening the profile in Copydesk was refused');
    expect(message).toContain(`the browser preview (process ${holder.pid} on `);
    expect(message).toMatch(/Close it first, or use another profile folder with --profile DIR/);

    // The operating system lets go of the lock with the process: nothing is left stuck.
    await killHard(holder);
    const lock = holdProfile(dir, 'the Copydesk app', Database, 'Opening the profile in Copydesk');
    lock.release();
  }, 30_000);

  it('refuses a command-line restore while the profile is held, and lets everything that goes through SQLite run', async () => {
    const backup = (await cli(['backup', 'create', '--profile', dir])).stdout.trim();
    const profile = openProfile({ profileDir: dir, Database });
    profile.store.createStory({ section: 'News', headline: 'After the backup' });
    profile.close();
    holder = await startHolder(dir);

    const refused = await cli(['backup', 'restore', backup, '--profile', dir]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('Restoring a backup was refused');
    expect(refused.stderr).toContain('the browser preview');
    expect(readdirSync(dir).filter((name) => name.includes('before-restore'))).toEqual([]);
    expect(headlines(dir).sort()).toEqual(['After the backup', 'In the backup']);

    expect((await cli(['list', '--profile', dir])).code).toBe(0);
    expect((await cli(['backup', 'list', '--profile', dir])).code).toBe(0);
    expect((await cli(['backup', 'check', '--profile', dir])).code).toBe(0);
    expect((await cli(['backup', 'create', '--profile', dir])).code).toBe(0);

    await killHard(holder);
    const restored = await cli(['backup', 'restore', backup, '--profile', dir]);
    expect(restored.code).toBe(0);
    expect(headlines(dir)).toEqual(['In the backup']);
  }, 30_000);

  it('refuses an app or preview that starts while a command-line restore holds the profile', () => {
    const restore = holdProfile(dir, 'copydesk backup restore', Database, 'Restoring a backup');
    try {
      expect(() => holdProfile(dir, 'the browser preview', Database, 'Starting the browser preview')).toThrow(
        /Starting the browser preview was refused: .* is open in copydesk backup restore/,
      );
    } finally {
      restore.release();
    }
    expect(existsSync(join(dir, 'copydesk.lock.json'))).toBe(false);
  });
});
