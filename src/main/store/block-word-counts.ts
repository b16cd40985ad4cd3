import { countWords } from '../../shared/text/word-count';

/** About the blocks of a dozen 10,000-word stories: the ones being edited now. */
const REMEMBERED_BLOCKS = 4096;

/**
 * A body's word count, summed over its blocks and remembered by each block's
 * text. An autosave changes a block or two, so counting a long story costs a
 * lookup per unchanged block instead of a scan of its whole text. No word
 * spans two blocks, so the sum equals counting the joined text.
 */
export class BlockWordCounts {
  private readonly counts = new Map<string, number>();

  total(blocks: readonly string[]): number {
    let total = 0;
    for (const block of blocks) total += this.count(block);
    return total;
  }

  private count(block: string): number {
    let count = this.counts.get(block);
    if (count === undefined) {
      count = countWords(block);
      // The oldest entry goes first (a Map keeps insertion order).
      if (this.counts.size >= REMEMBERED_BLOCKS) this.counts.delete(this.counts.keys().next().value!);
      this.counts.set(block, count);
    }
    return count;
  }
}
