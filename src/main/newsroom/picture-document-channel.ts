import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { PICTURE_REFUSED_REASON, pictureDocumentName } from '../../shared/newsroom/desk-protocol';

/** Why a picture's document could not be used: the desk refused the write or the token, or the transport was stopped. */
export class PictureChannelClosed extends Error {
  constructor(readonly why: 'refused' | 'token-refused' | 'stopped') {
    super(`The picture's document was closed (${why}).`);
    this.name = 'PictureChannelClosed';
  }
}

/**
 * One picture's document, opened on the sync's socket for as long as one
 * publish or fetch takes: the caller waits until it is synced (or until a
 * write is acknowledged), then closes it. While the socket is offline the
 * waits last until it is back; a refusal or `close` ends them with
 * PictureChannelClosed.
 */
export class PictureDocumentChannel {
  readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private closed: PictureChannelClosed | null = null;
  private readonly waiting = new Set<{ ready: () => boolean; resolve: () => void; reject: (error: Error) => void }>();

  constructor(socket: HocuspocusProviderWebsocket, token: string, sha256: string) {
    this.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: pictureDocumentName(sha256),
      document: this.doc,
      token,
      // No one's presence on a picture.
      awareness: null,
      onAuthenticationFailed: () => this.close('token-refused'),
      // The server closes only this document's connection when it refuses a write; a lost socket is waited out.
      onClose: ({ event }) => {
        if (event.reason === PICTURE_REFUSED_REASON) this.close('refused');
      },
      onSynced: () => this.check(),
      onUnsyncedChanges: () => this.check(),
    });
    this.doc.on('update', () => this.check());
    this.provider.attach();
  }

  /** Resolves once the server's copy of the document is here. */
  synced(): Promise<void> {
    return this.until(() => this.provider.synced);
  }

  /** Resolves once the server has acknowledged every write made here. */
  acknowledged(): Promise<void> {
    return this.until(() => this.provider.synced && this.provider.unsyncedChanges === 0);
  }

  /** Resolves true once anything is written to the document (the server relays a picture published meanwhile), false after `timeoutMs`. */
  async written(timeoutMs: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([this.until(() => this.doc.store.clients.size > 0).then(() => true), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Lets go of the document (the socket stays); pending waits end with `why`. */
  close(why: PictureChannelClosed['why'] = 'stopped'): void {
    if (this.closed !== null) return;
    this.closed = new PictureChannelClosed(why);
    this.provider.destroy();
    this.doc.destroy();
    for (const wait of this.waiting) wait.reject(this.closed);
    this.waiting.clear();
  }

  private until(ready: () => boolean): Promise<void> {
    if (this.closed !== null) return Promise.reject(this.closed);
    if (ready()) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiting.add({ ready, resolve, reject }));
  }

  private check(): void {
    for (const wait of this.waiting) {
      if (!wait.ready()) continue;
      this.waiting.delete(wait);
      wait.resolve();
    }
  }
}
