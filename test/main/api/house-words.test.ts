import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOperations } from '../../../src/main/api/open-operations';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { dumpDatabase } from '../store/store-fixtures';

let dirs: string[];
beforeEach(() => {
  dirs = [];
});
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function profileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-house-words-'));
  dirs.push(dir);
  return dir;
}

function open(dir: string) {
  return openOperations({ profileDir: dir, Database, appVersion: '0.0.0-test', door: 'app' });
}

const wordsOf = (entries: readonly { word: string }[]) => entries.map((entry) => entry.word);

describe('the house dictionary operations', () => {
  it('start a new profile with the house acronyms, and keep added words exactly cased in alphabetical order', async () => {
    const operations = open(profileDir());
    try {
      expect(wordsOf(await operations.call('listHouseWords', {}))).toEqual(['CSU', 'ICB', 'ICBs', 'MiP', 'MPs', 'NHS']);
      const added = await operations.call('addHouseWord', { word: '  St   Thomas’ ' });
      expect(added).toMatchObject({ added: true, word: { word: 'St Thomas’', source: 'editor' } });
      expect(Date.parse(added.word.addedAt)).not.toBeNaN();
      await operations.call('addHouseWord', { word: 'arrhythmia' });
      await operations.call('addHouseWord', { word: 'nhs' });
      await operations.call('addHouseWord', { word: 'Ysbyty Gwynedd' });
      await operations.call('addHouseWord', { word: 'Covid-19' });
      expect(wordsOf(await operations.call('listHouseWords', {}))).toEqual([
        'arrhythmia',
        'Covid-19',
        'CSU',
        'ICB',
        'ICBs',
        'MiP',
        'MPs',
        'NHS',
        'nhs',
        'St Thomas’',
        'Ysbyty Gwynedd',
      ]);
    } finally {
      operations.close();
    }
  });

  it('say a word is already there without changing it', async () => {
    const operations = open(profileDir());
    try {
      const [nhs] = (await operations.call('listHouseWords', {})).filter((entry) => entry.word === 'NHS');
      const again = await operations.call('addHouseWord', { word: ' NHS ' });
      expect(again).toMatchObject({ added: false, word: nhs });
      expect(wordsOf(again.words)).toEqual(['CSU', 'ICB', 'ICBs', 'MiP', 'MPs', 'NHS']);
    } finally {
      operations.close();
    }
  });

  it('refuse what is not a word or a short name, saying why, and leave the dictionary as it was', async () => {
    const dir = profileDir();
    const operations = open(dir);
    const before = dumpDatabase(profilePaths(dir).database);
    const refusals: Array<[string, RegExp]> = [
      ['   ', /Type the word or name/],
      ['NHS!', /“!” in it\. A house word is one word or a short name/],
      ['<b>NHS</b>', /“<”, “>”, “\/” in it/],
      ['-ICB', /starts or ends with a hyphen or a full stop/],
      ['Ltd.', /starts or ends with a hyphen or a full stop/],
      ['2024', /has no letters in it/],
      ['Royal '.repeat(11), /is 65 characters long; a house word or name is at most 60/],
      ['x'.repeat(500), /at most 60 characters/],
    ];
    try {
      for (const [word, message] of refusals) {
        const result = await operations.dispatch('addHouseWord', { word });
        expect(result, word).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'word', message: expect.stringMatching(message) } });
      }
      expect(await operations.dispatch('addHouseWord', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'word' } });
    } finally {
      operations.close();
    }
    expect(dumpDatabase(profilePaths(dir).database)).toBe(before);
  });

  it('remove a word exactly as cased, and refuse one that is not there, naming the one that is', async () => {
    const operations = open(profileDir());
    try {
      expect(wordsOf((await operations.call('removeHouseWord', { word: 'CSU' })).words)).toEqual(['ICB', 'ICBs', 'MiP', 'MPs', 'NHS']);
      const missing = await operations.dispatch('removeHouseWord', { word: 'mip' });
      expect(missing).toMatchObject({
        ok: false,
        error: { code: 'not_found', message: '“mip” is not in the house dictionary, so nothing was removed. It has “MiP”: words are kept exactly as cased.' },
      });
      expect(wordsOf(await operations.call('listHouseWords', {}))).toEqual(['ICB', 'ICBs', 'MiP', 'MPs', 'NHS']);
      // A removed default stays removed; adding it back makes it the editor's.
      expect((await operations.call('addHouseWord', { word: 'CSU' })).word.source).toBe('editor');
    } finally {
      operations.close();
    }
  });

  it('travel with a backup: restored into a fresh profile, the words added and removed are as they were', async () => {
    const first = profileDir();
    const operations = open(first);
    let name: string;
    try {
      await operations.call('addHouseWord', { word: 'Trussell Trust' });
      await operations.call('removeHouseWord', { word: 'MPs' });
      name = (await operations.call('createBackup', {})).name;
    } finally {
      operations.close();
    }

    const fresh = profileDir();
    const restoring = open(fresh);
    try {
      expect(wordsOf(await restoring.call('listHouseWords', {}))).toContain('MPs');
      const backups = profilePaths(fresh).backups;
      mkdirSync(backups, { recursive: true });
      copyFileSync(join(profilePaths(first).backups, name), join(backups, name));
      await restoring.call('restoreBackup', { name });
      expect(wordsOf(await restoring.call('listHouseWords', {}))).toEqual(['CSU', 'ICB', 'ICBs', 'MiP', 'NHS', 'Trussell Trust']);
    } finally {
      restoring.close();
    }
  });
});
