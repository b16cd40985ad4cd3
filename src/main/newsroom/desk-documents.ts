import { ApiError } from '../../shared/api/api-error';
import type { Store } from '../store/store';

/** What the desk sync needs from a profile's store. */
export interface DeskDocuments {
  /** Every story to sync: those not deleted for good. */
  storyIds(): string[];
  /** The story's document as one update, with the sequence number of the last stored update in it; null when it has none. */
  document(id: string): { state: Uint8Array; seq: number } | null;
  /** Gives the story its document, from its rows, if it has none. */
  share(id: string): void;
  /** Stores an update from the desk (a story not seen before is made); its sequence number, or null when the story was deleted for good here. */
  receive(id: string, update: Uint8Array): number | null;
  /** The server holds the story's stored updates up to `seq`. */
  acknowledge(id: string, seq: number): void;
  /** Calls `listener` for each update of its own the profile stores; returns how to stop. */
  onLocalUpdate(listener: (id: string, update: Uint8Array, seq: number) => void): () => void;
}

/** The desk documents of a profile's store. */
export function storeDeskDocuments(store: Store): DeskDocuments {
  const document = (id: string) => {
    try {
      return store.storyDocumentAt(id);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') return null;
      throw error;
    }
  };
  return {
    storyIds: () => store.liveStoryIds(),
    document,
    share: (id) => store.shareStory(id),
    // One transaction, so the sequence number is the received update's (or later) and no other process's.
    receive: (id, update) =>
      store.runInTransaction(() => {
        store.receiveStoryUpdate(id, update);
        return document(id)?.seq ?? null;
      }),
    acknowledge: (id, seq) => store.acknowledgeStoryUpdates(id, seq),
    onLocalUpdate: (listener) =>
      store.onStoryUpdate((id, update, seq, origin) => {
        if (origin === 'local') listener(id, update, seq);
      }),
  };
}
