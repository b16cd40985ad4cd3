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
  /**
   * The shared stories, each with the sequence number of its last stored
   * update, and that of the newsroom copy's, when another process (the
   * command line) stored anything since the last call; null when none did.
   * Updates stored there are not heard by `onLocalUpdate` and
   * `onLocalNewsroomUpdate`.
   */
  storedElsewhere(): { stories: Map<string, number>; newsroom: number } | null;
  /** The stories deleted for good here that the desk has not deleted yet. */
  deletionsWaiting(): string[];
  /** Calls `listener` for each story deleted for good here from now on; returns how to stop. */
  onLocalDeletion(listener: (id: string) => void): () => void;
  /** The desk has deleted the story for good: it is purged here too (if still here), and nothing waits for it. */
  deletedOnDesk(id: string): void;
  /** The profile's copy of the newsroom document as one update, with the sequence number of the last stored update in it; null when it keeps none. */
  newsroom(): { state: Uint8Array; seq: number } | null;
  /** Stores an update of the newsroom document that came through the sync, the author directory following it; its sequence number and the photos this profile lacks. */
  receiveNewsroom(update: Uint8Array): { seq: number; lackingPhotos: string[] };
  /** Writes the newsroom copy's authors into the directory again (all or nothing); the photos this profile lacks, left as they were. */
  applyAuthors(): string[];
  /** Puts the directory's authors the newsroom copy lacks into it (they go up): call once the desk's document is in. */
  shareAuthors(): void;
  /** The server holds the newsroom copy's stored updates up to `seq`. */
  acknowledgeNewsroom(seq: number): void;
  /** Calls `listener` for each update of its own the profile stores in its newsroom copy (an author added, edited or merged away here); returns how to stop. */
  onLocalNewsroomUpdate(listener: (update: Uint8Array, seq: number) => void): () => void;
}

/** What the profile does besides its store when the desk deletes one of its stories (its backups and pictures: the operations layer's part). */
export type AfterDeskPurge = (id: string, purged: { images: string[]; walEmptied: boolean }) => Promise<unknown> | void;

/** The desk documents of a profile's store; `afterPurge` finishes a purge the desk asked for as a local one is finished. */
export function storeDeskDocuments(store: Store, afterPurge: AfterDeskPurge = () => undefined): DeskDocuments {
  const document = (id: string) => {
    try {
      return store.documents.stateAt(id);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') return null;
      throw error;
    }
  };
  let dataVersion = store.dataVersion();
  return {
    storyIds: () => store.liveStoryIds(),
    document,
    share: (id) => store.documents.share(id),
    // One transaction, so the sequence number is the received update's (or later) and no other process's.
    receive: (id, update) =>
      store.runInTransaction(() => {
        store.documents.receiveUpdate(id, update);
        return document(id)?.seq ?? null;
      }),
    acknowledge: (id, seq) => store.desk.acknowledgeUpdates(id, seq),
    onLocalUpdate: (listener) =>
      store.documents.onUpdate((id, update, seq, origin) => {
        if (origin === 'local') listener(id, update, seq);
      }),
    storedElsewhere: () => {
      const version = store.dataVersion();
      if (version === dataVersion) return null;
      dataVersion = version;
      return { stories: store.documents.updateMarks(), newsroom: store.authors.deskDocumentSeq() };
    },
    deletionsWaiting: () => store.desk.deletionsWaiting(),
    onLocalDeletion: (listener) => store.desk.onDeletion(listener),
    deletedOnDesk: (id) => {
      const purged = store.desk.purgeDeleted(id);
      if (purged !== null) void afterPurge(id, purged);
    },
    newsroom: () => store.authors.deskDocument(),
    receiveNewsroom: (update) => store.authors.receiveFromDesk(update),
    applyAuthors: () => store.authors.applyDeskDocument().lackingPhotos,
    shareAuthors: () => store.authors.shareWithDesk(),
    acknowledgeNewsroom: (seq) => store.desk.acknowledgeNewsroom(seq),
    onLocalNewsroomUpdate: (listener) => store.authors.onDeskUpdate(listener),
  };
}
