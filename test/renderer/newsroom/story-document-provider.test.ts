import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode } from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openOperations, type Operations } from '../../../src/main/api/open-operations';
import { StoryDocumentProvider, type BodySaveState, type SharedEditingApi } from '../../../src/renderer/newsroom/story-document-provider';
import { editStoryBody, readStoryBody } from '../../../src/shared/newsroom/story-body-editor';
import { seedProfile } from '../../main/cli/cli-fixtures';
import { waitUntil } from '../../server/server-fixtures';

let dir: string;
let storyId: string;
let operations: Operations;
let providers: StoryDocumentProvider[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-shared-editing-'));
  storyId = (await seedProfile(dir)).ids.other;
  operations = openOperations({ profileDir: dir, Database, appVersion: '0.0.0-test', door: 'app', existing: true });
  operations.context.store.documents.share(storyId);
  providers = [];
});
afterEach(() => {
  for (const provider of providers) provider.disconnect();
  operations.close();
  rmSync(dir, { recursive: true, force: true });
});

const api: SharedEditingApi = {
  openSharedStory: (input) => operations.call('openSharedStory', input),
  waitForStoryUpdates: (input) => operations.call('waitForStoryUpdates', input),
  saveStory: (input) => operations.call('saveStory', input),
  setStoryPresence: (input) => operations.call('setStoryPresence', input),
};

/** An editor's document of the story, connected through the operations as the page's editor is. */
async function openEditor(): Promise<{ doc: Y.Doc; provider: StoryDocumentProvider; errors: unknown[]; states: BodySaveState[] }> {
  const doc = new Y.Doc();
  const errors: unknown[] = [];
  const states: BodySaveState[] = [];
  const { revision } = operations.context.store.getStory(storyId);
  const provider = new StoryDocumentProvider(doc, storyId, revision, api, {
    sendAfterMs: 20,
    retryMs: 50,
    onError: (error) => errors.push(error),
    onSaveState: (state) => states.push(state),
  });
  providers.push(provider);
  await provider.connect();
  return { doc, provider, errors, states };
}

const bodyText = (doc: Y.Doc) => readStoryBody(doc, (editor) => editor.getEditorState().read(() => $getRoot().getTextContent()));
const storedText = () => operations.context.store.getStory(storyId).body!.root.children.map((block) => JSON.stringify(block)).join('');

/** Types `words` at the end of the body's first paragraph. */
function typeAtEnd(doc: Y.Doc, words: string): void {
  editStoryBody(doc, () => {
    const first = $getRoot().getFirstChild<ParagraphNode>()!;
    first.append($createTextNode(words));
  });
}

describe('editing a shared story through the operations', () => {
  it('shows one editor’s typing in another’s, each save a revision the story’s rows follow', async () => {
    const a = await openEditor();
    const b = await openEditor();
    expect(bodyText(a.doc)).toBe('Talks resumed today.');
    const before = operations.context.store.getStory(storyId).revision;

    typeAtEnd(a.doc, ' Both sides met at noon.');
    await waitUntil(() => bodyText(b.doc) === 'Talks resumed today. Both sides met at noon.', 'the second editor shows the first one’s typing');
    expect(storedText()).toContain('Both sides met at noon.');
    expect(operations.context.store.getStory(storyId).revision).toBeGreaterThan(before);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('takes in the desk’s edits while open, and saves its own after them without a conflict', async () => {
    const a = await openEditor();
    // Another profile's edit, arriving from the desk: a new paragraph at the end.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, operations.context.store.documents.state(storyId)!);
    const seen = Y.encodeStateVector(remote);
    editStoryBody(remote, () => $getRoot().append($createParagraphNode().append($createTextNode('A statement follows.'))));
    operations.context.store.documents.receiveUpdate(storyId, Y.encodeStateAsUpdate(remote, seen));

    await waitUntil(() => bodyText(a.doc).includes('A statement follows.'), 'the editor shows the desk’s paragraph');
    // The story's revision moved on under the editor; its next save still lands, merged.
    typeAtEnd(a.doc, ' Unions welcomed it.');
    await a.provider.flush();
    expect(a.errors).toEqual([]);
    expect(storedText()).toContain('Talks resumed today. Unions welcomed it.');
    expect(storedText()).toContain('A statement follows.');
  });

  it('reports its edits as waiting, being saved and saved, so the page says "Saved" only once they are', async () => {
    const a = await openEditor();
    typeAtEnd(a.doc, ' Both sides met at noon.');
    expect(a.states).toEqual(['pending']);
    expect(await a.provider.flush()).toBe(true);
    expect(a.states).toEqual(['pending', 'saving', 'saved']);
    expect(storedText()).toContain('Both sides met at noon.');
  });

  it('keeps an edit whose save failed, reports it failed (flush says not saved) until a retry saves it', async () => {
    const a = await openEditor();
    // The profile's store is closed for a moment, as while a backup is restored: the save fails.
    operations.context.store.close();
    const reopened = openOperations({ profileDir: dir, Database, appVersion: '0.0.0-test', door: 'app', existing: true });
    typeAtEnd(a.doc, ' Late addition.');
    expect(await a.provider.flush()).toBe(false);
    expect(a.states.at(-1)).toBe('failed');
    expect(a.errors).not.toEqual([]);

    operations.context.store = reopened.context.store;
    await waitUntil(() => a.states.at(-1) === 'saved', 'a retry saved the edit');
    expect(storedText()).toContain('Late addition.');
    // Failed until saved: no "saving" between, while the retries run.
    expect(a.states).toEqual(['pending', 'saving', 'failed', 'saved']);
    expect(await a.provider.flush()).toBe(true);
  });
});
