import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeDeskDocuments } from '../../../src/main/newsroom/desk-documents';
import { DeskNotLevel, startDeskSync, type DeskSync } from '../../../src/main/newsroom/desk-sync';
import { syncDeskNow } from '../../../src/main/newsroom/sync-desk-now';
import type { Store } from '../../../src/main/store/store';
import type { NewsroomServer } from '../../../src/server/newsroom-server';
import { addToken } from '../../../src/server/newsroom-tokens';
import type { StoryLacks } from '../../../src/shared/newsroom/story-lacks';
import { makeTempDir, openTestStore, paragraphs, removeTempDir } from '../store/store-fixtures';
import { serveDesk } from './desk-fixtures';

let dirs: string[];
let stores: Store[];
let syncs: DeskSync[];
let servers: NewsroomServer[];

beforeEach(() => {
  dirs = [];
  stores = [];
  syncs = [];
  servers = [];
});
afterEach(async () => {
  for (const sync of syncs) sync.stop();
  for (const server of servers) await server.stop();
  for (const store of stores) store.close();
  for (const dir of dirs) await removeTempDir(dir);
});

async function profile(): Promise<Store> {
  const dir = await makeTempDir();
  dirs.push(dir);
  const { store } = openTestStore(dir);
  stores.push(store);
  return store;
}

async function desk(): Promise<{ url: string; token: string }> {
  const data = await makeTempDir();
  dirs.push(data);
  const token = addToken(data, 'jane', new Date());
  const server = await serveDesk(data);
  servers.push(server);
  return { url: server.url, token };
}

function live(store: Store, { url, token }: { url: string; token: string }, onLacking?: (storyId: string, lacks: StoryLacks) => void): DeskSync {
  const sync = startDeskSync({ serverUrl: url, token, documents: storeDeskDocuments(store), onLacking });
  syncs.push(sync);
  return sync;
}

const photo = { sha256: 'a'.repeat(64), ext: 'jpg', mime: 'image/jpeg', width: 800, height: 600, byteSize: 4321 };

describe('a story from the desk that needs a picture this profile does not hold', () => {
  it('waits, unstored and not level, names what it lacks, and is taken in once the picture is here', async () => {
    const server = await desk();
    const jane = await profile();
    jane.recordImage(photo);
    const story = jane.createStory({ section: 'News', headline: 'Ward closures' });
    jane.saveStory(story.id, story.revision, {
      body: paragraphs('Three wards closed.'),
      leadImage: { sha256: photo.sha256, alt: 'A closed ward', caption: '', credit: '' },
    });
    await live(jane, server).whenLevel(10_000);

    const amir = await profile();
    const lacking: [string, StoryLacks][] = [];
    const sync = live(amir, server, (storyId, lacks) => lacking.push([storyId, lacks]));
    await expect(sync.whenLevel(1_500)).rejects.toBeInstanceOf(DeskNotLevel);
    expect(amir.liveStoryIds()).toEqual([]);
    expect(sync.waiting()).toEqual([{ storyId: story.id, lacks: { authors: [], pictures: [photo.sha256] } }]);
    expect(lacking).toContainEqual([story.id, { authors: [], pictures: [photo.sha256] }]);

    amir.recordImage(photo);
    sync.retryWaiting();
    await sync.whenLevel(10_000);
    expect(sync.waiting()).toEqual([]);
    expect(amir.getStory(story.id)).toMatchObject({ headline: 'Ward closures', leadImage: { sha256: photo.sha256, alt: 'A closed ward' } });
  });

  it('makes sync now fail within its timeout, naming the story and the picture', async () => {
    const server = await desk();
    const jane = await profile();
    jane.recordImage(photo);
    const story = jane.createStory({ section: 'News', headline: 'Ward closures' });
    jane.saveStory(story.id, story.revision, { leadImage: { sha256: photo.sha256, alt: 'A closed ward', caption: '', credit: '' } });
    await live(jane, server).whenLevel(10_000);

    const amir = await profile();
    amir.joinDesk(server.url, server.token);
    await expect(syncDeskNow(amir, 2)).rejects.toThrow(
      `The desk at ${server.url} has stories this profile could not take in yet: Story ${story.id} waits for the picture aaaaaaaaaaaa…, not on this profile yet.`,
    );
    expect(amir.deskMembership()?.lastSyncedAt).toBeNull();
  });
});
