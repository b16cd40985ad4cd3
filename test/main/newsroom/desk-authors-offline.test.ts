import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitingChanges } from '../../../src/main/newsroom/desk-status';
import { syncDeskNow } from '../../../src/main/newsroom/sync-desk-now';
import type { Store } from '../../../src/main/store/store';
import { deskAuthorsOf, readDeskAuthors, type DeskAuthor } from '../../../src/shared/newsroom/desk-authors';
import { NEWSROOM_DOCUMENT } from '../../../src/shared/newsroom/desk-protocol';
import { storyFromDocument } from '../../../src/shared/newsroom/story-document';
import { connectEditor, waitUntil, type TestEditor } from '../../server/server-fixtures';
import { paragraphs, testClock } from '../store/store-fixtures';
import { liveDesksForEachTest, type TestDesk } from './desk-fixtures';

const { profile, desk, live, reopen } = liveDesksForEachTest();

let editors: TestEditor[] = [];
afterEach(() => {
  for (const editor of editors) editor.close();
  editors = [];
});

const HOUR = 3_600_000;

const newAuthor = (store: Store, name: string) => store.authors.create({ name, role: 'Reporter', organisation: 'The Weekly', email: '' });

const setRole = (store: Store, id: string, role: string) => store.authors.update(id, store.authors.get(id).author.revision, { role });

/** The author as the profile's directory holds them, deleted ones included. */
const authorIn = (store: Store, id: string): DeskAuthor | undefined => store.authors.forDesk().find((author) => author.id === id);

/** The author as the server's newsroom document holds them. */
async function authorOnDesk(server: TestDesk, id: string): Promise<DeskAuthor | undefined> {
  const editor = connectEditor(server.url, NEWSROOM_DOCUMENT, server.token);
  editors.push(editor);
  await waitUntil(() => editor.provider.synced, 'the newsroom document is in');
  return readDeskAuthors(deskAuthorsOf(editor.doc)).get(id);
}

/** The author ids the story's stored document credits. */
function bylinesInDocument(store: Store, storyId: string): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, store.documents.state(storyId)!);
  return storyFromDocument(doc).bylines.map((byline) => byline.authorId);
}

