import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings } from '../../../src/main/settings/load-settings';
import { spellingSettingsOf } from '../../../src/shared/spelling/spelling-settings';

function settingsFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'copydesk-settings-')), 'settings.json');
  writeFileSync(file, content);
  return file;
}

describe('settings', () => {
  it('uses the shipped defaults when the profile has no settings file', () => {
    const settings = loadSettings(join(tmpdir(), 'no-such-folder', 'settings.json'));
    expect(settings.sections.map((s) => s.name)).toEqual(['Opinion', 'News', 'Feature', 'Analysis', 'Interview']);
    expect(settings.sections[0]!.targetWords).toEqual({ min: 650, max: 1000 });
    expect(settings.bioTemplate).toBe('{name} is {role} of {organisation}.');
  });

  it('lays the profile file over the defaults', () => {
    const settings = loadSettings(settingsFile(JSON.stringify({ siteName: 'The Manager', siteBaseUrl: 'https://manager.example' })));
    expect(settings.siteName).toBe('The Manager');
    expect(settings.siteBaseUrl).toBe('https://manager.example');
    expect(settings.sections).toEqual(defaultSettings.sections);
  });

  it('reads the logo and the fallback social image, and refuses a fallback image without alt text', () => {
    const logo = { sha256: 'a'.repeat(64), ext: 'png', width: 512, height: 512 };
    const socialImage = { sha256: 'b'.repeat(64), ext: 'jpg', width: 1200, height: 630, alt: 'Our masthead' };
    expect(loadSettings(settingsFile(JSON.stringify({ siteLogo: logo, socialImage })))).toMatchObject({ siteLogo: logo, socialImage });
    expect(defaultSettings).not.toHaveProperty('siteLogo');
    const file = settingsFile(JSON.stringify({ socialImage: { ...socialImage, alt: ' ' } }));
    expect(() => loadSettings(file)).toThrow(/"socialImage\.alt".*needs alt text/);
  });

  it('loads a settings file written before spelling settings existed, with British -ise, spelling and grammar on', () => {
    const older = { ...defaultSettings, siteName: 'The Manager' };
    expect(older).not.toHaveProperty('spelling');
    const settings = loadSettings(settingsFile(JSON.stringify(older, null, 2)));
    expect(settings).toMatchObject({ siteName: 'The Manager' });
    expect(settings).not.toHaveProperty('spelling');
    expect(spellingSettingsOf(settings)).toEqual({ dialect: 'british-ise', spelling: true, grammar: true });
  });

  it('reads the spelling settings, each field left out taking its default, and refuses an unknown dialect', () => {
    expect(loadSettings(settingsFile(JSON.stringify({ spelling: { dialect: 'oxford-ize', grammar: false } }))).spelling).toEqual({
      dialect: 'oxford-ize',
      spelling: true,
      grammar: false,
    });
    const file = settingsFile(JSON.stringify({ spelling: { dialect: 'american' } }));
    expect(() => loadSettings(file)).toThrow(/bad value at "spelling\.dialect".*"british-ise"\|"oxford-ize"/);
  });

  it('names the file and the bad field', () => {
    const file = settingsFile(JSON.stringify({ siteBaseUrl: 'javascript:alert(1)' }));
    expect(() => loadSettings(file)).toThrow(`The settings file ${file} has a bad value at "siteBaseUrl"`);
  });

  it('refuses unknown fields rather than ignoring a typo', () => {
    expect(() => loadSettings(settingsFile(JSON.stringify({ sitename: 'typo' })))).toThrow(/sitename|Unrecognized/i);
  });

  it('explains a file that is not JSON', () => {
    expect(() => loadSettings(settingsFile('{ siteName: '))).toThrow(/is not valid JSON.*Fix or remove it/);
  });

  it('checks section targets', () => {
    const file = settingsFile(JSON.stringify({ sections: [{ name: 'News', targetWords: { min: 900, max: 300 } }] }));
    expect(() => loadSettings(file)).toThrow(/sections\.0\.targetWords/);
  });
});
