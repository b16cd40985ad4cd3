import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DELETED_FOR_GOOD_REASON, readDeskMessage, storyDocumentName, writeDeskMessage } from '../../shared/newsroom/desk-protocol';
import type { DeskDocuments } from './desk-documents';

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

  constructor(
    readonly storyId: string,
    socket: HocuspocusProviderWebsocket,
    token: string,
    private readonly documents: DeskDocuments,
    /** Told once the story was deleted for good on the desk (and so purged here). */
    private readonly onGone: () => void = () => undefined,
    /** Told when another profile's presence on the story changes. */
    onPresence: () => void = () => undefined,
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

  /** Whether the server has this document as the profile has it, and the profile has the server's (or refuses it: nothing to sync); for a story deleted here, whether the desk deleted it. */
  get level(): boolean {
    if (this.refused) return true;
    return !this.deleting && this.provider.synced && this.provider.unsyncedChanges === 0;
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

  private received(update: Uint8Array): void {
    const seq = this.documents.receive(this.storyId, update);
    if (seq === null) return;
    // Updates stored by another process in between are not in the document yet: take them in (they go up).
    if (seq === this.seq + 1) this.seq = seq;
    else this.catchUp();
    this.acknowledgeIfLevel();
  }

  /** Takes in everything the store holds of the story; what the document lacked goes up. */
  private catchUp(): void {
    const stored = this.documents.document(this.storyId);
    if (stored === null) return;
    Y.applyUpdate(this.doc, stored.state, FROM_STORE);
    this.seq = stored.seq;
  }
}
