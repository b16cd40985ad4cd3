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
