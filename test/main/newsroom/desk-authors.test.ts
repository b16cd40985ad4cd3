import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DeskNotLevel } from '../../../src/main/newsroom/desk-sync';
import { syncDeskNow } from '../../../src/main/newsroom/sync-desk-now';
import { deskAuthorsOf, writeDeskAuthor } from '../../../src/shared/newsroom/desk-authors';
import { NEWSROOM_DOCUMENT, storyDocumentName } from '../../../src/shared/newsroom/desk-protocol';
import { storyFromDocument } from '../../../src/shared/newsroom/story-document';
import type { StoryLacks } from '../../../src/shared/newsroom/story-lacks';
import { allAcknowledged, connectEditor, waitUntil, type TestEditor } from '../../server/server-fixtures';
import { cli } from '../cli/cli-fixtures';
import { libraryQuery, paragraphs } from '../store/store-fixtures';
import { liveDesksForEachTest, withProfile } from './desk-fixtures';

const { profile, desk, live } = liveDesksForEachTest();

let editors: TestEditor[] = [];
afterEach(() => {
  for (const editor of editors) editor.close();
  editors = [];
});

/** The author ids the story's stored document credits. */
function bylinesInDocument(store: Awaited<ReturnType<typeof profile>>, storyId: string): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, store.documents.state(storyId)!);
  return storyFromDocument(doc).bylines.map((byline) => byline.authorId);
}

const byline = (authorId: string) => ({ authorId, role: 'Health editor', organisation: '' });

/** A profile's story crediting a new author of its directory. */
function storyBy(store: Awaited<ReturnType<typeof profile>>, name: string, headline: string) {
  const author = store.authors.create({ name, role: 'Reporter', organisation: 'The Weekly', email: 'jane@example.org' });
  const story = store.createStory({ section: 'News', headline });
  store.saveStory(story.id, story.revision, { body: paragraphs('Three wards closed.'), bylines: [byline(author.id)] });
  return { author, story };
}

