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
