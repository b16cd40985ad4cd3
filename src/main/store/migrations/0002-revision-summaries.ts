import type { Migration } from './migration';

/**
 * What the history list shows without reading every snapshot: the headline,
 * a hash of the content (so an unchanged story is not kept twice), and the
 * words added and removed since the revision it was compared with.
 */
export const revisionSummaries: Migration = {
  version: 2,
  name: 'revision summaries',
  up(db) {
    db.exec(`
      ALTER TABLE revisions ADD COLUMN headline TEXT NOT NULL DEFAULT '';
      ALTER TABLE revisions ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
      -- The revision the word counts were measured against; NULL for the first.
      ALTER TABLE revisions ADD COLUMN previous_id TEXT;
      ALTER TABLE revisions ADD COLUMN words_added INTEGER;
      ALTER TABLE revisions ADD COLUMN words_removed INTEGER;
      UPDATE revisions SET headline = coalesce(CAST(json_extract(snapshot_json, '$.headline') AS TEXT), '')
       WHERE json_valid(snapshot_json);
    `);
  },
};
