/**
 * The spelling worker: hosts harper.js (16 MB of WebAssembly, about two
 * seconds to start) and the shared checker with its per-block cache, off
 * the editor's thread. It loads the engine at once and answers checks in
 * order; a check sent while it loads waits for it.
 */
import { Dialect, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { createSpellChecker, harperSpellingEngine, type SpellChecker } from '../../shared/spelling';
import type { CheckRequest, WorkerReply } from './spelling-protocol';

/** The worker's global scope, as much of it as this file uses (the DOM library types `self` as a window). */
const scope = self as unknown as {
  postMessage(reply: WorkerReply): void;
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
};

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// LocalLinter's constructor starts loading the WebAssembly and drops a failure (an uncaught error in
// the page): it is built only once the binary has loaded, so a failure is ours to report.
const checker: Promise<SpellChecker> = binary
  .setup()
  .then(() => harperSpellingEngine(new LocalLinter({ binary, dialect: Dialect.British }), Dialect.British))
  .then((engine) => createSpellChecker(engine));
checker.then(
  () => scope.postMessage({ type: 'ready' }),
  (error: unknown) => scope.postMessage({ type: 'load-failed', reason: reasonOf(error) }),
);

scope.onmessage = (event) => {
  const { id, texts, settings, words } = event.data;
  checker
    .then((ready) => ready.check(texts, settings, words))
    .then(
      (result) => scope.postMessage({ type: 'result', id, result }),
      (error: unknown) => scope.postMessage({ type: 'check-failed', id, reason: reasonOf(error) }),
    );
};
