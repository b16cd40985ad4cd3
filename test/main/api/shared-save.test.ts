import { toBase64 } from 'lib0/buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import defaultSettingsJson from '../../../resources/default-settings.json';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import type { Store } from '../../../src/main/store/store';
import { applyStoryChanges } from '../../../src/shared/newsroom/story-document';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import { storedDocument } from '../store/shared-document';
import { makeTempDir, openTestStore, paragraphs, removeTempDir } from '../store/store-fixtures';

let dir: string;
let store: Store;
let api: ApiService;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store } = openTestStore(dir));
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

describe('saveStory with a body sent as a Yjs update', () => {
  it('saves it through the operation, and refuses one that is not base64 naming the field', async () => {
    const created = store.createStory({ section: 'News', headline: 'Ward closures' });
    const saved = store.saveStory(created.id, created.revision, { body: paragraphs('Three wards closed.') });
    store.documents.share(created.id);

    const copy = storedDocument(store, created.id);
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    applyStoryChanges(copy, { body: paragraphs('Three wards closed tonight.') });
    const bodyUpdate = toBase64(Y.mergeUpdates(updates));

    const refused = await api.dispatch('saveStory', { id: created.id, baseRevision: saved.revision, changes: { bodyUpdate: 'not base64!' } });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid_input', field: 'changes.bodyUpdate' });

    const result = await api.dispatch('saveStory', { id: created.id, baseRevision: saved.revision, changes: { bodyUpdate } });
    expect(result.ok).toBe(true);
    const story = await api.dispatch('getStory', { id: created.id });
    expect(story.ok ? JSON.stringify(story.value) : '').toContain('Three wards closed tonight.');
  });
});
