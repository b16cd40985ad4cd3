import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdProfile } from '../../src/main/profile/profile-lock';
import { startPreviewServer, type PreviewServer } from '../../src/preview/preview-server';

let root: string;
let rendererDir: string;
let profileDir: string;
let running: PreviewServer[];

async function call(preview: PreviewServer, operation: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  const origin = `http://127.0.0.1:${preview.port}`;
  const reply = await fetch(`${origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': preview.token, origin },
    body: JSON.stringify(input),
  });
  return (await reply.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
}

async function start(): Promise<PreviewServer> {
  const preview = await startPreviewServer({ profileDir, rendererDir });
  running.push(preview);
  return preview;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-preview-lock-'));
  rendererDir = join(root, 'renderer');
  profileDir = join(root, 'profile');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html lang="en-GB"><head><title>Copydesk</title></head><body></body></html>');
  running = [];
});

afterEach(async () => {
  for (const preview of running) await preview.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the preview holds its profile', () => {
  it('refuses a second preview on the same profile, naming the first, and restores backups itself', async () => {
    const first = await start();
    await expect(startPreviewServer({ profileDir, rendererDir })).rejects.toThrow(
      new RegExp(`Starting the browser preview was refused: the profile .* is open in the browser preview \\(process ${process.pid} `),
    );

    await call(first, 'createStory', { headline: 'In the backup' });
    const backup = (await call(first, 'createBackup', {})).value as { name: string };
    await call(first, 'createStory', { headline: 'After the backup' });
    expect(await call(first, 'restoreBackup', { name: backup.name })).toMatchObject({ ok: true });
    const listed = (await call(first, 'listStories', {})).value as { rows: { headline: string }[] };
    expect(listed.rows.map((row) => row.headline)).toEqual(['In the backup']);

    await first.close();
    await start();
  });

  it('does not start on a missing database beside backups, names the newest good one, and lets go of the profile', async () => {
    const first = await start();
    const backup = (await call(first, 'createBackup', {})).value as { name: string };
    await first.close();
    rmSync(join(profileDir, 'copydesk.db'));

    await expect(startPreviewServer({ profileDir, rendererDir })).rejects.toThrow(
      `is missing, but the profile has backups, so Copydesk did not start an empty library in its place. The latest good backup is ${backup.name}`,
    );
    expect(existsSync(join(profileDir, 'copydesk.db'))).toBe(false);
    holdProfile(profileDir, 'copydesk backup restore', Database, 'Restoring a backup').release();
  });
});
