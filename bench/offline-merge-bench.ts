import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import type { StoryBody } from '../src/shared/story/story-schema';
import { formatBytes, formatMs, median } from './bench-report';
import { startCountingProxy } from './counting-proxy';
import { openBenchDesk, storedUpdates, storyWithBody, timeReceives, until, whenReceived } from './desk-bench-profiles';
import { LONG_STORY_WORDS } from './store-bench';
import { bodyEditFor, editableParagraphs, firstText, withFirstText } from './story-edits';
import { createStoryGenerator } from './story-generator';

const ARRIVAL_TIMEOUT_MS = 120_000;

type Round = {
  saveMs: number[];
  updateBytes: number[];
  waiting: { rows: number; bytes: number; compacted: number };
  arrivedMs: number;
  /** Until A's sync said it was connected (checked every 20 ms). */
  connectedMs: number;
  /** B's store.documents.receiveUpdate calls for the story until it had every edit, summed. */
  storingMs: number;
  levelMs: number;
  up: number;
  down: number;
};

/**
 * Merging offline edits (docs/newsroom.md): profile A, its sync stopped,
 * makes `edits` small edits of a shared 10,000-word story (a word typed at
 * the end of a paragraph, each saved as the autosave sends it), then
 * connects again; the time until profile B's story rows hold every one, and
 * until the server has acknowledged them to A; the bytes waiting in A's
 * store (as stored, and compacted into one update) and the bytes A's sync
 * sent and got on the wire (through a counting relay). Reference: one
 * save of the same kind, its time and its stored update.
 */
export async function runOfflineMergeBench(options: { edits?: number; rounds?: number; log?: (line: string) => void } = {}): Promise<void> {
  const edits = options.edits ?? 1_000;
  const rounds = options.rounds ?? 3;
  const log = options.log ?? ((line: string) => console.log(line));
  const desk = await openBenchDesk();
  const relay = await startCountingProxy(desk.url);
  try {
    const a = desk.profile();
    const b = desk.profile().store;
    const id = storyWithBody(a.store, createStoryGenerator().story(LONG_STORY_WORDS).body);
    const storingMs = timeReceives(b);
    let syncA = desk.sync(a.store, relay.url);
    desk.sync(b);
    await until(() => b.liveStoryIds().includes(id), 'B has the story from the desk', 60_000);
    await syncA.whenLevel(60_000);
    const saved = a.store.getStory(id);
    let revision = saved.revision;
    let body: StoryBody = saved.body!;
    const places = editableParagraphs(body);
    const results: Round[] = [];

    for (let round = 0; round < rounds; round += 1) {
      syncA.stop();
      const acknowledged = a.store.documents.stateAt(id)!.seq;
      const updateBytes: number[] = [];
      const stopListening = a.store.documents.onUpdate((_id, update) => updateBytes.push(update.length));
      const saveMs: number[] = [];
      const edited = new Set<number>();
      for (let edit = 0; edit < edits; edit += 1) {
        const place = places[(edit * 7 + round) % places.length]!;
        const next = withFirstText(body, place, (text) => `${text} r${round}e${edit}`);
        const bodyEdit = bodyEditFor(body, next);
        const started = performance.now();
        revision = a.store.saveStory(id, revision, { bodyEdit }).revision;
        saveMs.push(performance.now() - started);
        body = next;
        edited.add(place);
      }
      stopListening();
      const waiting = storedUpdates(a.file, id, acknowledged);
      const last = [...edited].map((place) => [place, firstText(body, place)] as const);
      const hasAll = () => {
        const onB = b.getStory(id).body!;
        return last.every(([place, text]) => firstText(onB, place) === text);
      };

      relay.reset();
      storingMs.length = 0;
      const arrived = whenReceived(b, id, hasAll, ARRIVAL_TIMEOUT_MS);
      const started = performance.now();
      syncA = desk.sync(a.store, relay.url);
      const sync = syncA;
      const connected = until(() => sync.state() === 'connected', "A's sync is connected", ARRIVAL_TIMEOUT_MS).then(() => performance.now());
      const arrivedAt = await arrived;
      const connectedAt = await connected;
      const storing = storingMs.reduce((sum, ms) => sum + ms, 0);
      await syncA.whenLevel(ARRIVAL_TIMEOUT_MS);
      const levelAt = performance.now();
      results.push({
        saveMs,
        updateBytes,
        waiting: { rows: waiting.rows, bytes: waiting.bytes, compacted: Y.mergeUpdates(waiting.updates).length },
        arrivedMs: arrivedAt - started,
        connectedMs: connectedAt - started,
        storingMs: storing,
        levelMs: levelAt - started,
        ...relay.counts(),
      });
    }

    const of = (pick: (round: Round) => number) => median(results.map(pick));
    const save = median(results.flatMap((round) => round.saveMs));
    const update = median(results.flatMap((round) => round.updateBytes));
    const size = `${a.store.getStory(id).wordCount.toLocaleString('en-GB')}-word story, ${edits.toLocaleString('en-GB')} edits offline, median of ${rounds} rounds`;
    log(
      `offline edits merged: A connects → all in B's story rows   ${size}   median ${formatMs(of((r) => r.arrivedMs))}   (A connected after ${formatMs(of((r) => r.connectedMs))}; B storing them: ${formatMs(of((r) => r.storingMs))}; A acknowledged by the server: ${formatMs(of((r) => r.levelMs))})   one save of one edit: median ${formatMs(save)}   ratio ${(of((r) => r.arrivedMs) / save).toFixed(1)}`,
    );
    log(
      `offline edits merged: bytes   ${size}   waiting in A's store ${formatBytes(of((r) => r.waiting.bytes))} in ${of((r) => r.waiting.rows).toLocaleString('en-GB')} updates, compacted ${formatBytes(of((r) => r.waiting.compacted))}   on the wire up ${formatBytes(of((r) => r.up))}, down ${formatBytes(of((r) => r.down))}   one save's update: median ${formatBytes(update)}   up/(one update × ${edits}) ${(of((r) => r.up) / (update * edits)).toFixed(2)}`,
    );
  } finally {
    await relay.close();
    await desk.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name: string) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : Number(process.argv[index + 1]);
  };
  runOfflineMergeBench({ edits: option('--edits'), rounds: option('--rounds') }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
