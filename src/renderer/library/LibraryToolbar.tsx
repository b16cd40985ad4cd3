import type { KeyboardEvent, Ref } from 'react';
import { statusLabels, storySortKeys, storyViews, workflowStatuses, type StorySort, type StoryView, type WorkflowStatus } from '../../shared/story/story-constants';
import { useNavigation } from '../app/navigation';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { commandAriaKeys, titleWithShortcut } from '../commands/command-labels';
import { sortLabels, viewLabels, type ListFilters } from './list-filters';

type LibraryToolbarProps = {
  filters: ListFilters;
  sections: string[];
  searchText: string;
  /** Search results come in order of relevance, whatever the sort. */
  searching: boolean;
  countLabel: string | null;
  searchRef: Ref<HTMLInputElement>;
  onSearchTextChange: (text: string) => void;
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onSearchFocus: () => void;
  onFiltersChange: (patch: Partial<ListFilters>) => void;
  onNewStory: () => void;
  /** Opens the file picker for a Word document or web page. */
  onImport: () => void;
};

export function LibraryToolbar({
  filters,
  sections,
  searchText,
  searching,
  countLabel,
  searchRef,
  onSearchTextChange,
  onSearchKeyDown,
  onSearchFocus,
  onFiltersChange,
  onNewStory,
  onImport,
}: LibraryToolbarProps) {
  const { go } = useNavigation();
  return (
    <header className="library-header">
      <div className="library-header__bar">
        <h1 className="brand">Copydesk</h1>
        <div className="search">
          <span className="search__icon">
            <Icon name="search" size={16} />
          </span>
          <input
            ref={searchRef}
            type="search"
            className="search__input"
            aria-label="Search stories"
            aria-keyshortcuts={commandAriaKeys('search-library')}
            placeholder="Search headlines, text, authors and tags"
            value={searchText}
            onChange={(event) => onSearchTextChange(event.target.value)}
            onKeyDown={onSearchKeyDown}
            onFocus={onSearchFocus}
            spellCheck={false}
            autoComplete="off"
          />
          {searchText === '' ? (
            <kbd className="search__hint" aria-hidden="true">
              /
            </kbd>
          ) : (
            <button type="button" className="search__clear" aria-label="Clear search" onClick={() => onSearchTextChange('')}>
              <Icon name="close" size={14} />
            </button>
          )}
        </div>
        <Button variant="quiet" onClick={() => go({ screen: 'authors' })}>
          Authors
        </Button>
        <Button variant="quiet" onClick={() => go({ screen: 'settings' })} title={titleWithShortcut('show-settings')}>
          Settings
        </Button>
        <Button
          onClick={onImport}
          title={titleWithShortcut('import-story')}
          aria-keyshortcuts={commandAriaKeys('import-story')}
        >
          <Icon name="import" size={16} />
          Import…
        </Button>
        <Button
          variant="primary"
          onClick={onNewStory}
          title={titleWithShortcut('new-story')}
          aria-keyshortcuts={commandAriaKeys('new-story')}
        >
          <Icon name="plus" size={16} />
          New story
        </Button>
      </div>
      <div className="library-header__filters">
        <div className="segmented" role="group" aria-label="Show">
          {storyViews.map((view: StoryView) => (
            <button
              key={view}
              type="button"
              className="segmented__option"
              aria-pressed={filters.view === view}
              onClick={() => onFiltersChange({ view })}
            >
              {viewLabels[view]}
            </button>
          ))}
        </div>
        <span className="library-count" aria-live="polite">
          {countLabel}
        </span>
        <div className="library-header__selects">
          <label className="field-inline">
            <span className="field-inline__label">Status</span>
            <select
              className="select"
              value={filters.status ?? ''}
              onChange={(event) => onFiltersChange({ status: (event.target.value || null) as WorkflowStatus | null })}
            >
              <option value="">Any</option>
              {workflowStatuses.map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
                </option>
              ))}
            </select>
          </label>
          <label className="field-inline">
            <span className="field-inline__label">Section</span>
            <select
              className="select"
              value={filters.section ?? ''}
              onChange={(event) => onFiltersChange({ section: event.target.value || null })}
            >
              <option value="">Any</option>
              {sections.map((section) => (
                <option key={section} value={section}>
                  {section}
                </option>
              ))}
            </select>
          </label>
          <label className="field-inline">
            <span className="field-inline__label">Sort by</span>
            {searching ? (
              <select className="select" value="relevance" disabled title="Search results are ordered by relevance">
                <option value="relevance">Relevance</option>
              </select>
            ) : (
              <select
                className="select"
                value={filters.sort}
                onChange={(event) => onFiltersChange({ sort: event.target.value as StorySort })}
              >
                {storySortKeys.map((sort) => (
                  <option key={sort} value={sort}>
                    {sortLabels[sort]}
                  </option>
                ))}
              </select>
            )}
          </label>
        </div>
      </div>
    </header>
  );
}
