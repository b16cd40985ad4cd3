import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../../../src/main/store/store';
import { storyFromDocument } from '../../../src/shared/newsroom/story-document';
import { libraryQuery, type TestClock } from './store-fixtures';
import { profilesForEachTest } from './test-profiles';

type Profile = { store: Store; clock: TestClock };

let a: Profile;
let b: Profile;

profilesForEachTest({ a: '2026-03-02T09:00:00.000Z', b: '2026-03-05T16:30:00.000Z' }, (opened) => ({ a, b } = opened));

/** A shared story written on A and received whole on B. */
function storyOnBoth(): string {
  const created = a.store.createStory({ section: 'News', headline: 'Ward closures' });
  a.store.documents.share(created.id);
  b.store.documents.receiveUpdate(created.id, a.store.documents.state(created.id)!);
  return created.id;
}

/** Each profile receives the other's whole document, as a sync brings it. */
function exchange(id: string) {
  const fromA = a.store.documents.state(id)!;
  const fromB = b.store.documents.state(id)!;
  a.clock.advance();
  b.clock.advance();
  return { atA: a.store.documents.receiveUpdate(id, fromB), atB: b.store.documents.receiveUpdate(id, fromA) };
}

function states(profile: Profile, id: string) {
  const { archivedAt, trashedAt } = profile.store.getStory(id);
  return { archivedAt, trashedAt };
}

function inView(profile: Profile, view: 'active' | 'archived' | 'trash'): string[] {
  return profile.store.listStories(libraryQuery({ view })).rows.map((row) => row.id);
}

describe('a shared story’s states', () => {
  it('keeps its creation time on every profile, whatever their clocks', () => {
    const id = storyOnBoth();
    expect(b.store.getStory(id).createdAt).toBe('2026-03-02T09:00:00.000Z');
    expect(b.store.getStory(id).createdAt).toBe(a.store.getStory(id).createdAt);
  });

  it('moves to the trash and back, and to the archive and back, on the other profile too', () => {
    const id = storyOnBoth();
    a.clock.advance();
    const trashed = a.store.setTrashed(id, true);
    exchange(id);
    expect(states(b, id)).toEqual({ archivedAt: null, trashedAt: trashed.trashedAt });
    expect(inView(b, 'trash')).toEqual([id]);
    expect(inView(b, 'active')).toEqual([]);
    // The document holds the state, as the rows do.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, b.store.documents.state(id)!);
    expect(storyFromDocument(doc).trashedAt).toBe(trashed.trashedAt);

    b.clock.advance();
    b.store.setTrashed(id, false);
    const archived = b.store.setArchived(id, true);
    exchange(id);
    expect(states(a, id)).toEqual({ archivedAt: archived.archivedAt, trashedAt: null });
    expect(inView(a, 'archived')).toEqual([id]);

    a.store.setArchived(id, false);
    exchange(id);
    expect(states(b, id)).toEqual({ archivedAt: null, trashedAt: null });
    expect(inView(b, 'active')).toEqual([id]);
    // States are not content: no version is kept for them.
    expect(b.store.revisions.list(id).map((revision) => revision.reason)).not.toContain('before-merge');
  });

  it('ends in one state on both profiles when one trashes it and the other restores it offline', () => {
    const id = storyOnBoth();
    a.store.setTrashed(id, true);
    exchange(id);
    a.clock.advance();
    b.clock.advance();
    a.store.setTrashed(id, false);
    a.store.setArchived(id, true);
    b.store.setTrashed(id, false);
    b.store.setTrashed(id, true);
    exchange(id);
    exchange(id);
    expect(states(a, id)).toEqual(states(b, id));
    // The archive was set on one side only: kept.
    expect(states(a, id).archivedAt).not.toBeNull();
  });

  it('stays the profile’s own on a story that is not shared', () => {
    const story = a.store.createStory({ section: 'News', headline: 'Local only' });
    a.store.setTrashed(story.id, true);
    expect(a.store.documents.state(story.id)).toBeNull();
  });
});
