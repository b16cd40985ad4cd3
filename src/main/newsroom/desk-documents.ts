import { ApiError } from '../../shared/api/api-error';
import type { DeskAuthor } from '../../shared/newsroom/desk-authors';
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
   * update, when another process (the command line) stored anything since
   * the last call; empty when none did. Updates stored there are not heard
   * by `onLocalUpdate`.
   */
  storedElsewhere(): Map<string, number>;
  /** The stories deleted for good here that the desk has not deleted yet. */
  deletionsWaiting(): string[];
  /** Calls `listener` for each story deleted for good here from now on; returns how to stop. */
  onLocalDeletion(listener: (id: string) => void): () => void;
  /** The desk has deleted the story for good: it is purged here too (if still here), and nothing waits for it. */
  deletedOnDesk(id: string): void;
  /** Every author of the directory, deleted (merged) ones included. */
  authors(): DeskAuthor[];
  /** Writes the desk's authors into the directory (all or nothing); the photos this profile lacks, left as they were. */
  applyAuthors(authors: Iterable<DeskAuthor>): string[];
  /** Calls `listener` for each author added, edited or merged away here; returns how to stop. */
  onLocalAuthorChange(listener: (id: string) => void): () => void;
  /** Whether the profile holds this picture. */
  hasPicture(sha256: string): boolean;
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
      if (version === dataVersion) return new Map();
      dataVersion = version;
      return store.documents.updateMarks();
    },
    deletionsWaiting: () => store.desk.deletionsWaiting(),
    onLocalDeletion: (listener) => store.desk.onDeletion(listener),
    deletedOnDesk: (id) => {
      const purged = store.desk.purgeDeleted(id);
      if (purged !== null) void afterPurge(id, purged);
    },
    authors: () => store.authors.forDesk(),
    applyAuthors: (authors) => store.authors.applyFromDesk(authors).lackingPhotos,
    onLocalAuthorChange: (listener) => store.authors.onChange(listener),
    hasPicture: (sha256) => store.images.has(sha256),
  };
}
