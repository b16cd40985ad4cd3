import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../store/store-fixtures';
import { outDir, seedProfile } from './cli-fixtures';

const ROOT = resolve(__dirname, '../../..');
const BUILT = join(ROOT, 'bin', 'copydesk.cjs');

/** The real command as a process: the built bin when there is a build, else the source through tsx. */
function copydesk(args: string[], env: NodeJS.ProcessEnv) {
  const built = existsSync(join(ROOT, 'out', 'cli', 'copydesk.cjs'));
  const [command, prefix] = built ? [process.execPath, [BUILT]] : ['npx', ['tsx', join(ROOT, 'src/main/cli/copydesk.ts')]];
  return spawnSync(command, [...prefix, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
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
});
