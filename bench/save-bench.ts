import type { createApiService } from '../src/main/api/api-service';
import type { Store } from '../src/main/store/store';
import { bodyBlocksOf, bodyEditBetween } from '../src/shared/story/body-edit';
import type { StoryBody } from '../src/shared/story/story-schema';
import { formatBytes, formatMs, median, type BenchResult } from './bench-report';

type Api = ReturnType<typeof createApiService>;

const RUNS = 30;
const WARM_UP = 5;
/** bench/README.md: bytes per autosave of a 10,000-word story, each way. */
const BYTES_BUDGET = 2048;

type Side = { request: number[]; reply: number[]; ms: number[] };

/**
 * Bytes and time of one autosave of a long story through the API, as the
 * browser preview carries it (the request and the reply each JSON-encoded
 * and decoded), interleaved in the same run:
 * - before: the old shape, the body sent whole and the whole story as the
 *   reply (read with getStory, as the old save returned it);
 * - after: the blocks changed since the acknowledged body, and the
 *   acknowledgement as the reply.
 * Each save types one more word into a paragraph in the middle.
 */
export async function measureSaveBytes(
  api: Api,
  store: Store,
  longBody: StoryBody,
  storyId: string,
  type: (body: StoryBody, run: number) => StoryBody,
  tick: () => void,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const before: Side = { request: [], reply: [], ms: [] };
  const after: Side = { request: [], reply: [], ms: [] };
  let acknowledged = longBody;
  let revision = store.getStory(storyId).revision;
  const words = store.getStory(storyId).wordCount.toLocaleString('en-GB');

  const call = async (name: 'saveStory' | 'getStory', input: unknown): Promise<{ value: unknown; bytes: [number, number] }> => {
    const request = JSON.stringify(input);
    const result = await api.dispatch(name, JSON.parse(request));
    if (!result.ok) throw new Error(result.error.message);
    const reply = JSON.stringify(result.value);
    return { value: JSON.parse(reply), bytes: [Buffer.byteLength(request), Buffer.byteLength(reply)] };
  };

  for (let run = 0; run < RUNS + WARM_UP; run += 1) {
    for (const side of run % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
      tick();
      const body = type(acknowledged, run * 2 + (side === 'after' ? 1 : 0));
      const started = performance.now();
      let bytes: [number, number];
      if (side === 'before') {
        const saved = await call('saveStory', { id: storyId, baseRevision: revision, changes: { body } });
        const story = await call('getStory', { id: storyId });
        bytes = [saved.bytes[0], story.bytes[1]];
        revision = (saved.value as { revision: number }).revision;
      } else {
        const bodyEdit = bodyEditBetween(bodyBlocksOf(acknowledged), body);
        const saved = await call('saveStory', { id: storyId, baseRevision: revision, changes: { bodyEdit } });
        bytes = saved.bytes;
        revision = (saved.value as { revision: number }).revision;
      }
      const ms = performance.now() - started;
      acknowledged = body;
      if (run < WARM_UP) continue;
      const figures = side === 'before' ? before : after;
      figures.request.push(bytes[0]);
      figures.reply.push(bytes[1]);
      figures.ms.push(ms);
    }
  }

  const size = `${words}-word story`;
  const total = (side: Side) => median(side.request.map((request, i) => request + side.reply[i]!));
  log(
    `autosave bytes (request + reply, JSON)   ${size}   before median ${formatBytes(total(before))} (request ${formatBytes(median(before.request))} + reply ${formatBytes(median(before.reply))})   after median ${formatBytes(total(after))} (request ${formatBytes(median(after.request))} + reply ${formatBytes(median(after.reply))})   after/before ${(total(after) / total(before)).toFixed(3)}`,
  );
  log(
    `autosave time (API call, JSON both ways)   ${size}   before median ${formatMs(median(before.ms))}   after median ${formatMs(median(after.ms))}   after/before ${(median(after.ms) / median(before.ms)).toFixed(2)}`,
  );
  return [
    { name: 'autosave request bytes', size, median: median(after.request), budget: BYTES_BUDGET, unit: 'bytes' },
    { name: 'autosave reply bytes', size, median: median(after.reply), budget: BYTES_BUDGET, unit: 'bytes' },
  ];
}
