import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store, StoryUpdateOrigin } from '../../../src/main/store/store';
import { makeTempDir, openTestStore, removeTempDir } from './store-fixtures';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store } = openTestStore(dir));
});
afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function headlineUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('headline').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('the desk a profile joined', () => {
  it('is kept with its token, replaced by joining again, and forgotten on leaving', () => {
    expect(store.desk.membership()).toBeNull();
    store.desk.join('ws://127.0.0.1:1234', 'first-token');
    expect(store.desk.membership()).toEqual({ serverUrl: 'ws://127.0.0.1:1234', token: 'first-token', joinedAt: '2026-03-02T09:00:00.000Z', lastSyncedAt: null });
    store.desk.recordSynced();
    expect(store.desk.membership()?.lastSyncedAt).not.toBeNull();
    store.desk.join('wss://desk.example.org', 'second-token');
    expect(store.desk.membership()).toMatchObject({ serverUrl: 'wss://desk.example.org', token: 'second-token', lastSyncedAt: null });
    store.desk.leave();
    expect(store.desk.membership()).toBeNull();
  });

  it('counts the stored updates the server has not acknowledged, story by story', () => {
    const story = store.createStory({ section: 'News', headline: 'Ward closures' });
    const other = store.createStory({ section: 'News', headline: 'Pay talks' });
    for (const text of ['One', 'Two', 'Three']) store.documents.appendUpdate(story.id, headlineUpdate(text));
    store.documents.appendUpdate(other.id, headlineUpdate('Pay'));
    expect(store.desk.updatesWaiting()).toEqual(
      [
        { storyId: story.id, waiting: 3 },
        { storyId: other.id, waiting: 1 },
      ].sort((a, b) => a.storyId.localeCompare(b.storyId)),
    );
    store.desk.acknowledgeUpdates(story.id, 2);
    // An older acknowledgement arriving late does not move the mark back.
    store.desk.acknowledgeUpdates(story.id, 1);
    store.desk.acknowledgeUpdates(other.id, 1);
    expect(store.desk.updatesWaiting()).toEqual([{ storyId: story.id, waiting: 1 }]);
    expect(store.documents.stateAt(story.id)?.seq).toBe(3);

    // Joining another desk: nothing is known to be there yet.
    store.desk.join('ws://127.0.0.1:1235', 'token');
    expect(store.desk.updatesWaiting().map((entry) => entry.waiting).sort()).toEqual([1, 3]);
    // A story deleted for good waits for nothing.
    store.deleteStoryForever(story.id);
    expect(store.desk.updatesWaiting()).toEqual([{ storyId: other.id, waiting: 1 }]);
    store.desk.acknowledgeUpdates(story.id, 5);
    expect(store.liveStoryIds()).toEqual([other.id]);
  });

  it('tells its listeners of every update stored, and whether it came from the desk', () => {
    const story = store.createStory({ section: 'News' });
    const heard: [number, StoryUpdateOrigin][] = [];
    const stop = store.documents.onUpdate((_id, _update, seq, origin) => heard.push([seq, origin]));
    store.documents.appendUpdate(story.id, headlineUpdate('Mine'));
    store.documents.appendUpdate(story.id, headlineUpdate('Theirs'), 'desk');
    stop();
    store.documents.appendUpdate(story.id, headlineUpdate('Unheard'));
    expect(heard).toEqual([
      [1, 'local'],
      [2, 'desk'],
    ]);
  });

  it('keeps the deletion of a shared story waiting for the desk, through joining again, until the desk confirms it', () => {
    const shared = store.createStory({ section: 'News', headline: 'Trust chair named' });
    const own = store.createStory({ section: 'News', headline: 'Never shared' });
    store.documents.share(shared.id);
    const heard: string[] = [];
    store.desk.onDeletion((id) => heard.push(id));
    store.deleteStoryForever(shared.id);
    // A story never shared was never on a desk: nothing to tell it.
    store.deleteStoryForever(own.id);
    expect(heard).toEqual([shared.id]);
    expect(store.desk.deletionsWaiting()).toEqual([shared.id]);
    store.desk.join('ws://127.0.0.1:1234', 'token');
    expect(store.desk.deletionsWaiting()).toEqual([shared.id]);
    expect(store.desk.updatesWaiting()).toEqual([]);
    store.desk.recordDeletion(shared.id);
    expect(store.desk.deletionsWaiting()).toEqual([]);
  });

  it('purges a story the desk deleted without sending the deletion back', () => {
    const story = store.createStory({ section: 'News', headline: 'Trust chair named' });
    store.documents.share(story.id);
    const heard: string[] = [];
    store.desk.onDeletion((id) => heard.push(id));
    expect(store.desk.purgeDeleted(story.id)).toMatchObject({ id: story.id, walEmptied: true });
    expect(store.desk.purgeDeleted(story.id)).toBeNull();
    expect(store.desk.purgeDeleted('0f8c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10')).toBeNull();
    expect(() => store.getStory(story.id)).toThrow(/deleted for good/);
    expect(heard).toEqual([]);
    expect(store.desk.deletionsWaiting()).toEqual([]);
  });
});
