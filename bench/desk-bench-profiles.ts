import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeDeskDocuments } from '../src/main/newsroom/desk-documents';
import { startDeskSync, type DeskSync } from '../src/main/newsroom/desk-sync';
import { openStore, type Store } from '../src/main/store/store';
import { addToken } from '../src/server/newsroom-tokens';
import type { StoryBody } from '../src/shared/story/story-schema';
import { spawnServer } from '../test/server/server-process';

/** A profile as the app opens it: a real store file in its own temporary folder. */
export type BenchProfile = { store: Store; file: string };

/**
 * A desk for a benchmark: `copydesk server` in its own process on loopback
 * (as an editor meets it: another machine's work does not share this
 * process's thread) with one token, and profiles in temporary folders.
 * `close` stops the syncs, the server and the stores, and removes every folder.
 */
export async function openBenchDesk(): Promise<{
  url: string;
  token: string;
  profile(): BenchProfile;
  sync(store: Store, url?: string): DeskSync;
  close(): Promise<void>;
}> {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-desk-bench-'));
    dirs.push(dir);
    return dir;
  };
  const data = tempDir();
  const token = addToken(data, 'bench', new Date());
  const server = await spawnServer(data);
  const stores: Store[] = [];
  const syncs: DeskSync[] = [];
  return {
    url: server.url,
    token,
    profile() {
      const profile = openBenchProfile(tempDir());
      stores.push(profile.store);
      return profile;
    },
    sync(store, url = server.url) {
      const sync = startDeskSync({ serverUrl: url, token, documents: storeDeskDocuments(store) });
      syncs.push(sync);
      return sync;
    },
    async close() {
      for (const sync of syncs) sync.stop();
      server.child.kill('SIGTERM');
      await server.exited;
      for (const store of stores) store.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function openBenchProfile(dir: string): BenchProfile {
  const file = join(dir, 'copydesk.db');
  return { store: openStore({ file, Database }), file };
}

/** A story with `body`, saved as one save; its id. */
export function storyWithBody(store: Store, body: StoryBody): string {
  const created = store.createStory({ section: 'News', headline: 'A long story' });
  store.saveStory(created.id, created.revision, { body });
  return created.id;
}

/**
 * Resolves once `ready()` holds after an update of the story from the desk
 * is stored (its rows then follow it): with the time of that update, read by
 * the listener itself. Rejects after `timeoutMs`.
 */
export function whenReceived(store: Store, storyId: string, ready: () => boolean, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`The other profile did not have the edit within ${timeoutMs} ms.`));
    }, timeoutMs);
    const stop = store.documents.onUpdate((id, _update, _seq, origin) => {
      const at = performance.now();
      if (id !== storyId || origin !== 'desk' || !ready()) return;
      clearTimeout(timer);
      stop();
      resolve(at);
    });
  });
}

/** Records how long each of the store's `documents.receiveUpdate` calls (the desk sync's way in) takes; the list is the caller's to empty. */
export function timeReceives(store: Store): number[] {
  const times: number[] = [];
  const receive = store.documents.receiveUpdate.bind(store);
  store.documents.receiveUpdate = (id, update) => {
    const started = performance.now();
    try {
      return receive(id, update);
    } finally {
      times.push(performance.now() - started);
    }
  };
  return times;
}

/** Waits until `ready` holds, checking every 20 ms; rejects with `what` after `timeoutMs`. */
export async function until(ready: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!ready()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}.`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** The sum of the story's stored Yjs updates' bytes (after sequence number `afterSeq`) and how many rows, read through a connection of its own. */
export function storedUpdates(file: string, storyId: string, afterSeq = 0): { bytes: number; rows: number; updates: Uint8Array[] } {
  const reader = new Database(file, { readonly: true });
  try {
    const updates = reader
      .prepare('SELECT update_bytes FROM story_updates WHERE story_id = ? AND seq > ? ORDER BY seq')
      .pluck()
      .all(storyId, afterSeq) as Uint8Array[];
    return { bytes: updates.reduce((sum, update) => sum + update.length, 0), rows: updates.length, updates };
  } finally {
    reader.close();
  }
}
