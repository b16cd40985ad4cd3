import type * as Y from 'yjs';
import {
  deskAuthorFields,
  deskAuthorsOf,
  readDeskAuthors,
  writeDeskAuthor,
  type DeskAuthor,
  type DeskAuthorMap,
} from '../../shared/newsroom/desk-authors';
import type { DeskDocuments } from './desk-documents';

/**
 * The author directory in the newsroom document (docs/newsroom.md), on the
 * newsroom list's provider: once the desk's document is in, the profile's
 * authors the desk lacks, or changed here since the desk's version, go up,
 * and the desk's authors are written into the profile's directory; from
 * then on an author changed here goes up at once, and one changed on the
 * desk is written in as it comes.
 */
export class NewsroomDirectory {
  private readonly authors: DeskAuthorMap;
  private readonly stopListening: () => void;

  constructor(
    private readonly doc: Y.Doc,
    private readonly documents: DeskDocuments,
    private readonly handlers: {
      /** Whether the desk's newsroom document is in (before, what the desk lacks cannot be told). */
      synced: () => boolean;
      /** Told after the desk's authors were written in (or none could be, before the document is in), with the photos this profile lacks. */
      onApplied: (lackingPhotos: string[]) => void;
    },
  ) {
    this.authors = deskAuthorsOf(doc);
    this.authors.observeDeep((_events, transaction) => {
      if (!transaction.local) this.apply();
    });
    this.stopListening = documents.onLocalAuthorChange((id) => {
      const here = documents.authors().find((author) => author.id === id);
      if (here !== undefined && handlers.synced()) this.doc.transact(() => this.send(here, readDeskAuthors(this.authors).get(id), true));
    });
  }

  /** The desk's newsroom document is in: what it lacks of the profile's directory goes up, then the desk's authors are written in. */
  synced(): void {
    const desk = readDeskAuthors(this.authors);
    this.doc.transact(() => {
      for (const here of this.documents.authors()) this.send(here, desk.get(here.id), false);
    });
    this.apply();
  }

  /** Writes the desk's authors into the profile's directory (again: a photo lacking before may be stored now). */
  apply(): void {
    this.handlers.onApplied(this.handlers.synced() ? this.documents.applyAuthors(readDeskAuthors(this.authors).values()) : []);
  }

  destroy(): void {
    this.stopListening();
  }

  /**
   * Sends an author up: whole when the desk lacks them (`desk` undefined),
   * else the fields that differ when changed here since the desk's version
   * (`live`: just now).
   * A photo this profile never held is not taken off the desk by its absence here.
   */
  private send(here: DeskAuthor, desk: DeskAuthor | undefined, live: boolean): void {
    if (desk === undefined) return writeDeskAuthor(this.authors, here);
    if (!live && here.modifiedAt <= desk.modifiedAt) return;
    const keepPhoto = here.photoSha256 === null && desk.photoSha256 !== null && !this.documents.hasPicture(desk.photoSha256);
    const fields = deskAuthorFields.filter((field) => field !== 'createdAt' && !(keepPhoto && field === 'photoSha256'));
    // Never back in time on the desk, whatever this machine's clock says.
    const modifiedAt = here.modifiedAt > desk.modifiedAt ? here.modifiedAt : desk.modifiedAt;
    writeDeskAuthor(this.authors, { ...here, modifiedAt }, fields);
  }
}
