import { describe, expect, it } from 'vitest';
import { DeskNotLevel } from '../../../src/main/newsroom/desk-sync';
import { syncDeskNow } from '../../../src/main/newsroom/sync-desk-now';
import type { StoryLacks } from '../../../src/shared/newsroom/story-lacks';
import { paragraphs } from '../store/store-fixtures';
import { liveDesksForEachTest } from './desk-fixtures';

const { profile, desk, live } = liveDesksForEachTest();

const photo = { sha256: 'a'.repeat(64), ext: 'jpg', mime: 'image/jpeg', width: 800, height: 600, byteSize: 4321 };

describe('a story from the desk that needs a picture this profile does not hold', () => {
  it('waits, unstored and not level, names what it lacks, and is taken in once the picture is here', async () => {
    const server = await desk();
    const jane = await profile();
    jane.images.record(photo);
    const story = jane.createStory({ section: 'News', headline: 'Ward closures' });
    jane.saveStory(story.id, story.revision, {
      body: paragraphs('Three wards closed.'),
      leadImage: { sha256: photo.sha256, alt: 'A closed ward', caption: '', credit: '' },
    });
    await live(jane, server).whenLevel(10_000);

    const amir = await profile();
    const lacking: [string | null, StoryLacks][] = [];
    const sync = live(amir, server, { onLacking: (storyId, lacks) => lacking.push([storyId, lacks]) });
    await expect(sync.whenLevel(1_500)).rejects.toBeInstanceOf(DeskNotLevel);
    expect(amir.liveStoryIds()).toEqual([]);
    expect(sync.waiting()).toEqual([{ storyId: story.id, lacks: { authors: [], pictures: [photo.sha256] } }]);
    expect(lacking).toContainEqual([story.id, { authors: [], pictures: [photo.sha256] }]);

    amir.images.record(photo);
    sync.retryWaiting();
    await sync.whenLevel(10_000);
    expect(sync.waiting()).toEqual([]);
    expect(amir.getStory(story.id)).toMatchObject({ headline: 'Ward closures', leadImage: { sha256: photo.sha256, alt: 'A closed ward' } });
  });

  it('makes sync now fail within its timeout, naming the story and the picture', async () => {
    const server = await desk();
    const jane = await profile();
    jane.images.record(photo);
    const story = jane.createStory({ section: 'News', headline: 'Ward closures' });
    jane.saveStory(story.id, story.revision, { leadImage: { sha256: photo.sha256, alt: 'A closed ward', caption: '', credit: '' } });
    await live(jane, server).whenLevel(10_000);

    const amir = await profile();
    amir.desk.join(server.url, server.token);
    await expect(syncDeskNow(amir, 2)).rejects.toThrow(
      `The desk at ${server.url} has stories this profile could not take in yet: Story ${story.id} waits for the picture aaaaaaaaaaaa…, not on this profile yet.`,
    );
    expect(amir.desk.membership()?.lastSyncedAt).toBeNull();
  });
});
