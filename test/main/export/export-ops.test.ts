import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { createApiService, type ApiContext } from '../../../src/main/api/api-service';
import type { Desktop } from '../../../src/main/api/desktop';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import { outDir, seedProfile } from '../cli/cli-fixtures';
import { makeTempDir, removeTempDir, withDatabase } from '../store/store-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;
let store: Store;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
  store = openStore({ file: profile.file, Database, now: profile.clock.now });
});
afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function service(desktop?: Desktop) {
  const ctx: ApiContext = { store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: join(dir, 'settings.json') };
  if (desktop !== undefined) ctx.desktop = desktop;
  return createApiService(ctx);
}

function exportLog(): Array<{ format: string; destination: string }> {
  return withDatabase(profile.file, (db) => db.prepare('SELECT format, destination FROM export_log ORDER BY rowid').all()) as Array<{
    format: string;
    destination: string;
  }>;
}

/** A desktop whose dialogs answer as a person would: the given file or folder, or cancel (null). */
function desktopAnswering(answer: { file?: string | null; folder?: string | null }): Desktop & { copied: unknown[] } {
  const copied: unknown[] = [];
  return {
    copied,
    writeClipboard: (content) => {
      copied.push(content);
      return Promise.resolve();
    },
    chooseSaveFile: () => Promise.resolve(answer.file ?? null),
    chooseFolder: () => Promise.resolve(answer.folder ?? null),
  };
}

describe('saveExportFile', () => {
  it('writes the chosen file with its images beside it and logs the export', async () => {
    const file = join(outDir(dir), 'chosen name.html');
    const api = service(desktopAnswering({ file }));
    const result = await api.dispatch('saveExportFile', { id: profile.ids.featured, form: 'article' });
    expect(result).toEqual({ ok: true, value: { path: file } });
    expect(readFileSync(file, 'utf8')).toMatch(/^<article class="cd-article"/);
    expect(readdirSync(join(outDir(dir), 'images'))).toContain(`${profile.images.chart.sha256}.png`);
    expect(exportLog()).toEqual([{ format: 'article', destination: file }]);
  });

  it('writes and logs nothing when the dialog is cancelled', async () => {
    const api = service(desktopAnswering({ file: null }));
    expect(await api.dispatch('saveExportFile', { id: profile.ids.featured, form: 'page' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(exportLog()).toEqual([]);
  });

  it('is refused without a desktop (the browser preview downloads instead)', async () => {
    const result = await service().dispatch('saveExportFile', { id: profile.ids.featured, form: 'page' });
    expect(result.ok === false && result.error.code).toBe('rejected');
  });
});

describe('writeClipboard', () => {
  it('hands both flavours to the desktop, and is refused without one', async () => {
    const desktop = desktopAnswering({});
    expect(await service(desktop).dispatch('writeClipboard', { html: '<p>Hi</p>', text: '<p>Hi</p>' })).toEqual({
      ok: true,
      value: { written: true },
    });
    expect(desktop.copied).toEqual([{ html: '<p>Hi</p>', text: '<p>Hi</p>' }]);
    const refused = await service().dispatch('writeClipboard', { text: 'x' });
    expect(refused.ok === false && refused.error.code).toBe('rejected');
  });
});

describe('exportStoriesToFolder', () => {
  it('exports pages into the chosen folder in batches, reporting failures per story', async () => {
    const folder = outDir(dir);
    const api = service(desktopAnswering({ folder }));
    const first = await api.dispatch('exportStoriesToFolder', { ids: [profile.ids.featured, profile.ids.other] });
    expect(first.ok).toBe(true);
    const value = (first as { value: { folder: string; results: Array<{ file: string | null; warnings: string[]; error: string | null }> } }).value;
    expect(value.folder).toBe(folder);
    expect(value.results.map((r) => r.error)).toEqual([null, null]);
    expect(value.results[1]!.warnings.join(' ')).toMatch(/publish date/i);
    for (const r of value.results) expect(readFileSync(r.file!, 'utf8')).toMatch(/^<!DOCTYPE html>/);

    const missing = '00000000-0000-4000-8000-000000000000';
    const second = await api.dispatch('exportStoriesToFolder', { ids: [profile.ids.draft, missing], folder });
    const results = (second as { value: { results: Array<{ file: string | null; error: string | null }> } }).value.results;
    expect(existsSync(results[0]!.file!)).toBe(true);
    expect(results[1]!.file).toBeNull();
    expect(results[1]!.error).toMatch(/not|no story/i);
    expect(exportLog().map((e) => e.format)).toEqual(['page', 'page', 'page']);
    for (const id of [profile.ids.featured, profile.ids.other, profile.ids.draft]) {
      expect(store.revisions.list(id).map((kept) => kept.reason)).toEqual(['export']);
    }
  });

  it('refuses a folder it did not choose, and does nothing when the dialog is cancelled', async () => {
    const api = service(desktopAnswering({ folder: null }));
    expect(await api.dispatch('exportStoriesToFolder', { ids: [profile.ids.other] })).toEqual({ ok: true, value: { cancelled: true } });
    const sneaky = await api.dispatch('exportStoriesToFolder', { ids: [profile.ids.other], folder: '/tmp' });
    expect(sneaky.ok === false && sneaky.error.code).toBe('rejected');
    expect(exportLog()).toEqual([]);
  });

  it('in the browser preview, exports into the folder the person typed, made when missing, leaving nothing in the profile', async () => {
    const before = readdirSync(dir).sort();
    const elsewhere = await makeTempDir();
    onTestFinished(() => removeTempDir(elsewhere));
    const typed = join(elsewhere, 'batch');
    const result = await service().dispatch('exportStoriesToFolder', { ids: [profile.ids.other], folder: typed });
    const { folder } = (result as { value: { folder: string } }).value;
    expect(folder).toBe(typed);
    expect(readdirSync(folder)).toContain('pay-talks-resume.html');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('in the browser preview, refuses a folder inside the profile, a relative path, a missing parent and no folder, saying what to type', async () => {
    const api = service();
    const refusal = async (folder?: string) => {
      const result = await api.dispatch('exportStoriesToFolder', folder === undefined ? { ids: [profile.ids.other] } : { ids: [profile.ids.other], folder });
      if (result.ok) throw new Error(`exported into ${folder}`);
      expect(result.error).toMatchObject({ code: 'invalid_input', field: 'folder' });
      return result.error.message;
    };
    expect(await refusal(join(dir, 'exports'))).toMatch(/inside the Copydesk profile.*Type a folder outside it/);
    expect(await refusal(dir)).toMatch(/inside the Copydesk profile/);
    expect(await refusal('exports')).toMatch(/not a whole path/);
    expect(await refusal(join(tmpdir(), 'copydesk-no-such-folder', 'batch'))).toMatch(/does not exist/);
    expect(await refusal()).toMatch(/type the folder/);
    expect(existsSync(join(dir, 'exports'))).toBe(false);
    expect(exportLog()).toEqual([]);
  });
});
