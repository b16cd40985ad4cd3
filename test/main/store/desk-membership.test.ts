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
    expect(store.deskMembership()).toBeNull();
    store.joinDesk('ws://127.0.0.1:1234', 'first-token');
    expect(store.deskMembership()).toEqual({ serverUrl: 'ws://127.0.0.1:1234', token: 'first-token', joinedAt: '2026-03-02T09:00:00.000Z', lastSyncedAt: null });
    store.recordDeskSynced();
    expect(store.deskMembership()?.lastSyncedAt).not.toBeNull();
    store.joinDesk('wss://desk.example.org', 'second-token');
    expect(store.deskMembership()).toMatchObject({ serverUrl: 'wss://desk.example.org', token: 'second-token', lastSyncedAt: null });
    store.leaveDesk();
    expect(store.deskMembership()).toBeNull();
  });

  it('counts the stored updates the server has not acknowledged, story by story', () => {
    const story = store.createStory({ section: 'News', headline: 'Ward closures' });
    const other = store.createStory({ section: 'News', headline: 'Pay talks' });
    for (const text of ['One', 'Two', 'Three']) store.appendStoryUpdate(story.id, headlineUpdate(text));
    store.appendStoryUpdate(other.id, headlineUpdate('Pay'));
    expect(store.storyUpdatesWaiting()).toEqual(
      [
        { storyId: story.id, waiting: 3 },
        { storyId: other.id, waiting: 1 },
      ].sort((a, b) => a.storyId.localeCompare(b.storyId)),
    );
    store.acknowledgeStoryUpdates(story.id, 2);
    // An older acknowledgement arriving late does not move the mark back.
    store.acknowledgeStoryUpdates(story.id, 1);
    store.acknowledgeStoryUpdates(other.id, 1);
    expect(store.storyUpdatesWaiting()).toEqual([{ storyId: story.id, waiting: 1 }]);
    expect(store.storyDocumentAt(story.id)?.seq).toBe(3);

    // Joining another desk: nothing is known to be there yet.
    store.joinDesk('ws://127.0.0.1:1235', 'token');
    expect(store.storyUpdatesWaiting().map((entry) => entry.waiting).sort()).toEqual([1, 3]);
    // A story deleted for good waits for nothing.
    store.deleteStoryForever(story.id);
    expect(store.storyUpdatesWaiting()).toEqual([{ storyId: other.id, waiting: 1 }]);
    store.acknowledgeStoryUpdates(story.id, 5);
    expect(store.liveStoryIds()).toEqual([other.id]);
  });

  it('tells its listeners of every update stored, and whether it came from the desk', () => {
    const story = store.createStory({ section: 'News' });
    const heard: [number, StoryUpdateOrigin][] = [];
    const stop = store.onStoryUpdate((_id, _update, seq, origin) => heard.push([seq, origin]));
    store.appendStoryUpdate(story.id, headlineUpdate('Mine'));
    store.appendStoryUpdate(story.id, headlineUpdate('Theirs'), 'desk');
    stop();
    store.appendStoryUpdate(story.id, headlineUpdate('Unheard'));
    expect(heard).toEqual([
      [1, 'local'],
      [2, 'desk'],
    ]);
  });
});
