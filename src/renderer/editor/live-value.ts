import { useSyncExternalStore } from 'react';

/**
 * A value the editor keeps current as the text changes (word count,
 * pull-quotes, outline), read by components outside the editor without
 * re-rendering the editor or the page around it.
 */
export type LiveValue<T> = {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
};

export function createLiveValue<T>(initial: T, same: (a: T, b: T) => boolean = Object.is): LiveValue<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (same(value, next)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useLiveValue<T>(live: LiveValue<T>): T {
  return useSyncExternalStore(live.subscribe, live.get);
}
