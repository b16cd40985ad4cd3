import type { Provider, ProviderAwareness } from '@lexical/yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CopydeskApi } from '../../shared/api/contract';
import { MAX_UPDATES_WAIT_MS } from '../../shared/api/contract/shared-editing';

/** The operations the provider needs: open the story's document, wait for its updates, save the editor's. */
export type SharedEditingApi = Pick<CopydeskApi, 'openSharedStory' | 'waitForStoryUpdates' | 'saveStory'>;

export type StoryDocumentProviderOptions = {
  /** How long the editor's updates gather before they are saved together. */
  sendAfterMs?: number;
  /** The revision a save of the editor's updates made (the page keeps it for its other saves). */
  onSaved?: (revision: number) => void;
  /** A save or a wait failed; the provider tries again after `retryMs`. */
  onError?: (error: unknown) => void;
  retryMs?: number;
};

type Events = {
  sync: (isSynced: boolean) => void;
  status: (status: { status: string }) => void;
  update: (update: unknown) => void;
  reload: (doc: Y.Doc) => void;
};

/**
 * The Yjs provider the body editor's collaboration binding uses on a shared
 * story (docs/newsroom.md). It talks to the profile through the operations
 * layer, not to the server: the editor's updates go through saveStory
 * (`changes.bodyUpdate`, the one save path), and everything stored for the
 * story since (the desk's edits, another window's) comes back through
 * waitForStoryUpdates. The profile's desk sync carries both to and from
 * the server, and keeps them while offline.
 */
export class StoryDocumentProvider implements Provider {
  readonly awareness: ProviderAwareness;
  private readonly listeners: { [E in keyof Events]: Set<Events[E]> } = { sync: new Set(), status: new Set(), update: new Set(), reload: new Set() };
  private connected = false;
  private seq = 0;
  private pending: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending: Promise<void> | undefined;
  private revision: number;

  constructor(
    private readonly doc: Y.Doc,
    private readonly storyId: string,
    revision: number,
    private readonly api: SharedEditingApi,
    private readonly options: StoryDocumentProviderOptions = {},
  ) {
    this.revision = revision;
    // y-protocols' Awareness is what @lexical/yjs expects, typed more loosely (its states are any objects).
    this.awareness = new Awareness(doc) as unknown as ProviderAwareness;
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    this.connected = true;
    this.emit('status', { status: 'connecting' });
    const opened = await this.api.openSharedStory({ id: this.storyId });
    if (opened === null) throw new Error('This story is not shared, so it cannot be edited together.');
    if (!this.connected) return;
    Y.applyUpdate(this.doc, fromBase64(opened.state), this);
    this.seq = opened.seq;
    this.doc.on('update', this.takeUpdate);
    this.emit('status', { status: 'connected' });
    this.emit('sync', true);
    void this.listen();
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    this.doc.off('update', this.takeUpdate);
    void this.flush();
    this.emit('status', { status: 'disconnected' });
  }

  /** Saves what the editor changed and has not yet saved; resolves once it is stored. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.sending !== undefined) await this.sending;
    if (this.pending.length === 0) return;
    const updates = this.pending;
    this.pending = [];
    this.sending = this.save(Y.mergeUpdates(updates)).finally(() => (this.sending = undefined));
    await this.sending;
  }

  on<E extends keyof Events>(type: E, listener: Events[E]): void {
    this.listeners[type].add(listener);
  }

  off<E extends keyof Events>(type: E, listener: Events[E]): void {
    this.listeners[type].delete(listener);
  }

  private readonly takeUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    this.pending.push(update);
    this.timer ??= setTimeout(() => void this.flush(), this.options.sendAfterMs ?? 250);
  };

  private async save(update: Uint8Array): Promise<void> {
    try {
      const ack = await this.api.saveStory({ id: this.storyId, baseRevision: this.revision, changes: { bodyUpdate: toBase64(update) } });
      this.revision = ack.revision;
      this.options.onSaved?.(ack.revision);
    } catch (error) {
      // Kept for the next try: an edit is never dropped because a save failed.
      this.pending.unshift(update);
      this.options.onError?.(error);
      this.timer ??= setTimeout(() => void this.flush(), this.options.retryMs ?? 2_000);
    }
  }

  private async listen(): Promise<void> {
    while (this.connected) {
      try {
        const { updates, seq } = await this.api.waitForStoryUpdates({ id: this.storyId, after: this.seq, waitMs: MAX_UPDATES_WAIT_MS });
        if (!this.connected) return;
        this.seq = seq;
        if (updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(updates.map((update) => fromBase64(update))), this);
      } catch (error) {
        this.options.onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, this.options.retryMs ?? 2_000));
      }
    }
  }

  private emit<E extends keyof Events>(type: E, ...args: Parameters<Events[E]>): void {
    for (const listener of this.listeners[type]) (listener as (...values: Parameters<Events[E]>) => void)(...args);
  }
}
