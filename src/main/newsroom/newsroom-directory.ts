import * as Y from 'yjs';
import type { DeskDocuments } from './desk-documents';

/** The origin of updates applied from the store: the provider sends them up, and they are not stored again. */
const FROM_STORE = Symbol('from the profile store');

/**
 * The newsroom document on the sync's side (docs/newsroom.md), for the
 * newsroom list's provider: it starts as the profile's copy in the store, an
 * update the profile stores there (an author changed here, online or
 * offline) is applied and goes up, and every other update of it (the
 * desk's, the list's own) is stored, the author directory following. Once
 * the desk's document is in, the directory's authors it lacks go in whole.
 */
export class NewsroomDirectory {
  readonly doc = new Y.Doc();
  /** The sequence number of the last stored update the document holds. */
  private seq = 0;
  /** The store did not take an update in (it failed): offered again on the next retry, and not level until then. */
  private unstored = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly documents: DeskDocuments,
    private readonly handlers: {
      /** Told after the directory followed the document, with the photos this profile lacks. */
      onApplied: (lackingPhotos: string[]) => void;
      /** Whether the server has everything the document holds (the newsroom list's provider). */
      onServer: () => boolean;
    },
  ) {
    const stored = documents.newsroom();
    if (stored !== null) {
      Y.applyUpdate(this.doc, stored.state, FROM_STORE);
      this.seq = stored.seq;
    }
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_STORE) this.take(update);
    });
    this.stopListening = documents.onLocalNewsroomUpdate((update, seq) => this.stored(update, seq));
  }

  /** The desk's newsroom document is in: the directory's authors it lacks go in (and up), then the directory follows it. */
  synced(): void {
    this.documents.shareAuthors();
    this.apply();
  }

  /** Writes the document's authors into the directory again (a photo lacking before may be stored now); what the store failed to take is offered again first. */
  apply(): void {
    if (this.unstored) this.take(this.missingFromStore());
    this.handlers.onApplied(this.documents.applyAuthors());
  }

  /** Marks the stored updates the document holds as on the server, when they are. */
  acknowledgeIfLevel(): void {
    if (this.level && this.seq > 0 && this.handlers.onServer()) this.documents.acknowledgeNewsroom(this.seq);
  }

  /** Another process stored updates of the copy up to `seq`: those the document lacks are taken in and go up. */
  storedUpTo(seq: number): void {
    if (seq > this.seq) this.catchUp();
  }

  /** Whether the store holds everything the document does. */
  get level(): boolean {
    return !this.unstored;
  }

  destroy(): void {
    this.stopListening();
    this.doc.destroy();
  }

  /** An update the profile stored: applied in order, or else the store's whole copy is caught up with. */
  private stored(update: Uint8Array, seq: number): void {
    if (seq === this.seq + 1) {
      Y.applyUpdate(this.doc, update, FROM_STORE);
      this.seq = seq;
    } else if (seq > this.seq) {
      this.catchUp();
    }
  }

  private take(update: Uint8Array): void {
    let taken: { seq: number; lackingPhotos: string[] };
    try {
      taken = this.documents.receiveNewsroom(update);
    } catch {
      // Thrown inside the provider's handling of a message: kept here, never let out to break the connection.
      this.unstored = true;
      return;
    }
    this.unstored = false;
    // Updates stored by another process in between are not in the document yet: take them in (they go up).
    if (taken.seq === this.seq + 1) this.seq = taken.seq;
    else this.catchUp();
    this.acknowledgeIfLevel();
    this.handlers.onApplied(taken.lackingPhotos);
  }

  /** What the document holds and the store's copy does not, as one update. */
  private missingFromStore(): Uint8Array {
    const stored = this.documents.newsroom();
    return Y.encodeStateAsUpdate(this.doc, stored === null ? undefined : Y.encodeStateVectorFromUpdate(stored.state));
  }

  private catchUp(): void {
    const stored = this.documents.newsroom();
    if (stored === null) return;
    Y.applyUpdate(this.doc, stored.state, FROM_STORE);
    this.seq = stored.seq;
  }
}
