import { findProtectedRanges, protectedTest } from '../../../shared/typography';
import { decideQuotes } from '../../../shared/typography/quotes';

/**
 * How many quotations are open at the end of `text` (the block's text before
 * the caret), so that quote marks in a paste nest inside them: pasting
 * "no" after ‘He said gives ‘He said “no”.
 */
export function openQuoteDepth(text: string): number {
  const guard = protectedTest(findProtectedRanges(text));
  // A mark at the very end has nothing after it yet: judge it as just typed.
  const decisions = decideQuotes(text, { isProtected: guard.covers, typedAt: text.length - 1 });
  let depth = 0;
  for (const decision of decisions) {
    if (decision.role === 'open') depth += 1;
    else if (decision.role === 'close') depth = Math.max(0, depth - 1);
  }
  return depth;
}
