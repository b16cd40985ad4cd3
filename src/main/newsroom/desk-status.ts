import type { ApiOutput } from '../../shared/api/contract';
import type { Store } from '../store/store';

export type DeskStatus = ApiOutput<'getDeskStatus'>;

/** The changes stored on the profile that the server has not acknowledged, in all, story by story and in the author directory. */
export function waitingChanges(store: Store): DeskStatus['waiting'] {
  const stories = store.desk.updatesWaiting();
  const authors = store.desk.newsroomUpdatesWaiting();
  return { waiting: stories.reduce((sum, story) => sum + story.waiting, authors), stories, authors };
}

/** Whether the profile joined a desk, where and when, and what waits to go up; never the token. */
export function deskStatus(store: Store): DeskStatus {
  const membership = store.desk.membership();
  return {
    joined: membership !== null,
    serverUrl: membership?.serverUrl ?? null,
    joinedAt: membership?.joinedAt ?? null,
    lastSyncedAt: membership?.lastSyncedAt ?? null,
    editorName: membership === null ? null : store.desk.editorName(),
    waiting: waitingChanges(store),
  };
}
