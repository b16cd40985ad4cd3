import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService } from '../../../src/main/api/api-service';
import { buildExportInput } from '../../../src/main/export/build-export-input';
import { exportStoriesBatch } from '../../../src/main/export/export-batch';
import { exportStoryToFolder } from '../../../src/main/export/export-to-folder';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import { outDir, seedProfile } from '../cli/cli-fixtures';
import { dumpDatabase, makeTempDir, removeTempDir, withDatabase } from '../store/store-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;
let store: Store;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
  store = openStore({ file: profile.file, Database, now: profile.clock.now });
});
afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function exportCount(): number {
  return withDatabase(profile.file, (db) => db.prepare('SELECT count(*) FROM export_log').pluck().get() as number);
}

describe('buildExportInput', () => {
  it('resolves a linked story to its current headline, URL, byline and lead image', () => {
    const featured = store.getStory(profile.ids.featured);
    const other = store.getStory(profile.ids.other);
    store.saveStory(other.id, other.revision, {
      headline: 'Pay talks collapse',
      standfirst: 'No deal.',
      bylines: featured.bylines.map(({ authorId, role, organisation }) => ({ authorId, role, organisation })),
    });
    const input = buildExportInput(store, defaultSettings, profile.ids.featured);
    expect(input.related).toEqual([
      {
        url: 'https://www.example.org/news/pay-talks-collapse',
        headline: 'Pay talks collapse',
        standfirst: 'No deal.',
        byline: 'Jane Smith',
        imageUrl: '',
        state: 'ready',
      },
      {
        url: 'https://www.example.org/news/older-piece',
        headline: 'An older piece',
        standfirst: 'From the archive.',
        byline: 'Sam Lee',
        imageUrl: '',
      },
    ]);
    expect(input.leadImage).toEqual({
      sha256: profile.images.photo.sha256,
      ext: 'png',
      width: 1600,
      height: 900,
      alt: 'A board meeting',
      caption: '',
      credit: '',
    });
  });

  it('passes a linked story deleted for good on as left out, and uses the story’s own bio when it has one', () => {
    store.deleteStoryForever(profile.ids.other);
    const featured = store.getStory(profile.ids.featured);
    expect(buildExportInput(store, defaultSettings, featured).authorBio).toBe('Jane Smith is chief executive of Example Trust.');
    store.saveStory(featured.id, featured.revision, { authorBio: 'Jane Smith writes a monthly column.' });
    const input = buildExportInput(store, defaultSettings, profile.ids.featured);
    expect(input.related.map((entry) => ('leftOut' in entry ? entry.leftOut : entry.headline))).toEqual(['deleted', 'An older piece']);
    expect(input.authorBio).toBe('Jane Smith writes a monthly column.');
  });
});

