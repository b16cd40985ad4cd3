import { bodyHash, contentHash } from '../content-hash';
import type { Migration } from './migration';

/**
 * The SHA-256 of each story's body JSON and body text, so a save compares
 * hashes instead of reading a long body back (docs/saving.md). Every live
 * story gets the hashes of what it holds; a tombstone, which holds nothing
 * and is never saved, keeps NULL.
 */
export const bodyHashes: Migration = {
  version: 5,
  name: 'body hashes',
  up(db) {
    db.function('copydesk_body_hash', { deterministic: true }, (json: unknown) => bodyHash(json as string | null));
    db.function('copydesk_text_hash', { deterministic: true }, (text: unknown) => contentHash(text as string));
    db.exec(`
      ALTER TABLE stories ADD COLUMN body_sha256 TEXT;
      ALTER TABLE stories ADD COLUMN body_text_sha256 TEXT;
      UPDATE stories SET body_sha256 = copydesk_body_hash(body_json), body_text_sha256 = copydesk_text_hash(body_text)
        WHERE deleted_at IS NULL;
    `);
  },
};
