import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeImageFile } from '../../../src/main/images/store-image';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import type { Store } from '../../../src/main/store/store';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { pngBytes } from '../../support/image-bytes';
import { makeTempDir, openTestStore, paragraphs, removeTempDir } from '../store/store-fixtures';
import { cli } from './cli-fixtures';

/**
 * Export, import into an empty profile, export again: the same bytes
 * (issue 4), through the real command line on real SQLite profiles.
 */

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => removeTempDir(dir));

const example = JSON.parse(readFileSync(join(import.meta.dirname, '../../../docs/examples/full-story.json'), 'utf8')) as {
  story: { body: StoryBody };
};

const text = (value: string, format = 0) => ({ type: 'text', version: 1, detail: 0, format, mode: 'normal', style: '', text: value });

/** docs/examples' body (every block type) with its images made real, plus a paragraph of every text format. */
function fullBody(images: { sha256: string; ext: string }[]): StoryBody {
  const body = structuredClone(example.story.body);
  let next = 0;
  for (const node of body.root.children) {
    if (node.type === 'image') Object.assign(node, images[next++ % images.length]);
  }
  body.root.children.splice(2, 0, {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [
      text('Struck ', 4),
      text('code()', 16),
      text(' H'),
      text('2', 32),
      text('O and x'),
      text('2', 64),
      text(' marked', 128),
      { type: 'linebreak', version: 1 },
      text('bold italic', 3),
      text(' & <angle> "quotes" stay text.'),
    ],
  });
  return body;
}

