import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import type { Author, AuthorChanges } from '../../shared/story/story-schema';
import { foldText } from './fold-text';
import type { BylineMoves } from './byline-moves';
import type { ImageRecords } from './image-records';
import type { SearchIndex } from './search-index';
import type { StoryBylines } from './story-bylines';

type AuthorRow = {
  id: string;
  revision: number;
  name: string;
  role: string;
  organisation: string;
  email: string;
  photo_sha256: string | null;
  /** The photo's file extension, from the images table. */
  photo_ext: string | null;
  created_at: string;
  modified_at: string;
};

export type NewAuthor = { name: string; role: string; organisation: string; email: string; photoSha256?: string | null };

/** An author with their photo's extension; `a` is authors, joined to images as `i`. */
const AUTHOR_COLUMNS = 'a.id, a.revision, a.name, a.role, a.organisation, a.email, a.photo_sha256, i.ext AS photo_ext, a.created_at, a.modified_at';
const AUTHOR_SOURCE = 'authors a LEFT JOIN images i ON i.sha256 = a.photo_sha256';

/**
 * The author directory that bylines pick from. An author merged into
 * another is kept as a deleted row, so old bylines still resolve. Every
 * method runs inside the caller's transaction.
 */
export class AuthorDirectory {
  private readonly sql;

  constructor(
    db: Database,
    private readonly bylines: StoryBylines,
    private readonly bylineMoves: BylineMoves,
    private readonly searchIndex: SearchIndex,
    private readonly images: ImageRecords,
  ) {
    this.sql = {
      all: db.prepare(`SELECT ${AUTHOR_COLUMNS} FROM ${AUTHOR_SOURCE} WHERE a.deleted_at IS NULL ORDER BY a.name COLLATE NOCASE, a.id`),
      one: db.prepare(`SELECT ${AUTHOR_COLUMNS} FROM ${AUTHOR_SOURCE} WHERE a.id = ?`),
      live: db.prepare(`SELECT ${AUTHOR_COLUMNS} FROM ${AUTHOR_SOURCE} WHERE a.id = ? AND a.deleted_at IS NULL`),
      insert: db.prepare(
        `INSERT INTO authors (id, revision, name, role, organisation, email, photo_sha256, created_at, modified_at)
         VALUES (@id, 1, @name, @role, @organisation, @email, @photoSha256, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE authors SET revision = revision + 1, name = @name, role = @role, organisation = @organisation,
           email = @email, photo_sha256 = @photoSha256, modified_at = @now
         WHERE id = @id`,
      ),
      remove: db.prepare('UPDATE authors SET revision = revision + 1, modified_at = @now, deleted_at = @now, merged_into = @keepId WHERE id = @id'),
    };
  }

  /** Authors not deleted whose name contains `query` (ignoring case and accents), by name. */
  list(query: string): Author[] {
    const needle = foldText(query.trim());
    const rows = this.sql.all.all() as AuthorRow[];
    return rows.filter((row) => foldText(row.name).includes(needle)).map(authorFromRow);
  }

  create(fields: NewAuthor, now: string): Author {
    const id = randomUUID();
    const photoSha256 = fields.photoSha256 ?? null;
    this.requireStoredPhoto(photoSha256);
    this.sql.insert.run({ ...fields, photoSha256, id, now });
    return authorFromRow(this.sql.one.get(id) as AuthorRow);
  }

  /** The author, and how many stories (not deleted for good) credit them. */
  get(id: string): { author: Author; storyCount: number } {
    const author = authorFromRow(this.requireLive(id));
    return { author, storyCount: this.bylines.storiesOf(id).length };
  }

  /**
   * Edits a directory entry. Bylines keep their own role and organisation;
   * a new name shows on every story (bylines read it from the directory), so
   * those stories are indexed again for search under it.
   */
  update(id: string, baseRevision: number, changes: AuthorChanges, now: string): Author {
    const row = this.requireLive(id);
    if (row.revision !== baseRevision) {
      throw new ApiError(
        'conflict',
        `${row.name} was changed elsewhere since this edit began: the directory holds revision ${row.revision}, and this edit was based on revision ${baseRevision}. Nothing was saved; reload the author to see the other changes.`,
      );
    }
    const next = { ...row, photoSha256: row.photo_sha256, ...changes };
    const same = (['name', 'role', 'organisation', 'email'] as const).every((key) => next[key] === row[key]);
    if (same && next.photoSha256 === row.photo_sha256) return authorFromRow(row);
    this.requireStoredPhoto(next.photoSha256);
    const stories = next.name === row.name ? [] : this.bylines.storiesOf(id);
    for (const storyId of stories) this.searchIndex.remove(storyId);
    this.sql.update.run({
      id,
      name: next.name,
      role: next.role,
      organisation: next.organisation,
      email: next.email,
      photoSha256: next.photoSha256,
      now,
    });
    for (const storyId of stories) this.reindexBylines(storyId);
    return authorFromRow(this.requireLive(id));
  }

  /**
   * Moves every byline of `mergeId` to `keepId` (BylineMoves: a save of each
   * story, through its document when shared) and removes `mergeId` from the
   * directory.
   */
  merge(keepId: string, mergeId: string, now: string): { author: Author; storiesChanged: number } {
    if (keepId === mergeId) {
      throw new ApiError('invalid_input', 'An author cannot be merged into themselves. Pick two different authors.', 'mergeId');
    }
    const keep = this.requireLive(keepId);
    this.requireLive(mergeId);
    const storiesChanged = this.bylineMoves.move(keepId, mergeId, now);
    this.sql.remove.run({ id: mergeId, keepId, now });
    return { author: authorFromRow(keep), storiesChanged };
  }

  private requireLive(id: string): AuthorRow {
    const row = this.sql.live.get(id) as AuthorRow | undefined;
    if (row === undefined) {
      throw new ApiError('not_found', `No author with id ${id} in the directory. They may have been merged into another author.`);
    }
    return row;
  }

  /** A photo must be an image importImage stored, so the file is in the profile and in its backups. */
  private requireStoredPhoto(sha256: string | null): void {
    if (sha256 !== null && !this.images.has(sha256)) {
      throw new ApiError('invalid_input', 'The photo is not among the stored images. Add it again.', 'photoSha256');
    }
  }

  /** The story's byline names from the directory again, and the story back in the index (after a remove). */
  private reindexBylines(storyId: string): void {
    this.bylines.refreshNames(storyId);
    this.searchIndex.add(storyId);
  }
}

function authorFromRow(row: AuthorRow): Author {
  return {
    id: row.id,
    revision: row.revision,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    email: row.email,
    photo: row.photo_sha256 === null || row.photo_ext === null ? null : { sha256: row.photo_sha256, ext: row.photo_ext },
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
  };
}
