/** What one save attempt came to: done, worth retrying, or stopped until a person decides. */
export type SaveResult = 'saved' | 'failed' | 'halt';

export type SaveState =
  /** Nothing is waiting to be saved. */
  | 'saved'
  /** A change is waiting for its save. */
  | 'pending'
  | 'saving'
  /** The last save failed; it is retried on a timer. */
  | 'failed'
  /** A save was refused in a way retrying cannot fix (a conflict); nothing is saved until resume(). */
  | 'halted';

export type SaveThrottleOptions = {
  /** Saves whatever is pending at the moment it is called. */
  save: () => Promise<SaveResult>;
  onStateChange?: (state: SaveState) => void;
  /**
   * Starts a save `delayMs` from now, at the latest; gives the cancel. A
   * timer by default; the story page starts it in idle time instead
   * (startWhenIdle), so a save never lands on a keystroke's frame.
   */
  startLater?: (start: () => void, delayMs: number) => () => void;
  /** The longest a change waits before its save starts, however fast changes keep coming. */
  maxDelayMs?: number;
  retryDelayMs?: number;
};

export type SaveThrottle = {
  /** Something changed: it will be saved at most maxDelayMs from now, even while changes keep coming. */
  changed(): void;
  /** Saves what is pending now (after any save already running); true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** After a halt has been dealt with: start again, with or without something still to save. */
  resume(stillPending: boolean): void;
  readonly state: SaveState;
  /** Stops all timers; a save already running finishes. */
  dispose(): void;
};

function startOnTimer(start: () => void, delayMs: number): () => void {
  const timer = setTimeout(start, delayMs);
  return () => clearTimeout(timer);
}

/**
 * Autosave timing: a throttle, not a debounce, so typing without a pause
 * still saves every second; one save at a time; a failed save is
 * retried until it works, and nothing pending is dropped on the way.
 */
export function createSaveThrottle({
  save,
  onStateChange,
  maxDelayMs = 1_000,
  retryDelayMs = 3_000,
  startLater = startOnTimer,
}: SaveThrottleOptions): SaveThrottle {
  let state: SaveState = 'saved';
  let dirty = false;
  let dirtySince = 0;
  let cancelStart: (() => void) | null = null;
  let running: Promise<void> | null = null;
  let disposed = false;

  const setState = (next: SaveState) => {
    if (next === state) return;
    state = next;
    onStateChange?.(next);
  };

  const cancelScheduled = () => {
    cancelStart?.();
    cancelStart = null;
  };

  const schedule = (delayMs: number) => {
    if (cancelStart !== null || disposed) return;
    cancelStart = startLater(() => {
      cancelStart = null;
      void run();
    }, delayMs);
  };

  const run = (): Promise<void> => {
    if (running !== null) return running;
    if (!dirty || state === 'halted' || disposed) return Promise.resolve();
    cancelScheduled();
    dirty = false;
    setState('saving');
    running = (async () => {
      let result: SaveResult;
      try {
        result = await save();
      } catch {
        result = 'failed';
      }
      running = null;
      if (result === 'halt') {
        dirty = true;
        setState('halted');
      } else if (result === 'failed') {
        dirty = true;
        setState('failed');
        cancelScheduled();
        schedule(retryDelayMs);
      } else if (dirty) {
        // Changes made while the save ran keep their own one-second promise.
        setState('pending');
        schedule(Math.max(0, dirtySince + maxDelayMs - Date.now()));
      } else {
        setState('saved');
      }
    })();
    return running;
  };

  return {
    changed() {
      if (!dirty) {
        dirty = true;
        dirtySince = Date.now();
      }
      if (state === 'halted' || state === 'failed') return;
      if (running === null) {
        setState('pending');
        schedule(maxDelayMs);
      }
    },
    async flush() {
      if (running !== null) await running;
      if (dirty && state !== 'halted') await run();
      return !dirty;
    },
    resume(stillPending) {
      cancelScheduled();
      dirty = stillPending;
      dirtySince = Date.now();
      setState(stillPending ? 'pending' : 'saved');
      if (stillPending) schedule(maxDelayMs);
    },
    get state() {
      return state;
    },
    dispose() {
      disposed = true;
      cancelScheduled();
    },
  };
}
