import type { Database, Statement } from 'better-sqlite3';

/** One stored image file, as the images table records it. */
export type ImageRecord = {
  sha256: string;
  ext: string;
  mime: string;
  width: number;
  height: number;
  byteSize: number;
};

/** How an image is named in stored JSON (an image node, a kept version's lead image): `"sha256":"<hex>"`. */
const SHA256_IN_JSON = /"sha256":"([0-9a-f]{64})"/g;

/**
 * The images table: one row per file in the profile's images folder. The
 * content address is the key, so recording the same file twice keeps the
 * first row.
 */
export class ImageRecords {
  private readonly insert: Statement;
  private readonly sql;

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO images (sha256, ext, mime, width, height, byte_size, created_at)
       VALUES (@sha256, @ext, @mime, @width, @height, @byteSize, @createdAt)
       ON CONFLICT (sha256) DO NOTHING`,
    );
    // JSON without an image in it is skipped in SQL, so a large library's text is not read into memory.
    const mentionsImage = (json: string) => `instr(${json}, '"sha256"') > 0`;
    this.sql = {
      storyColumns: db.prepare('SELECT lead_image_sha256 FROM stories WHERE id = ? AND lead_image_sha256 IS NOT NULL').pluck(),
      storyJson: db.prepare(
        `SELECT doc FROM (SELECT body_json AS doc FROM stories WHERE id = @id
                           UNION ALL SELECT snapshot_json FROM revisions WHERE story_id = @id) WHERE ${mentionsImage('doc')}`,
      ).pluck(),
      allColumns: db.prepare(
        `SELECT lead_image_sha256 FROM stories WHERE lead_image_sha256 IS NOT NULL
         UNION SELECT photo_sha256 FROM authors WHERE photo_sha256 IS NOT NULL`,
      ).pluck(),
      allJson: db.prepare(
        `SELECT doc FROM (SELECT body_json AS doc FROM stories UNION ALL SELECT snapshot_json FROM revisions)
          WHERE ${mentionsImage('doc')}`,
      ).pluck(),
      storyNowColumns: db.prepare('SELECT lead_image_sha256 FROM stories WHERE id = ? AND deleted_at IS NULL AND lead_image_sha256 IS NOT NULL').pluck(),
      storyNowJson: db.prepare(`SELECT body_json FROM stories WHERE id = ? AND deleted_at IS NULL AND ${mentionsImage('body_json')}`).pluck(),
      liveColumns: db.prepare(
        `SELECT lead_image_sha256 FROM stories WHERE deleted_at IS NULL AND lead_image_sha256 IS NOT NULL
         UNION SELECT photo_sha256 FROM authors WHERE photo_sha256 IS NOT NULL`,
      ).pluck(),
      liveJson: db.prepare(`SELECT body_json FROM stories WHERE deleted_at IS NULL AND ${mentionsImage('body_json')}`).pluck(),
      ext: db.prepare('SELECT ext FROM images WHERE sha256 = ?').pluck(),
      olderThan: db.prepare('SELECT sha256, ext FROM images WHERE created_at < ?'),
      remove: db.prepare('DELETE FROM images WHERE sha256 = ?'),
    };
  }

  record(image: ImageRecord, createdAt: string): void {
    this.insert.run({ ...image, createdAt });
  }

  /** Whether this picture is stored in the profile. */
  has(sha256: string): boolean {
    return this.storedExt(sha256) !== undefined;
  }

  /** The type (file extension) this picture is stored as, or undefined when it is not stored. */
  storedExt(sha256: string): string | undefined {
    return this.sql.ext.get(sha256) as string | undefined;
  }

  /** The images one story refers to: its lead image, its body and every kept version of it. */
  usedByStory(storyId: string): Set<string> {
    return withImagesIn(this.sql.storyJson.iterate({ id: storyId }), this.sql.storyColumns.all(storyId));
  }

  /** The images a live story shows now: its lead image and its body's (not its kept versions'). */
  shownByStory(storyId: string): Set<string> {
    return withImagesIn(this.sql.storyNowJson.iterate(storyId), this.sql.storyNowColumns.all(storyId));
  }

  /** The images the live stories show now (lead images, bodies) and the authors' photos: what the desk's editors may need. */
  shownByLiveStoriesAndAuthors(): Set<string> {
    return withImagesIn(this.sql.liveJson.iterate(), this.sql.liveColumns.all());
  }

  /** Every image the database refers to: stories (lead image and body), their kept versions and author photos. */
  inUse(): Set<string> {
    return withImagesIn(this.sql.allJson.iterate(), this.sql.allColumns.all());
  }

  /** Deletes the rows of images not in `keep` recorded before `before`; returns their file names (<sha256>.<ext>). */
  forgetUnused(keep: ReadonlySet<string>, before: string): string[] {
    const rows = this.sql.olderThan.all(before) as Array<{ sha256: string; ext: string }>;
    const unused = rows.filter((row) => !keep.has(row.sha256));
    for (const row of unused) this.sql.remove.run(row.sha256);
    return unused.map((row) => `${row.sha256}.${row.ext}`);
  }
}

function withImagesIn(jsonTexts: Iterable<unknown>, sha256s: unknown[]): Set<string> {
  const found = new Set(sha256s as string[]);
  for (const json of jsonTexts) {
    for (const match of (json as string).matchAll(SHA256_IN_JSON)) found.add(match[1]!);
  }
  return found;
}
