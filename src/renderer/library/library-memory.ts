import { defaultFilters, type ListFilters } from './list-filters';

/**
 * Where the library was when a story was opened, so coming back lands on the
 * same view, filters, scroll position and row. Lives as long as the window.
 */
export const libraryMemory: {
  filters: ListFilters;
  searchText: string;
  selectedIndex: number;
  scrollOffset: number;
  /** True once the library has been left: coming back puts focus on the selected row. */
  returning: boolean;
} = {
  filters: defaultFilters,
  searchText: '',
  selectedIndex: 0,
  scrollOffset: 0,
  returning: false,
};
