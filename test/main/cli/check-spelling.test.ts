import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';
import { addedHouseWord, bylinedAuthor, directoryAuthor, neverFlagged, twentySlips, twentySlipsParagraphs } from '../../fixtures/spelling/twenty-slips';
import { cli, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

type Finding = { ruleId: string; severity: string; message: string; advice?: string; where: string; text: string; fixes: string[]; suggestions?: string[] };
type Report = {
  spelling: { checked: boolean; reason?: string };
  stories: { id: string; findings: Finding[]; spellingSkipped: { where: string; message: string }[] }[];
  counts: { error: number; warning: number; suggestion: number };
};

/**
 * The seeded News story with the acceptance story's body, as the app leaves
 * it: bylined by one author, another in the author directory, and a word
 * added to the house dictionary.
 */
function writeTwentySlipsStory(): string {
  const store = openStore({ file: profile.file, Database });
  try {
    const author = store.authors.create({ ...bylinedAuthor, email: '' });
    store.authors.create({ ...directoryAuthor, email: '' });
    store.houseWords.add(addedHouseWord, 'editor');
    const story = store.getStory(profile.ids.other);
    store.saveStory(story.id, story.revision, {
      body: paragraphs(...twentySlipsParagraphs),
      bylines: [{ authorId: author.id, role: author.role, organisation: author.organisation }],
    });
    return story.id;
  } finally {
    store.close();
  }
}

const isSpellingOrGrammar = (finding: Finding) => /^(spelling|grammar)\./.test(finding.ruleId);

describe('copydesk check with spelling and grammar', () => {
  it('finds every slip of the twenty-slips story, with house style’s fields plus suggestions, and flags no house word or name', async () => {
    const id = writeTwentySlipsStory();
    const run = await cli(['check', id, '--json', '--profile', dir]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.spelling).toEqual({ checked: true });
    const findings = report.stories[0]?.findings ?? [];
    expect(twentySlips).toHaveLength(20);
    for (const slip of twentySlips) {
      expect(
        findings.filter((f) => f.ruleId === slip.ruleId && f.text === slip.text && f.where === `Paragraph ${slip.paragraph}`),
        `${slip.category} “${slip.text}” in paragraph ${slip.paragraph}`,
      ).toHaveLength(1);
    }
    // Nothing else is spelling or grammar: no house word, name, URL, address, nor the grammar inside the quotation.
    const spelling = findings.filter(isSpellingOrGrammar);
    const expected = twentySlips.filter((slip) => slip.category !== 'house style');
    expect(spelling.map((f) => `${f.where} ${f.ruleId} ${f.text}`).sort()).toEqual(expected.map((s) => `Paragraph ${s.paragraph} ${s.ruleId} ${s.text}`).sort());
    expect(findings.filter((f) => neverFlagged.includes(f.text))).toEqual([]);

    // The same fields as house style's findings, plus the suggestions; every one a warning.
    const houseStyle = findings.find((f) => f.ruleId === 'british-spelling' && f.text === 'color');
    const houseStyleFields = Object.keys(houseStyle ?? {}).filter((key) => key !== 'advice'); // advice is house style's rule text
    expect(houseStyleFields.sort()).toEqual(['fixes', 'message', 'ruleId', 'severity', 'text', 'where']);
    for (const finding of spelling) {
      expect(Object.keys(finding).sort()).toEqual([...houseStyleFields, 'suggestions'].sort());
      expect(finding.severity).toBe('warning');
      expect(finding.fixes).toHaveLength(finding.suggestions?.length ?? -1);
    }
    expect(spelling.find((f) => f.text === 'recieve')).toMatchObject({
      message: '“recieve” may be misspelt.',
      suggestions: ['receive', 'relieve', 'recipe'],
      fixes: ['Change to “receive”', 'Change to “relieve”', 'Change to “recipe”'],
    });
    expect(spelling.find((f) => f.text === 'a NHS trust')?.suggestions).toEqual(['an']);
    expect(spelling.find((f) => f.text === 'tommorow')?.suggestions?.[0]).toBe('tomorrow');

    const without = await cli(['check', id, '--json', '--no-spelling', '--profile', dir]);
    const plain = JSON.parse(without.stdout) as Report;
    expect(plain.spelling).toEqual({ checked: false, reason: '--no-spelling' });
    const plainFindings = plain.stories[0]?.findings ?? [];
    expect(plainFindings.filter(isSpellingOrGrammar)).toEqual([]);
    expect(plainFindings.filter((f) => f.ruleId === 'british-spelling').map((f) => f.text)).toEqual(['color', 'organization']);
    expect(plainFindings.some((f) => 'suggestions' in f)).toBe(false);
  });

  it('leaves spelling and grammar out with --no-spelling, and they never make the exit status 1 by themselves', async () => {
    const story = (() => {
      const store = openStore({ file: profile.file, Database });
      try {
        const other = store.getStory(profile.ids.other);
        store.saveStory(other.id, other.revision, { publishDate: '2026-11-27T08:00:00.000Z', body: paragraphs('Talks will recieve a boost.') });
        return other.id;
      } finally {
        store.close();
      }
    })();
    const checked = await cli(['check', story, '--json', '--profile', dir]);
    const report = JSON.parse(checked.stdout) as Report;
    expect(report.stories[0]?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.stories[0]?.findings.filter((f) => f.ruleId.startsWith('spelling.')).map((f) => f.text)).toEqual(['recieve']);
    expect(checked.code).toBe(0);

    const without = await cli(['check', story, '--json', '--no-spelling', '--profile', dir]);
    const plain = JSON.parse(without.stdout) as Report;
    expect(plain.spelling).toEqual({ checked: false, reason: '--no-spelling' });
    expect(plain.stories[0]?.findings.filter((f) => f.ruleId.startsWith('spelling.'))).toEqual([]);

    const text = await cli(['check', story, '--profile', dir]);
    expect(text.stdout).toMatch(/warning\s+spelling\.spell-check {2}Paragraph 1 “recieve”: “recieve” may be misspelt\./);
  });

  it('skips a paragraph over 20,000 characters with a note, and says where', async () => {
    const store = openStore({ file: profile.file, Database });
    try {
      const other = store.getStory(profile.ids.other);
      store.saveStory(other.id, other.revision, { body: paragraphs('Talks resumed today.', 'The board met again. '.repeat(1_000)) });
    } finally {
      store.close();
    }
    const run = await cli(['check', profile.ids.other, '--profile', dir]);
    expect(run.stdout).toContain('  skipped    spelling  Paragraph 2: Not checked for spelling and grammar: over 20,000 characters.');
  });
});
