import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveThrottle, type SaveResult, type SaveState } from '../../../src/renderer/story/save-throttle';
import { whenIdleBefore } from '../../../src/renderer/ui/when-idle';

/** A save function that records when it started and answers as told. */
function recordingSave(answers: SaveResult[] = [], durationMs = 0) {
  const startedAt: number[] = [];
  const save = async (): Promise<SaveResult> => {
    startedAt.push(Date.now());
    if (durationMs > 0) await new Promise((resolve) => setTimeout(resolve, durationMs));
    return answers.shift() ?? 'saved';
  };
  return { save, startedAt };
}

describe('autosave throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves one second after a change, not sooner', async () => {
    const { save, startedAt } = recordingSave();
    const throttle = createSaveThrottle({ save });
    throttle.changed();
    await vi.advanceTimersByTimeAsync(999);
    expect(startedAt).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(startedAt).toEqual([1000]);
    expect(throttle.state).toBe('saved');
  });

  it('keeps saving every second while typing never pauses (a throttle, not a debounce)', async () => {
    const { save, startedAt } = recordingSave();
    const throttle = createSaveThrottle({ save });
    const keystrokes: number[] = [];
    for (let t = 0; t < 5_000; t += 100) {
      keystrokes.push(Date.now());
      throttle.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(startedAt.length).toBeGreaterThanOrEqual(4);
    expect(startedAt.length).toBeLessThanOrEqual(6);
    // Every keystroke is covered by a save that started no later than one second after it.
    for (const key of keystrokes) {
      expect(startedAt.some((s) => s >= key && s <= key + 1_000)).toBe(true);
    }
  });

  it('runs one save at a time and saves a change made during a save within a second of it', async () => {
    const { save, startedAt } = recordingSave([], 400);
    const throttle = createSaveThrottle({ save });
    throttle.changed();
    await vi.advanceTimersByTimeAsync(1_100); // the save runs from 1000 to 1400
    throttle.changed(); // at 1100, during the save
    expect(throttle.state).toBe('saving');
    await vi.advanceTimersByTimeAsync(999);
    expect(startedAt).toEqual([1000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(startedAt).toEqual([1000, 2100]);
  });

  it('keeps the change after a failed save and retries every three seconds until it works', async () => {
    const states: SaveState[] = [];
    const { save, startedAt } = recordingSave(['failed', 'failed', 'saved']);
    const throttle = createSaveThrottle({ save, onStateChange: (s) => states.push(s) });
    throttle.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(throttle.state).toBe('failed');
    throttle.changed(); // typing on while the store is unreachable does not hurry the retries
    await vi.advanceTimersByTimeAsync(3_000);
    expect(throttle.state).toBe('failed');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(startedAt).toEqual([1000, 4000, 7000]);
    expect(throttle.state).toBe('saved');
    expect(states).toEqual(['pending', 'saving', 'failed', 'saving', 'failed', 'saving', 'saved']);
  });

  it('treats a save that throws like a failed one', async () => {
    const throttle = createSaveThrottle({
      save: () => Promise.reject(new Error('store gone')),
    });
    throttle.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(throttle.state).toBe('failed');
    throttle.dispose();
  });

  it('stops after a halt (a conflict) until resumed', async () => {
    const { save, startedAt } = recordingSave(['halt']);
    const throttle = createSaveThrottle({ save });
    throttle.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(throttle.state).toBe('halted');
    throttle.changed();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(startedAt).toEqual([1000]);
    expect(await throttle.flush()).toBe(false);

    throttle.resume(true);
    expect(throttle.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(startedAt).toEqual([1000, 12000]);
    expect(throttle.state).toBe('saved');
  });

  it('flush saves at once, without waiting for the timer, and only once', async () => {
    const { save, startedAt } = recordingSave();
    const throttle = createSaveThrottle({ save });
    throttle.changed();
    await vi.advanceTimersByTimeAsync(200);
    expect(await throttle.flush()).toBe(true);
    expect(startedAt).toEqual([200]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(startedAt).toEqual([200]);
  });

  it('flush with nothing changed saves nothing', async () => {
    const { save, startedAt } = recordingSave();
    const throttle = createSaveThrottle({ save });
    expect(await throttle.flush()).toBe(true);
    expect(startedAt).toEqual([]);
  });

  it('flush waits for a running save, then saves what came after it', async () => {
    const { save, startedAt } = recordingSave([], 300);
    const throttle = createSaveThrottle({ save });
    throttle.changed();
    await vi.advanceTimersByTimeAsync(1_100); // first save runs 1000–1300
    throttle.changed();
    const flushed = throttle.flush();
    await vi.advanceTimersByTimeAsync(600);
    expect(await flushed).toBe(true);
    expect(startedAt).toEqual([1000, 1300]);
  });

  it('flush reports false when the save fails, and the retry goes on', async () => {
    const { save, startedAt } = recordingSave(['failed']);
    const throttle = createSaveThrottle({ save });
    throttle.changed();
    expect(await throttle.flush()).toBe(false);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(startedAt).toEqual([0, 3000]);
    expect(throttle.state).toBe('saved');
  });

  it('does nothing more once disposed', async () => {
    const { save, startedAt } = recordingSave();
    const throttle = createSaveThrottle({ save });
    throttle.changed();
    throttle.dispose();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(startedAt).toEqual([]);
  });

  it('started in idle time, still saves within a second of a change', async () => {
    const { save, startedAt } = recordingSave();
    const throttle = createSaveThrottle({ save, startLater: whenIdleBefore });
    throttle.changed();
    // It waits for idle time only in the deadline's last part, so it does not save at once.
    await vi.advanceTimersByTimeAsync(699);
    expect(startedAt).toEqual([]);
    await vi.advanceTimersByTimeAsync(301);
    expect(startedAt).toHaveLength(1);
    expect(startedAt[0]).toBeLessThanOrEqual(1_000);
    expect(throttle.state).toBe('saved');
  });
});
