import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, removeTempDir } from '../store/store-fixtures';
import { cli, outDir, seedProfile } from './cli-fixtures';

const MAGAZINE_PAGE = join(import.meta.dirname, '../../shared/html-import/fixtures/pages/magazine-opinion.html');

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

async function importPage(file: string, ...options: string[]): Promise<string> {
  const run = await cli(['import', file, '--json', ...options, '--profile', dir]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { imported: { id: string }[] }).imported[0]!.id;
}

function storyOf(id: string) {
  const store = openStore({ file: profile.file, Database });
  try {
    return store.getStory(id);
  } finally {
    store.close();
  }
}

describe('copydesk import of a page published on the magazine’s website', () => {
  it('brings every part in (section, headline, standfirst, byline, date, body, end mark, bio, related) and exports them back', async () => {
    const id = await importPage(MAGAZINE_PAGE);
    const story = storyOf(id);
    expect(story).toMatchObject({
      section: 'Opinion',
      headline: 'Let managers manage, and judge them on results',
      standfirst: 'Boards that second-guess every decision lose the people they need most. It is time to trust managers to lead.',
      publishDate: '2026-11-26T09:00:00.000Z',
      // "Jane Smith is chief executive of Example Trust." is what the settings' template makes of the byline: it stays generated.
      authorBio: null,
    });
    expect(story.bylines).toMatchObject([{ name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust' }]);
    expect(story.related).toMatchObject([
      { kind: 'external', headline: 'ICB running costs to be cut by a third', standfirst: 'Boards have until March to find the savings.', byline: 'Priya Patel' },
      { kind: 'external', headline: 'What do NHS managers actually do?', standfirst: 'A week in the life of three managers.', byline: 'Tom Reed and Ana Silva' },
      // The magazine's own URL of a story in the profile links to that story.
      { kind: 'story', storyId: profile.ids.other },
    ]);

    const exported = await cli(['export', id, '--out', outDir(dir), '--json', '--profile', dir]);
    expect(exported.code, exported.stderr).toBe(0);
    const html = readFileSync((JSON.parse(exported.stdout) as { exported: { file: string }[] }).exported[0]!.file, 'utf8');
    for (const part of [
      '<p class="cd-section">Opinion</p>',
      '>Let managers manage, and judge them on results</h1>',
      'Boards that second-guess every decision lose the people they need most.',
      '>Jane Smith</span>',
      '<time datetime="2026-11-26T09:00:00.000Z"',
      '<h2>What boards get wrong</h2>',
      'Give us the room to run services, and judge us on the results. <span class="cd-end-mark"',
      'Jane Smith is chief executive of Example Trust.',
      'Boards have until March to find the savings.',
      'A week in the life of three managers.',
      '>Pay talks resume</a>',
    ]) {
      expect(html).toContain(part);
    }
    expect(html).not.toMatch(/Latest news|Winter plan|cookies|Share on|MiP briefing/);
  });

  it('keeps the bio after the end mark generated when it is what the bylines make, typography aside, and the story’s own when it is not', async () => {
    const page = (bio: string) => {
      const file = join(dir, `bio-${bio.length}.html`);
      writeFileSync(
        file,
        `<article><header><p class="section">Opinion</p><h1>Boards must let go</h1><p class="byline">By Seán O'Brien, director, Example Trust</p></header>
         <p>Judge us on the results. //</p><p>${bio}</p></article>`,
      );
      return file;
    };
    expect(storyOf(await importPage(page("Seán O'Brien is director of Example Trust."))).authorBio).toBeNull();
    expect(storyOf(await importPage(page("Seán O'Brien is director of Example Trust, and writes in a personal capacity."))).authorBio).toBe(
      'Seán O’Brien is director of Example Trust, and writes in a personal capacity.',
    );
  });

  it('files the story in the section its label names, whatever its case, and in the first section when the label names none', async () => {
    const page = (label: string) => {
      const file = join(dir, `${label}.html`);
      writeFileSync(file, `<article><header><p class="section">${label}</p><h1>Pay offer tabled</h1></header><p>Unions will consult members.</p></article>`);
      return file;
    };
    expect(storyOf(await importPage(page('News'))).section).toBe('News');
    expect(storyOf(await importPage(page('interview'))).section).toBe('Interview');
    expect(storyOf(await importPage(page('Workforce'))).section).toBe('Opinion');
    expect(storyOf(await importPage(page('News'), '--section', 'Feature')).section).toBe('Feature');
  });
});
