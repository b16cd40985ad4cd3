import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../src/main/backup/backups';
import { runCli } from '../../../src/main/cli/run-cli';
import { DamagedProfileError, openProfile } from '../../../src/main/profile/open-profile';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

let dir: string;
let backup: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-missing-'));
  const profile = openProfile({ profileDir: dir, Database });
  profile.store.createStory({ section: 'News', headline: 'Kept in the backup' });
  backup = (await createBackup(profile.store, dir, new Date('2026-03-02T09:00:00.000Z'))).name;
  profile.close();
  rmSync(join(dir, 'copydesk.db'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a profile whose database is missing but whose backups exist', () => {
  it('is refused with the newest good backup named, and no empty library is made in its place', () => {
    let refusal: unknown;
    try {
      openProfile({ profileDir: dir, Database }).close();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DamagedProfileError);
    expect((refusal as DamagedProfileError).latestGoodBackup).toBe(backup);
    expect((refusal as Error).message).toContain('is missing, but the profile has backups');
    expect((refusal as Error).message).toContain(`copydesk backup restore ${backup} --profile ${dir}`);
    expect(existsSync(join(dir, 'copydesk.db'))).toBe(false);
  });

  it('makes the command line say so too, and the named restore brings the library back', async () => {
    const listed = await cli(['list', '--profile', dir]);
    expect(listed.code).toBe(3);
    expect(listed.stderr).toContain(`The latest good backup is ${backup}`);
    expect(existsSync(join(dir, 'copydesk.db'))).toBe(false);

    expect((await cli(['backup', 'restore', backup, '--profile', dir])).code).toBe(0);
    const after = await cli(['list', '--profile', dir]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Kept in the backup');
  });

  it('still lets a brand-new profile (no database, no backups) start empty', () => {
    const fresh = join(dir, 'new-profile');
    const profile = openProfile({ profileDir: fresh, Database });
    profile.close();
    expect(existsSync(join(fresh, 'copydesk.db'))).toBe(true);
  });
});
