/** Runs of letters and digits: the same words the index's unicode61 tokenizer keeps. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Enough for any real search; bounds the work a pasted essay can cause. */
const MAX_TERMS = 12;

/** A shorter last word would match most of the index as a prefix; it is searched as typed. */
const MIN_PREFIX_LENGTH = 3;

/**
 * Turns what a person typed into an FTS5 MATCH expression that can only
 * search: every word is quoted (so AND, NEAR(, quotes, stars and colons are
 * plain text), all words must appear, and the last one also matches as a
 * prefix so results follow typing. Returns null when nothing searchable is
 * left (only punctuation or emoji).
 */
export function ftsMatchExpression(text: string): string | null {
  const words = (text.normalize('NFC').match(WORD) ?? []).slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  return words
    .map((word, index) => {
      const quoted = `"${word}"`;
      const isLast = index === words.length - 1;
      return isLast && [...word].length >= MIN_PREFIX_LENGTH ? `${quoted}*` : quoted;
    })
    .join(' ');
}
