import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, openTestStore, removeTempDir, withDatabase } from '../store/store-fixtures';
import { cli, outDir, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

function storyCount(): number {
  return withDatabase(profile.file, (db) => db.prepare('SELECT count(*) FROM stories').pluck().get() as number);
}

describe('copydesk import', () => {
  it('brings our own export back as a new draft with --as-new, exporting the same body', async () => {
    const out = outDir(dir);
    await cli(['export', 'trust-managers-to-lead', '--out', out, '--profile', dir]);
    await cli(['export', 'trust-managers-to-lead', '--form', 'body', '--out', out, '--profile', dir]);
    const run = await cli(['import', join(out, 'trust-managers-to-lead.html'), '--as-new', '--section', 'Opinion', '--json', '--profile', dir]);
    expect(run.code).toBe(0);
    const [entry] = (JSON.parse(run.stdout) as { imported: { id: string; slug: string; headline: string }[] }).imported;
    expect(entry?.headline).toBe('Trust managers to lead');
    expect(entry?.slug).toBe('trust-managers-to-lead-2');

    const store = openStore({ file: profile.file, Database });
    try {
      const story = store.getStory(entry!.id);
      expect(story).toMatchObject({ status: 'draft', section: 'Opinion', standfirst: 'Boards should let managers manage.' });
      // The lead image's picture is in this profile already, so it is kept.
      expect(story.leadImage).toEqual(store.getStory(profile.ids.featured).leadImage);
    } finally {
      store.close();
    }
    const again = await cli(['export', entry!.id, '--form', 'body', '--out', join(dir, 'again'), '--profile', dir]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again', 'trust-managers-to-lead-2.body.html'), 'utf8')).toBe(
      readFileSync(join(out, 'trust-managers-to-lead.body.html'), 'utf8'),
    );
  });

  it('keeps the lead image in another profile when the export’s images folder is beside the page, and says when it is not', async () => {
    const out = outDir(dir);
    await cli(['export', 'trust-managers-to-lead', '--out', out, '--profile', dir]);
    const other = join(dir, 'other');
    mkdirSync(other);
    openTestStore(other).store.close();
    const photo = `images/${profile.images.photo.sha256}.png`;

    const kept = await cli(['import', join(out, 'trust-managers-to-lead.html'), '--json', '--profile', other]);
    expect(kept.stderr).not.toContain('lead image');
    const keptId = (JSON.parse(kept.stdout) as { imported: { id: string }[] }).imported[0]!.id;
    const store = openStore({ file: join(other, 'copydesk.db'), Database });
    try {
      expect(store.getStory(keptId).leadImage).toEqual({
        sha256: profile.images.photo.sha256,
        ext: 'png',
        width: 1600,
        height: 900,
        alt: 'A board meeting',
        caption: '',
        credit: '',
      });
    } finally {
      store.close();
    }
    expect(readFileSync(join(other, photo))).toEqual(readFileSync(join(dir, photo)));

    const third = join(dir, 'third');
    mkdirSync(third);
    openTestStore(third).store.close();
    rmSync(join(out, 'images'), { recursive: true });
    const left = await cli(['import', join(out, 'trust-managers-to-lead.html'), '--json', '--profile', third]);
    expect(left.code).toBe(0);
    expect(left.stderr).toContain(
      `trust-managers-to-lead.html: warning: The lead image was left out: ${photo} is neither in this profile nor beside the HTML file (${join(out, photo)}).`,
    );
    // The body's chart is not beside the page either: left out, so every export of the story finds its pictures.
    expect(left.stderr).toContain('trust-managers-to-lead.html: warning: 1 picture was left out: it is not in this profile.');
    const leftId = (JSON.parse(left.stdout) as { imported: { id: string }[] }).imported[0]!.id;
    const thirdStore = openStore({ file: join(third, 'copydesk.db'), Database });
    try {
      expect(thirdStore.getStory(leftId)).toMatchObject({ headline: 'Trust managers to lead', leadImage: null });
    } finally {
      thirdStore.close();
    }
  });

  it('leaves out a lead image from another site, or one without alt text, and says so', async () => {
    const page = (img: string) =>
      `<article class="cd-article"><header class="cd-header"><h1 class="cd-headline">Beds</h1><figure class="cd-lead-image">${img}</figure></header><div class="cd-body"><p>Text.</p></div></article>`;
    const remote = join(dir, 'remote.html');
    writeFileSync(remote, page('<img src="https://cdn.example.net/beds.jpg" alt="Beds in a corridor">'));
    const noAlt = join(dir, 'no-alt.html');
    writeFileSync(noAlt, page(`<img src="images/${profile.images.photo.sha256}.png" alt="" width="1600" height="900">`));
    const run = await cli(['import', remote, noAlt, '--json', '--profile', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('remote.html: warning: The lead image was left out: its picture is not one of Copydesk’s stored images');
    expect(run.stderr).toContain(
      'no-alt.html: warning: The lead image was left out: it has no alt text. Add it in Copydesk and describe the picture.',
    );
  });

  it('reads a saved web page: title, description and main content, without the site around it', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      `<!DOCTYPE html><html><head><title>Site: Ward closures</title><meta name="description" content="Three wards close.">
       </head><body><nav><a href="/">Home</a></nav><main><h1>Ward closures</h1><p>Three <b>wards</b> close in May.</p>
       <script>alert(1)</script></main><footer>© Site</footer></body></html>`,
    );
    const run = await cli(['import', page, '--section', 'News', '--profile', dir]);
    expect(run.code).toBe(0);
    const id = run.stdout.split('\t')[0]!;
    const exported = await cli(['export', id, '--form', 'body', '--out', outDir(dir), '--json', '--profile', dir]);
    const file = (JSON.parse(exported.stdout) as { exported: { file: string }[] }).exported[0]!.file;
    expect(readFileSync(file, 'utf8')).toBe('<p>Three <strong>wards</strong> close in May.</p>\n');
    const list = JSON.parse((await cli(['list', '--section', 'News', '--json', '--profile', dir])).stdout) as {
      stories: { id: string; headline: string; standfirst: string }[];
    };
    expect(list.stories.find((s) => s.id === id)).toMatchObject({ headline: 'Ward closures', standfirst: 'Three wards close.' });
  });

  it("never updates a story from another site's page that happens to share its slug", async () => {
    const page = join(dir, 'foreign.html');
    writeFileSync(
      page,
      `<html><head><link rel="canonical" href="https://news.example.com/health/trust-managers-to-lead"></head>
       <body><article><h1>Trust managers to lead</h1><p class="byline">By Sam Lee</p><p>Another paper's take.</p></article></body></html>`,
    );
    const before = storyCount();
    const run = await cli(['import', page, '--json', '--profile', dir]);
    expect(run.code).toBe(0);
    const [entry] = (JSON.parse(run.stdout) as { imported: { id: string; action: string; slug: string }[] }).imported;
    expect(entry).toMatchObject({ action: 'created', slug: 'trust-managers-to-lead-2' });
    expect(entry?.id).not.toBe(profile.ids.featured);
    expect(storyCount()).toBe(before + 1);
    const store = openStore({ file: profile.file, Database });
    try {
      expect(store.getStory(profile.ids.featured).standfirst).toBe('Boards should let managers manage.');
      expect(store.getStory(entry!.id).bylines.map((b) => b.name)).toEqual(['Sam Lee']);
    } finally {
      store.close();
    }
  });

  it('reads relative links against --base-url, and refuses one that is not a web address (exit 2)', async () => {
    const page = join(dir, 'relative.html');
    writeFileSync(page, '<article><h1>Relative</h1><p>See <a href="../news/older">the older piece</a>.</p></article>');
    const refused = await cli(['import', page, '--base-url', 'ftp://example.org/', '--profile', dir]);
    expect(refused.code).toBe(2);
    const run = await cli(['import', page, '--base-url', 'https://news.example.com/health/story', '--profile', dir]);
    expect(run.code).toBe(0);
    const store = openStore({ file: profile.file, Database });
    try {
      expect(JSON.stringify(store.getStory(run.stdout.split('\t')[0]!).body)).toContain('"url":"https://news.example.com/news/older"');
    } finally {
      store.close();
    }
  });

  it('imports nothing when one of the files cannot be read (exit 3)', async () => {
    const good = join(dir, 'good.html');
    writeFileSync(good, '<h1>Fine</h1><p>Text.</p>');
    const before = storyCount();
    const run = await cli(['import', good, join(dir, 'missing.html'), '--profile', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`Cannot read ${join(dir, 'missing.html')}: there is no such file`);
    expect(storyCount()).toBe(before);
  });
});
