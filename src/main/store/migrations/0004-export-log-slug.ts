import type { Migration } from './migration';

/**
 * The slug each export went out under, so the app can warn when a story's
 * URL is about to change from the one the website has. Older rows get the
 * slug where it is certain: the story (or a kept version) at the exported
 * revision; otherwise it stays NULL (not known).
 */
export const exportLogSlug: Migration = {
  version: 4,
  name: 'export log slug',
  up(db) {
    db.exec(`
      ALTER TABLE export_log ADD COLUMN slug TEXT;
      UPDATE export_log SET slug = nullif(coalesce(
        (SELECT s.slug FROM stories s WHERE s.id = export_log.story_id AND s.revision = export_log.story_revision),
        (SELECT CAST(json_extract(r.snapshot_json, '$.slug') AS TEXT) FROM revisions r
          WHERE r.story_id = export_log.story_id AND r.story_revision = export_log.story_revision AND json_valid(r.snapshot_json)
          LIMIT 1)
      ), '');
    `);
  },
};
