import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useNavigation } from '../app/navigation';
import { libraryMemory } from './library-memory';
import type { ListFilters } from './list-filters';
import type { StoryList } from './use-story-list';

const ROW_HEIGHT = 68;
const SEARCH_ROW_HEIGHT = 90;
export const OVERSCAN = 8;

/**
 * The virtualised list of stories: which row is selected, which rows are
 * rendered, and where keyboard focus goes. Focus is asked for ahead of the
 * render that brings the row (wantRowFocus), then given once it is there.
 */
export function useStoryGrid(list: StoryList, filters: ListFilters, searching: boolean) {
  const { navigate } = useNavigation();
  const [selected, setSelected] = useState(libraryMemory.selectedIndex);
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const wantRowFocus = useRef(libraryMemory.returning);
  const selectAfterReload = useRef<string | null>(null);

  const total = list.total ?? 0;
  const selectedIndex = Math.min(selected, Math.max(0, total - 1));
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
  const filterKey = JSON.stringify(filters);
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
    libraryMemory.selectedIndex = selectedIndex;
  }, [selectedIndex]);

  // A story just made (a duplicate) is selected once the reloaded list has it.
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

  /** The selected row gets focus as soon as it is rendered (or not, when focus belongs elsewhere). */
  const wantFocus = useCallback((want: boolean) => {
    wantRowFocus.current = want;
  }, []);

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

  /** Rows that fit in the window, less one: how far Page Up and Page Down move. */
  const pageSize = useCallback(
    () => Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1),
    [rowHeight],
  );

  const selectWhenLoaded = useCallback((id: string) => {
    selectAfterReload.current = id;
  }, []);

  return {
    scrollRef,
    gridRef,
    virtualizer,
    total,
    selectedIndex,
    selectIndex,
    focusList,
    wantFocus,
    rowElement,
    open,
    pageSize,
    selectWhenLoaded,
  };
}

export type StoryGridState = ReturnType<typeof useStoryGrid>;
