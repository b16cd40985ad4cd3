import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../../../src/main/store/store';
import { applyStoryChanges, storyDocument, storyFromDocument } from '../../../src/shared/newsroom/story-document';
import { ApiError } from '../../../src/shared/api/api-error';
import { makeTempDir, openTestStore, paragraphs, removeTempDir, withDatabase } from './store-fixtures';

let dir: string;
let store: Store;
let file: string;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file } = openTestStore(dir));
});
afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

/** A story in the store, its shared document, and each update of it stored as a profile stores its edits. */
function sharedStory() {
  const created = store.createStory({ section: 'News', headline: 'Ward closures' });
  const story = store.saveStory(created.id, created.revision, { body: paragraphs('Three wards closed.', 'Staff moved.') });
  const doc = storyDocument(store.getStory(created.id));
  doc.on('update', (update: Uint8Array) => store.documents.appendUpdate(created.id, update));
  store.documents.appendUpdate(created.id, Y.encodeStateAsUpdate(doc));
  return { id: story.id, doc };
}

function loaded(state: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state!);
  return doc;
}

function rowsOf(id: string): number {
  return withDatabase(file, (db) => db.prepare('SELECT count(*) FROM story_updates WHERE story_id = ?').pluck().get(id) as number);
}

describe("a story's stored Yjs updates", () => {
  it('load as the document they were made from, and compact into one row that loads the same', () => {
    const { id, doc } = sharedStory();
    for (const word of ['Four', 'Five', 'Six']) {
      applyStoryChanges(doc, { headline: `${word} ward closures` });
      applyStoryChanges(doc, { bodyEdit: { baseBlocks: 2, at: 1, remove: 1, insert: paragraphs(`Staff moved, ${word.toLowerCase()} times.`).root.children } });
    }
    expect(rowsOf(id)).toBeGreaterThan(6);
    const expected = storyFromDocument(doc);
    expect(storyFromDocument(loaded(store.documents.state(id)))).toEqual(expected);

    const before = rowsOf(id);
    expect(store.documents.compact(id)).toBe(before);
    expect(rowsOf(id)).toBe(1);
    const compacted = loaded(store.documents.state(id));
    expect(storyFromDocument(compacted)).toEqual(expected);
    expect(Y.encodeStateVector(compacted)).toEqual(Y.encodeStateVector(doc));

    // Updates stored after compaction follow it.
    applyStoryChanges(doc, { headline: 'Seven ward closures' });
    expect(storyFromDocument(loaded(store.documents.state(id))).headline).toBe('Seven ward closures');
  });

  it('are none for a story never shared', () => {
    const story = store.createStory({ section: 'News', headline: 'Alone' });
    expect(store.documents.state(story.id)).toBeNull();
    expect(store.documents.compact(story.id)).toBe(0);
  });

  it('go with the story when it is deleted for good, leaving none of its words in the file', () => {
    const { id, doc } = sharedStory();
    applyStoryChanges(doc, { headline: 'Quixotically secret closures' });
    store.deleteStoryForever(id);
    expect(rowsOf(id)).toBe(0);
    expect(() => store.documents.state(id)).toThrow(ApiError);
    expect(() => store.documents.appendUpdate(id, Y.encodeStateAsUpdate(doc))).toThrow(ApiError);
    store.close();
    expect(readFileSync(file).includes('Quixotically')).toBe(false);
    ({ store } = openTestStore(dir));
  });
});
