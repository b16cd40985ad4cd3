import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DELETED_FOR_GOOD_REASON, readDeskMessage, storyDocumentName, writeDeskMessage } from '../../shared/newsroom/desk-protocol';
import { StoryLacksError, type StoryLacks } from '../../shared/newsroom/story-lacks';
import type { DeskDocuments } from './desk-documents';

/**
 * Why the desk's version of a story is not in the store: what the profile
 * lacks to store it (it may come), or the store's refusal (bad input: only
 * a later update of the story can mend it).
 */
export type StoryWait = { storyId: string; lacks: StoryLacks } | { storyId: string; refused: string };

/** The origin of edits applied from the store: the provider sends them up. */
const FROM_STORE = Symbol('from the profile store');

/**
 * One story's document, kept level with the server through its provider:
 * updates the profile stores go up, updates from the desk are stored, and
 * once the server has everything (synced, nothing unacknowledged) the
 * stored updates up to the last one in the document are marked as on the server.
 */
export class StoryChannel {
  private readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  /** Who has the story open: this profile's editor (its local state, null while none) and the other profiles'. */
  readonly awareness = new Awareness(this.doc);
  /** The sequence number of the last stored update the document holds. */
  private seq = 0;
  /** The server refused this story's document: it syncs no more. */
  private refused = false;
  /** The story was deleted for good here: the desk is asked to delete it, on each connection until it says it is gone. */
  private deleting = false;
  /** The store did not take the desk's version in (it lacks something, or refused it): not level until it does. */
  private wait: StoryWait | null = null;

  constructor(
    readonly storyId: string,
    socket: HocuspocusProviderWebsocket,
    token: string,
    private readonly documents: DeskDocuments,
    /** Told once the story was deleted for good on the desk (and so purged here). */
    private readonly onGone: () => void = () => undefined,
    /** Told when another profile's presence on the story changes. */
    onPresence: () => void = () => undefined,
    /** Told each time the store turns the desk's version down for lacking something. */
    private readonly onLacking: (lacks: StoryLacks) => void = () => undefined,
  ) {
    // Present only while an editor here has the story open (setLocalState from the live desk).
    this.awareness.setLocalState(null);
    this.awareness.on('update', (_change: unknown, origin: unknown) => {
      if (origin !== 'local') onPresence();
    });
    const stored = documents.document(storyId);
    if (stored !== null) {
      Y.applyUpdate(this.doc, stored.state, FROM_STORE);
      this.seq = stored.seq;
    }
    this.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: storyDocumentName(storyId),
      document: this.doc,
      token,
      awareness: this.awareness,
      // The token is judged on the newsroom document; a story's own refusal is that story's.
      onAuthenticationFailed: ({ reason }) => (reason === DELETED_FOR_GOOD_REASON ? this.gone() : this.close()),
      onStateless: ({ payload }) => {
        if (readDeskMessage(payload)?.type === 'deleted-for-good') this.gone();
      },
      onSynced: () => {
        if (this.deleting) this.sendDeletion();
        this.acknowledgeIfLevel();
      },
      onUnsyncedChanges: () => this.acknowledgeIfLevel(),
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this.provider) this.received(update);
    });
    this.provider.attach();
  }

  /** An update the profile stored: applied in order, or else the store's whole document is caught up with. */
  stored(update: Uint8Array, seq: number): void {
    if (seq === this.seq + 1) {
      Y.applyUpdate(this.doc, update, FROM_STORE);
      this.seq = seq;
    } else if (seq > this.seq) {
      this.catchUp();
    }
  }

  /** The store holds the story's updates up to `seq` (another process stored some): those the document lacks are taken in and go up. */
  storedUpTo(seq: number): void {
    if (seq > this.seq) this.catchUp();
  }

  /**
   * Asks the desk to delete the story for good (it was here); done once the
   * desk says it is gone. On the channel already open, since a document
   * closed and opened again at once on one connection is not reliably let in again.
   */
  deleteForGood(): void {
    if (this.deleting || this.refused) return;
    this.deleting = true;
    if (this.provider.synced) this.sendDeletion();
  }

  /**
   * Whether the server has this document as the profile has it, and the
   * profile's store has the server's (or the server refuses the document:
   * nothing to sync); for a story deleted here, whether the desk deleted it.
   */
  get level(): boolean {
    if (this.refused) return true;
    return !this.deleting && this.wait === null && this.provider.synced && this.provider.unsyncedChanges === 0;
  }

  /** Why the store does not hold the desk's version yet; null when it does. */
  get waiting(): StoryWait | null {
    return this.refused ? null : this.wait;
  }

  /** Offers the store the desk's version again, now that what it lacked may be here. */
  retry(): void {
    if (this.wait !== null && !this.refused) this.take(this.missingFromStore());
  }

  /** Marks the stored updates the document holds as on the server, when it is level. */
  acknowledgeIfLevel(): void {
    if (!this.refused && this.level && this.seq > 0) this.documents.acknowledge(this.storyId, this.seq);
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }

  private close(): void {
    if (this.refused) return;
    this.refused = true;
    this.provider.destroy();
  }

  private sendDeletion(): void {
    this.provider.sendStateless(writeDeskMessage({ type: 'delete-for-good' }));
  }

  /** Deleted for good on the desk: purged here too (if still here), and no longer synced. */
  private gone(): void {
    if (this.refused) return;
    this.close();
    this.documents.deletedOnDesk(this.storyId);
    this.onGone();
  }

  /** While the store waits for an earlier update, a later one needs it: everything the store lacks goes in together. */
  private received(update: Uint8Array): void {
    this.take(this.wait === null ? update : this.missingFromStore());
  }

  private take(update: Uint8Array): void {
    let seq: number | null;
    try {
      seq = this.documents.receive(this.storyId, update);
    } catch (error) {
      // Thrown inside the provider's handling of a message: kept here, never let out to break the connection.
      this.wait =
        error instanceof StoryLacksError
          ? { storyId: this.storyId, lacks: error.lacks }
          : { storyId: this.storyId, refused: error instanceof Error ? error.message : String(error) };
      if (error instanceof StoryLacksError) this.onLacking(error.lacks);
      return;
    }
    this.wait = null;
    if (seq === null) return;
    // Updates stored by another process in between are not in the document yet: take them in (they go up).
    if (seq === this.seq + 1) this.seq = seq;
    else this.catchUp();
    this.acknowledgeIfLevel();
  }

  /** What the document holds and the store's copy of the story does not, as one update. */
  private missingFromStore(): Uint8Array {
    const stored = this.documents.document(this.storyId);
    return Y.encodeStateAsUpdate(this.doc, stored === null ? undefined : Y.encodeStateVectorFromUpdate(stored.state));
  }

  /** Takes in everything the store holds of the story; what the document lacked goes up. */
  private catchUp(): void {
    const stored = this.documents.document(this.storyId);
    if (stored === null) return;
    Y.applyUpdate(this.doc, stored.state, FROM_STORE);
    this.seq = stored.seq;
  }
}
