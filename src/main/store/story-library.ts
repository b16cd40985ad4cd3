import type { Database, Statement } from 'better-sqlite3';
import type { ListStoriesQuery, StorySummary } from '../../shared/story/story-schema';
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type StorySort, type StoryView, type WorkflowStatus } from '../../shared/story/story-constants';
import { filteredMatch } from './search-facets';
import { ftsMatchExpression } from './search-query';
import { BYLINE_NAMES_COLUMN } from './story-bylines';
import { listedColumns } from './story-columns';
import { DESK_EDITORS_COLUMN } from './story-desk-marks';
import { summaryFromRow, type StorySummaryRow } from './story-rows';

/** bm25 weights by index column: headline, standfirst, body, authors, tags, and the facets (filters only). */
const SEARCH_WEIGHTS = '10.0, 4.0, 1.0, 6.0, 5.0, 0.0';
const SNIPPET_TOKENS = 12;
const STANDFIRST_COLUMN = 1;
const BODY_COLUMN = 2;

const SUMMARY_COLUMNS = `
  ${listedColumns('s')},
  ${BYLINE_NAMES_COLUMN},
  (SELECT max(e.exported_at) FROM export_log e WHERE e.story_id = s.id) AS last_exported_at,
  ${DESK_EDITORS_COLUMN}`;

/** Each order is served by one index of the same shape (see the initial migration). */
const ORDER_BY: Record<StorySort, string> = {
  modified: 's.modified_at DESC',
  // The status codes sort in workflow order: draft < in_edit < ready.
  status: 's.status, s.modified_at DESC',
  section: 's.section, s.modified_at DESC',
  author: 's.byline_sort_name IS NULL, s.byline_sort_name, s.modified_at DESC',
};

type Filters = { view: StoryView; status: WorkflowStatus | null; section: string | null };

/**
 * The library's reads: one page of stories plus the total, either listed in
 * a chosen order or searched and ranked by relevance. SQL text is built only
 * from the fixed pieces above; everything a person typed is a bound value.
 */
export class StoryLibrary {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  list(query: ListStoriesQuery): { total: number; rows: StorySummary[] } {
    const filters = { view: query.view, status: query.status, section: query.section };
    const words = query.query.trim() === '' ? undefined : ftsMatchExpression(query.query);
    if (words === null) return { total: 0, rows: [] };
    return this.db
      .transaction(() => (words === undefined ? this.listed(query, filters) : this.searched(query, filters, words)))
      .deferred();
  }

  private listed(query: ListStoriesQuery, filters: Filters) {
    const where = whereClause(filters);
    const params = { ...filterParams(filters), limit: query.limit, offset: query.offset };
    const { total } = this.statement(`SELECT count(*) AS total FROM stories s WHERE ${where}`).get(params) as {
      total: number;
    };
    const rows = this.statement(
      `SELECT ${SUMMARY_COLUMNS} FROM stories s WHERE ${where} ORDER BY ${ORDER_BY[query.sort]} LIMIT @limit OFFSET @offset`,
    ).all(params) as StorySummaryRow[];
    return { total, rows: rows.map((row) => summaryFromRow(row, null)) };
  }

  private searched(query: ListStoriesQuery, filters: Filters, words: string) {
    const params = { match: filteredMatch(words, filters) };
    const { total } = this.statement('SELECT count(*) AS total FROM stories_fts WHERE stories_fts MATCH @match').get(
      params,
    ) as { total: number };
    if (total === 0 || query.offset >= total) return { total, rows: [] };
    // Rank every hit inside the index, then read, summarise and snippet only
    // the page's rows. The second pass scans the hits again rather than
    // looking each page row up by rowid: a lookup restarts the whole match,
    // which costs far more on a large index.
    const rows = this.statement(
      `WITH page AS MATERIALIZED (
         SELECT rowid AS search_rowid, bm25(stories_fts, ${SEARCH_WEIGHTS}) AS score
           FROM stories_fts WHERE stories_fts MATCH @match
          ORDER BY score, search_rowid DESC LIMIT @limit OFFSET @offset
       ),
       -- The body, the long column, is only tokenized for a snippet when the standfirst has no match.
       hits AS (
         SELECT page.search_rowid, page.score,
                snippet(stories_fts, ${STANDFIRST_COLUMN}, @markStart, @markEnd, '…', ${SNIPPET_TOKENS}) AS standfirst_snippet,
                CASE WHEN instr(snippet(stories_fts, ${STANDFIRST_COLUMN}, @markStart, @markEnd, '', 1), @markStart) > 0
                     THEN NULL
                     ELSE snippet(stories_fts, ${BODY_COLUMN}, @markStart, @markEnd, '…', ${SNIPPET_TOKENS})
                END AS body_snippet
           FROM stories_fts CROSS JOIN page ON page.search_rowid = stories_fts.rowid
          WHERE stories_fts MATCH @match
       )
       SELECT ${SUMMARY_COLUMNS}, hits.standfirst_snippet, hits.body_snippet
         FROM hits CROSS JOIN stories s ON s.search_rowid = hits.search_rowid
        ORDER BY hits.score, hits.search_rowid DESC`,
    ).all({
      ...params,
      markStart: SNIPPET_MARK_START,
      markEnd: SNIPPET_MARK_END,
      limit: query.limit,
      offset: query.offset,
    }) as StorySummaryRow[];
    return { total, rows: rows.map((row) => summaryFromRow(row, bestSnippet(row))) };
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function whereClause(filters: Filters): string {
  return [
    's.list_view = @view',
    filters.status === null ? null : 's.status = @status',
    filters.section === null ? null : 's.section = @section',
  ]
    .filter((term) => term !== null)
    .join(' AND ');
}

function filterParams(filters: Filters): Record<string, string> {
  const params: Record<string, string> = { view: filters.view };
  if (filters.status !== null) params.status = filters.status;
  if (filters.section !== null) params.section = filters.section;
  return params;
}

/**
 * The passage to show under a hit: from the standfirst when the match is
 * there (it is the story's own summary), otherwise from the body; none when
 * the match was only in the headline, bylines or tags, which the row shows.
 */
function bestSnippet(row: StorySummaryRow): string | null {
  for (const snippet of [row.standfirst_snippet, row.body_snippet]) {
    if (snippet?.includes(SNIPPET_MARK_START)) return snippet;
  }
  return null;
}
