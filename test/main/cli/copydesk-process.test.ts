import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';
import { outDir, seedProfile } from './cli-fixtures';

const ROOT = resolve(__dirname, '../../..');
const BUILT = join(ROOT, 'bin', 'copydesk.cjs');

/** The real command: the built bin when there is a build, else the source through tsx. */
function commandLine(args: string[]): [string, string[]] {
  const built = existsSync(join(ROOT, 'out', 'cli', 'copydesk.cjs'));
  const [command, prefix] = built ? [process.execPath, [BUILT]] : ['npx', ['tsx', join(ROOT, 'src/main/cli/copydesk.ts')]];
  return [command, [...prefix, ...args]];
}

function copydesk(args: string[], env: NodeJS.ProcessEnv) {
  const [command, argv] = commandLine(args);
  return spawnSync(command, argv, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

/**
 * Runs copydesk with a reader that goes away, as `| head -1` does: its end of
 * stdout is closed at once, or once the first output has arrived.
 */
function copydeskIntoClosedPipe(args: string[], closeAfter: 'start' | 'first output') {
  const [command, argv] = commandLine(args);
  const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let received = 0;
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  if (closeAfter === 'start') child.stdout.destroy();
  else {
    // Read nothing: the command is still writing (its output is larger than the pipe's buffer) when the pipe closes.
    child.stdout.once('readable', () => {
      received = child.stdout.readableLength;
      child.stdout.destroy();
    });
  }
  return new Promise<{ code: number | null; stderr: string; received: number }>((done) => {
    child.on('close', (code) => done({ code, stderr, received }));
  });
}

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => removeTempDir(dir));

describe('the copydesk process', () => {
  it('exports the ready stories of the profile named by COPYDESK_PROFILE, and exits 2 on bad usage', async () => {
    await seedProfile(dir);
    const out = outDir(dir);
    const run = copydesk(['export', '--status', 'ready', '--out', out, '--json'], { COPYDESK_PROFILE: dir });
    expect(run.stderr).not.toContain('error');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { exported: { slug: string }[] };
    expect(report.exported.map((e) => e.slug).sort()).toEqual(['pay-talks-resume', 'trust-managers-to-lead']);
    expect(existsSync(join(out, 'trust-managers-to-lead.html'))).toBe(true);

    const bad = copydesk(['export', '--all'], { COPYDESK_PROFILE: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--out DIR');
  }, 120_000);

  it('takes the global options before the command too, and tells its version from package.json', async () => {
    const { ids } = await seedProfile(dir);
    const before = copydesk(['--profile', dir, 'list', '--status', 'ready'], { COPYDESK_PROFILE: '' });
    expect(before.stderr).toBe('');
    expect(before.status).toBe(0);
    expect(before.stdout).toBe(copydesk(['list', '--status', 'ready', '--profile', dir], {}).stdout);
    expect(before.stdout.split('\n').map((line) => line.split('\t')[0])).toEqual([ids.featured, ids.other, '']);

    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const printed = copydesk(['--version'], {});
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(`copydesk ${version}\n`);
  }, 120_000);

  it('exits quietly when the reader closes the pipe: list into a reader gone at once', async () => {
    await seedProfile(dir);
    const run = await copydeskIntoClosedPipe(['list', '--profile', dir], 'start');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 120_000);

  it('exits quietly when the reader stops after the first output of a large check --json and export --json', async () => {
    const { file } = await seedProfile(dir);
    const store = openStore({ file, Database });
    for (let i = 0; i < 300; i += 1) {
      const story = store.createStory({ section: 'News', headline: `Story number ${i} about the very long reorganisation` });
      store.saveStory(story.id, story.revision, { body: paragraphs('A paragraph that is there to be checked.') });
    }
    store.close();

    const check = await copydeskIntoClosedPipe(['check', '--all', '--json', '--profile', dir], 'first output');
    expect(check.received).toBeGreaterThan(0);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1); // the drafts are not ready to publish: the command's own verdict, unchanged

    const exported = await copydeskIntoClosedPipe(['export', '--all', '--out', outDir(dir), '--profile', dir], 'start');
    expect(exported.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(exported.code).toBe(0);
    expect(existsSync(join(outDir(dir), 'story-number-299-about-the-very-long-reorganisation.html'))).toBe(true);
  }, 180_000);
});
