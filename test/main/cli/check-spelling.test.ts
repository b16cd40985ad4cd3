import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';
import { expectedSlips, neverFlagged, slipsParagraphs } from '../../shared/spelling/slips-story';
import { cli, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

type Finding = { ruleId: string; severity: string; where: string; text: string; fixes: string[]; suggestions?: string[] };
type Report = {
  spelling: { checked: boolean; reason?: string };
  stories: { id: string; findings: Finding[]; spellingSkipped: { where: string; message: string }[] }[];
  counts: { error: number; warning: number; suggestion: number };
};

/** The seeded News story with the slips story's body, bylined by Kate Smyth-Ojukwu, who is also in the author directory. */
function writeSlipsStory(): string {
  const store = openStore({ file: profile.file, Database });
  try {
    const author = store.createAuthor({ name: 'Kate Smyth-Ojukwu', role: 'national officer', organisation: 'MiP', email: '' });
    const story = store.getStory(profile.ids.other);
    store.saveStory(story.id, story.revision, {
      body: paragraphs(...slipsParagraphs),
      bylines: [{ authorId: author.id, role: author.role, organisation: author.organisation }],
    });
    return story.id;
  } finally {
    store.close();
  }
}

describe('copydesk check with spelling and grammar', () => {
  it('finds every slip of the acceptance story, as warnings with suggestions, and flags no house word or name', async () => {
    const id = writeSlipsStory();
    const run = await cli(['check', id, '--json', '--profile', dir]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.spelling).toEqual({ checked: true });
    const findings = report.stories[0]?.findings ?? [];
    const spelling = findings.filter((f) => /^(spelling|grammar)\./.test(f.ruleId));
    for (const [ruleId, text] of expectedSlips) expect(findings.some((f) => f.ruleId === ruleId && f.text === text), `${ruleId} “${text}”`).toBe(true);
    expect(spelling.filter((f) => neverFlagged.includes(f.text))).toEqual([]);
    // The last two paragraphs hold only house words, names, a URL and an address.
    expect(spelling.filter((f) => f.where === 'Paragraph 7' || f.where === 'Paragraph 8')).toEqual([]);
    expect(spelling.map((f) => f.severity)).toEqual(spelling.map(() => 'warning'));
    const recieve = spelling.find((f) => f.text === 'recieve');
    expect(recieve).toMatchObject({ where: 'Paragraph 1', suggestions: ['receive', 'relieve', 'recipe'], fixes: ['Change to “receive”', 'Change to “relieve”', 'Change to “recipe”'] });
    expect(spelling.find((f) => f.text === 'a NHS trust')?.suggestions).toEqual(['an']);
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
