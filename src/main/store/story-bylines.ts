import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import type { BylineInput } from '../../shared/story/story-schema';
import { foldText } from './fold-text';
import type { BylineRow } from './story-rows';

/** A library row's or a card's byline names (a JSON array, in byline order), for a query over `stories s`. */
export const BYLINE_NAMES_COLUMN = `(SELECT json_group_array(a.name ORDER BY b.position)
   FROM story_bylines b JOIN authors a ON a.id = b.author_id
  WHERE b.story_id = s.id) AS byline_names`;

/**
 * A story's bylines: authors from the directory, in order, each with the
 * story's own role and organisation. The story row keeps the first name
 * (folded) for sorting and all names for the search index.
 */
export class StoryBylines {
  private readonly sql;

  constructor(db: Database) {
    this.sql = {
      select: db.prepare(
        `SELECT b.author_id, a.name, b.role, b.organisation
           FROM story_bylines b JOIN authors a ON a.id = b.author_id
          WHERE b.story_id = ? ORDER BY b.position`,
      ),
      author: db.prepare('SELECT name, deleted_at FROM authors WHERE id = ?'),
      remove: db.prepare('DELETE FROM story_bylines WHERE story_id = ?'),
      insert: db.prepare(
        `INSERT INTO story_bylines (story_id, position, author_id, role, organisation)
         VALUES (@story_id, @position, @author_id, @role, @organisation)`,
      ),
      copy: db.prepare(
        `INSERT INTO story_bylines (story_id, position, author_id, role, organisation)
         SELECT @id, position, author_id, role, organisation FROM story_bylines WHERE story_id = @sourceId`,
      ),
      setNames: db.prepare('UPDATE stories SET byline_sort_name = @sortName, search_authors = @searchText WHERE id = @id'),
      storiesOf: db
        .prepare(
          `SELECT DISTINCT b.story_id FROM story_bylines b JOIN stories s ON s.id = b.story_id
            WHERE b.author_id = ? AND s.deleted_at IS NULL`,
        )
        .pluck(),
    };
  }

  rows(storyId: string): BylineRow[] {
    return this.sql.select.all(storyId) as BylineRow[];
  }

  /** The stories (not deleted for good) that credit this author. */
  storiesOf(authorId: string): string[] {
    return this.sql.storiesOf.all(authorId) as string[];
  }

  /** Of these author ids, those with no row in the directory (never added here, not even merged away), each once. */
  unknownAuthors(ids: string[]): string[] {
    return [...new Set(ids)].filter((id) => this.sql.author.get(id) === undefined);
  }

  /**
   * The bylines as rows, once refused if one names no author in the
   * directory or repeats another. `fromDesk`: the story as another profile
   * has it, which may credit an author merged away (deleted) here.
   */
  checked(storyId: string, bylines: BylineInput[], fromDesk = false): BylineRow[] {
    const current = new Set(this.rows(storyId).map((byline) => byline.author_id));
    const seen = new Set<string>();
    return bylines.map((byline, index) => {
      const field = `changes.bylines.${index}.authorId`;
      const author = this.sql.author.get(byline.authorId) as { name: string; deleted_at: string | null } | undefined;
      // A byline the story already has may stay even if its author has since left the directory.
      if (author === undefined || (author.deleted_at !== null && !current.has(byline.authorId) && !fromDesk)) {
        throw new ApiError(
          'invalid_input',
          `Byline ${index + 1}: there is no author with id ${byline.authorId} in the directory. Pick an author from the directory or add them first.`,
          field,
        );
      }
      if (seen.has(byline.authorId)) {
        throw new ApiError('invalid_input', `Byline ${index + 1}: ${author.name} is already a byline on this story.`, field);
      }
      seen.add(byline.authorId);
      return { author_id: byline.authorId, name: author.name, role: byline.role, organisation: byline.organisation };
    });
  }

  /** Whether `bylines` differ from the story's stored ones (author, role or organisation, or order). */
  differ(storyId: string, bylines: BylineRow[]): boolean {
    const key = (byline: BylineRow) => JSON.stringify([byline.author_id, byline.role, byline.organisation]);
    const stored = this.rows(storyId);
    return stored.length !== bylines.length || stored.some((byline, index) => key(byline) !== key(bylines[index]!));
  }

  /** Replaces the story's bylines; the caller takes the story out of the search index first and adds it back after. */
  replace(storyId: string, bylines: BylineRow[]): void {
    this.sql.remove.run(storyId);
    bylines.forEach((byline, position) => this.sql.insert.run({ ...byline, story_id: storyId, position }));
    this.setNames(storyId, bylines);
  }

  /** Rewrites the story's byline names for sorting and search from the directory (after an author's name changed). */
  refreshNames(storyId: string): void {
    this.setNames(storyId, this.rows(storyId));
  }

  copy(sourceId: string, id: string): void {
    this.sql.copy.run({ sourceId, id });
  }

  private setNames(storyId: string, bylines: BylineRow[]): void {
    const first = bylines[0];
    this.sql.setNames.run({
      id: storyId,
      sortName: first === undefined ? null : foldText(first.name),
      searchText: bylines.map((byline) => byline.name).join('\n'),
    });
  }
}
