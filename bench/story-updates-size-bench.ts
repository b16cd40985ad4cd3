import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { storyDocument } from '../src/shared/newsroom/story-document';
import type { StoryBody } from '../src/shared/story/story-schema';
import { formatBytes, formatMs, median } from './bench-report';
import { openBenchProfile, storedUpdates, storyWithBody } from './desk-bench-profiles';
import { LONG_STORY_WORDS } from './store-bench';
import { bodyEditFor, editableParagraphs, firstText, withFirstText } from './story-edits';
import { createStoryGenerator } from './story-generator';

/**
 * The stored size of a shared story (docs/newsroom.md: its Yjs updates in
 * `story_updates`) after `edits` saves on a 10,000-word story, half typing
 * a word at the end of a paragraph's first text run, half deleting the last
 * word of another's, so the story keeps its length: before and after
 * `store.documents.compact`, against the size of the story's body as the
 * rows keep it (its Lexical JSON) and of a document made afresh from the
 * story (the same content, no history).
 */
export function runStoryUpdatesSizeBench(options: { edits?: number; log?: (line: string) => void } = {}): void {
  const edits = options.edits ?? 10_000;
  const log = options.log ?? ((line: string) => console.log(line));
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-story-updates-size-bench-'));
  const { store, file } = openBenchProfile(dir);
  try {
    const id = storyWithBody(store, createStoryGenerator().story(LONG_STORY_WORDS).body);
    store.documents.share(id);
    const shared = storedUpdates(file, id).bytes;
    const saved = store.getStory(id);
    let revision = saved.revision;
    let body: StoryBody = saved.body!;
    const places = editableParagraphs(body);
    const saveMs: number[] = [];
    for (let edit = 0; edit < edits; edit += 1) {
      const next = edit % 2 === 0 ? typed(body, places[(edit * 7) % places.length]!, edit) : deleted(body, places[(edit * 13 + 5) % places.length]!, edit);
      const bodyEdit = bodyEditFor(body, next);
      const started = performance.now();
      revision = store.saveStory(id, revision, { bodyEdit }).revision;
      saveMs.push(performance.now() - started);
      body = next;
    }

    const before = storedUpdates(file, id);
    const compactStarted = performance.now();
    store.documents.compact(id);
    const compactMs = performance.now() - compactStarted;
    const after = storedUpdates(file, id).bytes;
    const story = store.getStory(id);
    const bodyJson = Buffer.byteLength(JSON.stringify(story.body));
    const fresh = Y.encodeStateAsUpdate(storyDocument(story)).length;
    const size = `${story.wordCount.toLocaleString('en-GB')}-word story, ${edits.toLocaleString('en-GB')} edits saved (median ${formatMs(median(saveMs))} each)`;
    log(
      `stored size of a shared story   ${size}   body JSON ${formatBytes(bodyJson)}   stored updates ${formatBytes(before.bytes)} in ${before.rows.toLocaleString('en-GB')} rows (${(before.bytes / bodyJson).toFixed(2)} × the body JSON)   compacted ${formatBytes(after)} in 1 row (${(after / bodyJson).toFixed(2)} ×; compaction took ${formatMs(compactMs)})`,
    );
    log(
      `   the same story as a new document, no history: ${formatBytes(fresh)} (${(fresh / bodyJson).toFixed(2)} ×)   when first shared, before the edits: ${formatBytes(shared)}`,
    );
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function typed(body: StoryBody, place: number, edit: number): StoryBody {
  return withFirstText(body, place, (text) => `${text} word${edit}`);
}

/** The last word of the paragraph's first text run deleted; a word typed instead when it has only one. */
function deleted(body: StoryBody, place: number, edit: number): StoryBody {
  return /\s\S+$/.test(firstText(body, place)!) ? withFirstText(body, place, (text) => text.replace(/\s+\S+$/, '')) : typed(body, place, edit);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const index = process.argv.indexOf('--edits');
  runStoryUpdatesSizeBench({ edits: index === -1 ? undefined : Number(process.argv[index + 1]) });
}
