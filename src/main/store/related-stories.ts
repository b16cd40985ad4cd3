import type { Database } from 'better-sqlite3';
import type {
  LinkedStoryPlace,
  LinkingStory,
  RelatedSuggestion,
  StoryCard,
  TagUse,
} from '../../shared/story/related-schema';
import type { WorkflowStatus } from '../../shared/story/story-constants';
import { foldText } from './fold-text';
import { keyTerms } from './key-terms';
import { BYLINE_NAMES_COLUMN } from './story-bylines';

/** How many of a story's words a suggestion search uses, and how much of the body it reads for them. */
const MAX_TERMS = 12;
const BODY_CHARS = 4_000;
/** What the best text match adds to a suggestion's score: less than one shared tag. */
const TEXT_WEIGHT = 0.9;
/** Text hits considered before ranking them against shared tags. */
const TEXT_CANDIDATES = 40;
/**
 * bm25 weights by index column: headline, standfirst, body; authors and tags
 * are left out (shared tags are counted on their own), facets only filter.
 */
const SIMILARITY_WEIGHTS = '10.0, 4.0, 1.0, 0.0, 0.0, 0.0';

type CardRow = {
  id: string;
  list_view: 'active' | 'archived' | 'trash' | 'deleted';
  headline: string;
  standfirst: string;
  section: string;
  status: WorkflowStatus | null;
  byline_names: string;
};

type Candidate = { id: string; sharedTags: Map<string, string>; similarity: number };

/**
 * Related-story reads: cards for linked stories as they are now, suggestions
 * ranked by shared tags and text similarity, the stories that link to one,
 * and the tags in use. Suggestions search the full-text index with the
 * story's own most distinctive words (see keyTerms), so a suggestion costs
 * one index query, not a comparison with every story.
 */
export class RelatedStories {
  private readonly sql;

  constructor(db: Database) {
    // A per-connection view of the index's vocabulary: how many stories hold each word.
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.stories_fts_terms USING fts5vocab('main', 'stories_fts', 'row')");
    this.sql = {
      card: db.prepare(
        `SELECT s.id, s.list_view, s.headline, s.standfirst, s.section, s.status, ${BYLINE_NAMES_COLUMN}
           FROM stories s WHERE s.id = ?`,
      ),
      linkedIds: db
        .prepare('SELECT target_story_id FROM related_links WHERE story_id = ? AND target_story_id IS NOT NULL')
        .pluck(),
      termSource: db.prepare(
        `SELECT headline, standfirst, substr(body_text, 1, ${BODY_CHARS}) AS body
           FROM stories WHERE id = ? AND deleted_at IS NULL`,
      ),
      storiesWith: db.prepare('SELECT doc FROM temp.stories_fts_terms WHERE term = ?').pluck(),
      indexedStories: db.prepare('SELECT count(*) FROM stories WHERE search_rowid IS NOT NULL').pluck(),
      similar: db.prepare(
        `SELECT s.id, hits.score
           FROM (SELECT rowid, bm25(stories_fts, ${SIMILARITY_WEIGHTS}) AS score
                   FROM stories_fts WHERE stories_fts MATCH @match ORDER BY score LIMIT ${TEXT_CANDIDATES}) AS hits
           JOIN stories s ON s.search_rowid = hits.rowid
          ORDER BY hits.score`,
      ),
      sharedTags: db.prepare(
        `SELECT other.story_id AS id, other.tag AS tag
           FROM story_tags mine
           JOIN story_tags other ON other.tag = mine.tag COLLATE NOCASE AND other.story_id != mine.story_id
           JOIN stories s ON s.id = other.story_id AND s.list_view IN ('active', 'archived')
          WHERE mine.story_id = ?`,
      ),
      linking: db.prepare(
        `SELECT DISTINCT s.id, s.headline, s.list_view AS place, s.modified_at
           FROM related_links r JOIN stories s ON s.id = r.story_id
          WHERE r.target_story_id = ? AND s.deleted_at IS NULL
          ORDER BY s.modified_at DESC, s.id`,
      ),
      tags: db.prepare(
        `SELECT min(t.tag) AS tag, count(DISTINCT t.story_id) AS stories
           FROM story_tags t JOIN stories s ON s.id = t.story_id AND s.list_view IN ('active', 'archived')
          WHERE t.tag LIKE @pattern ESCAPE '\\'
          GROUP BY t.tag COLLATE NOCASE
          ORDER BY stories DESC, tag COLLATE NOCASE
          LIMIT @limit`,
      ),
    };
  }

