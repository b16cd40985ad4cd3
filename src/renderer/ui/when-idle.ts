/**
 * Runs `work` once the browser is idle, at most `timeout` ms later: after
 * the frame that shows the latest keystroke, so typing never waits on it.
 * `hasTime` says whether the idle period has room for more. Gives the cancel.
 */
export function whenIdle(work: (hasTime: () => boolean) => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > 1), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => work(() => false), 16);
  return () => clearTimeout(handle);
}

/** The last part of a deadline in which whenIdleBefore waits for idle time. */
const IDLE_WINDOW_MS = 300;

/**
 * Runs `work` in idle time, `delayMs` from now at the latest (and not much
 * sooner: it waits for idle time only in the deadline's last 300 ms), so
 * work with a deadline keeps it without taking a keystroke's frame. Gives
 * the cancel.
 */
export function whenIdleBefore(work: () => void, delayMs: number): () => void {
  const window = Math.min(IDLE_WINDOW_MS, delayMs);
  let cancelIdle: (() => void) | null = null;
  const timer = setTimeout(() => {
    cancelIdle = whenIdle(() => work(), window);
  }, delayMs - window);
  return () => {
    clearTimeout(timer);
    cancelIdle?.();
  };
}
