import * as Y from 'yjs';
import { storyDocument } from '../../shared/newsroom/story-document';
import type { Story } from '../../shared/story/story-schema';
import type { StoryUpdateOrigin, StoryUpdates } from './story-updates';

/**
 * How many stories' documents stay loaded: the few being edited now. Each
 * holds its Yjs document and the headless body editor bound to it, so a
 * save does not rebuild them from the stored updates.
 */
const KEPT = 4;

/** A story's document as loaded, and the sequence number of the last stored update it holds. */
export type LoadedDocument = { doc: Y.Doc; seq: number; editedSinceMerge: boolean };

/**
 * Shared stories' documents (docs/newsroom.md), loaded from their stored
 * updates and kept for the next save. Every method runs inside the caller's
 * transaction; a transaction that fails must call forgetAll, as a document
 * may hold a change the database no longer has.
 */
export class StoryDocuments {
  /** In the order used, the most recent last. */
  private readonly loaded = new Map<string, LoadedDocument>();

  constructor(private readonly updates: StoryUpdates) {}

  /**
   * The story's document as stored (null: the story was never shared); a
   * document kept in memory first takes the updates another process (the
   * command line) stored since it was loaded.
   */
  of(storyId: string): LoadedDocument | null {
    const last = this.updates.last(storyId);
    let loaded = this.loaded.get(storyId);
    this.loaded.delete(storyId);
    if (last === 0) return null;
    if (loaded === undefined || loaded.seq > last) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, this.updates.merged(storyId)!);
      loaded = { doc, seq: last, editedSinceMerge: true };
    } else if (loaded.seq < last) {
      for (const update of this.updates.after(storyId, loaded.seq)) Y.applyUpdate(loaded.doc, update);
      loaded.seq = last;
      loaded.editedSinceMerge = true;
    }
    this.keep(storyId, loaded);
    return loaded;
  }

  /** Whether the story has a document. */
  isShared(storyId: string): boolean {
    return this.updates.last(storyId) > 0;
  }

  /** Gives the story a document holding it as it is stored now. */
  share(story: Story, now: string): void {
    const doc = storyDocument(story);
    this.keep(story.id, { doc, seq: this.updates.append(story.id, Y.encodeStateAsUpdate(doc), now), editedSinceMerge: false });
  }

  /**
   * A story with no document yet: an empty one for updates from the desk to
   * fill. `hasOwnContent`: the story is stored here already, with content
   * the first merge replaces.
   */
  empty(storyId: string, hasOwnContent: boolean): LoadedDocument {
    const loaded = { doc: new Y.Doc(), seq: 0, editedSinceMerge: hasOwnContent };
    this.keep(storyId, loaded);
    return loaded;
  }

  /** Stores an update the loaded document already holds; `origin` says whether it came from the desk. */
  append(storyId: string, loaded: LoadedDocument, update: Uint8Array, now: string, origin: StoryUpdateOrigin = 'local'): void {
    loaded.seq = this.updates.append(storyId, update, now, origin);
  }

  forget(storyId: string): void {
    this.loaded.delete(storyId);
  }

  forgetAll(): void {
    this.loaded.clear();
  }

  private keep(storyId: string, loaded: LoadedDocument): void {
    this.loaded.set(storyId, loaded);
    for (const oldest of this.loaded.keys()) {
      if (this.loaded.size <= KEPT) break;
      this.loaded.delete(oldest);
    }
  }
}

/** Runs `work` on `doc`: what it returns, and the Yjs update of what it changed in `doc` (null: nothing). */
export function updateMadeBy<T>(doc: Y.Doc, work: () => T): { result: T; update: Uint8Array | null } {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  let result: T;
  try {
    result = work();
  } finally {
    doc.off('update', collect);
  }
  return { result, update: updates.length <= 1 ? (updates[0] ?? null) : Y.mergeUpdates(updates) };
}
