import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { libraryMemory } from './library-memory';
import type { ListFilters } from './list-filters';

const SEARCH_DELAY_MS = 150;

/** What the library is asked to show: the view and filters, and the search as typed and as sent (after a pause). */
export function useLibraryQuery() {
  const [filters, setFilters] = useState<ListFilters>(libraryMemory.filters);
  const [searchText, setSearchText] = useState(libraryMemory.searchText);
  const query = useDebouncedValue(searchText.trim(), SEARCH_DELAY_MS);
  const effectiveFilters = useMemo(() => ({ ...filters, query }), [filters, query]);
  const changeFilters = useCallback((patch: Partial<ListFilters>) => setFilters((current) => ({ ...current, ...patch })), []);

  useEffect(() => {
    libraryMemory.filters = filters;
    libraryMemory.searchText = searchText;
  }, [filters, searchText]);

  return { filters, changeFilters, searchText, setSearchText, query, searching: query !== '', effectiveFilters };
}
