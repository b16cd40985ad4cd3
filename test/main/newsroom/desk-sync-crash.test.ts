import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToken } from '../../../src/server/newsroom-tokens';
import { spawnServer, type ServerProcess } from '../../server/server-process';
import { cli } from '../cli/cli-fixtures';
import { makeTempDir, openTestStore, removeTempDir } from '../store/store-fixtures';
import { documentIn, editDocument, withProfile, writeStory } from './desk-fixtures';

let dirs: string[];
let servers: ServerProcess[];

beforeEach(() => {
  dirs = [];
  servers = [];
});
afterEach(async () => {
  for (const server of servers) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  for (const dir of dirs) await removeTempDir(dir);
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

/** `copydesk server` as its own process, on `port` (0: a free one). */
async function serve(data: string, port = 0): Promise<ServerProcess & { port: number }> {
  const server = await spawnServer(data, ['--port', String(port)]);
  servers.push(server);
  return { ...server, port: Number(new URL(server.url).port) };
}

const sync = (dir: string, ...args: string[]) => cli(['sync', ...args, '--profile', dir]);
const ROOT = resolve(__dirname, '../../..');
const STORIES = 16;
const EDITS = 20;

/** A desk on its own process, Jane and Sam joined, and edits of every story of Jane's waiting in her profile. */
async function deskWithWaitingEdits() {
  const data = await tempDir();
  const token = addToken(data, 'jane', new Date());
  const server = await serve(data);
  const jane = await tempDir();
  const sam = await tempDir();
  withProfile(sam, () => undefined);
  const ids = Array.from({ length: STORIES }, (_, i) => writeStory(jane, `Story ${i}`, `Paragraph of story ${i}.`));
  expect((await sync(jane, 'join', server.url, `--token=${token}`)).code).toBe(0);
  expect((await sync(sam, 'join', server.url, `--token=${token}`)).code).toBe(0);
  const edits = Array.from({ length: EDITS }, (_, i) => ({ standfirst: `Edit ${i + 1} of ${EDITS}.` }));
  for (const id of ids) editDocument(jane, id, ...edits);
  return { data, server, jane, sam, ids };
}

/** Waits until the server has acknowledged some of the stories; their ids. */
async function someAcknowledged(store: ReturnType<typeof openTestStore>['store'], ids: string[]): Promise<string[]> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    const waiting = new Set(store.desk.updatesWaiting().map((entry) => entry.storyId));
    const acknowledged = ids.filter((id) => !waiting.has(id));
    if (acknowledged.length > 0) return acknowledged;
  }
}

const LAST_EDIT = `Edit ${EDITS} of ${EDITS}.`;

describe('a sync cut short', () => {
  it('by the server being killed loses no acknowledged edit: after a restart every story acknowledged before the kill is on the server, and a second sync brings the rest', async () => {
    const { data, server: first, jane, sam, ids } = await deskWithWaitingEdits();
    const { store } = openTestStore(jane);
    try {
      expect(store.desk.updatesWaiting()).toHaveLength(STORIES);
      const syncing = sync(jane, 'now', '--timeout', '2');
      // Killed as soon as the server has acknowledged some of the stories, not all.
      const acknowledged = await someAcknowledged(store, ids);
      first.child.kill('SIGKILL');
      await first.exited;
      const cut = await syncing;
      expect(cut.code, 'the sync was cut short').not.toBe(0);
      expect(acknowledged.length).toBeLessThan(STORIES);

      // Back on the same address: Sam gets every acknowledged story with all its edits before Jane syncs again.
      const second = await serve(data, first.port);
      expect(second.url).toBe(first.url);
      expect((await sync(sam, 'now')).code).toBe(0);
      for (const id of acknowledged) expect(documentIn(sam, id)?.standfirst).toBe(LAST_EDIT);

      expect((await sync(jane, 'now')).code).toBe(0);
      expect(store.desk.updatesWaiting()).toEqual([]);
      expect((await sync(sam, 'now')).code).toBe(0);
      for (const id of ids) expect(documentIn(sam, id)).toEqual(documentIn(jane, id));
      expect(documentIn(sam, ids[0]!)?.standfirst).toBe(LAST_EDIT);
    } finally {
      store.close();
    }
    withProfile(sam, (samStore) => expect(samStore.liveStoryIds().sort()).toEqual([...ids].sort()));
  }, 60_000);

  it('by the client being killed (kill -9) loses nothing: the next sync sends the rest, and the other profile gets every edit', async () => {
    const { jane, sam, ids } = await deskWithWaitingEdits();
    const { store } = openTestStore(jane);
    try {
      // The command as its own process (node with tsx's loader: one process, so the signal reaches it).
      const client = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/copydesk.ts'), 'sync', 'now', '--profile', jane], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      const exited = new Promise<NodeJS.Signals | null>((done) => client.on('exit', (_code, signal) => done(signal)));
      const acknowledged = await someAcknowledged(store, ids);
      client.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect(acknowledged.length).toBeLessThan(STORIES);

      expect((await sync(jane, 'now')).code).toBe(0);
      expect(store.desk.updatesWaiting()).toEqual([]);
      expect((await sync(sam, 'now')).code).toBe(0);
      for (const id of ids) {
        expect(documentIn(sam, id)?.standfirst).toBe(LAST_EDIT);
        expect(documentIn(sam, id)).toEqual(documentIn(jane, id));
      }
    } finally {
      store.close();
    }
  }, 60_000);
});
