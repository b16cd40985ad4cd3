import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import { loadHouseStyleRules } from '../../../src/main/house-style/load-house-style';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import type { ApiResult } from '../../../src/shared/api/api-error';
import { makeTempDir, removeTempDir } from '../store/store-fixtures';

/** A file every Linux machine has, whose lines must never show in a message. */
const SYSTEM_FILE = '/etc/passwd';
const systemLines = readFileSync(SYSTEM_FILE, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length >= 4);

let dir: string;
let outside: string;
let store: Store;
let api: ApiService;
const settingsFile = () => join(dir, 'settings.json');

beforeEach(async () => {
  dir = await makeTempDir();
  outside = await makeTempDir();
  store = openStore({ file: join(dir, 'copydesk.db'), Database });
  api = createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: settingsFile() });
});
afterEach(async () => {
  store.close();
  await removeTempDir(dir);
  await removeTempDir(outside);
});

const RULES = { name: 'Local', version: 1, extends: 'default', rules: [{ id: 'no-synergy', kind: 'existence', severity: 'error', message: 'No “{found}”', pattern: 'synergy' }] };
const bytesOf = (text: string) => new TextEncoder().encode(text);

function messageOf(result: ApiResult<unknown>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
}

function expectNoSystemLine(message: string): void {
  for (const line of systemLines) expect(message).not.toContain(line);
  expect(message).not.toMatch(/root:x?:?0/);
}

describe('the settings’ rules file', () => {
  it('is refused outside the profile folder, saying what to do, and the settings file is left as it was', async () => {
    writeFileSync(join(outside, 'rules.json'), JSON.stringify(RULES));
    symlinkSync(join(outside, 'rules.json'), join(dir, 'linked.json'));
    for (const path of [SYSTEM_FILE, '../etc/passwd', join(outside, 'rules.json'), 'house-rules/../../x.json', 'linked.json']) {
      const result = await api.dispatch('saveSettings', { ...defaultSettings, houseStyleRules: path });
      expect(result, path).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'houseStyleRules' } });
      expect(messageOf(result)).toMatch(/inside the profile folder.*Choose a rules file…/);
      expectNoSystemLine(messageOf(result));
    }
    expect(existsSync(settingsFile())).toBe(false);
  });

  it('is not read from outside the profile even when the settings file names it, and the error quotes nothing of it', () => {
    const loaded = loadHouseStyleRules(dir, { houseStyleRules: SYSTEM_FILE });
    expect(loaded).toMatchObject({ source: 'built-in', error: expect.stringContaining('inside the profile folder') });
    expectNoSystemLine(loaded.error!);
  });

  it('reports a file in the profile that is not JSON without quoting any of it', () => {
    writeFileSync(join(dir, 'copied.json'), readFileSync(SYSTEM_FILE));
    const loaded = loadHouseStyleRules(dir, { houseStyleRules: 'copied.json' });
    expect(loaded.error).toMatch(/copied\.json: not valid JSON/);
    expectNoSystemLine(loaded.error!);
  });

  it('is copied into the profile when the person picks one, and the settings can then name the copy', async () => {
    const picked = await api.dispatch('importHouseStyleRules', { fileName: 'Our house style.json', bytes: bytesOf(JSON.stringify(RULES)) });
    expect(picked).toEqual({ ok: true, value: { path: 'house-rules/Our-house-style.json' } });
    expect(JSON.parse(readFileSync(join(dir, 'house-rules', 'Our-house-style.json'), 'utf8'))).toEqual(RULES);
    const saved = await api.dispatch('saveSettings', { ...defaultSettings, houseStyleRules: 'house-rules/Our-house-style.json' });
    expect(saved.ok).toBe(true);
    const rules = await api.dispatch('getHouseStyleRules', {});
    expect(rules).toMatchObject({ ok: true, value: { source: 'house-rules/Our-house-style.json' } });
    expect((rules as { value: { error?: string } }).value.error).toBeUndefined();
  });

  it('is not copied when it is not a valid rules file, and the refusal quotes nothing of it', async () => {
    const notRules = await api.dispatch('importHouseStyleRules', { fileName: 'passwd', bytes: readFileSync(SYSTEM_FILE) });
    expect(notRules).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not valid.*Nothing was copied/) } });
    expectNoSystemLine(messageOf(notRules));
    const deep = await api.dispatch('importHouseStyleRules', { fileName: 'deep.json', bytes: bytesOf(`${'['.repeat(1_500)}${']'.repeat(1_500)}`) });
    expect(messageOf(deep)).toContain('nested deeper than 200 levels');
    const huge = await api.dispatch('importHouseStyleRules', { fileName: 'huge.json', bytes: new Uint8Array(3 * 1024 * 1024) });
    expect(messageOf(huge)).toContain('larger than 2 MB');
    expect(existsSync(join(dir, 'house-rules'))).toBe(false);
  });

  it('is not copied through a link that leads out of the profile', async () => {
    symlinkSync(outside, join(dir, 'house-rules'));
    const result = await api.dispatch('importHouseStyleRules', { fileName: 'rules.json', bytes: bytesOf(JSON.stringify(RULES)) });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('leads outside the profile folder') } });
    expect(existsSync(join(outside, 'rules.json'))).toBe(false);
  });

  it('is still read from a folder inside the profile', () => {
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'house.json'), JSON.stringify(RULES));
    expect(loadHouseStyleRules(dir, { houseStyleRules: 'rules/house.json' })).toMatchObject({ source: 'rules/house.json' });
  });
});
