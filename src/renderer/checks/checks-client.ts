import type { CheckDocument, CheckResult } from '../../shared/house-style';
import type { SpellingResult, SpellingSettings, SpellingText } from '../../shared/spelling';
import type { ChecksReply, ChecksRequest, HouseStyleSetup, PageSpellingWords } from './checks-protocol';

/** The worker itself: running, or failed twice and stopped until Retry. */
export type WorkerStatus = { state: 'running' } | { state: 'failed'; reason: string };
/** The spelling engine inside the worker: it loads with the first spelling check, and may fail alone. */
export type SpellingStatus = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; reason: string };
export type ChecksStatus = { worker: WorkerStatus; spelling: SpellingStatus };

export interface ChecksClient {
  /**
   * Checks a story page's document against house style in the worker. One
   * check per page and kind is in the worker at a time: a newer one replaces
   * one still waiting, whose promise then resolves to null (superseded).
   * Rejects when the check failed or the worker stopped.
   */
  checkHouseStyle(page: string, setup: HouseStyleSetup, document: CheckDocument): Promise<CheckResult | null>;
  /**
   * Checks a story page's texts for spelling and grammar, queued as house
   * style's checks are, accepting `words` and the words `setup`'s rules
   * decide; rejects too when the engine could not load.
   */
  checkSpelling(page: string, setup: HouseStyleSetup, texts: readonly SpellingText[], settings: SpellingSettings, words: PageSpellingWords): Promise<SpellingResult | null>;
  /** A story page closed: the worker drops its checker. */
  forget(page: string): void;
  status(): ChecksStatus;
  /** Calls `listener` on every change of status; returns the function that stops it. */
  onStatus(listener: (status: ChecksStatus) => void): () => void;
  /** Starts a fresh worker (its engines load anew) and sends it the checks still waiting for an answer. */
  retry(): void;
}

/** How long the worker may stay silent with checks waiting: long enough for the spelling engine's first start on a slow machine. */
const DEFAULT_TIMEOUT_MS = 30_000;
/** More for each million characters of a house-style check, which reads the whole story in one go (a 5 MB paste). */
const TIMEOUT_PER_MILLION_CHARACTERS_MS = 30_000;

const checkedCharacters = (check: Check) =>
  check.type === 'spelling' ? 0 : check.document.body.reduce((sum, block) => sum + block.text.length, check.document.headline.length + check.document.standfirst.length);

/** A check, as sent again to a new worker. */
type Check =
  | { type: 'house-style'; page: string; setup: HouseStyleSetup; document: CheckDocument }
  | { type: 'spelling'; page: string; setup: HouseStyleSetup; texts: readonly SpellingText[]; settings: SpellingSettings; words: PageSpellingWords };

interface Waiting {
  check: Check;
  resolve(result: CheckResult | SpellingResult | null): void;
  reject(error: Error): void;
}


const queueKey = (check: Check) => `${check.type}:${check.page}`;

/** A reason as the panel shows it, in a sentence of its own. */
const sentence = (reason: string) => (/[.!?]$/.test(reason) ? reason : `${reason}.`);

function startChecksWorker(): Worker {
  return new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module', name: 'checks' });
}

/**
 * The page's handle on the checks worker (docs/spelling-in-the-editor.md).
 * The worker starts with the first check, so opening a story never waits
 * for it. A worker that crashes (its `error` event) or does not answer is
 * replaced once, and the checks it had are sent to the new one; a second
 * crash stops it until `retry()`.
 */
