import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run-cli';
import { openProfile } from '../../../src/main/profile/open-profile';

const ROOT = resolve(__dirname, '../../..');
/** The unprivileged user: root writes into any folder whatever its mode, so a read-only folder is only read-only to someone else. */
const NOBODY = 65534;

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

/** `copydesk` as its own process, as an unprivileged user when the tests run as root. */
function copydeskAsUser(args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const entry = asRoot ? [join(ROOT, 'test/support/cli-as-user.ts'), String(NOBODY)] : [join(ROOT, 'src/main/cli/copydesk.ts')];
  return spawnSync(process.execPath, ['--import', 'tsx', ...entry, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HOME: tmpdir() },
  });
}

let root: string;
let profileDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-check-'));
  chmodSync(root, 0o755);
  profileDir = join(root, 'profile');
  const profile = openProfile({ profileDir, Database });
  profile.store.createStory({ section: 'News', headline: 'Still here' });
  profile.close();
});

afterEach(() => {
  chmodSync(profileDir, 0o755);
  rmSync(root, { recursive: true, force: true });
});

describe('copydesk backup check on a profile it cannot judge', () => {
  it('says "not found" for a missing profile folder or database, never "damaged"', async () => {
    const noFolder = await cli(['backup', 'check', '--profile', join(root, 'nowhere')]);
    expect(noFolder.code).toBe(3);
    expect(noFolder.stderr).toMatch(/Not found: there is no profile folder/);
    expect(noFolder.stderr).not.toMatch(/damaged/i);

    rmSync(join(profileDir, 'copydesk.db'));
    const noDatabase = await cli(['backup', 'check', '--profile', profileDir]);
    expect(noDatabase.code).toBe(3);
    expect(noDatabase.stderr).toMatch(/Not found: there is no database .*copydesk init/);
    expect(noDatabase.stderr).not.toMatch(/damaged/i);
  });

  it('says "read-only" for a profile folder it may not write to, never "damaged"', () => {
    chmodSync(profileDir, 0o555);
    const run = copydeskAsUser(['backup', 'check', '--profile', profileDir]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('is read-only');
    expect(run.stderr).toContain('the database was not judged damaged');
    expect(run.stderr).not.toMatch(/is damaged/);
  }, 60_000);
});
