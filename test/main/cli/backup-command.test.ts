import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run-cli';
import { openProfile } from '../../../src/main/profile/open-profile';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

function profileWithStory(headline: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-backup-'));
  const profile = openProfile({ profileDir: dir, Database });
  profile.store.createStory({ section: 'News', headline });
  profile.close();
  return dir;
}

describe('copydesk backup', () => {
  it('creates, lists, checks and restores a backup, keeping the replaced database', async () => {
    const dir = profileWithStory('Before the backup');
    const created = await cli(['backup', 'create', '--profile', dir]);
    expect(created.code).toBe(0);
    const name = created.stdout.trim();
    expect((await cli(['backup', 'list', '--profile', dir])).stdout).toContain(name);
    expect((await cli(['backup', 'check', '--profile', dir])).code).toBe(0);

    const profile = openProfile({ profileDir: dir, Database });
    profile.store.createStory({ section: 'News', headline: 'After the backup' });
    profile.close();

    const restored = await cli(['backup', 'restore', name, '--profile', dir]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/kept as .*before-restore/);
    const reopened = openProfile({ profileDir: dir, Database });
    const headlines = reopened.store
      .listStories({ view: 'active', status: null, section: null, query: '', sort: 'modified', offset: 0, limit: 10 })
      .rows.map((r) => r.headline);
    reopened.close();
    expect(headlines).toEqual(['Before the backup']);
  });

  it('reports a damaged database with exit 3 and how to restore', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-damaged-'));
    writeFileSync(join(dir, 'copydesk.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 7)]));
    const result = await cli(['backup', 'check', '--profile', dir]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/damaged|not a database|malformed/i);
    expect(existsSync(join(dir, 'copydesk.db'))).toBe(true);
  });

  it('explains a missing action as a usage error', async () => {
    const result = await cli(['backup']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('backup list, backup create, backup check or backup restore NAME');
  });
});