  /** The story as a card shows it now; a story deleted for good (or never stored) is "missing". */
  card(storyId: string): StoryCard {
    const row = this.sql.card.get(storyId) as CardRow | undefined;
    if (row === undefined || row.list_view === 'deleted') {
      return { storyId, place: 'missing', headline: '', standfirst: '', section: '', status: null, bylineNames: [] };
    }
    const place: LinkedStoryPlace = row.list_view;
    return {
      storyId,
      place,
      headline: row.headline,
      standfirst: row.standfirst,
      section: row.section,
      status: row.status,
      bylineNames: JSON.parse(row.byline_names) as string[],
    };
  }

  /**
   * Live stories (not trashed) like this one, best first: each shared tag
   * counts one, and text similarity adds up to TEXT_WEIGHT more (the best
   * text match most, others in proportion to their bm25), so shared tags
   * lead and the text decides between equals. Never the story itself or one
   * it already links to.
   */
  suggest(storyId: string, limit: number): RelatedSuggestion[] {
    const excluded = new Set<string>([storyId, ...(this.sql.linkedIds.all(storyId) as string[])]);
    const candidates = new Map<string, Candidate>();
    const candidate = (id: string) => {
      let found = candidates.get(id);
      if (found === undefined) {
        found = { id, sharedTags: new Map(), similarity: 0 };
        candidates.set(id, found);
      }
      return found;
    };

    for (const { id, tag } of this.sql.sharedTags.all(storyId) as { id: string; tag: string }[]) {
      if (!excluded.has(id)) candidate(id).sharedTags.set(foldText(tag), tag);
    }

    const match = this.similarityMatch(storyId);
    if (match !== null) {
      const hits = (this.sql.similar.all({ match }) as { id: string; score: number }[]).filter((hit) => !excluded.has(hit.id));
      const best = hits[0]?.score;
      // bm25 scores are negative, better ones lower: the ratio to the best is in (0, 1].
      for (const hit of hits) candidate(hit.id).similarity = best === undefined || best === 0 ? 1 : hit.score / best;
    }

    return [...candidates.values()]
      .map((c) => ({ ...c, score: c.sharedTags.size + TEXT_WEIGHT * c.similarity }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((c) => {
        const sharedTags = [...c.sharedTags.values()];
        return { card: this.card(c.id), reason: suggestionReason(sharedTags, c.similarity > 0), sharedTags };
      });
  }

  /** Stories (live, archived or in the trash) with a link to this one, most recently changed first. */
  linking(storyId: string): LinkingStory[] {
    return (this.sql.linking.all(storyId) as LinkingStory[]).map(({ id, headline, place }) => ({ id, headline, place }));
  }

  /** Tags starting with `prefix` (ignoring case), the most used first, for autocomplete. */
  tags(prefix: string, limit: number): TagUse[] {
    const pattern = `${prefix.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.sql.tags.all({ pattern, limit }) as TagUse[];
  }

  /** An FTS5 query for any of the story's key terms among live stories, or null when it has none worth searching. */
  private similarityMatch(storyId: string): string | null {
    const source = this.sql.termSource.get(storyId) as
      | { headline: string; standfirst: string; body: string }
      | undefined;
    if (source === undefined) return null;
    const terms = keyTerms(
      [
        { text: source.headline, weight: 3 },
        { text: source.standfirst, weight: 2 },
        { text: source.body, weight: 1 },
      ],
      (term) => (this.sql.storiesWith.get(term) as number | undefined) ?? 0,
      this.sql.indexedStories.get() as number,
      MAX_TERMS,
    );
    if (terms.length === 0) return null;
    // Terms are runs of letters and digits only, so quoting them leaves no query syntax.
    const words = terms.map((term) => `"${term}"`).join(' OR ');
    return `{headline standfirst body} : (${words}) AND facets : ("zviewactive" OR "zviewarchived")`;
  }
}

function suggestionReason(sharedTags: string[], similarText: boolean): string {
  const parts: string[] = [];
  if (sharedTags.length === 1) parts.push(`Shared tag “${sharedTags[0]}”`);
  else if (sharedTags.length > 1) parts.push(`${sharedTags.length} shared tags`);
  if (similarText) parts.push(parts.length === 0 ? 'Similar text' : 'similar text');
  return parts.join(' · ');
}
