import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { openStore, type Store } from '../../../src/main/store/store';
import type { ApiResult } from '../../../src/shared/api/api-error';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { cli, outDir, seedProfile } from '../cli/cli-fixtures';
import { dumpDatabase, makeTempDir, paragraphs, removeTempDir } from './store-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;
let store: Store;
let api: ApiService;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
  store = openStore({ file: profile.file, Database });
  api = createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: join(dir, 'settings.json') });
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

const UNKNOWN = 'a'.repeat(64);

function image(sha256: string, ext: string) {
  return { type: 'image', version: 1, sha256, ext, width: 640, height: 480, alt: 'A ward at night', caption: '', credit: '' };
}

function bodyWith(...nodes: Record<string, unknown>[]): StoryBody {
  const body = paragraphs('Nurses answered the survey.');
  body.root.children.push(...(nodes as StoryBody['root']['children']));
  return body;
}

function save(id: string, body: StoryBody): Promise<ApiResult<unknown>> {
  const story = store.getStory(id);
  return api.dispatch('saveStory', { id, baseRevision: story.revision, changes: { body } });
}

describe('image nodes in a saved body', () => {
  it('are refused when they name a picture the profile does not hold, naming it and leaving the story as it was', async () => {
    const before = dumpDatabase(profile.file);
    const result = await save(profile.ids.other, bodyWith(image(UNKNOWN, 'png')));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'changes.body' } });
    const message = (result as { error: { message: string } }).error.message;
    expect(message).toContain(`images/${UNKNOWN}.png`);
    expect(message).toContain('not among the pictures stored in this profile');
    expect(message).toContain('add the picture again from disk');
    expect(dumpDatabase(profile.file)).toBe(before);

    // Later exports of the stories, as the site build runs them, still succeed.
    const run = await cli(['export', '--all', '--out', outDir(dir), '--profile', dir]);
    expect(run.stderr).not.toContain('missing');
    expect(run.code).toBe(0);
  });

  it('are refused when the picture is stored as another type, or the node is not an image node', async () => {
    const chart = profile.images.chart;
    const wrongType = await save(profile.ids.other, bodyWith(image(chart.sha256, 'jpg')));
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((wrongType as { error: { message: string } }).error.message).toContain(`images/${chart.sha256}.jpg`);
    const broken = await save(profile.ids.other, bodyWith({ type: 'image', version: 1, sha256: chart.sha256 }));
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('not a valid image node') } });
  });

  it('are found at any depth, and the one at fault is named by its place', async () => {
    const chart = profile.images.chart;
    let nested: Record<string, unknown> = image(UNKNOWN, 'webp');
    for (let depth = 0; depth < 50; depth += 1) nested = { type: 'listitem', version: 1, children: [nested] };
    const result = await save(profile.ids.other, bodyWith(image(chart.sha256, 'png'), nested));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Picture 2 of 2 in the body/) } });
  });

  it('are saved when they name stored pictures', async () => {
    const chart = profile.images.chart;
    const result = await save(profile.ids.other, bodyWith(image(chart.sha256, 'png')));
    expect(result.ok).toBe(true);
    expect(store.getStory(profile.ids.other).body?.root.children).toHaveLength(2);
  });
});
