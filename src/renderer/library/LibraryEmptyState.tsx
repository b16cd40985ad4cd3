import { Button } from '../ui/Button';
import { titleWithShortcut } from '../commands/command-labels';
import { EmptyState } from './EmptyState';
import { hasNarrowingFilters, type ListFilters } from './list-filters';

type LibraryEmptyStateProps = {
  filters: ListFilters;
  query: string;
  onNewStory: () => void;
  onImport: () => void;
  onClearSearch: () => void;
  onClearFilters: () => void;
};

/** What to do next when the list is empty: why it is empty depends on the search, the filters and the view. */
export function LibraryEmptyState({ filters, query, onNewStory, onImport, onClearSearch, onClearFilters }: LibraryEmptyStateProps) {
  if (query !== '') {
    return (
      <EmptyState
        title={`No stories match “${query}”`}
        action={<Button onClick={onClearSearch}>Clear search</Button>}
      >
        Search looks in headlines, standfirsts, body text, author names and tags
        {filters.view === 'active' ? '' : filters.view === 'archived' ? ' of archived stories' : ' of stories in the trash'}.
      </EmptyState>
    );
  }
  if (hasNarrowingFilters(filters)) {
    return (
      <EmptyState title="No stories match these filters" action={<Button onClick={onClearFilters}>Clear filters</Button>}>
        Try another status or section, or show every story.
      </EmptyState>
    );
  }
  switch (filters.view) {
    case 'active':
      return (
        <EmptyState
          title="No stories yet"
          action={
            <>
              <Button variant="primary" onClick={onNewStory}>
                {titleWithShortcut('new-story')}
              </Button>
              <Button onClick={onImport}>Import a Word document…</Button>
            </>
          }
        >
          Start a draft: it is saved as you type. Or bring in a contributor’s Word document or a web page: drop it here.
        </EmptyState>
      );
    case 'archived':
      return (
        <EmptyState title="Nothing archived">
          Archive a story to keep it out of your working list without deleting it. Archived stories wait here, searchable,
          until you move them back.
        </EmptyState>
      );
    case 'trash':
      return (
        <EmptyState title="The trash is empty">
          Stories you move to the trash stay here until you restore them or delete them for good.
        </EmptyState>
      );
  }
}
