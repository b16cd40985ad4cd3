import Database from 'better-sqlite3';
import { fromBase64 } from 'lib0/buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { openOperations, type Operations } from '../../../src/main/api/open-operations';
import type { NewsroomServer } from '../../../src/server/newsroom-server';
import { addToken } from '../../../src/server/newsroom-tokens';
import { waitUntil } from '../../server/server-fixtures';
import { makeTempDir, removeTempDir } from '../store/store-fixtures';
import { serveDesk, writeStory } from './desk-fixtures';

let dirs: string[];
let opened: Operations[];
let servers: NewsroomServer[];

beforeEach(() => {
  dirs = [];
  opened = [];
  servers = [];
});
afterEach(async () => {
  for (const operations of opened) operations.close();
  for (const server of servers) await server.stop();
  for (const dir of dirs) await removeTempDir(dir);
});

async function folder(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

/** A profile open as the app and the preview open it: its desk sync runs while it is open. */
function openLive(dir: string): Operations {
  const operations = openOperations({ profileDir: dir, Database, appVersion: '0.0.0-test', door: 'app', liveDesk: true });
  opened.push(operations);
  return operations;
}

const connection = async (operations: Operations) => (await operations.call('getDeskStatus', {})).connection;

describe('the desk sync of an open profile', () => {
  it('starts on joining, says whether it is connected, relays who has a story open, and stops on leaving', async () => {
    const data = await folder();
    const server = await serveDesk(data);
    servers.push(server);
    const janeDir = await folder();
    const storyId = writeStory(janeDir, 'Ward closures', 'Three wards closed.');
    const jane = openLive(janeDir);
    const sam = openLive(await folder());
    expect(await connection(jane)).toBeUndefined();

    await jane.call('joinDesk', { serverUrl: server.url, token: addToken(data, 'jane', new Date()), editorName: 'Jane Smith' });
    await sam.call('joinDesk', { serverUrl: server.url, token: addToken(data, 'sam', new Date()) });
    await waitUntil(() => sam.context.store.liveStoryIds().includes(storyId), 'Sam has Jane’s story');
    for (const profile of [jane, sam]) {
      const start = Date.now();
      while ((await connection(profile)) !== 'connected' && Date.now() - start < 5_000) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await connection(profile)).toBe('connected');
    }

    // Jane's editor has the story open, its caret somewhere: Sam's editor hears of it, under Jane's name.
    const caret = { type: null, tname: 'root', item: null, assoc: 0 };
    const presence = { color: '#1f6feb', focusing: true, anchorPos: caret, focusPos: caret, awarenessData: {} };
    expect(await jane.call('setStoryPresence', { id: storyId, presence })).toEqual({ relayed: true });
    const answer = await sam.call('waitForStoryUpdates', { id: storyId, after: Number.MAX_SAFE_INTEGER, waitMs: 5_000, presenceAfter: 0 });
    expect(answer.presence).not.toBeNull();
    const seen = new Awareness(new Y.Doc());
    seen.setLocalState(null);
    applyAwarenessUpdate(seen, fromBase64(answer.presence!.states), 'desk');
    expect([...seen.getStates().values()]).toEqual([expect.objectContaining({ name: 'Jane Smith', color: '#1f6feb', focusing: true })]);

    // A story Jane starts now goes up at once.
    const started = await jane.call('createStory', { headline: 'Ward reopens' });
    await waitUntil(() => sam.context.store.liveStoryIds().includes(started.id), 'Sam has the story Jane started');

    // Jane closes the story: Sam's editor hears that too.
    await jane.call('setStoryPresence', { id: storyId, presence: null });
    const after = await sam.call('waitForStoryUpdates', { id: storyId, after: Number.MAX_SAFE_INTEGER, waitMs: 5_000, presenceAfter: answer.presence!.version });
    applyAwarenessUpdate(seen, fromBase64(after.presence!.states), 'desk');
    expect(seen.getStates().size).toBe(0);
    seen.destroy();

    await jane.call('leaveDesk', {});
    expect(await connection(jane)).toBeUndefined();
    expect(await jane.call('setStoryPresence', { id: storyId, presence })).toEqual({ relayed: false });
  }, 30_000);
});
