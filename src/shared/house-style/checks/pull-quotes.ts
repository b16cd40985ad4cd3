import { createVerbatimIndex, type VerbatimIndex } from '../../../nodes/pull-quote/verbatim';

/** A body block as the pull-quote search sees it: its text and its folded index, built once per text. */
export interface BodyPart {
  readonly text: string;
  verbatimIndex(): VerbatimIndex;
}

interface Located {
  quote: string;
  /** The block that holds it, or null when it spans blocks. */
  part: BodyPart | null;
}

/**
 * Finds pull-quotes in the body (rule 17, via src/nodes/pull-quote/verbatim.ts) without
 * refolding the whole body on every keystroke: a quote still found in an
 * unchanged block costs nothing, a new or changed one searches each block's
 * cached index, and only a quote in no single block (one that spans
 * paragraphs, or that no longer matches) searches the whole body.
 */
export class PullQuoteLocator {
  private located = new Map<string, Located>();
  private whole: { parts: readonly BodyPart[]; index: VerbatimIndex } | null = null;

  /** Whether each pull-quote (by id) appears verbatim in the body. */
  locate(quotes: ReadonlyArray<{ id: string; text: string }>, body: readonly BodyPart[]): Map<string, boolean> {
    const results = new Map<string, boolean>();
    const current = new Set(body);
    const next = new Map<string, Located>();
    for (const { id, text } of quotes) {
      const before = this.located.get(id);
      if (before !== undefined && before.quote === text && before.part !== null && current.has(before.part)) {
        next.set(id, before);
        results.set(id, true);
        continue;
      }
      const part = body.find((p) => p.verbatimIndex().find(text).found);
      if (part !== undefined) {
        next.set(id, { quote: text, part });
        results.set(id, true);
        continue;
      }
      const found = this.wholeBody(body).find(text).found;
      if (found) next.set(id, { quote: text, part: null });
      results.set(id, found);
    }
    this.located = next;
    return results;
  }

  private wholeBody(body: readonly BodyPart[]): VerbatimIndex {
    const same = this.whole !== null && this.whole.parts.length === body.length && this.whole.parts.every((p, i) => p === body[i]);
    if (!same) this.whole = { parts: body, index: createVerbatimIndex(body.map((p) => p.text).join('\n\n')) };
    return (this.whole as { index: VerbatimIndex }).index;
  }
}
