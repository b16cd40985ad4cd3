import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../../../src/main/store/store';
import { describeDeskChange } from '../../../src/shared/story/story-parts';
import type { StoryChanges } from '../../../src/shared/story/story-schema';
import { libraryQuery, paragraphs, withDatabase, type TestClock } from './store-fixtures';
import { profilesForEachTest } from './test-profiles';

type Profile = { store: Store; file: string; clock: TestClock };

let jane: Profile;
let amir: Profile;
let nia: Profile;

profilesForEachTest({ jane: '2026-03-02T09:00:00.000Z', amir: '2026-03-02T09:00:30.000Z', nia: '2026-03-02T09:00:45.000Z' }, (opened) => {
  ({ jane, amir, nia } = opened);
  jane.store.desk.join('ws://127.0.0.1:1234', 'jane-token', 'Jane Smith');
  amir.store.desk.join('ws://127.0.0.1:1234', 'amir-token', 'Amir Khan');
  nia.store.desk.join('ws://127.0.0.1:1234', 'nia-token', 'Nia Davies');
});

/** A shared story written by Jane and received whole by Amir, as joining the desk gives it. */
function storyOnBoth(): string {
  const created = jane.store.createStory({ section: 'News', headline: 'The NHS needs a plan' });
  jane.store.saveStory(created.id, created.revision, { standfirst: 'Beds are short.', body: paragraphs('First paragraph.', 'Second paragraph.') });
  jane.store.documents.share(created.id);
  amir.store.documents.receiveUpdate(created.id, jane.store.documents.state(created.id)!);
  return created.id;
}

function save(profile: Profile, id: string, changes: StoryChanges, after = 60_000): void {
  profile.clock.advance(after);
  profile.store.saveStory(id, profile.store.getStory(id).revision, changes);
}

/** `to` takes in what `from` holds of the story, as the sync brings it. */
function send(from: Profile, to: Profile, id: string, after = 60_000) {
  to.clock.advance(after);
  return to.store.documents.receiveUpdate(id, from.store.documents.state(id)!);
}

const deskVersions = (profile: Profile, id: string) => profile.store.revisions.list(id).filter((kept) => kept.reason === 'desk');
const libraryRow = (profile: Profile, id: string) => profile.store.listStories(libraryQuery()).rows.find((row) => row.id === id)!;

