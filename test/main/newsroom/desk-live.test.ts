import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { storeDeskDocuments } from '../../../src/main/newsroom/desk-documents';
import { startDeskSync, type DeskState, type DeskSync } from '../../../src/main/newsroom/desk-sync';
import type { Store } from '../../../src/main/store/store';
import type { NewsroomServer } from '../../../src/server/newsroom-server';
import { addToken, revokeToken } from '../../../src/server/newsroom-tokens';
import { applyStoryChanges, storyFromDocument } from '../../../src/shared/newsroom/story-document';
import type { StoryChanges } from '../../../src/shared/story/story-schema';
import { waitUntil } from '../../server/server-fixtures';
import { makeTempDir, openTestStore, paragraphs, removeTempDir } from '../store/store-fixtures';
import { serveDesk } from './desk-fixtures';

let dirs: string[];
let stores: Store[];
let syncs: DeskSync[];
let servers: NewsroomServer[];

beforeEach(() => {
  dirs = [];
  stores = [];
  syncs = [];
  servers = [];
});
afterEach(async () => {
  for (const sync of syncs) sync.stop();
  for (const server of servers) await server.stop();
  for (const store of stores) store.close();
  for (const dir of dirs) await removeTempDir(dir);
});

async function profile(): Promise<Store> {
  const dir = await makeTempDir();
  dirs.push(dir);
  const { store } = openTestStore(dir);
  stores.push(store);
  return store;
}

async function serve(data: string, port = 0): Promise<NewsroomServer> {
  const server = await serveDesk(data, port);
  servers.push(server);
  return server;
}

/** The desk sync of a profile that stays open, as the app runs it; every state it went through. */
function live(store: Store, serverUrl: string, token: string): { sync: DeskSync; states: DeskState[] } {
  const states: DeskState[] = [];
  const sync = startDeskSync({ serverUrl, token, documents: storeDeskDocuments(store), onState: (state) => states.push(state) });
  syncs.push(sync);
  return { sync, states };
}

/** An edit as the profile makes it: applied to the story's document, each update stored. */
function edit(store: Store, id: string, changes: StoryChanges): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, store.documents.state(id)!);
  doc.on('update', (update: Uint8Array) => store.documents.appendUpdate(id, update));
  applyStoryChanges(doc, changes);
  doc.destroy();
}

function headlineIn(store: Store, id: string): string | null {
  try {
    const state = store.documents.state(id);
    if (state === null) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return storyFromDocument(doc).headline;
  } catch {
    return null;
  }
}

describe('the desk sync while a profile is open', () => {
  it('sends each stored edit up at once, keeps edits made offline until the server is back, and stops when the token is revoked', async () => {
    const data = await makeTempDir();
    dirs.push(data);
    const token = addToken(data, 'jane', new Date());
    const server = await serve(data);
    const jane = await profile();
    const sam = await profile();
    const story = jane.createStory({ section: 'News', headline: 'Ward closures' });
    jane.saveStory(story.id, story.revision, { body: paragraphs('Three wards closed.') });

    const janeSync = live(jane, server.url, token);
    const samSync = live(sam, server.url, token);
    await janeSync.sync.whenLevel(5_000);
    expect(janeSync.states).toContain('connected');
    // Sam learns of the story from the newsroom's list, and stores it.
    await waitUntil(() => headlineIn(sam, story.id) === 'Ward closures', 'Sam has the story');
    expect(sam.getStory(story.id).headline).toBe('Ward closures');

    edit(jane, story.id, { headline: 'Ward closures spread' });
    await waitUntil(() => headlineIn(sam, story.id) === 'Ward closures spread', 'Sam has the edit, with no sync asked for');
    await waitUntil(() => jane.desk.updatesWaiting().length === 0, 'the edit is acknowledged');

    // The server goes away; an edit waits in the store, then goes up when it is back on the same address.
    const { port } = server;
    servers = [];
    await server.stop();
    await waitUntil(() => janeSync.sync.state() !== 'connected', 'Jane is offline');
    edit(jane, story.id, { headline: 'Ward closures spread north' });
    expect(jane.desk.updatesWaiting()).toEqual([{ storyId: story.id, waiting: 1 }]);
    await serve(data, port);
    await waitUntil(() => headlineIn(sam, story.id) === 'Ward closures spread north', 'Sam has the offline edit', 40_000);
    await waitUntil(() => jane.desk.updatesWaiting().length === 0, 'the offline edit is acknowledged', 10_000);
    expect(janeSync.states).toEqual(expect.arrayContaining(['connecting', 'connected', 'offline']));

    revokeToken(data, 'jane');
    // Both profiles used Jane's token: each is refused once its connection is closed and its retry turned down.
    await waitUntil(() => janeSync.sync.state() === 'refused' && samSync.sync.state() === 'refused', 'both are refused', 40_000);
  }, 90_000);
});
