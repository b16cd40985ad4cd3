import { toBase64 } from 'lib0/buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../../../src/main/store/store';
import { applyStoryChanges, storyFromDocument } from '../../../src/shared/newsroom/story-document';
import { bodyBlocksOf, bodyEditBetween } from '../../../src/shared/story/body-edit';
import type { StoryChanges } from '../../../src/shared/story/story-schema';
import { expectRowsFollowDocument, storedDocument } from './shared-document';
import { apiErrorOf, dumpDatabase, makeTempDir, openTestStore, paragraphs, removeTempDir, withDatabase, type TestClock } from './store-fixtures';

let dir: string;
let store: Store;
let file: string;
let clock: TestClock;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file, clock } = openTestStore(dir));
});
afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function updateRows(id: string): number {
  return withDatabase(file, (db) => db.prepare('SELECT count(*) FROM story_updates WHERE story_id = ?').pluck().get(id) as number);
}

/** A story with a body, shared. */
function sharedStory(): { id: string; revision: number } {
  const created = store.createStory({ section: 'News', headline: 'Ward closures' });
  const saved = store.saveStory(created.id, created.revision, { body: paragraphs('Three wards closed.', 'Staff moved.', 'Patients wait.') });
  store.documents.share(created.id);
  return saved;
}

/** Saves `changes` on the story's current revision. */
function save(id: string, changes: StoryChanges) {
  clock.advance();
  return store.saveStory(id, store.getStory(id).revision, changes);
}

/** The Yjs update an editor bound to a copy of the story's document makes, as the app's shared editor sends it. */
function updateFromCopy(id: string, changes: StoryChanges): string {
  const copy = storedDocument(store, id);
  const updates: Uint8Array[] = [];
  copy.on('update', (update: Uint8Array) => updates.push(update));
  applyStoryChanges(copy, changes);
  return toBase64(Y.mergeUpdates(updates));
}

describe('sharing a story', () => {
  it('gives it a document holding its rows, once however often it is asked', () => {
    const { id } = sharedStory();
    store.documents.share(id);
    expect(updateRows(id)).toBe(1);
    expectRowsFollowDocument(store, id);
  });

  it('leaves a story never shared saving as before, with no document', () => {
    const created = store.createStory({ section: 'News', headline: 'Alone' });
    save(created.id, { body: paragraphs('Only here.'), headline: 'Still alone' });
    expect(store.documents.state(created.id)).toBeNull();
    expect(store.getStory(created.id).headline).toBe('Still alone');
  });
});

