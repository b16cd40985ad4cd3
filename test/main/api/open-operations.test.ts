import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorReport } from '../../../src/main/api/error-report';
import { openOperations, type OpenOperationsOptions } from '../../../src/main/api/open-operations';
import { cli, outDir, seedProfile } from '../cli/cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-operations-'));
  profile = await seedProfile(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function open(door: OpenOperationsOptions['door'], profileDir = dir) {
  return openOperations({ profileDir, Database, appVersion: '0.0.0-test', door, existing: true });
}

describe('the operations every door calls', () => {
  it('refuses the command line’s export and import by path from the app and the preview, touching nothing', async () => {
    const app = open('app');
    try {
      const result = await app.dispatch('exportStoriesToPath', { ids: [profile.ids.other], folder: outDir(dir), form: 'page' });
      expect(result).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('copydesk command line') } });
      expect(existsSync(outDir(dir))).toBe(false);
      const page = join(dir, 'page.html');
      writeFileSync(page, '<html><body><h1>From a path</h1><p>Text.</p></body></html>');
      const imported = await app.dispatch('importStoriesFromPaths', { files: [page] });
      expect(imported).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('copydesk command line') } });
      expect((await app.call('listStories', {})).total).toBe(3);
    } finally {
      app.close();
    }
  });

  it('writes the same page through the operation as `copydesk export` does', async () => {
    const operations = open('cli');
    let file: string;
    try {
      const [written] = await operations.call('exportStoriesToPath', { ids: [profile.ids.other], folder: join(dir, 'direct'), form: 'page' });
      file = written!.file;
      expect(written).toMatchObject({ id: profile.ids.other, slug: 'pay-talks-resume', missingImages: [] });
    } finally {
      operations.close();
    }
    const run = await cli(['export', 'pay-talks-resume', '--out', outDir(dir), '--profile', dir]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(outDir(dir), 'pay-talks-resume.html'))).toEqual(readFileSync(file));
  });

  it('finds a live story by its slug, and nothing for a slug no story has', async () => {
    const operations = open('cli');
    try {
      expect(await operations.call('findStoryBySlug', { slug: 'pay-talks-resume' })).toEqual({ id: profile.ids.other });
      expect(await operations.call('findStoryBySlug', { slug: 'no-such-story' })).toBeNull();
    } finally {
      operations.close();
    }
  });

  it('refuses a folder that is not a profile with the message the command line prints, creating nothing', async () => {
    const missing = join(dir, 'nowhere');
    let thrown: unknown;
    try {
      open('cli', missing);
    } catch (error) {
      thrown = error;
    }
    const report = errorReport(thrown, 'cli');
    expect(report).toMatchObject({ exitCode: 3, error: { code: 'not_found', message: expect.stringContaining(`There is no Copydesk profile in ${missing}`) } });
    const run = await cli(['list', '--profile', missing]);
    expect(run).toMatchObject({ code: report.exitCode, stderr: `copydesk: ${report.error.message}\n` });
    expect(existsSync(missing)).toBe(false);
  });

  it('tells the command line a busy database is busy, and the app only what it can do about a full disk', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(errorReport(busy, 'cli')).toMatchObject({ exitCode: 3, error: { code: 'database', message: expect.stringContaining('Run the command again in a moment') } });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(errorReport(full, 'app').error.message).toMatch(/disk holding the Copydesk profile is full.*your text is kept in the editor/);
  });
});