describe('exportStoryToFolder', () => {
  it('writes the file and images, logs the export and keeps the exported version, and changes nothing else in the database', () => {
    const before = dumpDatabase(profile.file);
    const out = outDir(dir);
    const result = exportStoryToFolder(profile.ids.featured, { store, settings: defaultSettings, profileDir: dir, folder: out });
    expect(result.file).toBe(join(out, 'trust-managers-to-lead.html'));
    expect(result.missingImages).toEqual([]);
    expect(readdirSync(join(out, 'images'))).toHaveLength(2);
    // The same bytes again: deterministic, and still one log row per export.
    const first = readFileSync(result.file, 'utf8');
    exportStoryToFolder(profile.ids.featured, { store, settings: defaultSettings, profileDir: dir, folder: out });
    expect(readFileSync(result.file, 'utf8')).toBe(first);
    expect(exportCount()).toBe(2);
    // The unchanged story is kept once, however often it is exported.
    expect(store.revisions.list(profile.ids.featured).map((kept) => kept.reason)).toEqual(['export']);
    const withoutLog = (dump: string) => ({ ...(JSON.parse(dump) as Record<string, unknown>), export_log: undefined, revisions: undefined });
    expect(withoutLog(dumpDatabase(profile.file))).toEqual(withoutLog(before));
  });

  it('prints the lead image in the header and metadata, uses a linked story’s lead image on its card, and writes both files', () => {
    const other = store.getStory(profile.ids.other);
    store.saveStory(other.id, other.revision, {
      leadImage: { sha256: profile.images.chart.sha256, alt: 'Pay offers since 2020', caption: '', credit: '' },
    });
    const out = outDir(dir);
    const [result] = exportStoriesBatch([profile.ids.featured], {
      store,
      settings: defaultSettings,
      profileDir: dir,
      folder: out,
      copiedImages: new Set(),
    });
    const html = readFileSync(result!.file!, 'utf8');
    const photo = `images/${profile.images.photo.sha256}.png`;
    const chart = `images/${profile.images.chart.sha256}.png`;
    expect(html).toContain(
      `<figure class="cd-lead-image">\n<img src="https://www.example.org/assets/${photo}" alt="A board meeting" width="1600" height="900">\n</figure>\n</header>`,
    );
    expect(html).toContain(`<meta property="og:image" content="https://www.example.org/assets/${photo}">`);
    expect(html).toContain(`<img class="cd-related-image" src="https://www.example.org/assets/${chart}" alt="" loading="lazy">`);
    expect(result!.warnings).toEqual([]);
    expect(readFileSync(join(out, photo))).toEqual(readFileSync(join(dir, photo)));
    expect(readFileSync(join(out, chart))).toEqual(readFileSync(join(dir, chart)));
  });

  it('copies the settings’ logo and fallback social image beside a page that uses them', () => {
    const { chart, photo } = profile.images;
    const settings = {
      ...defaultSettings,
      siteLogo: { sha256: chart.sha256, ext: chart.ext, width: chart.width, height: chart.height },
      socialImage: { sha256: photo.sha256, ext: photo.ext, width: photo.width, height: photo.height, alt: 'A board meeting' },
    };
    const out = outDir(dir);
    const result = exportStoryToFolder(profile.ids.other, { store, settings, profileDir: dir, folder: out });
    const html = readFileSync(result.file, 'utf8');
    expect(html).toContain(`<meta name="twitter:image" content="https://www.example.org/assets/images/${photo.sha256}.png">`);
    expect(html).toContain(`"logo":{"@type":"ImageObject","url":"https://www.example.org/assets/images/${chart.sha256}.png","width":640,"height":480}`);
    expect(result.missingImages).toEqual([]);
    expect(readdirSync(join(out, 'images')).sort()).toEqual([`${chart.sha256}.png`, `${photo.sha256}.png`].sort());
  });

  it('names a story without a slug by its id and writes the partial forms under their own names', () => {
    const draft = store.getStory(profile.ids.draft);
    store.saveStory(draft.id, draft.revision, { headline: '' });
    const result = exportStoryToFolder(profile.ids.draft, {
      store,
      settings: defaultSettings,
      profileDir: dir,
      folder: outDir(dir),
      form: 'article',
    });
    expect(result.file).toBe(join(outDir(dir), `${profile.ids.draft}.article.html`));
    expect(readFileSync(result.file, 'utf8')).toMatch(/^<article class="cd-article"/);
  });
});

describe('the exportStory and recordExport API calls', () => {
  it('previews without logging, and logs only what was copied or saved', async () => {
    const api = createApiService({
      store,
      settings: defaultSettings,
      appVersion: 'test',
      profileDir: dir,
      settingsFile: join(dir, 'settings.json'),
    });
    const story = store.getStory(profile.ids.other);
    const preview = await api.dispatch('exportStory', { id: story.id, form: 'body' });
    expect(preview).toEqual({ ok: true, value: { html: '<p>Talks resumed today.</p>\n', warnings: [] } });
    const page = await api.dispatch('exportStory', { id: story.id, form: 'page' });
    expect(page.ok && (page.value as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual(['no-publish-date']);
    expect(exportCount()).toBe(0);

    expect(await api.dispatch('recordExport', { id: story.id, form: 'page', destination: 'clipboard' })).toEqual({
      ok: true,
      value: { id: story.id },
    });
    expect(withDatabase(profile.file, (db) => db.prepare('SELECT format, destination FROM export_log').all())).toEqual([
      { format: 'page', destination: 'clipboard' },
    ]);
    expect(store.getStory(story.id)).toEqual(story);
    expect(store.revisions.list(story.id).map((kept) => [kept.reason, kept.headline])).toEqual([['export', story.headline]]);

    const bad = await api.dispatch('recordExport', { id: story.id, form: 'page', destination: '/etc/passwd' });
    expect(bad.ok).toBe(false);
  });
});
