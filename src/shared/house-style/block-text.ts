import { findProtectedRanges, mergeRanges, protectedTest, type ProtectedTest, type TextRange } from '../typography';
import type { BlockKind, Scope } from './document';

/**
 * The word count's pattern (src/shared/text/word-count.ts: hyphenated words are one), so the two
 * share their compiled code, tens of KB once run; forEachWord splits its
 * matches at the hyphens.
 */
const HYPHENATED_WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

/**
 * Each word of a text, in order: letters or digits with inner apostrophes
 * (don’t, NHS’s). Hyphens separate words here.
 */
export function forEachWord(text: string, onWord: (from: number, to: number) => void): void {
  HYPHENATED_WORD.lastIndex = 0;
  for (let match = HYPHENATED_WORD.exec(text); match !== null; match = HYPHENATED_WORD.exec(text)) {
    let from = match.index;
    const end = from + match[0].length;
    for (let k = from + 1; k < end; k += 1) {
      const ch = text[k];
      if (ch === '-' || ch === '‐') {
        onWord(from, k);
        from = k + 1;
      }
    }
    onWord(from, end);
  }
}

export interface Token {
  from: number;
  to: number;
  /** Lower case, apostrophes as ’: what word lists are keyed by. */
  key: string;
  /** Inside a URL, email address or code. */
  isProtected: boolean;
}

/** A word list's key for a word or the text of a token. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("'") ? lower.replaceAll("'", '’') : lower;
}

/**
 * One text being checked (a block or a field) with what several checks
 * need, each worked out once and only when asked for.
 */
export class BlockText {
  private guardTest: ProtectedTest | undefined;
  private ranges: TextRange[] | undefined;
  private tokenList: Token[] | undefined;
  /** Exception phrases (proper nouns) found in the text: word rules leave them alone. */
  readonly masked: TextRange[] = [];

  constructor(
    readonly text: string,
    readonly scope: Scope,
    readonly kind: BlockKind,
    private readonly code: readonly TextRange[] = [],
  ) {}

  /** URLs, email addresses and code: never checked (a hard case in docs/house-style-rules.md). */
  get protectedRanges(): TextRange[] {
    this.ranges ??= mergeRanges(findProtectedRanges(this.text), this.code);
    return this.ranges;
  }

  get guard(): ProtectedTest {
    this.guardTest ??= protectedTest(this.protectedRanges);
    return this.guardTest;
  }

  get tokens(): Token[] {
    this.tokenList ??= tokenize(this.text, this.protectedRanges);
    return this.tokenList;
  }

  /** Whether word rules must leave [from, to) alone: protected, or part of an exception. */
  isOffLimits(from: number, to: number): boolean {
    if (this.guard.overlaps(from, to)) return true;
    for (const range of this.masked) {
      if (range.from < to && from < range.to) return true;
    }
    return false;
  }
}

/** Whether a character is a letter or digit: tested with the word pattern rather than one more Unicode pattern of its own. */
export function isWordCharacter(ch: string): boolean {
  let found = false;
  forEachWord(ch, () => (found = true));
  return found;
}

function tokenize(text: string, ranges: readonly TextRange[]): Token[] {
  const tokens: Token[] = [];
  let r = 0;
  forEachWord(text, (from, to) => {
    while (r < ranges.length && (ranges[r] as TextRange).to <= from) r += 1;
    const range = ranges[r];
    tokens.push({ from, to, key: wordKey(text.slice(from, to)), isProtected: range !== undefined && range.from < to });
  });
  return tokens;
}

const OPENING = new Set(['‘', '“', '"', "'", '(', '[']);
const CLOSING = new Set(['’', '”', '"', "'", ')', ']']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u00A0' || ch === '\t' || ch === '\n' || ch === '\r';
}

/**
 * Whether a word at `index` starts a sentence: at the start of the text or a
 * line, or after . ! ? or … and a space, with any quote marks or brackets
 * between.
 */
export function isSentenceStart(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && OPENING.has(text[k] as string)) k -= 1;
  if (k < 0) return true;
  if (!isSpace(text[k] as string)) return false;
  while (k >= 0 && isSpace(text[k] as string)) {
    if (text[k] === '\n') return true;
    k -= 1;
  }
  while (k >= 0 && CLOSING.has(text[k] as string)) k -= 1;
  return k < 0 || SENTENCE_END.has(text[k] as string);
}

/** The separator between two adjacent words as word lists spell it: ' ', '-', or null for anything else. */
export function gapBetween(text: string, from: number, to: number): ' ' | '-' | null {
  if (to - from === 1) {
    const ch = text[from] as string;
    if (ch === '-' || ch === '‐' || ch === '‑') return '-';
    return isSpace(ch) && ch !== '\n' ? ' ' : null;
  }
  for (let k = from; k < to; k += 1) {
    const ch = text[k] as string;
    if (!isSpace(ch) || ch === '\n') return null;
  }
  return to > from ? ' ' : null;
}
