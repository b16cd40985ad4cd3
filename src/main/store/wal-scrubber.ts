import type { Store } from './store';

/** Often enough that the text is gone seconds after the other reader lets go. */
const RETRY_MS = 500;

export type WalScrubber = {
  /** Empties the WAL now, or keeps trying in the background until it can. */
  scrub(): void;
  /** True while the WAL still holds pages from before a purge, waiting for another reader to let go. */
  readonly pending: boolean;
};

/**
 * After a purge the WAL may still hold the story's text while another
 * connection reads an older snapshot (its checkpoint cannot finish). This
 * retries the checkpoint-truncate every RETRY_MS until it succeeds, on
 * whichever store is current (a restored backup replaces it). A store that
 * was closed stops the retries: closing checkpoints the WAL itself.
 */
export function createWalScrubber(currentStore: () => Store, everyMs = RETRY_MS): WalScrubber {
  let timer: NodeJS.Timeout | null = null;
  const attempt = (): void => {
    timer = null;
    let emptied: boolean;
    try {
      emptied = currentStore().emptyWal();
    } catch {
      return;
    }
    if (!emptied) {
      timer = setTimeout(attempt, everyMs);
      // Never keeps the process alive on its own.
      timer.unref();
    }
  };
  return {
    scrub: () => {
      if (timer !== null) clearTimeout(timer);
      attempt();
    },
    get pending() {
      return timer !== null;
    },
  };
}
