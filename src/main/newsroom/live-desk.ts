import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Store } from '../store/store';
import { storeDeskDocuments, type AfterDeskPurge } from './desk-documents';
import { startDeskSync, type DeskState, type DeskSync } from './desk-sync';
import { storeProfilePictures } from './profile-pictures';

/** An editor's presence on a story as the body editor's collaboration binding keeps it (name, colour, caret). */
export type EditorPresence = Record<string, unknown>;

/** Other profiles' presence on a story: how many times it changed, and their states as a y-protocols awareness update. */
export type DeskPresence = { version: number; states: Uint8Array };

/** The name the other editors see: the one given when the profile joined the desk (as in a story's history). */
function editorNameOf(store: Store): string {
  return store.desk.editorName() ?? 'Another editor';
}

/** An editor that stops telling its presence (a closed tab) is taken off after this long; editors renew theirs every 15 s. */
const PRESENCE_STALE_MS = 40_000;

/**
 * The desk sync of a profile open in the app or the preview: runs while the
 * profile is joined to a desk (started again after a join, a leave or a
 * backup restore), and carries the presence of this profile's editor to the
 * other profiles and theirs back.
 */
export class LiveDesk {
  private sync: DeskSync | null = null;
  private state: DeskState = 'connecting';
  private readonly presenceVersions = new Map<string, number>();
  private readonly staleTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: () => Store,
    /** The profile's images folder: the pictures its stories show go to the desk from there, and those fetched land there. */
    private readonly imagesDir: string,
  ) {}

  /** Starts the sync with the desk the profile has joined, after stopping any running one; none when it has not joined. */
  restart(afterPurge: AfterDeskPurge): void {
    this.stop();
    const store = this.store();
    const membership = store.desk.membership();
    if (membership === null) return;
    this.state = 'connecting';
    this.sync = startDeskSync({
      serverUrl: membership.serverUrl,
      token: membership.token,
      documents: storeDeskDocuments(store, afterPurge),
      pictures: storeProfilePictures(store, this.imagesDir),
      onState: (state) => (this.state = state),
      onPresence: (storyId) => this.presenceVersions.set(storyId, (this.presenceVersions.get(storyId) ?? 0) + 1),
    });
  }

  /** Where the running sync stands; null when none runs (the profile has not joined a desk). */
  connection(): DeskState | null {
    return this.sync === null ? null : this.state;
  }

  /** This profile's editor has the story open with this presence (null: closed it). */
  setPresence(storyId: string, presence: EditorPresence | null): boolean {
    const awareness = this.sync?.awareness(storyId) ?? null;
    if (awareness === null) return false;
    clearTimeout(this.staleTimers.get(storyId));
    this.staleTimers.delete(storyId);
    awareness.setLocalState(presence === null ? null : { ...presence, name: editorNameOf(this.store()) });
    if (presence !== null) this.staleTimers.set(storyId, setTimeout(() => this.setPresence(storyId, null), PRESENCE_STALE_MS));
    return true;
  }

  /** The other profiles' presence on the story; null when the story is not synced live. */
  presence(storyId: string): DeskPresence | null {
    const awareness = this.sync?.awareness(storyId) ?? null;
    if (awareness === null) return null;
    // Every client seen, so one that left goes as a removal.
    const others = [...awareness.meta.keys()].filter((client) => client !== awareness.clientID);
    return { version: this.presenceVersions.get(storyId) ?? 0, states: encodeAwarenessUpdate(awareness, others) };
  }

  stop(): void {
    for (const timer of this.staleTimers.values()) clearTimeout(timer);
    this.staleTimers.clear();
    this.sync?.stop();
    this.sync = null;
  }
}
