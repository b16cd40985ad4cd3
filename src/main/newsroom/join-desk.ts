import { ApiError } from '../../shared/api/api-error';
import type { ApiOutput, ApiParsedInput } from '../../shared/api/contract';
import type { Store } from '../store/store';
import type { AfterDeskPurge } from './desk-documents';
import { checkDeskToken } from './check-desk-token';
import { waitingChanges } from './desk-status';
import { syncWith } from './sync-desk-now';

/**
 * Joins the profile to the desk at `serverUrl`: the server checks the token
 * first (refused or unreachable: nothing is stored), then the membership is
 * stored and every story goes up. A server that stops answering during that
 * first sync leaves the profile joined, its stories waiting for the next sync.
 */
export async function joinDesk(
  store: Store,
  { serverUrl, token, editorName, timeoutSeconds }: ApiParsedInput<'joinDesk'>,
  afterPurge?: AfterDeskPurge,
  imagesDir?: string,
): Promise<ApiOutput<'joinDesk'>> {
  const check = await checkDeskToken(serverUrl, token, timeoutSeconds * 1000);
  if (check === 'refused') {
    throw new ApiError(
      'rejected',
      `The desk at ${serverUrl} refused the token: it is unknown or was revoked. Ask the desk's administrator for one (copydesk server token add NAME) and join again. Nothing was stored.`,
      'token',
    );
  }
  if (check === 'unreachable') {
    throw new ApiError(
      'rejected',
      `Could not reach a desk server at ${serverUrl} within ${timeoutSeconds} s. Check the address (as copydesk server prints it) and that the server runs. Nothing was stored.`,
      'serverUrl',
    );
  }
  store.desk.join(serverUrl, token, editorName ?? null);
  let synced = true;
  try {
    await syncWith(store, store.desk.membership()!, timeoutSeconds, afterPurge, imagesDir);
    store.desk.recordSynced();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    synced = false;
  }
  return { serverUrl, storyCount: store.liveStoryIds().length, synced, waiting: waitingChanges(store) };
}
