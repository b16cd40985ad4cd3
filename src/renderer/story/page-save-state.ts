import { useSyncExternalStore } from 'react';
import { createLiveValue, useLiveValue, type LiveValue } from '../editor/live-value';
import type { SaveState } from './save-throttle';

/** Where one of the page's saves stands, and why its last attempt failed (null unless it did). */
export type SaveStanding = { state: SaveState; error: string | null };

/** How far from saved each state is: the page shows the furthest. */
const distance: Record<SaveState, number> = { saved: 0, pending: 1, saving: 2, failed: 3, halted: 4 };

/**
 * The story page's one save state, from its two ways of saving: autosave
 * (the fields, and the body of a story that is not shared) and a shared
 * story's body edits. "Saved" only when both are; otherwise whichever is
 * further from it, with its reason, so a failed body save shows as a failed
 * autosave does.
 */
export function pageSaveState(autosave: SaveStanding, body: SaveStanding): SaveStanding {
  return distance[body.state] > distance[autosave.state] ? body : autosave;
}

/** The page's two save standings, each kept current outside React: a save's progress redraws only what shows it. */
export type PageSaves = { autosave: LiveValue<SaveStanding>; body: LiveValue<SaveStanding> };

export const SAVED: SaveStanding = { state: 'saved', error: null };

/** A standing to report into, starting saved. */
export function createStanding(): LiveValue<SaveStanding> {
  return createLiveValue<SaveStanding>(SAVED, (a, b) => a.state === b.state && a.error === b.error);
}

/** The page's save state as it changes: for the status line and the notice of a failed save. */
export function usePageSaveState(saves: PageSaves): SaveStanding {
  return pageSaveState(useLiveValue(saves.autosave), useLiveValue(saves.body));
}

/** Only why the page's last save failed (null while nothing failed): the page around redraws when that changes, not at every save. */
export function usePageSaveError(saves: PageSaves): string | null {
  return useSyncExternalStore(
    (listener) => {
      const stopAutosave = saves.autosave.subscribe(listener);
      const stopBody = saves.body.subscribe(listener);
      return () => {
        stopAutosave();
        stopBody();
      };
    },
    () => pageSaveState(saves.autosave.get(), saves.body.get()).error,
  );
}