describe('the author directory on the desk', () => {
  it('reaches a profile joining late, which then has the stories crediting its authors (the command line)', async () => {
    const server = await desk();
    const jane = await profile();
    const { author, story } = storyBy(jane, 'Jane Smith', 'Ward closures');
    jane.desk.join(server.url, server.token);
    await syncDeskNow(jane, 10);

    const amir = await profile();
    const dir = amir.file.replace(/\/[^/]+$/, '');
    amir.close();
    const joined = await cli(['sync', 'join', server.url, `--token=${server.token}`, '--profile', dir]);
    expect(joined, joined.stderr).toMatchObject({ code: 0 });
    withProfile(dir, (store) => {
      expect(store.authors.list('')).toEqual([expect.objectContaining({ id: author.id, name: 'Jane Smith', role: 'Reporter', organisation: 'The Weekly', email: 'jane@example.org' })]);
      expect(store.getStory(story.id)).toMatchObject({ headline: 'Ward closures', bylines: [{ authorId: author.id, name: 'Jane Smith', role: 'Health editor' }] });
    });
  });

  it('carries an author’s edits both ways while profiles are open, the bylines and search following the new name', async () => {
    const server = await desk();
    const jane = await profile();
    const { author, story } = storyBy(jane, 'Jane Smith', 'Ward closures');
    const amir = await profile();
    await live(jane, server).whenLevel(10_000);
    const atAmir = live(amir, server);
    await atAmir.whenLevel(10_000);
    expect(amir.getStory(story.id).bylines[0]).toMatchObject({ authorId: author.id, name: 'Jane Smith' });

    jane.authors.update(author.id, jane.authors.get(author.id).author.revision, { name: 'Jane Smith-Jones' });
    await waitUntil(() => amir.getStory(story.id).bylines[0]?.name === 'Jane Smith-Jones', 'the new name reached the other profile');
    expect(amir.authors.get(author.id).author).toMatchObject({ name: 'Jane Smith-Jones', role: 'Reporter' });
    expect(amir.listStories(libraryQuery({ query: 'Smith-Jones' })).rows.map((row) => row.id)).toEqual([story.id]);

    amir.authors.update(author.id, amir.authors.get(author.id).author.revision, { role: 'Health correspondent' });
    await waitUntil(() => jane.authors.get(author.id).author.role === 'Health correspondent', 'the new role reached the first profile');
    expect(jane.authors.get(author.id).author.name).toBe('Jane Smith-Jones');
    await atAmir.whenLevel(10_000);
  });

  it('keeps a story that credits an author the desk does not list waiting, named by sync now, until the desk lists them', async () => {
    const server = await desk();
    // A story written on a profile that never joined, put on the desk by another client, its author not in the desk's directory.
    const elsewhere = await profile();
    const { author, story } = storyBy(elsewhere, 'Nia Patel', 'Pay talks resume');
    elsewhere.documents.share(story.id);
    const writer = connectEditor(server.url, storyDocumentName(story.id), server.token);
    const newsroom = connectEditor(server.url, NEWSROOM_DOCUMENT, server.token);
    editors.push(writer, newsroom);
    Y.applyUpdate(writer.doc, elsewhere.documents.state(story.id)!);
    await waitUntil(() => newsroom.provider.synced, 'the newsroom document is in');
    newsroom.doc.getMap('stories').set(story.id, true);
    await allAcknowledged(writer);
    await allAcknowledged(newsroom);

    const amir = await profile();
    amir.desk.join(server.url, server.token);
    await expect(syncDeskNow(amir, 2)).rejects.toThrow(`Story ${story.id} waits for the author ${author.id}, not on this profile yet.`);
    const sync = live(amir, server);
    await expect(sync.whenLevel(1_500)).rejects.toBeInstanceOf(DeskNotLevel);
    expect(sync.waiting()).toEqual([{ storyId: story.id, lacks: { authors: [author.id], pictures: [] } }]);
    expect(amir.liveStoryIds()).toEqual([]);

    const listed = elsewhere.authors.forDesk()[0]!;
    writeDeskAuthor(deskAuthorsOf(newsroom.doc), listed);
    await sync.whenLevel(10_000);
    expect(amir.getStory(story.id).bylines).toMatchObject([{ authorId: author.id, name: 'Nia Patel' }]);
  });

  it('moves the bylines of a merge into the stories’ documents, so the other profile credits the author kept', async () => {
    const server = await desk();
    const jane = await profile();
    const kept = jane.authors.create({ name: 'Jane Smith', role: '', organisation: '', email: '' });
    const { author: twin, story } = storyBy(jane, 'J. Smith', 'Ward closures');
    const amir = await profile();
    await live(jane, server).whenLevel(10_000);
    const atAmir = live(amir, server);
    await atAmir.whenLevel(10_000);
    expect(amir.getStory(story.id).bylines).toMatchObject([{ authorId: twin.id }]);

    expect(jane.authors.merge(kept.id, twin.id).storiesChanged).toBe(1);
    await waitUntil(() => amir.getStory(story.id).bylines[0]?.authorId === kept.id, 'the merge reached the other profile’s story');
    await atAmir.whenLevel(10_000);
    for (const store of [jane, amir]) {
      expect(store.getStory(story.id).bylines).toEqual([{ authorId: kept.id, name: 'Jane Smith', role: 'Health editor', organisation: '' }]);
      expect(bylinesInDocument(store, story.id)).toEqual([kept.id]);
    }
    expect(amir.listStories(libraryQuery({ query: 'J. Smith' })).rows).toEqual([]);
  });

  it('moves the bylines of a profile’s offline story to the author kept once a merge made elsewhere reaches it', async () => {
    const server = await desk();
    const jane = await profile();
    const kept = jane.authors.create({ name: 'Jane Smith', role: '', organisation: '', email: '' });
    const { author: twin } = storyBy(jane, 'J. Smith', 'Ward closures');
    const amir = await profile();
    amir.desk.join(server.url, server.token);
    await live(jane, server).whenLevel(10_000);
    const offline = live(amir, server);
    await offline.whenLevel(10_000);
    offline.stop();

    // Offline, Amir credits the author on a story of his own (shared as it is made: he has joined the desk).
    const written = amir.createStory({ section: 'News', headline: 'Pay talks resume' });
    amir.saveStory(written.id, written.revision, { body: paragraphs('Talks resumed.'), bylines: [byline(twin.id)] });
    jane.authors.merge(kept.id, twin.id);

    await live(amir, server).whenLevel(10_000);
    await waitUntil(() => jane.liveStoryIds().includes(written.id) && jane.getStory(written.id).bylines[0]?.authorId === kept.id, 'Jane has Amir’s story crediting the author kept');
    for (const store of [jane, amir]) {
      expect(store.getStory(written.id).bylines).toEqual([{ authorId: kept.id, name: 'Jane Smith', role: 'Health editor', organisation: '' }]);
      expect(bylinesInDocument(store, written.id)).toEqual([kept.id]);
    }
    expect(amir.authors.get(kept.id).storyCount).toBe(2);
  });

  it('writes in an author without a photo this profile lacks, reporting it, and with it once stored; takes in a story whose byline a merge moved', async () => {
    const server = await desk();
    const jane = await profile();
    const photo = { sha256: 'c'.repeat(64), ext: 'jpg', mime: 'image/jpeg', width: 400, height: 400, byteSize: 1234 };
    jane.images.record(photo);
    const kept = jane.authors.create({ name: 'Jane Smith', role: '', organisation: '', email: '', photoSha256: photo.sha256 });
    const { author: twin, story } = storyBy(jane, 'J. Smith', 'Ward closures');
    jane.documents.share(story.id);
    jane.authors.merge(kept.id, twin.id);
    await live(jane, server).whenLevel(10_000);

    const amir = await profile();
    const lacking: [string | null, StoryLacks][] = [];
    const sync = live(amir, server, { onLacking: (storyId, lacks) => lacking.push([storyId, lacks]) });
    await sync.whenLevel(10_000);
    expect(lacking).toContainEqual([null, { authors: [], pictures: [photo.sha256] }]);
    expect(amir.authors.list('')).toEqual([expect.objectContaining({ id: kept.id, name: 'Jane Smith', photo: null })]);
    // The merge moved the byline in the story's document too.
    expect(amir.getStory(story.id).bylines).toMatchObject([{ authorId: kept.id, name: 'Jane Smith' }]);

    amir.images.record(photo);
    sync.retryWaiting();
    expect(amir.authors.get(kept.id).author.photo).toEqual({ sha256: photo.sha256, ext: 'jpg' });
    await sync.whenLevel(10_000);
    expect(jane.authors.get(kept.id).author.photo).toEqual({ sha256: photo.sha256, ext: 'jpg' });
  });
});
