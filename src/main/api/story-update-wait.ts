import { toBase64 } from 'lib0/buffer';
import type { DeskPresence } from '../newsroom/live-desk';
import type { Store } from '../store/store';

/** How often a waiting editor's request looks for new updates: another process (the command line, the desk sync) may store them. */
const LOOK_EVERY_MS = 100;

type Wait = { id: string; after: number; waitMs: number; presenceAfter: number };
type Answer = { updates: string[]; seq: number; presence: { version: number; states: string } | null };

/**
 * The story's updates after `after`, and the other editors' presence when
 * it changed after `presenceAfter`, as soon as there is either or when
 * `waitMs` has passed. It looks in the store rather than waiting for an
 * event, because an update may be stored by another process on the profile.
 */
export async function waitForStoryUpdates(
  store: () => Store,
  presenceOf: (id: string) => DeskPresence | null,
  { id, after, waitMs, presenceAfter }: Wait,
): Promise<Answer> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const found = store().documents.updatesAfter(id, after);
    const presence = presenceOf(id);
    const presenceChanged = presence !== null && presence.version > presenceAfter;
    const left = deadline - Date.now();
    if (found.updates.length > 0 || presenceChanged || left <= 0) {
      return {
        updates: found.updates.map((update) => toBase64(update)),
        seq: found.seq,
        presence: presenceChanged ? { version: presence.version, states: toBase64(presence.states) } : null,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(LOOK_EVERY_MS, left)));
  }
}
