import type { Database } from 'better-sqlite3';
import type { DeskAuthor } from '../../shared/newsroom/desk-authors';
import type { BylineMoves } from './byline-moves';
import type { ImageRecords } from './image-records';
import type { SearchIndex } from './search-index';
import type { StoryBylines } from './story-bylines';

type DirectoryRow = {
  id: string;
  name: string;
  role: string;
  organisation: string;
  email: string;
  photo_sha256: string | null;
  created_at: string;
  modified_at: string;
  deleted_at: string | null;
  merged_into: string | null;
};

/**
 * The author directory as the desk shares it (docs/newsroom.md): every
 * author, deleted ones included, read for the desk, and the desk's authors
 * written in. Runs inside the caller's transaction.
 */
export class DeskDirectory {
  private readonly sql;

  constructor(
    db: Database,
    private readonly bylines: StoryBylines,
    private readonly searchIndex: SearchIndex,
    private readonly images: ImageRecords,
    private readonly bylineMoves: BylineMoves,
  ) {
    const columns = 'id, name, role, organisation, email, photo_sha256, created_at, modified_at, deleted_at, merged_into';
    this.sql = {
      all: db.prepare(`SELECT ${columns} FROM authors ORDER BY id`),
      one: db.prepare(`SELECT ${columns} FROM authors WHERE id = ?`),
      insert: db.prepare(
        `INSERT INTO authors (id, revision, name, role, organisation, email, photo_sha256, created_at, modified_at, deleted_at, merged_into)
         VALUES (@id, 1, @name, @role, @organisation, @email, @photoSha256, @createdAt, @modifiedAt, @deletedAt, @mergedInto)`,
      ),
      update: db.prepare(
        `UPDATE authors SET revision = revision + 1, name = @name, role = @role, organisation = @organisation, email = @email,
           photo_sha256 = @photoSha256, modified_at = @modifiedAt, deleted_at = @deletedAt, merged_into = @mergedInto
         WHERE id = @id`,
      ),
    };
  }

  /** Every author of the directory, deleted (merged) ones included, as the desk keeps them. */
  list(): DeskAuthor[] {
    return (this.sql.all.all() as DirectoryRow[]).map(deskAuthorFromRow);
  }

  author(id: string): DeskAuthor | null {
    const row = this.sql.one.get(id) as DirectoryRow | undefined;
    return row === undefined ? null : deskAuthorFromRow(row);
  }

  /**
   * Writes the desk's authors (the profile's copy of the newsroom document,
   * where this profile's own changes are too) into the directory: one new
   * here is added under the desk's id; any other takes the desk's fields,
   * whatever either clock said, a new name shown and searched on its
   * stories. A photo
   * this profile does not hold is left as it was here and returned, to be
   * written once the picture is stored. Then the bylines of authors merged
   * into another move to the author kept on this profile's stories (those
   * edited offline included), as the merging profile moved its own. Returns
   * the ids written and the photos lacking.
   */
  apply(authors: Iterable<DeskAuthor>, now: string): { written: string[]; lackingPhotos: string[] } {
    const written: string[] = [];
    const lackingPhotos: string[] = [];
    for (const desk of authors) {
      const here = this.author(desk.id);
      const photoHeld = desk.photoSha256 === null || this.images.has(desk.photoSha256);
      if (!photoHeld) lackingPhotos.push(desk.photoSha256!);
      const next = { ...desk, photoSha256: photoHeld ? desk.photoSha256 : (here?.photoSha256 ?? null) };
      if (here === null) {
        this.sql.insert.run(next);
      } else if (differs(here, next)) {
        const stories = here.name === next.name ? [] : this.bylines.storiesOf(desk.id);
        for (const storyId of stories) this.searchIndex.remove(storyId);
        this.sql.update.run(next);
        for (const storyId of stories) {
          this.bylines.refreshNames(storyId);
          this.searchIndex.add(storyId);
        }
      } else {
        continue;
      }
      written.push(desk.id);
    }
    this.moveMergedBylines(now);
    return { written, lackingPhotos };
  }

  /** Every story crediting an author merged away credits the author kept instead (the last of a chain of merges). */
  private moveMergedBylines(now: string): void {
    for (const merged of this.list()) {
      if (merged.mergedInto === null || merged.deletedAt === null) continue;
      const kept = this.keptAuthor(merged);
      if (kept !== null) this.bylineMoves.move(kept, merged.id, now);
    }
  }

  /** The live author a merged one ended in; null when the chain ends in an author not here, or deleted for another reason. */
  private keptAuthor(merged: DeskAuthor): string | null {
    const seen = new Set([merged.id]);
    let next = merged.mergedInto;
    while (next !== null && !seen.has(next)) {
      const author = this.author(next);
      if (author === null) return null;
      if (author.deletedAt === null) return author.id;
      seen.add(next);
      next = author.mergedInto;
    }
    return null;
  }
}

function differs(here: DeskAuthor, desk: DeskAuthor): boolean {
  return (['name', 'role', 'organisation', 'email', 'photoSha256', 'deletedAt', 'mergedInto'] as const).some((field) => here[field] !== desk[field]);
}

function deskAuthorFromRow(row: DirectoryRow): DeskAuthor {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    email: row.email,
    photoSha256: row.photo_sha256,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    deletedAt: row.deleted_at,
    mergedInto: row.merged_into,
  };
}
