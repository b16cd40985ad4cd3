import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadHouseStyleRules } from '../../../src/main/house-style/load-house-style';
import { createChecker, defaultRules } from '../../../src/shared/house-style';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-rules-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const settings = { sections: [{ name: 'News', targetWords: { min: 300, max: 600 } }], bioTemplate: '{name} is {role} of {organisation}.' };

describe('the house-style rules a profile uses', () => {
  it('are the built-in ones when the settings name no file', () => {
    expect(loadHouseStyleRules(dir, { houseStyleRules: null })).toEqual({ source: 'built-in', rules: defaultRules() });
  });

  it('come from the profile’s file, merged with the defaults it extends', () => {
    writeFileSync(
      join(dir, 'house.json'),
      JSON.stringify({ name: 'Local', version: 1, extends: 'default', disable: ['click-here'], rules: [{ id: 'no-synergy', kind: 'existence', severity: 'error', message: 'No “{found}”', pattern: 'synergy' }] }),
    );
    const loaded = loadHouseStyleRules(dir, { houseStyleRules: 'house.json' });
    expect(loaded.source).toBe('house.json');
    expect(loaded.error).toBeUndefined();
    const ids = loaded.rules.rules.map((rule) => rule.id);
    expect(ids).toContain('no-synergy');
    expect(ids).not.toContain('click-here');
    // What the renderer receives is plain data that survives JSON and still makes a checker.
    const rules = JSON.parse(JSON.stringify(loaded.rules)) as typeof loaded.rules;
    const document = { section: 'News', headline: '', standfirst: '', bio: null, body: [{ key: '1', kind: 'paragraph' as const, text: 'Real synergy.' }] };
    expect(createChecker(rules, settings).check(document).findings.map((f) => f.ruleId)).toContain('no-synergy');
  });

  it('fall back to the built-in ones, naming the bad rule, when the file is not valid', () => {
    writeFileSync(join(dir, 'house.json'), JSON.stringify({ name: 'Local', version: 1, rules: [{ id: 'bad', kind: 'substitution', severity: 'error', message: 'x', pattern: '(', replacement: '' }] }));
    const loaded = loadHouseStyleRules(dir, { houseStyleRules: 'house.json' });
    expect(loaded.source).toBe('built-in');
    expect(loaded.rules).toBe(defaultRules());
    expect(loaded.error).toMatch(/house\.json: rule #1 'bad' \(substitution\): pattern is not a valid regular expression/);
  });

  it('fall back to the built-in ones when the file is missing', () => {
    const loaded = loadHouseStyleRules(dir, { houseStyleRules: 'missing.json' });
    expect(loaded).toMatchObject({ source: 'built-in', error: expect.stringMatching(/missing\.json could not be read \(there is no such file\)/) });
  });
});
