import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { StorySummary } from '../../shared/story/story-schema';
import { useNavigation } from '../app/navigation';
import { useSettings } from '../app/settings-context';
import { BatchExportDialog } from '../export/BatchExportDialog';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { hasPrimaryModifier, isMac, isTypingTarget, shortcutLabel } from '../ui/keyboard';
import { Menu, type MenuAnchor, type MenuItem } from '../ui/Menu';
import { formatQuantity } from '../ui/time-format';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { useNow } from '../ui/use-now';
import { useToasts } from '../ui/toasts';
import { DeleteForeverDialog } from './DeleteForeverDialog';
import { EmptyState } from './EmptyState';
import { ImportDialog } from './ImportDialog';
import { ImportMatchDialog } from './ImportMatchDialog';
import { libraryMemory } from './library-memory';
import { LibraryToolbar } from './LibraryToolbar';
import { defaultFilters, hasNarrowingFilters, type ListFilters } from './list-filters';
import { StoryRow } from './StoryRow';
import { quotedTitle } from './story-title';
import { useStoryActions } from './use-story-actions';
import { useStoryList } from './use-story-list';
import { useFileDrop } from './use-file-drop';
import { useStoryImport } from './use-story-import';

/** What the Import… picker offers; the file's own bytes decide what it is. */
const IMPORT_ACCEPT = '.docx,.html,.htm,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html';

const ROW_HEIGHT = 68;
const SEARCH_ROW_HEIGHT = 90;
const OVERSCAN = 8;
const SEARCH_DELAY_MS = 150;

