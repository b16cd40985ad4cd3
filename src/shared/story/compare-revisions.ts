import { diffArrays } from 'diff';
import { blocksFromBody } from '../house-style/blocks-from-body';
import type { BlockKind } from '../house-style/document';
import { countWords, wordsOf } from '../text/word-count';
import type { StoryBody } from './story-schema';
import { compareField, MIN_SHARED, wordParts, type TextPart } from './word-diff';

export type { TextPart } from './word-diff';

/** The parts of a story whose text the history compares. */
export type StoryText = { headline: string; standfirst: string; body: StoryBody | null };

export type BlockChange =
  /** A run of blocks the same in both versions, shown folded. */
  | { change: 'unchanged'; count: number }
  | { change: 'added' | 'removed' | 'edited'; kind: BlockKind; parts: TextPart[] };

export type StoryComparison = {
  /** Null when the field is the same in both versions. */
  headline: TextPart[] | null;
  standfirst: TextPart[] | null;
  blocks: BlockChange[];
  wordsAdded: number;
  wordsRemoved: number;
};

type Block = { kind: BlockKind; text: string };

/** How many removed blocks an added one is matched against. */
const LOOKAHEAD = 64;

/**
 * What changed in a story's text from an older version to a newer one: the
 * headline and standfirst word by word, and the body block by block (blocks
 * matched first, then each edited block word by word), unchanged runs folded.
 */
export function compareStoryText(older: StoryText, newer: StoryText): StoryComparison {
  const blocks = compareBlocks(bodyBlocks(older.body), bodyBlocks(newer.body));
  const headline = compareField(older.headline, newer.headline);
  const standfirst = compareField(older.standfirst, newer.standfirst);
  let wordsAdded = 0;
  let wordsRemoved = 0;
  const parts = [headline ?? [], standfirst ?? [], ...blocks.map((block) => (block.change === 'unchanged' ? [] : block.parts))];
  for (const part of parts.flat()) {
    if (part.change === 'added') wordsAdded += countWords(part.text);
    else if (part.change === 'removed') wordsRemoved += countWords(part.text);
  }
  return { headline, standfirst, blocks, wordsAdded, wordsRemoved };
}

function bodyBlocks(body: StoryBody | null): Block[] {
  return blocksFromBody(body)
    .filter((block) => block.text.trim() !== '')
    .map(({ kind, text }) => ({ kind, text }));
}

function compareBlocks(older: Block[], newer: Block[]): BlockChange[] {
  const out: BlockChange[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  const flushEdits = () => {
    out.push(...pairEdits(removed, added));
    removed = [];
    added = [];
  };
  const changes = diffArrays(older, newer, { comparator: (a, b) => a.kind === b.kind && a.text === b.text });
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flushEdits();
      const last = out.at(-1);
      if (last?.change === 'unchanged') last.count += change.value.length;
      else out.push({ change: 'unchanged', count: change.value.length });
    }
  }
  flushEdits();
  return out;
}

/**
 * Removed and added blocks between two unchanged runs: each added block is
 * paired, in order, with the most alike of the next few dozen removed ones, and a
 * pair that shares enough words is shown as an edit.
 */
function pairEdits(removed: Block[], added: Block[]): BlockChange[] {
  const out: BlockChange[] = [];
  let next = 0;
  let unpaired: Block[] = [];
  // Removed blocks are listed before the added ones they sit among, as a reader expects.
  const catchUp = (to: number) => {
    for (const block of removed.slice(next, to)) out.push(whole('removed', block));
    for (const block of unpaired) out.push(whole('added', block));
    unpaired = [];
    next = to;
  };
  const removedWords = removed.map((block) => wordSet(block.text));
  for (const after of added) {
    const match = likeliestEarlierVersion(wordSet(after.text), removedWords, next);
    const parts = match === -1 ? null : wordParts(removed[match]!.text, after.text);
    if (parts === null) {
      unpaired.push(after);
      continue;
    }
    catchUp(match);
    out.push({ change: 'edited', kind: after.kind, parts });
    next = match + 1;
  }
  catchUp(removed.length);
  return out;
}

/** The index of the removed block (from `from`, a few dozen at most) sharing most words with the added one, or -1 when none shares enough. */
function likeliestEarlierVersion(words: Set<string>, removed: Set<string>[], from: number): number {
  let best = -1;
  let bestShare = MIN_SHARED;
  for (let i = from; i < Math.min(removed.length, from + LOOKAHEAD); i += 1) {
    const candidate = removed[i]!;
    let shared = 0;
    for (const word of candidate) if (words.has(word)) shared += 1;
    const share = shared / Math.max(1, words.size, candidate.size);
    if (share > bestShare || (best === -1 && share === bestShare)) {
      best = i;
      bestShare = share;
    }
  }
  return best;
}

function wordSet(text: string): Set<string> {
  return new Set(wordsOf(text.toLowerCase()));
}

function whole(change: 'added' | 'removed', block: Block): BlockChange {
  return { change, kind: block.kind, parts: [{ text: block.text, change }] };
}
