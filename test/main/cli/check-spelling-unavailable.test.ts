import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { makeTempDir, removeTempDir } from '../store/store-fixtures';
import { cli, seedProfile } from './cli-fixtures';

// The engine's package as it is when an install lost it: a third-party module, not our code.
vi.mock('harper.js', () => {
  throw new Error("Cannot find package 'harper.js'");
});

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

it('checks house style without spelling when the spelling engine cannot load, and says why and what to do', async () => {
  const run = await cli(['check', profile.ids.other, '--json', '--profile', dir]);
  const report = JSON.parse(run.stdout) as { spelling: { checked: boolean; reason?: string }; stories: { findings: { ruleId: string }[] }[] };
  expect(run.stderr).toMatch(/^Spelling and grammar not checked: The spelling engine \(harper\.js\) could not be loaded: .+\. Reinstall Copydesk's packages \(npm ci\) to restore it, or check with --no-spelling\.\n$/);
  expect(report.spelling.checked).toBe(false);
  expect(report.spelling.reason).toMatch(/could not be loaded/);
  expect(report.stories[0]?.findings.map((f) => f.ruleId)).toContain('body-length');
});
