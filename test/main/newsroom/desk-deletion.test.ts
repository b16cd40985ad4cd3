import { readFileSync } from 'node:fs';
import { createApiService } from '../../../src/main/api/api-service';
import { createBackup } from '../../../src/main/backup/backups';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeDeskDocuments } from '../../../src/main/newsroom/desk-documents';
import { startDeskSync, type DeskSync } from '../../../src/main/newsroom/desk-sync';
import { joinDesk } from '../../../src/main/newsroom/join-desk';
import { syncDeskNow } from '../../../src/main/newsroom/sync-desk-now';
import type { Store } from '../../../src/main/store/store';
import type { NewsroomServer } from '../../../src/server/newsroom-server';
import { addToken } from '../../../src/server/newsroom-tokens';
import { DELETED_FOR_GOOD_REASON, NEWSROOM_DOCUMENT, storyDocumentName } from '../../../src/shared/newsroom/desk-protocol';
import { connectEditor, waitUntil, type TestEditor } from '../../server/server-fixtures';
import { filesHolding } from '../../support/profile-files';
import { libraryQuery, makeTempDir, openTestStore, paragraphs, removeTempDir } from '../store/store-fixtures';
import { serveDesk } from './desk-fixtures';

let dirs: string[];
let stores: Store[];
let syncs: DeskSync[];
let servers: NewsroomServer[];
let editors: TestEditor[];

