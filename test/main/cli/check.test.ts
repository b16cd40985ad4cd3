import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';
import { cli, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

/** Gives a story a new body (and, optionally, ignores), as the app would save them. */
function rewrite(id: string, changes: Parameters<ReturnType<typeof openStore>['saveStory']>[2]): void {
  const store = openStore({ file: profile.file, Database });
  try {
    const story = store.getStory(id);
    store.saveStory(id, story.revision, changes);
  } finally {
    store.close();
  }
}

type Report = {
  rules: string;
  stories: {
    id: string;
    findings: { ruleId: string; severity: string; where: string; text: string; fixes: string[] }[];
    readyToPublish: {
      ready: boolean;
      met: number;
      total: number;
      items: { id: string; met: boolean; level: string; links: { index: number; state: string; message: string }[] }[];
    };
  }[];
  counts: { error: number; warning: number; suggestion: number };
};

describe('copydesk check', () => {
  it('prints each finding with its rule, severity, place and text, and exits 1 on errors', async () => {
    rewrite(profile.ids.other, { body: paragraphs('Talks resumed today.', 'The organization will utilize its color scheme.') });
    const run = await cli(['check', profile.ids.other, '--profile', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Pay talks resume');
    expect(run.stdout).toMatch(/error\s+british-spelling {2}Paragraph 2 “organization”: /);
    expect(run.stdout).toMatch(/error\s+british-spelling {2}Paragraph 2 “color”/);
    expect(run.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ suggestions? in 1 story \(rules: built-in house style\)\n0 of 1 story ready to publish\n$/);
  });

  it('follows the spelling dialect of settings.json: Oxford -ize flags organisation and accepts organization', async () => {
    rewrite(profile.ids.other, { body: paragraphs('Talks resumed today.', 'The organisation will advise; the organization agreed.') });
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ spelling: { dialect: 'oxford-ize' } }));
    const run = await cli(['check', profile.ids.other, '--json', '--profile', dir]);
    const spelling = (JSON.parse(run.stdout) as Report).stories[0]!.findings.filter((f) => f.ruleId === 'british-spelling');
    expect(spelling.map((f) => [f.text, f.fixes])).toEqual([['organisation', ['Change to “organization”']]]);
  });

  it('gives JSON for scripts and exits 0 when nothing is an error and the story is ready to publish', async () => {
    rewrite(profile.ids.other, { publishDate: '2026-11-27T08:00:00.000Z' });
    const run = await cli(['check', '--slug', 'pay-talks-resume', '--json', '--profile', dir]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.counts.error).toBe(0);
    expect(run.code).toBe(0);
    expect(report.stories.map((s) => s.id)).toEqual([profile.ids.other]);
  });

  it('reports the story’s “Ready to publish” list, with each related story in the trash or not yet on the site, and exits 1 when it is not ready', async () => {
    const store = openStore({ file: profile.file, Database });
    try {
      const trashed = store.createStory({ section: 'News', headline: 'Withdrawn report' });
      store.setTrashed(trashed.id, true);
      const featured = store.getStory(profile.ids.featured);
      store.saveStory(featured.id, featured.revision, {
        related: [...featured.related, { kind: 'story', storyId: trashed.id }, { kind: 'story', storyId: profile.ids.draft }],
      });
    } finally {
      store.close();
    }

    const text = await cli(['check', profile.ids.featured, '--profile', dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('  Ready to publish: 4 of 5 (not ready)\n');
    expect(text.stdout).toContain('  not met    related  link 3: Related story “Withdrawn report” is in the trash: it is left out of the export.\n');
    expect(text.stdout).toContain(
      '  not met    related  link 4: Related story “A draft feature” is a draft, not yet on the site: the link will not work until it is published.\n',
    );
    expect(text.stdout).toMatch(/0 of 1 story ready to publish\n$/);

    const json = JSON.parse((await cli(['check', profile.ids.featured, '--json', '--profile', dir])).stdout) as Report;
    const ready = json.stories[0]!.readyToPublish;
    expect(ready).toMatchObject({ ready: false, met: 4, total: 5 });
    expect(ready.items.map((item) => `${item.id}:${item.met ? 'met' : 'unmet'}`)).toEqual([
      'publish-date:met',
      'slug:met',
      'lead-image-alt:met',
      'bio:met',
      'related:unmet',
    ]);
    expect(ready.items[4]!.links.map((link) => [link.index, link.state])).toEqual([
      [2, 'trash'],
      [3, 'draft'],
    ]);
  });

  it('leaves out what the story ignores', async () => {
    rewrite(profile.ids.other, {
      body: paragraphs('The organization will utilize its color scheme.'),
      houseStyleIgnores: [
        { ruleId: 'british-spelling', matchedText: 'color', context: { before: 'utilize its ', after: ' scheme.' } },
        { ruleId: 'words-to-avoid', matchedText: null, context: null },
      ],
    });
    const run = await cli(['check', profile.ids.other, '--json', '--profile', dir]);
    const findings = (JSON.parse(run.stdout) as Report).stories[0]!.findings;
    expect(findings.filter((f) => f.ruleId === 'british-spelling').map((f) => f.text)).toEqual(['organization']);
    expect(findings.some((f) => f.ruleId === 'words-to-avoid')).toBe(false);
  });

  it('checks every active story with --all, using the profile’s rules file', async () => {
    writeFileSync(
      join(dir, 'house.json'),
      JSON.stringify({ name: 'Local', version: 1, extends: 'default', rules: [{ id: 'no-talks', kind: 'existence', severity: 'error', message: 'No “{found}”', pattern: 'Talks' }] }),
    );
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ houseStyleRules: 'house.json' }));
    const run = await cli(['check', '--all', '--json', '--profile', dir]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.rules).toBe('house.json');
    expect(report.stories).toHaveLength(3);
    expect(report.stories.find((s) => s.id === profile.ids.other)?.findings.map((f) => f.ruleId)).toContain('no-talks');
    expect(run.code).toBe(1);
  });

  it('refuses a bad rules file (3) and a bad selection (2)', async () => {
    writeFileSync(join(dir, 'house.json'), '{ "name": "Local", "version": 1, "rules": [ { "id": "x" } ] }');
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ houseStyleRules: 'house.json' }));
    const bad = await cli(['check', '--all', '--profile', dir]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/house\.json: rule #1 'x'/);
    const usage = await cli(['check', '--all', '--status', 'ready', '--profile', dir]);
    expect(usage.code).toBe(2);
    expect((await cli(['check', '--profile', dir])).code).toBe(2);
  });
});
