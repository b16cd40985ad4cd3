import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService } from '../../../src/main/api/api-service';
import { defaultSettings, loadSettings } from '../../../src/main/settings/load-settings';
import { storeImageFile } from '../../../src/main/images/store-image';
import { openStore, type Store } from '../../../src/main/store/store';
import { pngBytes } from '../../support/image-bytes';
import { makeTempDir, removeTempDir } from '../store/store-fixtures';

let dir: string;
let store: Store;
let settingsFile: string;

beforeEach(async () => {
  dir = await makeTempDir();
  settingsFile = join(dir, 'settings.json');
  store = openStore({ file: join(dir, 'copydesk.db'), Database });
});
afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function service() {
  return createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile });
}

describe('saveSettings', () => {
  it('writes the file the app and the command line read, and the running app uses it at once', async () => {
    const api = service();
    const changed = {
      ...defaultSettings,
      siteName: 'The Trustee Weekly',
      sections: [...defaultSettings.sections, { name: 'Letters', targetWords: { min: 100, max: 300 } }],
    };
    expect(await api.dispatch('saveSettings', changed)).toEqual({ ok: true, value: changed });
    expect(loadSettings(settingsFile)).toEqual(changed);
    expect(await api.dispatch('getSettings', {})).toEqual({ ok: true, value: changed });
    const created = await api.dispatch('createStory', { section: 'Letters' });
    expect(created.ok).toBe(true);
  });

  it('refuses bad values with the field named, leaving the file as it was', async () => {
    writeFileSync(settingsFile, '{"siteName":"Before"}\n');
    const api = service();
    const bad = await api.dispatch('saveSettings', { ...defaultSettings, siteBaseUrl: 'ftp://example.org' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'siteBaseUrl' } });
    const overlapping = await api.dispatch('saveSettings', {
      ...defaultSettings,
      sections: [{ name: 'News', targetWords: { min: 500, max: 100 } }],
    });
    expect(overlapping).toMatchObject({ ok: false, error: { field: 'sections.0.targetWords' } });
    expect(readFileSync(settingsFile, 'utf8')).toBe('{"siteName":"Before"}\n');
    expect(await api.dispatch('getSettings', {})).toEqual({ ok: true, value: defaultSettings });
  });

  it('refuses a logo or fallback social image that is not in the profile, and keeps the file as it was', async () => {
    const api = service();
    const stored = await storeImageFile(join(dir, 'images'), { fileName: 'logo.png', bytes: pngBytes(512, 512) });
    const siteLogo = { sha256: stored.sha256, ext: stored.ext, width: stored.width, height: stored.height };
    const withLogo = { ...defaultSettings, siteLogo };
    expect(await api.dispatch('saveSettings', withLogo)).toEqual({ ok: true, value: withLogo });
    const before = readFileSync(settingsFile, 'utf8');

    const socialImage = { sha256: 'e'.repeat(64), ext: 'jpg' as const, width: 1200, height: 630, alt: 'Our masthead' };
    expect(await api.dispatch('saveSettings', { ...withLogo, socialImage })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `The fallback social image (images/${'e'.repeat(64)}.jpg) is not in this profile’s images folder. Choose the picture again.`,
        field: 'socialImage',
      },
    });
    expect(readFileSync(settingsFile, 'utf8')).toBe(before);
    expect(await api.dispatch('getSettings', {})).toEqual({ ok: true, value: withLogo });
  });
});
