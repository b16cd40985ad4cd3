import { findDashChanges } from './dashes';
import { findEllipsisChanges } from './ellipsis';
import { findProtectedRanges, mergeRanges, protectedTest } from './protected-ranges';
import { findQuoteChanges } from './quotes';
import { findSpaceChanges } from './spaces';
import { applyChanges, resolveOverlaps, type TextRange, type TypographyChange } from './typography-change';

export interface TypographyOptions {
  /** Quotations already open where the text starts, e.g. when pasting inside a quotation. */
  openQuoteDepth?: number;
  /**
   * Ranges never to change besides the code, links and addresses found in the
   * text itself (findProtectedRanges), e.g. the editor's code-formatted or link nodes.
   */
  protectedRanges?: readonly TextRange[];
  /**
   * Only return changes inside this range; the rest of the text is context.
   * The paste path fixes the whole block but changes only what was pasted.
   */
  scope?: TextRange;
}

export interface TypographyResult {
  text: string;
  /** Sorted, non-overlapping, in offsets of the input text. */
  changes: TypographyChange[];
}

/**
 * House typography (house rules 1–4, docs/house-style-rules.md) for a whole text: paste, import
 * and the checker. Blank lines separate paragraphs, which close any open
 * quotation. Fixing fixed text changes nothing.
 */
export function fixTypography(text: string, options: TypographyOptions = {}): TypographyResult {
  const guard = protectedTest(mergeRanges(findProtectedRanges(text), options.protectedRanges ?? []));
  const scope = options.scope;
  const candidates = [
    ...findDashChanges(text),
    ...findEllipsisChanges(text),
    ...findSpaceChanges(text),
    ...findQuoteChanges(text, { isProtected: guard.covers, openQuoteDepth: options.openQuoteDepth }),
  ].filter(
    (change) =>
      !guard.overlaps(change.from, change.to) &&
      (scope === undefined || (change.from >= scope.from && change.to <= scope.to)),
  );
  const changes = resolveOverlaps(candidates);
  return { text: applyChanges(text, changes), changes };
}
