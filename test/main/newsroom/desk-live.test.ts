import { describe, expect, it } from 'vitest';
import type { DeskState } from '../../../src/main/newsroom/desk-sync';
import type { Store } from '../../../src/main/store/store';
import { revokeToken } from '../../../src/server/newsroom-tokens';
import type { StoryChanges } from '../../../src/shared/story/story-schema';
import { waitUntil } from '../../server/server-fixtures';
import { paragraphs } from '../store/store-fixtures';
import { documentOf, liveDesksForEachTest } from './desk-fixtures';

const { profile, desk, live } = liveDesksForEachTest();

/** An edit as the profile makes it: saved through the story's document. */
function edit(store: Store, id: string, changes: StoryChanges): void {
  store.saveStory(id, store.getStory(id).revision, changes);
}

const headlineIn = (store: Store, id: string) => documentOf(store, id)?.headline ?? null;

describe('the desk sync while a profile is open', () => {
  it('sends each stored edit up at once, keeps edits made offline until the server is back, and stops when the token is revoked', async () => {
    const server = await desk();
    const jane = await profile();
    const sam = await profile();
    const story = jane.createStory({ section: 'News', headline: 'Ward closures' });
    jane.saveStory(story.id, story.revision, { body: paragraphs('Three wards closed.') });

    const janeStates: DeskState[] = [];
    const janeSync = live(jane, server, { onState: (state) => janeStates.push(state) });
    const samSync = live(sam, server);
    await janeSync.whenLevel(5_000);
    expect(janeStates).toContain('connected');
    // Sam learns of the story from the newsroom's list, and stores it.
    await waitUntil(() => headlineIn(sam, story.id) === 'Ward closures', 'Sam has the story');
    expect(sam.getStory(story.id).headline).toBe('Ward closures');

    edit(jane, story.id, { headline: 'Ward closures spread' });
    await waitUntil(() => headlineIn(sam, story.id) === 'Ward closures spread', 'Sam has the edit, with no sync asked for');
    await waitUntil(() => jane.desk.updatesWaiting().length === 0, 'the edit is acknowledged');

    // The server goes away; an edit waits in the store, then goes up when it is back on the same address.
    await server.stop();
    await waitUntil(() => janeSync.state() !== 'connected', 'Jane is offline');
    edit(jane, story.id, { headline: 'Ward closures spread north' });
    expect(jane.desk.updatesWaiting()).toEqual([{ storyId: story.id, waiting: 1 }]);
    await server.restart();
    await waitUntil(() => headlineIn(sam, story.id) === 'Ward closures spread north', 'Sam has the offline edit', 40_000);
    await waitUntil(() => jane.desk.updatesWaiting().length === 0, 'the offline edit is acknowledged', 10_000);
    expect(janeStates).toEqual(expect.arrayContaining(['connecting', 'connected', 'offline']));

    revokeToken(server.data, 'jane');
    // Both profiles used Jane's token: each is refused once its connection is closed and its retry turned down.
    await waitUntil(() => janeSync.state() === 'refused' && samSync.state() === 'refused', 'both are refused', 40_000);
  }, 90_000);
});
