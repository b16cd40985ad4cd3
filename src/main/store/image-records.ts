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

/**
 * The images table: one row per file in the profile's images folder. The
 * content address is the key, so recording the same file twice keeps the
 * first row.
 */
export class ImageRecords {
  private readonly insert: Statement;

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO images (sha256, ext, mime, width, height, byte_size, created_at)
       VALUES (@sha256, @ext, @mime, @width, @height, @byteSize, @createdAt)
       ON CONFLICT (sha256) DO NOTHING`,
    );
  }

  record(image: ImageRecord, createdAt: string): void {
    this.insert.run({ ...image, createdAt });
  }
}