export function LibraryScreen({ onNewStory }: { onNewStory: () => void }) {
  const { navigate } = useNavigation();
  const settings = useSettings();
  const now = useNow();

  const [filters, setFilters] = useState<ListFilters>(libraryMemory.filters);
  const [searchText, setSearchText] = useState(libraryMemory.searchText);
  const query = useDebouncedValue(searchText.trim(), SEARCH_DELAY_MS);
  const effectiveFilters = useMemo(() => ({ ...filters, query }), [filters, query]);
  const list = useStoryList(effectiveFilters);
  const actions = useStoryActions(list.reload);

  const [selected, setSelected] = useState(libraryMemory.selectedIndex);
  const [menu, setMenu] = useState<{ index: number; anchor: MenuAnchor } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<StorySummary | null>(null);
  /** Stories ticked for a batch export, by id (they stay ticked while the list is filtered). */
  const [marked, setMarked] = useState<ReadonlySet<string>>(() => new Set());
  const [exporting, setExporting] = useState<readonly string[] | null>(null);
  const toggleMark = useCallback((id: string) => {
    setMarked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const { reload } = list;
  const toasts = useToasts();
  const storyImport = useStoryImport(reload);
  const importInputRef = useRef<HTMLInputElement>(null);
  const importFiles = (files: File[]) => {
    const [first, ...others] = files;
    if (first === undefined) return;
    if (others.length > 0) toasts.show({ message: `Only “${first.name}” is being imported: import one file at a time.` });
    void storyImport.start(first);
  };
  const drop = useFileDrop(importFiles);
  const finishExport = useCallback(
    (exported: boolean) => {
      setExporting(null);
      if (!exported) return;
      setMarked(new Set());
      void reload();
    },
    [reload],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const wantRowFocus = useRef(libraryMemory.returning);
  const selectAfterReload = useRef<string | null>(null);

  const total = list.total ?? 0;
  const selectedIndex = Math.min(selected, Math.max(0, total - 1));
  const searching = query !== '';
  const rowHeight = searching ? SEARCH_ROW_HEIGHT : ROW_HEIGHT;

  const rangeExtractor = useCallback(
    (range: Range) => {
      // The selected row stays rendered even when scrolled away, so it keeps keyboard focus.
      const indexes = defaultRangeExtractor(range);
      if (selectedIndex < range.count && !indexes.includes(selectedIndex)) {
        indexes.push(selectedIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [selectedIndex],
  );

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    rangeExtractor,
    initialOffset: libraryMemory.scrollOffset,
  });
  const virtualRows = virtualizer.getVirtualItems();

  useEffect(() => {
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  const firstVisible = virtualizer.range?.startIndex ?? 0;
  const lastVisible = virtualizer.range?.endIndex ?? 0;
  const { ensureRange } = list;
  useEffect(() => {
    ensureRange(Math.max(0, firstVisible - OVERSCAN), lastVisible + OVERSCAN);
  }, [firstVisible, lastVisible, ensureRange]);

  // A new search or filter starts at the top of the list.
  const filterKey = JSON.stringify(effectiveFilters);
  const lastFilterKey = useRef(filterKey);
  useEffect(() => {
    if (lastFilterKey.current === filterKey) return;
    lastFilterKey.current = filterKey;
    setSelected(0);
    virtualizer.scrollToOffset(0);
  }, [filterKey, virtualizer]);

  useEffect(
    () => () => {
      libraryMemory.returning = true;
    },
    [],
  );

  useEffect(() => {
    libraryMemory.filters = filters;
    libraryMemory.searchText = searchText;
    libraryMemory.selectedIndex = selectedIndex;
  }, [filters, searchText, selectedIndex]);

  useEffect(() => {
    const id = selectAfterReload.current;
    if (id === null) return;
    const index = list.indexOf(id);
    if (index >= 0) {
      selectAfterReload.current = null;
      wantRowFocus.current = true;
      setSelected(index);
      virtualizer.scrollToIndex(index);
    }
  }, [list, virtualizer]);

  const rowElement = useCallback(
    (index: number) => gridRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`) ?? null,
    [],
  );

  useLayoutEffect(() => {
    if (!wantRowFocus.current) return;
    // Nothing left to focus (the last story went to the trash): do not grab focus later.
    if (list.total === 0 && list.current) wantRowFocus.current = false;
    if (total === 0) return;
    const row = rowElement(selectedIndex);
    if (row === null) return;
    wantRowFocus.current = false;
    row.focus({ preventScroll: true });
  });

  const focusList = useCallback(() => {
    wantRowFocus.current = true;
    virtualizer.scrollToIndex(selectedIndex);
    rowElement(selectedIndex)?.focus({ preventScroll: true });
  }, [rowElement, selectedIndex, virtualizer]);

  const selectIndex = useCallback(
    (index: number, { focus = true }: { focus?: boolean } = {}) => {
      const clamped = Math.max(0, Math.min(index, total - 1));
      wantRowFocus.current = focus;
      setSelected(clamped);
      virtualizer.scrollToIndex(clamped, { align: 'auto' });
    },
    [total, virtualizer],
  );

  const open = useCallback(
    (index: number) => {
      const story = list.rowAt(index);
      if (story === undefined) return;
      setSelected(index);
      libraryMemory.selectedIndex = index;
      libraryMemory.scrollOffset = scrollRef.current?.scrollTop ?? 0;
      void navigate({ screen: 'story', id: story.id });
    },
    [list, navigate],
  );

  const duplicate = useCallback(
    async (story: StorySummary) => {
      const copyId = await actions.duplicate(story);
      if (copyId !== null) selectAfterReload.current = copyId;
    },
    [actions],
  );

  const removeOrTrash = useCallback(
    (story: StorySummary) => {
      if (filters.view === 'trash') setConfirmDelete(story);
      else {
        wantRowFocus.current = true;
        void actions.trash(story);
      }
    },
    [actions, filters.view],
  );

  const menuItems = useCallback(
    (story: StorySummary): MenuItem[] => {
      const openItem: MenuItem = { label: 'Open', shortcut: 'Enter', onSelect: () => open(list.indexOf(story.id)) };
      const duplicateItem: MenuItem = { label: 'Duplicate', shortcut: shortcutLabel('D'), onSelect: () => void duplicate(story) };
      const deleteKey = isMac ? '⌫' : 'Delete';
      const trashItem: MenuItem = { label: 'Move to trash', shortcut: deleteKey, onSelect: () => removeOrTrash(story) };
      switch (filters.view) {
        case 'active':
          return [openItem, duplicateItem, { label: 'Archive', onSelect: () => void actions.archive(story) }, trashItem];
        case 'archived':
          return [openItem, duplicateItem, { label: 'Move back to Stories', onSelect: () => void actions.unarchive(story) }, trashItem];
        case 'trash':
          return [
            openItem,
            { label: 'Restore', onSelect: () => void actions.restore(story) },
            { label: 'Delete for good…', shortcut: deleteKey, destructive: true, onSelect: () => setConfirmDelete(story) },
          ];
      }
    },
    [actions, duplicate, filters.view, list, open, removeOrTrash],
  );

  const openMenu = useCallback((index: number, anchor: MenuAnchor) => setMenu({ index, anchor }), []);
  const closeMenu = useCallback(() => {
    setMenu(null);
    wantRowFocus.current = true;
    rowElement(selectedIndex)?.focus({ preventScroll: true });
  }, [rowElement, selectedIndex]);

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'row') return;
    const story = list.rowAt(selectedIndex);
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        selectIndex(selectedIndex + 1);
        return;
      case 'ArrowUp':
        handled();
        selectIndex(selectedIndex - 1);
        return;
      case 'PageDown':
        handled();
        selectIndex(selectedIndex + page);
        return;
      case 'PageUp':
        handled();
        selectIndex(selectedIndex - page);
        return;
      case 'Home':
        handled();
        selectIndex(0);
        return;
      case 'End':
        handled();
        selectIndex(total - 1);
        return;
      case 'Enter':
        handled();
        open(selectedIndex);
        return;
      case ' ':
        if (story === undefined) return;
        handled();
        toggleMark(story.id);
        return;
      case 'Delete':
      case 'Backspace':
        if (story === undefined) return;
        handled();
        removeOrTrash(story);
        return;
      case 'ContextMenu':
      case 'F10':
        if (event.key === 'F10' && !event.shiftKey) return;
        if (story === undefined) return;
        handled();
        openMenu(selectedIndex, (target.querySelector('.row-menu-button') ?? target).getBoundingClientRect());
        return;
      case 'd':
      case 'D':
        if (!hasPrimaryModifier(event) || story === undefined || filters.view === 'trash') return;
        handled();
        void duplicate(story);
        return;
    }
  };

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

  const focusListFromPage = useRef(() => {});
  useEffect(() => {
    focusListFromPage.current = () => {
      if (total > 0) focusList();
    };
  });

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      // With nothing focused yet, the arrows go straight to the list.
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && event.target === document.body) {
        event.preventDefault();
        focusListFromPage.current();
        return;
      }
      const findShortcut = hasPrimaryModifier(event) && (event.key === 'f' || event.key === 'F') && !event.shiftKey;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (findShortcut || slash) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (hasPrimaryModifier(event) && (event.key === 'o' || event.key === 'O') && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        importInputRef.current?.click();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const changeFilters = (patch: Partial<ListFilters>) => setFilters((current) => ({ ...current, ...patch }));

  const countLabel = list.total === null ? null : describeCount(list.total, filters, searching);
  const menuStory = menu === null ? undefined : list.rowAt(menu.index);

  return (
    <div className="library" {...drop.handlers}>
      <LibraryToolbar
        filters={filters}
        sections={settings?.sections.map((s) => s.name) ?? []}
        searchText={searchText}
        searching={searching}
        countLabel={countLabel}
        searchRef={searchRef}
        onSearchTextChange={setSearchText}
        onSearchKeyDown={onSearchKeyDown}
        onSearchFocus={() => {
          wantRowFocus.current = false;
        }}
        onFiltersChange={changeFilters}
        onNewStory={onNewStory}
        onImport={() => importInputRef.current?.click()}
      />
      <input
        ref={importInputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Import a Word document or web page"
        onChange={(event) => {
          importFiles(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
      {drop.dragging && (
        <div className="library-drop" aria-hidden="true">
          <div className="library-drop__target">
            <Icon name="import" size={28} />
            <p className="library-drop__title">Drop to import as a new story</p>
            <p className="library-drop__hint">A Word document (.docx) or a web page (.html)</p>
          </div>
        </div>
      )}
      {storyImport.state?.stage === 'matched' ? (
        <ImportMatchDialog
          fileName={storyImport.state.fileName}
          notes={storyImport.state.notes}
          match={storyImport.state.match}
          updating={storyImport.state.updating}
          error={storyImport.state.error}
          onOpenDraft={storyImport.openDraft}
          onUpdate={() => void storyImport.updateMatched()}
        />
      ) : (
        storyImport.state !== null && <ImportDialog state={storyImport.state} onClose={storyImport.dismiss} />
      )}
      <main className="library-main" aria-label="Library">
        {marked.size > 0 && (
          <div className="library-selection" role="region" aria-label="Ticked stories">
            <span className="library-selection__count">{marked.size === 1 ? '1 story ticked' : `${marked.size} stories ticked`}</span>
            <Button variant="primary" size="small" onClick={() => setExporting([...marked])}>
              Export to a folder…
            </Button>
            <Button variant="quiet" size="small" onClick={() => setMarked(new Set())}>
              Clear
            </Button>
          </div>
        )}
        {list.total === 0 && list.current ? (
          <LibraryEmptyState
            filters={filters}
            query={query}
            onNewStory={onNewStory}
            onImport={() => importInputRef.current?.click()}
            onClearSearch={() => {
              setSearchText('');
              searchRef.current?.focus();
            }}
            onClearFilters={() => changeFilters({ status: defaultFilters.status, section: defaultFilters.section })}
          />
        ) : (
          <div
            ref={gridRef}
            role="grid"
            aria-label={countLabel === null ? 'Stories' : `Stories, ${countLabel}`}
            aria-rowcount={total + 1}
            aria-colcount={6}
            aria-busy={list.total === null || !list.current}
            className="story-grid"
            onKeyDown={onGridKeyDown}
          >
            <div role="row" aria-rowindex={1} className="story-grid__header story-grid__cols">
              <div role="columnheader">Story</div>
              <div role="columnheader">Status</div>
              <div role="columnheader" className="is-numeric">
                Words
              </div>
              <div role="columnheader">Modified</div>
              <div role="columnheader">Last export</div>
              <div role="columnheader">
                <span className="visually-hidden">Actions</span>
              </div>
            </div>
            <div
              ref={scrollRef}
              className="story-grid__scroll"
              onScroll={(event) => {
                libraryMemory.scrollOffset = event.currentTarget.scrollTop;
              }}
            >
              <div className="story-grid__spacer" style={{ height: virtualizer.getTotalSize() }}>
                {virtualRows.map((item) => (
                  <StoryRow
                    key={item.key}
                    story={list.rowAt(item.index)}
                    index={item.index}
                    selected={item.index === selectedIndex}
                    marked={marked}
                    onToggleMark={toggleMark}
                    menuOpen={menu?.index === item.index}
                    searching={searching}
                    now={now}
                    style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                    onSelect={(index) => selectIndex(index)}
                    onOpen={open}
                    onMenu={openMenu}
                  />
                ))}
              </div>
            </div>
          </div>
        )}
      </main>
      {menu !== null && menuStory !== undefined && (
        <Menu
          label={`Actions for ${quotedTitle(menuStory.headline)}`}
          items={menuItems(menuStory)}
          anchor={menu.anchor}
          onClose={closeMenu}
        />
      )}
      {exporting !== null && <BatchExportDialog ids={exporting} onClose={finishExport} />}
      {confirmDelete !== null && (
        <DeleteForeverDialog
          story={confirmDelete}
          onCancel={() => {
            setConfirmDelete(null);
            focusList();
          }}
          onConfirm={() => {
            const story = confirmDelete;
            setConfirmDelete(null);
            wantRowFocus.current = true;
            void actions.deleteForever(story);
          }}
        />
      )}
    </div>
  );
}

function describeCount(total: number, filters: ListFilters, searching: boolean): string {
  if (searching) return formatQuantity(total, 'match', 'matches');
  switch (filters.view) {
    case 'active':
      return formatQuantity(total, 'story', 'stories');
    case 'archived':
      return `${formatQuantity(total, 'story', 'stories')} archived`;
    case 'trash':
      return `${formatQuantity(total, 'story', 'stories')} in the trash`;
  }
}

type LibraryEmptyStateProps = {
  filters: ListFilters;
  query: string;
  onNewStory: () => void;
  onImport: () => void;
  onClearSearch: () => void;
  onClearFilters: () => void;
};

function LibraryEmptyState({ filters, query, onNewStory, onImport, onClearSearch, onClearFilters }: LibraryEmptyStateProps) {
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
                New story ({shortcutLabel('N')})
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
