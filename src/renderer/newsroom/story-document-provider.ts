import type { Provider, ProviderAwareness, UserState } from '@lexical/yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { applyAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CopydeskApi } from '../../shared/api/contract';
import { MAX_UPDATES_WAIT_MS } from '../../shared/api/contract/shared-editing';
import type { SaveState } from '../story/save-throttle';

/** The operations the provider needs: open the story's document, wait for its updates, save the editor's. */
export type SharedEditingApi = Pick<CopydeskApi, 'openSharedStory' | 'waitForStoryUpdates' | 'saveStory' | 'setStoryPresence'>;

/** Where this editor's edits stand: all saved, gathering, being sent, or a failed save waiting for its retry. */
export type BodySaveState = Exclude<SaveState, 'halted'>;

export type StoryDocumentProviderOptions = {
  /** How long the editor's updates gather before they are saved together. */
  sendAfterMs?: number;
  /** The revision a save of the editor's updates made (the page keeps it for its other saves). */
  onSaved?: (revision: number) => void;
  /** Someone else's edit of the story (its body or its fields) arrived. */
  onRemoteChange?: () => void;
  /** Where this editor's edits stand, each time that changes; with a failed save, why it failed. */
  onSaveState?: (state: BodySaveState, error: unknown) => void;
  /** A save or a wait failed; the provider tries again after `retryMs`. */
  onError?: (error: unknown) => void;
  retryMs?: number;
};