describe('an author edited offline on two profiles', () => {
  it('ends the same on both profiles and a late joiner, by the Yjs document’s order whatever the clocks say', async () => {
    const server = await desk();
    const janeClock = testClock('2026-03-02T10:00:00.000Z');
    const amirClock = testClock('2026-03-02T10:00:00.000Z');
    const jane = await profile(janeClock);
    const amir = await profile(amirClock);
    const first = newAuthor(jane, 'Nia Patel');
    const second = newAuthor(jane, 'Tom Reed');
    const atJane = live(jane, server);
    await atJane.whenLevel(10_000);
    const atAmir = live(amir, server);
    await atAmir.whenLevel(10_000);
    atJane.stop();
    atAmir.stop();

    // Offline, both change both roles. The first author's later change is Amir's, the second's Jane's:
    // ordered by the clocks, each profile would win one; ordered by Yjs, one profile wins both.
    janeClock.advance(HOUR);
    setRole(jane, first.id, 'Jane’s role for Nia');
    amirClock.advance(2 * HOUR);
    setRole(amir, first.id, 'Amir’s role for Nia');
    setRole(amir, second.id, 'Amir’s role for Tom');
    janeClock.advance(2 * HOUR);
    setRole(jane, second.id, 'Jane’s role for Tom');

    await live(jane, server).whenLevel(10_000);
    await live(amir, server).whenLevel(10_000);
    const roles = (store: Store) => [store.authors.get(first.id).author.role, store.authors.get(second.id).author.role];
    await waitUntil(() => roles(jane).join() === roles(amir).join(), 'both profiles settled');
    const settled = roles(jane);
    expect([
      ['Jane’s role for Nia', 'Jane’s role for Tom'],
      ['Amir’s role for Nia', 'Amir’s role for Tom'],
    ]).toContainEqual(settled);
    expect(roles(amir)).toEqual(settled);

    const late = await profile();
    await live(late, server).whenLevel(10_000);
    expect(roles(late)).toEqual(settled);
    expect([(await authorOnDesk(server, first.id))?.role, (await authorOnDesk(server, second.id))?.role]).toEqual(settled);
  });

  it('keeps a merge made on one profile when the other changed the merged author offline, the change kept on their record and the bylines moved', async () => {
    const server = await desk();
    const janeClock = testClock('2026-03-02T10:00:00.000Z');
    const amirClock = testClock('2026-03-02T10:00:00.000Z');
    const jane = await profile(janeClock);
    const amir = await profile(amirClock);
    const kept = newAuthor(jane, 'Jane Smith');
    const twin = newAuthor(jane, 'J. Smith');
    amir.desk.join(server.url, server.token);
    await live(jane, server).whenLevel(10_000);
    const offline = live(amir, server);
    await offline.whenLevel(10_000);
    offline.stop();

    // Jane merges the twin away; later by Amir's clock, he changes the twin's role and credits them on a new story, offline.
    janeClock.advance(60_000);
    jane.authors.merge(kept.id, twin.id);
    amirClock.advance(2 * HOUR);
    setRole(amir, twin.id, 'Health correspondent');
    const written = amir.createStory({ section: 'News', headline: 'Pay talks resume' });
    amir.saveStory(written.id, written.revision, { body: paragraphs('Talks resumed.'), bylines: [{ authorId: twin.id, role: 'Reporter', organisation: '' }] });

    await live(amir, server).whenLevel(10_000);
    await waitUntil(() => jane.liveStoryIds().includes(written.id) && jane.getStory(written.id).bylines[0]?.authorId === kept.id, 'Jane has Amir’s story crediting the author kept');
    const merged = { deletedAt: expect.any(String), mergedInto: kept.id, role: 'Health correspondent' };
    await waitUntil(() => authorIn(jane, twin.id)?.role === 'Health correspondent', 'Amir’s role reached Jane');
    expect(authorIn(jane, twin.id)).toMatchObject(merged);
    expect(authorIn(amir, twin.id)).toMatchObject(merged);
    expect(await authorOnDesk(server, twin.id)).toMatchObject(merged);
    expect(amir.authors.list('').map((author) => author.id)).toEqual([kept.id]);
    for (const store of [jane, amir]) {
      expect(store.getStory(written.id).bylines).toEqual([{ authorId: kept.id, name: 'Jane Smith', role: 'Reporter', organisation: '' }]);
      expect(bylinesInDocument(store, written.id)).toEqual([kept.id]);
    }
  });

  it('keeps an edit made offline through a restart of the profile, counted as waiting, and sends it up with sync now, though the desk’s version is later by the clocks', async () => {
    const server = await desk();
    const jane = await profile(testClock('2026-03-02T10:00:00.000Z'));
    // Amir's machine's clock is an hour behind.
    const amirClock = testClock('2026-03-02T09:00:00.000Z');
    const amir = await profile(amirClock);
    const author = newAuthor(jane, 'Nia Patel');
    amir.desk.join(server.url, server.token);
    await live(jane, server).whenLevel(10_000);
    await syncDeskNow(amir, 10);

    amirClock.advance(60_000);
    setRole(amir, author.id, 'Health correspondent');
    expect(waitingChanges(amir)).toEqual({ waiting: 1, stories: [], authors: 1 });
    const restarted = reopen(amir, amirClock);
    expect(restarted.authors.get(author.id).author.role).toBe('Health correspondent');
    expect(waitingChanges(restarted)).toEqual({ waiting: 1, stories: [], authors: 1 });
    await syncDeskNow(restarted, 10);
    expect(waitingChanges(restarted)).toEqual({ waiting: 0, stories: [], authors: 0 });

    await waitUntil(() => jane.authors.get(author.id).author.role === 'Health correspondent', 'the offline edit reached the other profile');
    expect(restarted.authors.get(author.id).author.role).toBe('Health correspondent');
    expect((await authorOnDesk(server, author.id))?.role).toBe('Health correspondent');
  });
});