beforeEach(() => {
  dirs = [];
  stores = [];
  syncs = [];
  servers = [];
  editors = [];
});
afterEach(async () => {
  for (const editor of editors) editor.close();
  for (const sync of syncs) sync.stop();
  for (const server of servers) await server.stop();
  for (const store of stores) store.close();
  for (const dir of dirs) await removeTempDir(dir);
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

function open(dir: string): Store {
  const { store } = openTestStore(dir);
  stores.push(store);
  return store;
}

async function profile(): Promise<{ dir: string; store: Store }> {
  const dir = await tempDir();
  return { dir, store: open(dir) };
}

async function desk(port = 0, data?: string): Promise<{ data: string; token: string; server: NewsroomServer }> {
  const folder = data ?? (await tempDir());
  const token = data === undefined ? addToken(folder, 'jane', new Date()) : '';
  const server = await serveDesk(folder, port);
  servers.push(server);
  return { data: folder, token, server };
}

function live(store: Store, serverUrl: string, token: string): DeskSync {
  const sync = startDeskSync({ serverUrl, token, documents: storeDeskDocuments(store) });
  syncs.push(sync);
  return sync;
}

function editor(url: string, name: string, token: string): TestEditor {
  const client = connectEditor(url, name, token);
  editors.push(client);
  return client;
}

const SECRET = 'Leaked memo names the trust chair';

/** A story with a secret in its body and a kept version. */
function writeSecret(store: Store): string {
  const story = store.createStory({ section: 'News', headline: 'Trust chair named' });
  store.saveStory(story.id, story.revision, { body: paragraphs(`${SECRET}.`) });
  store.revisions.record(story.id, 'manual');
  return story.id;
}

/** Nothing of the story is left on the profile: not its rows, document, updates, versions or words. */
function expectGone(store: Store, file: string, id: string): void {
  expect(store.liveStoryIds()).not.toContain(id);
  expect(() => store.getStory(id)).toThrow(/deleted for good/);
  expect(() => store.documents.state(id)).toThrow(/deleted for good/);
  expect(() => store.revisions.list(id)).toThrow(/deleted for good/);
  expect(store.listStories(libraryQuery({ query: 'leaked memo' })).total).toBe(0);
  expect(store.desk.updatesWaiting()).toEqual([]);
  expect(readFileSync(file).includes(SECRET)).toBe(false);
}

describe('deleting a story for good on a joined profile', () => {
  it('deletes it on the desk and on every other profile, and takes it off the desk’s list', async () => {
    const { token, server } = await desk();
    const jane = await profile();
    const sam = await profile();
    const id = writeSecret(jane.store);
    const kept = jane.store.createStory({ section: 'News', headline: 'Pay talks resume' }).id;
    const janeSync = live(jane.store, server.url, token);
    live(sam.store, server.url, token);
    await janeSync.whenLevel(5_000);
    await waitUntil(() => sam.store.liveStoryIds().includes(id) && sam.store.liveStoryIds().includes(kept), 'Sam has both stories');
    sam.store.revisions.record(id, 'manual');

    jane.store.deleteStoryForever(id);
    await waitUntil(() => !sam.store.liveStoryIds().includes(id), 'the story is gone from Sam’s profile');
    await waitUntil(() => jane.store.desk.deletionsWaiting().length === 0, 'the desk confirmed the deletion');
    expectGone(jane.store, jane.store.file, id);
    expectGone(sam.store, sam.store.file, id);
    expect(sam.store.getStory(kept).headline).toBe('Pay talks resume');

    // The server refuses the story to everyone, and its list no longer names it.
    const reader = editor(server.url, storyDocumentName(id), token);
    await waitUntil(() => reader.refusals.length > 0, 'the story is refused');
    expect(reader.refusals).toEqual([DELETED_FOR_GOOD_REASON]);
    const list = editor(server.url, NEWSROOM_DOCUMENT, token);
    await waitUntil(() => list.provider.synced, 'the list is read');
    await waitUntil(() => !list.doc.getMap('stories').has(id), 'the list drops the story');
    expect(list.doc.getMap('stories').has(kept)).toBe(true);

    // A profile joining late never gets it.
    const late = await profile();
    expect((await joinDesk(late.store, { serverUrl: server.url, token, timeoutSeconds: 10 })).synced).toBe(true);
    expect(late.store.liveStoryIds()).toEqual([kept]);
  }, 60_000);

  it('remembers a deletion made offline across a restart and sends it at the next sync; an offline edit elsewhere does not bring the story back', async () => {
    const { data, token, server } = await desk();
    const { port, url } = server;
    const jane = await profile();
    const sam = await profile();
    const id = writeSecret(jane.store);
    expect((await joinDesk(jane.store, { serverUrl: url, token, timeoutSeconds: 10 })).synced).toBe(true);
    expect((await joinDesk(sam.store, { serverUrl: url, token, timeoutSeconds: 10 })).synced).toBe(true);
    expect(sam.store.getStory(id).headline).toBe('Trust chair named');

    servers = [];
    await server.stop();
    jane.store.deleteStoryForever(id);
    const samStory = sam.store.getStory(id);
    sam.store.saveStory(id, samStory.revision, { headline: 'Trust chair named in leaked memo' });
    // The deletion waits in Jane's profile, through a restart.
    jane.store.close();
    stores = stores.filter((store) => store !== jane.store);
    const janeAgain = open(jane.dir);
    expect(janeAgain.desk.deletionsWaiting()).toEqual([id]);
    await expect(syncDeskNow(janeAgain, 1)).rejects.toThrow(/Could not reach the desk/);
    expect(janeAgain.desk.deletionsWaiting()).toEqual([id]);

    await desk(port, data);
    await syncDeskNow(janeAgain, 10);
    expect(janeAgain.desk.deletionsWaiting()).toEqual([]);
    expectGone(janeAgain, janeAgain.file, id);

    // Sam syncs after: the desk tells Sam's profile the story is gone, and Sam's offline edit stays out.
    await syncDeskNow(sam.store, 10);
    expectGone(sam.store, sam.store.file, id);
    await syncDeskNow(janeAgain, 10);
    expect(janeAgain.liveStoryIds()).toEqual([]);
    const reader = editor(url, storyDocumentName(id), token);
    await waitUntil(() => reader.refusals.length > 0, 'the story is refused');
    expect(reader.refusals).toEqual([DELETED_FOR_GOOD_REASON]);
  }, 60_000);

  it('through the operations: the other profile’s sync purges the story from its backups too', async () => {
    const { token, server } = await desk();
    const jane = await profile();
    const sam = await profile();
    const api = (p: { dir: string; store: Store }) =>
      createApiService({ store: p.store, settings: defaultSettings, appVersion: 'test', profileDir: p.dir, settingsFile: profilePaths(p.dir).settings });
    const id = writeSecret(jane.store);
    for (const p of [jane, sam]) {
      const joined = await api(p).dispatch('joinDesk', { serverUrl: server.url, token, timeoutSeconds: 10 });
      expect(joined.ok).toBe(true);
    }
    await createBackup(sam.store, sam.dir, new Date('2026-03-02T10:00:00.000Z'));
    expect(filesHolding(sam.dir, SECRET).length).toBeGreaterThan(0);

    expect((await api(jane).dispatch('deleteStoryForever', { id })).ok).toBe(true);
    expect(jane.store.desk.deletionsWaiting()).toEqual([id]);
    expect((await api(jane).dispatch('syncDeskNow', { timeoutSeconds: 10 })).ok).toBe(true);
    expect(jane.store.desk.deletionsWaiting()).toEqual([]);
    expect((await api(sam).dispatch('syncDeskNow', { timeoutSeconds: 10 })).ok).toBe(true);
    expect(sam.store.liveStoryIds()).toEqual([]);
    expect(filesHolding(sam.dir, SECRET)).toEqual([]);
    expect(filesHolding(jane.dir, SECRET)).toEqual([]);
  }, 60_000);
});