/** How long this editor's presence changes gather before they go out (a caret moving on each keystroke). */
const PRESENCE_SEND_MS = 150;

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
  /** Who has the story open: this editor's state (name, colour, caret), the other profiles' from the desk. */
  private readonly presence: Awareness;
  private presenceVersion = 0;
  private presenceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: { [E in keyof Events]: Set<Events[E]> } = { sync: new Set(), status: new Set(), update: new Set(), reload: new Set() };
  private connected = false;
  /** How many times connect was called and not yet disconnect. */
  private users = 0;
  private opening: Promise<void> | undefined;
  /** Moves on at each disconnect, so an opening or a wait from before it lets go. */
  private generation = 0;
  private seq = 0;
  private pending: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending: Promise<void> | undefined;
  private revision: number;
  /** The last save failed (why, in saveError), until one succeeds. */
  private failed = false;
  private saveError: unknown = null;
  private saveState: BodySaveState = 'saved';

  constructor(
    private readonly doc: Y.Doc,
    private readonly storyId: string,
    revision: number,
    private readonly api: SharedEditingApi,
    private readonly options: StoryDocumentProviderOptions = {},
  ) {
    this.revision = revision;
    this.presence = new Awareness(doc);
    // y-protocols' Awareness is what @lexical/yjs expects, typed more loosely (its states are any objects).
    this.awareness = this.presence as unknown as ProviderAwareness;
    this.presence.on('update', this.presenceChanged);
  }

  /**
   * Counted: the collaboration plugin may connect twice and disconnect once
   * in between (React's strict mode runs its effects twice), and a
   * disconnect with nobody connected is ignored.
   */
  connect(): Promise<void> {
    this.users += 1;
    this.opening ??= this.open(this.generation);
    return this.opening;
  }

  disconnect(): void {
    if (this.users === 0) return;
    this.users -= 1;
    if (this.users > 0) return;
    this.opening = undefined;
    this.generation += 1;
    if (!this.connected) return;
    this.connected = false;
    this.doc.off('update', this.takeUpdate);
    void this.flush();
    clearTimeout(this.presenceTimer);
    this.presence.destroy();
    this.api.setStoryPresence({ id: this.storyId, presence: null }).catch((error: unknown) => this.options.onError?.(error));
    this.emit('status', { status: 'disconnected' });
  }

  private async open(generation: number): Promise<void> {
    this.emit('status', { status: 'connecting' });
    const opened = await this.api.openSharedStory({ id: this.storyId });
    if (opened === null) throw new Error('This story is not shared, so it cannot be edited together.');
    if (generation !== this.generation) return;
    this.connected = true;
    Y.applyUpdate(this.doc, fromBase64(opened.state), this);
    this.seq = opened.seq;
    this.doc.on('update', this.takeUpdate);
    this.emit('status', { status: 'connected' });
    this.emit('sync', true);
    void this.listen(generation);
    // The binding set this editor's presence before it connected: it goes out now.
    void this.sendPresence();
  }

  /** Saves what the editor changed and has not yet saved; true once it is stored, false when the save failed (it is retried). */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.sending !== undefined) await this.sending;
    if (this.pending.length === 0) return true;
    const updates = this.pending;
    this.pending = [];
    this.sending = this.save(Y.mergeUpdates(updates)).finally(() => {
      this.sending = undefined;
      this.reportSaveState();
    });
    this.reportSaveState();
    await this.sending;
    return this.pending.length === 0 && !this.failed;
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
    this.reportSaveState();
    this.timer ??= setTimeout(() => void this.flush(), this.options.sendAfterMs ?? 250);
  };

  /** A failed save shows as failed until one succeeds, its retries included, so the page does not flicker between the two. */
  private reportSaveState(): void {
    const state = this.failed ? 'failed' : this.sending !== undefined ? 'saving' : this.pending.length > 0 ? 'pending' : 'saved';
    if (state === this.saveState) return;
    this.saveState = state;
    this.options.onSaveState?.(state, state === 'failed' ? this.saveError : null);
  }

  /** This editor's presence changed (or is renewed, every 15 s): it goes to the other editors, a moment later, once. */
  private readonly presenceChanged = (_change: unknown, origin: unknown): void => {
    if (origin !== 'local' || !this.connected) return;
    this.presenceTimer ??= setTimeout(() => {
      this.presenceTimer = undefined;
      void this.sendPresence();
    }, PRESENCE_SEND_MS);
  };

  private async sendPresence(): Promise<void> {
    const state = this.presence.getLocalState() as UserState | null;
    // Awareness starts with an empty state, until the collaboration binding fills in its own.
    if (state !== null && typeof state.color !== 'string') return;
    const presence =
      state === null
        ? null
        : { color: state.color, focusing: state.focusing, anchorPos: state.anchorPos, focusPos: state.focusPos, awarenessData: state.awarenessData as Record<string, unknown> };
    try {
      // Relative positions are class instances: sent as the plain objects their JSON is.
      await this.api.setStoryPresence({ id: this.storyId, presence: JSON.parse(JSON.stringify(presence)) as typeof presence });
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private async save(update: Uint8Array): Promise<void> {
    try {
      const ack = await this.api.saveStory({ id: this.storyId, baseRevision: this.revision, changes: { bodyUpdate: toBase64(update) } });
      this.revision = ack.revision;
      this.failed = false;
      this.options.onSaved?.(ack.revision);
    } catch (error) {
      // Kept for the next try: an edit is never dropped because a save failed.
      this.pending.unshift(update);
      this.failed = true;
      this.saveError = error;
      this.options.onError?.(error);
      this.timer ??= setTimeout(() => void this.flush(), this.options.retryMs ?? 2_000);
    }
  }

  private async listen(generation: number): Promise<void> {
    while (generation === this.generation) {
      try {
        const { updates, seq, presence } = await this.api.waitForStoryUpdates({
          id: this.storyId,
          after: this.seq,
          waitMs: MAX_UPDATES_WAIT_MS,
          presenceAfter: this.presenceVersion,
        });
        if (generation !== this.generation) return;
        this.seq = seq;
        if (updates.length > 0) this.applyStored(updates);
        if (presence !== null) {
          this.presenceVersion = presence.version;
          applyAwarenessUpdate(this.presence, fromBase64(presence.states), this);
        }
      } catch (error) {
        this.options.onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, this.options.retryMs ?? 2_000));
      }
    }
  }

  /** Takes in stored updates: this editor's own saves change nothing; anything else is someone else's edit. */
  private applyStored(updates: string[]): void {
    const before = Y.encodeStateVector(this.doc);
    Y.applyUpdate(this.doc, Y.mergeUpdates(updates.map((update) => fromBase64(update))), this);
    const after = Y.encodeStateVector(this.doc);
    if (before.length !== after.length || before.some((byte, i) => byte !== after[i])) this.options.onRemoteChange?.();
  }

  private emit<E extends keyof Events>(type: E, ...args: Parameters<Events[E]>): void {
    for (const listener of this.listeners[type]) (listener as (...values: Parameters<Events[E]>) => void)(...args);
  }
}
