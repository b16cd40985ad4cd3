import type { Database } from 'better-sqlite3';
import { foldText } from './fold-text';

/** A story's tags, in order, and the copy of them the search index reads. */
export class StoryTags {
  private readonly sql;

  constructor(db: Database) {
    this.sql = {
      select: db.prepare('SELECT tag FROM story_tags WHERE story_id = ? ORDER BY position').pluck(),
      remove: db.prepare('DELETE FROM story_tags WHERE story_id = ?'),
      insert: db.prepare('INSERT INTO story_tags (story_id, position, tag) VALUES (@story_id, @position, @tag)'),
      setSearchText: db.prepare('UPDATE stories SET search_tags = @searchText WHERE id = @id'),
      copy: db.prepare(
        'INSERT INTO story_tags (story_id, position, tag) SELECT @id, position, tag FROM story_tags WHERE story_id = @sourceId',
      ),
    };
  }

  of(storyId: string): string[] {
    return this.sql.select.all(storyId) as string[];
  }

  /** Whether `tags` differ from the story's stored tags (in order or spelling). */
  differ(storyId: string, tags: string[]): boolean {
    const stored = this.of(storyId);
    return stored.length !== tags.length || stored.some((tag, index) => tag !== tags[index]);
  }

  /** Replaces the story's tags; the caller takes the story out of the search index first and adds it back after. */
  replace(storyId: string, tags: string[]): void {
    this.sql.remove.run(storyId);
    tags.forEach((tag, position) => this.sql.insert.run({ story_id: storyId, position, tag }));
    this.sql.setSearchText.run({ id: storyId, searchText: tags.join('\n') });
  }

  copy(sourceId: string, id: string): void {
    this.sql.copy.run({ sourceId, id });
  }
}

/** Tags in order, each once (ignoring case): the first spelling wins. */
export function distinctTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = foldText(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
