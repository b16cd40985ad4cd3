import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import defaultSettingsJson from '../../../resources/default-settings.json';
import { createApiService } from '../../../src/main/api/api-service';
import type { Store } from '../../../src/main/store/store';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import { waitUntil } from '../../server/server-fixtures';
import { cli } from '../cli/cli-fixtures';
import { liveDesksForEachTest } from './desk-fixtures';

const { profile, desk, live, folder } = liveDesksForEachTest();

const page = (headline: string) => `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>Talks resumed today.</p></article></body></html>`;

/** Two joined profiles syncing as the app syncs them, level with the desk. */
async function twoProfilesSyncing(): Promise<{ jane: Store; amir: Store }> {
  const server = await desk();
  const jane = await profile();
  const amir = await profile();
  jane.desk.join(server.url, server.token);
  amir.desk.join(server.url, server.token);
  await live(jane, server).whenLevel(10_000);
  await live(amir, server).whenLevel(10_000);
  return { jane, amir };
}

const headlines = (store: Store) => store.liveStoryIds().map((id) => store.getStory(id).headline);

describe('a story made on a joined profile while its sync runs', () => {
  it('goes up at once when the command line imports it, without the sync restarting', async () => {
    const { jane, amir } = await twoProfilesSyncing();
    const file = join(await folder(), 'pay.html');
    writeFileSync(file, page('Pay talks resume'));

    const run = await cli(['import', file, '--profile', dirname(jane.file)]);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    await waitUntil(() => headlines(amir).includes('Pay talks resume'), 'the imported story reached the other profile', 10_000);
    const [id] = jane.liveStoryIds();
    expect(amir.getStory(id!).body).toEqual(jane.getStory(id!).body);
  });

  it('goes up at once when it is imported in the app', async () => {
    const { jane, amir } = await twoProfilesSyncing();
    const settings = settingsSchema.parse(defaultSettingsJson);
    const api = createApiService({ store: jane, settings, appVersion: 'test', profileDir: dirname(jane.file), settingsFile: join(dirname(jane.file), 'settings.json') });

    const imported = await api.dispatch('importStoryFile', { fileName: 'pay.html', bytes: new TextEncoder().encode(page('Ward reopens')) });
    expect(imported.ok).toBe(true);
    await waitUntil(() => headlines(amir).includes('Ward reopens'), 'the imported story reached the other profile', 10_000);
  });
});
