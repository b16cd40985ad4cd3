import { ApiError } from '../../shared/api/api-error';
import type { DeskMembership, Store } from '../store/store';
import { storeDeskDocuments, type AfterDeskPurge } from './desk-documents';
import { waitingChanges } from './desk-status';
import { describeLacks } from '../../shared/newsroom/story-lacks';
import { DeskNotLevel, startDeskSync } from './desk-sync';
import { storeProfilePictures } from './profile-pictures';
import type { StoryWait } from './story-channel';

/**
 * Pulls and pushes every story until the profile and the desk agree, then
 * lets go of the connection; refused (edits still waiting in the store) when
 * the server turns the token down or does not get level within the timeout.
 */
export async function syncDeskNow(
  store: Store,
  timeoutSeconds: number,
  afterPurge?: AfterDeskPurge,
  imagesDir?: string,
): Promise<{ serverUrl: string; storyCount: number; syncedAt: string }> {
  const membership = store.desk.membership();
  if (membership === null) {
    throw new ApiError('rejected', 'This profile has not joined a desk. Join one first: copydesk sync join URL --token TOKEN.');
  }
  await syncWith(store, membership, timeoutSeconds, afterPurge, imagesDir);
  store.desk.recordSynced();
  return { serverUrl: membership.serverUrl, storyCount: store.liveStoryIds().length, syncedAt: store.desk.membership()!.lastSyncedAt! };
}

/**
 * One sync with the desk until level; the ApiError says why not. Stories the
 * desk deleted for good are purged on the way, and `afterPurge` finished for
 * each before it returns. With the profile's `imagesDir`, the pictures its
 * stories show go up too (level only once they are on the desk).
 */
export async function syncWith(
  store: Store,
  { serverUrl, token }: DeskMembership,
  timeoutSeconds: number,
  afterPurge?: AfterDeskPurge,
  imagesDir?: string,
): Promise<void> {
  const purges: Promise<unknown>[] = [];
  const documents = storeDeskDocuments(store, (id, purged) => {
    if (afterPurge !== undefined) purges.push(Promise.resolve(afterPurge(id, purged)));
  });
  const pictures = imagesDir === undefined ? undefined : storeProfilePictures(store, imagesDir);
  const sync = startDeskSync({ serverUrl, token, documents, ...(pictures === undefined ? {} : { pictures }) });
  try {
    await sync.whenLevel(timeoutSeconds * 1000);
  } catch (error) {
    if (error instanceof DeskNotLevel) throw notLevel(store, serverUrl, error.state, timeoutSeconds, sync.waiting());
    throw error;
  } finally {
    sync.stop();
    await Promise.allSettled(purges);
  }
}

function notLevel(store: Store, serverUrl: string, state: DeskNotLevel['state'], timeoutSeconds: number, waits: StoryWait[]): ApiError {
  const { waiting } = waitingChanges(store);
  const kept = `${waiting} ${waiting === 1 ? 'change waits in this profile and goes' : 'changes wait in this profile and go'} up at the next sync.`;
  if (state === 'refused') {
    return new ApiError(
      'rejected',
      `The desk at ${serverUrl} refused this profile's token: it is unknown or was revoked. Ask for a new token and join again (copydesk sync join ${serverUrl} --token TOKEN). ${kept}`,
    );
  }
  if (state === 'connected' && waits.length > 0) {
    return new ApiError('rejected', `The desk at ${serverUrl} has stories this profile could not take in yet: ${waits.map(describeWait).join(' ')} ${kept}`);
  }
  if (state === 'connected') {
    return new ApiError('rejected', `The desk at ${serverUrl} did not finish syncing within ${timeoutSeconds} s. ${kept} Run it again, with a longer --timeout for a large first sync.`);
  }
  return new ApiError(
    'rejected',
    `Could not reach the desk at ${serverUrl} within ${timeoutSeconds} s: the server may be down, or this machine offline. ${kept}`,
  );
}

/** One story the store has not taken in from the desk, and why, as a sentence. */
function describeWait(wait: StoryWait): string {
  if ('lacks' in wait) return `Story ${wait.storyId} waits for ${describeLacks(wait.lacks)}, not on this profile yet.`;
  return `Story ${wait.storyId} was refused: ${wait.refused}`;
}
