import { useCallback, useEffect, useRef, useState } from 'react';
import type { StorySummary } from '../../shared/story/story-schema';
import { errorMessage } from '../api/client';
import { useApi } from '../api/api-context';
import { useToasts } from '../ui/toasts';
import type { ListFilters } from './list-filters';

export const PAGE_SIZE = 100;

type Loaded = { key: string; total: number; pages: ReadonlyMap<number, StorySummary[]> };

export type StoryList = {
  /** Null until the first page for the current filters has arrived. */
  total: number | null;
  /** False while rows for earlier filters are still on screen. */
  current: boolean;
  rowAt: (index: number) => StorySummary | undefined;
  /** Loads any pages the rows from start to end (inclusive) need. */
  ensureRange: (start: number, end: number) => void;
  /** Fetches what is on screen afresh, e.g. after a story was moved or changed. */
  reload: () => Promise<void>;
  indexOf: (id: string) => number;
};

function pagesBetween(start: number, end: number): number[] {
  const pages: number[] = [];
  for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p += 1) pages.push(p);
  return pages;
}

/**
 * The library as pages of 100 fetched as the list scrolls. Old rows stay on
 * screen until their replacements arrive, so changing a filter never flashes
 * an empty list.
 */
export function useStoryList(filters: ListFilters): StoryList {
  const api = useApi();
  const toasts = useToasts();
  const key = JSON.stringify(filters);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const visible = useRef({ start: 0, end: 0 });

  const fetchPage = useCallback(
    (page: number) => api.listStories({ ...(JSON.parse(key) as ListFilters), offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
    [api, key],
  );

  const reload = useCallback(async () => {
    const gen = ++generation.current;
    const pages = pagesBetween(visible.current.start, visible.current.end);
    requested.current = new Set(pages);
    try {
      const results = await Promise.all(pages.map(fetchPage));
      if (gen !== generation.current) return;
      const map = new Map<number, StorySummary[]>();
      results.forEach((result, i) => map.set(pages[i]!, result.rows));
      setLoaded({ key, total: results[results.length - 1]?.total ?? 0, pages: map });
    } catch (error) {
      if (gen !== generation.current) return;
      requested.current = new Set();
      toasts.show({ message: `The library could not be loaded. ${errorMessage(error)}`, tone: 'error' });
    }
  }, [fetchPage, key, toasts]);

  useEffect(() => {
    visible.current = { start: 0, end: 0 };
    void reload();
  }, [reload]);

  // Another window, the preview or the command line may have changed the store.
  useEffect(() => {
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      visible.current = { start, end };
      if (loaded === null || loaded.key !== key) return;
      const gen = generation.current;
      for (const page of pagesBetween(start, Math.min(end, Math.max(0, loaded.total - 1)))) {
        if (loaded.pages.has(page) || requested.current.has(page)) continue;
        requested.current.add(page);
        fetchPage(page).then(
          (result) => {
            if (gen !== generation.current) return;
            setLoaded((prev) =>
              prev === null || prev.key !== key
                ? prev
                : { key, total: result.total, pages: new Map(prev.pages).set(page, result.rows) },
            );
          },
          (error: unknown) => {
            if (gen !== generation.current) return;
            requested.current.delete(page);
            toasts.show({ message: `More stories could not be loaded. ${errorMessage(error)}`, tone: 'error' });
          },
        );
      }
    },
    [loaded, key, fetchPage, toasts],
  );

  const rowAt = useCallback(
    (index: number) => loaded?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [loaded],
  );

  const indexOf = useCallback(
    (id: string) => {
      for (const [page, rows] of loaded?.pages ?? []) {
        const i = rows.findIndex((row) => row.id === id);
        if (i >= 0) return page * PAGE_SIZE + i;
      }
      return -1;
    },
    [loaded],
  );

  return { total: loaded?.total ?? null, current: loaded?.key === key, rowAt, ensureRange, reload, indexOf };
}
