import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import defaultSettingsJson from '../../../resources/default-settings.json';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import type { Store } from '../../../src/main/store/store';
import type { ApiResult } from '../../../src/shared/api/api-error';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import type { SlugCheck, Story } from '../../../src/shared/story/story-schema';
import { makeTempDir, openTestStore, removeTempDir, withDatabase, type TestClock } from './store-fixtures';

let dir: string;
let store: Store;
let file: string;
let clock: TestClock;
let api: ApiService;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file, clock } = openTestStore(dir));
  api = createApiService({
    store,
    settings: settingsSchema.parse(defaultSettingsJson),
    appVersion: 'test',
    profileDir: dir,
    settingsFile: `${dir}/settings.json`,
  });
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function draft(headline: string): Story {
  clock.advance();
  return store.createStory({ section: 'News', headline });
}

function setSlug(story: Story, slug: string | null): Story {
  clock.advance();
  store.saveStory(story.id, store.getStory(story.id).revision, { slug });
  return store.getStory(story.id);
}

function exportAs(story: Story): void {
  clock.advance();
  store.logExport({ storyId: story.id, format: 'page', destination: 'clipboard' });
}

async function checkSlug(storyId: string, slug: string): Promise<ApiResult<SlugCheck>> {
  return (await api.dispatch('checkSlug', { storyId, slug })) as ApiResult<SlugCheck>;
}

describe('checking a slug', () => {
  it('says a free slug is available, and names the live story that has a taken one', async () => {
    const pay = draft('Pay talks resume');
    const mine = draft('Handovers fall');
    expect(await checkSlug(mine.id, 'new-slug')).toEqual({ ok: true, value: { available: true, takenBy: null, exportedAs: null } });
    expect(await checkSlug(mine.id, 'pay-talks-resume')).toEqual({
      ok: true,
      value: { available: false, takenBy: { id: pay.id, headline: 'Pay talks resume' }, exportedAs: null },
    });
    // Its own slug is its own; a trashed story keeps its slug, one deleted for good gives it up.
    expect(await checkSlug(mine.id, 'handovers-fall')).toMatchObject({ value: { available: true } });
    store.setTrashed(pay.id, true);
    expect(await checkSlug(mine.id, 'pay-talks-resume')).toMatchObject({ value: { available: false } });
    store.deleteStoryForever(pay.id);
    expect(await checkSlug(mine.id, 'pay-talks-resume')).toMatchObject({ value: { available: true } });
  });

  it('refuses a slug the store would refuse, and a story that does not exist, with a message', async () => {
    const mine = draft('Handovers fall');
    for (const slug of ['Capitals', 'two--hyphens', '', 'x'.repeat(121)]) {
      const result = await checkSlug(mine.id, slug);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'slug' } });
    }
    expect(await checkSlug('0b7f5b1e-0000-4000-8000-000000000000', 'free')).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/No story/) },
    });
  });

  it('gives the slug of the latest export, so a changed slug can be warned about', async () => {
    const story = draft('Handovers fall');
    exportAs(story);
    setSlug(story, 'handovers-fall-by-a-third');
    expect(await checkSlug(story.id, 'handovers-fall-by-a-third')).toMatchObject({ value: { exportedAs: 'handovers-fall' } });
    exportAs(story);
    expect(await checkSlug(story.id, 'anything-else')).toMatchObject({ value: { exportedAs: 'handovers-fall-by-a-third' } });
  });
});

describe('the export log', () => {
  it('records the slug of every export, and none for a story without one', () => {
    const story = draft('Handovers fall');
    exportAs(story);
    setSlug(story, 'handovers');
    exportAs(story);
    const untitled = draft('');
    exportAs(untitled);
    const rows = withDatabase(file, (db) => db.prepare('SELECT story_id, slug FROM export_log ORDER BY exported_at').all());
    expect(rows).toEqual([
      { story_id: story.id, slug: 'handovers-fall' },
      { story_id: story.id, slug: 'handovers' },
      { story_id: untitled.id, slug: null },
    ]);
  });
});
