import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../src/main/store/store';
import { bodyBlocksOf, bodyEditBetween } from '../src/shared/story/body-edit';
import type { StoryBody } from '../src/shared/story/story-schema';
import { formatBytes, formatMs, median } from './bench-report';
import { LONG_STORY_WORDS, withTypedWord } from './store-bench';
import { createStoryGenerator } from './story-generator';

const RUNS = 30;
const WARM_UP = 5;

type Side = { ms: number[]; updateBytes: number[] };

/**
 * An autosave of a 10,000-word story (one word typed in a paragraph in the
 * middle, sent as the changed blocks, as the editor sends it), unshared and
 * shared (docs/newsroom.md: the change goes through the story's Yjs
 * document and its update is stored), interleaved in one run: the time of
 * each save, the bytes of Yjs update it stores, and the heap a loaded
 * document with its headless body editor takes.
 */
export function measureSharedSave(log: (line: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-shared-save-bench-'));
  const file = join(dir, 'copydesk.db');
  const store = openStore({ file, Database });
  const reader = new Database(file, { readonly: true });
  const storedUpdates = reader.prepare('SELECT coalesce(sum(length(update_bytes)), 0) FROM story_updates WHERE story_id = ?').pluck();
  const updateBytes = (id: string) => storedUpdates.get(id) as number;
  try {
    const long = createStoryGenerator().story(LONG_STORY_WORDS);
    const unshared = longStory(store, long.body);
    const shared = longStory(store, long.body);
    const heapBefore = heapUsed();
    store.documents.share(shared.id);
    const sides: Record<'unshared' | 'shared', Side> = { unshared: { ms: [], updateBytes: [] }, shared: { ms: [], updateBytes: [] } };
    const acknowledged = { unshared: long.body, shared: long.body };
    let heapLoaded = 0;

    for (let run = 0; run < RUNS + WARM_UP; run += 1) {
      for (const side of run % 2 === 0 ? (['unshared', 'shared'] as const) : (['shared', 'unshared'] as const)) {
        const { id } = side === 'shared' ? shared : unshared;
        const body = withTypedWord(acknowledged[side], run);
        const bodyEdit = bodyEditBetween(bodyBlocksOf(acknowledged[side]), body)!;
        const storedBefore = updateBytes(id);
        const started = performance.now();
        store.saveStory(id, store.getStory(id).revision, { bodyEdit });
        const ms = performance.now() - started;
        acknowledged[side] = store.getStory(id).body!;
        if (run === 0 && side === 'shared') heapLoaded = heapUsed();
        if (run < WARM_UP) continue;
        sides[side].ms.push(ms);
        sides[side].updateBytes.push(updateBytes(id) - storedBefore);
      }
    }

    const words = `${store.getStory(shared.id).wordCount.toLocaleString('en-GB')}-word story`;
    const bodyJson = JSON.stringify(store.getStory(shared.id).body).length;
    const [plain, yjs] = [median(sides.unshared.ms), median(sides.shared.ms)];
    log(`autosave (body edit) time   ${words}   unshared median ${formatMs(plain)}   shared median ${formatMs(yjs)}   shared/unshared ${(yjs / plain).toFixed(2)}`);
    log(
      `autosave (body edit) stored   ${words}   both rewrite the body (${formatBytes(bodyJson)} of JSON)   the shared one also stores its Yjs update, median ${formatBytes(median(sides.shared.updateBytes))}   (${formatBytes(Math.max(...sides.shared.updateBytes))} at most)`,
    );
    log(
      `a shared story's document stays loaded   ${words}   heap ${heapLoaded === 0 ? 'not measured (run node with --expose-gc)' : formatBytes(heapLoaded - heapBefore)} with its headless body editor   stored document ${formatBytes(store.documents.state(shared.id)!.length)}`,
    );
  } finally {
    reader.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function longStory(store: Store, body: StoryBody): { id: string } {
  const created = store.createStory({ section: 'News', headline: 'A long story' });
  store.saveStory(created.id, created.revision, { body });
  return created;
}

/** The heap in use after a full collection; 0 when node was not started with --expose-gc. */
function heapUsed(): number {
  const { gc } = globalThis as { gc?: () => void };
  if (gc === undefined) return 0;
  gc();
  return process.memoryUsage().heapUsed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) measureSharedSave(console.log);