describe('who changed what on the desk', () => {
  it('keeps a version saying who changed which parts, and marks the story in the library until it is opened', () => {
    const id = storyOnBoth();
    expect(libraryRow(amir, id).changedOnDesk).toBeNull();
    expect(deskVersions(amir, id)).toEqual([]);

    save(jane, id, { headline: 'The NHS needs a plan now', body: paragraphs('First paragraph, rewritten.', 'Second paragraph.') });
    expect(send(jane, amir, id)).toMatchObject({ revision: expect.any(Number) });

    const [kept, ...more] = deskVersions(amir, id);
    expect(more).toEqual([]);
    expect(kept!.deskChanges).toEqual([{ editor: 'Jane Smith', parts: ['headline', 'body'] }]);
    expect(describeDeskChange(kept!.deskChanges![0]!)).toBe('Jane Smith changed the headline and the body');
    expect(amir.store.revisions.get(kept!.id).snapshot.headline).toBe('The NHS needs a plan now');
    expect(kept!.storyRevision).toBe(amir.store.getStory(id).revision);
    expect(libraryRow(amir, id).changedOnDesk).toEqual({ editors: ['Jane Smith'] });

    expect(amir.store.desk.markStoryOpened(id)).toBe(true);
    expect(libraryRow(amir, id).changedOnDesk).toBeNull();
    expect(amir.store.desk.markStoryOpened(id)).toBe(false);
  });

  it("shows the profile's own versions as its own, and its changes under its name on the other side", () => {
    const id = storyOnBoth();
    save(amir, id, { standfirst: 'Beds are short, and so are nurses.', status: 'in_edit' });
    amir.store.revisions.record(id, 'manual');
    expect(amir.store.revisions.list(id).every((kept) => kept.deskChanges === null)).toBe(true);
    expect(libraryRow(amir, id).changedOnDesk).toBeNull();

    send(amir, jane, id);
    expect(deskVersions(jane, id).map((kept) => kept.deskChanges)).toEqual([[{ editor: 'Amir Khan', parts: ['standfirst', 'status'] }]]);
    expect(libraryRow(jane, id).changedOnDesk).toEqual({ editors: ['Amir Khan'] });
    // Jane's own change since does not mark it again for her.
    jane.store.desk.markStoryOpened(id);
    save(jane, id, { headline: 'A plan for the NHS' });
    expect(libraryRow(jane, id).changedOnDesk).toBeNull();
  });

  it('tells an editor typing on the desk as one version, a new one once they pause for a while or another editor changes it', () => {
    const id = storyOnBoth();
    save(jane, id, { body: paragraphs('First paragraph, again.', 'Second paragraph.') });
    send(jane, amir, id, 10_000);
    save(jane, id, { standfirst: 'Beds are very short.' });
    send(jane, amir, id, 10_000);
    expect(deskVersions(amir, id).map((kept) => kept.deskChanges)).toEqual([[{ editor: 'Jane Smith', parts: ['body', 'standfirst'] }]]);
    expect(amir.store.revisions.get(deskVersions(amir, id)[0]!.id).snapshot.standfirst).toBe('Beds are very short.');

    save(jane, id, { headline: 'Later headline' });
    send(jane, amir, id, 6 * 60_000);
    expect(deskVersions(amir, id).map((kept) => kept.deskChanges)).toEqual([
      [{ editor: 'Jane Smith', parts: ['headline'] }],
      [{ editor: 'Jane Smith', parts: ['body', 'standfirst'] }],
    ]);
  });

  it('names each editor when one update brings several editors’ changes, and keeps the version from before the merge', () => {
    const id = storyOnBoth();
    send(jane, nia, id);
    save(nia, id, { body: paragraphs('First paragraph.', 'Second paragraph, by Nia.') });
    send(nia, jane, id);
    save(jane, id, { headline: 'Headline by Jane' });
    save(amir, id, { standfirst: 'Amir was here.' });
    // Amir has been offline: Nia's edit and Jane's arrive together.
    send(jane, amir, id);
    const kept = amir.store.revisions.list(id);
    expect(kept.map((version) => version.reason).slice(0, 2)).toEqual(['desk', 'before-merge']);
    expect(kept[0]!.deskChanges).toEqual([
      { editor: 'Jane Smith', parts: ['headline'] },
      { editor: 'Nia Davies', parts: ['body'] },
    ]);
    expect(amir.store.revisions.get(kept[1]!.id).snapshot.headline).toBe('The NHS needs a plan');
    expect(libraryRow(amir, id).changedOnDesk).toEqual({ editors: ['Jane Smith', 'Nia Davies'] });
  });

  it('says "Another editor" for a profile that joined without a name', () => {
    const id = storyOnBoth();
    jane.store.desk.join('ws://127.0.0.1:1234', 'jane-token');
    expect(jane.store.desk.editorName()).toBeNull();
    save(jane, id, { headline: 'Unsigned headline' });
    send(jane, amir, id);
    const [kept] = deskVersions(amir, id);
    expect(kept!.deskChanges).toEqual([{ editor: null, parts: ['headline'] }]);
    expect(describeDeskChange(kept!.deskChanges![0]!)).toBe('Another editor changed the headline');
    expect(libraryRow(amir, id).changedOnDesk).toEqual({ editors: [null] });
  });

  it('does not mark a story new to the profile, and forgets the mark when the story is deleted for good', () => {
    const id = storyOnBoth();
    expect(libraryRow(amir, id).changedOnDesk).toBeNull();
    save(jane, id, { headline: 'Changed again' });
    send(jane, amir, id);
    expect(libraryRow(amir, id).changedOnDesk).not.toBeNull();
    amir.store.deleteStoryForever(id);
    expect(withDatabase(amir.file, (db) => db.prepare('SELECT count(*) FROM story_desk_marks').pluck().get())).toBe(0);
    expect(amir.store.documents.receiveUpdate(id, jane.store.documents.state(id)!)).toBeNull();
  });

  it('writes an editor’s name once while they keep changing a part, and still names them for each change', () => {
    const id = storyOnBoth();
    save(jane, id, { body: paragraphs('First paragraph, rewritten.', 'Second paragraph.') });
    const { seq } = jane.store.documents.updatesAfter(id, 0);
    const earlier = new Y.Doc();
    Y.applyUpdate(earlier, jane.store.documents.state(id)!);
    save(jane, id, { body: paragraphs('First paragraph, rewritten again.', 'Second paragraph.') });
    const [typed, ...more] = jane.store.documents.updatesAfter(id, seq).updates;
    expect(more).toEqual([]);
    // The second save is the text alone: no name written again for the editor's own page and the desk to take in.
    const changedRoots = new Set<string>();
    earlier.on('afterTransaction', (transaction: Y.Transaction) => {
      for (let type of transaction.changed.keys()) {
        while (type._item !== null) type = type._item.parent as typeof type;
        changedRoots.add(Y.findRootTypeKey(type));
      }
    });
    Y.applyUpdate(earlier, typed!);
    expect(changedRoots.size).toBeGreaterThan(0);
    expect(changedRoots).not.toContain('changedBy');

    send(jane, amir, id);
    expect(deskVersions(amir, id).map((kept) => kept.deskChanges)).toEqual([[{ editor: 'Jane Smith', parts: ['body'] }]]);
  });
});
