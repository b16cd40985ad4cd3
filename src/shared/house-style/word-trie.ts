import { gapBetween, wordKey, type Token } from './block-text';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ONE_WORD = /^[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*$/u;

function notWords(phrase: string): Error {
  return new Error(`“${phrase}” must be words (letters and digits, with inner apostrophes) separated by spaces or hyphens`);
}

/** A phrase from a rules file as words and the separators between them. */
export interface Phrase {
  /** As written, apostrophes as ’. */
  words: string[];
  keys: string[];
  gaps: Array<' ' | '-'>;
}

/** Splits a word-list phrase; throws when it is not words separated by spaces or single hyphens. */
export function parsePhrase(phrase: string): Phrase {
  if (ONE_WORD.test(phrase)) {
    const word = phrase.replaceAll("'", '’');
    return { words: [word], keys: [wordKey(word)], gaps: [] };
  }
  const words: string[] = [];
  const gaps: Array<' ' | '-'> = [];
  let end = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(phrase); match !== null; match = WORD.exec(phrase)) {
    if (words.length === 0) {
      if (match.index !== 0) throw notWords(phrase);
    } else {
      const gap = gapBetween(phrase, end, match.index);
      if (gap === null) throw notWords(phrase);
      gaps.push(gap);
    }
    words.push(match[0].replaceAll("'", '’'));
    end = match.index + match[0].length;
  }
  if (words.length === 0 || end !== phrase.length) throw notWords(phrase);
  return { words, keys: words.map(wordKey), gaps };
}

interface TrieNode<P> {
  next: Map<string, TrieNode<P>> | null;
  payloads: P[] | null;
}

export interface TrieMatch<P> {
  from: number;
  to: number;
  /** Token indexes of the first and last word. */
  first: number;
  last: number;
  payloads: P[];
}

/** Whether a payload applies to the text [from, to) that matched its phrase (scope, case, …). */
export type AcceptPayload<P> = (payload: P, from: number, to: number) => boolean;

const POSSESSIVE = '’s';

/**
 * Every word-list phrase of every rule in one trie keyed by lower-case words,
 * so one pass over a text's words finds them all, longest first. A word's
 * possessive (colour’s) matches the word.
 */
export class WordTrie<P> {
  private readonly root: Map<string, TrieNode<P>> = new Map();
  size = 0;

  add(phrase: Phrase, payload: P): void {
    let map = this.root;
    let node: TrieNode<P> | undefined;
    phrase.keys.forEach((key, i) => {
      const edge = i === 0 ? key : (phrase.gaps[i - 1] as string) + key;
      node = map.get(edge);
      if (node === undefined) {
        node = { next: null, payloads: null };
        map.set(edge, node);
      }
      if (i < phrase.keys.length - 1) map = node.next ??= new Map();
    });
    const last = node as TrieNode<P>;
    // A literal of one, not push onto []: an array grown from empty reserves room for 17.
    if (last.payloads === null) last.payloads = [payload];
    else last.payloads.push(payload);
    this.size += 1;
  }

  /** Non-overlapping matches, left to right, each the longest with an accepted payload. */
  scan(text: string, tokens: readonly Token[], accept: AcceptPayload<P>, onMatch: (match: TrieMatch<P>) => void): void {
    if (this.size === 0) return;
    for (let i = 0; i < tokens.length; ) {
      const best = this.longestAt(text, tokens, i, accept);
      if (best === null) {
        i += 1;
      } else {
        onMatch(best);
        i = best.last + 1;
      }
    }
  }

  private longestAt(text: string, tokens: readonly Token[], i: number, accept: AcceptPayload<P>): TrieMatch<P> | null {
    const start = tokens[i] as Token;
    if (start.isProtected) return null;
    let best: TrieMatch<P> | null = null;
    let map: Map<string, TrieNode<P>> | null = this.root;
    let prefix = '';
    for (let j = i; map !== null && j < tokens.length; j += 1) {
      const token = tokens[j] as Token;
      if (j > i) {
        const gap = gapBetween(text, (tokens[j - 1] as Token).to, token.from);
        if (gap === null || token.isProtected) break;
        prefix = gap;
      }
      let node: TrieNode<P> | undefined = map.get(prefix + token.key);
      let to = token.to;
      let stemmed = false;
      if (node === undefined && token.key.endsWith(POSSESSIVE) && token.key.length > 2) {
        node = map.get(prefix + token.key.slice(0, -POSSESSIVE.length));
        to -= POSSESSIVE.length;
        stemmed = true;
      }
      if (node === undefined) break;
      if (node.payloads !== null) {
        const accepted = node.payloads.filter((p) => accept(p, start.from, to));
        if (accepted.length > 0) best = { from: start.from, to, first: i, last: j, payloads: accepted };
      }
      if (stemmed) break;
      map = node.next;
    }
    return best;
  }
}
