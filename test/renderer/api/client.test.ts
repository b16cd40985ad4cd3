import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService } from '../../../src/main/api/api-service';
import { openProfile, type OpenProfile } from '../../../src/main/profile/open-profile';
import { createApiClient } from '../../../src/renderer/api/client';
import { ApiError } from '../../../src/shared/api/api-error';
import { operationNames, type CopydeskBridge } from '../../../src/shared/api/contract';

/** The same bridge shape the preload gives the page, over the real handlers and a real store. */
function bridgeOver(profile: OpenProfile): CopydeskBridge {
  const service = createApiService({
    store: profile.store,
    settings: profile.settings,
    appVersion: 'test',
    profileDir: profile.profileDir,
    settingsFile: profile.settingsFile,
  });
  const bridge: Record<string, unknown> = { onCommand: () => () => undefined };
  for (const name of operationNames) bridge[name] = (input: unknown) => service.dispatch(name, input);
  return bridge as CopydeskBridge;
}

let dir: string;
let profile: OpenProfile;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-client-'));
  profile = openProfile({ profileDir: dir, Database });
});
afterEach(() => {
  profile.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('renderer API client', () => {
  it('returns the value of a call that worked', async () => {
    const api = createApiClient(bridgeOver(profile));
    const story = await api.createStory({ headline: 'Pay talks resume' });
    expect((await api.getStory({ id: story.id })).headline).toBe('Pay talks resume');
  });

  it('throws an ApiError with the code and the sentence from the store', async () => {
    const api = createApiClient(bridgeOver(profile));
    const story = await api.createStory({});
    await api.saveStory({ id: story.id, baseRevision: story.revision, changes: { headline: 'First' } });
    const stale = api.saveStory({ id: story.id, baseRevision: story.revision, changes: { headline: 'Second' } });
    await expect(stale).rejects.toBeInstanceOf(ApiError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
  });

  it('names the field of an input the contract refuses', async () => {
    const api = createApiClient(bridgeOver(profile));
    const story = await api.createStory({});
    const bad = api.saveStory({ id: story.id, baseRevision: story.revision, changes: { headline: 'one\ntwo' } });
    await expect(bad).rejects.toMatchObject({ code: 'invalid_input', field: 'changes.headline' });
  });

  it('turns a bridge that itself fails into a plain sentence, not a stack', async () => {
    const broken = { ...bridgeOver(profile), getSettings: () => Promise.reject(new Error('ECONNRESET at socket.js:12')) };
    const api = createApiClient(broken as CopydeskBridge);
    const error = await api.getSettings({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).not.toMatch(/ECONNRESET|socket\.js/);
  });
});
