import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import defaultSettingsJson from '../../../resources/default-settings.json';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import type { Store } from '../../../src/main/store/store';
import type { ApiResult } from '../../../src/shared/api/api-error';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import type { Story, StorySummary } from '../../../src/shared/story/story-schema';
import { dumpDatabase, makeTempDir, openTestStore, paragraphs, removeTempDir } from './store-fixtures';

let dir: string;
let store: Store;
let file: string;
let api: ApiService;
let story: Story;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file } = openTestStore(dir));
  api = createApiService({
    store,
    settings: settingsSchema.parse(defaultSettingsJson),
    appVersion: 'test',
    profileDir: dir,
    settingsFile: `${dir}/settings.json`,
  });
  story = value(await api.dispatch('createStory', { section: 'News', headline: 'Ward staffing survey' }));
  value(await api.dispatch('saveStory', { id: story.id, baseRevision: story.revision, changes: { body: paragraphs('Nurses answered.') } }));
  story = value(await api.dispatch('getStory', { id: story.id }));
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The call is refused with `code` (and `field`, if given), and the database is exactly as it was. */
async function expectRefused(name: string, input: unknown, code: string, field?: string) {
  const before = dumpDatabase(file);
  const result = await api.dispatch(name, input);
  expect(result.ok, `${name} should be refused`).toBe(false);
  if (result.ok) return undefined;
  expect(result.error.code).toBe(code);
  if (field !== undefined) expect(result.error.field).toBe(field);
  expect(result.error.message.length).toBeGreaterThan(10);
  expect(dumpDatabase(file)).toBe(before);
  return result.error;
}

describe('bad input through the API', () => {
  it('refuses a 100 KB headline, saying how long one may be', async () => {
    const error = await expectRefused(
      'saveStory',
      { id: story.id, baseRevision: story.revision, changes: { headline: 'Long '.repeat(20_000) } },
      'invalid_input',
      'changes.headline',
    );
    expect(error?.message).toContain('at most 300 characters');
    await expectRefused('createStory', { section: 'News', headline: 'x'.repeat(100_000) }, 'invalid_input', 'headline');
  });

  it('refuses an unknown status, naming the ones there are', async () => {
    const error = await expectRefused(
      'saveStory',
      { id: story.id, baseRevision: story.revision, changes: { status: 'published' } },
      'invalid_input',
      'changes.status',
    );
    expect(error?.message).toContain('draft, in_edit, ready');
  });

  it('refuses a malformed id', async () => {
    await expectRefused('getStory', { id: "1; DROP TABLE stories; --" }, 'invalid_input', 'id');
    await expectRefused('trashStory', { id: '' }, 'invalid_input', 'id');
  });

  it('says there is no such story for an unknown id', async () => {
    const error = await expectRefused('getStory', { id: '6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10' }, 'not_found');
    expect(error?.message).toContain('No story with id 6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10');
    await expectRefused(
      'saveStory',
      { id: '6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10', baseRevision: 1, changes: { headline: 'x' } },
      'not_found',
    );
    await expectRefused('deleteStoryForever', { id: '6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10' }, 'not_found');
  });

  it('refuses a section the settings do not list, and fields the contract does not know', async () => {
    await expectRefused(
      'saveStory',
      { id: story.id, baseRevision: story.revision, changes: { section: 'Gossip' } },
      'invalid_input',
      'section',
    );
    await expectRefused(
      'saveStory',
      { id: story.id, baseRevision: story.revision, changes: { revision: 99 } },
      'invalid_input',
    );
  });

  it('refuses a body that is not a Lexical document, and control characters in text', async () => {
    await expectRefused(
      'saveStory',
      { id: story.id, baseRevision: story.revision, changes: { body: { root: { type: 'paragraph', children: [] } } } },
      'invalid_input',
      'changes.body.root.type',
    );
    await expectRefused(
      'saveStory',
      { id: story.id, baseRevision: story.revision, changes: { standfirst: 'Bell\u0007' } },
      'invalid_input',
      'changes.standfirst',
    );
  });

  it('refuses a stale save as a conflict', async () => {
    await expectRefused(
      'saveStory',
      { id: story.id, baseRevision: story.revision - 1, changes: { headline: 'Late edit' } },
      'conflict',
    );
  });

  it('searches with hostile text instead of failing', async () => {
    for (const query of ['"; DROP TABLE stories; --', 'NEAR(', 'nurses OR', '🙂']) {
      const result = await api.dispatch('listStories', { query });
      expect(result.ok, query).toBe(true);
    }
    expect(value<{ rows: StorySummary[] }>(await api.dispatch('listStories', { query: 'nurses OR' })).rows).toEqual([]);
    expect(value<{ total: number }>(await api.dispatch('listStories', { query: 'nurses' })).total).toBe(1);
  });
});
