import type { Migration } from './migration';

/**
 * Which author an author merged away went into (docs/newsroom.md), so the
 * desk can tell every profile and each moves its own stories' bylines to
 * the author kept. Merges made before this version say nothing.
 */
export const authorMerges: Migration = {
  version: 10,
  name: 'author merges',
  up(db) {
    db.exec('ALTER TABLE authors ADD COLUMN merged_into TEXT;');
  },
};
