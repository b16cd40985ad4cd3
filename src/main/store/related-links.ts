import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import type { RelatedLinkInput } from '../../shared/story/story-schema';
import { relatedToRow, type RelatedRow } from './story-rows';

/** A story's own list of related links (to stories in the profile or to pages elsewhere), in order. */
export class RelatedLinks {
  private readonly sql;

  constructor(db: Database) {
    const columns = 'target_story_id, url, headline, standfirst, byline, image_url';
    this.sql = {
      select: db.prepare(`SELECT ${columns} FROM related_links WHERE story_id = ? ORDER BY position`),
      remove: db.prepare('DELETE FROM related_links WHERE story_id = ?'),
      insert: db.prepare(
        `INSERT INTO related_links (story_id, position, ${columns})
         VALUES (@story_id, @position, @target_story_id, @url, @headline, @standfirst, @byline, @image_url)`,
      ),
      copy: db.prepare(
        `INSERT INTO related_links (story_id, position, ${columns})
         SELECT @id, position, ${columns} FROM related_links WHERE story_id = @sourceId`,
      ),
      liveStory: db.prepare('SELECT id FROM stories WHERE id = ? AND deleted_at IS NULL'),
    };
  }

  rows(storyId: string): RelatedRow[] {
    return this.sql.select.all(storyId) as RelatedRow[];
  }

  /** Whether a link may point at this story: it exists and was not deleted for good. */
  canLinkTo(storyId: string): boolean {
    return this.sql.liveStory.get(storyId) !== undefined;
  }

  /** The links as given, once refused if one points at the story itself, at no story, or repeats another. */
  checked(storyId: string, related: RelatedLinkInput[]): RelatedLinkInput[] {
    const seen = new Set<string>();
    related.forEach((link, index) => {
      const field = link.kind === 'story' ? `changes.related.${index}.storyId` : `changes.related.${index}.url`;
      if (link.kind === 'story') {
        if (link.storyId === storyId) {
          throw new ApiError('invalid_input', `Related story ${index + 1}: a story cannot be related to itself.`, field);
        }
        if (!this.canLinkTo(link.storyId)) {
          throw new ApiError(
            'invalid_input',
            `Related story ${index + 1}: there is no story with id ${link.storyId}. It may have been deleted for good.`,
            field,
          );
        }
      }
      const key = link.kind === 'story' ? `story:${link.storyId}` : `url:${link.url}`;
      if (seen.has(key)) {
        throw new ApiError('invalid_input', `Related story ${index + 1} is already in the list.`, field);
      }
      seen.add(key);
    });
    return related;
  }

  /** Whether `related` differs from the story's stored links. */
  differ(storyId: string, related: RelatedLinkInput[]): boolean {
    const stored = this.rows(storyId);
    return stored.length !== related.length || stored.some((row, index) => relatedKey(row) !== relatedKey(relatedToRow(related[index]!)));
  }

  replace(storyId: string, related: RelatedLinkInput[]): void {
    this.sql.remove.run(storyId);
    related.forEach((link, position) => this.sql.insert.run({ ...relatedToRow(link), story_id: storyId, position }));
  }

  copy(sourceId: string, id: string): void {
    this.sql.copy.run({ sourceId, id });
  }
}

function relatedKey(row: RelatedRow): string {
  return JSON.stringify([row.target_story_id, row.url, row.headline, row.standfirst, row.byline, row.image_url]);
}
