import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExportInput } from '../../../src/main/export/build-export-input';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import { exportStory } from '../../../src/shared/export/export-story';
import type { WorkflowStatus } from '../../../src/shared/story/story-constants';
import { makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';
import { seedProfile } from '../cli/cli-fixtures';

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

/** A story to link to, with its headline as its only text. */
function linkable(headline: string, status: WorkflowStatus = 'ready'): string {
  const created = store.createStory({ section: 'News', headline });
  store.saveStory(created.id, created.revision, { status, body: paragraphs(`${headline}.`) });
  return created.id;
}

/** Links the featured story to these stories, in order (and to nothing else). */
function linkFeatured(ids: string[]): void {
  const featured = store.getStory(profile.ids.featured);
  store.saveStory(featured.id, featured.revision, { related: ids.map((storyId) => ({ kind: 'story' as const, storyId })) });
}

describe('related links by the linked story’s state, in the export', () => {
  it('links ready and archived stories normally, warns about drafts and stories in edit, and leaves out trashed and deleted ones', () => {
    const ready = linkable('A ready story');
    const archived = linkable('An archived story');
    const draft = linkable('A draft story', 'draft');
    const inEdit = linkable('A story in edit', 'in_edit');
    const trashed = linkable('A trashed story');
    const deleted = linkable('A deleted story');
    linkFeatured([ready, archived, draft, inEdit, trashed, deleted]);
    store.setArchived(archived, true);
    store.setTrashed(trashed, true);
    store.deleteStoryForever(deleted);

    const { html, warnings } = exportStory(buildExportInput(store, defaultSettings, profile.ids.featured), { form: 'page' });

    const linked = [...html.matchAll(/<a class="cd-related-headline" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m[2]);
    expect(linked).toEqual(['A ready story', 'An archived story', 'A draft story', 'A story in edit']);
    expect(html).not.toContain('trashed-story');
    expect(html).not.toContain('A trashed story');
    const related = warnings.filter((w) => w.field === 'related');
    expect(related).toEqual([
      {
        code: 'related-story-not-ready',
        message: 'Related story “A draft story” is a draft, not yet on the site: the link will not work until it is published.',
        field: 'related',
        path: [2],
      },
      {
        code: 'related-story-not-ready',
        message: 'Related story “A story in edit” is in edit, not yet on the site: the link will not work until it is published.',
        field: 'related',
        path: [3],
      },
      {
        code: 'related-story-not-live',
        message: 'Related story “A trashed story” is in the trash: it is left out of the export.',
        field: 'related',
        path: [4],
      },
      { code: 'related-story-not-live', message: 'A related story was deleted for good: it is left out of the export.', field: 'related', path: [5] },
    ]);
  });

  it('links a story again once it is restored from the trash and made ready', () => {
    const story = linkable('Back from the trash', 'draft');
    linkFeatured([story]);
    store.setTrashed(story, true);
    expect(exportStory(buildExportInput(store, defaultSettings, profile.ids.featured), { form: 'article' }).html).not.toContain('Back from the trash');

    store.setTrashed(story, false);
    const restored = store.getStory(story);
    store.saveStory(story, restored.revision, { status: 'ready' });
    const { html, warnings } = exportStory(buildExportInput(store, defaultSettings, profile.ids.featured), { form: 'article' });
    expect(html).toContain('>Back from the trash</a>');
    expect(warnings.filter((w) => w.field === 'related')).toEqual([]);
  });

  it('says nothing about related stories in the body form, which has none', () => {
    const story = linkable('In the trash');
    linkFeatured([story]);
    store.setTrashed(story, true);
    const { warnings } = exportStory(buildExportInput(store, defaultSettings, profile.ids.featured), { form: 'body' });
    expect(warnings.filter((w) => w.field === 'related')).toEqual([]);
  });
});
