import type { Database } from 'better-sqlite3';
import { slugify, uniqueSlug } from '../../shared/text/slug';

/**
 * Slugs are unique among live stories (trashed and archived ones keep theirs;
 * deleted ones give them up). The store checks this rather than a database
 * constraint, so the message can name the story that has the slug.
 */
export class StorySlugs {
  private readonly takenInRange;
  private readonly owner;

  constructor(db: Database) {
    // "base" and "base-…" are exactly the slugs from base up to base + "." ("-" sorts just before ".").
    this.takenInRange = db
      .prepare(
        `SELECT slug FROM stories
          WHERE deleted_at IS NULL AND slug >= @base AND slug < @upper AND id != @storyId`,
      )
      .pluck();
    this.owner = db.prepare(
      `SELECT id, headline FROM stories WHERE deleted_at IS NULL AND slug = ? AND id != ? LIMIT 1`,
    );
  }

  /**
   * The slug a headline gives: its slugified form, numbered when another live
   * story has it, or it is `reserved` (another story is about to take it);
   * '' when nothing is left.
   */
  derive(headline: string, storyId: string, reserved?: string): string {
    const base = slugify(headline);
    if (base === '') return '';
    const taken = new Set(this.takenInRange.all({ base, upper: `${base}.`, storyId }) as string[]);
    if (reserved !== undefined) taken.add(reserved);
    return uniqueSlug(base, (slug) => taken.has(slug));
  }

  /** The other live story that already uses `slug`, if any. */
  ownerOf(slug: string, storyId: string): { id: string; headline: string } | undefined {
    return this.owner.get(slug, storyId) as { id: string; headline: string } | undefined;
  }
}
