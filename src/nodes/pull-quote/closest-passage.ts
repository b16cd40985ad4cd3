import { diffArrays } from 'diff';

/** One run of a word-level comparison: words both say, words only the quote has, words only the body has. */
export type WordChange = { kind: 'same' | 'quote' | 'body'; text: string };

export interface ClosestPassage {
  /** Which of the paragraphs given (0-based). */
  paragraph: number;
  /** The stretch of that paragraph most like the quote, exactly as the body has it. */
  passage: string;
  /** The share of the quote's words that the passage has, from 0 to 1. */
  similarity: number;
  /** The quote against the passage, word by word, in reading order. */
  changes: WordChange[];
}

interface Token {
  /** As written, with any punctuation attached. */
  text: string;
  /** Compared: lower case, letters and digits only, so quote marks, dashes and case never count as a change. */
  word: string;
  from: number;
  to: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    word: match[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
    from: match.index,
    to: match.index + match[0].length,
  }));
}

const sameWord = (a: Token, b: Token): boolean => a.word === b.word;

/** The window of `span` tokens sharing the most words with the quote, as [start, common]. */
function bestWindow(tokens: readonly Token[], wanted: ReadonlyMap<string, number>, span: number): [number, number] {
  const inWindow = new Map<string, number>();
  let common = 0;
  let best: [number, number] = [0, 0];
  for (let i = 0; i < tokens.length; i += 1) {
    const entering = (tokens[i] as Token).word;
    const had = inWindow.get(entering) ?? 0;
    if (had < (wanted.get(entering) ?? 0)) common += 1;
    inWindow.set(entering, had + 1);
    if (i >= span) {
      const leaving = (tokens[i - span] as Token).word;
      const left = (inWindow.get(leaving) ?? 0) - 1;
      inWindow.set(leaving, left);
      if (left < (wanted.get(leaving) ?? 0)) common -= 1;
    }
    if (common > best[1]) best = [Math.max(0, i - span + 1), common];
  }
  return best;
}

/** The quote against a passage, word by word; a word's quote marks, dashes and case are not changes. */
export function wordChanges(quote: string, passage: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const change of diffArrays(tokensOf(quote), tokensOf(passage), { comparator: sameWord })) {
    const kind = change.added ? 'body' : change.removed ? 'quote' : 'same';
    changes.push({ kind, text: change.value.map((token) => token.text).join(' ') });
  }
  return changes;
}

/**
 * The paragraph a pull-quote that is not in the body was most likely taken
 * from, and the stretch of it that matches best: the window of the quote's
 * length (with room for words a sub-editor left out) sharing the most of
 * its words, trimmed to the words it shares (and as many either side as the
 * quote has changed there). Null when no
 * paragraph shares a word with it.
 */
export function closestPassage(quote: string, paragraphs: readonly string[]): ClosestPassage | null {
  const quoteTokens = tokensOf(quote).filter((token) => token.word !== '');
  if (quoteTokens.length === 0) return null;
  const wanted = new Map<string, number>();
  for (const token of quoteTokens) wanted.set(token.word, (wanted.get(token.word) ?? 0) + 1);
  const span = quoteTokens.length * 2;

  let best: { paragraph: number; tokens: Token[]; start: number; common: number } | null = null;
  paragraphs.forEach((text, paragraph) => {
    const tokens = tokensOf(text);
    const [start, common] = bestWindow(tokens, wanted, span);
    if (common > (best?.common ?? 0)) best = { paragraph, tokens, start, common };
  });
  if (best === null) return null;
  const { paragraph, tokens, start, common } = best as { paragraph: number; tokens: Token[]; start: number; common: number };

  // Trim the window to the words it shares with the quote, then take in as
  // many body words either side as the quote has unshared there, so a
  // changed first or last word is replaced rather than dropped.
  const window = tokens.slice(start, start + span);
  let firstShared = -1;
  let lastShared = -1;
  let lead = 0;
  let trail = 0;
  let at = start;
  for (const change of diffArrays(quoteTokens, window, { comparator: sameWord })) {
    if (change.removed) {
      if (firstShared === -1) lead += change.count;
      else trail += change.count;
    } else if (change.added) {
      at += change.count;
    } else {
      if (firstShared === -1) firstShared = at;
      at += change.count;
      lastShared = at - 1;
      trail = 0;
    }
  }
  const first = tokens[Math.max(0, firstShared - lead)] as Token;
  const last = tokens[Math.min(tokens.length - 1, lastShared + trail)] as Token;
  const passage = (paragraphs[paragraph] as string).slice(first.from, last.to);
  return { paragraph, passage, similarity: common / quoteTokens.length, changes: wordChanges(quote, passage) };
}
