import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService } from '../../../src/main/api/api-service';
import { openProfile, type OpenProfile } from '../../../src/main/profile/open-profile';
import { createApiClient } from '../../../src/renderer/api/client';
import { preloadStory } from '../../../src/renderer/api/preload-story';
import { operationNames, type CopydeskBridge } from '../../../src/shared/api/contract';

let dir: string;
let profile: OpenProfile;
/** Requests that reached the store, by operation. */
let requests: string[];

/** The preload's bridge shape over the real handlers and a real store, noting each request. */
function bridgeOver(open: OpenProfile): CopydeskBridge {
  const service = createApiService({ store: open.store, settings: open.settings, appVersion: 'test', profileDir: open.profileDir, settingsFile: open.settingsFile });
  const bridge: Record<string, unknown> = { onCommand: () => () => undefined };
  for (const name of operationNames) {
    bridge[name] = (input: unknown) => {
      requests.push(name);
      return service.dispatch(name, input);
    };
  }
  return bridge as CopydeskBridge;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-preload-'));
  profile = openProfile({ profileDir: dir, Database });
  requests = [];
});
afterEach(() => {
  profile.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('preloading the story a window opens on', () => {
  it('asks for the story at once, answers the page’s first request with it, and asks again after that', async () => {
    const plain = createApiClient(bridgeOver(profile));
    const { id } = await plain.createStory({ headline: 'Pay talks resume' });
    requests = [];

    const api = preloadStory(plain, id);
    expect(requests).toEqual(['getStory']);
    expect((await api.getStory({ id })).headline).toBe('Pay talks resume');
    expect(requests).toEqual(['getStory']);

    const other = await api.createStory({ headline: 'Another' });
    expect((await api.getStory({ id: other.id })).headline).toBe('Another');
    expect((await api.getStory({ id })).headline).toBe('Pay talks resume');
    expect(requests).toEqual(['getStory', 'createStory', 'getStory', 'getStory']);
  });

  it('reports a story that cannot be read to the page’s own request', async () => {
    const api = preloadStory(createApiClient(bridgeOver(profile)), '00000000-0000-4000-8000-000000000000');
    await expect(api.getStory({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
