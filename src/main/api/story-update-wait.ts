import { toBase64 } from 'lib0/buffer';
import type { Store } from '../store/store';

/** How often a waiting editor's request looks for new updates: another process (the command line, the desk sync) may store them. */
const LOOK_EVERY_MS = 100;

/**
 * The story's updates after `after`, as soon as there are any or when
 * `waitMs` has passed. It looks in the store rather than waiting for an
 * event, because an update may be stored by another process on the profile.
 */
export async function waitForStoryUpdates(
  store: () => Store,
  { id, after, waitMs }: { id: string; after: number; waitMs: number },
): Promise<{ updates: string[]; seq: number }> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const found = store().storyUpdatesAfter(id, after);
    const left = deadline - Date.now();
    if (found.updates.length > 0 || left <= 0) return { updates: found.updates.map((update) => toBase64(update)), seq: found.seq };
    await new Promise((resolve) => setTimeout(resolve, Math.min(LOOK_EVERY_MS, left)));
  }
}