describe('a save of a shared story', () => {
  it('lands an autosave, a body edit and field changes in the document, one stored update each, and the rows follow it', () => {
    const { id } = sharedStory();
    const author = store.authors.create({ name: 'Ann Writer', role: '', organisation: '', email: '' });

    save(id, { body: paragraphs('Four wards closed.', 'Staff moved.', 'Patients wait.'), headline: 'Four ward closures' });
    const base = store.getStory(id).body!;
    const [first, , last] = base.root.children;
    const next = { root: { ...base.root, children: [first!, paragraphs('Staff moved twice.').root.children[0]!, last!] } };
    save(id, { bodyEdit: bodyEditBetween(bodyBlocksOf(base), next)! });
    save(id, { status: 'ready', tags: ['NHS', 'wards'], bylines: [{ authorId: author.id, role: 'Health editor', organisation: '' }], slug: 'wards' });

    expect(updateRows(id)).toBe(4);
    const document = storyFromDocument(storedDocument(store, id));
    expect(document).toMatchObject({ headline: 'Four ward closures', status: 'ready', tags: ['NHS', 'wards'], slug: 'wards', slugLocked: true });
    expect(store.getStory(id)).toMatchObject({ headline: 'Four ward closures', status: 'ready', slug: 'wards', wordCount: 8 });
    expectRowsFollowDocument(store, id);
  });

  it("lands a restore and an import's whole-story save in the document", () => {
    const { id } = sharedStory();
    const first = store.revisions.record(id, 'manual').revision;
    save(id, { headline: 'Changed headline', body: paragraphs('Changed text.') });

    store.revisions.restore(id, first.id, store.getStory(id).revision);
    expect(storyFromDocument(storedDocument(store, id))).toMatchObject({ headline: 'Ward closures' });
    expect(store.getStory(id).body).toEqual(paragraphs('Three wards closed.', 'Staff moved.', 'Patients wait.'));
    expectRowsFollowDocument(store, id);

    clock.advance();
    store.saveStory(
      id,
      store.getStory(id).revision,
      { section: 'Opinion', headline: 'Imported headline', standfirst: 'From the page.', body: paragraphs('Imported text.'), tags: ['imported'] },
      { contentModifiedAt: '2026-01-05T10:00:00.000Z' },
    );
    expect(storyFromDocument(storedDocument(store, id))).toMatchObject({ section: 'Opinion', headline: 'Imported headline', tags: ['imported'] });
    expect(store.getStory(id).contentModifiedAt).toBe('2026-01-05T10:00:00.000Z');
    expectRowsFollowDocument(store, id);
  });

  it('writes nothing when refused, and the next save does not carry the refused change', () => {
    const { id } = sharedStory();
    const other = store.createStory({ section: 'News', headline: 'Other' });
    save(other.id, { slug: 'taken' });
    const before = dumpDatabase(file);
    const { revision } = store.getStory(id);

    // Refused after the document took the headline: a slug another story has.
    expect(apiErrorOf(() => store.saveStory(id, revision, { headline: 'Refused headline', slug: 'taken' })).code).toBe('rejected');
    expect(apiErrorOf(() => store.saveStory(id, revision - 1, { headline: 'Stale headline' })).code).toBe('conflict');
    const edit = { baseBlocks: 7, at: 0, remove: 1, insert: paragraphs('No.').root.children };
    expect(apiErrorOf(() => store.saveStory(id, revision, { headline: 'Bad edit headline', bodyEdit: edit })).field).toBe('changes.bodyEdit');
    expect(dumpDatabase(file)).toBe(before);

    save(id, { standfirst: 'Accepted.' });
    expect(store.getStory(id)).toMatchObject({ headline: 'Ward closures', standfirst: 'Accepted.' });
    expect(storyFromDocument(storedDocument(store, id))).toMatchObject({ headline: 'Ward closures', standfirst: 'Accepted.' });
  });

  it('takes in updates another process stored for the story since its document was loaded', () => {
    const { id } = sharedStory();
    save(id, { headline: 'Loaded here' });
    const elsewhere = openTestStore(dir).store;
    try {
      elsewhere.saveStory(id, elsewhere.getStory(id).revision, { standfirst: 'Written by the command line.' });
    } finally {
      elsewhere.close();
    }
    save(id, { headline: 'Saved here again' });
    expect(store.getStory(id)).toMatchObject({ headline: 'Saved here again', standfirst: 'Written by the command line.' });
    expectRowsFollowDocument(store, id);
  });
});

describe('a body sent as a Yjs update', () => {
  it("saves the text an editor bound to a copy of the story's document typed, and shows it in getStory", () => {
    const { id } = sharedStory();
    const bodyUpdate = updateFromCopy(id, { body: paragraphs('Three wards closed overnight.', 'Staff moved.', 'Patients wait.') });
    const ack = save(id, { bodyUpdate, standfirst: 'Overnight.' });
    expect(store.getStory(id)).toMatchObject({ revision: ack.revision, standfirst: 'Overnight.', wordCount: 8 });
    expect(store.getStory(id).body).toEqual(paragraphs('Three wards closed overnight.', 'Staff moved.', 'Patients wait.'));
    expect(store.listStories({ view: 'active', status: null, section: null, query: 'overnight', sort: 'modified', offset: 0, limit: 10 }).total).toBe(1);
    expectRowsFollowDocument(store, id);
  });

  it('is refused, writing nothing, on a story not shared, when it is not a Yjs update, or when it changes more than the body', () => {
    const { id } = sharedStory();
    const update = updateFromCopy(id, { body: paragraphs('Changed.') });
    const touchesHeadline = updateFromCopy(id, { body: paragraphs('Changed.'), headline: 'Sneaked in' });
    const unshared = store.createStory({ section: 'News', headline: 'Alone' });
    const before = dumpDatabase(file);

    const refusals = [
      apiErrorOf(() => store.saveStory(unshared.id, unshared.revision, { bodyUpdate: update })),
      apiErrorOf(() => store.saveStory(id, store.getStory(id).revision, { bodyUpdate: toBase64(new TextEncoder().encode('not an update at all')) })),
      apiErrorOf(() => store.saveStory(id, store.getStory(id).revision, { bodyUpdate: touchesHeadline })),
    ];
    for (const refusal of refusals) expect({ code: refusal.code, field: refusal.field }).toEqual({ code: 'rejected', field: 'changes.bodyUpdate' });
    expect(refusals[2]!.message).toMatch(/headline/);
    expect(dumpDatabase(file)).toBe(before);

    // The document in memory did not keep the refused update's headline.
    save(id, { headline: 'Ward closures tonight' });
    expect(storyFromDocument(storedDocument(store, id)).headline).toBe('Ward closures tonight');
    expect(store.getStory(id).headline).toBe('Ward closures tonight');
  });
});