/** Profile A: a full-featured Opinion piece linking a story in the store and two external ones. */
async function seedFullStory(profile: string) {
  const { store } = openProfileStore(profile);
  try {
    const images = [];
    for (const [width, height] of [[1200, 800], [640, 480]] as const) {
      const stored = await storeImageFile(profilePaths(profile).images, { fileName: `${width}.png`, bytes: pngBytes(width, height) });
      store.images.record(stored);
      images.push(stored);
    }
    const jane = store.authors.create({ name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust', email: '' });
    const amir = store.authors.create({ name: 'Amir Khan', role: 'director', organisation: 'North Example ICB', email: '' });
    const linked = saved(store, 'News', 'ICB running costs to be cut by a third', {
      standfirst: 'Boards have until March to find the savings.',
      bylines: [{ authorId: amir.id, role: '', organisation: '' }],
      leadImage: { sha256: images[1]!.sha256, alt: 'A finance team at work', caption: '', credit: '' },
      body: paragraphs('Running costs fall.'),
    });
    const story = saved(store, 'Opinion', 'Integrated care needs managers who are trusted to lead', {
      // Two spaces and a line break, as typed: the import must not tidy them away.
      standfirst: 'Boards that second-guess every decision  lose the people\nthey need most.',
      socialHeadline: 'Trust managers to lead integrated care',
      socialDescription: 'Why boards should let managers manage.',
      slug: 'integrated-care-needs-managers',
      publishDate: '2026-11-26T09:00:00.000Z',
      status: 'ready',
      bylines: [
        { authorId: jane.id, role: 'chief executive', organisation: 'Example Trust' },
        { authorId: amir.id, role: 'director of strategy', organisation: 'North Example ICB' },
      ],
      authorBio: 'Jane Smith runs Example Trust.\nAmir Khan writes on strategy.',
      tags: ['leadership', 'ICBs'],
      leadImage: { sha256: images[0]!.sha256, alt: 'Managers at a board meeting', caption: 'A board meets in public.', credit: 'Photo: Example Trust' },
      body: fullBody(images),
      related: [
        { kind: 'story', storyId: linked.id },
        {
          kind: 'external',
          url: 'https://www.hsj.example/analysis/what-managers-do',
          headline: 'What do NHS managers actually do?',
          standfirst: 'A week in the life of three managers.',
          byline: 'Tom Reed and Ana Silva',
          imageUrl: 'https://images.hsj.example/managers.webp',
        },
        {
          kind: 'external',
          url: 'https://www.example.org/opinion/the-case-for-fewer-targets',
          headline: 'The case for fewer targets',
          standfirst: '',
          byline: 'Jane Smith',
          imageUrl: '',
        },
      ],
    });
    return { story, linked };
  } finally {
    store.close();
  }
}

function saved(store: Store, section: string, headline: string, changes: Parameters<Store['saveStory']>[2]) {
  const created = store.createStory({ section, headline });
  store.saveStory(created.id, created.revision, changes);
  return store.getStory(created.id);
}

async function exportPage(profile: string, idOrSlug: string, out: string): Promise<string> {
  const run = await cli(['export', idOrSlug, '--out', out, '--json', '--profile', profile]);
  expect(run.code, run.stderr).toBe(0);
  const [entry] = (JSON.parse(run.stdout) as { exported: { file: string; warnings: string[] }[] }).exported;
  return entry!.file;
}

async function importPage(profile: string, file: string, ...flags: string[]) {
  const run = await cli(['import', file, '--json', '--profile', profile, ...flags]);
  expect(run.code, run.stderr).toBe(0);
  return { ...(JSON.parse(run.stdout) as { imported: { id: string; slug: string; action: string; warnings: string[] }[] }).imported[0]!, stderr: run.stderr };
}

/** The store of a profile folder, made when missing. */
function openProfileStore(profile: string) {
  mkdirSync(profile, { recursive: true });
  return openTestStore(profile);
}

/** An empty profile: a database with nothing in it, default settings. */
function emptyProfile(name: string): string {
  const profile = join(dir, name);
  openProfileStore(profile).store.close();
  return profile;
}

describe('the whole page, exported, imported and exported again', () => {
  it('gives byte-identical HTML from an empty profile, pictures included', async () => {
    const a = join(dir, 'a');
    const { story } = await seedFullStory(a);
    const first = await exportPage(a, story.id, join(dir, 'out-a'));
    const html = readFileSync(first, 'utf8');
    // The export really has every part, so the comparison covers them.
    for (const part of ['article:tag', 'cd-byline-role', 'cd-pullquote', 'cd-image', 'cd-end-mark', '<table>', '<ol>', '<blockquote>', '<hr>', 'cd-bio', 'cd-related-image', '<s>', '<code>', '<sub>', '<sup>', '<mark>', '<br>']) {
      expect(html).toContain(part);
    }

    const b = emptyProfile('b');
    const imported = await importPage(b, first);
    expect(imported).toMatchObject({ action: 'created', slug: 'integrated-care-needs-managers', warnings: [] });
    const opened = openTestStore(b).store;
    try {
      expect(opened.getStory(imported.id)).toMatchObject({ tags: ['leadership', 'ICBs'], authorBio: 'Jane Smith runs Example Trust.\nAmir Khan writes on strategy.' });
    } finally {
      opened.close();
    }
    const second = await exportPage(b, imported.id, join(dir, 'out-b'));
    expect(readFileSync(second, 'utf8')).toBe(html);
    // The pictures came along (the lead image and the body's): the second export found them in profile B.
    // A related story's picture stays a link to the site: that story was not imported.
    const ownPictures = [...html.slice(0, html.indexOf('class="cd-related')).matchAll(/images\/([0-9a-f]{64}\.png)/g)];
    expect(ownPictures.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('class="cd-lead-image');
    for (const match of ownPictures) {
      expect(existsSync(join(profilePaths(b).images, match[1]!))).toBe(true);
    }

    // And once more: B's export imported into a third profile.
    const c = emptyProfile('c');
    const third = await exportPage(c, (await importPage(c, second)).id, join(dir, 'out-c'));
    expect(readFileSync(third, 'utf8')).toBe(html);
  });

  it('brings the bylines into the directory once and keeps a bio the template would make as generated', async () => {
    const a = join(dir, 'a');
    const { store } = openProfileStore(a);
    const author = store.authors.create({ name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust', email: '' });
    const story = saved(store, 'News', 'Wards reopen', {
      bylines: [{ authorId: author.id, role: 'chief executive', organisation: 'Example Trust' }],
      body: paragraphs('Three wards reopen.'),
    });
    store.close();
    const first = await exportPage(a, story.id, join(dir, 'out-a'));
    expect(readFileSync(first, 'utf8')).toContain('<p class="cd-bio">Jane Smith is chief executive of Example Trust.</p>');

    const b = emptyProfile('b');
    const one = await importPage(b, first, '--as-new');
    const two = await importPage(b, first, '--as-new');
    const opened = openTestStore(b).store;
    try {
      expect(opened.authors.list('Jane Smith')).toHaveLength(1);
      expect(opened.getStory(one.id).authorBio).toBeNull();
      expect(opened.getStory(two.id).bylines[0]?.authorId).toBe(opened.getStory(one.id).bylines[0]?.authorId);
    } finally {
      opened.close();
    }
  });
});

describe('importing a page whose slug is a live story', () => {
  it('updates that story when --replace names it, keeping its previous version as a revision', async () => {
    const a = join(dir, 'a');
    const { story } = await seedFullStory(a);
    const file = await exportPage(a, story.id, join(dir, 'out'));
    const edited = readFileSync(file, 'utf8').replace('Boards ask for assurance on everything', 'Boards ask for assurance on nearly everything');
    writeFileSync(file, edited);

    const run = await importPage(a, file, '--replace', 'integrated-care-needs-managers');
    expect(run).toMatchObject({ id: story.id, action: 'updated', slug: 'integrated-care-needs-managers' });
    expect(run.stderr).toBe('');
    const { store } = openTestStore(a);
    try {
      expect(JSON.stringify(store.getStory(story.id).body)).toContain('nearly everything');
      const [kept] = store.revisions.list(story.id);
      expect(kept?.reason).toBe('before-import');
      expect(JSON.stringify(store.revisions.get(kept!.id))).not.toContain('nearly everything');
      expect(store.listStories({ view: 'active', status: null, section: null, query: '', sort: 'modified', offset: 0, limit: 100 }).total).toBe(2);
    } finally {
      store.close();
    }
    // The same page but for the content-modified date, which is now the import's.
    const article = (html: string) => html.slice(html.indexOf('<article'));
    expect(article(readFileSync(await exportPage(a, story.id, join(dir, 'again')), 'utf8'))).toBe(article(edited));
  });

  it('creates a new story unless asked to update, and links its related story in the store by id', async () => {
    const a = join(dir, 'a');
    const { story, linked } = await seedFullStory(a);
    const file = await exportPage(a, story.id, join(dir, 'out'));
    const run = await importPage(a, file);
    expect(run.action).toBe('created');
    expect(run.id).not.toBe(story.id);
    expect(run.slug).toBe('integrated-care-needs-managers-2');
    // Exported, so only naming it updates it.
    expect(run.warnings[0]).toMatch(/has been exported: it came in as a new draft \(integrated-care-needs-managers-2\).*--replace integrated-care-needs-managers\.$/);
    const { store } = openTestStore(a);
    try {
      const copy = store.getStory(run.id);
      expect(copy.related[0]).toEqual({ kind: 'story', storyId: linked.id });
      expect(copy.related[1]).toMatchObject({ kind: 'external', url: 'https://www.hsj.example/analysis/what-managers-do' });
      expect(store.getStory(story.id).revision).toBe(story.revision);
    } finally {
      store.close();
    }
  });
});
