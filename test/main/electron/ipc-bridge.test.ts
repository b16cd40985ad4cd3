import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createApiService } from '../../../src/main/api/api-service';
import { registerIpcHandlers } from '../../../src/main/electron/ipc-bridge';
import { APP_ORIGIN } from '../../../src/main/electron/app-origin';
import { openProfile, type OpenProfile } from '../../../src/main/profile/open-profile';
import { operationNames } from '../../../src/shared/api/contract';
import { ipcMain, resetElectronDouble } from '../../doubles/electron';

const appWindowContents = { id: 1 };
let profile: OpenProfile;

function event(frameUrl: string | null, options: { sender?: object; subframe?: boolean } = {}): IpcMainInvokeEvent {
  const senderFrame = frameUrl === null ? null : { url: frameUrl, parent: options.subframe ? {} : null };
  return { sender: options.sender ?? appWindowContents, senderFrame } as unknown as IpcMainInvokeEvent;
}

function call(name: string, e: IpcMainInvokeEvent, input: unknown) {
  return ipcMain.handlers.get(`copydesk:${name}`)!(e, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

beforeAll(() => {
  resetElectronDouble();
  profile = openProfile({ profileDir: mkdtempSync(join(tmpdir(), 'copydesk-ipc-')), Database });
  registerIpcHandlers({
    service: createApiService({ ...profile, appVersion: '0.0.0-test' }),
    allowedOrigins: [APP_ORIGIN],
    isAppWindow: (e) => e.sender === appWindowContents,
  });
});
afterAll(() => profile.close());

describe('IPC handlers', () => {
  it('registers exactly one channel per operation', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(operationNames.map((n) => `copydesk:${n}`).sort());
  });

  it('answers the app page with validated results from the real store', async () => {
    const created = await call('createStory', event('copydesk://app/index.html'), { headline: 'Trusts face deficit' });
    expect(created).toMatchObject({ ok: true, value: { headline: 'Trusts face deficit', section: 'Opinion' } });
    const bad = await call('getStory', event('copydesk://app/index.html'), { id: 'not-an-id' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses input over the API limits (a deep or cyclic structure, as IPC can carry) for what it is', async () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 1_500; i += 1) deep = [deep];
    const cyclic: Record<string, unknown> = { headline: 'Loop' };
    cyclic.self = cyclic;
    for (const input of [{ headline: deep }, cyclic]) {
      const result = await call('createStory', event('copydesk://app/index.html'), input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('nested deeper than 200 levels') } });
    }
  });

  it.each([
    ['another origin', event('https://evil.example/')],
    ['a subframe', event('copydesk://app/index.html', { subframe: true })],
    ['a destroyed frame', event(null)],
    ['another window', event('copydesk://app/index.html', { sender: { id: 2 } })],
  ])('refuses %s and changes nothing', async (_label, e) => {
    const before = profile.store.listStories({ view: 'active', status: null, section: null, query: '', sort: 'modified', offset: 0, limit: 100 }).total;
    const result = await call('createStory', e, { headline: 'Injected' });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected' } });
    const after = profile.store.listStories({ view: 'active', status: null, section: null, query: '', sort: 'modified', offset: 0, limit: 100 }).total;
    expect(after).toBe(before);
  });
});
