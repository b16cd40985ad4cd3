import * as Y from 'yjs';
import { deskAuthorsOf, readDeskAuthors, writeDeskAuthor, type DeskAuthor, type DeskAuthorField } from '../../shared/newsroom/desk-authors';
import { NEWSROOM_DOCUMENT } from '../../shared/newsroom/desk-protocol';
import { updateMadeBy } from './story-documents';
import type { StoryUpdates } from './story-updates';

/** An author to write into the copy: whole, or only `fields` of one it holds. */
export type NewsroomWrite = { author: DeskAuthor; fields?: readonly DeskAuthorField[] };

/**
 * The profile's copy of the desk's newsroom document (docs/newsroom.md): its
 * Yjs updates in desk_document_updates, loaded and kept for the next write as
 * a story's document is (StoryDocuments). The author directory is written
 * into it field by field, so Yjs settles two editors' writes of one field
 * the same way on every profile. Every method runs inside the caller's
 * transaction; a transaction that fails must call forget.
 */
export class DeskNewsroom {
  private loaded: { doc: Y.Doc; seq: number } | null = null;

  constructor(private readonly updates: StoryUpdates) {}

  /** The sequence number of the copy's last stored update; 0 when the profile keeps no copy. */
  seq(): number {
    return this.updates.last(NEWSROOM_DOCUMENT);
  }

  /** The copy as one update with the sequence number of its last stored update; null when none is kept. */
  state(): { state: Uint8Array; seq: number } | null {
    const seq = this.seq();
    return seq === 0 ? null : { state: this.updates.merged(NEWSROOM_DOCUMENT)!, seq };
  }

  /** Merges the copy's stored updates into one row. */
  compact(now: string): void {
    this.updates.compact(NEWSROOM_DOCUMENT, now);
  }

  /** Takes in and stores an update that came through the desk sync (the desk's, or the sync's own list of stories); its sequence number. */
  receive(update: Uint8Array, now: string): number {
    const loaded = this.load();
    // Applied first: a malformed update throws before anything is stored.
    Y.applyUpdate(loaded.doc, update);
    loaded.seq = this.updates.append(NEWSROOM_DOCUMENT, update, now, 'desk');
    return loaded.seq;
  }

  /** Every valid author the copy holds. */
  authors(): DeskAuthor[] {
    return [...readDeskAuthors(deskAuthorsOf(this.load().doc)).values()];
  }

  /** Whether the copy holds an entry for the author. */
  holds(authorId: string): boolean {
    return deskAuthorsOf(this.load().doc).has(authorId);
  }

  /** Writes authors into the copy as this profile's own edit, stored as one update (nothing when nothing changed). */
  write(writes: NewsroomWrite[], now: string): void {
    const loaded = this.load();
    const authors = deskAuthorsOf(loaded.doc);
    const { update } = updateMadeBy(loaded.doc, () =>
      loaded.doc.transact(() => {
        for (const { author, fields } of writes) writeDeskAuthor(authors, author, fields);
      }),
    );
    if (update !== null) loaded.seq = this.updates.append(NEWSROOM_DOCUMENT, update, now, 'local');
  }

  forget(): void {
    this.loaded = null;
  }

  /** The copy as stored; one kept in memory first takes what another process (the command line) stored since. */
  private load(): { doc: Y.Doc; seq: number } {
    const last = this.seq();
    if (this.loaded === null || this.loaded.seq > last) {
      const doc = new Y.Doc();
      const state = this.updates.merged(NEWSROOM_DOCUMENT);
      if (state !== null) Y.applyUpdate(doc, state);
      this.loaded = { doc, seq: last };
    } else if (this.loaded.seq < last) {
      for (const update of this.updates.after(NEWSROOM_DOCUMENT, this.loaded.seq)) Y.applyUpdate(this.loaded.doc, update);
      this.loaded.seq = last;
    }
    return this.loaded;
  }
}
