import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run-cli';
import { killHard, startHolder } from '../profile/profile-holder-process';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

let root: string;
let holder: ChildProcess | undefined;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-init-'));
});

afterEach(async () => {
  if (holder !== undefined) await killHard(holder);
  holder = undefined;
  rmSync(root, { recursive: true, force: true });
});

describe('copydesk init', () => {
  it('makes a profile from nothing that the other commands can use at once', async () => {
    const dir = join(root, 'site', 'profile');
    const made = await cli(['init', '--profile', dir]);
    expect(made.code).toBe(0);
    expect(made.stdout).toBe(`Created a Copydesk profile in ${dir}.\n`);
    expect(existsSync(join(dir, 'copydesk.db'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toHaveProperty('sections');

    expect(await cli(['list', '--profile', dir, '--json'])).toMatchObject({ code: 0, stdout: '{"total":0,"stories":[]}\n' });
  });

  it('leaves an existing profile as it is and says so', async () => {
    const dir = join(root, 'profile');
    await cli(['init', '--profile', dir]);
    const database = readFileSync(join(dir, 'copydesk.db'));
    const again = await cli(['init', '--profile', dir, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ profile: dir, created: false });
    expect(readFileSync(join(dir, 'copydesk.db')).equals(database)).toBe(true);
  });

  it('is refused, naming the holder, while the app or the preview has the profile open', async () => {
    const dir = join(root, 'profile');
    await cli(['init', '--profile', dir]);
    holder = await startHolder(dir);
    const refused = await cli(['init', '--profile', dir]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('Setting up the profile (copydesk init) was refused');
    expect(refused.stderr).toContain(`the browser preview (process ${holder.pid}`);
  }, 30_000);

  it('lists itself in the help', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/^ {2}init {6}Make a new profile/m);
    expect((await cli(['init', '--help'])).stdout).toContain('usage: copydesk init [--json] [--profile DIR]');
  });
});
