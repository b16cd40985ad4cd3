import type { SpellingResult, SpellingSettings, SpellingText, SpellingWords } from '../../shared/spelling';
import type { CheckRequest, WorkerReply } from './spelling-protocol';

export type SpellingStatus = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; reason: string };

export interface SpellingClient {
  /**
   * Checks a story's texts in the worker. One check per story is in the
   * worker at a time: a newer check for the same story replaces one still
   * waiting, whose promise then resolves to null (superseded). Rejects when
   * the checker failed to load, failed the check or did not answer in time.
   */
  check(storyId: string, texts: readonly SpellingText[], settings: SpellingSettings, words: SpellingWords): Promise<SpellingResult | null>;
  status(): SpellingStatus;
  /** Calls `listener` on every change of status; returns the function that stops it. */
  onStatus(listener: (status: SpellingStatus) => void): () => void;
  dispose(): void;
}

/** Long enough for the engine's first start on a slow machine plus a whole long story. */
const DEFAULT_TIMEOUT_MS = 30_000;

interface Waiting {
  request: Omit<CheckRequest, 'id'>;
  resolve(result: SpellingResult | null): void;
  reject(error: Error): void;
}

interface InFlight extends Waiting {
  storyId: string;
  timer: ReturnType<typeof setTimeout>;
}

function startSpellingWorker(): Worker {
  return new Worker(new URL('./spelling-worker.ts', import.meta.url), { type: 'module', name: 'spelling' });
}

/** The editor's handle on the spelling worker (docs/spelling.md), started at once so the engine is warm by the first check. */
export function createSpellingClient(options: { timeoutMs?: number } = {}): SpellingClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const worker = startSpellingWorker();
  let current: SpellingStatus = { state: 'loading' };
  const listeners = new Set<(status: SpellingStatus) => void>();
  const inFlight = new Map<number, InFlight>();
  const busyStories = new Set<string>();
  const queued = new Map<string, Waiting>();
  let nextId = 1;

  const setStatus = (status: SpellingStatus) => {
    current = status;
    for (const listener of listeners) listener(status);
  };

  /** The checker is gone: every check waiting or in the worker fails with the reason, and later ones at once. */
  const fail = (reason: string) => {
    if (current.state === 'failed') return;
    setStatus({ state: 'failed', reason });
    worker.terminate();
    const error = new Error(reason);
    for (const request of [...inFlight.values(), ...queued.values()]) request.reject(error);
    inFlight.clear();
    queued.clear();
    busyStories.clear();
  };

  const send = (storyId: string, waiting: Waiting) => {
    const id = nextId++;
    const timer = setTimeout(() => fail(`The spelling checker did not answer within ${Math.round(timeoutMs / 1000)} seconds.`), timeoutMs);
    inFlight.set(id, { ...waiting, storyId, timer });
    busyStories.add(storyId);
    worker.postMessage({ id, ...waiting.request } satisfies CheckRequest);
  };

  const settle = (id: number, settleWith: (request: InFlight) => void) => {
    const request = inFlight.get(id);
    if (request === undefined) return;
    clearTimeout(request.timer);
    inFlight.delete(id);
    busyStories.delete(request.storyId);
    settleWith(request);
    const next = queued.get(request.storyId);
    if (next !== undefined) {
      queued.delete(request.storyId);
      send(request.storyId, next);
    }
  };

  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'ready') setStatus({ state: 'ready' });
    else if (reply.type === 'load-failed') fail(`The spelling checker could not start: ${reply.reason}`);
    else if (reply.type === 'result') settle(reply.id, (request) => request.resolve(reply.result));
    else settle(reply.id, (request) => request.reject(new Error(`The spelling check failed: ${reply.reason}`)));
  };
  // A worker script that cannot load (a missing file, a blocked one) reports only this.
  worker.onerror = (event) => {
    event.preventDefault();
    fail(`The spelling checker could not start: ${event.message || 'its worker did not load'}.`);
  };

  return {
    check(storyId, texts, settings, words) {
      if (current.state === 'failed') return Promise.reject(new Error(current.reason));
      return new Promise((resolve, reject) => {
        const waiting: Waiting = { request: { texts, settings, words }, resolve, reject };
        if (!busyStories.has(storyId)) {
          send(storyId, waiting);
          return;
        }
        queued.get(storyId)?.resolve(null);
        queued.set(storyId, waiting);
      });
    },
    status: () => current,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      fail('The spelling checker was closed.');
    },
  };
}
