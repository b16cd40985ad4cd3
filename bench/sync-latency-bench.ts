import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Store } from '../src/main/store/store';
import type { StoryBody } from '../src/shared/story/story-schema';
import { formatMs, percentile, reportLine, type BenchResult } from './bench-report';
import { openBenchDesk, openBenchProfile, storyWithBody, timeReceives, until, whenReceived } from './desk-bench-profiles';
import { LONG_STORY_WORDS } from './store-bench';
import { bodyEditFor, editableParagraphs, firstText, TYPED, withFirstText } from './story-edits';
import { createStoryGenerator } from './story-generator';

const WARM_UP = 10;
const ARRIVAL_TIMEOUT_MS = 30_000;
/** bench/README.md: a keystroke on one profile is on the other within 100 ms, p95. */
const LATENCY_BUDGET_MS = 100;

/** A profile's side of the run: its store, the body it last saved, and each save's time. */
type Typist = { store: Store; id: string; revision: number; body: StoryBody; saveMs: number[] };

/**
 * Sync latency on loopback (docs/newsroom.md): profiles A and B joined to
 * `copydesk server` on loopback share a 10,000-word story; a keystroke on A
 * (one character, saved as the editor's autosave sends it, a `bodyEdit`)
 * until B's store has taken in the update and its story rows hold the
 * character. The reference, in turns with A in the same run: the same
 * keystroke saved on a profile alone (the same story, shared, no desk).
 */
export async function runSyncLatencyBench(options: { keystrokes?: number; log?: (line: string) => void } = {}): Promise<BenchResult[]> {
  const keystrokes = options.keystrokes ?? 200;
  const log = options.log ?? ((line: string) => console.log(line));
  const desk = await openBenchDesk();
  const aloneDir = mkdtempSync(join(tmpdir(), 'copydesk-sync-latency-alone-'));
  const alone = openBenchProfile(aloneDir);
  try {
    const generated = createStoryGenerator().story(LONG_STORY_WORDS);
    const a = desk.profile().store;
    const b = desk.profile().store;
    const id = storyWithBody(a, generated.body);
    const aloneId = storyWithBody(alone.store, generated.body);
    alone.store.documents.share(aloneId);
    const storingMs = timeReceives(b);
    desk.sync(a);
    desk.sync(b);
    await until(() => b.liveStoryIds().includes(id), 'B has the story from the desk', 60_000);

    const typists: Record<'synced' | 'alone', Typist> = {
      synced: { store: a, id, ...savedBody(a, id), saveMs: [] },
      alone: { store: alone.store, id: aloneId, ...savedBody(alone.store, aloneId), saveMs: [] },
    };
    const places = editableParagraphs(typists.synced.body);
    const middle = Math.floor(places.length / 2);
    const latencies: number[] = [];
    const storing: number[] = [];
    for (let key = 0; key < keystrokes + WARM_UP; key += 1) {
      const place = places[middle + (key % 10)]!;
      const typed = TYPED[key % TYPED.length]!;
      const order = key % 2 === 0 ? (['synced', 'alone'] as const) : (['alone', 'synced'] as const);
      for (const side of order) {
        const typist = typists[side];
        const body = withFirstText(typist.body, place, (text) => text + typed);
        const expected = firstText(body, place);
        const arrived = side === 'synced' ? whenReceived(b, id, () => firstText(b.getStory(id).body!, place) === expected, ARRIVAL_TIMEOUT_MS) : null;
        const bodyEdit = bodyEditFor(typist.body, body);
        const started = performance.now();
        typist.revision = typist.store.saveStory(typist.id, typist.revision, { bodyEdit }).revision;
        const saved = performance.now();
        typist.body = body;
        if (key >= WARM_UP) typist.saveMs.push(saved - started);
        if (arrived !== null) {
          storingMs.length = 0;
          const at = await arrived;
          if (key < WARM_UP) continue;
          latencies.push(at - started);
          storing.push(storingMs.reduce((sum, ms) => sum + ms, 0));
        }
      }
    }

    const words = `${a.getStory(id).wordCount.toLocaleString('en-GB')}-word story, ${keystrokes} keystrokes`;
    const [p50, p95] = [percentile(latencies, 50), percentile(latencies, 95)];
    const [alone50, alone95] = [percentile(typists.alone.saveMs, 50), percentile(typists.alone.saveMs, 95)];
    log(
      `sync latency on loopback (keystroke saved on A → in B's story rows)   ${words}   p50 ${formatMs(p50)}   p95 ${formatMs(p95)}   the same keystroke saved on a profile alone: p50 ${formatMs(alone50)}   p95 ${formatMs(alone95)}   ratio p50 ${(p50 / alone50).toFixed(2)}   p95 ${(p95 / alone95).toFixed(2)}`,
    );
    const parts = [
      ["A's own save (joined: it also hands the update to the sync)", typists.synced.saveMs],
      ["B storing the update (documents.receiveUpdate: the rows rewritten)", storing],
    ] as const;
    for (const [what, ms] of parts) log(`   of which ${what}: p50 ${formatMs(percentile(ms, 50))}   p95 ${formatMs(percentile(ms, 95))}`);
    const result: BenchResult = { name: 'sync latency on loopback', size: words, median: p50, p95, budget: LATENCY_BUDGET_MS, budgetOn: 'p95' };
    log(reportLine(result));
    return [result];
  } finally {
    alone.store.close();
    rmSync(aloneDir, { recursive: true, force: true });
    await desk.close();
  }
}

function savedBody(store: Store, id: string): { revision: number; body: StoryBody } {
  const { revision, body } = store.getStory(id);
  return { revision, body: body! };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const index = process.argv.indexOf('--keystrokes');
  runSyncLatencyBench({ keystrokes: index === -1 ? undefined : Number(process.argv[index + 1]) }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
