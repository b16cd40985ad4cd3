import type { StoryView, WorkflowStatus } from '../../shared/story/story-schema';

/** The columns a person's search looks in; the last index column, facets, only filters. */
const TEXT_COLUMNS = '{headline standfirst body authors tags}';

/**
 * The MATCH expression for a search within the library filters. The filter
 * tokens are the ones the story_search_source view writes into the facets
 * column (see the initial migration); the typed words are confined to the
 * text columns, so no search can match a filter token.
 */
export function filteredMatch(
  words: string,
  filters: { view: StoryView; status: WorkflowStatus | null; section: string | null },
): string {
  const facets = [`"zview${filters.view}"`];
  if (filters.status !== null) facets.push(`"zstatus${filters.status.replace(/_/g, '')}"`);
  if (filters.section !== null) facets.push(`"zsection${Buffer.from(filters.section, 'utf8').toString('hex')}"`);
  return `${TEXT_COLUMNS} : (${words}) AND facets : (${facets.join(' ')})`;
}
