import { storyViews, type StoryView, type WorkflowStatus } from '../../shared/story/story-constants';

/** The columns a person's search looks in; the last index column, facets, only filters. */
const TEXT_COLUMNS = '{headline standfirst body authors tags}';

/** The views other than "active" that the index holds (deleted stories are not indexed). */
const SET_ASIDE_VIEWS = storyViews.filter((view) => view !== 'active');

/**
 * The MATCH expression for a search within the library filters. The filter
 * tokens are the ones the story_search_source view writes into the facets
 * column (see the initial migration); the typed words are confined to the
 * text columns, so no search can match a filter token.
 *
 * Most stories are active, so "active" is asked as "in neither of the other
 * views": bm25 counts every filter token's stories once per search, and the
 * rare tokens are far cheaper to count. The facets column weighs nothing in
 * the ranking, so scores are the same either way.
 */
export function filteredMatch(
  words: string,
  filters: { view: StoryView; status: WorkflowStatus | null; section: string | null },
): string {
  const facets: string[] = [];
  if (filters.view !== 'active') facets.push(viewToken(filters.view));
  if (filters.status !== null) facets.push(`"zstatus${filters.status.replace(/_/g, '')}"`);
  if (filters.section !== null) facets.push(`"zsection${Buffer.from(filters.section, 'utf8').toString('hex')}"`);
  const required = facets.length === 0 ? '' : ` AND facets : (${facets.join(' ')})`;
  const excluded = filters.view === 'active' ? ` NOT facets : (${SET_ASIDE_VIEWS.map(viewToken).join(' OR ')})` : '';
  return `${TEXT_COLUMNS} : (${words})${required}${excluded}`;
}

function viewToken(view: StoryView): string {
  return `"zview${view}"`;
}
