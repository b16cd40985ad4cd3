import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useSettings } from '../app/settings-context';
import { BatchExportDialog } from '../export/BatchExportDialog';
import { Menu, type MenuAnchor } from '../ui/Menu';
import { useNow } from '../ui/use-now';
import { DeleteForeverDialog } from './DeleteForeverDialog';
import { gridKeyHandler } from './grid-keys';
import { describeCount } from './library-count';
import { LibraryEmptyState } from './LibraryEmptyState';
import { LibraryImportParts } from './LibraryImportParts';
import { LibraryToolbar } from './LibraryToolbar';
import { defaultFilters } from './list-filters';
import { StoryGrid } from './StoryGrid';
import { quotedTitle } from './story-title';
import { TickedStoriesBar } from './TickedStoriesBar';
import { useLibraryCommands } from './use-library-commands';
import { useLibraryImport } from './use-library-import';
import { useLibraryQuery } from './use-library-query';
import { useMarkedStories } from './use-marked-stories';
import { useRowActions } from './use-row-actions';
import { useStoryActions } from './use-story-actions';
import { useStoryGrid } from './use-story-grid';
import { useStoryList } from './use-story-list';

/** The library: search and filters over the list of stories, their actions, batch export and import. */
export function LibraryScreen({ onNewStory }: { onNewStory: () => void }) {
  const settings = useSettings();
  const now = useNow();
  const query = useLibraryQuery();
  const { filters, searchText, setSearchText, searching } = query;
  const list = useStoryList(query.effectiveFilters);
  const actions = useStoryActions(list.reload);
  const grid = useStoryGrid(list, query.effectiveFilters, searching);
  const rowActions = useRowActions(actions, grid, list, filters.view);
  const marks = useMarkedStories(list.reload);
  const libraryImport = useLibraryImport(list.reload);
  const searchRef = useRef<HTMLInputElement>(null);
  const [menu, setMenu] = useState<{ index: number; anchor: MenuAnchor } | null>(null);
  const { total, focusList, rowElement, selectedIndex, wantFocus } = grid;

  const focusListIfAny = useCallback(() => {
    if (total > 0) focusList();
  }, [focusList, total]);
  useLibraryCommands({ searchRef, pickFile: libraryImport.pick, focusList: focusListIfAny });

  const openMenu = useCallback((index: number, anchor: MenuAnchor) => setMenu({ index, anchor }), []);
  const closeMenu = useCallback(() => {
    setMenu(null);
    wantFocus(true);
    rowElement(selectedIndex)?.focus({ preventScroll: true });
  }, [rowElement, selectedIndex, wantFocus]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (searchText !== '') setSearchText('');
      else if (total > 0) focusList();
    } else if ((event.key === 'ArrowDown' || event.key === 'Enter') && total > 0) {
      event.preventDefault();
      focusList();
    }
  };

  const countLabel = list.total === null ? null : describeCount(list.total, filters, searching);
  const menuStory = menu === null ? undefined : list.rowAt(menu.index);

  return (
    <div className="library" {...libraryImport.drop.handlers}>
      <LibraryToolbar
        filters={filters}
        sections={settings?.sections.map((s) => s.name) ?? []}
        searchText={searchText}
        searching={searching}
        countLabel={countLabel}
        searchRef={searchRef}
        onSearchTextChange={setSearchText}
        onSearchKeyDown={onSearchKeyDown}
        onSearchFocus={() => wantFocus(false)}
        onFiltersChange={query.changeFilters}
        onNewStory={onNewStory}
        onImport={libraryImport.pick}
      />
      <LibraryImportParts libraryImport={libraryImport} />
      <main className="library-main" aria-label="Library">
        {marks.marked.size > 0 && <TickedStoriesBar count={marks.marked.size} onExport={marks.startExport} onClear={marks.clearMarks} />}
        {list.total === 0 && list.current ? (
          <LibraryEmptyState
            filters={filters}
            query={query.query}
            onNewStory={onNewStory}
            onImport={libraryImport.pick}
            onClearSearch={() => {
              setSearchText('');
              searchRef.current?.focus();
            }}
            onClearFilters={() => query.changeFilters({ status: defaultFilters.status, section: defaultFilters.section })}
          />
        ) : (
          <StoryGrid
            grid={grid}
            list={list}
            countLabel={countLabel}
            marked={marks.marked}
            onToggleMark={marks.toggleMark}
            menuIndex={menu?.index ?? null}
            onMenu={openMenu}
            searching={searching}
            now={now}
            onKeyDown={gridKeyHandler({ grid, list, rowActions, view: filters.view, toggleMark: marks.toggleMark, openMenu })}
          />
        )}
      </main>
      {menu !== null && menuStory !== undefined && (
        <Menu label={`Actions for ${quotedTitle(menuStory.headline)}`} items={rowActions.menuItems(menuStory)} anchor={menu.anchor} onClose={closeMenu} />
      )}
      {marks.exporting !== null && <BatchExportDialog ids={marks.exporting} onClose={marks.finishExport} />}
      {rowActions.confirmDelete !== null && (
        <DeleteForeverDialog story={rowActions.confirmDelete} onCancel={rowActions.cancelDelete} onConfirm={rowActions.deleteForever} />
      )}
    </div>
  );
}