export function createChecksClient(options: { timeoutMs?: number } = {}): ChecksClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let worker: Worker | null = null;
  let crashes = 0;
  let current: ChecksStatus = { worker: { state: 'running' }, spelling: { state: 'loading' } };
  const listeners = new Set<(status: ChecksStatus) => void>();
  const inFlight = new Map<number, Waiting>();
  const busy = new Set<string>();
  const queued = new Map<string, Waiting>();
  // Which setup the running worker has for each page (a new worker has none).
  const setups = new Map<string, HouseStyleSetup>();
  let nextId = 1;

  const setStatus = (next: Partial<ChecksStatus>) => {
    current = { ...current, ...next };
    for (const listener of listeners) listener(current);
  };

  const post = (id: number, check: Check) => {
    const known = setups.get(check.page) === check.setup;
    setups.set(check.page, check.setup);
    const setup = known ? {} : { setup: check.setup };
    const request: ChecksRequest =
      check.type === 'house-style'
        ? { type: 'house-style', id, page: check.page, document: check.document, ...setup }
        : { type: 'spelling', id, page: check.page, texts: check.texts, settings: check.settings, words: check.words, ...setup };
    running().postMessage(request);
  };

  /**
   * The watchdog: with checks waiting, a worker silent for the allowance has
   * hung. Each answer, and each word from a long check that it is still
   * going, starts it again (the worker works through its checks in turn), and
   * a page that was itself held up (a long paste) judges nothing.
   */
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    clearTimeout(watchdog);
    if (inFlight.size === 0) return;
    const longest = Math.max(...[...inFlight.values()].map((request) => checkedCharacters(request.check)));
    const allowance = timeoutMs + (longest / 1_000_000) * TIMEOUT_PER_MILLION_CHARACTERS_MS;
    const due = performance.now() + allowance;
    watchdog = setTimeout(() => {
      if (performance.now() - due > 1_000) watch();
      else crashed(`The checks worker did not answer within ${Math.round(allowance / 1000)} seconds.`);
    }, allowance);
  };

  const send = (waiting: Waiting) => {
    const id = nextId++;
    inFlight.set(id, waiting);
    busy.add(queueKey(waiting.check));
    post(id, waiting.check);
    watch();
  };

  /** A new worker gets the checks the last one had not answered. */
  const sendAgain = () => {
    for (const [id, request] of inFlight) post(id, request.check);
    watch();
  };

  const rejectAll = (error: Error, which: (check: Check) => boolean) => {
    for (const [id, request] of inFlight) {
      if (!which(request.check)) continue;
      inFlight.delete(id);
      busy.delete(queueKey(request.check));
      request.reject(error);
    }
    for (const [key, request] of queued) {
      if (!which(request.check)) continue;
      queued.delete(key);
      request.reject(error);
    }
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    setups.clear();
  };

  /** The worker failed: replaced once with its checks sent again; the second time every check fails with the reason. */
  function crashed(reason: string) {
    if (current.worker.state === 'failed') return;
    stopWorker();
    crashes += 1;
    if (crashes > 1) {
      const message = `The checks could not start: ${sentence(reason)}`;
      setStatus({ worker: { state: 'failed', reason: message } });
      rejectAll(new Error(message), () => true);
      watch();
      return;
    }
    if (current.spelling.state === 'ready') setStatus({ spelling: { state: 'loading' } });
    sendAgain();
  }

  const settle = (id: number, settleWith: (request: Waiting) => void) => {
    const request = inFlight.get(id);
    if (request === undefined) return;
    inFlight.delete(id);
    const key = queueKey(request.check);
    busy.delete(key);
    settleWith(request);
    const next = queued.get(key);
    if (next !== undefined) {
      queued.delete(key);
      send(next);
    }
  };

  const onReply = (event: MessageEvent<ChecksReply>) => {
    const reply = event.data;
    if (reply.type === 'spelling-ready') setStatus({ spelling: { state: 'ready' } });
    else if (reply.type === 'spelling-load-failed') {
      const reason = `The spelling checker could not start: ${sentence(reply.reason)}`;
      setStatus({ spelling: { state: 'failed', reason } });
      rejectAll(new Error(reason), (check) => check.type === 'spelling');
    } else if (reply.type === 'working') {
      // Only the watchdog hears it (below).
    } else if (reply.type === 'check-failed') {
      settle(reply.id, (request) => request.reject(new Error(`The ${request.check.type === 'spelling' ? 'spelling' : 'house-style'} check failed: ${reply.reason}`)));
    } else settle(reply.id, (request) => request.resolve(reply.result));
    watch();
  };

  function running(): Worker {
    if (worker !== null) return worker;
    const started = startChecksWorker();
    started.onmessage = onReply;
    // A worker script that cannot load (a missing file, a blocked one) or that throws reports only this.
    started.onerror = (event) => {
      event.preventDefault();
      if (worker === started) crashed(event.message || 'its worker did not load');
    };
    worker = started;
    return started;
  }

  const enqueue = (check: Check): Promise<CheckResult | SpellingResult | null> => {
    if (current.worker.state === 'failed') return Promise.reject(new Error(current.worker.reason));
    if (check.type === 'spelling' && current.spelling.state === 'failed') return Promise.reject(new Error(current.spelling.reason));
    return new Promise((resolve, reject) => {
      const waiting: Waiting = { check, resolve, reject };
      const key = queueKey(check);
      if (!busy.has(key)) {
        send(waiting);
        return;
      }
      queued.get(key)?.resolve(null);
      queued.set(key, waiting);
    });
  };

  return {
    checkHouseStyle: (page, setup, document) => enqueue({ type: 'house-style', page, setup, document }) as Promise<CheckResult | null>,
    checkSpelling: (page, setup, texts, settings, words) => enqueue({ type: 'spelling', page, setup, texts, settings, words }) as Promise<SpellingResult | null>,
    forget(page) {
      if (worker !== null && setups.delete(page)) worker.postMessage({ type: 'forget', page } satisfies ChecksRequest);
    },
    status: () => current,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry() {
      stopWorker();
      crashes = 0;
      setStatus({ worker: { state: 'running' }, spelling: { state: 'loading' } });
      sendAgain();
    },
  };
}
