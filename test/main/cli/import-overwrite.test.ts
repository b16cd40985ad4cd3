import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/shared/story/story-schema';
import { dumpDatabase, makeTempDir, openTestStore, removeTempDir } from '../store/store-fixtures';
import { cli, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

/** A page dressed as a Copydesk export (our article markup, a canonical URL on any host) carrying `slug`. */
function lookalikePage(slug: string, headline = 'Managers must be sacked'): string {
  const file = join(dir, `${slug}-lookalike.html`);
  writeFileSync(
    file,
    `<!doctype html><html><head><title>${headline}</title><link rel="canonical" href="https://attacker.example/any/${slug}"></head>
     <body><article class="cd-article"><p class="cd-section">Opinion</p><h1 class="cd-headline">${headline}</h1>
     <div class="cd-body"><p>Every word of this was written by someone else.</p></div></article></body></html>`,
  );
  return file;
}

type Imported = { id: string; slug: string; headline: string; action: 'created' | 'updated'; warnings: string[] };

async function importJson(...args: string[]): Promise<Imported> {
  const run = await cli(['import', ...args, '--json', '--profile', dir]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { imported: Imported[] }).imported[0]!;
}

function storyOf(id: string): Story {
  const { store } = openTestStore(dir);
  try {
    return store.getStory(id);
  } finally {
    store.close();
  }
}

function revisionReasons(id: string): string[] {
  const { store } = openTestStore(dir);
  try {
    return store.revisions.list(id).map((revision) => revision.reason);
  } finally {
    store.close();
  }
}

describe('copydesk import of a page carrying a live story’s slug', () => {
  it('never overwrites a ready story: the page comes in as a new draft under a free slug, with a warning saying how to replace it', async () => {
    const before = storyOf(profile.ids.featured);
    const run = await cli(['import', lookalikePage('trust-managers-to-lead'), '--json', '--profile', dir]);
    expect(run.code, run.stderr).toBe(0);
    const [entry] = (JSON.parse(run.stdout) as { imported: Imported[] }).imported;
    expect(entry).toMatchObject({ action: 'created', slug: 'trust-managers-to-lead-2', headline: 'Managers must be sacked' });
    expect(entry!.id).not.toBe(profile.ids.featured);
    expect(run.stderr).toContain(
      'warning: This page has the slug of “Trust managers to lead” (trust-managers-to-lead), which is ready: it came in as a new draft (trust-managers-to-lead-2) and that story is unchanged. To update that story instead, import it again with --replace trust-managers-to-lead.',
    );
    expect(storyOf(profile.ids.featured)).toEqual(before);
    expect(storyOf(entry!.id).status).toBe('draft');
  });

  it('refuses --update for a ready story, storing nothing, and says to name it with --replace', async () => {
    const before = dumpDatabase(profile.file);
    const run = await cli(['import', lookalikePage('trust-managers-to-lead'), '--update', '--profile', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      '“Trust managers to lead” (trust-managers-to-lead) is ready, so an import never replaces it without naming it. To replace it, import it again with --replace trust-managers-to-lead. Nothing was imported.',
    );
    expect(dumpDatabase(profile.file)).toBe(before);
  });

  it('replaces a ready story only when --replace names it, keeping what it was as a revision', async () => {
    const replaced = await importJson(lookalikePage('trust-managers-to-lead', 'Trust managers to lead, again'), '--replace', 'trust-managers-to-lead');
    expect(replaced).toMatchObject({ id: profile.ids.featured, action: 'updated', slug: 'trust-managers-to-lead' });
    expect(storyOf(profile.ids.featured).headline).toBe('Trust managers to lead, again');
    expect(revisionReasons(profile.ids.featured)).toContain('before-import');
  });

  it('refuses a --replace slug that no story has, or that none of the pages carries, importing nothing', async () => {
    const before = dumpDatabase(profile.file);
    const unknown = await cli(['import', lookalikePage('trust-managers-to-lead'), '--replace', 'trust-managers', '--profile', dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--replace trust-managers: no story in the library has that slug.');
    const other = await cli(['import', lookalikePage('trust-managers-to-lead'), '--replace', 'pay-talks-resume', '--profile', dir]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("--replace pay-talks-resume: none of the pages given is that story's page");
    expect(dumpDatabase(profile.file)).toBe(before);
  });

  it('brings a page for a draft in as a new draft by default, and updates the draft with --update, keeping a revision', async () => {
    const page = lookalikePage('a-draft-feature', 'A draft feature, rewritten');
    const copy = await importJson(page);
    expect(copy).toMatchObject({ action: 'created', slug: 'a-draft-feature-2' });
    expect(copy.warnings[0]).toContain('which is a draft: it came in as a new draft (a-draft-feature-2)');
    expect(copy.warnings[0]).toContain('import it again with --update');
    expect(storyOf(profile.ids.draft).headline).toBe('A draft feature');

    const updated = await importJson(page, '--update');
    expect(updated).toMatchObject({ id: profile.ids.draft, action: 'updated' });
    expect(storyOf(profile.ids.draft).headline).toBe('A draft feature, rewritten');
    expect(revisionReasons(profile.ids.draft)).toContain('before-import');
  });

  it('treats an exported draft as published: --update refuses it', async () => {
    const exported = await cli(['export', 'a-draft-feature', '--out', join(dir, 'out'), '--profile', dir]);
    expect(exported.code, exported.stderr).toBe(0);
    const run = await cli(['import', lookalikePage('a-draft-feature'), '--update', '--profile', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('“A draft feature” (a-draft-feature) has been exported, so an import never replaces it without naming it.');
  });

  it('refuses --as-new with --update or --replace', async () => {
    const run = await cli(['import', lookalikePage('a-draft-feature'), '--as-new', '--update', '--profile', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-new cannot go with --update or --replace');
  });
});
