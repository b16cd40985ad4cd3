import type { SpellingResult, SpellingSettings, SpellingText, SpellingWords } from '../../shared/spelling';

/** What the editor asks the spelling worker: check these texts of a story. */
export interface CheckRequest {
  id: number;
  texts: readonly SpellingText[];
  settings: SpellingSettings;
  words: SpellingWords;
}

/** What the worker answers: the engine is ready or could not load, or a check's result or failure. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'load-failed'; reason: string }
  | { type: 'result'; id: number; result: SpellingResult }
  | { type: 'check-failed'; id: number; reason: string };
