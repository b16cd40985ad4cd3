/**
 * What the spelling checker needs from an engine, whichever side hosts it (a
 * Web Worker in the editor, Node for the command line). Everything here is
 * plain data, so it crosses a worker boundary by structured clone.
 */
import type { SpellingDialect } from './spelling-settings';

/** One problem the engine found, with offsets into the linted text as JavaScript string offsets. */
export interface EngineLint {
  /** The engine's category of problem: "Spelling", "Repetition", "Grammar", … */
  kind: string;
  /** The engine's rule that found it: "SpellCheck", "AnA", "ItsContraction", … */
  rule: string;
  from: number;
  to: number;
  /** The engine's own wording; lint-findings.ts rewrites it in the house's. */
  message: string;
  /** Replacements for [from, to), best first. */
  suggestions: string[];
}

export interface SpellingEngine {
  lint(text: string): Promise<EngineLint[]>;
  /** Whether the text reads as English; other languages are skipped rather than flagged word by word. */
  isLikelyEnglish(text: string): Promise<boolean>;
  /** The words to accept besides the engine's dictionary; replaces the words set before. */
  setWords(words: readonly string[]): Promise<void>;
  setDialect(dialect: SpellingDialect): Promise<void>;
}
