import { forEachWord, gapBetween, wordKey, type Token } from './block-text';


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
  const words: string[] = [];
  const gaps: Array<' ' | '-'> = [];
  let end = 0;
  let fits = true;
  forEachWord(phrase, (from, to) => {
    if (words.length === 0) {
      fits &&= from === 0;
    } else {
      const gap = gapBetween(phrase, end, from);
      if (gap === null) fits = false;
      else gaps.push(gap);
    }
    words.push(phrase.slice(from, to).replaceAll("'", '’'));
    end = to;
  });
  if (!fits || words.length === 0 || end !== phrase.length) throw notWords(phrase);
  return { words, keys: words.map(wordKey), gaps };
}

export interface PhraseMatch<P> {
  from: number;
  to: number;
  /** Token indexes of the first and last word. */
  first: number;
  last: number;
  /** The phrase key found (a possessive as its word). */
  key: string;
  payloads: P[];
}

/** Whether a payload applies to the text [from, to) that matched its phrase (scope, case, …). */
export type AcceptPayload<P> = (payload: P, from: number, to: number, key: string) => boolean;

const POSSESSIVE = '’s';

/** A phrase's key: its lower-case words with the separators between them. */
export function phraseKey(phrase: Phrase): string {
  let key = phrase.keys[0] as string;
  for (let i = 1; i < phrase.keys.length; i += 1) key += (phrase.gaps[i - 1] as string) + (phrase.keys[i] as string);
  return key;
}

/**
 * Every word-list phrase of every rule in one flat map keyed by the whole
 * phrase, so one pass over a text's words finds them all, longest first.
 * Flat rather than a trie of maps: thousands of spellings, nearly all one
 * word, cost a map entry each instead of a node and a map each. A word's
 * possessive (colour’s) matches the word.
 */
export class PhraseIndex<P extends object> {
  /** Phrase key → its payload, or its payloads when several rules share the phrase. */
  private readonly byKey = new Map<string, P | P[]>();
  /** Keys that a longer phrase continues (its first word, its first two, …). */
  private readonly continued = new Set<string>();
  size = 0;

  add(phrase: Phrase, payload: P): void {
    const key = phraseKey(phrase);
    const found = this.byKey.get(key);
    if (found === undefined) this.byKey.set(key, payload);
    else if (Array.isArray(found)) found.push(payload);
    else this.byKey.set(key, [found, payload]);
    let prefix = phrase.keys[0] as string;
    for (let i = 1; i < phrase.keys.length; i += 1) {
      this.continued.add(prefix);
      prefix += (phrase.gaps[i - 1] as string) + (phrase.keys[i] as string);
    }
    this.size += 1;
  }

  /** Non-overlapping matches, left to right, each the longest with an accepted payload. */
  scan(text: string, tokens: readonly Token[], accept: AcceptPayload<P>, onMatch: (match: PhraseMatch<P>) => void): void {
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

  private longestAt(text: string, tokens: readonly Token[], i: number, accept: AcceptPayload<P>): PhraseMatch<P> | null {
    const start = tokens[i] as Token;
    if (start.isProtected) return null;
    let best: PhraseMatch<P> | null = null;
    let prefix = '';
    for (let j = i; j < tokens.length; j += 1) {
      const token = tokens[j] as Token;
      if (j > i) {
        const gap = gapBetween(text, (tokens[j - 1] as Token).to, token.from);
        if (gap === null || token.isProtected) break;
        prefix += gap;
      }
      const key = prefix + token.key;
      let found = this.byKey.get(key);
      const continues = this.continued.has(key);
      let [foundKey, to] = [key, token.to];
      // A possessive (colour’s) is the word, unless a phrase goes on with it (Prime Minister’s Questions); it ends the phrase.
      const stemmed = found === undefined && !continues && token.key.endsWith(POSSESSIVE) && token.key.length > 2;
      if (stemmed) {
        foundKey = prefix + token.key.slice(0, -POSSESSIVE.length);
        found = this.byKey.get(foundKey);
        to -= POSSESSIVE.length;
      }
      if (found !== undefined) {
        const accepted = (Array.isArray(found) ? found : [found]).filter((p) => accept(p, start.from, to, foundKey));
        if (accepted.length > 0) best = { from: start.from, to, first: i, last: j, key: foundKey, payloads: accepted };
      }
      if (stemmed || !continues) break;
      prefix = key;
    }
    return best;
  }
}
