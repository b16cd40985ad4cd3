import type { Migration } from './migration';

/**
 * "Ignore here" and "ignore this rule in this story" (docs/house-style-rules.md), kept
 * with the story as a JSON array of { ruleId, matchedText, context }.
 */
export const houseStyleIgnores: Migration = {
  version: 3,
  name: 'house-style ignores',
  up(db) {
    db.exec(`ALTER TABLE stories ADD COLUMN house_style_ignores TEXT NOT NULL DEFAULT '[]';`);
  },
};
