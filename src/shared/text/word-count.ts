/**
 * A word is a run of letters or digits, with inner apostrophes and
 * hyphens, so "trusts—and" is two words and "re-organisation" one.
 */
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count += 1;
  return count;
}

/** The words themselves, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
  return Math.ceil(words / WORDS_PER_MINUTE);
}
